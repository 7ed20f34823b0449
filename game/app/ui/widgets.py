"""A vertical menu that keyboard, gamepad and mouse all drive the same way.

Rows are data: a label, and optionally an action (Enter / A / click), a
value shown on the right and a ``change`` hook for left/right (arrows,
d-pad, or clicking the ◀ ▶ halves). Layout is a pure function of the
surface size, so the rectangles the mouse is tested against are exactly
the ones that were drawn.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.app.input import MenuAction
from game.app.ui import theme as th


@dataclass
class Row:
    label: str
    action: Callable[[], None] | None = None
    value: Callable[[], str] | None = None
    change: Callable[[int], None] | None = None
    enabled: bool = True
    hint: str = ""
    """A line shown under the menu while this row has focus."""


class Menu:
    """A column of rows in a box given in design pixels (1280×720 space)."""

    def __init__(
        self,
        rows: list[Row],
        box: tuple[int, int, int, int],
        row_h: int = 56,
        font_size: int = 34,
        on_move: Callable[[], None] | None = None,
        centered: bool = False,
    ) -> None:
        """``centered`` ignores the box's x and centres the column on the surface."""
        self.rows = rows
        self.centered = centered
        self.box = box
        self.row_h = row_h
        self.font_size = font_size
        self.focus = next((i for i, r in enumerate(rows) if r.enabled), 0)
        self.on_move = on_move

    # -- layout ----------------------------------------------------------------

    def rects(self, size: tuple[int, int]) -> list[pygame.Rect]:
        s = size[1] / th.DESIGN_H
        x, y, w, _h = self.box
        if self.centered:
            x = round((size[0] / s - w) / 2)
        return [
            pygame.Rect(
                round(x * s), round((y + i * self.row_h) * s), round(w * s), round((self.row_h - 8) * s)
            )
            for i in range(len(self.rows))
        ]

    # -- input -------------------------------------------------------------------

    def _move(self, delta: int) -> None:
        n = len(self.rows)
        for k in range(1, n + 1):
            i = (self.focus + delta * k) % n
            if self.rows[i].enabled:
                if i != self.focus and self.on_move:
                    self.on_move()
                self.focus = i
                return

    def act(self, action: MenuAction) -> bool:
        """Apply a navigation action; True if the menu used it."""
        row = self.rows[self.focus]
        if action == "up":
            self._move(-1)
        elif action == "down":
            self._move(1)
        elif action in ("left", "right") and row.change is not None:
            row.change(-1 if action == "left" else 1)
        elif action == "accept" and row.action is not None and row.enabled:
            row.action()
        elif action == "accept" and row.change is not None:
            row.change(1)
        else:
            return False
        return True

    def mouse(self, event: pygame.event.Event, size: tuple[int, int]) -> bool:
        """Hover moves the focus; a left click activates (or, on a value row, steps it)."""
        if event.type not in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            return False
        for i, rect in enumerate(self.rects(size)):
            if not rect.collidepoint(event.pos) or not self.rows[i].enabled:
                continue
            if i != self.focus and self.on_move:
                self.on_move()
            self.focus = i
            if event.type == pygame.MOUSEBUTTONDOWN and event.button in (1, 3):
                row = self.rows[i]
                if row.change is not None:
                    step = -1 if event.button == 3 or event.pos[0] < rect.centerx + rect.width // 6 else 1
                    row.change(step)
                elif row.action is not None:
                    row.action()
            return True
        return False

    # -- drawing -------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, theme: th.Theme, t: float = 0.0) -> None:
        s = theme.scale(surface)
        rects = self.rects(surface.get_size())
        for i, (row, rect) in enumerate(zip(self.rows, rects, strict=True)):
            focused = i == self.focus
            if focused:
                glow = pygame.Surface(rect.size, pygame.SRCALPHA)
                pulse = 150 + int(40 * (0.5 + 0.5 * math.sin(t * 5)))
                pygame.draw.rect(glow, (*th.ACCENT, 60), glow.get_rect(), border_radius=round(10 * s))
                pygame.draw.rect(
                    glow,
                    (*th.ACCENT, pulse),
                    glow.get_rect(),
                    max(2, round(3 * s)),
                    border_radius=round(10 * s),
                )
                surface.blit(glow, rect)
                pygame.draw.rect(
                    surface, th.ACCENT, (rect.left, rect.top + 6 * s, round(6 * s), rect.height - 12 * s)
                )
            color = th.INK if row.enabled else th.FAINT
            if focused:
                color = (255, 255, 255)
            theme.text(
                surface,
                row.label,
                self.font_size,
                (rect.left + 24 * s, rect.centery),
                color,
                anchor="midleft",
                bold=focused,
            )
            if row.value is not None:
                value = row.value()
                if row.change is not None:
                    value = f"‹  {value}  ›" if focused else value
                theme.text(
                    surface,
                    value,
                    self.font_size,
                    (rect.right - 24 * s, rect.centery),
                    th.ACCENT_2 if row.enabled else th.FAINT,
                    anchor="midright",
                    bold=focused,
                )
        hint = self.rows[self.focus].hint if self.rows else ""
        if hint and rects:
            theme.text(surface, hint, 22, (rects[0].left + 24 * s, rects[-1].bottom + 14 * s), th.MUTED)
