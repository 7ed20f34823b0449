"""Driving one vehicle toward a point: the shared low level of police and traffic drivers.

Scalar maths (these drivers are few and think at 30 Hz): pure pursuit onto
the point, a yaw-rate damper so a car that steps out is caught, and a
proportional speed controller that never asks for "brake" at a standstill
(which the physics reads as reverse) unless reversing is meant.
"""

from __future__ import annotations

import cmath
import math

from game.sim.controls import Controls
from game.sim.dynamics import steering_lock
from game.sim.vehicle import VehicleSpec

YAW_GAIN = 0.25
TURN_ACCEL = 6.0


def drive_to(
    pos: complex,
    heading: float,
    vel: complex,
    yaw_rate: float,
    target: complex,
    v_target: float,
    spec: VehicleSpec,
    damage: float = 0.0,
) -> Controls:
    """Controls that steer toward ``target`` and hold ``v_target`` (m/s; 0 = stop)."""
    v = abs(vel)
    rel = (target - pos) * cmath.exp(-1j * heading)
    dist2 = max(abs(rel) ** 2, 1.0)
    curv = 2.0 * rel.imag / dist2
    yaw_wanted = v * curv
    wheel = math.atan(spec.wheelbase_m * curv) + YAW_GAIN * (yaw_wanted - yaw_rate)
    steer = max(-1.0, min(1.0, wheel / steering_lock(spec, v, damage)))
    # No faster than the arc to the target allows (about 0.6 g), so a sharp turn is taken slowly.
    v_target = min(v_target, math.sqrt(TURN_ACCEL / max(abs(curv), 1e-4)))
    err = v_target - v
    if v_target <= 0.1 and v < 1.0:
        return Controls(handbrake=True, steer=steer)
    throttle = max(0.0, min(1.0, 0.5 + 0.35 * err))
    brake = max(0.0, min(1.0, -0.3 * (err + 1.0)))
    if brake > 0.0:
        throttle = 0.0
        if v < 1.0:
            return Controls(handbrake=True, steer=steer)
    return Controls(throttle=throttle, brake=brake, steer=steer)


def reverse_out(pos: complex, heading: float, target: complex) -> Controls:
    """Back away with the wheels turned so that the nose swings toward ``target``."""
    rel = (target - pos) * cmath.exp(-1j * heading)
    return Controls(brake=1.0, steer=-1.0 if rel.imag > 0 else 1.0)
