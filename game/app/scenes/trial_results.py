"""A time trial's results: its laps, the best one's medal and telemetry, and the replay.

Built from the :class:`~game.app.trial_setup.TrialSummary` the trial hands
over when the session ends, so this screen knows the trial's data, not the
trial scene.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.app.player_files import save_to_library
from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.widgets import Row
from game.content.ghosts import medal

if TYPE_CHECKING:
    from pathlib import Path

    from game.app.scenes.base import App
    from game.app.trial_setup import TrialSummary
    from game.content.replays import Replay


class TimeTrialResultsScene(MenuScene):
    """The session's laps, the best one's medal and telemetry, and the replay."""

    name = "time-trial-results"
    box = (70, 470, 380, 0)
    row_h = 46
    font_size = 30
    hints = "Up/Down choose    Enter / A select    Esc / B back to set-up"

    def __init__(self, app: App, summary: TrialSummary) -> None:
        from game.app.render.hud_texts import format_time
        from game.app.render.telemetry import telemetry

        self.setup = summary.setup
        self.laps = list(summary.laps)
        self.best = summary.best
        self.author = summary.author
        self.record_s = summary.record_s
        self.replay: Replay | None = summary.replay
        self.saved: Path | None = None
        name = app.content.option(summary.setup.track).name
        self.title = "Time Trial"
        self.subtitle = f"{name} · {summary.car_name}"
        if self.best is not None:
            self.subtitle += f" · best lap {format_time(self.best.lap_time_s)}"
        reference, label = summary.reference, summary.reference_label
        self.telemetry = (
            telemetry(self.best, reference, "Best lap", label.title() if label else "")
            if self.best is not None
            else None
        )
        self.plot: pygame.Surface | None = None
        super().__init__(app)

    def enter(self) -> None:
        self.app.audio.music(True)

    def rows(self) -> list[Row]:
        return [
            Row("Drive again", self._again),
            Row("Main menu", self._menu),
            Row("Save replay", self._save, value=lambda: "saved" if self.saved else ""),
            Row("Watch replay", self._watch),
        ]

    def _again(self) -> None:
        self.app.flow.time_trial(self.setup, how="replace")

    def _menu(self) -> None:
        self.app.flow.main_menu()

    def _save(self) -> None:
        if self.replay is not None and self.saved is None:
            self.saved = save_to_library(self.app, self.replay)

    def _watch(self) -> None:
        if self.replay is not None:
            self.app.flow.watch(self.replay, "this time trial")

    def back(self) -> None:
        self.app.sound("ui_back")
        self.app.stack.pop()
        if self.app.stack.empty:
            self._menu()

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.plot is None and self.telemetry is not None:
            self.plot = self._paint(self.app.size)

    def _paint(self, size: tuple[int, int]) -> pygame.Surface | None:
        from game.app.render.telemetry import draw_telemetry

        if self.telemetry is None:
            return None
        s = size[1] / 720.0
        image = pygame.Surface((round(1140 * s), round(300 * s)), pygame.SRCALPHA)
        draw_telemetry(image, image.get_rect(), self.telemetry, self.app.settings.units)
        return image

    def draw_extra(self, surface: pygame.Surface) -> None:
        from game.app.render.hud_texts import format_time
        from game.app.render.trial_hud import MEDAL_COLOURS

        theme = self.app.theme
        s = theme.scale(surface)
        plot = self.plot if self.plot is not None and self.plot.get_height() == round(300 * s) else None
        if plot is None and self.telemetry is not None:
            plot = self._paint(surface.get_size())  # first frame or a new size: paint a private copy
        top = pygame.Rect(round(70 * s), round(150 * s), round(1140 * s), round(300 * s))
        if plot is not None:
            surface.blit(plot, top)
        else:
            theme.panel(surface, top, 200)
            theme.text(
                surface,
                "No clean lap this session: nothing to plot.",
                28,
                top.center,
                th.MUTED,
                anchor="center",
            )
        box = pygame.Rect(round(470 * s), round(466 * s), round(740 * s), round(196 * s))
        theme.panel(surface, box, 215)
        x, y = box.left + 20 * s, box.top + 14 * s
        theme.text(surface, "LAPS", 20, (x, y), th.MUTED, bold=True)
        shown = self.laps[-6:]
        col_w = 340 * s
        for n, lap in enumerate(shown):
            cx = x + (n // 3) * col_w
            cy = y + 30 * s + (n % 3) * 34 * s
            best = self.best is not None and lap.clean and lap.time_s == self.best.lap_time_s
            colour = th.WARN if best else th.INK if lap.clean else th.FAINT
            theme.text(surface, f"{lap.number}", 24, (cx, cy), th.MUTED)
            theme.text(surface, format_time(lap.time_s), 26, (cx + 36 * s, cy - 2 * s), colour, bold=best)
            tag = "PB" if lap.personal_best else "" if lap.clean else "reset"
            if lap.medal:
                pygame.draw.circle(surface, MEDAL_COLOURS[lap.medal], (cx + 170 * s, cy + 9 * s), 8 * s)
            if tag:
                colour = th.ACCENT if tag == "PB" else th.FAINT
                theme.text(surface, tag, 20, (cx + 188 * s, cy + 1 * s), colour, bold=True)
        if not shown:
            theme.text(surface, "No laps completed.", 24, (x, y + 34 * s), th.MUTED)
        rx = box.right - 20 * s
        got = medal(self.best.lap_time_s, self.author.lap_time_s) if self.best and self.author else None
        if self.author is not None:
            theme.text(
                surface,
                f"Author {format_time(self.author.lap_time_s)}",
                22,
                (rx, y),
                th.MUTED,
                anchor="topright",
            )
        if got:
            theme.text(
                surface,
                got.upper(),
                44,
                (rx, y + 34 * s),
                MEDAL_COLOURS[got],
                anchor="topright",
                bold=True,
                shadow=True,
            )
        elif self.author is not None and self.best is not None:
            theme.text(surface, "No medal yet", 26, (rx, y + 40 * s), th.MUTED, anchor="topright")
        if self.record_s is not None:
            theme.text(
                surface,
                f"Record {format_time(self.record_s)}",
                22,
                (rx, box.bottom - 40 * s),
                th.WARN,
                anchor="topright",
            )
        if self.saved:
            theme.text(surface, f"Replay saved to {self.saved}", 18, (70 * s, 662 * s), th.MUTED)
