"""The pause menu, drawn over the frozen race: resume, restart, settings, quit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.widgets import Row

if TYPE_CHECKING:
    from game.app.context import AppContext
    from game.app.scenes.race import RaceScene


class PauseScene(MenuScene):
    name = "pause"
    overlay = True
    box = (0, 274, 300, 0)
    centered = True
    hints = "Up/Down choose    Enter / A select    Esc / Start resume"

    def __init__(self, app: AppContext, race: RaceScene, message: str = "") -> None:
        self.race = race
        self.message = message
        super().__init__(app)

    def rows(self) -> list[Row]:
        from game.app.scenes.settings import SettingsScene
        from game.app.scenes.title import MainMenuScene

        return [
            Row("Resume", self.resume_race),
            Row("Restart", self._restart),
            Row("Settings", lambda: self.app.stack.push(SettingsScene(self.app))),
            Row("Quit to menu", lambda: self.app.stack.reset(MainMenuScene(self.app))),
        ]

    def resume_race(self) -> None:
        self.app.stack.pop()

    def _restart(self) -> None:
        self.app.stack.pop()
        self.race.restart()

    def back(self) -> None:
        self.app.sound("ui_back")
        self.resume_race()

    def handle_event(self, event: pygame.event.Event) -> None:
        if self.app.input.pressed(event, "pause") and not (
            event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE
        ):
            self.resume_race()  # Start on a pad toggles; Esc is handled as "back"
            return
        super().handle_event(event)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        theme = self.app.theme
        w, h = surface.get_size()
        s = theme.scale(surface)
        veil = pygame.Surface((w, h), pygame.SRCALPHA)
        veil.fill((8, 10, 20, 170))
        surface.blit(veil, (0, 0))
        panel = pygame.Rect(0, 0, round(420 * s), round(340 * s))
        panel.center = (w // 2, round(344 * s))
        theme.panel(surface, panel, 235)
        theme.text(surface, "PAUSED", 60, (w / 2, panel.top + 22 * s), th.INK, anchor="midtop", bold=True,
                   italic=True)
        if self.message:
            box = pygame.Rect(0, 0, round(900 * s), round(56 * s))
            box.midbottom = (w // 2, panel.top - 14 * s)
            theme.panel(surface, box, 235)
            theme.text(surface, self.message, 24, box.center, th.WARN, anchor="center", bold=True)
        self.menu.draw(surface, theme, self.t)
        theme.hints(surface, self.hints)
