"""What the mission runner reports, drained each frame like the world's events.

Frozen records, so one drained list can feed the HUD, the audio and the
story screens alike. ``step`` is the world step on which the runner noticed
it; ``time_s`` is mission time (world time: the countdown included).

Every part of the runner posts into one :class:`Outbox`, created before
anything else, so nothing said while the mission is being set up (a car
spawned, the first objective opened) is lost: the first drain returns it.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.events import Event
from game.sim.race import RaceEvent


@dataclass(frozen=True, slots=True)
class ObjectiveStarted:
    step: int
    objective: str
    index: int
    text: str
    time_limit_s: float | None


@dataclass(frozen=True, slots=True)
class ObjectiveDone:
    step: int
    objective: str
    index: int


@dataclass(frozen=True, slots=True)
class ObjectiveFailed:
    step: int
    objective: str
    index: int
    reason: str


@dataclass(frozen=True, slots=True)
class ZoneVisited:
    """A deliver/pickup stop ticked off: ``done`` of ``total``."""

    step: int
    zone: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class Message:
    """A line on screen: ``speaker`` empty for a prompt or narration."""

    step: int
    speaker: str
    text: str
    duration_s: float


@dataclass(frozen=True, slots=True)
class PhoneCall:
    """The phone rings: the app shows the caller and the line, the audio rings."""

    step: int
    caller: str
    text: str
    duration_s: float


@dataclass(frozen=True, slots=True)
class MoneyEarned:
    step: int
    amount: int
    """Negative for a bill (a repair)."""
    reason: str


@dataclass(frozen=True, slots=True)
class VehicleSpawned:
    step: int
    vehicle: int
    actor: str


@dataclass(frozen=True, slots=True)
class VehicleCrashed:
    """A scripted crash: ``style`` ``spin`` or ``flip``; ``fire`` when it burns."""

    step: int
    vehicle: int
    actor: str
    style: str
    fire: bool
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class RoadBlocked:
    step: int
    zone: str
    blocked: bool


@dataclass(frozen=True, slots=True)
class HeatChanged:
    """Police interest in the player, 0..1, reported in steps of a tenth."""

    step: int
    heat: float


@dataclass(frozen=True, slots=True)
class DriftScored:
    """A drift combo ended and was banked."""

    step: int
    points: float
    combo: int
    total: float


@dataclass(frozen=True, slots=True)
class MissionOver:
    step: int
    won: bool
    reason: str


MissionEvent = (
    ObjectiveStarted
    | ObjectiveDone
    | ObjectiveFailed
    | ZoneVisited
    | Message
    | PhoneCall
    | MoneyEarned
    | VehicleSpawned
    | VehicleCrashed
    | RoadBlocked
    | HeatChanged
    | DriftScored
    | MissionOver
)


AnyEvent = Event | RaceEvent | MissionEvent
"""What a mission's drain returns: world, race and mission events, oldest first."""


class Outbox:
    """The one queue of a mission's events: parts post, the game drains."""

    def __init__(self) -> None:
        self._events: list[AnyEvent] = []

    def post(self, event: AnyEvent) -> None:
        self._events.append(event)

    def drain(self) -> list[AnyEvent]:
        """Every event posted since the last drain, oldest first."""
        out, self._events = self._events, []
        return out
