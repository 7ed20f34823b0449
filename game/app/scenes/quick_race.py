"""Quick race set-up: track (with a preview), car (with its class and stat bars), rivals and their cars,
laps, difficulty and catch-up."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from game.app.scenes.menu_scene import TrackCarMenu
from game.app.ui.widgets import Row
from game.content.settings import CATCH_UP, DIFFICULTIES, RIVAL_CARS
from game.content.setup import RaceSetup

if TYPE_CHECKING:
    from game.app.scenes.base import App
    from game.content.library import LoadedTrack

RIVAL_CARS_SHOWN = {"class": "Your class", "any": "Any car"}
CATCH_UP_SHOWN = {"off": "Off", "subtle": "Subtle"}


class QuickRaceScene(TrackCarMenu):
    name = "quick-race"
    title = "Quick Race"
    subtitle = "Choose a circuit, a car and who you race against."
    box = (70, 160, 540, 0)
    row_h = 54
    font_size = 32

    def __init__(self, app: App) -> None:
        from game.sim.classes import performance_index, vehicle_class

        choice = app.settings.race
        self.rivals = choice.rivals
        self.laps = choice.laps
        self.difficulty = choice.difficulty if choice.difficulty in DIFFICULTIES else "normal"
        self.rival_cars = choice.rival_cars if choice.rival_cars in RIVAL_CARS else "class"
        self.catch_up = choice.catch_up if choice.catch_up in CATCH_UP else "subtle"
        self.max_rivals = 7
        every = app.content.vehicles().values()
        self.classes = {spec.id: vehicle_class(spec) for spec in every}
        self.index = {spec.id: performance_index(spec) for spec in every}
        super().__init__(app)

    def track_loaded(self, loaded: LoadedTrack) -> None:
        """No more rivals than the grid has slots for beside the player."""
        self.max_rivals = max(0, min(7, len(loaded.track.start_slots) - 1))
        self.rivals = min(self.rivals, self.max_rivals)

    # -- choices -------------------------------------------------------------------------

    def rows(self) -> list[Row]:
        spec = self.cars[self.car_i]
        mine = self.classes.get(spec.id, "?")
        return [
            Row(
                "Track",
                value=lambda: self.tracks[self.track_i].name if self.tracks else "none",
                change=self._track,
            ),
            Row(
                "Car",
                value=lambda: f"{self.cars[self.car_i].name} ({self._class()})",
                change=self._car,
                hint=f"Class {mine}: performance index {self.index.get(spec.id, 0.0):.0f}",
            ),
            Row("Rivals", value=lambda: str(self.rivals), change=self._rivals),
            Row(
                "Rival cars",
                value=lambda: RIVAL_CARS_SHOWN[self.rival_cars],
                change=self._rival_cars,
                hint=(
                    f"Every rival drives a class {mine} car, as you do"
                    if self.rival_cars == "class"
                    else "Every rival drives their own car, of any class"
                ),
            ),
            Row("Laps", value=lambda: str(self.laps), change=self._laps),
            Row("Difficulty", value=lambda: self.difficulty.title(), change=self._difficulty),
            Row(
                "Catch-up",
                value=lambda: CATCH_UP_SHOWN[self.catch_up],
                change=self._catch_up,
                hint=(
                    "Cars behind find a little pace, within their limits"
                    if self.catch_up == "subtle"
                    else "No help for the cars at the back"
                ),
            ),
            Row("Start race", self.start, hint="Esc pauses the race; R puts you back on the track"),
            Row("Back", self.back),
        ]

    def _class(self) -> str:
        return self.classes.get(self.cars[self.car_i].id, "?")

    def _car(self, step: int) -> None:
        super()._car(step)
        self.rebuild()  # the hints name the car's class

    def _rivals(self, step: int) -> None:
        self.rivals = max(0, min(self.max_rivals, self.rivals + step))

    def _rival_cars(self, step: int) -> None:
        self.rival_cars = RIVAL_CARS[(RIVAL_CARS.index(self.rival_cars) + step) % len(RIVAL_CARS)]
        self.rebuild()

    def _laps(self, step: int) -> None:
        self.laps = max(1, min(10, self.laps + step))

    def _difficulty(self, step: int) -> None:
        i = DIFFICULTIES.index(self.difficulty)
        self.difficulty = DIFFICULTIES[(i + step) % len(DIFFICULTIES)]

    def _catch_up(self, step: int) -> None:
        self.catch_up = CATCH_UP[(CATCH_UP.index(self.catch_up) + step) % len(CATCH_UP)]
        self.rebuild()

    def setup(self) -> RaceSetup:
        return RaceSetup(
            track=self.tracks[self.track_i].id,
            car=self.cars[self.car_i].id,
            rivals=self.rivals,
            laps=self.laps,
            difficulty=self.difficulty,
            player_ai=self.app.autopilot,
            grid="back",
            rival_cars=self.rival_cars,
            catch_up=self.catch_up,
        )

    def start(self) -> None:
        if not self.tracks or self.preview_note:
            self.app.toast("Pick a track that loads.")
            return
        setup = self.setup()
        choice = replace(
            self.app.settings.race,
            track=setup.track,
            car=setup.car,
            rivals=setup.rivals,
            laps=self.laps,
            difficulty=setup.difficulty,
            rival_cars=setup.rival_cars,
            catch_up=setup.catch_up,
        )
        self.app.change_settings(replace(self.app.settings, race=choice))
        self.app.flow.race(setup)
