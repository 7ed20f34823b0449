"""Handling manoeuvres: what a player's hands do to a car, turned into numbers.

:mod:`game.sim.proving` measures the car (0-100, top speed, braking, a skid
pad held by a smooth driver). This module measures the car *as driven by a
person*: a steering key held down through the game's own assist, a
handbrake flick and the catch, the tightest turn at walking pace and how
quickly the car answers the wheel. Tests pin each promise with these, and
``python -m game vehicles --measure`` prints them for every car.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from game.sim.ai.line import RacingLine
from game.sim.ai.profile import Skill
from game.sim.ai.speed import speed_plan
from game.sim.ai.steering import drive_to
from game.sim.assist import assisted
from game.sim.controls import Controls
from game.sim.proving import KMH, drive, pad_world
from game.sim.snapshot import VehicleView
from game.sim.vehicle import VehicleSpec
from game.sim.world import DT, World

SPIN_DEG = 90.0
"""A car whose slip passes this is travelling sideways or backwards: it has spun."""
CAUGHT_DEG = 10.0
"""A slide is caught once the slip is back under this."""


def is_drift_car(spec: VehicleSpec) -> bool:
    """A car built to slide (no traction control: the Mustang, Nicole's car): a held key may drift it."""
    return spec.kind == "car" and not spec.traction_control


def held_key_limit_deg(spec: VehicleSpec) -> float:
    """The most slip a held steering key may cause: 45 deg on the drift cars, 25 on the rest."""
    return 45.0 if is_drift_car(spec) else 25.0


def up_to_speed(spec: VehicleSpec, kmh: float, size: float = 16000.0) -> World:
    """A pad world with the vehicle driven straight up to ``kmh`` (or as near as it gets)."""
    world = pad_world(spec, size=size)
    drive(world, 90.0, lambda v: Controls(throttle=1.0), until=lambda v: v.speed * KMH >= kmh)
    return world


def _slip_deg(view: VehicleView) -> float:
    return abs(math.degrees(view.slip_angle))


@dataclass(frozen=True, slots=True)
class HeldKey:
    """A steering key held down at speed, through the assist."""

    kmh: float
    throttle: float
    peak_slip_deg: float
    spun: bool
    lateral_g: float
    """Mean cornering over the last second: how hard the held key turns."""


def hold_key(
    spec: VehicleSpec, kmh: float, throttle: float, seconds: float = 3.0, steer: float = -1.0
) -> HeldKey:
    """Reach ``kmh``, then hold full steering (a digital key) with ``throttle`` for ``seconds``."""
    world = up_to_speed(spec, kmh)
    start = world.snapshot().vehicles[0].speed * KMH
    press = Controls(throttle=throttle, steer=steer)
    peak = 0.0
    lateral: list[float] = []
    steps = round(seconds / DT)
    for i in range(steps):
        view = world.snapshot().vehicles[0]
        world.step({0: assisted(press, spec, view)})
        view = world.snapshot().vehicles[0]
        peak = max(peak, _slip_deg(view))
        if i >= steps - round(1.0 / DT):
            lateral.append(abs(view.speed * view.yaw_rate) / 9.81)
    return HeldKey(start, throttle, peak, peak >= SPIN_DEG, sum(lateral) / len(lateral))


def held_key_speeds(spec: VehicleSpec) -> list[float]:
    """Speeds a held key is tried at: from 30 km/h to (nearly) the car's top speed."""
    from game.sim.ai.speed import top_speed

    top = top_speed(spec) * KMH * 0.97
    speeds = [kmh for kmh in (30.0, 60.0, 100.0, 140.0, 180.0, 220.0, 260.0, 300.0) if kmh < top]
    return [*speeds, round(top)]


def worst_held_key(spec: VehicleSpec) -> HeldKey:
    """The held key (throttle on and lifted, every speed) that slid the car the most."""
    runs = [hold_key(spec, kmh, thr) for kmh in held_key_speeds(spec) for thr in (1.0, 0.0)]
    return max(runs, key=lambda r: r.peak_slip_deg)


def countersteer(view: VehicleView) -> Controls:
    """The simple catch a player learns: steer into the slide, a little throttle."""
    steer = max(-1.0, min(1.0, 2.0 * view.slip_angle - 0.3 * view.yaw_rate))
    return Controls(throttle=0.3, steer=steer)


def hands_off(view: VehicleView) -> Controls:
    return Controls()


@dataclass(frozen=True, slots=True)
class Flick:
    """A handbrake flick at full lock and what happened after it."""

    kmh: float
    peak_slip_deg: float
    caught_s: float
    """Seconds from the end of the flick until the slip is under 10 deg (inf: never in 4 s)."""
    spun: bool
    trace: tuple[tuple[float, float], ...]
    """(seconds, slip deg) every step, for plots (a fallen bike's steps are left out)."""
    fell: bool = False
    """A two-wheeler went down instead of sliding (its slip is only counted while upright)."""


def flick(
    spec: VehicleSpec,
    kmh: float,
    after: Callable[[VehicleView], Controls] = countersteer,
    flick_s: float = 0.6,
    recover_s: float = 4.0,
) -> Flick:
    """Reach ``kmh``, pull the handbrake at full lock for ``flick_s``, then let ``after`` drive."""
    world = up_to_speed(spec, kmh)
    start_kmh = world.snapshot().vehicles[0].speed * KMH
    trace: list[tuple[float, float]] = []
    t0 = world.time_s
    peak = 0.0
    fell = False
    caught = math.inf
    released = t0 + flick_s
    for step in range(round((flick_s + recover_s) / DT)):
        view = world.snapshot().vehicles[0]
        flicking = step < round(flick_s / DT)
        world.step({0: Controls(steer=-1.0, handbrake=True) if flicking else after(view)})
        view = world.snapshot().vehicles[0]
        if view.fallen:
            fell = True
            continue
        slip = math.degrees(view.slip_angle)
        trace.append((world.time_s - t0, slip))
        if view.speed > 5.0:
            peak = max(peak, abs(slip))
        if not flicking and caught == math.inf and abs(slip) < CAUGHT_DEG and view.speed > 1.0:
            caught = world.time_s - released
    return Flick(start_kmh, peak, caught, peak >= SPIN_DEG, tuple(trace), fell)


def turning_circle_m(spec: VehicleSpec, kmh: float = 12.0) -> float:
    """Diameter of the path driven at walking pace on full lock (a held key, through the assist)."""
    world = pad_world(spec, size=2000.0)
    target = kmh / KMH

    def policy(v: VehicleView) -> Controls:
        press = Controls(
            throttle=0.6 if v.speed < target else 0.0, brake=0.3 if v.speed > 1.2 * target else 0.0
        )
        if world.time_s > 2.0:
            press = Controls(press.throttle, press.brake, steer=-1.0)
        return assisted(press, spec, v)

    drive(world, 6.0, policy)
    speeds = []
    yaws = []
    for _ in range(round(3.0 / DT)):
        view = world.snapshot().vehicles[0]
        world.step({0: policy(view)})
        view = world.snapshot().vehicles[0]
        speeds.append(view.speed)
        yaws.append(abs(view.yaw_rate))
    speed = sum(speeds) / len(speeds)
    yaw = sum(yaws) / len(yaws)
    return 2.0 * speed / yaw if yaw > 1e-6 else math.inf


def lateral_g(spec: VehicleSpec, kmh: float = 80.0) -> float:
    """Steady cornering in g: a held key at ``kmh``, the throttle holding the speed (a skid pad)."""
    kmh = min(kmh, 0.9 * spec.expect_top_kmh[0])
    world = up_to_speed(spec, kmh)
    target = kmh / KMH

    def policy(v: VehicleView) -> Controls:
        error = target - v.speed
        press = Controls(
            throttle=max(0.0, min(1.0, 0.3 + 0.4 * error)), brake=max(0.0, min(1.0, -0.3 * error))
        )
        return assisted(Controls(press.throttle, press.brake, steer=-1.0), spec, v)

    drive(world, 3.0, policy)
    samples = []
    for _ in range(round(2.0 / DT)):
        view = world.snapshot().vehicles[0]
        world.step({0: policy(view)})
        view = world.snapshot().vehicles[0]
        samples.append(abs(view.speed * view.yaw_rate) / 9.81)
    return sum(samples) / len(samples)


def yaw_response_s(spec: VehicleSpec, kmh: float = 80.0) -> float:
    """Seconds from a full key press at ``kmh`` until the yaw rate reaches 90% of where it settles."""
    world = up_to_speed(spec, kmh)
    press = Controls(throttle=0.5, steer=-1.0)
    yaws = []
    for _ in range(round(2.0 / DT)):
        view = world.snapshot().vehicles[0]
        world.step({0: assisted(press, spec, view)})
        yaws.append(abs(world.snapshot().vehicles[0].yaw_rate))
    settled = sum(yaws[-round(0.5 / DT) :]) / round(0.5 / DT)
    for i, yaw in enumerate(yaws):
        if yaw >= 0.9 * settled:
            return (i + 1) * DT
    return math.inf


KEY_HOLD_S = 0.1
"""The shortest a person holds or releases a key: nobody taps at 120 Hz."""


class KeyboardHands:
    """A person at a keyboard driving a circuit: keys all the way down or up, through the assist.

    The eyes are a cautious pure-pursuit driver along the racing line (below
    the car's planned speed); the hands turn its smooth wish into four keys,
    each held for at least ``KEY_HOLD_S``. A car that only the smooth AI could
    drive fails here: this is how every car is driven a lap "by hand" in the
    tests.
    """

    def __init__(self, spec: VehicleSpec, line: RacingLine, pace: float = 0.9) -> None:
        self.spec = spec
        self.line = line
        self.plan = speed_plan(line, spec, Skill(corner_grip=0.85, brake_grip=0.75)) * pace
        self.idx = 0
        self.keys = Controls()
        self.held_s = KEY_HOLD_S
        self.progress = 0
        """Line points passed since the start (a lap is ``len(line)``)."""

    def _locate(self, pos: complex) -> None:
        n = len(self.line)
        window = (self.idx + np.arange(-5, 40)) % n
        best = int(window[int(np.argmin(np.abs(self.line.pts[window] - pos)))])
        step = (best - self.idx + n // 2) % n - n // 2
        self.progress += step
        self.idx = best

    def __call__(self, view: VehicleView) -> Controls:
        pos = complex(view.x, view.y)
        self._locate(pos)
        n = len(self.line)
        ahead = int(max(8.0, 0.45 * view.speed) / self.line.spacing)
        target = complex(self.line.pts[(self.idx + ahead) % n])
        window = (self.idx + np.arange(0, 30)) % n
        wish = drive_to(
            pos,
            view.heading,
            complex(view.vx, view.vy),
            view.yaw_rate,
            target,
            float(self.plan[window].min()),
            self.spec,
            view.damage,
        )
        self.held_s += DT
        if self.held_s >= KEY_HOLD_S:
            steer = 0.0 if abs(wish.steer) < 0.2 else math.copysign(1.0, wish.steer)
            brake = 1.0 if wish.brake > 0.3 else 0.0
            throttle = 1.0 if wish.throttle > 0.5 and not brake else 0.0
            keys = Controls(throttle, brake, steer)
            if keys != self.keys:
                self.keys, self.held_s = keys, 0.0
        return assisted(self.keys, self.spec, view)
