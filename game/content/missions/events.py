"""``[[event]]`` tables: a ``when`` condition and one action, one model per ``do``, each with its keys.

The actions are the sim's :mod:`game.sim.mission.actions` records; each
model's ``build`` makes the record of its kind. The keys a kind takes and
needs are declared here only: a key of another kind is refused by the model,
and a key it needs is reported missing, both in the file's words.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, WrapValidator, model_validator

from game.content import schema
from game.content.bounded import shown
from game.content.missions.fields import (
    ActorRef,
    AtPlace,
    EventId,
    EventRef,
    Line,
    Name,
    Names,
    NonNegative,
    ObjectiveRef,
    Positive,
)
from game.sim.mission.actions import (
    ACTION_KINDS,
    Action,
    ActionKind,
    BlockRoad,
    ChaseTarget,
    ClearRoad,
    CrashActor,
    DriveRoute,
    FireNitrous,
    MoveActor,
    ParkActor,
    PayMoney,
    RingPhone,
    ShowMessage,
    SpawnActor,
)
from game.sim.mission.spec import PLAYER, Condition, EventSpec

A = ActionKind
MONEY = 1_000_000_000
"""The most a money event may give or take (the whole campaign pays out a few hundred thousand)."""
Speed = Annotated[float, schema.number(0.0, 400.0)]


class When(schema.Model):
    """``when = { ... }``: every clause given must hold (an empty table holds at once)."""

    shape = "a table like { time_s = 5 }"
    vehicle: ActorRef = PLAYER
    time_s: NonNegative | None = None
    zone: Name = ""
    after: EventRef = ""
    objective_done: ObjectiveRef = ""
    objective_active: ObjectiveRef = ""
    lap: Annotated[int, schema.number(0, 20, whole=True)] = 0
    finish_within_m: NonNegative | None = None
    speed_over_kmh: NonNegative | None = None
    delay_s: NonNegative = 0.0

    def build(self) -> Condition:
        return Condition(
            self.vehicle,
            self.time_s,
            self.zone,
            self.after,
            self.objective_done,
            self.objective_active,
            self.lap,
            self.finish_within_m,
            self.speed_over_kmh,
            self.delay_s,
        )


class _Event(schema.Model):
    """What every event has: its id and its condition."""

    do: ActionKind
    id: EventId
    when: When = Field(default_factory=When)

    def action(self) -> Action:
        raise NotImplementedError

    def build(self) -> EventSpec:
        return EventSpec(self.id, self.when.build(), self.action())


class _Placed(AtPlace, _Event):
    """Kinds that may say where their actor appears (``at`` and the place keys beside it)."""


class Message(_Event):
    do: Literal[A.MESSAGE]
    text: Line
    speaker: Name = ""
    duration_s: Positive = 4.0

    def action(self) -> Action:
        return ShowMessage(text=self.text, speaker=self.speaker, duration_s=self.duration_s)


class PhoneCall(_Event):
    do: Literal[A.PHONE_CALL]
    speaker: Name
    text: Line
    duration_s: Positive = 4.0

    def action(self) -> Action:
        return RingPhone(speaker=self.speaker, text=self.text, duration_s=self.duration_s)


class Spawn(_Placed):
    do: Literal[A.SPAWN]
    actor: ActorRef

    def action(self) -> Action:
        return SpawnActor(actor=self.actor, place=self.place())


class Move(_Placed):
    do: Literal[A.MOVE]
    actor: ActorRef

    @model_validator(mode="after")
    def _somewhere(self) -> Move:
        if self.place() is None:
            phrase = "a 'move' event needs 'at' (a zone or { x, y })"
            raise schema.fail(phrase, phrase)
        return self

    def action(self) -> Action:
        place = self.place()
        assert place is not None
        return MoveActor(actor=self.actor, place=place)


class Drive(_Placed):
    do: Literal[A.DRIVE]
    actor: ActorRef
    route: Names = ()
    speed_kmh: Speed = 0.0

    def action(self) -> Action:
        return DriveRoute(actor=self.actor, route=self.route, speed_kmh=self.speed_kmh, place=self.place())


class Park(_Event):
    do: Literal[A.PARK]
    actor: ActorRef

    def action(self) -> Action:
        return ParkActor(actor=self.actor)


class Block(_Placed):
    do: Literal[A.BLOCK_ROAD]
    zone: Name
    actor: ActorRef = ""

    def action(self) -> Action:
        return BlockRoad(zone=self.zone, actor=self.actor, place=self.place())


class Clear(_Event):
    do: Literal[A.CLEAR_ROAD]
    zone: Name

    def action(self) -> Action:
        return ClearRoad(zone=self.zone)


class Chase(_Placed):
    do: Literal[A.CHASE]
    actor: ActorRef
    target: ActorRef = ""
    speed_kmh: Speed = 0.0

    def action(self) -> Action:
        return ChaseTarget(actor=self.actor, target=self.target, speed_kmh=self.speed_kmh, place=self.place())


class Nitrous(_Event):
    do: Literal[A.NITROUS]
    actor: ActorRef
    duration_s: Positive = 4.0

    def action(self) -> Action:
        return FireNitrous(actor=self.actor, duration_s=self.duration_s)


class Crash(_Event):
    do: Literal[A.CRASH]
    actor: ActorRef
    style: Annotated[Literal["spin", "flip"], schema.choice("spin", "flip")] = "spin"
    fire: schema.Flag = False

    def action(self) -> Action:
        return CrashActor(actor=self.actor, style=self.style, fire=self.fire)


class Money(_Event):
    do: Literal[A.MONEY]
    amount: Annotated[int, schema.number(-MONEY, MONEY, whole=True)]
    text: Line = ""

    def action(self) -> Action:
        return PayMoney(amount=self.amount, text=self.text)


MODELS: dict[ActionKind, type[_Event]] = {
    A.MESSAGE: Message,
    A.PHONE_CALL: PhoneCall,
    A.SPAWN: Spawn,
    A.MOVE: Move,
    A.DRIVE: Drive,
    A.PARK: Park,
    A.BLOCK_ROAD: Block,
    A.CLEAR_ROAD: Clear,
    A.CHASE: Chase,
    A.NITROUS: Nitrous,
    A.CRASH: Crash,
    A.MONEY: Money,
}
"""The model of each action kind (a test checks every kind has one)."""
COMMON = frozenset({"id", "when", "do"})


def takes(model: type[schema.Model]) -> set[str]:
    """The keys an event of this kind takes besides ``id``, ``when`` and ``do``."""
    return set(model.model_fields) - COMMON


def _known_do(value: Any, handler: Any) -> Any:
    """A table with a known ``do`` goes to its model; anything else is refused in the file's words."""
    if not isinstance(value, dict):
        raise schema.fail(f"must be a table, got {shown(value)}", f"is {shown(value)}, not a table")
    if "do" not in value:
        raise schema.fail("is missing", "is missing", field="do")
    if value["do"] not in ACTION_KINDS:
        must = f"must be one of {', '.join(ACTION_KINDS)}, got {shown(value['do'])}"
        raise schema.fail(must, f"is {shown(value['do'])}, not an action", field="do")
    return handler(value)


AnyEvent = Annotated[
    Message | PhoneCall | Spawn | Move | Drive | Park | Block | Clear | Chase | Nitrous | Crash | Money,
    Discriminator("do"),
    WrapValidator(_known_do),
]
"""One ``[[event]]`` table, validated by the model of its ``do``."""
