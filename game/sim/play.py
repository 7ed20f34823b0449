"""The play seam: what every drivable session offers the game, whatever its rules.

A quick race, a time trial, a mission and a replay being watched differ in
their rules, but the game treats them alike: step them at the fixed rate with
the players' controls, draw their latest snapshot, hand their events to the
view and the audio, and show a HUD built from one typed model. The driving
scene (``game.app.scenes.driving``) is written against :class:`Play` alone,
so a new mode is a new ``Play`` plus an overlay, not a fifth copy of the loop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from game.sim.controls import Controls
from game.sim.snapshot import WorldSnapshot
from game.sim.vehicle import VehicleSpec

COUNTDOWN_LIGHTS = 3
"""Red lights before the start; a green one (0) stays up for the first second of the race."""
GREEN_HOLD_S = 1.0


def countdown_light(clock_s: float) -> int | None:
    """Which start light shows at race-clock ``clock_s`` (negative before the start).

    3, 2, 1 for the seconds before the start, 0 (green) for the first second
    after it, None once the race is under way. One formula for every mode, so
    the lights of a race, a time trial and a mission's race agree.
    """
    if clock_s < 0.0:
        return min(COUNTDOWN_LIGHTS, int(-clock_s) + 1)
    if clock_s < GREEN_HOLD_S:
        return 0
    return None


@dataclass(frozen=True, slots=True)
class Standing:
    """One car's race as its HUD shows it: position, lap, lap times."""

    lap: int
    """The lap being driven, 1-based (capped at ``laps`` once finished)."""
    laps: int
    position: int
    cars: int
    lap_time_s: float | None
    """Time into the current lap; None before the start and after the finish."""
    best_lap_s: float | None
    race_time_s: float
    finished: bool


@dataclass(frozen=True, slots=True)
class PlayHud:
    """The typed HUD model of one player's seat, built by the session, drawn by the app.

    ``standing`` is None where there is no race (a free drive, most missions);
    ``mission`` carries the mission's own model (``game.sim.mission``) and is
    None elsewhere.
    """

    time_s: float
    countdown: int | None
    standing: Standing | None = None
    mission: object | None = None


@runtime_checkable
class Play(Protocol):
    """A session the game can drive, draw, hear, record and replay."""

    @property
    def time_s(self) -> float:
        """Sim time since the session was built (the countdown included)."""
        ...

    @property
    def over(self) -> bool:
        """True once the rules have decided: nothing more to play."""
        ...

    @property
    def players(self) -> tuple[int, ...]:
        """Vehicle indices with a seat: a human (or the autopilot standing in) drives each."""
        ...

    @property
    def specs(self) -> Sequence[VehicleSpec]:
        """Every vehicle's spec, by vehicle index (for engines, input tuning and the view)."""
        ...

    def step(self, controls: Mapping[int, Controls] | None = None) -> None:
        """One fixed step of 1/120 s with the seated players' controls."""
        ...

    def request_respawn(self, vehicle: int) -> None:
        """A player asked to be put back on the road (ignored where the rules have no reset)."""
        ...

    def snapshot(self) -> WorldSnapshot: ...

    def drain_events(self) -> Sequence[object]:
        """World, rule and mode events since the last drain, oldest first."""
        ...

    def state_hash(self) -> str:
        """Everything that decides the future, hashed: same set-up, seed and inputs, same hash."""
        ...

    def hud(self, vehicle: int) -> PlayHud:
        """The HUD model of ``vehicle``'s seat now."""
        ...


@runtime_checkable
class Skippable(Protocol):
    """A session a slow player may finish early, once nobody else is racing (a quick race)."""

    @property
    def can_skip(self) -> bool:
        """Skipping is on offer now."""
        ...

    def skip_to_finish(self) -> None:
        """End the race, the players still racing placed by their projected times."""
        ...
