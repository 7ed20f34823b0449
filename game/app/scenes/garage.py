"""Katie's garage: the debt going down as winnings pay it off, and the cars in the yard.

Shown after every chapter-one win (the debt counting down from what it was
before the win) and from the chapter select; Continue opens the next
mission's story through ``app.flow``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.app.campaign import Campaign, money
from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.story import VehicleArt
from game.app.ui.widgets import Row

if TYPE_CHECKING:
    from game.app.scenes.base import App
    from game.content.missions import MissionEntry


class GarageScene(MenuScene):
    """Katie's garage: the debt going down as winnings pay it off, and the cars in the yard."""

    name = "garage"
    title = "Katie's garage"
    box = (60, 600, 360, 0)
    row_h = 48
    centered = False
    hints = "Enter / A continue    Esc / B back"

    def __init__(
        self,
        app: App,
        campaign: Campaign,
        debt_from: int | None = None,
        then: MissionEntry | None = None,
    ) -> None:
        """``debt_from`` animates the debt from that figure; ``then`` is the mission Continue opens."""
        self.campaign = campaign
        self.debt_from = campaign.progress.debt if debt_from is None else debt_from
        self.then = then
        self.art = VehicleArt()
        super().__init__(app)

    def rows(self) -> list[Row]:
        label = f"Next: {self.then.title}" if self.then is not None else "Back to the campaign"
        return [Row(label, self._continue)]

    def _continue(self) -> None:
        if self.then is not None:
            self.app.flow.story(self.campaign, self.then, how="replace")
        else:
            self.app.flow.back_to_campaign(self.campaign)

    def back(self) -> None:
        self.app.sound("ui_back")
        self.app.flow.back_to_campaign(self.campaign)

    def shown_debt(self) -> int:
        """The debt figure on screen: counts down from ``debt_from`` over two seconds."""
        to = self.campaign.progress.debt
        k = min(1.0, max(0.0, (self.t - 0.4) / 2.0))
        k = 1 - (1 - k) ** 3
        return round(self.debt_from + (to - self.debt_from) * k)

    def draw_extra(self, surface: pygame.Surface) -> None:
        from game.content.saves import START_DEBT

        theme = self.app.theme
        s = theme.scale(surface)
        w, _h = surface.get_size()
        p = self.campaign.progress
        panel = pygame.Rect(round(60 * s), round(156 * s), round(560 * s), round(420 * s))
        theme.panel(surface, panel, 210)
        x, y = panel.left + 30 * s, panel.top + 26 * s
        theme.text(surface, "OWED TO THE STADTBANK", 20, (x, y), th.MUTED, bold=True)
        debt = self.shown_debt()
        theme.text(
            surface, money(debt), 78, (x, y + 26 * s), th.BAD if debt else th.GOOD, bold=True, italic=True
        )
        bar = pygame.Rect(round(x), round(y + 120 * s), round(panel.width - 60 * s), round(26 * s))
        pygame.draw.rect(surface, (40, 44, 66), bar, border_radius=bar.height // 2)
        paid = 1.0 - debt / START_DEBT if START_DEBT else 1.0
        fill = bar.copy()
        fill.width = max(bar.height, round(bar.width * max(0.0, min(1.0, paid))))
        pygame.draw.rect(surface, th.GOOD, fill, border_radius=bar.height // 2)
        theme.text(surface, f"{round(paid * 100)}% paid off", 22, (bar.left, bar.bottom + 10 * s), th.INK)
        theme.text(
            surface,
            f"of {money(START_DEBT)}",
            22,
            (bar.right, bar.bottom + 10 * s),
            th.MUTED,
            anchor="topright",
        )
        if self.debt_from != p.debt:
            theme.text(
                surface,
                f"Paid from your winnings: {money(self.debt_from - p.debt)}",
                24,
                (x, bar.bottom + 52 * s),
                th.ACCENT_2,
                bold=True,
            )
        theme.text(surface, "IN YOUR POCKET", 20, (x, panel.bottom - 110 * s), th.MUTED, bold=True)
        theme.text(surface, money(p.money), 44, (x, panel.bottom - 84 * s), th.INK, bold=True)
        line = (
            "The letter from the bank can go in the bin."
            if not p.debt
            else "Every race won is another month with the lights on."
        )
        theme.text(surface, line, 20, (x, panel.bottom - 36 * s), th.MUTED, italic=True)
        # the yard: every car the campaign has unlocked
        yard = pygame.Rect(round(660 * s), round(156 * s), round(w - 720 * s), round(478 * s))
        theme.panel(surface, yard, 200)
        theme.text(surface, "IN THE YARD", 20, (yard.left + 26 * s, yard.top + 22 * s), th.MUTED, bold=True)
        cars = [self.campaign.vehicles[c] for c in p.cars if c in self.campaign.vehicles]
        cols = 2
        cell_w = (yard.width - 40 * s) / cols
        cell_h = min(150 * s, (yard.height - 70 * s) / max(1, (len(cars) + cols - 1) // cols))
        for k, spec in enumerate(cars):
            cell = pygame.Rect(
                round(yard.left + 20 * s + (k % cols) * cell_w),
                round(yard.top + 56 * s + (k // cols) * cell_h),
                round(cell_w),
                round(cell_h),
            )
            # the car above its name, each in its own part of the cell
            label_h = round(26 * s)
            box = pygame.Rect(cell.left, cell.top, cell.width, cell.height - label_h).inflate(
                round(-16 * s), round(-8 * s)
            )
            art, spot = self.art.fitted(spec, box)
            theme.image(surface, art, spot, f"picture of {spec.name}")
            theme.text(
                surface, spec.name, 18, (cell.centerx, cell.bottom - 4 * s), th.INK, anchor="midbottom"
            )
