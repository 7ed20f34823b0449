"""A mission as plain, validated data: what the runner turns into sim rules.

The loader (:mod:`game.content.missions`) builds these from a TOML file and
checks every value; the runner (:mod:`game.sim.mission.runner`) only reads
them. Keeping the data model in ``game.sim`` lets the runner and tests build
missions in code without touching the disk, and keeps the loader free of rules.

Nothing here is code from the data: objectives (:mod:`game.sim.mission.kinds`)
and actions (:mod:`game.sim.mission.actions`) are closed vocabularies of
frozen records, one per kind, so a mission file can only say *what* happens,
never run anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

from game.sim.mission.actions import ACTION_KINDS, Action, ActionKind
from game.sim.mission.kinds import OBJECTIVE_KINDS, Objective, ObjectiveKind
from game.sim.mission.zones import Place, Zone

__all__ = [
    "ACTION_KINDS",
    "ACTOR_ROLES",
    "OBJECTIVE_KINDS",
    "PLAYER",
    "Action",
    "ActionKind",
    "Actor",
    "ActorRole",
    "Condition",
    "EventSpec",
    "Line",
    "MedalMetric",
    "Medals",
    "Mission",
    "Objective",
    "ObjectiveKind",
    "Place",
    "PlayerSpec",
    "RaceSpec",
    "Rewards",
    "Zone",
]

ActorRole = Literal["rival", "parked", "scripted", "police", "target"]
ACTOR_ROLES: tuple[str, ...] = get_args(ActorRole)

MedalMetric = Literal["time", "score"]
PLAYER = "player"
"""The actor id every condition and action uses for the player's vehicle."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of briefing or debrief text, spoken by someone (or narration when empty)."""

    speaker: str
    text: str


@dataclass(frozen=True, slots=True)
class PlayerSpec:
    driver: str
    vehicle: str
    start: Place = field(default_factory=lambda: Place(slot=0))


@dataclass(frozen=True, slots=True)
class Actor:
    """A vehicle in the mission other than the player's.

    ``rival``: races on the grid (needs a ``race`` objective); ``parked``: a
    standing obstacle; ``scripted``: drives routes when an event says so;
    ``police``: pursues; ``target``: drives its ``route`` for ``tail`` and
    ``takedown``. ``spawn`` False means it only appears when an event spawns it.
    """

    id: str
    name: str
    vehicle: str
    role: ActorRole
    difficulty: str = "normal"
    aggression: float = 0.5
    consistency: float = 0.7
    nitrous_use: float = 0.5
    at: Place = field(default_factory=Place)
    spawn: bool = True
    route: tuple[str, ...] = ()
    speed_kmh: float = 60.0


@dataclass(frozen=True, slots=True)
class Condition:
    """When an event fires: every given clause must hold (an empty one holds at once).

    ``vehicle`` says whose zone, lap, distance or speed the clauses test.
    """

    vehicle: str = PLAYER
    time_s: float | None = None
    zone: str = ""
    after: str = ""
    """Another event's id that must have fired."""
    objective_done: str = ""
    objective_active: str = ""
    lap: int = 0
    finish_within_m: float | None = None
    """Distance along the racing line to the finish, on the vehicle's final lap."""
    speed_over_kmh: float | None = None
    delay_s: float = 0.0
    """Fire this long after the other clauses first all held."""


@dataclass(frozen=True, slots=True)
class EventSpec:
    id: str
    when: Condition
    action: Action


@dataclass(frozen=True, slots=True)
class RaceSpec:
    laps: int = 1
    countdown_s: float = 3.0


@dataclass(frozen=True, slots=True)
class Rewards:
    money: int = 0
    to_debt: bool = False
    """Chapter one: the prize goes straight to the garage's debt."""
    repair_cost: int = 0
    """Charged times the player's damage (0..1) at the end: a wrecked borrowed car costs."""
    cars: tuple[str, ...] = ()
    tracks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Medals:
    """Thresholds for a won mission: times (lower is better) or scores (higher is better)."""

    metric: MedalMetric = "time"
    bronze: float = 0.0
    silver: float = 0.0
    gold: float = 0.0

    def award(self, time_s: float, score: float) -> str:
        """``gold``/``silver``/``bronze`` or ``""`` for a win that beat none of them."""
        value = time_s if self.metric == "time" else score
        for name, limit in (("gold", self.gold), ("silver", self.silver), ("bronze", self.bronze)):
            if (value <= limit) if self.metric == "time" else (value >= limit):
                return name
        return ""


@dataclass(frozen=True, slots=True)
class Mission:
    id: str
    chapter: int
    title: str
    place: str
    map: str
    """A bundled track id or a ``.tmx`` path relative to the mission file."""
    player: PlayerSpec
    objectives: tuple[Objective, ...]
    actors: tuple[Actor, ...] = ()
    events: tuple[EventSpec, ...] = ()
    zones: tuple[Zone, ...] = ()
    race: RaceSpec | None = None
    rewards: Rewards = Rewards()
    medals: Medals = Medals()
    briefing: tuple[Line, ...] = ()
    debrief: tuple[Line, ...] = ()
    failure: tuple[Line, ...] = ()
    time_limit_s: float | None = None
    damage_limit: float | None = None
    source: str = ""
    """The file it came from (for messages); empty for missions built in code."""
    extra: dict[str, str] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None
