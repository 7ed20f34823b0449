"""Ground for a track that has no map art: painted from its surface grid and walls.

Tracks built in code (the stadium test circuit) and maps whose art failed to
load still need to look like a race track. The surface grid is coarse (2 m
cells), so drawing it cell by cell gives staircase edges; instead each
surface's one-hot grid is bilinearly upsampled and every pixel takes the
surface with the highest weight, which traces smooth contours. The same
weights place a white edge line just inside the tarmac and a darker verge
just outside it. Walls, the finish chequer and grid boxes are drawn on top
with pygame.draw. All of it is numpy work on one chunk at a time.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
import pygame

from game.app.render.ground_kernel import paint_ground, surface_fields
from game.sim.surfaces import Surface
from game.sim.track import Track

PALETTE: dict[Surface, tuple[int, int, int]] = {
    Surface.ASPHALT: (64, 66, 72),
    Surface.CONCRETE: (148, 148, 142),
    Surface.KERB: (210, 44, 40),
    Surface.DIRT: (138, 102, 66),
    Surface.SAND: (212, 190, 138),
    Surface.GRASS: (66, 124, 54),
    Surface.GRAVEL: (150, 138, 120),
    Surface.OIL: (26, 26, 30),
    Surface.WATER: (40, 90, 148),
}
GRAIN: dict[Surface, float] = {
    Surface.ASPHALT: 7.0,
    Surface.CONCRETE: 6.0,
    Surface.KERB: 3.0,
    Surface.DIRT: 14.0,
    Surface.SAND: 9.0,
    Surface.GRASS: 10.0,
    Surface.GRAVEL: 22.0,
    Surface.OIL: 4.0,
    Surface.WATER: 5.0,
}
EDGE_LINE_M = 0.35
BLUR_SPREAD = 2.2
"""Cells over which the smoothed surface weight goes from 0 to 1 (sets the edge line's width)."""
WALL_M = 0.8
WALL_DARK = (58, 60, 66)
WALL_LIGHT = (214, 214, 208)
WALL_STRIPE = (200, 46, 40)
LINE_WHITE = (226, 226, 218)


class TrackGround:
    """Painter for :class:`~game.app.render.chunks.ChunkCache` that needs only a :class:`Track`."""

    def __init__(self, track: Track, seed: int = 7) -> None:
        self.track = track
        grid = track.surfaces
        self.kinds, self.fields = surface_fields(grid.cells)
        self.cell_m = grid.cell_m
        self.origin = grid.origin
        self.outside = int(grid.outside)
        n = len(Surface)
        self.palette = np.zeros((n, 3), dtype=np.float32)
        self.grain = np.zeros(n, dtype=np.float32)
        for s in Surface:
            self.palette[s] = PALETTE[s]
            self.grain[s] = GRAIN[s]
        rng = np.random.default_rng(seed)
        self.noise = rng.uniform(-1.0, 1.0, size=(256, 256)).astype(np.float32)
        segs = [(a[0], a[1], b[0], b[1]) for w in track.walls for a, b in w.segments()]
        self.segments = np.array(segs, dtype=np.float64).reshape(-1, 4)
        self.joints = np.array([p for w in track.walls for p in w.points], dtype=np.float64).reshape(-1, 2)
        self._shadow: pygame.Surface | None = None
        self._rgb: npt.NDArray[np.uint8] | None = None

    # -- the painter protocol ----------------------------------------------------------

    def paint(self, surface: pygame.Surface, scale: float, x0: int, y0: int) -> bool:
        w, h = surface.get_size()
        rgb = self._ground(scale, x0, y0, w, h)
        pygame.surfarray.blit_array(surface, rgb)
        view = (x0 / scale, y0 / scale, (x0 + w) / scale, (y0 + h) / scale)
        self._start_grid(surface, scale, x0, y0)
        self._finish(surface, scale, x0, y0)
        self._walls(surface, scale, x0, y0, view)
        return True

    # -- ground colour -------------------------------------------------------------------

    def _ground(self, scale: float, x0: int, y0: int, w: int, h: int) -> npt.NDArray[np.uint8]:
        """An (w, h, 3) image of the ground: smooth surface contours, grain, stripes, edge lines."""
        ox, oy = self.origin
        if self._rgb is None or self._rgb.shape[:2] != (w, h):
            self._rgb = np.empty((w, h, 3), dtype=np.uint8)
        paint_ground(
            self.kinds,
            self.fields,
            self.cell_m,
            ox,
            oy,
            self.outside,
            scale,
            x0,
            y0,
            self.palette,
            self.grain,
            self.noise,
            EDGE_LINE_M / (self.cell_m * BLUR_SPREAD),
            self._rgb,
        )
        return self._rgb

    # -- vector overlays --------------------------------------------------------------

    def _walls(
        self, surface: pygame.Surface, scale: float, x0: int, y0: int, view: tuple[float, float, float, float]
    ) -> None:
        if not len(self.segments):
            return
        pad = WALL_M + 1.0
        s = self.segments
        lo_x = np.minimum(s[:, 0], s[:, 2])
        hi_x = np.maximum(s[:, 0], s[:, 2])
        lo_y = np.minimum(s[:, 1], s[:, 3])
        hi_y = np.maximum(s[:, 1], s[:, 3])
        hit = (
            (hi_x > view[0] - pad) & (lo_x < view[2] + pad) & (hi_y > view[1] - pad) & (lo_y < view[3] + pad)
        )
        if not hit.any():
            return
        segs = [
            ((a * scale - x0, b * scale - y0), (c * scale - x0, d * scale - y0))
            for a, b, c, d in s[hit].tolist()
        ]
        j = self.joints
        near = (
            (j[:, 0] > view[0] - pad)
            & (j[:, 0] < view[2] + pad)
            & (j[:, 1] > view[1] - pad)
            & (j[:, 1] < view[3] + pad)
        )
        joints = [(x * scale - x0, y * scale - y0) for x, y in j[near].tolist()]
        width = max(3, round(WALL_M * scale))
        shadow = self._shadow_layer(surface.get_size())
        shadow.fill((0, 0, 0, 0))
        off = 0.45 * scale
        for p, q in segs:
            pygame.draw.line(
                shadow, (0, 0, 0, 90), (p[0] + off, p[1] + off), (q[0] + off, q[1] + off), width + 2
            )
        surface.blit(shadow, (0, 0))
        for p, q in segs:
            pygame.draw.line(surface, WALL_DARK, p, q, width)
        for p in joints:
            pygame.draw.circle(surface, WALL_DARK, p, width / 2.0)
        inner = max(1, width - 2)
        for p, q in segs:
            pygame.draw.line(surface, WALL_LIGHT, p, q, inner)
        for p in joints:
            pygame.draw.circle(surface, WALL_LIGHT, p, inner / 2.0)
        stripe = max(1, width // 4)
        for p, q in segs:
            pygame.draw.line(surface, WALL_STRIPE, p, q, stripe)

    def _shadow_layer(self, size: tuple[int, int]) -> pygame.Surface:
        if self._shadow is None or self._shadow.get_size() != size:
            self._shadow = pygame.Surface(size, pygame.SRCALPHA).convert_alpha()
        return self._shadow

    def _finish(self, surface: pygame.Surface, scale: float, x0: int, y0: int) -> None:
        gate = self.track.finish
        if gate is None:
            return
        ax, ay = gate.a
        bx, by = gate.b
        length = math.hypot(bx - ax, by - ay)
        if length < 1e-6:
            return
        dx, dy = (bx - ax) / length, (by - ay) / length
        nx, ny = -dy, dx
        sq = 1.0
        n = max(1, round(length / sq))
        step = length / n
        for i in range(n):
            for row in (-1, 0):
                colour = (240, 240, 240) if (i + row) % 2 == 0 else (24, 24, 24)
                px = ax + dx * step * i + nx * sq * row
                py = ay + dy * step * i + ny * sq * row
                corners = [
                    (px, py),
                    (px + dx * step, py + dy * step),
                    (px + dx * step + nx * sq, py + dy * step + ny * sq),
                    (px + nx * sq, py + ny * sq),
                ]
                pygame.draw.polygon(surface, colour, [(x * scale - x0, y * scale - y0) for x, y in corners])

    def _start_grid(self, surface: pygame.Surface, scale: float, x0: int, y0: int) -> None:
        """White grid boxes behind each start slot, as painted on a real circuit."""
        width = max(1, round(0.2 * scale))
        for slot in self.track.start_slots:
            c, s = math.cos(slot.heading), math.sin(slot.heading)
            local = ((-1.0, -1.3), (2.8, -1.3), (2.8, 1.3), (-1.0, 1.3))
            pts = [
                ((slot.x + c * f - s * r) * scale - x0, (slot.y + s * f + c * r) * scale - y0)
                for f, r in local
            ]
            pygame.draw.lines(surface, LINE_WHITE, False, pts, width)
