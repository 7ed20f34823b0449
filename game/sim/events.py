"""Things that happened during a step, for the view, audio and rules to react to.

The world appends events as they happen; whoever owns the world drains them
once per frame. Events are immutable so a drained list can be shared freely.
"""

from __future__ import annotations

from dataclasses import dataclass

WALL = -1
"""``other`` of a collision with a wall."""
PROP = -2
"""``other`` of a collision with a loose prop."""


@dataclass(frozen=True, slots=True)
class Collision:
    """A contact hard enough to feel: ``impulse`` in N·s, ``delta_v`` in m/s."""

    step: int
    vehicle: int
    other: int
    impulse: float
    delta_v: float
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class NitrousStarted:
    step: int
    vehicle: int


@dataclass(frozen=True, slots=True)
class NitrousStopped:
    step: int
    vehicle: int
    empty: bool


@dataclass(frozen=True, slots=True)
class Wrecked:
    step: int
    vehicle: int


@dataclass(frozen=True, slots=True)
class Fell:
    """A two-wheeler lost its grip and went down; it slides to a stop on its side."""

    step: int
    vehicle: int
    speed: float
    """m/s when it went down: how hard the fall sounds and looks."""


@dataclass(frozen=True, slots=True)
class Remounted:
    """A fallen rider is back on the bike, stopped where it came to rest."""

    step: int
    vehicle: int


Event = Collision | NitrousStarted | NitrousStopped | Wrecked | Fell | Remounted
