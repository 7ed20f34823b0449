"""Pictures of a track made from its geometry: the set-up screen's preview.

The preview is minimap-style (surfaces as flat colours, walls, the racing
line, the finish) and is what a map without a shipped preview image shows.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pygame

from game.app.ui import theme as th
from game.sim.track import Track

SURFACE_RGB = np.array(
    [
        (62, 64, 72),  # asphalt
        (104, 104, 110),  # concrete
        (200, 60, 60),  # kerb
        (130, 96, 60),  # dirt
        (214, 192, 130),  # sand
        (46, 98, 54),  # grass
        (120, 112, 100),  # gravel
        (24, 24, 30),  # oil
        (50, 90, 160),  # water
    ],
    dtype=np.uint8,
)


def surface_image(track: Track) -> pygame.Surface:
    """The track's surface grid as an image, one pixel per cell."""
    cells = track.surfaces.cells
    rgb = SURFACE_RGB[np.clip(cells, 0, len(SURFACE_RGB) - 1)]
    return pygame.surfarray.make_surface(np.ascontiguousarray(rgb.transpose(1, 0, 2)))


def track_preview(track: Track, size: tuple[int, int]) -> pygame.Surface:
    """A minimap-style picture of ``track`` fitted into ``size`` (transparent margins)."""
    out = pygame.Surface(size, pygame.SRCALPHA)
    scale = min(size[0] / track.width_m, size[1] / track.height_m)
    w, h = max(1, round(track.width_m * scale)), max(1, round(track.height_m * scale))
    ox, oy = (size[0] - w) / 2, (size[1] - h) / 2
    ground = (
        pygame.transform.smoothscale(surface_image(track).convert(), (w, h))
        if pygame.display.get_surface()
        else pygame.transform.smoothscale(surface_image(track), (w, h))
    )
    out.blit(ground, (ox, oy))

    def p(pt: Sequence[float]) -> tuple[float, float]:
        return ox + pt[0] * scale, oy + pt[1] * scale

    line_w = max(1, round(min(size) / 160))
    for wall in track.walls:
        pts = [p(q) for q in wall.points]
        if len(pts) >= 2:
            pygame.draw.lines(out, (235, 235, 240), wall.closed, pts, line_w)
    if len(track.racing_line) >= 2:
        pygame.draw.lines(out, (*th.ACCENT_2, 255), True, [p(q) for q in track.racing_line], line_w)
    if track.finish is not None:
        pygame.draw.line(out, th.ACCENT, p(track.finish.a), p(track.finish.b), line_w * 3)
    for slot in track.start_slots[:1]:
        pygame.draw.circle(out, th.ACCENT, p((slot.x, slot.y)), line_w * 3)
    return out
