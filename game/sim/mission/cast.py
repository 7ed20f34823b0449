"""The mission's other cars: putting them in the world and driving them, 30 times a second.

Each non-racing actor gets a :class:`~game.sim.mission.actors.Brain` (parked,
driving a route, chasing) and a path pilot; routes come from the map's road
graph with the roads the script has closed left out. Racing rivals are driven
by the race session and police in a pursuit by :mod:`game.sim.mission.pursuit`;
this module only keeps their brains, so a script can park or crash them.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.sim.ai.roads import RoadNetwork
from game.sim.controls import IDLE, Controls
from game.sim.mission import events as ev
from game.sim.mission.actors import DIRECT_M, REPLAN_S, Brain, chase_speed, controls_for, lead_point
from game.sim.mission.pilot import PathPilot
from game.sim.mission.routes import route
from game.sim.mission.spec import Actor, Place
from game.sim.mission.view import MissionView
from game.sim.rates import THINK_DT
from game.sim.track import Point
from game.sim.vehicle import VehicleSpec


class Cast:
    """Every scripted, parked, target and police car of one mission, and the roads they use."""

    def __init__(self, view: MissionView, specs: Mapping[str, VehicleSpec], outbox: ev.Outbox) -> None:
        self.view = view
        self.specs = specs
        self.outbox = outbox
        self.roads = RoadNetwork(view.track.road_graph)
        """The map's one road index (routes here, road blocks in the script, the police's patrols)."""
        self.blocked: list[int] = []
        """Road edges the script has closed, in edge order (part of the mission's state)."""
        self.brains: dict[int, Brain] = {}

    # -- putting cars in the world ------------------------------------------------------------

    def spawn(self, actor: Actor, at: Place | None) -> int:
        """``actor``'s vehicle (spawned at ``at``, else its own place, unless it is already there)."""
        view = self.view
        if actor.id in view.vehicles:
            return view.vehicles[actor.id]
        spec = self.specs[actor.vehicle]
        x, y, h = view.place(at or actor.at)
        session = view.session
        # In a race the session adds it, so the rivals' drivers allow for its width.
        if session is not None:
            index = session.add_obstacle(spec, x, y, h)
        else:
            index = view.world.add_vehicle(spec, x, y, h)
        view.vehicles[actor.id] = index
        brain = Brain(index, actor.id, PathPilot(spec, actor.speed_kmh / 3.6), cruise=actor.speed_kmh / 3.6)
        if actor.role == "parked":
            brain.park()
        self.brains[index] = brain
        view.refresh()
        self.outbox.post(ev.VehicleSpawned(view.world.step_count, index, actor.id))
        return index

    # -- orders -----------------------------------------------------------------------------

    def park(self, v: int) -> None:
        if v in self.brains:
            self.brains[v].park()

    def disable(self, v: int) -> None:
        if v in self.brains:
            self.brains[v].mode = "disabled"

    def route_done(self, actor: str) -> bool:
        brain = self.brains.get(self.view.vehicle_of(actor))
        return brain is not None and brain.route_done

    def send_on_route(self, actor: Actor | None) -> None:
        """Start an idle or parked actor on its own route (a tail's target, when the tail opens)."""
        v = self.view.vehicle_of(actor.id) if actor is not None else -1
        if actor is None or v < 0 or not actor.route:
            return
        brain = self.brains[v]
        if brain.mode in ("idle", "parked"):
            brain.drive(self.route_through(self.view.pos(v), actor.route), actor.speed_kmh / 3.6)

    def route_through(self, start: complex, zones: tuple[str, ...]) -> list[Point]:
        """A path from ``start`` through the centres of ``zones`` along open roads."""
        pts: list[Point] = [(start.real, start.imag)]
        for z in zones:
            if z not in self.view.zones:
                continue
            goal = self.view.zones[z].centre
            leg = route(self.roads, pts[-1], goal, self.blocked) if self.roads else None
            pts.extend((leg or [pts[-1], goal])[1:])
        return pts

    # -- driving ----------------------------------------------------------------------------

    def drive(self, out: dict[int, Controls]) -> None:
        """Add every brain's controls for the next tick to ``out`` (a wreck idles; police are skipped)."""
        view = self.view
        for v, brain in self.brains.items():
            if view.wrecked(v):
                out[v] = IDLE
                continue
            if brain.mode == "police":
                continue
            if brain.mode == "chase" and brain.target >= 0:
                self._replan_chase(brain)
            limit = None
            if brain.mode == "chase":
                limit = chase_speed(
                    abs(view.pos(brain.target) - view.pos(v)), brain.cruise, view.speed(brain.target)
                )
            out[v] = controls_for(
                brain, view.pos(v), view.heading(v), view.vel(v), view.yaw_rate(v), THINK_DT, limit
            )

    def _replan_chase(self, brain: Brain) -> None:
        view = self.view
        v, t = brain.vehicle, brain.target
        brain.replan_t -= THINK_DT
        me, there = view.pos(v), view.pos(t)
        if abs(there - me) < DIRECT_M and view.visible(v, t):
            goal = lead_point(there, view.vel(t), 0.5)
            brain.pilot.set_path([(me.real, me.imag), goal], stop_at_end=False, cruise=brain.cruise)
            brain.replan_t = 0.0
            return
        if brain.replan_t > 0.0 and brain.pilot.has_path:
            return
        brain.replan_t = REPLAN_S
        goal = lead_point(there, view.vel(t), 1.0)
        brain.pilot.set_path(self._path_to(me, goal), stop_at_end=False, cruise=brain.cruise)

    def _path_to(self, me: complex, goal: Point) -> list[Point]:
        """By road where there are roads, else along the racing line (forward, if it is shorter)."""
        start = (me.real, me.imag)
        if self.roads:
            path = route(self.roads, start, goal, self.blocked)
            if path:
                return path
        session = self.view.session
        if session is not None:
            line = session.line
            i = line.nearest(me)
            j = line.nearest(complex(*goal))
            n = len(line)
            count = (j - i) % n
            if count <= n // 2:
                idx = [(i + k) % n for k in range(count + 1)]
                return [start, *[(float(line.pts[k].real), float(line.pts[k].imag)) for k in idx], goal]
        return [start, goal]
