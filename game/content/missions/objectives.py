"""``[[objective]]`` tables: one model per kind, told apart by ``kind``, each declaring only its keys.

The kinds are the sim's :class:`~game.sim.mission.kinds.ObjectiveKind`; each
model's ``build`` makes the sim's record of that kind. Which keys a kind
takes, which it needs and what they default to is declared here and nowhere
else (a key of another kind is refused by the model, and the message says
which kinds it belongs to, read from these same declarations).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, ValidationInfo, WrapValidator, field_validator, model_validator

from game.content import schema
from game.content.bounded import shown
from game.content.missions.fields import (
    ActorRef,
    Line,
    Names,
    NonNegative,
    ObjectiveId,
    Positive,
    VehicleRef,
)
from game.sim.mission.kinds import (
    NEEDS_RACE,
    OBJECTIVE_KINDS,
    AvoidObjective,
    DriftObjective,
    EscapeObjective,
    Objective,
    ObjectiveKind,
    RaceObjective,
    StopObjective,
    TailObjective,
    TakedownObjective,
    VisitKind,
    VisitObjective,
)

K = ObjectiveKind
Whole = Annotated[int, schema.number(0, 20, whole=True)]


class _Objective(schema.Model):
    """What every kind has: id, the HUD's text, optional time and damage limits."""

    shape = "a table"
    kind: ObjectiveKind
    id: ObjectiveId
    text: Line
    time_limit_s: Positive | None = None
    damage_limit: Annotated[float, schema.number(0.0, 1.0)] | None = None

    def common(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "time_limit_s": self.time_limit_s,
            "damage_limit": self.damage_limit,
        }

    @model_validator(mode="after")
    def _race_kinds_need_a_race(self, info: ValidationInfo) -> _Objective:
        context = info.context if isinstance(info.context, dict) else {}
        if self.kind in NEEDS_RACE and "laps" in context and context["laps"] is None:
            phrase = f"a '{self.kind}' objective needs a [race] table (laps)"
            raise schema.fail(phrase, phrase)
        return self


class _Zoned(_Objective):
    zone: Names = ()
    zones: Names = ()

    def all_zones(self) -> tuple[str, ...]:
        """``zones`` then ``zone``, as the file lists them."""
        return self.zones + self.zone


class Race(_Zoned):
    kind: Literal[K.RACE]
    place: Annotated[int, schema.number(1, 16, whole=True)] = 1
    finish_lap: Whole = 0

    @field_validator("finish_lap")
    @classmethod
    def _within_the_race(cls, value: int, info: ValidationInfo) -> int:
        laps = info.context.get("laps") if isinstance(info.context, dict) else None
        if laps is not None and value > laps:
            phrase = f"is {value}, beyond the race's {laps} laps"
            raise schema.fail(phrase, phrase)
        return value

    def build(self) -> Objective:
        return RaceObjective(
            **self.common(), place=self.place, finish_lap=self.finish_lap, zones=self.all_zones()
        )


class _Visit(_Zoned):
    kind: VisitKind
    ordered: schema.Flag = True
    dwell_s: Annotated[float, schema.number(0.0, 30.0)] = 0.0

    @model_validator(mode="after")
    def _somewhere(self) -> _Visit:
        if not self.all_zones():
            phrase = f"a '{self.kind}' objective needs 'zone' or 'zones'"
            raise schema.fail(phrase, phrase)
        return self

    def build(self) -> Objective:
        return VisitObjective(
            **self.common(),
            kind=self.kind,
            zones=self.all_zones(),
            ordered=self.ordered,
            dwell_s=self.dwell_s,
        )


class Reach(_Visit):
    kind: Literal[K.REACH]


class Deliver(_Visit):
    kind: Literal[K.DELIVER]
    dwell_s: Annotated[float, schema.number(0.0, 30.0)] = 0.5
    """A delivery is a stop at the door."""


class Pickup(_Visit):
    kind: Literal[K.PICKUP]
    dwell_s: Annotated[float, schema.number(0.0, 30.0)] = 1.5
    """A pickup waits for the passenger to get in."""


class Escape(_Zoned):
    kind: Literal[K.ESCAPE]
    pursuers: Annotated[int, schema.number(0, 6, whole=True)] = 2
    pursuer_vehicle: VehicleRef = Field(default="police", validate_default=True)
    pursuer_spawns: Names = ()
    lose_m: Positive = 120.0
    heat_decay_s: Positive = 8.0

    def build(self) -> Objective:
        return EscapeObjective(
            **self.common(),
            zones=self.all_zones(),
            pursuers=self.pursuers,
            pursuer_vehicle=self.pursuer_vehicle,
            pursuer_spawns=self.pursuer_spawns,
            lose_m=self.lose_m,
            heat_decay_s=self.heat_decay_s,
        )


class Tail(_Objective):
    kind: Literal[K.TAIL]
    target: ActorRef
    min_m: Positive = 15.0
    max_m: Positive = 80.0
    lose_s: Positive = 6.0
    spot_s: Positive = 2.0

    @model_validator(mode="after")
    def _a_band(self) -> Tail:
        if self.min_m >= self.max_m:
            phrase = f"'min_m' ({self.min_m:g}) must be less than 'max_m' ({self.max_m:g})"
            raise schema.fail(phrase, phrase)
        return self

    def build(self) -> Objective:
        return TailObjective(
            **self.common(),
            target=self.target,
            min_m=self.min_m,
            max_m=self.max_m,
            lose_s=self.lose_s,
            spot_s=self.spot_s,
        )


class Takedown(_Objective):
    kind: Literal[K.TAKEDOWN]
    target: ActorRef
    damage: Annotated[float, schema.number(0.01, 1.0)] = 0.5

    def build(self) -> Objective:
        return TakedownObjective(**self.common(), target=self.target, damage=self.damage)


class Drift(_Objective):
    kind: Literal[K.DRIFT]
    score: NonNegative
    combo_s: Positive = 1.5

    def build(self) -> Objective:
        return DriftObjective(**self.common(), score=self.score, combo_s=self.combo_s)


class StopBeforeLine(_Objective):
    kind: Literal[K.STOP_BEFORE_LINE]
    within_m: Positive = 1.0

    def build(self) -> Objective:
        return StopObjective(**self.common(), within_m=self.within_m)


class Avoid(_Objective):
    kind: Literal[K.AVOID]
    target: ActorRef

    def build(self) -> Objective:
        return AvoidObjective(**self.common(), target=self.target)


COMMON = frozenset(_Objective.model_fields)
"""The keys every kind takes."""
MODELS: dict[ObjectiveKind, type[_Objective]] = {
    K.RACE: Race,
    K.REACH: Reach,
    K.DELIVER: Deliver,
    K.PICKUP: Pickup,
    K.ESCAPE: Escape,
    K.TAIL: Tail,
    K.TAKEDOWN: Takedown,
    K.DRIFT: Drift,
    K.STOP_BEFORE_LINE: StopBeforeLine,
    K.AVOID: Avoid,
}
"""The model of each kind (a test checks every kind has one)."""


def _known_kind(value: Any, handler: Any) -> Any:
    """A table with a known ``kind`` goes to its model; anything else is refused in the file's words."""
    if not isinstance(value, dict):
        raise schema.fail(f"must be a table, got {shown(value)}", f"is {shown(value)}, not a table")
    if "kind" not in value:
        raise schema.fail("is missing", "is missing", field="kind")
    if value["kind"] not in OBJECTIVE_KINDS:
        must = f"must be one of {', '.join(OBJECTIVE_KINDS)}, got {shown(value['kind'])}"
        raise schema.fail(must, f"is {shown(value['kind'])}, not an objective kind", field="kind")
    return handler(value)


AnyObjective = Annotated[
    Race | Reach | Deliver | Pickup | Escape | Tail | Takedown | Drift | StopBeforeLine | Avoid,
    Discriminator("kind"),
    WrapValidator(_known_kind),
]
"""One ``[[objective]]`` table, validated by the model of its kind."""
