"""Quick race set-up: track (with a preview), car (with stat bars), rivals, laps, difficulty."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from game.app.scenes.menu_scene import TrackCarMenu
from game.app.ui.widgets import Row
from game.content.settings import DIFFICULTIES, RaceChoice
from game.content.setup import RaceSetup

if TYPE_CHECKING:
    from game.app.scenes.base import App
    from game.content.library import LoadedTrack


class QuickRaceScene(TrackCarMenu):
    name = "quick-race"
    title = "Quick Race"
    subtitle = "Choose a circuit, a car and who you race against."

    def __init__(self, app: App) -> None:
        choice = app.settings.race
        self.rivals = choice.rivals
        self.laps = choice.laps
        self.difficulty = choice.difficulty if choice.difficulty in DIFFICULTIES else "normal"
        self.max_rivals = 7
        super().__init__(app)

    def track_loaded(self, loaded: LoadedTrack) -> None:
        """No more rivals than the grid has slots for beside the player."""
        self.max_rivals = max(0, min(7, len(loaded.track.start_slots) - 1))
        self.rivals = min(self.rivals, self.max_rivals)

    # -- choices -------------------------------------------------------------------------

    def rows(self) -> list[Row]:
        return [
            Row(
                "Track",
                value=lambda: self.tracks[self.track_i].name if self.tracks else "none",
                change=self._track,
            ),
            Row("Car", value=lambda: self.cars[self.car_i].name, change=self._car),
            Row("Rivals", value=lambda: str(self.rivals), change=self._rivals),
            Row("Laps", value=lambda: str(self.laps), change=self._laps),
            Row("Difficulty", value=lambda: self.difficulty.title(), change=self._difficulty),
            Row("Start race", self.start, hint="Esc pauses the race; R puts you back on the track"),
            Row("Back", self.back),
        ]

    def _rivals(self, step: int) -> None:
        self.rivals = max(0, min(self.max_rivals, self.rivals + step))

    def _laps(self, step: int) -> None:
        self.laps = max(1, min(10, self.laps + step))

    def _difficulty(self, step: int) -> None:
        i = DIFFICULTIES.index(self.difficulty)
        self.difficulty = DIFFICULTIES[(i + step) % len(DIFFICULTIES)]

    def setup(self) -> RaceSetup:
        return RaceSetup(
            track=self.tracks[self.track_i].id,
            car=self.cars[self.car_i].id,
            rivals=self.rivals,
            laps=self.laps,
            difficulty=self.difficulty,
            player_ai=self.app.autopilot,
            grid="back",
        )

    def start(self) -> None:
        if not self.tracks or self.preview_note:
            self.app.toast("Pick a track that loads.")
            return
        setup = self.setup()
        choice = RaceChoice(setup.track, setup.car, setup.rivals, self.laps, setup.difficulty)
        self.app.change_settings(replace(self.app.settings, race=choice))
        self.app.flow.race(setup)
