"""What the race rules report, drained with the world's events.

Frozen, like the world's events, so one drained list can go to the HUD, the
audio and the results screen alike. ``step`` is the world step on which the
rules noticed it; times are race-clock seconds (0 at the green light).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

RespawnReason = Literal["stuck", "wrecked", "out_of_bounds", "requested"]


@dataclass(frozen=True, slots=True)
class CountdownTick:
    """A light of the start countdown: ``seconds_left`` is 3, 2, 1."""

    step: int
    seconds_left: int


@dataclass(frozen=True, slots=True)
class RaceStarted:
    step: int


@dataclass(frozen=True, slots=True)
class CheckpointPassed:
    step: int
    vehicle: int
    gate: int
    """Index into the lap's gates: checkpoints 0..n-1, then n for the finish line."""
    lap: int
    """The lap being driven (1 = first)."""
    time_s: float


@dataclass(frozen=True, slots=True)
class LapCompleted:
    step: int
    vehicle: int
    lap: int
    lap_time_s: float
    best: bool
    """True if it is this car's best lap so far."""


@dataclass(frozen=True, slots=True)
class Finished:
    step: int
    vehicle: int
    position: int
    """1 = winner."""
    time_s: float
    """Race time including penalties."""


@dataclass(frozen=True, slots=True)
class WrongWay:
    """A car started (``wrong``) or stopped driving against the lap direction."""

    step: int
    vehicle: int
    wrong: bool


@dataclass(frozen=True, slots=True)
class Respawned:
    step: int
    vehicle: int
    reason: RespawnReason
    penalty_s: float
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class RaceOver:
    """Everyone has finished or been given up on (DNF)."""

    step: int


RaceEvent = (
    CountdownTick | RaceStarted | CheckpointPassed | LapCompleted | Finished | WrongWay | Respawned | RaceOver
)
