"""Steering assist: what a player's key or stick means at speed.

A key is all or nothing. Mapped straight onto the steering rack, a tap of
"left" at 100 km/h asks the front tyres for several g and spins the car,
which no player means. The assist scales a player's steering input so that
full input asks for a little more cornering than the tyres can give
(``steer_grip_margin`` x the front grip): full lock becomes the tightest turn
the car can hold. It steps aside when the player pulls the handbrake (that
is how a car is thrown into a drift) and when they counter-steer (steering
toward where the car is going must always be possible).

It is applied to a human's controls before they reach the simulation, so
replays record what the simulation was given; computer drivers compute the
wheel angle they want and need no assist.
"""

from __future__ import annotations

import math

from game.sim.controls import Controls
from game.sim.dynamics import G, steering_lock
from game.sim.snapshot import VehicleView
from game.sim.vehicle import VehicleSpec


def grip_lock_angle(spec: VehicleSpec, speed: float) -> float:
    """The wheel angle (rad) whose turn asks the front tyres for ``steer_grip_margin`` x their grip."""
    lateral = spec.steer_grip_margin * spec.grip_front * G
    return math.atan(spec.wheelbase_m * lateral / max(speed * speed, 1.0))


def assisted(controls: Controls, spec: VehicleSpec, view: VehicleView) -> Controls:
    """The player's ``controls`` with the steering scaled to what the tyres can take."""
    steer = controls.steer
    if steer == 0.0 or controls.handbrake or steer * view.slip_angle > 0.0:
        return controls
    full = steering_lock(spec, view.speed, view.damage)
    if full <= 0.0:
        return controls
    scale = min(1.0, grip_lock_angle(spec, view.speed) / full)
    if scale >= 1.0:
        return controls
    return Controls(controls.throttle, controls.brake, steer * scale, controls.handbrake, controls.nitrous)
