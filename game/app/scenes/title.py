"""The title screen and the main menu (the screens hanging off it are reached through ``app.flow``)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.app.scenes.base import Scene
from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.widgets import Row

if TYPE_CHECKING:
    from game.app.scenes.base import App


class TitleScene(Scene):
    """The logo and 'press start'; any key, button or click goes on to the main menu."""

    name = "title"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.t = 0.0

    def enter(self) -> None:
        self.app.audio.music(True)

    def handle_event(self, event: pygame.event.Event) -> None:
        action = self.app.input.menu_action(event)
        if action == "back":
            self.app.quit()
        elif action == "accept" or (event.type == pygame.MOUSEBUTTONDOWN and event.button == 1):
            self.app.sound("ui_accept")
            self.app.stack.replace(MainMenuScene(self.app))

    def update(self, dt: float) -> None:
        self.t += dt

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        theme = self.app.theme
        theme.backdrop(surface, self.t)
        w, h = surface.get_size()
        s = theme.scale(surface)
        rect = theme.logo(surface, (w / 2, h * 0.38), 150)
        theme.text(
            surface,
            "TOP-DOWN  STREET  RACING",
            30,
            (w / 2, rect.bottom + 26 * s),
            th.MUTED,
            anchor="midtop",
            bold=True,
        )
        pulse = 0.5 + 0.5 * math.sin(self.t * 3.0)
        red, green, blue = (round(a + (b - a) * pulse) for a, b in zip(th.INK, th.ACCENT, strict=True))
        color = (red, green, blue)
        theme.text(
            surface, "PRESS  ENTER  ·  A  ·  CLICK", 34, (w / 2, h * 0.74), color, anchor="center", bold=True
        )
        theme.text(surface, "v0.1", 20, (w - 16 * s, h - 12 * s), th.FAINT, anchor="bottomright")


DRIVE_KEYS: list[tuple[tuple[str, ...], str]] = [
    (("UP", "W"), "Throttle"),
    (("DOWN", "S"), "Brake, reverse"),
    (("LEFT", "RIGHT", "A", "D"), "Steer"),
    (("Space",), "Handbrake drift"),
    (("Shift",), "Nitrous"),
    (("R",), "Reset car"),
]


class MainMenuScene(MenuScene):
    name = "menu"
    title = ""
    box = (80, 250, 460, 0)
    hints = "Up/Down choose    Enter / A select    Esc / B back    F12 screenshot"

    def rows(self) -> list[Row]:
        flow = self.app.flow
        return [
            Row("Campaign", flow.campaign, hint="The story: two chapters, twelve missions"),
            Row("Quick Race", flow.quick_race, hint="Pick a track, a car and rivals"),
            Row(
                "Time Trial",
                flow.time_trial_setup,
                hint="Chase a ghost lap for gold, silver and bronze",
            ),
            Row("Mods", flow.mods, hint="Tracks you made in Tiled"),
            Row("Settings", flow.settings, hint="Display, sound and controls"),
            Row("Credits", flow.credits),
            Row("Quit", self.app.quit),
        ]

    def back(self) -> None:
        self.app.sound("ui_back")
        self.app.stack.replace(TitleScene(self.app))

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        w, _h = surface.get_size()
        theme.logo(surface, (80 * s + 230 * s, 150 * s), 84)
        panel = pygame.Rect(round(w - 580 * s), round(250 * s), round(500 * s), round(370 * s))
        theme.panel(surface, panel, 170)
        theme.text(
            surface, "How to drive", 28, (panel.left + 28 * s, panel.top + 22 * s), th.ACCENT, bold=True
        )
        y = panel.top + 84 * s
        for keys, what in DRIVE_KEYS:
            x = panel.left + 28 * s
            for key in keys:
                x += th.keycap(theme, surface, key, (x, y), 20) + 6 * s
            theme.text(surface, what, 24, (panel.left + 250 * s, y), th.INK, anchor="midleft")
            y += 40 * s
        theme.text(
            surface,
            "Gamepad: RT/LT drive and brake, left stick",
            21,
            (panel.left + 28 * s, y + 4 * s),
            th.MUTED,
        )
        theme.text(
            surface, "steers, B drifts, Y fires nitrous.", 21, (panel.left + 28 * s, y + 30 * s), th.MUTED
        )
