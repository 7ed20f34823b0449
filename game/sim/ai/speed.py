"""Speed plans: the fastest a given car may go at each point of a racing line.

Corner speed comes from the curvature and the grip there (``v² · κ ≤ a_lat``)
and from how far the front wheels can still turn at that speed. Braking
points come from a backward pass around the loop: a point may be no faster
than what the car can brake down from to the next point's limit,
``v² ≤ v_next² + 2 · a_brake · ds``, with the braking grip shared with any
cornering already under way (a friction circle).
"""

from __future__ import annotations

import math

import numpy as np

from game.sim.ai.geometry import F64
from game.sim.ai.line import RacingLine
from game.sim.ai.profile import Skill
from game.sim.dynamics import braking_limit, lateral_limit, steering_locks
from game.sim.surfaces import grip_by_surface
from game.sim.vehicle import VehicleSpec

G = 9.81
MAX_PLAN_SPEED = 120.0
"""m/s; the plan's ceiling on a straight (the car's own top speed caps it anyway)."""


def top_speed(spec: VehicleSpec) -> float:
    """Steady top speed without nitrous, m/s: where power meets air drag and rolling loss."""
    power = spec.power_kw * 1000.0
    v = (power / spec.drag_area) ** (1.0 / 3.0)
    for _ in range(20):  # Newton on P = drag·v³ + roll·m·g·v
        f = spec.drag_area * v**3 + spec.rolling_resistance * spec.mass_kg * G * v - power
        df = 3 * spec.drag_area * v**2 + spec.rolling_resistance * spec.mass_kg * G
        v -= f / df
    if spec.speed_limit_kmh > 0:
        v = min(v, spec.speed_limit_kmh / 3.6)
    return float(v)


POWER_ON_SHARE = 0.82
"""Share of the steady cornering limit a car without traction control is planned to use.

Its driver must keep the rest for the throttle out of the bend: on the
friction circle, drive and cornering share one axle's grip, and a rear that
is already at its limit steps out the moment the power goes down.
"""


LEAN_SHARE = 0.75
"""Share of the steady limit a rider plans to lean on: a tyre that slides puts a bike down."""


def cornering_limit(spec: VehicleSpec, grip: F64) -> F64:
    """What a driver can plan to corner at (m/s^2): the steady limit, less what must stay in hand.

    A car without traction control keeps a share for the throttle out of the
    bend (``POWER_ON_SHARE``), a bike a share for the lean (``LEAN_SHARE``).
    """
    share = LEAN_SHARE if spec.kind == "bike" else 1.0 if spec.traction_control else POWER_ON_SHARE
    out: F64 = lateral_limit(spec, grip) * share
    return out


def line_grip(line: RacingLine, spec: VehicleSpec) -> F64:
    """The surface grip factor ``spec`` has at each point of ``line`` (with its own surface bonuses)."""
    out: F64 = grip_by_surface(spec.surface_grip)[line.surface]
    return out


def corner_limits(line: RacingLine, spec: VehicleSpec, skill: Skill) -> F64:
    """Highest speed the grip and the steering lock allow at each point, ignoring braking.

    The car's own limit first (grip, and how far the speed-limited rack can
    turn the wheels), then the difficulty's margin on whichever binds: a
    tight hairpin that the lock decides is taken slower by a cautious driver
    too, not at the same speed as by the best.
    """
    a_lat = cornering_limit(spec, line_grip(line, spec))
    kappa = np.maximum(np.abs(line.curvature), 1e-5)
    v = np.minimum(np.sqrt(a_lat / kappa), MAX_PLAN_SPEED)
    # Steering lock shrinks with speed (game.sim.dynamics.steering_lock).
    # Bisect for the highest v whose lock still reaches the curvature.
    lo = np.zeros_like(v)
    hi = v.copy()
    max_lock = np.full_like(v, math.radians(spec.max_steer_deg))
    steer_speed = np.full_like(v, spec.steer_speed_ms)
    for _ in range(18):
        mid = (lo + hi) / 2
        lock = steering_locks(max_lock, steer_speed, mid)
        ok = np.tan(lock) / spec.wheelbase_m >= kappa * 1.15
        lo = np.where(ok, mid, lo)
        hi = np.where(ok, hi, mid)
    limit = np.minimum(v, np.maximum(lo, 4.0)) * math.sqrt(skill.corner_grip)
    # A driver short of full throttle is short of top speed too, by the cube
    # root of the power (air drag), limiter or not: the scooter's easy rival
    # does not sit on its limiter.
    ceiling = 1.02 * top_speed(spec) * skill.throttle ** (1.0 / 3.0)
    return np.asarray(np.minimum(limit, ceiling), dtype=np.float64)


def speed_plan(line: RacingLine, spec: VehicleSpec, skill: Skill) -> F64:
    """Target speed at each line point for ``spec`` driven at ``skill``: corners plus braking."""
    return braking_plan(line, spec, skill, corner_limits(line, spec, skill))


def braking_plan(line: RacingLine, spec: VehicleSpec, skill: Skill, limit: F64) -> F64:
    """``limit`` (each point's corner speed) lowered wherever the car must already brake for a later point.

    Split from :func:`speed_plan` so a plan can start from corner speeds of
    its own: the author lap tunes each corner's speed on the physics and
    brakes for the result exactly as a rival brakes for its corners.
    """
    grip = line_grip(line, spec)
    a_max = braking_limit(spec, grip) * skill.brake_grip  # what the brakes deliver, not the tyres' ideal
    a_lat_max = cornering_limit(spec, grip) * skill.corner_grip
    kappa = np.abs(line.curvature)
    ds = line.spacing
    v = np.asarray(limit, dtype=np.float64).tolist()
    acc = a_max.tolist()
    lat = a_lat_max.tolist()
    kap = kappa.tolist()
    n = len(v)
    for _ in range(2):  # twice round so the wrap from the last point to the first settles
        for i in range(n - 1, -1, -1):
            nxt = v[(i + 1) % n]
            used = min(0.95, nxt * nxt * kap[i] / lat[i])
            a = acc[i] * math.sqrt(1.0 - used * used)
            cap = math.sqrt(nxt * nxt + 2.0 * a * ds)
            if cap < v[i]:
                v[i] = cap
    return np.array(v)


def drive_accel(spec: VehicleSpec, v: float, v_top: float, throttle: float = 1.0) -> float:
    """Acceleration (m/s^2) at ``v`` and ``throttle``: the tyres' grip, the engine, the air drag.

    Flat out, ``min(launch, P / (m · v)) · (1 - (v / v_top)³)``: ``launch`` is
    the smaller of the drive force and the weaker axle's grip over the mass
    (the 0-100 figure), and the cube is the drag that stops the car at
    ``v_top``. The pedal scales the engine (its force and its power, as the
    tyre model does) but neither the tyres' grip nor the drag: a powerful car
    on part throttle is still held by its tyres out of a slow corner, and
    settles at ``v_top · throttle^(1/3)`` on a long straight. The performance
    index and :func:`plan_lap_s` share it.
    """
    if v >= v_top:
        return 0.0
    grip = min(spec.grip_front, spec.grip_rear) * G
    engine = min(spec.max_drive_force_n / spec.mass_kg, spec.power_kw * 1000.0 / spec.mass_kg / max(v, 0.1))
    return max(0.0, min(grip, throttle * engine) - min(grip, engine) * (v / v_top) ** 3)


def plan_lap_s(line: RacingLine, spec: VehicleSpec, plan: F64, throttle: float = 1.0) -> float:
    """Seconds a flying lap of ``line`` takes at ``throttle`` under ``plan`` (which holds the braking).

    A forward pass adds what the engine can give (:func:`drive_accel`) on top
    of the plan's own corner and braking limits: a quicker estimate of a car's
    lap than driving it, and one that ranks cars as their laps do.
    """
    v_top = top_speed(spec)
    cap = np.asarray(plan, dtype=np.float64).tolist()
    ds = line.spacing
    start = int(np.argmin(plan))  # from the slowest point, where the plan and the car agree
    n = len(cap)
    v = cap[start]
    total = 0.0
    for k in range(1, n + 1):
        i = (start + k) % n
        reach = math.sqrt(v * v + 2.0 * drive_accel(spec, v, v_top, throttle) * ds)
        nxt = min(cap[i], reach)
        total += 2.0 * ds / max(v + nxt, 0.2)
        v = nxt
    return total
