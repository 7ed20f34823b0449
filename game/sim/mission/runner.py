"""The mission runner: a mission file's rules laid over a world (or a race session).

``MissionRunner(mission, track, specs, seed)`` builds the world, puts the
player, rivals and other actors in it, and then, every ``step(controls)``,
advances physics at 120 Hz while the rules (objectives, limits, scripted
events, the actors' driving) look every 4th step, like the race rules. It is
deterministic: one seeded ``world.rng`` is the only chance it uses (and it
uses none of its own), lists keep every order, no wall clock is read.

The story screens read ``over`` and ``outcome`` and drain ``drain_events()``,
which returns world, race and mission events in order.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from game.sim.ai.geometry import WallIndex
from game.sim.ai.police import Police, PoliceConfig
from game.sim.ai.profile import Personality, Skill
from game.sim.ai.roads import RoadNetwork
from game.sim.ai.sensing import read_fleet
from game.sim.controls import IDLE, Controls
from game.sim.events import WALL, Collision, Event
from game.sim.mission import events as ev
from game.sim.mission.actors import DIRECT_M, REPLAN_S, Brain, chase_speed, controls_for, lead_point
from game.sim.mission.objectives import DONE, DriftTracker, Tracker, tracker_for
from game.sim.mission.pilot import PathPilot
from game.sim.mission.routes import RoadMap
from game.sim.mission.spec import PLAYER, Action, Actor, Condition, EventSpec, Mission, Objective, Place
from game.sim.mission.zones import Area, areas
from game.sim.race import LapCompleted, RaceConfig, RaceEvent
from game.sim.race.rules import Race
from game.sim.session import Entrant, RaceSession
from game.sim.snapshot import WorldSnapshot
from game.sim.track import Point, Track
from game.sim.vehicle import VehicleSpec
from game.sim.world import DT, World

THINK_EVERY = 4
THINK_DT = THINK_EVERY * DT
PLAYER_VEHICLE = 0
POLICE_CRUISE = 30.0
"""m/s: how fast police drive a pursuit (a little below a sports car, so it can be lost)."""
POLICE_LATERAL_G = 0.58
"""Police corner with care (the player can lose them in the bends, as in the films)."""

AnyEvent = Event | RaceEvent | ev.MissionEvent


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a mission ended. ``time_s`` is mission time (race clock in a race, countdown excluded)."""

    won: bool
    reason: str
    """``completed`` for a win; else why: time_up, wrecked, busted, lost_race, crossed_line, spotted ..."""
    time_s: float
    objective: str
    """The objective that was open when it ended (empty for a win)."""
    score: float
    damage: float
    money: int
    """Net money: rewards and bonuses less any repair bill (0 for a failure)."""
    medal: str

    def as_json(self) -> dict[str, object]:
        return {
            "outcome": "won" if self.won else "failed",
            "reason": self.reason,
            "time_s": round(self.time_s, 3),
            "objective": self.objective,
            "score": round(self.score, 1),
            "damage": round(self.damage, 3),
            "money": self.money,
            "medal": self.medal,
        }


@dataclass(frozen=True, slots=True)
class Hud:
    """What the HUD shows about the mission right now."""

    objective: str
    kind: str
    time_left_s: float | None
    progress: dict[str, float]
    target_zone: str
    target_point: Point | None


class MissionRunner:
    """Plays one mission on one track; see the module docstring for the contract."""

    def __init__(
        self,
        mission: Mission,
        track: Track,
        specs: Mapping[str, VehicleSpec],
        seed: int = 0,
        skills: Mapping[str, Skill] | None = None,
    ) -> None:
        self.mission = mission
        self.track = track
        self.specs = specs
        self.skills = dict(skills or {})
        self.zones: dict[str, Area] = areas(track, mission.zones)
        self.roads = RoadMap(track.road_graph)
        self.walls = WallIndex(track)
        self.blocked: list[int] = []
        self.vehicles: dict[str, int] = {}
        self.brains: dict[int, Brain] = {}
        self.police: Police | None = None
        """The pursuit AI of escape objectives (ram, block, box in, lose sight), once spawned."""
        self.session: RaceSession | None = None
        player = specs[mission.player.vehicle]
        if mission.race is not None:
            rivals = [a for a in mission.actors if a.role == "rival"]
            entrants = [Entrant(mission.player.driver, player)]
            for a in rivals:
                entrants.append(
                    Entrant(
                        a.name,
                        specs[a.vehicle],
                        self._skill(a.difficulty),
                        Personality(a.aggression, a.consistency, a.nitrous_use),
                    )
                )
            config = RaceConfig(
                laps=mission.race.laps, countdown_s=mission.race.countdown_s, wreck_respawns=False
            )
            self.session = RaceSession(track, entrants, config, seed=seed)
            self.world = self.session.world
            self.vehicles[PLAYER] = 0
            for k, a in enumerate(rivals, start=1):
                self.vehicles[a.id] = k
            self.start_s = mission.race.countdown_s
        else:
            self.world = World(track, seed=seed)
            x, y, h = self.place(mission.player.start)
            self.world.add_vehicle(player, x, y, h)
            self.vehicles[PLAYER] = 0
            self.start_s = 0.0
        for a in mission.actors:
            if a.role != "rival" and a.spawn:
                self._spawn(a, None)
        self._events: list[AnyEvent] = []
        self._controls: dict[int, Controls] = {}
        self._state = self.world.vehicle_states.copy()
        self._touch: list[tuple[int, int]] = []
        self._wall: list[int] = []
        self.laps: dict[int, int] = {}
        self.fired: list[str] = []
        self._held: dict[str, float] = {}
        self.trackers: list[Tracker] = [tracker_for(o, i) for i, o in enumerate(mission.objectives)]
        self.current = -1
        self.standing: list[Tracker] = []
        self.done: list[str] = []
        self.money = 0
        self.outcome: Outcome | None = None
        self._advance()

    # -- building --------------------------------------------------------------

    def _skill(self, difficulty: str) -> Skill:
        return self.skills.get(difficulty, Skill())

    def place(self, place: Place) -> tuple[float, float, float]:
        """(x, y, heading in radians) of a place; unknown zones fall back to start slot 0."""
        heading = math.radians(place.heading_deg) if place.heading_deg is not None else None
        if place.zone and place.zone in self.zones:
            x, y = self.zones[place.zone].centre
            return x, y, heading if heading is not None else 0.0
        if place.slot >= 0 or not place.zone:
            slots = sorted(self.track.start_slots, key=lambda s: s.index)
            if place.slot >= 0 and place.slot < len(slots):
                s = slots[place.slot]
                return s.x, s.y, heading if heading is not None else s.heading
            if place.slot < 0 and (place.x or place.y):
                return place.x, place.y, heading or 0.0
            s = slots[0]
            return s.x, s.y, heading if heading is not None else s.heading
        return place.x, place.y, heading or 0.0

    def _spawn(self, actor: Actor, at: Place | None) -> int:
        if actor.id in self.vehicles:
            return self.vehicles[actor.id]
        spec = self.specs[actor.vehicle]
        x, y, h = self.place(at or actor.at)
        if self.session is not None:
            index = self.session.add_obstacle(spec, x, y, h)
        else:
            index = self.world.add_vehicle(spec, x, y, h)
        self.vehicles[actor.id] = index
        brain = Brain(index, actor.id, PathPilot(spec, actor.speed_kmh / 3.6), cruise=actor.speed_kmh / 3.6)
        if actor.role == "parked":
            brain.park()
        self.brains[index] = brain
        if hasattr(self, "_state"):
            self._state = self.world.vehicle_states.copy()
        self._emit(ev.VehicleSpawned(self.world.step_count, index, actor.id))
        return index

    # -- reading (used by trackers, the autopilot and the HUD) ---------------------------

    @property
    def time_s(self) -> float:
        return self.world.time_s

    @property
    def mission_time_s(self) -> float:
        """Time since the green light (race missions) or since the start."""
        return max(0.0, self.world.time_s - self.start_s)

    @property
    def over(self) -> bool:
        return self.outcome is not None

    def vehicle_of(self, actor: str) -> int:
        return self.vehicles.get(actor, -1)

    def pos(self, v: int) -> complex:
        r = self._state[v]
        return complex(r[0], r[1])

    def vel(self, v: int) -> complex:
        r = self._state[v]
        return complex(r[3], r[4])

    def heading(self, v: int) -> float:
        return float(self._state[v][2])

    def yaw_rate(self, v: int) -> float:
        return float(self._state[v][5])

    def speed(self, v: int) -> float:
        return abs(self.vel(v))

    def slip(self, v: int) -> float:
        """Angle between where the car points and where it goes (radians, 0 when slow)."""
        vel = self.vel(v)
        if abs(vel) < 2.0:
            return 0.0
        rel = vel * complex(math.cos(self.heading(v)), -math.sin(self.heading(v)))
        return math.atan2(rel.imag, abs(rel.real))

    def damage(self, v: int) -> float:
        return float(self.world.fleet.damage[v]) if 0 <= v < len(self.world.bodies) else 0.0

    def wrecked(self, v: int) -> bool:
        return bool(self.world.fleet.wrecked[v]) if 0 <= v < len(self.world.bodies) else False

    def in_zone(self, v: int, zone: str) -> bool:
        area = self.zones.get(zone)
        if area is None or v < 0:
            return False
        p = self.pos(v)
        return area.contains(p.real, p.imag)

    def visible(self, a: int, b: int) -> bool:
        """A clear line of sight between two vehicles (no wall between them)."""
        return not self.walls.blocked(self.pos(a), self.pos(b))

    def touched(self, a: int, b: int) -> bool:
        """Whether ``a`` and ``b`` hit each other since the last look."""
        return (min(a, b), max(a, b)) in self._touch

    def hit_wall(self, v: int) -> bool:
        return v in self._wall

    def race_rules(self) -> Race | None:
        return self.session.race if self.session is not None else None

    def route_done(self, actor: str) -> bool:
        v = self.vehicle_of(actor)
        brain = self.brains.get(v)
        return brain is not None and brain.route_done

    def nose_to_finish(self, v: int) -> float:
        """Metres from the car's nose to the finish line along the lap (negative once across)."""
        race = self.race_rules()
        if race is None:
            return math.inf
        a = complex(race.gate_a[-1])
        fwd = complex(race.gate_fwd[-1])
        facing = complex(math.cos(self.heading(v)), math.sin(self.heading(v)))
        nose = self.pos(v) + facing * self.world.fleet.specs[v].length_m / 2.0
        return -((nose - a) * fwd.conjugate()).real

    def finish_distance(self, v: int) -> float:
        """Distance along the racing line to the finish on ``v``'s final lap (inf otherwise)."""
        session = self.session
        if session is None or v >= len(session.race.cards):
            return math.inf
        race = session.race
        card = race.cards[v]
        # On the final lap, past half its gates (so a car just over the line is not "at the finish").
        if card.laps != race.config.laps - 1 or card.next_gate < race.n_gates // 2:
            return math.inf
        s = float(session.tracker.s[v]) % session.line.length
        return session.line.length - s

    @property
    def objective(self) -> Tracker | None:
        if 0 <= self.current < len(self.trackers):
            return self.trackers[self.current]
        return None

    def hud(self) -> Hud:
        t = self.objective
        if t is None:
            return Hud("", "", None, {}, "", None)
        zone = ""
        if hasattr(t, "next_zone"):
            zone = t.next_zone()
        elif t.o.kind == "escape" and t.o.zones:
            zone = t.o.zones[0]
        point = self.zones[zone].centre if zone in self.zones else None
        return Hud(t.o.text, t.o.kind, t.time_left(self), dict(t.progress), zone, point)

    def snapshot(self) -> WorldSnapshot:
        return self.world.snapshot()

    def drain_events(self) -> list[AnyEvent]:
        """World, race and mission events since the last drain, oldest first."""
        out, self._events = self._events, []
        return out

    def state_hash(self) -> str:
        h = hashlib.blake2b(digest_size=16)
        h.update((self.session.state_hash() if self.session else self.world.state_hash()).encode())
        h.update(f"{self.current}|{self.done}|{self.fired}|{self.money}|{self.blocked}".encode())
        return h.hexdigest()

    # -- asked of the runner by trackers --------------------------------------------------

    def _emit(self, e: AnyEvent) -> None:
        if hasattr(self, "_events"):
            self._events.append(e)

    def zone_visited(self, zone: str, done: int, total: int) -> None:
        self._emit(ev.ZoneVisited(self.world.step_count, zone, done, total))

    def heat_changed(self, heat: float) -> None:
        self._emit(ev.HeatChanged(self.world.step_count, round(heat, 1)))

    def drift_banked(self, points: float, combo: int, total: float) -> None:
        self._emit(ev.DriftScored(self.world.step_count, points, combo, total))

    def spawn_pursuers(self, o: Objective) -> list[int]:
        """Police (or henchmen) for an escape: spawned at its zones, else behind the player."""
        out: list[int] = []
        for k in range(o.pursuers):
            actor_id = f"{o.id}-pursuer-{k + 1}"
            if o.pursuer_spawns:
                zone = o.pursuer_spawns[k % len(o.pursuer_spawns)]
                at = Place(zone=zone)
            else:
                p = self.pos(0)
                h = self.heading(0)
                back = p - complex(math.cos(h), math.sin(h)) * (30.0 + 10.0 * k)
                back += complex(-math.sin(h), math.cos(h)) * (3.0 if k % 2 else -3.0)
                at = Place(x=back.real, y=back.imag, heading_deg=math.degrees(h))
            actor = Actor(actor_id, "Police", o.pursuer_vehicle, "police", at=at)
            v = self._spawn(actor, None)
            self.brains[v].mode = "police"  # driven by the pursuit AI, not by a route
            if self.police is None:
                config = PoliceConfig(pursuit_max_ms=POLICE_CRUISE, ram_heat=3)
                roads = RoadNetwork(self.track.road_graph)
                self.police = Police(WallIndex(self.track), roads, PLAYER_VEHICLE, config)
            self.police.add_unit(v, self.world.fleet.specs[v], self.pos(v), self.heading(v))
            out.append(v)
        return out

    def call_off(self, vehicles: list[int]) -> None:
        for v in vehicles:
            if v in self.brains:
                self.brains[v].park()
        if self.police is not None:
            self.police.units = [u for u in self.police.units if u.vehicle not in vehicles]

    def disable(self, v: int) -> None:
        if v in self.brains:
            self.brains[v].mode = "disabled"

    def send_on_route(self, actor: str) -> None:
        a = self.mission.actor(actor)
        v = self.vehicle_of(actor)
        if a is None or v < 0 or not a.route:
            return
        brain = self.brains[v]
        if brain.mode in ("idle", "parked"):
            brain.drive(self.route_through(self.pos(v), a.route), a.speed_kmh / 3.6)

    def route_through(self, start: complex, zones: tuple[str, ...]) -> list[Point]:
        """A path from ``start`` through the centres of ``zones`` along open roads."""
        pts: list[Point] = [(start.real, start.imag)]
        for z in zones:
            if z not in self.zones:
                continue
            goal = self.zones[z].centre
            leg = self.roads.route(pts[-1], goal, self.blocked) if self.roads else None
            pts.extend((leg or [pts[-1], goal])[1:])
        return pts

    # -- stepping --------------------------------------------------------------------------

    def step(self, controls: Controls | None = None) -> None:
        """One world step of 1/120 s with the player's ``controls``."""
        if self.outcome is not None:
            controls = Controls(brake=1.0) if self.speed(0) > 0.5 else Controls(handbrake=True)
        merged = dict(self._controls)
        merged[0] = controls or IDLE
        if self.session is not None:
            self.session.step(merged)
        else:
            self.world.step(merged)
        if self.world.step_count % THINK_EVERY == 0:
            self._think()

    def _think(self) -> None:
        world = self.world
        self._state = world.vehicle_states.copy()
        self._touch = []
        self._wall = []
        raw: list[Event | RaceEvent] = (
            self.session.drain_events() if self.session else list(world.drain_events())
        )
        for e in raw:
            if isinstance(e, Collision):
                if e.other == WALL:
                    if e.vehicle not in self._wall:
                        self._wall.append(e.vehicle)
                elif e.other >= 0:
                    pair = (min(e.vehicle, e.other), max(e.vehicle, e.other))
                    if pair not in self._touch:
                        self._touch.append(pair)
            elif isinstance(e, LapCompleted):
                self.laps[e.vehicle] = e.lap
            self._events.append(e)
        if self.outcome is None:
            self._rules()
        self._drive_actors()

    def _rules(self) -> None:
        dt = THINK_DT
        for t in self.standing:
            reason = t.update(self, dt)
            if reason is not None and reason != DONE:
                self._fail(t, reason)
                return
        cur = self.objective
        if cur is not None:
            t = cur
            reason = t.limits(self) or t.update(self, dt)
            if reason == DONE:
                self.done.append(t.o.id)
                self._emit(ev.ObjectiveDone(self.world.step_count, t.o.id, t.index))
                self._advance()
                if self.outcome is not None:
                    return
            elif reason is not None:
                self._fail(t, reason)
                return
        m = self.mission
        if self.wrecked(0):
            self._fail(self.objective, "wrecked")
            return
        if m.time_limit_s is not None and self.mission_time_s > m.time_limit_s:
            self._fail(self.objective, "time_up")
            return
        if m.damage_limit is not None and self.damage(0) > m.damage_limit:
            self._fail(self.objective, "damage_limit")
            return
        self._script()

    def _advance(self) -> None:
        """Open the next objective (standing ones start and the next after them opens too)."""
        while True:
            self.current += 1
            t = self.objective
            if t is None:
                self._win()
                return
            t.start(self)
            self._emit(
                ev.ObjectiveStarted(self.world.step_count, t.o.id, t.index, t.o.text, t.o.time_limit_s)
            )
            if not t.standing:
                return
            self.standing.append(t)

    def _score(self) -> float:
        return sum(t.score for t in self.trackers if isinstance(t, DriftTracker))

    def _win(self) -> None:
        r = self.mission.rewards
        bill = round(self.damage(0) * r.repair_cost)
        if r.money:
            self._emit(ev.MoneyEarned(self.world.step_count, r.money, "reward"))
            self.money += r.money
        if bill:
            self._emit(ev.MoneyEarned(self.world.step_count, -bill, "repairs"))
            self.money -= bill
        time_s = self.mission_time_s
        score = self._score()
        medal = self.mission.medals.award(time_s, score)
        self.outcome = Outcome(True, "completed", time_s, "", score, self.damage(0), self.money, medal)
        self._emit(ev.MissionOver(self.world.step_count, True, "completed"))

    def _fail(self, t: Tracker | None, reason: str) -> None:
        if t is not None:
            self._emit(ev.ObjectiveFailed(self.world.step_count, t.o.id, t.index, reason))
        self.outcome = Outcome(
            False, reason, self.mission_time_s, t.o.id if t else "", self._score(), self.damage(0), 0, ""
        )
        self._emit(ev.MissionOver(self.world.step_count, False, reason))

    # -- scripted events ---------------------------------------------------------------------

    def _holds(self, c: Condition) -> bool:
        v = self.vehicle_of(c.vehicle)
        if c.time_s is not None and self.mission_time_s < c.time_s:
            return False
        if c.after and c.after not in self.fired:
            return False
        if c.objective_done and c.objective_done not in self.done:
            return False
        if c.objective_active:
            t = self.objective
            active = [s.o.id for s in self.standing] + ([t.o.id] if t is not None else [])
            if c.objective_active not in active:
                return False
        if c.zone and not self.in_zone(v, c.zone):
            return False
        if c.lap and self.laps.get(v, 0) + 1 < c.lap:
            return False
        if c.finish_within_m is not None and not self.finish_distance(v) <= c.finish_within_m:
            return False
        return c.speed_over_kmh is None or (v >= 0 and self.speed(v) * 3.6 >= c.speed_over_kmh)

    def _script(self) -> None:
        for e in self.mission.events:
            if e.id in self.fired:
                continue
            if not self._holds(e.when):
                self._held.pop(e.id, None)
                continue
            since = self._held.setdefault(e.id, self.time_s)
            if self.time_s - since + 1e-9 < e.when.delay_s:
                continue
            self.fired.append(e.id)
            self._do(e)

    def _do(self, e: EventSpec) -> None:
        a: Action = e.action
        step = self.world.step_count
        actor = self.mission.actor(a.actor) if a.actor and a.actor != PLAYER else None
        v = self.vehicle_of(a.actor) if a.actor else -1
        if a.kind == "message":
            self._emit(ev.Message(step, a.speaker, a.text, a.duration_s))
        elif a.kind == "phone_call":
            self._emit(ev.PhoneCall(step, a.speaker, a.text, a.duration_s))
        elif a.kind == "money":
            self.money += a.amount
            self._emit(ev.MoneyEarned(step, a.amount, a.text or "bonus"))
        elif a.kind == "spawn" and actor is not None:
            self._spawn(actor, a.place)
        elif a.kind == "move" and v >= 0 and a.place is not None:
            x, y, h = self.place(a.place)
            self.world.place_vehicle(v, x, y, h)
        elif a.kind == "drive" and actor is not None:
            v = self._spawn(actor, a.place) if v < 0 else v
            speed = (a.speed_kmh or actor.speed_kmh) / 3.6
            self.brains[v].drive(self.route_through(self.pos(v), a.route or actor.route), speed)
        elif a.kind == "park" and v in self.brains:
            self.brains[v].park()
        elif a.kind in ("block_road", "clear_road") and a.zone in self.zones:
            area = self.zones[a.zone]
            edges = self.roads.edges_near(area.centre, max(area.size, 4.0)) if self.roads else []
            if a.kind == "block_road":
                self.blocked = sorted(set(self.blocked) | set(edges))
                if actor is not None:
                    at = a.place
                    if at is None or not (at.zone or at.slot >= 0 or at.x or at.y):
                        at = Place(zone=a.zone, heading_deg=at.heading_deg if at else None)
                    self._spawn(actor, at)
            else:
                self.blocked = [b for b in self.blocked if b not in edges]
            self._emit(ev.RoadBlocked(step, a.zone, a.kind == "block_road"))
        elif a.kind == "chase" and actor is not None:
            v = self._spawn(actor, a.place) if v < 0 else v
            target = self.vehicle_of(a.target or PLAYER)
            self.brains[v].chase(target, (a.speed_kmh or actor.speed_kmh) / 3.6)
        elif a.kind == "nitrous" and v >= 0:
            if self.session is not None and v not in self.brains:
                self.session.forced_nitrous[v] = self.time_s + a.duration_s
            elif v in self.brains:
                self.brains[v].nitrous_t = a.duration_s
        elif a.kind == "crash" and v >= 0:
            self.world.fleet.damage[v] = 1.0
            self.world.fleet.set_wrecked(v, True)
            if v in self.brains:
                self.brains[v].mode = "disabled"
            p = self.pos(v)
            self._emit(ev.VehicleCrashed(step, v, a.actor, a.style, a.fire, p.real, p.imag))

    # -- actors ----------------------------------------------------------------------------

    def _drive_actors(self) -> None:
        out: dict[int, Controls] = {}
        if self.police is not None and self.police.units:
            out.update(self.police.think(read_fleet(self.world), self.world.rng, self.world.step_count))
        for v, brain in self.brains.items():
            if self.wrecked(v):
                out[v] = IDLE
                continue
            if brain.mode == "police":
                continue
            if brain.mode == "chase" and brain.target >= 0:
                self._replan_chase(brain)
            limit = None
            if brain.mode == "chase":
                limit = chase_speed(
                    abs(self.pos(brain.target) - self.pos(v)), brain.cruise, self.speed(brain.target)
                )
            out[v] = controls_for(
                brain, self.pos(v), self.heading(v), self.vel(v), self.yaw_rate(v), THINK_DT, limit
            )
        self._controls = out

    def _replan_chase(self, brain: Brain) -> None:
        v, t = brain.vehicle, brain.target
        brain.replan_t -= THINK_DT
        me, there = self.pos(v), self.pos(t)
        close = abs(there - me) < DIRECT_M and self.visible(v, t)
        if close:
            goal = lead_point(there, self.vel(t), 0.5)
            brain.pilot.set_path([(me.real, me.imag), goal], stop_at_end=False, cruise=brain.cruise)
            brain.replan_t = 0.0
            return
        if brain.replan_t > 0.0 and brain.pilot.has_path:
            return
        brain.replan_t = REPLAN_S
        goal = lead_point(there, self.vel(t), 1.0)
        path = self._path_to(me, goal)
        brain.pilot.set_path(path, stop_at_end=False, cruise=brain.cruise)

    def _path_to(self, me: complex, goal: Point) -> list[Point]:
        start = (me.real, me.imag)
        if self.roads:
            path = self.roads.route(start, goal, self.blocked)
            if path:
                return path
        session = self.session
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


_ = np
