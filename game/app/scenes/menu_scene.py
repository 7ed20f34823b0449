"""The shape every menu screen shares: a backdrop, a heading, a :class:`Menu` and a hint line.

Subclasses build their rows in ``rows()`` and may draw extra panels in
``draw_extra``; keyboard, gamepad and mouse handling (and the UI sounds)
live here once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.app.input import MenuAction
from game.app.scenes.base import Scene
from game.app.ui.widgets import Menu, Row

if TYPE_CHECKING:
    from game.app.context import AppContext

HINTS = "Up/Down choose    Left/Right change    Enter / A select    Esc / B back"


class MenuScene(Scene):
    title = ""
    subtitle = ""
    hints = HINTS
    box = (70, 200, 560, 0)
    row_h = 58
    font_size = 34
    centered = False

    def __init__(self, app: AppContext) -> None:
        super().__init__(app)
        self.t = 0.0
        self.menu = Menu(self.rows(), self.box, self.row_h, self.font_size, on_move=self._moved,
                         centered=self.centered)

    def rows(self) -> list[Row]:
        return []

    def rebuild(self) -> None:
        """Rows changed (a value with a new label set); keep the focus where it was."""
        focus = self.menu.focus
        self.menu.rows = self.rows()
        self.menu.focus = min(focus, len(self.menu.rows) - 1)

    def _moved(self) -> None:
        self.app.sound("ui_move")

    def back(self) -> None:
        """Esc / B: leave this screen."""
        self.app.sound("ui_back")
        self.app.stack.pop()

    def handle_event(self, event: pygame.event.Event) -> None:
        action: MenuAction | None = self.app.input.menu_action(event)
        if action == "back":
            self.back()
            return
        if action is not None:
            row = self.menu.rows[self.menu.focus] if self.menu.rows else None
            if self.menu.act(action) and action in ("accept", "left", "right") and row is not None:
                self.app.sound("ui_accept" if action == "accept" and row.action else "ui_move")
            return
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 3 and not any(
            r.collidepoint(event.pos) for r in self.menu.rects(self.app.size)
        ):
            self.back()
            return
        if self.menu.mouse(event, self.app.size) and event.type == pygame.MOUSEBUTTONDOWN:
            self.app.sound("ui_accept")

    def update(self, dt: float) -> None:
        self.t += dt

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        theme = self.app.theme
        theme.backdrop(surface, self.t)
        if self.title:
            theme.heading(surface, self.title, self.subtitle)
        self.draw_extra(surface)
        self.menu.draw(surface, theme, self.t)
        if self.hints:
            theme.hints(surface, self.hints)

    def draw_extra(self, surface: pygame.Surface) -> None:
        """Panels beside the menu (previews, stats)."""


class InfoScene(MenuScene):
    """A page to read (credits, the mods folder) with a single Back at the bottom."""

    box = (70, 610, 300, 0)
    hints = "Enter / A / Esc back"

    def rows(self) -> list[Row]:
        return [Row("Back", self.back)]
