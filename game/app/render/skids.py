"""Persistent skid marks: a bounded ring of world-space strokes baked into ground chunks.

Skid marks never move, so redrawing them every frame would be waste. Each new
stroke is drawn once into the ground chunks that already exist (at every zoom
level that has chunks), and the ring is replayed into a chunk when it is
painted afresh (after LRU eviction or a zoom change). The ring is fixed-size:
the oldest marks disappear from newly painted chunks when it wraps, which is
the memory bound a long race needs.
"""

from __future__ import annotations

import math

import numpy as np
import pygame

from game.app.render.chunks import ChunkCache

CAPACITY = 6000
TYRE_M = 0.26
COLOURS = (
    (30, 30, 33),  # tarmac: black rubber
    (84, 64, 40),  # loose ground: a dark rut
)


class SkidMarks:
    """Strokes ``(x0, y0, x1, y1, kind, strength)`` in metres, oldest overwritten first."""

    def __init__(self, capacity: int = CAPACITY) -> None:
        self.data = np.zeros((capacity, 6), dtype=np.float64)
        self.count = 0
        self.head = 0
        self.pending: list[tuple[float, float, float, float, int, float]] = []

    def __len__(self) -> int:
        return self.count

    def add(self, x0: float, y0: float, x1: float, y1: float, loose: bool, strength: float) -> None:
        """Record a stroke; :meth:`stamp` draws it into existing chunks."""
        row = (x0, y0, x1, y1, 1 if loose else 0, strength)
        self.data[self.head] = row
        self.head = (self.head + 1) % len(self.data)
        self.count = min(self.count + 1, len(self.data))
        self.pending.append(row)

    def stamp(self, cache: ChunkCache) -> None:
        """Draw strokes added since the last stamp into every built chunk they touch."""
        if not self.pending:
            return
        c = cache.chunk_px
        for bucket in cache.buckets():
            scale = cache.scales[bucket]
            width = _width(scale)
            for x0, y0, x1, y1, kind, strength in self.pending:
                ax, ay, bx, by = x0 * scale, y0 * scale, x1 * scale, y1 * scale
                lo_c = math.floor((min(ax, bx) - width) / c)
                hi_c = math.floor((max(ax, bx) + width) / c)
                lo_r = math.floor((min(ay, by) - width) / c)
                hi_r = math.floor((max(ay, by) + width) / c)
                colour = _colour(int(kind), strength)
                for col in range(lo_c, hi_c + 1):
                    for row in range(lo_r, hi_r + 1):
                        surf = cache.lookup((bucket, col, row))
                        if surf is not None:
                            ox, oy = col * c, row * c
                            pygame.draw.line(surf, colour, (ax - ox, ay - oy), (bx - ox, by - oy), width)
        self.pending.clear()

    def paint_into(self, surface: pygame.Surface, scale: float, x0: int, y0: int) -> None:
        """Replay every stored stroke that crosses a freshly painted chunk."""
        if not self.count:
            return
        w, h = surface.get_size()
        width = _width(scale)
        d = self.data[: self.count] if self.count < len(self.data) else np.roll(self.data, -self.head, axis=0)
        pad = width / scale
        left, top, right, bottom = (
            x0 / scale - pad,
            y0 / scale - pad,
            (x0 + w) / scale + pad,
            (y0 + h) / scale + pad,
        )
        hit = (
            (np.maximum(d[:, 0], d[:, 2]) > left)
            & (np.minimum(d[:, 0], d[:, 2]) < right)
            & (np.maximum(d[:, 1], d[:, 3]) > top)
            & (np.minimum(d[:, 1], d[:, 3]) < bottom)
        )
        for ax, ay, bx, by, kind, strength in d[hit].tolist():
            pygame.draw.line(
                surface,
                _colour(int(kind), strength),
                (ax * scale - x0, ay * scale - y0),
                (bx * scale - x0, by * scale - y0),
                width,
            )


def _width(scale: float) -> int:
    return max(2, round(TYRE_M * scale))


def _colour(kind: int, strength: float) -> tuple[int, int, int]:
    """Light slides leave grey marks, hard ones nearly black (no alpha on an opaque chunk)."""
    base = COLOURS[kind]
    ground = (64, 66, 72) if kind == 0 else (120, 96, 64)
    t = 0.45 + 0.55 * min(1.0, max(0.0, strength))
    return (
        round(ground[0] + (base[0] - ground[0]) * t),
        round(ground[1] + (base[1] - ground[1]) * t),
        round(ground[2] + (base[2] - ground[2]) * t),
    )
