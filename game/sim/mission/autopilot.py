"""An AI player for a mission: drives whatever the open objective asks, as a player would.

Used by ``python -m game mission ID --headless --autopilot`` and the tests
that prove every mission can be won. It reads only what a player can see
(the map, the HUD's target, other cars) and returns ``Controls``, like a
keyboard would:

- races: the same racing-line driver the rivals use, for the player's car;
  on the run-in to a ``stop_before_line`` it caps its speed so it can stop
  with the nose just short of the line;
- zones (reach, deliver, pickup, escape to a zone): A* over the road graph
  to the next zone, re-planned when a road is blocked;
- escape without a zone: drive to the junction furthest from the police;
- tail: follow the target's road route, holding the middle of the band;
- takedown: straight at the target when it can see it, by road otherwise;
- drift: hold a circle with power-on oversteer and counter-steer.

It keeps its own seeded RNG, so it never draws from the world's.

By default it races at :data:`PILOT_SKILL`, near the limit and without
mistakes, which proves a mission can be won. ``skill`` and ``personality``
make it drive another way: :func:`human_autopilot` gives it the rivals
book's "normal" difficulty with that difficulty's mistakes (late braking,
a wide line) at the book's rate, for checking that a mission can be won by
a player of ordinary skill too. On the racing line the skill is the
rivals' own; on the roads (zones, tails, escapes) it scales the cruise
speed and the cornering by the shares it sits below :data:`PILOT_SKILL`.
"""

from __future__ import annotations

import math
import random

import numpy as np

from game.sim.ai.driver import AICar, RaceDrivers
from game.sim.ai.profile import Personality, RivalBook, Skill
from game.sim.controls import Controls
from game.sim.mission.objectives import (
    AvoidTracker,
    DriftTracker,
    EscapeTracker,
    RaceTracker,
    StopTracker,
    TailTracker,
    TakedownTracker,
    VisitTracker,
)
from game.sim.mission.pilot import PathPilot
from game.sim.mission.routes import route
from game.sim.mission.runner import MissionRunner
from game.sim.rates import THINK_DT, THINK_EVERY
from game.sim.track import Point

PILOT_SKILL = Skill(corner_grip=0.93, brake_grip=0.88, mistake_rate=0.0, reaction_s=0.18)
PILOT_PERSONALITY = Personality(0.6, 1.0, 0.8)
HUMAN_DIFFICULTY = "normal"
HUMAN_PERSONALITY = Personality(0.6, 0.5, 0.8)
"""Consistency 0.5: the book's ``mistake_rate`` is the chance of a mistake per corner, as written."""
PILOT_CRUISE_MS = 40.0
"""Fastest the autopilot drives on the roads (zones, tails, escapes)."""
PILOT_LATERAL_G = 0.82
"""Share of 1 g the autopilot corners at on the roads."""
DRIFT_RADIUS = 22.0
DRIFT_RUN_MS = 18.0
STOP_DECEL = 5.0
"""m/s²: the braking the autopilot plans for a precision stop."""
ON_THE_LINE = (RaceTracker, StopTracker, AvoidTracker, EscapeTracker)
"""In a race mission these objectives are driven on the racing line (an escape too: police on the circuit)."""


def human_skill(book: RivalBook) -> Skill:
    """The skill of a player of ordinary ability: the book's "normal" difficulty, mistakes and all."""
    return book.skill(HUMAN_DIFFICULTY)


def human_autopilot(runner: MissionRunner, book: RivalBook, seed: int = 0) -> Autopilot:
    """An autopilot that races like a human of normal skill (see the module docstring)."""
    return Autopilot(runner, seed, skill=human_skill(book), personality=HUMAN_PERSONALITY)


class Autopilot:
    """Controls for the player's car of one runner, one step at a time."""

    def __init__(
        self,
        runner: MissionRunner,
        seed: int = 0,
        skip: tuple[str, ...] = (),
        skill: Skill = PILOT_SKILL,
        personality: Personality = PILOT_PERSONALITY,
    ) -> None:
        self.runner = runner
        self.skill = skill
        self.personality = personality
        self.rt = runner.view
        self.cast = runner.cast
        self.rng = random.Random(seed ^ 0x5EED)
        self.skip = skip
        """Objective kinds to drive as if they were not there (failure-path tests)."""
        spec = runner.world.fleet.specs[0]
        self.spec = spec
        # On the roads too a less sure driver corners and cruises below the autopilot's own figures,
        # by the same shares its racing skill sits below PILOT_SKILL's (none at the default skill).
        cruise = PILOT_CRUISE_MS * (skill.throttle / PILOT_SKILL.throttle) ** (1.0 / 3.0)
        lateral = PILOT_LATERAL_G * (skill.corner_grip / PILOT_SKILL.corner_grip)
        self.pilot = PathPilot(spec, cruise, lateral_g=lateral)
        self._goal: tuple[str, object] = ("", None)
        self._replan = 0.0
        self._blocked: list[int] = []
        self._racer: RaceDrivers | None = None
        self._last = Controls()
        self._drift_phase = "run"
        self._drift_t = 0.0
        self._drift_centre: complex | None = None
        self._flee_to: Point | None = None

    def controls(self) -> Controls:
        """Call once per world step; thinks every 4th step and holds its controls between."""
        if self.runner.world.step_count % THINK_EVERY == 0:
            self._last = self._think()
        return self._last

    # -- thinking ---------------------------------------------------------------

    def _think(self) -> Controls:
        rt = self.rt
        t = self.runner.objective
        skipped = t is not None and t.o.kind in self.skip
        if rt.session is not None and (t is None or skipped or isinstance(t, ON_THE_LINE)):
            return self._race(stop=isinstance(t, StopTracker) and not skipped)
        if t is None:
            return Controls(brake=1.0) if rt.speed(0) > 0.5 else Controls(handbrake=True)
        if skipped:
            return Controls()
        if isinstance(t, VisitTracker):
            zone = t.next_zone()
            return self._to_zone(zone, stop=t.o.dwell_s > 0.0 or zone == t.o.zones[-1])
        if isinstance(t, EscapeTracker):
            if t.o.zones:
                return self._to_zone(t.o.zones[0], stop=False)
            return self._flee()
        if isinstance(t, TailTracker):
            return self._tail(t.o.target, (t.o.min_m + t.o.max_m) / 2.0)
        if isinstance(t, TakedownTracker):
            return self._ram(t.o.target)
        if isinstance(t, DriftTracker):
            return self._drift()
        return Controls()

    def _drive(self, limit: float | None = None, yield_to_traffic: bool = True) -> Controls:
        rt = self.rt
        if yield_to_traffic and self._conflict():
            limit = 0.0 if limit is None else min(limit, 0.0)
        return self.pilot.controls(rt.pos(0), rt.heading(0), rt.vel(0), rt.yaw_rate(0), THINK_DT, limit)

    def _conflict(self) -> bool:
        """Whether a moving car will pass within a car's width of us in the next 2 s (then wait)."""
        rt = self.rt
        me, mv = rt.pos(0), rt.vel(0)
        if abs(mv) < 1.0:
            ahead = complex(math.cos(rt.heading(0)), math.sin(rt.heading(0))) * 4.0
            mv = ahead
        for v in range(1, len(rt.world.bodies)):
            ov = rt.vel(v)
            if abs(ov) < 4.0 or rt.wrecked(v):
                continue
            rel_p = rt.pos(v) - me
            if abs(rel_p) > 70.0:
                continue
            rel_v = ov - mv
            vv = (rel_v * rel_v.conjugate()).real
            t = 0.0 if vv < 1e-6 else max(0.0, min(2.0, -(rel_p * rel_v.conjugate()).real / vv))
            meet = rel_p + rel_v * t
            facing = mv / abs(mv)
            # Brake only when we would meet it in front of us; if it would hit our side, keep going.
            if t > 0.0 and abs(meet) < 5.5 and (meet * facing.conjugate()).real > 1.5:
                return True
        return False

    def _plan(
        self,
        key: tuple[str, object],
        goal: Point,
        stop: bool,
        every: float = 6.0,
        avoid: list[int] | None = None,
    ) -> None:
        rt, cast = self.rt, self.cast
        self._replan -= THINK_DT
        if key == self._goal and self._blocked == cast.blocked and self._replan > 0.0:
            return
        self._goal = key
        self._blocked = list(cast.blocked)
        self._replan = every
        me = rt.pos(0)
        path = None
        if cast.roads:
            if avoid:
                path = route(cast.roads, (me.real, me.imag), goal, sorted(set(cast.blocked) | set(avoid)))
            path = path or route(cast.roads, (me.real, me.imag), goal, cast.blocked)
        self.pilot.set_path(path or [(me.real, me.imag), goal], stop_at_end=stop)

    def _to_zone(self, zone: str, stop: bool) -> Controls:
        rt = self.rt
        area = rt.zones.get(zone)
        if area is None:
            return Controls()
        self._plan(("zone", zone), area.centre, stop, every=8.0)
        return self._drive()

    def _flee(self) -> Controls:
        """Head for a junction far from the police, ahead of us, by roads none of them is on.

        The pick is kept until we get there or a police car is nearer to it than we are,
        so the car does not dither between two bolt-holes.
        """
        rt = self.rt
        nodes = rt.track.road_graph.nodes
        police = [
            rt.pos(v)
            for v, b in self.cast.brains.items()
            if b.mode in ("chase", "police") and not rt.wrecked(v)
        ]
        if not nodes or not police:
            return self._drive()
        me = rt.pos(0)
        keep = self._flee_to
        if keep is not None:
            k = complex(*keep)
            if abs(k - me) < 25.0 or any(abs(k - q) < abs(k - me) for q in police):
                keep = None
        if keep is None:
            facing = complex(math.cos(rt.heading(0)), math.sin(rt.heading(0)))
            best, best_score = nodes[0], -math.inf
            for n in nodes:
                p = complex(*n)
                d = abs(p - me)
                ahead = ((p - me) * facing.conjugate()).real / max(d, 1.0)
                score = min(abs(p - q) for q in police) - 0.3 * d + 60.0 * ahead
                if d > 30.0 and score > best_score:
                    best, best_score = n, score
            keep = best
            self._flee_to = keep
        avoid = sorted({e for q in police for e in self.cast.roads.edges_near((q.real, q.imag), 20.0)})
        self._plan(("flee", keep), keep, stop=False, every=3.0, avoid=avoid)
        return self._drive(yield_to_traffic=False)

    def _tail(self, actor: str, want: float) -> Controls:
        rt = self.rt
        v = rt.vehicle_of(actor)
        if v < 0:
            return Controls(handbrake=True)
        there = rt.pos(v)
        self._plan(("tail", actor), (there.real, there.imag), stop=True, every=1.0)
        gap = abs(there - rt.pos(0))
        limit = max(0.0, rt.speed(v) + 0.4 * (gap - want))
        if gap < want * 0.7:
            limit = 0.0
        return self._drive(limit)

    def _ram(self, actor: str) -> Controls:
        rt = self.rt
        v = rt.vehicle_of(actor)
        if v < 0:
            return Controls()
        me, there = rt.pos(0), rt.pos(v)
        if abs(there - me) < 50.0 and rt.visible(0, v):
            aim = there + rt.vel(v) * 0.3
            self.pilot.set_path([(me.real, me.imag), (aim.real, aim.imag)], stop_at_end=False)
            self._goal = ("ram", None)
            return self._drive(yield_to_traffic=False)
        self._plan(("ram-road", actor), (there.real, there.imag), stop=False, every=1.0)
        return self._drive(yield_to_traffic=False)

    def _drift(self) -> Controls:
        """Flick-and-catch round a circle: run up, handbrake flick, counter-steer the slide, repeat.

        The circle is clockwise about the zone nearest the car when the objective opened.
        """
        rt = self.rt
        me = rt.pos(0)
        if self._drift_centre is None:
            areas = sorted(rt.zones.values(), key=lambda z: abs(complex(*z.centre) - me))
            self._drift_centre = complex(*areas[0].centre) if areas else me + 20j
        centre = self._drift_centre
        v = rt.speed(0)
        h = rt.heading(0)
        self._drift_t += THINK_DT
        if self._drift_phase == "run":
            r = me - centre
            dist = max(abs(r), 1e-3)
            aim = centre + r / dist * DRIFT_RADIUS + r * 1j / dist * 12.0
            rel = (aim - me) * complex(math.cos(h), -math.sin(h))
            steer = max(-1.0, min(1.0, 2.0 * math.atan2(rel.imag, rel.real)))
            if v > DRIFT_RUN_MS and self._drift_t > 1.0:
                self._drift_phase, self._drift_t = "flick", 0.0
            return Controls(throttle=1.0 if v < DRIFT_RUN_MS + 2.0 else 0.3, steer=steer)
        if self._drift_phase == "flick":
            if self._drift_t > 0.35:
                self._drift_phase, self._drift_t = "catch", 0.0
            return Controls(throttle=0.5, steer=1.0, handbrake=True)
        slide = -rt.slip(0)
        if self._drift_t > 1.2 or abs(slide) < math.radians(8.0):
            self._drift_phase, self._drift_t = "run", 0.0
        return Controls(throttle=0.6, steer=max(-1.0, min(1.0, 0.3 - 1.5 * slide)))

    def _race(self, stop: bool) -> Controls:
        rt = self.rt
        session = rt.session
        assert session is not None
        n = len(rt.world.bodies)
        if self._racer is None:
            car = AICar(0, self.spec, self.skill, self.personality)
            self._racer = RaceDrivers(session.line, [car], np.zeros(n))
        racer = self._racer
        racer.half_widths = np.array([s.width_m / 2.0 for s in rt.world.fleet.specs])
        if not rt.session or not session.race.started(rt.time_s):
            return Controls(handbrake=True)
        c = racer.think(
            session.fleet, session.tracker, self.rng, rt.world.fleet.nitro_tank, rt.world.fleet.damage
        )[0]
        if not stop:
            return c
        along = rt.finish_distance(0)
        if not math.isfinite(along):
            return c  # not yet on the run-in to the line
        nose = rt.nose_to_finish(0)
        gap = (nose if along < 60.0 else along - self.spec.length_m / 2.0) - 0.45
        v = rt.speed(0)
        cap = math.sqrt(2.0 * STOP_DECEL * max(gap, 0.0))
        if gap < 40.0:
            cap = min(cap, max(0.6 * gap, 0.0))
        if gap <= 0.15 or (gap < 0.5 and v < 0.5):
            return Controls(handbrake=True, steer=c.steer)
        if v > cap:
            return Controls(brake=min(1.0, 0.35 + 0.5 * (v - cap)), steer=c.steer)
        return Controls(throttle=min(c.throttle, 0.25 + 0.1 * (cap - v)), steer=c.steer, nitrous=False)
