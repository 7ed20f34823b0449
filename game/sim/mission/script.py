"""Scripted events: when a condition holds (for its delay), do the action, once.

Each event fires at most once, in file order within a tick. Conditions are
conjunctions of clauses (:class:`~game.sim.mission.spec.Condition`); actions
are records of one kind each (:mod:`game.sim.mission.actions`), and
:data:`HANDLERS` has one function per record type, so a kind's behaviour is
in one place and a new kind without a handler fails a test, not a mission.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.sim.mission import events as ev
from game.sim.mission.actions import (
    Action,
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
from game.sim.mission.sequence import Sequence
from game.sim.mission.spec import PLAYER, Actor, Condition, EventSpec, Place
from game.sim.mission.stage import Stage


class Script:
    """The events of one mission and which of them have fired."""

    def __init__(self, events: tuple[EventSpec, ...]) -> None:
        self.events = events
        self.fired: list[str] = []
        """Ids of the events that fired, in order (part of the mission's state)."""
        self._held: dict[str, float] = {}
        """When each waiting event's condition first held (for ``delay_s``)."""

    def run(self, stage: Stage, sequence: Sequence) -> None:
        """Fire every event whose condition has held long enough."""
        now = stage.view.time_s
        for e in self.events:
            if e.id in self.fired:
                continue
            if not self.holds(e.when, stage, sequence):
                self._held.pop(e.id, None)
                continue
            since = self._held.setdefault(e.id, now)
            if now - since + 1e-9 < e.when.delay_s:
                continue
            self.fired.append(e.id)
            HANDLERS[type(e.action)](stage, e.action)

    def holds(self, c: Condition, stage: Stage, sequence: Sequence) -> bool:
        """Whether every clause of ``c`` holds now (an empty condition always does)."""
        view = stage.view
        v = view.vehicle_of(c.vehicle)
        if c.time_s is not None and view.mission_time_s < c.time_s:
            return False
        if c.after and c.after not in self.fired:
            return False
        if c.objective_done and c.objective_done not in sequence.done:
            return False
        if c.objective_active and c.objective_active not in sequence.active():
            return False
        if c.zone and not view.in_zone(v, c.zone):
            return False
        if c.lap and view.laps.get(v, 0) + 1 < c.lap:
            return False
        if c.finish_within_m is not None and not view.finish_distance(v) <= c.finish_within_m:
            return False
        return c.speed_over_kmh is None or (v >= 0 and view.speed(v) * 3.6 >= c.speed_over_kmh)


# -- one handler per action kind -------------------------------------------------------------


def _actor(stage: Stage, actor_id: str) -> Actor | None:
    """The actor an action names (None for the player, who is no actor, or for nobody)."""
    return stage.mission.actor(actor_id) if actor_id and actor_id != PLAYER else None


def _vehicle(stage: Stage, actor_id: str) -> int:
    return stage.view.vehicle_of(actor_id) if actor_id else -1


def _message(stage: Stage, a: ShowMessage) -> None:
    stage.post(ev.Message(stage.step, a.speaker, a.text, a.duration_s))


def _phone_call(stage: Stage, a: RingPhone) -> None:
    stage.post(ev.PhoneCall(stage.step, a.speaker, a.text, a.duration_s))


def _money(stage: Stage, a: PayMoney) -> None:
    stage.ledger.pay(stage.step, a.amount, a.text or "bonus")


def _spawn(stage: Stage, a: SpawnActor) -> None:
    actor = _actor(stage, a.actor)
    if actor is not None:
        stage.cast.spawn(actor, a.place)


def _move(stage: Stage, a: MoveActor) -> None:
    v = _vehicle(stage, a.actor)
    if v >= 0:
        x, y, h = stage.view.place(a.place)
        stage.view.world.place_vehicle(v, x, y, h)


def _drive(stage: Stage, a: DriveRoute) -> None:
    actor = _actor(stage, a.actor)
    if actor is None:
        return
    v = _vehicle(stage, a.actor)
    v = stage.cast.spawn(actor, a.place) if v < 0 else v
    speed = (a.speed_kmh or actor.speed_kmh) / 3.6
    route = stage.cast.route_through(stage.view.pos(v), a.route or actor.route)
    stage.cast.brains[v].drive(route, speed)


def _park(stage: Stage, a: ParkActor) -> None:
    stage.cast.park(_vehicle(stage, a.actor))


def _road_edges(stage: Stage, zone: str) -> list[int] | None:
    """The roads through ``zone`` (None when the zone is unknown: the action does nothing)."""
    area = stage.view.zones.get(zone)
    if area is None:
        return None
    roads = stage.cast.roads
    return roads.edges_near(area.centre, max(area.size, 4.0)) if roads else []


def _block_road(stage: Stage, a: BlockRoad) -> None:
    edges = _road_edges(stage, a.zone)
    if edges is None:
        return
    cast = stage.cast
    cast.blocked = sorted(set(cast.blocked) | set(edges))
    actor = _actor(stage, a.actor)
    if actor is not None:
        at = a.place
        if at is None or not (at.zone or at.slot >= 0 or at.x or at.y):
            at = Place(zone=a.zone, heading_deg=at.heading_deg if at else None)
        cast.spawn(actor, at)
    stage.post(ev.RoadBlocked(stage.step, a.zone, True))


def _clear_road(stage: Stage, a: ClearRoad) -> None:
    edges = _road_edges(stage, a.zone)
    if edges is None:
        return
    stage.cast.blocked = [b for b in stage.cast.blocked if b not in edges]
    stage.post(ev.RoadBlocked(stage.step, a.zone, False))


def _chase(stage: Stage, a: ChaseTarget) -> None:
    actor = _actor(stage, a.actor)
    if actor is None:
        return
    v = _vehicle(stage, a.actor)
    v = stage.cast.spawn(actor, a.place) if v < 0 else v
    target = stage.view.vehicle_of(a.target or PLAYER)
    stage.cast.brains[v].chase(target, (a.speed_kmh or actor.speed_kmh) / 3.6)


def _nitrous(stage: Stage, a: FireNitrous) -> None:
    """A rival's nitrous is forced through the race session; a scripted car's through its brain."""
    v = _vehicle(stage, a.actor)
    if v < 0:
        return
    brains = stage.cast.brains
    session = stage.view.session
    if session is not None and v not in brains:
        session.forced_nitrous[v] = stage.view.time_s + a.duration_s
    elif v in brains:
        brains[v].nitrous_t = a.duration_s


def _crash(stage: Stage, a: CrashActor) -> None:
    v = _vehicle(stage, a.actor)
    if v < 0:
        return
    fleet = stage.view.world.fleet
    fleet.damage[v] = 1.0
    fleet.set_wrecked(v, True)
    stage.cast.disable(v)
    p = stage.view.pos(v)
    stage.post(ev.VehicleCrashed(stage.step, v, a.actor, a.style, a.fire, p.real, p.imag))


HANDLERS: dict[type[Action], Callable[[Stage, Any], None]] = {
    ShowMessage: _message,
    RingPhone: _phone_call,
    SpawnActor: _spawn,
    MoveActor: _move,
    DriveRoute: _drive,
    ParkActor: _park,
    BlockRoad: _block_road,
    ClearRoad: _clear_road,
    ChaseTarget: _chase,
    FireNitrous: _nitrous,
    CrashActor: _crash,
    PayMoney: _money,
}
"""What each kind of action does (a test checks every record type has its handler)."""
