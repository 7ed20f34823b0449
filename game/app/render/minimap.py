"""The minimap: the track's outline pre-rendered once, with a dot per car each frame.

Streets come from the track's surface grid (tarmac cells, dim, edged in
dark) and the race route from its racing line (bright, on top), so a circuit
through a city reads as a route, not as a block of pavement; it works the
same for maps and for tracks built in code.
"""

from __future__ import annotations

import numpy as np
import pygame

from game.app.render.surfaces import frozen
from game.sim.surfaces import Surface
from game.sim.track import Track

ROAD = (Surface.ASPHALT, Surface.KERB, Surface.DIRT)
ROAD_COLOUR = (226, 230, 238)
STREET_COLOUR = (120, 128, 146)
EDGE_COLOUR = (16, 18, 30)


class Minimap:
    """Outline image plus the scale from metres to its pixels."""

    def __init__(self, track: Track, max_size: tuple[int, int]) -> None:
        self.track = track
        self.scale = min(max_size[0] / track.width_m, max_size[1] / track.height_m)
        self.size = (max(8, round(track.width_m * self.scale)), max(8, round(track.height_m * self.scale)))
        self.image = self._outline()
        self._dots: dict[tuple[tuple[int, int, int], int, bool], pygame.Surface] = {}

    def _outline(self) -> pygame.Surface:
        grid = self.track.surfaces
        road = np.isin(grid.cells, np.array([int(s) for s in ROAD], dtype=grid.cells.dtype))
        cells_per_px = 1.0 / (self.scale * grid.cell_m)
        grow = max(1, round(cells_per_px * 1.5))
        edge = road.copy()
        for _ in range(grow):
            e = edge.copy()
            e[1:, :] |= edge[:-1, :]
            e[:-1, :] |= edge[1:, :]
            e[:, 1:] |= edge[:, :-1]
            e[:, :-1] |= edge[:, 1:]
            edge = e
        rows, cols = road.shape
        rgba = np.zeros((cols, rows, 4), dtype=np.uint8)
        rgba[edge.T] = (*EDGE_COLOUR, 235)
        route = len(self.track.racing_line) > 2
        rgba[road.T] = (*(STREET_COLOUR if route else ROAD_COLOUR), 255)
        src = pygame.Surface((cols, rows), pygame.SRCALPHA)
        pygame.surfarray.blit_array(src, rgba[..., :3])
        alpha = pygame.surfarray.pixels_alpha(src)
        alpha[:] = rgba[..., 3]
        del alpha
        ox, oy = grid.origin
        full = pygame.Surface(self.size, pygame.SRCALPHA)
        w = max(1, round(cols * grid.cell_m * self.scale))
        h = max(1, round(rows * grid.cell_m * self.scale))
        full.blit(pygame.transform.smoothscale(src, (w, h)), (round(ox * self.scale), round(oy * self.scale)))
        if route:
            pts = [(x * self.scale, y * self.scale) for x, y in self.track.racing_line]
            pygame.draw.lines(full, (*EDGE_COLOUR, 255), True, pts, 6)
            pygame.draw.lines(full, (*ROAD_COLOUR, 255), True, pts, 3)
        fin = self.track.finish
        if fin is not None:
            a = (fin.a[0] * self.scale, fin.a[1] * self.scale)
            b = (fin.b[0] * self.scale, fin.b[1] * self.scale)
            pygame.draw.line(full, (255, 70, 60), a, b, 3)
        return frozen(full.convert_alpha())

    def dot(self, colour: tuple[int, int, int], radius: int, player: bool) -> pygame.Surface:
        key = (colour, radius, player)
        d = self._dots.get(key)
        if d is None:
            size = radius * 2 + 4
            d = pygame.Surface((size, size), pygame.SRCALPHA)
            c = size / 2
            pygame.draw.circle(d, (255, 255, 255) if player else (12, 12, 18), (c, c), radius + 2)
            pygame.draw.circle(d, colour, (c, c), radius)
            d = frozen(d.convert_alpha())
            self._dots[key] = d
        return d

    def to_map(self, x: float, y: float) -> tuple[int, int]:
        return round(x * self.scale), round(y * self.scale)
