"""The pause menu, drawn over the frozen drive: one scene, with the rows the mode offers.

A race offers restart, a time trial also ends the session (to its results),
a mission offers retry and goes back to the campaign; they all look and
answer alike (Esc, B or Start resume), which is why there is one scene
taking its rows rather than one per mode.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pygame

from game.app.scenes.base import PauseRow
from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.widgets import Row

if TYPE_CHECKING:
    from game.app.scenes.base import App

NARROW = (300, 420)
"""Menu column and panel widths (design pixels) for the short labels of a race."""
WIDE = (340, 440)
"""The same for longer labels ("Quit to campaign") and a subtitle."""


PANEL_TOP = 174
"""Design pixels: the top of the pause panel; the heading sits in its first 100."""
MENU_TOP = 274
"""Where the rows start (design pixels)."""
ROW_H = 58


def panel_height(rows: int) -> int:
    """The panel holds the heading and every row the mode offers (five once ran out of it)."""
    return MENU_TOP - PANEL_TOP + rows * ROW_H + 24


class PauseScene(MenuScene):
    """The menu over a frozen drive; ``rows`` are the mode's (see ``DrivingScene.pause_rows``)."""

    overlay = True
    veil = (8, 10, 20, 170)
    centered = True
    hints = "Up/Down choose    Enter / A select    Esc / Start resume"

    def __init__(
        self,
        app: App,
        rows: Sequence[PauseRow],
        message: str = "",
        *,
        subtitle: str = "",
        name: str = "pause",
        wide: bool = False,
    ) -> None:
        """``message`` says why the game paused (a pad unplugged); ``subtitle`` names what is paused."""
        self.pause_rows = tuple(rows)
        self.message = message
        self.subtitle = subtitle
        self.name = name
        menu_w, self.panel_w = WIDE if wide else NARROW
        self.box = (0, MENU_TOP, menu_w, 0)
        super().__init__(app)

    def rows(self) -> list[Row]:
        return [Row(r.label, self._chosen(r)) for r in self.pause_rows]

    def _chosen(self, row: PauseRow) -> Callable[[], None]:
        def act() -> None:
            if row.closes:
                self.app.stack.pop()
            row.action()

        return act

    def resume_race(self) -> None:
        self.app.stack.pop()

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
        w = surface.get_width()
        s = theme.scale(surface)
        panel = pygame.Rect(0, 0, round(self.panel_w * s), round(panel_height(len(self.pause_rows)) * s))
        panel.midtop = (w // 2, round(PANEL_TOP * s))
        theme.panel(surface, panel, 235)
        theme.text(
            surface,
            "PAUSED",
            60,
            (w / 2, panel.top + 22 * s),
            th.INK,
            anchor="midtop",
            bold=True,
            italic=True,
        )
        if self.subtitle:
            theme.text(surface, self.subtitle, 22, (w / 2, panel.top + 80 * s), th.MUTED, anchor="midtop")
        if self.message:
            box = pygame.Rect(0, 0, round(900 * s), round(56 * s))
            box.midbottom = (w // 2, panel.top - 14 * s)
            theme.panel(surface, box, 235)
            theme.text(surface, self.message, 24, box.center, th.WARN, anchor="center", bold=True)
        self.menu.draw(surface, theme, self.t)
        theme.hints(surface, self.hints)


class ConfirmScene(MenuScene):
    """Asks before a choice that throws the drive away (quitting a race or a mission).

    "Stay" is first and focused, and Esc / B stay too, so a thumb that slips
    on the pause menu costs nothing.
    """

    name = "confirm"
    overlay = True
    veil = (8, 10, 20, 200)
    centered = True
    hints = "Up/Down choose    Enter / A select    Esc / B stay"

    def __init__(
        self, app: App, question: str, detail: str, leave: str, on_leave: Callable[[], None]
    ) -> None:
        self.question = question
        self.detail = detail
        self.leave_label = leave
        self.on_leave = on_leave
        self.box = (0, MENU_TOP + 40, 340, 0)
        super().__init__(app)

    def rows(self) -> list[Row]:
        return [Row("Stay", self.back), Row(self.leave_label, self.on_leave)]

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        theme = self.app.theme
        w = surface.get_width()
        s = theme.scale(surface)
        panel = pygame.Rect(0, 0, round(640 * s), round((panel_height(2) + 40) * s))
        panel.midtop = (w // 2, round(PANEL_TOP * s))
        theme.panel(surface, panel, 245)
        theme.text(
            surface, self.question, 40, (w / 2, panel.top + 26 * s), th.INK, anchor="midtop", bold=True
        )
        theme.text(surface, self.detail, 22, (w / 2, panel.top + 86 * s), th.MUTED, anchor="midtop")
        self.menu.draw(surface, theme, self.t)
        theme.hints(surface, self.hints)
