"""Who made what: a slow scroll, skippable with any key."""

from __future__ import annotations

import pygame

from game.app.scenes.menu_scene import InfoScene
from game.app.ui import theme as th

CREDITS: list[tuple[str, list[str], int, int]] = [
    # heading, lines, column, top (design px below the heading area)
    ("FAST TRACK", ["A top-down arcade street racer"], 0, 0),
    (
        "Built with",
        ["pygame-ce · SDL 2", "pymunk (Chipmunk2D)", "numpy · numba", "Tiled · pydantic", "platformdirs"],
        0,
        110,
    ),
    ("Sound", ["Every sound and the music are synthesised", "with numpy: no samples shipped"], 1, 0),
    ("Art", ["Tilesets, maps and cars generated in code"], 1, 110),
    ("Thanks", ["Everyone who draws a track in Tiled", "and shares it"], 1, 200),
]


class CreditsScene(InfoScene):
    name = "credits"
    title = "Credits"

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        w, _h = surface.get_size()
        col_w = (w - 140 * s) / 2
        for head, lines, col, top in CREDITS:
            x, y = 70 * s + col * col_w, (190 + top) * s
            theme.text(surface, head, 30, (x, y), th.ACCENT, bold=True)
            for k, line in enumerate(lines):
                theme.text(surface, line, 25, (x, y + (38 + 30 * k) * s), th.INK)
