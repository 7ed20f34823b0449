"""Racing rivals: follow the line, plan speed, steer by pure pursuit, overtake, recover.

All rivals in a race are driven by one ``RaceDrivers`` object whose state is
arrays with a row per rival, so a tick of thinking for eight cars is a few
dozen numpy operations. It thinks at 30 Hz; the session holds the controls
in between.

Per tick and rival:

- **Speed**: the slowest planned speed over the next ``reaction_s`` seconds of
  line (the plan already contains the braking points), times a per-lap pace
  drawn from the rival's consistency.
- **Steering**: pure pursuit toward a point a speed-scaled distance ahead,
  displaced sideways by the rival's chosen offset; the circle through that
  point gives a curvature, the wheelbase turns it into a wheel angle and the
  speed-dependent lock into a steering input.
- **Attacking**: with a car within a second ahead, a plan 1% of lap quicker
  (the same share of lap in every car), and a wait after losing a place.
- **Traffic**: every vehicle ahead within a time horizon blocks a band of
  sideways offsets; the rival picks the free offset nearest its current one
  that the track has room for, or follows if none is free.
- **Mistakes**: before each corner, with a chance set by difficulty and
  consistency (and slightly less when running behind), brake late or run
  wide. Drawn from ``world.rng`` so a seed replays them exactly.
- **Recovery**: stopped while wanting to go means reverse with opposite lock
  for a moment, then rejoin the line.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from game.sim.ai.geometry import F64, B
from game.sim.ai.line import RacingLine
from game.sim.ai.pace import PaceCurve, PaceTable
from game.sim.ai.profile import Personality, Skill
from game.sim.ai.sensing import I64, FleetState, LineTracker
from game.sim.ai.speed import plan_lap_s, speed_plan
from game.sim.controls import Controls
from game.sim.dynamics import steering_locks
from game.sim.tyres import DAMAGE_STEER_LOSS
from game.sim.vehicle import VehicleSpec

THINK_HZ = 30.0
LIMIT_SKILL = Skill(corner_grip=1.0, brake_grip=1.0, mistake_rate=0.0, reaction_s=0.05, throttle=1.0)
"""The car's own limits, with nothing held back: the plan no driver may exceed."""
_OFFSETS = np.arange(-7.5, 7.51, 0.75)
_LINE_PULL = 0.15 * np.abs(_OFFSETS)
"""A small preference for the racing line itself among free offsets."""
_SPEED_WINDOW = 16
_WINDOW_STEPS = np.arange(_SPEED_WINDOW)
_PARKED = Controls(handbrake=True)
_REVERSE_LEFT = Controls(brake=1.0, steer=-1.0)
_REVERSE_RIGHT = Controls(brake=1.0, steer=1.0)
LATERAL_RATE = 3.5
"""m/s: how fast a rival shifts sideways to take a new offset."""
STOPPED_MS = 2.0
"""A car slower than this (m/s) is stopped in the road: a wreck, a spin, a player who waits."""
STOPPED_LOOK_M = 40.0
"""How far ahead along the line a stopped car is always steered round."""
STOPPED_AFTER_S = 5.0
"""From this long after the green light: before it, the field is still getting away."""
STUCK_S = 1.0
REVERSE_S = 1.4
YAW_GAIN = 0.25
"""Radians of wheel angle per rad/s of yaw-rate error: the rivals' stability control."""
PASS_PULL = 1.5
"""Cost (m of sideways travel) an aggression-1 rival will pay to be 3 m inside for the next corner."""
DEFEND_GAP_M = 12.0
"""A car closing within this distance behind makes a rival cover the inside."""
DEFEND_OFFSET_M = 2.0
"""How far inside of its line an aggression-1 rival covers."""
PRESSURE_GAP_M = 15.0
"""A car within this distance behind puts a rival under pressure."""
PRESSURE_MISTAKES = 1.0
"""Under pressure a rival's chance of a mistake at each corner grows by this share."""
ATTACK_GAP_S = 1.0
"""A car within this many seconds ahead (at the attacker's speed, 10 m/s at least) is one to attack."""
ATTACK_GAIN = 0.01
"""Share of its lap time a rival finds while attacking: the same share in every car."""
ATTACK_COOLDOWN_S = 12.0
"""After losing a place a rival regroups this long before it attacks again (no ping-pong)."""
OVERSTEER_SLIP = math.radians(12.0)
"""Body slip past which a rival treats the car as sliding: off the power, gentle on the brakes."""
FEATHER_SLIP = math.radians(4.0)
FEATHER_SPAN = math.radians(6.0)
"""Past ``FEATHER_SLIP`` of body slip a driver feathers the throttle, to 0.3 at ``FEATHER_SPAN`` more.

Out of a slow bend at full throttle a car without traction control spins its
rear wheels and steps out; a driver eases off as it starts, not once it has
gone (``OVERSTEER_SLIP``). Traction-controlled cars rarely get here.
"""


@dataclass(frozen=True, slots=True)
class AICar:
    """One rival: which vehicle it drives, in what car, how well and how."""

    vehicle: int
    spec: VehicleSpec
    skill: Skill
    personality: Personality


def _corner_ids(plan: F64) -> F64:
    """For each point, the index of the next corner apex (a local minimum of the plan)."""
    n = len(plan)
    slow = plan < 0.9 * float(np.max(plan))
    apex = slow & (plan <= np.roll(plan, 1)) & (plan <= np.roll(plan, -1))
    out = np.zeros(n)
    apexes = np.flatnonzero(apex)
    if not len(apexes):
        return out
    for k in range(n):
        j = int(np.searchsorted(apexes, k))
        out[k] = apexes[j % len(apexes)]
    return out


BALANCE_RANGE = (0.75, 1.25)
"""The furthest balancing scales a rival's plan either way."""


def balanced_throttle(throttle: float, factor: float) -> float:
    """The throttle a driver uses in a car balanced by ``factor``: more in a slower car, never over 1.

    Top speed goes with the cube root of the power, so a car lifted by
    ``factor`` is given ``factor³`` more of its throttle (up to full): its
    plan alone cannot make it quicker on a straight its driver never floors.
    """
    return min(1.0, throttle * max(factor, 1.0) ** 3)


def balance_of_performance(
    line: RacingLine,
    cars: Sequence[AICar],
    plans: F64,
    limits: F64,
    reference: VehicleSpec,
    pace: PaceTable | None = None,
) -> F64:
    """Each car's plan factor that makes its lap of ``line`` the ``reference`` car's with the same driver.

    Lap times are the plans' flat-out estimates (:func:`speed.plan_lap_s`,
    at the driver's throttle), so the factor knows the circuit: a car whose
    power counts on long straights is held back more on a fast track than
    on a twisty one. Where ``pace`` holds both cars, each estimate is
    corrected by how far that car really drives from it (:mod:`.pace`).
    The factor is found by bisection on the plan as driven,
    ``min(factor · plan, limit)``: a quicker car gets under 1, a slower one
    over 1 as far as its own limits allow and no further, with the throttle
    to match (:func:`balanced_throttle`).
    """
    out = np.ones(len(cars))
    goals: dict[Skill, float] = {}
    ref_curve = None if pace is None else pace.get(reference.id)
    for k, car in enumerate(cars):
        if car.spec == reference:
            continue
        curve = None if pace is None or ref_curve is None else pace.get(car.spec.id)
        throttle = car.skill.throttle
        if car.skill not in goals:
            goals[car.skill] = plan_lap_s(line, reference, speed_plan(line, reference, car.skill), throttle)
        goal = goals[car.skill]
        if curve is not None and ref_curve is not None:
            goal *= ref_curve.ratio(1.0)

        def lap(f: float, k: int = k, car: AICar = car, curve: PaceCurve | None = curve) -> float:
            return _lap_at(line, car, plans[k], limits[k], f, curve)

        out[k] = _factor_for(lap, goal, BALANCE_RANGE, 14)
    return out


ATTACK_RANGE = (1.0, 1.25)
"""The furthest an attacking rival scales its plan up."""


def attack_factors(
    line: RacingLine,
    cars: Sequence[AICar],
    plans: F64,
    limits: F64,
    factors: F64,
    pace: PaceTable | None = None,
    gain: float = ATTACK_GAIN,
) -> F64:
    """Each car's plan multiplier that makes its lap ``gain`` quicker than at its ``factors``.

    An attacking driver pushes past its usual margin. The push is set as lap
    time, not as speed, and is found by bisection like the balance, because
    a per cent of plan buys each car a different share of lap: on Harbour a
    Subaru needs +1.3% for 1% of lap, a BMW +2.0%. Where the circuit's
    ``pace`` table has the car, its real lap is what is matched.
    """
    out = np.ones(len(cars))
    for k, car in enumerate(cars):
        curve = None if pace is None else pace.get(car.spec.id)
        base = float(factors[k])

        def lap(
            m: float, k: int = k, car: AICar = car, curve: PaceCurve | None = curve, base: float = base
        ) -> float:
            return _lap_at(line, car, plans[k], limits[k], base * m, curve)

        out[k] = _factor_for(lap, lap(1.0) * (1.0 - gain), ATTACK_RANGE, 12)
    return out


def _lap_at(
    line: RacingLine, car: AICar, plan: F64, limit: F64, factor: float, curve: PaceCurve | None
) -> float:
    """``car``'s lap on ``plan`` scaled by ``factor`` (within ``limit``), corrected by its pace ``curve``."""
    scaled = np.minimum(plan * factor, limit)
    estimate = plan_lap_s(line, car.spec, scaled, balanced_throttle(car.skill.throttle, factor))
    return estimate if curve is None else estimate * curve.ratio(factor)


def _factor_for(lap: Callable[[float], float], goal: float, bounds: tuple[float, float], steps: int) -> float:
    """By bisection, the factor within ``bounds`` at which ``lap`` (falling as it rises) meets ``goal``."""
    lo, hi = bounds
    for _ in range(steps):
        mid = 0.5 * (lo + hi)
        if lap(mid) > goal:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


class RaceDrivers:
    """The computer drivers of one race, thinking together."""

    def __init__(
        self,
        line: RacingLine,
        cars: Sequence[AICar],
        half_widths: F64,
        catch_up: Sequence[float] | None = None,
        balance_to: VehicleSpec | None = None,
        pace: PaceTable | None = None,
    ) -> None:
        """``catch_up`` is each rival's share of pace gained when last and given up when leading.

        With ``balance_to`` every rival's plan is scaled so that its car
        laps this line as that car would (:func:`balance_of_performance`,
        calibrated by the circuit's ``pace`` table where it has one).
        """
        self.line = line
        self.cars = tuple(cars)
        m = len(self.cars)
        self.vehicle = np.array([c.vehicle for c in cars], dtype=np.intp)
        # What each car can do at all, whoever drives it: catch-up never plans past it.
        limits = [speed_plan(line, c.spec, LIMIT_SKILL) for c in cars]
        limit = np.array(limits).reshape(m, len(line))
        self._skill_plan = np.array([speed_plan(line, c.spec, c.skill) for c in cars]).reshape(m, len(line))
        self._limit = limit
        self.balance = np.ones(m)
        self.throttle_cap = np.array([c.skill.throttle for c in cars])
        self._pace = pace
        self.attack_gain = ATTACK_GAIN
        self.attack_push = np.zeros(m)
        self.attack_throttle = self.throttle_cap.copy()
        factors = np.ones(m)
        if balance_to is not None:
            factors = balance_of_performance(line, self.cars, self._skill_plan, limit, balance_to, pace)
        self.set_balance(factors)
        self.limit_ext = np.concatenate([limit, limit[:, : _SPEED_WINDOW + 40]], axis=1)
        self.catch_up = np.zeros(m) if catch_up is None else np.asarray(catch_up, dtype=np.float64)
        self.pedal_decel = np.array([c.spec.brake_force_n / c.spec.mass_kg for c in cars])
        self._normal = line.normal
        self._rows = np.arange(m)
        self._not_me = np.zeros((0, 0), dtype=bool)
        self.half_widths = half_widths
        self.wheelbase = np.array([c.spec.wheelbase_m for c in cars])
        self.lock = np.radians([c.spec.max_steer_deg for c in cars])
        self.steer_speed = np.array([c.spec.steer_speed_ms for c in cars])
        self.reaction = np.array([c.skill.reaction_s for c in cars])
        self.aggression = np.array([c.personality.aggression for c in cars])
        self.nitrous_use = np.array([c.personality.nitrous_use for c in cars])
        self.has_nitrous = np.array([c.spec.nitrous_s > 0 for c in cars], dtype=bool)
        self.wants_nitrous = self.has_nitrous & (self.nitrous_use > 0.0)
        self.any_nitrous = bool(self.wants_nitrous.any())
        self.mistake_p = np.array([c.skill.mistake_rate * (1.5 - c.personality.consistency) for c in cars])
        self.pace_spread = np.array([0.05 * (1.0 - c.personality.consistency) for c in cars])
        self.gap = 0.7 + 0.9 * (1.0 - self.aggression)
        self.horizon_s = 1.6 + 0.8 * self.aggression
        # mutable state, one entry per rival
        self.offset = np.zeros(m)
        self.pace = np.ones(m)
        self.late_pts = np.zeros(m, dtype=np.intp)
        self.wide_m = np.zeros(m)
        self.last_corner = np.full(m, -1.0)
        self.last_idx = np.full(m, -1, dtype=np.intp)
        self.stuck_t = np.zeros(m)
        self.reverse_t = np.zeros(m)
        self.last_controls: list[Controls] = [Controls() for _ in cars]
        self.nitrous_on = np.zeros(m, dtype=bool)
        self.attack_wait = np.zeros(m)
        self.racing_s = 0.0
        """Seconds of racing thought so far (``think`` runs from the green light)."""
        self._last_rank: F64 | None = None

    def _set_plans(self, plan: F64) -> None:
        """Take ``plan`` (one speed plan per car) and what the driving reads from it."""
        self.plan = plan
        # The plan with its start repeated at the end, so a window read needs no modulo.
        self.plan_ext = np.concatenate([plan, plan[:, : _SPEED_WINDOW + 40]], axis=1)
        # The deceleration the plan asks for at each point (m/s^2), and what a
        # full pedal gives: braking is fed forward from the plan, so a rival
        # follows a braking zone instead of trailing it by the error a
        # proportional controller needs before it presses hard enough.
        nxt = np.roll(plan, -1, axis=1)
        decel = np.maximum(plan**2 - nxt**2, 0.0) / (2.0 * self.line.spacing)
        self.decel_ext = np.concatenate([decel, decel[:, : _SPEED_WINDOW + 40]], axis=1)
        self.corner = np.array([_corner_ids(p) for p in plan]).reshape(plan.shape)

    def set_balance(self, factors: Sequence[float] | F64) -> None:
        """Drive each rival to its skill's plan scaled by its factor, within its car's limits.

        :func:`balance_of_performance` chooses the factors for a race; the
        pace tables' tool (``game.tools.author_pace``) sets them by hand.
        """
        self.balance = np.asarray(factors, dtype=np.float64).copy()
        self._set_plans(np.minimum(self._skill_plan * self.balance[:, None], self._limit))
        self.throttle_cap = np.array(
            [balanced_throttle(c.skill.throttle, f) for c, f in zip(self.cars, self.balance, strict=True)]
        )
        self.set_attack(self.attack_gain)

    def use_plan(self, k: int, plan: F64) -> None:
        """Drive rival ``k`` to ``plan`` (a speed per line point) instead of the one its skill gives.

        For the author lap, whose corner speeds are tuned on the physics
        (``game.tools.author_lap``); a race's rivals always drive their skill's plan.
        """
        plans = self.plan.copy()
        plans[k] = np.asarray(plan, dtype=np.float64)
        self._set_plans(plans)

    def think(
        self,
        fleet: FleetState,
        tracker: LineTracker,
        rng: random.Random,
        nitro_tank: F64,
        damage: F64,
        rank: F64 | None = None,
        active: Sequence[bool] | None = None,
    ) -> list[Controls]:
        """Controls for every rival for the next 1/30 s.

        ``rank`` (0 = leading, 1 = last) eases mistakes for rivals running
        behind, mildly; ``active`` marks which rivals are racing (others get
        idle controls with the handbrake on).
        """
        line = self.line
        n_pts = len(line)
        dt = 1.0 / THINK_HZ
        me = self.vehicle
        m = len(me)
        if m == 0:
            return []
        idx_all = tracker.idx
        s_all = tracker.s
        lat_all = tracker.lateral
        idx = idx_all[me]
        p = fleet.pos[me]
        vel = fleet.vel[me]
        v = np.abs(vel)
        heading = fleet.heading[me]
        facing = np.cos(heading) + 1j * np.sin(heading)
        lat_me = lat_all[me]
        half_w = self.half_widths[me]

        ds = (s_all[None, :] - s_all[me][:, None] + line.length / 2) % line.length - line.length / 2
        self._not_me_for(ds)
        # A car this close behind is pressure: looking in the mirrors, a driver errs more often.
        pressed = np.asarray(((ds < -1.0) & (ds > -PRESSURE_GAP_M) & self._not_me).any(axis=1), dtype=bool)
        attack = self._attackers(ds, v, rank, dt)
        self._mistakes(idx, rng, rank, pressed)

        # -- traffic: which sideways offsets are free ---------------------
        v_along_all = (fleet.vel * np.conj(line.tangent[idx_all])).real
        closing = v[:, None] - v_along_all[None, :]
        # A car stopped in the road ahead stays in view however slowly we close on
        # it: judged by closing speed alone it dropped out once we had slowed for
        # it, the chosen way round was given up, and we sat behind it for good.
        # (Not off the line, where the whole grid is stopped for a moment.)
        self.racing_s += dt
        stopped_ahead = (
            (np.abs(fleet.vel) < STOPPED_MS)[None, :] & (ds < STOPPED_LOOK_M)
            if self.racing_s > STOPPED_AFTER_S
            else np.zeros_like(self._not_me)
        )
        relevant = (
            (ds > -5.5)
            & (((ds - 6.0) < np.maximum(closing, 0.5) * self.horizon_s[:, None]) | stopped_ahead)
            & self._not_me
            & (np.abs(lat_all) < 20.0)[None, :]
        )
        look_room = (idx + 4) % n_pts
        kappa_room = line.curvature[look_room]
        bend = np.minimum(np.abs(kappa_room) * 180.0, 1.2)
        follow = np.full(m, np.inf)
        inside = self._inside_of_next_corner(idx)
        # Defending: with a car close behind and closing, cover the inside of
        # the next corner, and hold it there (one move, no weaving).
        defend = ((ds < -1.0) & (ds > -DEFEND_GAP_M) & (closing < 0.0) & self._not_me).any(axis=1)
        if defend.any():
            cover = inside * DEFEND_OFFSET_M * self.aggression
            room_lo = -line.left[look_room] + half_w + 0.8
            room_hi = line.right[look_room] - half_w - 0.8
            cover = np.minimum(np.maximum(cover, room_lo), room_hi)
        else:
            cover = np.zeros(m)
        if relevant.any():
            clearance = half_w[:, None] + self.half_widths[None, :] + self.gap[:, None]
            # Keep off the walls, and further off the outside of a bend, where cars run wide.
            right_bend = kappa_room > 0
            lo = -line.left[look_room] + half_w + 0.8 + np.where(right_bend, bend, 0.0)
            hi = line.right[look_room] - half_w - 0.8 - np.where(right_bend, 0.0, bend)
            gap_to = np.abs(_OFFSETS[None, None, :] - lat_all[None, :, None])
            blocked = (relevant[:, :, None] & (gap_to < clearance[:, :, None])).any(axis=1)
            off_track = (_OFFSETS[None, :] < lo[:, None]) | (_OFFSETS[None, :] > hi[:, None])
            # Racecraft: with a car to pass, the inside of the next corner is
            # worth reaching for (a pass made under braking); the keener the
            # driver, the harder it reaches.
            reach_in = np.minimum(np.maximum(inside[:, None] * _OFFSETS[None, :] / 3.0, 0.0), 1.0)
            cost = (
                np.abs(_OFFSETS[None, :] - self.offset[:, None])
                + _LINE_PULL[None, :]
                - PASS_PULL * self.aggression[:, None] * reach_in
                + 100.0 * blocked
                + 1000.0 * off_track
            )
            choice = np.argmin(cost, axis=1)
            any_traffic = relevant.any(axis=1)
            target_off = np.where(any_traffic, _OFFSETS[choice], np.where(defend, cover, 0.0))
            step = LATERAL_RATE * dt / (1.0 + 2.0 * bend)
            self.offset += np.minimum(np.maximum(target_off - self.offset, -step), step)
            # Follow the nearest vehicle ahead that still blocks where we are going.
            in_path = relevant & (np.abs(self.offset[:, None] - lat_all[None, :]) < clearance) & (ds > 0.0)
            traffic_ahead = in_path.any(axis=1)
            if in_path.any():
                closing_in = v_along_all[None, :] + 0.4 * np.maximum(ds - 8.0, 0.0)
                follow = np.where(in_path, closing_in, np.inf).min(axis=1)
        else:
            any_traffic = np.zeros(m, dtype=bool)
            traffic_ahead = any_traffic
        if not relevant.any() and (self.offset.any() or defend.any()):
            target_off = np.where(defend, cover, 0.0)
            step = LATERAL_RATE * dt / (1.0 + 2.0 * bend)
            self.offset += np.minimum(np.maximum(target_off - self.offset, -step), step)

        # -- speed -----------------------------------------------------------
        look_pts = np.minimum((v * self.reaction * (1.0 / line.spacing)).astype(np.intp), _SPEED_WINDOW - 1)
        window = (idx + self.late_pts)[:, None] + _WINDOW_STEPS[None, :]
        planned = self.plan_ext[self._rows[:, None], window]
        planned = np.where(_WINDOW_STEPS[None, :] <= look_pts[:, None], planned, np.inf)
        v_target = planned.min(axis=1) * self.pace
        catching = rank is not None and bool(self.catch_up.any())
        if catching or attack.any():
            # Catch-up: the back of the field finds a little pace, the front
            # gives a little up; nobody, attacking or not, goes past what the car can do.
            bias = 1.0 + self.catch_up * (2.0 * rank - 1.0) if rank is not None else np.ones(m)
            bias = bias * (1.0 + self.attack_push * attack)
            ceiling = np.where(
                _WINDOW_STEPS[None, :] <= look_pts[:, None],
                self.limit_ext[self._rows[:, None], window],
                np.inf,
            ).min(axis=1)
            v_target = np.minimum(v_target * bias, np.maximum(ceiling, v_target))
        wanted_decel = np.where(
            _WINDOW_STEPS[None, :] <= look_pts[:, None], self.decel_ext[self._rows[:, None], window], 0.0
        ).max(axis=1)

        # -- steering: pure pursuit -----------------------------------------
        reach = np.minimum(np.maximum(6.0 + 0.42 * v, 9.0), 45.0)
        la = (idx + (reach * (1.0 / line.spacing)).astype(np.intp)) % n_pts
        # Aim a little beyond the wanted offset against the cross-track error,
        # which pure pursuit alone leaves in a long bend (it runs wide), and
        # wide of the line when this corner is a mistake.
        off = (
            self.offset
            + np.minimum(np.maximum(0.4 * (self.offset - lat_me), -1.0), 1.0)
            - np.sign(line.curvature[la]) * self.wide_m
        )
        off = np.minimum(np.maximum(off, half_w + 0.2 - line.left[la]), line.right[la] - half_w - 0.2)
        rel = (line.pts[la] + self._normal[la] * off - p) * np.conj(facing)
        dist2 = np.maximum((rel * np.conj(rel)).real, 1.0)
        curv = 2.0 * rel.imag / dist2  # the circle through the target: 2 sin(alpha) / distance
        # Stability: steer against any yaw rate beyond what the path needs,
        # which catches a rear end stepping out under braking or power.
        yaw = fleet.yaw_rate[me]
        yaw_wanted = v * curv
        yaw_error = yaw_wanted - yaw
        wheel = np.arctan(self.wheelbase * curv) + YAW_GAIN * yaw_error
        # body slip over +-180 deg (as the physics measures it): a car pointing well off
        # where it goes is sliding, whatever its yaw rate says
        slip = np.where(v > 5.0, np.abs(np.angle(vel * np.conj(facing))), 0.0)
        oversteer = (
            ((np.abs(yaw) > np.abs(yaw_wanted) + 0.25) & (yaw * yaw_wanted >= 0))
            | (np.abs(yaw_error) > 0.6)
            | (slip > OVERSTEER_SLIP)
        )
        lock = steering_locks(self.lock, self.steer_speed, v)
        steer = wheel / (lock * (1.0 - DAMAGE_STEER_LOSS * damage[me]))
        tighter = 1.0 - self.offset * line.curvature[idx]  # radius ratio off the line
        v_target = v_target * np.sqrt(np.minimum(np.maximum(tighter, 0.7), 1.2))
        behind = rel.real < 0.54 * np.sqrt(dist2)  # target more than 1 rad off the nose
        v_target = np.minimum(np.where(behind, np.minimum(v_target, 9.0), v_target), follow)

        err = v_target - v
        # Short of full commitment, a driver also waits for the wheel to come
        # straight before flooring it out of a bend.
        throttle_cap = np.where(attack, self.attack_throttle, self.throttle_cap)
        cap = throttle_cap - (1.0 - throttle_cap) * 2.0 * np.minimum(np.abs(steer), 1.0)
        feather = np.minimum(np.maximum(1.0 - (slip - FEATHER_SLIP) / FEATHER_SPAN * 0.7, 0.3), 1.0)
        throttle = np.minimum(np.maximum(0.5 + 0.35 * err, 0.0), cap * feather)
        feed = np.where(err < 1.0, wanted_decel * self.pace**2 / self.pedal_decel, 0.0)
        brake = np.minimum(np.maximum(feed - 0.3 * (err + 1.0), 0.0), 1.0)
        throttle = np.where((brake > 0.0), 0.0, np.where(oversteer, np.minimum(throttle, 0.3), throttle))
        brake = np.where(oversteer, 0.3 * brake, brake)
        creeping = v < 1.0
        handbrake = creeping & (brake > 0.0)
        brake = np.where(creeping, 0.0, brake)

        # -- nitrous on straights -------------------------------------------
        if self.any_nitrous:
            # Fire only if, well down the road, the plan still allows far more
            # speed than now: a long straight, not the run-up to a braking zone.
            # A keener user looks less far ahead. A car alongside does not stop
            # it (side by side is when a boost wins the place); one in the way does.
            need = v * (1.0 + 2.5 * (1.0 - self.nitrous_use)) + 40.0
            ahead = (idx + (need * (1.0 / line.spacing)).astype(np.intp)) % n_pts
            nitro = (
                self.wants_nitrous
                & (nitro_tank[me] > 0.05)
                & (np.abs(steer) < 0.2)
                & (self.plan[self._rows, ahead] > v + 12.0)
                & (v > 12.0)
                & (err > 3.0)
                & ~traffic_ahead
            )
        else:
            nitro = np.zeros(m, dtype=bool)

        # -- recovery ------------------------------------------------------
        stuck = (v < 1.0) & (v_target > 3.0) & (self.reverse_t <= 0.0)
        reversing = self.reverse_t > 0.0
        # Facing away from the line at low speed (after a spin): a three-point
        # turn, backing up with opposite lock, beats a U-turn into a wall.
        turn_round = (rel.real < -0.2 * np.sqrt(dist2)) & (v < 5.0)
        if turn_round.any():
            self.reverse_t = np.where(turn_round & ~reversing, 0.4, self.reverse_t)
            reversing = self.reverse_t > 0.0
        if stuck.any() or reversing.any():
            self.stuck_t = np.where(stuck, self.stuck_t + dt, 0.0)
            start_rev = self.stuck_t > STUCK_S
            self.reverse_t = np.where(start_rev, REVERSE_S, np.maximum(self.reverse_t - dt, 0.0))
            self.stuck_t = np.where(start_rev, 0.0, self.stuck_t)
            reversing = self.reverse_t > 0.0
        elif self.stuck_t.any():
            self.stuck_t[:] = 0.0

        live = [True] * m if active is None else list(active)
        out: list[Controls] = []
        th = throttle.tolist()
        br = brake.tolist()
        st = steer.tolist()
        hb = handbrake.tolist()
        nz = nitro.tolist()
        rv = reversing.tolist()
        left_turn = (rel.imag < 0).tolist()
        for i in range(m):
            if not live[i]:
                out.append(_PARKED)
            elif rv[i]:
                out.append(_REVERSE_RIGHT if left_turn[i] else _REVERSE_LEFT)
            else:
                out.append(Controls(th[i], br[i], st[i], hb[i], nz[i]))
        self.last_controls = out
        return out

    def _attackers(self, ds: F64, speed: F64, rank: F64 | None, dt: float) -> B:
        """Which rivals attack this tick: a car within ``ATTACK_GAP_S`` ahead, and no place lost lately.

        ``ds[i, j]`` is how far vehicle ``j`` runs ahead of rival ``i`` along the
        line, ``speed[i]`` rival ``i``'s speed. Attacking, a driver pushes past
        its usual margin (brakes a little later, carries a little more speed),
        so a chaser of equal pace closes in and gets its chance to pass. One
        that has just been passed (``rank`` grew) regroups for
        ``ATTACK_COOLDOWN_S`` first: without that, two equal cars swapped the
        lead every few seconds for a lap.
        """
        reach = ATTACK_GAP_S * np.maximum(speed, 10.0)
        ahead = (ds > 1.0) & (ds < reach[:, None]) & self._not_me_for(ds)
        attack = np.asarray(ahead.any(axis=1), dtype=bool)
        if rank is not None:
            if self._last_rank is not None:
                lost = rank > self._last_rank + 1e-9
                self.attack_wait = np.where(lost, ATTACK_COOLDOWN_S, np.maximum(self.attack_wait - dt, 0.0))
            self._last_rank = np.array(rank, dtype=np.float64)
            attack &= self.attack_wait <= 0.0
        return attack

    def _not_me_for(self, ds: F64) -> B:
        """The mask of other vehicles for a rival-by-vehicle array shaped like ``ds``."""
        if self._not_me.shape != ds.shape:
            self._not_me = np.arange(ds.shape[1])[None, :] != self.vehicle[:, None]
        return self._not_me

    def set_attack(self, gain: float) -> None:
        """Make an attacking rival ``gain`` (share of lap time) quicker; 0 turns attacking off."""
        self.attack_gain = gain
        push = attack_factors(
            self.line, self.cars, self._skill_plan, self._limit, self.balance, self._pace, gain
        )
        self.attack_push = push - 1.0
        self.attack_throttle = np.array(
            [
                balanced_throttle(c.skill.throttle, f * p)
                for c, f, p in zip(self.cars, self.balance, push, strict=True)
            ]
        )

    def _inside_of_next_corner(self, idx: I64) -> F64:
        """+1 where the next corner bends right (the inside is to the right), -1 left, 0 on none."""
        apex = self.corner[self._rows, idx].astype(np.intp)
        sign: F64 = np.sign(self.line.curvature[apex])
        return sign

    def _mistakes(self, idx: I64, rng: random.Random, rank: F64 | None, pressed: B) -> None:
        """Roll for a mistake at each new corner; draw a new pace at each new lap.

        A rival under pressure (``pressed``: a car close behind) errs more
        often. A race whose order only changes when the quicker car is let
        by is a procession; a leader who brakes late with a car in the
        mirrors gives the chaser its chance, as racing does. Alone on track
        nothing changes (and the rolls are the same ones: the pace tables and
        the solo figures do not move).
        """
        m = len(idx)
        corner = self.corner[np.arange(m), idx]
        for i in np.flatnonzero(corner != self.last_corner):
            first = self.last_corner[i] < 0
            self.last_corner[i] = corner[i]
            self.late_pts[i] = 0
            self.wide_m[i] = 0.0
            if first:
                continue
            behind = 0.0 if rank is None else float(rank[i])
            chance = float(self.mistake_p[i]) * (1.0 - 0.2 * behind)
            if pressed[i]:
                chance *= 1.0 + PRESSURE_MISTAKES
            if rng.random() < chance:
                if rng.random() < 0.5:
                    self.late_pts[i] = max(1, round(rng.uniform(5.0, 14.0) / self.line.spacing))
                else:
                    self.wide_m[i] = rng.uniform(0.8, 2.5)
        wrapped = (self.last_idx >= 0) & (idx < self.last_idx - len(self.line) // 2)
        for i in np.flatnonzero(wrapped):
            # Around the plan, not below it: an inconsistent driver has good laps
            # and bad ones, and is no slower on average than a steady one (drawn
            # below the plan, the steadiest rival won a third of the class races).
            self.pace[i] = 1.0 + float(self.pace_spread[i]) * (0.5 - rng.random())
        self.last_idx = np.asarray(idx, dtype=np.intp).copy()

    def forget(self, car: int) -> None:
        """Clear a rival's plans after a respawn, so it starts fresh where it was put."""
        self.offset[car] = 0.0
        self.stuck_t[car] = 0.0
        self.reverse_t[car] = 0.0
        self.late_pts[car] = 0
        self.wide_m[car] = 0.0


def hold_controls() -> Controls:
    """What every car is given while held on the grid: handbrake, nothing else."""
    return Controls(handbrake=True)


_ = math
