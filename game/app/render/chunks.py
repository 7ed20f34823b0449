"""Pre-rendered ground in square chunks, per zoom level, least-recently-used bounded.

Drawing a map tile by tile every frame costs hundreds of blits; drawing a
handful of 256 px chunks costs a handful. Chunks are painted once per zoom
level by a *painter* (tiles from a map, or the synthetic ground of a track
without one) and kept in an LRU table whose size is fixed, so memory stays
flat however far the player drives. Skid marks are painted into chunks too
(see :mod:`game.app.render.skids`): the cache offers :meth:`ChunkCache.built`
so new marks can be stamped into chunks that already exist.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Protocol

import pygame

from game.app.render.surfaces import frozen

CHUNK_PX = 256

Key = tuple[int, int, int]
"""``(zoom bucket, column, row)``."""


class Painter(Protocol):
    """Paints one chunk; returns False when the chunk would be empty (overhead layers)."""

    def paint(self, surface: pygame.Surface, scale: float, x0: int, y0: int) -> bool: ...


class ChunkCache:
    """Chunks of one layer group (below or above the cars) for every zoom level."""

    def __init__(
        self,
        painter: Painter,
        scales: tuple[float, ...],
        capacity: int,
        alpha: bool = False,
        chunk_px: int = CHUNK_PX,
        after_paint: Callable[[pygame.Surface, float, int, int], None] | None = None,
    ) -> None:
        self.painter = painter
        self.scales = scales
        self.capacity = capacity
        self.alpha = alpha
        self.chunk_px = chunk_px
        self.after_paint = after_paint
        self._chunks: OrderedDict[Key, pygame.Surface | None] = OrderedDict()
        self.builds = 0

    def __len__(self) -> int:
        return len(self._chunks)

    def keys_for(
        self, bucket: int, left: int, top: int, width: int, height: int, margin: int = 0
    ) -> Iterator[Key]:
        """Chunk keys covering a screen-sized rectangle at world pixel (left, top), plus ``margin`` chunks."""
        c = self.chunk_px
        for row in range(top // c - margin, (top + height - 1) // c + 1 + margin):
            for col in range(left // c - margin, (left + width - 1) // c + 1 + margin):
                yield bucket, col, row

    def has(self, key: Key) -> bool:
        return key in self._chunks

    def get(self, key: Key) -> pygame.Surface | None:
        """The chunk, painting it now if it is missing (None for an empty chunk)."""
        if key in self._chunks:
            self._chunks.move_to_end(key)
            return self._chunks[key]
        return self._build(key)

    def prepare(self, keys: list[Key], budget: int) -> bool:
        """Paint up to ``budget`` missing chunks of ``keys``; True when all of them exist."""
        missing = [k for k in keys if k not in self._chunks]
        for key in missing[:budget]:
            self._build(key)
        for key in keys:
            if key in self._chunks:
                self._chunks.move_to_end(key)
        return len(missing) <= budget

    def built(self, bucket: int) -> Iterator[tuple[Key, pygame.Surface]]:
        """Existing non-empty chunks of one zoom level (for stamping decals into)."""
        for key, surf in self._chunks.items():
            if key[0] == bucket and surf is not None:
                yield key, surf

    def lookup(self, key: Key) -> pygame.Surface | None:
        """The chunk if it exists, without painting or touching the LRU order."""
        return self._chunks.get(key)

    def buckets(self) -> set[int]:
        return {k[0] for k in self._chunks}

    def blits(
        self,
        bucket: int,
        left: int,
        top: int,
        width: int,
        height: int,
        out: list[tuple[pygame.Surface, tuple[int, int]]],
    ) -> None:
        """Append (chunk, screen position) pairs for a view; paints any chunk still missing."""
        c = self.chunk_px
        for key in self.keys_for(bucket, left, top, width, height):
            surf = self.get(key)
            if surf is not None:
                out.append((surf, (key[1] * c - left, key[2] * c - top)))

    def clear(self) -> None:
        self._chunks.clear()

    def _build(self, key: Key) -> pygame.Surface | None:
        bucket, col, row = key
        scale = self.scales[bucket]
        c = self.chunk_px
        flags = pygame.SRCALPHA if self.alpha else 0
        surf = pygame.Surface((c, c), flags)
        surf = surf.convert_alpha() if self.alpha else surf.convert()
        if self.alpha:
            surf.fill((0, 0, 0, 0))
        filled = self.painter.paint(surf, scale, col * c, row * c)
        if filled and self.after_paint is not None:
            self.after_paint(surf, scale, col * c, row * c)
        if filled and self.alpha:
            frozen(surf)  # overhead chunks are mostly empty: RLE skips the empty runs
        result = surf if filled else None
        self._chunks[key] = result
        self.builds += 1
        while len(self._chunks) > self.capacity:
            self._chunks.popitem(last=False)
        return result
