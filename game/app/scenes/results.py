"""The results table: positions, times, gaps to the winner and the best lap of the race."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pygame

from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.widgets import Row

if TYPE_CHECKING:
    from pathlib import Path

    from game.app.scenes.base import App
    from game.content.replays import Replay
    from game.content.setup import RaceSetup
    from game.sim.race import RaceResult

TABLE_BOX = (70, 140, 1140, 330)
COLUMNS = (("Pos", 20), ("Driver", 90), ("Car", 330), ("Time", 650), ("Gap", 810), ("Best lap", 960))


def race_time(seconds: float | None) -> str:
    """``1:23.456``; dashes for no time."""
    if seconds is None:
        return "–:––.–––"
    minutes, rest = divmod(max(0.0, seconds), 60.0)
    return f"{int(minutes)}:{rest:06.3f}"


def finish_text(result: RaceResult) -> str:
    """The race time; ``~`` in front of one projected from the pace (the player skipped to the end)."""
    if not result.finished:
        return "—"
    return ("~" if result.status == "projected" else "") + race_time(result.time_s)


def gap_text(result: RaceResult) -> str:
    if not result.finished:
        return result.status.upper() if result.status != "running" else "DNF"
    if not result.gap_s:
        return "—"
    return f"+{result.gap_s:.3f}"


class ResultsScene(MenuScene):
    name = "results"
    title = "Results"
    box = (70, 486, 400, 0)
    row_h = 46
    font_size = 30
    hints = "Up/Down choose    Enter / A select    Esc / B back to set-up"

    def __init__(
        self,
        app: App,
        setup: RaceSetup,
        results: Sequence[RaceResult],
        player: int,
        replay: Replay | None = None,
    ) -> None:
        """``replay`` is the race as recorded, offered to save and to watch."""
        self.setup = setup
        self.replay = replay
        self.saved: Path | None = None
        self.results = list(results)
        self.player = player
        laps = [r.best_lap_s for r in self.results if r.best_lap_s is not None]
        self.best_lap = min(laps) if laps else None
        mine = next((r for r in self.results if r.vehicle == player), None)
        track = app.content.option(setup.track).name
        self.subtitle = (
            f"{track} · {setup.laps} lap{'s' if setup.laps != 1 else ''} · {setup.difficulty.title()}"
        )
        if self.best_lap is not None:
            self.subtitle += f" · fastest lap {race_time(self.best_lap)}"
        if any(r.status == "projected" for r in self.results):
            self.subtitle += " · ~ time projected from the pace (skipped to the finish)"
        if mine is not None:
            self.title = f"Results · P{mine.position}" if mine.finished else "Results · DNF"
        self.car_names = {s.id: s.name for s in app.content.vehicles().values()}
        super().__init__(app)

    def enter(self) -> None:
        self.app.audio.music(True)

    def rows(self) -> list[Row]:
        rows = [Row("Race again", self._again), Row("Main menu", self._menu)]
        if self.replay is not None:
            rows += [
                Row(
                    "Save replay",
                    self._save,
                    value=lambda: "saved" if self.saved else "",
                    hint="Keep this race in your replays folder",
                ),
                Row("Watch replay", self._watch, hint="Pause, slow motion, x4 and a free camera"),
            ]
        return rows

    def _save(self) -> None:
        from game.app.player_files import save_to_library

        if self.replay is not None and self.saved is None:
            self.saved = save_to_library(self.app, self.replay)

    def _watch(self) -> None:
        if self.replay is not None:
            self.app.flow.watch(self.replay, "this race")

    def _again(self) -> None:
        self.app.flow.race(self.setup, how="replace")

    def _menu(self) -> None:
        self.app.flow.main_menu()

    def back(self) -> None:
        """Esc goes back to the set-up screen the race was started from."""
        self.app.sound("ui_back")
        self.app.stack.pop()
        if self.app.stack.empty:
            self._menu()

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        if self.saved is not None:
            theme.text(surface, "Replay saved to", 20, (500 * s, 590 * s), th.MUTED)
            theme.text(surface, str(self.saved), 20, (500 * s, 614 * s), th.INK)
        x, y, w, h = TABLE_BOX
        box = pygame.Rect(round(x * s), round(y * s), round(w * s), round(h * s))
        theme.panel(surface, box, 235)
        head_y = box.top + 18 * s
        for label, cx in COLUMNS:
            theme.text(surface, label.upper(), 20, (box.left + cx * s, head_y), th.MUTED, bold=True)
        pygame.draw.line(
            surface,
            th.PANEL_EDGE,
            (box.left + 14 * s, head_y + 30 * s),
            (box.right - 14 * s, head_y + 30 * s),
            max(1, round(2 * s)),
        )
        row_h = min(44.0, (h - 64) / max(1, len(self.results)))
        for k, r in enumerate(self.results):
            ry = box.top + (60 + k * row_h) * s
            me = r.vehicle == self.player
            if me:
                band = pygame.Rect(box.left + 8 * s, ry - 4 * s, box.width - 16 * s, (row_h - 4) * s)
                glow = pygame.Surface(band.size, pygame.SRCALPHA)
                pygame.draw.rect(glow, (*th.ACCENT_2, 50), glow.get_rect(), border_radius=round(8 * s))
                surface.blit(glow, band)
            color = th.INK if r.finished else th.MUTED
            pos_color = th.ACCENT if r.position == 1 and r.finished else color
            best = r.best_lap_s is not None and r.best_lap_s == self.best_lap
            cells = (
                (f"{r.position}", pos_color, True),
                (r.name if r.name == "You" or not me else f"{r.name} (you)", color, me),
                (self.car_names.get(r.car, r.car), th.MUTED, False),
                (finish_text(r), color, False),
                (gap_text(r), color, False),
                (race_time(r.best_lap_s) + ("  fastest" if best else ""), th.WARN if best else color, best),
            )
            for (text, col, bold), (_label, cx) in zip(cells, COLUMNS, strict=True):
                theme.text(surface, text, 26, (box.left + cx * s, ry), col, bold=bold)
