"""A proving ground: standard manoeuvres that turn a vehicle spec into numbers.

Tests pin the feel with these (0-100 time, top speed, braking distance, skid
pad, drift), and tuning a car is: edit the spec, run the measurements, look.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from game.sim.circuits import open_pad
from game.sim.controls import Controls
from game.sim.dynamics import steering_lock
from game.sim.snapshot import VehicleView
from game.sim.surfaces import Surface
from game.sim.vehicle import VehicleSpec
from game.sim.world import DT, World

KMH = 3.6


def pad_world(
    spec: VehicleSpec, surface: Surface = Surface.ASPHALT, seed: int = 0, size: float = 8000.0
) -> World:
    """A world with one vehicle at the west edge of a huge open pad, facing east."""
    world = World(open_pad(size=size, surface=surface, cell_m=20.0), seed=seed)
    world.add_vehicle(spec, 50.0, size / 2.0, 0.0)
    return world


def drive(
    world: World,
    seconds: float,
    policy: Callable[[VehicleView], Controls],
    until: Callable[[VehicleView], bool] | None = None,
) -> VehicleView:
    """Step the world with ``policy`` for vehicle 0 until time runs out or ``until`` holds."""
    view = world.snapshot().vehicles[0]
    for _ in range(round(seconds / DT)):
        world.step({0: policy(view)})
        view = world.snapshot().vehicles[0]
        if until is not None and until(view):
            break
    return view


def time_to_speed(
    spec: VehicleSpec, kmh: float | None = None, nitrous: bool = False, limit_s: float = 60.0
) -> float:
    """Seconds from rest to ``kmh`` (default: the spec's ``accel_kmh``) at full throttle.

    Returns inf if the speed is never reached.
    """
    world = pad_world(spec)
    target = (spec.accel_kmh if kmh is None else kmh) / KMH
    full = Controls(throttle=1.0, nitrous=nitrous)
    view = drive(world, limit_s, lambda v: full, until=lambda v: v.speed >= target)
    return world.time_s if view.speed >= target else math.inf


def top_speed_kmh(spec: VehicleSpec, seconds: float = 90.0, nitrous: bool = False) -> float:
    """Highest speed reached in ``seconds`` of full throttle in a straight line."""
    world = pad_world(spec, size=16000.0)
    full = Controls(throttle=1.0, nitrous=nitrous)
    best = 0.0
    for _ in range(round(seconds / DT)):
        world.step({0: full})
        best = max(best, world.snapshot().vehicles[0].speed)
    return best * KMH


def braking_distance_m(spec: VehicleSpec, from_kmh: float = 100.0) -> float:
    """Metres from ``from_kmh`` to a stop under full braking, straight ahead."""
    world = pad_world(spec)
    drive(world, 60.0, lambda v: Controls(throttle=1.0), until=lambda v: v.speed >= from_kmh / KMH)
    start_x = world.snapshot().vehicles[0].x
    view = drive(world, 30.0, lambda v: Controls(brake=1.0), until=lambda v: v.speed < 0.3)
    return view.x - start_x


@dataclass(frozen=True, slots=True)
class TurnResult:
    speed_kmh: float
    radius_m: float
    """Radius of the path actually driven (speed / yaw rate)."""
    lateral_g: float
    slip_deg: float
    """Body slip angle: how far the car is pointing away from where it goes."""


def steady_turn(
    spec: VehicleSpec, surface: Surface, radius_m: float, speed_kmh: float, seconds: float = 12.0
) -> TurnResult:
    """Try to hold a circle of ``radius_m`` at ``speed_kmh``; report what the car managed.

    A driver model steers for the yaw rate the circle needs (speed / radius)
    and holds speed with the throttle, as a player on a skid pad would.
    """
    world = pad_world(spec, surface=surface)
    target = speed_kmh / KMH
    geometric = math.atan(spec.wheelbase_m / radius_m)

    def policy(v: VehicleView) -> Controls:
        lock = steering_lock(spec, v.speed)
        wanted_yaw = v.speed / radius_m
        steer = geometric / lock + 1.5 * (wanted_yaw - v.yaw_rate)
        steer = max(-1.0, min(1.0, steer)) if v.speed > 0.5 * target else 0.0
        error = target - v.speed
        return Controls(
            throttle=max(0.0, min(1.0, 0.2 + 0.5 * error)),
            brake=max(0.0, min(1.0, -0.3 * error)),
            steer=steer,
        )

    samples: list[VehicleView] = []
    for i in range(round(seconds / DT)):
        world.step({0: policy(world.snapshot().vehicles[0])})
        if i * DT > seconds * 0.6:
            samples.append(world.snapshot().vehicles[0])
    speed = sum(s.speed for s in samples) / len(samples)
    yaw = sum(abs(s.yaw_rate) for s in samples) / len(samples)
    slip = sum(abs(s.slip_angle) for s in samples) / len(samples)
    return TurnResult(
        speed_kmh=speed * KMH,
        radius_m=speed / yaw if yaw > 1e-6 else math.inf,
        lateral_g=speed * yaw / 9.81,
        slip_deg=math.degrees(slip),
    )
