"""Objective kinds, named once, and one record per kind holding only that kind's fields.

Every other module (the trackers, the autopilot, the loader's schema, the
HUD) refers to :class:`ObjectiveKind` members or to these record classes, so
adding a kind means adding it here and giving it a tracker, and no list of
kind names elsewhere can fall out of step. The records are frozen values the
loader builds and the runner only reads; a record carries no field another
kind uses, so nothing is "ignored by other kinds".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class ObjectiveKind(StrEnum):
    """The closed vocabulary of objectives a mission file may use (the value is the file's word)."""

    RACE = "race"
    REACH = "reach"
    DELIVER = "deliver"
    PICKUP = "pickup"
    ESCAPE = "escape"
    TAIL = "tail"
    TAKEDOWN = "takedown"
    DRIFT = "drift"
    STOP_BEFORE_LINE = "stop_before_line"
    AVOID = "avoid"


OBJECTIVE_KINDS: tuple[ObjectiveKind, ...] = tuple(ObjectiveKind)
VisitKind = Literal[ObjectiveKind.REACH, ObjectiveKind.DELIVER, ObjectiveKind.PICKUP]
"""The three kinds that mean "visit these zones" (they differ only in wording and dwell time)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ObjectiveBase:
    """What every objective has: its id, the HUD's text, and optional time and damage limits."""

    id: str
    text: str
    time_limit_s: float | None = None
    damage_limit: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RaceObjective(ObjectiveBase):
    """Finish the mission's race in ``place`` or better (or reach one of ``zones`` on the last lap)."""

    kind: Literal[ObjectiveKind.RACE] = ObjectiveKind.RACE
    place: int = 1
    finish_lap: int = 0
    """Done when the player completes this lap (0: the race's last lap)."""
    zones: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class VisitObjective(ObjectiveBase):
    """``reach``, ``deliver`` or ``pickup``: visit ``zones`` (in order if ``ordered``), stopping
    for ``dwell_s`` in each."""

    kind: VisitKind = ObjectiveKind.REACH
    zones: tuple[str, ...] = ()
    ordered: bool = True
    dwell_s: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class EscapeObjective(ObjectiveBase):
    """Lose ``pursuers`` police cars (or reach one of ``zones``) without being boxed in."""

    kind: Literal[ObjectiveKind.ESCAPE] = ObjectiveKind.ESCAPE
    zones: tuple[str, ...] = ()
    pursuers: int = 2
    pursuer_vehicle: str = "police"
    pursuer_spawns: tuple[str, ...] = ()
    lose_m: float = 120.0
    heat_decay_s: float = 8.0


@dataclass(frozen=True, slots=True, kw_only=True)
class TailObjective(ObjectiveBase):
    """Follow ``target`` between ``min_m`` and ``max_m`` until it arrives, unseen."""

    kind: Literal[ObjectiveKind.TAIL] = ObjectiveKind.TAIL
    target: str = ""
    min_m: float = 15.0
    max_m: float = 80.0
    lose_s: float = 6.0
    spot_s: float = 2.0


@dataclass(frozen=True, slots=True, kw_only=True)
class TakedownObjective(ObjectiveBase):
    """Damage ``target`` by ``damage`` (0..1), wreck it, or corner it until it stops."""

    kind: Literal[ObjectiveKind.TAKEDOWN] = ObjectiveKind.TAKEDOWN
    target: str = ""
    damage: float = 0.5


@dataclass(frozen=True, slots=True, kw_only=True)
class DriftObjective(ObjectiveBase):
    """Score ``score`` drift points; a combo ends ``combo_s`` after the last slide."""

    kind: Literal[ObjectiveKind.DRIFT] = ObjectiveKind.DRIFT
    score: float = 0.0
    combo_s: float = 1.5


@dataclass(frozen=True, slots=True, kw_only=True)
class StopObjective(ObjectiveBase):
    """Stop with the nose within ``within_m`` of the finish line without crossing it."""

    kind: Literal[ObjectiveKind.STOP_BEFORE_LINE] = ObjectiveKind.STOP_BEFORE_LINE
    within_m: float = 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class AvoidObjective(ObjectiveBase):
    """Never touch ``target`` while the rest of the mission plays out (a standing objective)."""

    kind: Literal[ObjectiveKind.AVOID] = ObjectiveKind.AVOID
    target: str = ""


Objective = (
    RaceObjective
    | VisitObjective
    | EscapeObjective
    | TailObjective
    | TakedownObjective
    | DriftObjective
    | StopObjective
    | AvoidObjective
)
"""One step of a mission: a record of one kind, told apart by ``kind``."""

NEEDS_RACE: frozenset[ObjectiveKind] = frozenset({ObjectiveKind.RACE, ObjectiveKind.STOP_BEFORE_LINE})
"""Kinds that only make sense in a mission with a ``[race]`` (the loader checks it)."""
