"""A mission file's shape: its tables and their keys, declared as :mod:`game.content.schema` models.

:class:`MissionFile` is the whole document; validating it finds every
problem in one pass (the parser words them), and :meth:`MissionFile.build`
turns a valid one into the sim's :class:`~game.sim.mission.spec.Mission`.
Objectives and events are tagged unions (:mod:`.objectives`, :mod:`.events`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, ValidationInfo, WrapValidator, field_validator, model_validator

from game.content import schema
from game.content.bounded import short, shown
from game.content.missions.events import AnyEvent
from game.content.missions.fields import (
    ActorId,
    At,
    AtPlace,
    Line,
    Name,
    Names,
    Placed,
    PlaceTable,
    Positive,
    Speaker,
    VehicleRef,
)
from game.content.missions.objectives import AnyObjective
from game.sim.ai.profile import DIFFICULTIES
from game.sim.mission import spec

Money = Annotated[int, schema.number(0, 1_000_000_000, whole=True)]


class Player(Placed):
    """``[player]``: who drives what, and where they start (``start``, or the place keys beside it)."""

    driver: Name
    vehicle: VehicleRef
    start: At | None = None

    def _spot(self) -> PlaceTable | None:
        return self.start

    def build(self) -> spec.PlayerSpec:
        return spec.PlayerSpec(self.driver, self.vehicle, self.place() or spec.Place(slot=0))


def _player_table(value: Any, handler: Any) -> Any:
    """A ``[player]`` that is not a table is as good as none."""
    if not isinstance(value, dict):
        phrase = "is missing; give the player's 'driver' and 'vehicle'"
        raise schema.fail(phrase, phrase)
    return handler(value)


class Race(schema.Model):
    laps: Annotated[int, schema.number(1, 20, whole=True)] = 1
    countdown_s: Annotated[float, schema.number(0.0, 10.0)] = 3.0


class Zone(schema.Model):
    """``[[zone]]``: a circle the mission adds to the map's triggers."""

    name: Name
    x: Annotated[float, schema.number()] = 0.0
    y: Annotated[float, schema.number()] = 0.0
    radius: Positive = 10.0

    def build(self) -> spec.Zone:
        return spec.Zone(self.name, self.x, self.y, self.radius)


class Actor(AtPlace):
    """``[[actor]]``: a vehicle of the mission other than the player's."""

    id: ActorId
    name: Name | None = None
    vehicle: VehicleRef
    role: Annotated[spec.ActorRole, schema.choice(*spec.ACTOR_ROLES)]
    difficulty: Annotated[str, schema.choice(*DIFFICULTIES)] = "normal"
    aggression: schema.Fraction = 0.5
    consistency: schema.Fraction = 0.7
    nitrous_use: schema.Fraction = 0.5
    spawn: schema.Flag = True
    route: Names = ()
    speed_kmh: Annotated[float, schema.number(5.0, 400.0)] = 60.0

    @model_validator(mode="after")
    def _rivals_race(self, info: ValidationInfo) -> Actor:
        context = info.context if isinstance(info.context, dict) else {}
        if self.role == "rival" and "laps" in context and context["laps"] is None:
            phrase = "is a rival, but the mission has no [race] table"
            raise schema.fail(phrase, phrase)
        return self

    def build(self) -> spec.Actor:
        return spec.Actor(
            id=self.id,
            name=self.name or self.id or "?",
            vehicle=self.vehicle,
            role=self.role,
            difficulty=self.difficulty,
            aggression=self.aggression,
            consistency=self.consistency,
            nitrous_use=self.nitrous_use,
            at=self.place() or spec.Place(),
            spawn=self.spawn,
            route=self.route,
            speed_kmh=self.speed_kmh,
        )


class Said(schema.Model):
    """One ``[[briefing]]``, ``[[debrief]]`` or ``[[failure]]`` line; no speaker for narration."""

    speaker: Speaker = ""
    text: Line

    def build(self) -> spec.Line:
        return spec.Line(self.speaker, self.text)


class Rewards(schema.Model):
    money: Money = 0
    to_debt: schema.Flag = False
    repair_cost: Money = 0
    cars: Names = ()
    tracks: Names = ()

    def build(self) -> spec.Rewards:
        return spec.Rewards(self.money, self.to_debt, self.repair_cost, self.cars, self.tracks)


class Medals(schema.Model):
    metric: Annotated[Literal["time", "score"], schema.choice("time", "score")] = "time"
    bronze: Positive = 0.0
    silver: Positive = 0.0
    gold: Positive = 0.0

    @model_validator(mode="after")
    def _in_order(self) -> Medals:
        b, s, g = self.bronze, self.silver, self.gold
        if self.metric == "time" and not g <= s <= b:
            phrase = f"times must get harder from bronze to gold (gold {g:g} <= silver {s:g} <= bronze {b:g})"
            raise schema.fail(phrase, phrase)
        if self.metric == "score" and not g >= s >= b:
            phrase = f"scores must rise from bronze to gold (bronze {b:g} <= silver {s:g} <= gold {g:g})"
            raise schema.fail(phrase, phrase)
        return self

    def build(self) -> spec.Medals:
        return spec.Medals(self.metric, self.bronze, self.silver, self.gold)


def _tables(key: str) -> WrapValidator:
    """``[[key]]`` tables: a list of tables, nothing else."""

    def check(value: Any, handler: Any) -> Any:
        if not isinstance(value, list):
            phrase = f"must be written as [[{key}]] tables, got {shown(value)}"
            raise schema.fail(phrase, phrase)
        return handler(value)

    return WrapValidator(check)


class MissionFile(schema.Model):
    """The whole mission file."""

    id: Name
    chapter: Annotated[int, schema.number(1, 99, whole=True)]
    title: Name
    place: Name
    map: Name
    """A bundled track id or a ``.tmx`` path relative to the mission file."""
    player: Annotated[Player, WrapValidator(_player_table)]
    race: Race | None = None
    zone: Annotated[list[Zone], _tables("zone")] = Field(default_factory=list)
    actor: Annotated[list[Actor], _tables("actor")] = Field(default_factory=list)
    objective: Annotated[list[AnyObjective], _tables("objective")]
    event: Annotated[list[AnyEvent], _tables("event")] = Field(default_factory=list)
    rewards: Rewards = Field(default_factory=Rewards)
    medals: Medals = Field(default_factory=Medals)
    briefing: Annotated[list[Said], _tables("briefing")] = Field(default_factory=list)
    debrief: Annotated[list[Said], _tables("debrief")] = Field(default_factory=list)
    failure: Annotated[list[Said], _tables("failure")] = Field(default_factory=list)
    time_limit_s: Positive | None = None
    damage_limit: Annotated[float, schema.number(0.0, 1.0)] | None = None

    @field_validator("id")
    @classmethod
    def _named_like_the_file(cls, value: str, info: ValidationInfo) -> str:
        stem = info.context.get("stem") if isinstance(info.context, dict) else None
        if stem is not None and value != stem:
            phrase = f"is '{short(value)}' but the file is named '{short(stem)}.toml'; make them match"
            raise schema.fail(phrase, phrase)
        return value

    def build(self, source: str) -> spec.Mission:
        race = spec.RaceSpec(self.race.laps, self.race.countdown_s) if self.race is not None else None
        return spec.Mission(
            id=self.id,
            chapter=self.chapter,
            title=self.title,
            place=self.place,
            map=self.map,
            player=self.player.build(),
            objectives=tuple(o.build() for o in self.objective),
            actors=tuple(a.build() for a in self.actor),
            events=tuple(e.build() for e in self.event),
            zones=tuple(z.build() for z in self.zone),
            race=race,
            rewards=self.rewards.build(),
            medals=self.medals.build(),
            briefing=tuple(x.build() for x in self.briefing),
            debrief=tuple(x.build() for x in self.debrief),
            failure=tuple(x.build() for x in self.failure),
            time_limit_s=self.time_limit_s,
            damage_limit=self.damage_limit,
            source=source,
        )
