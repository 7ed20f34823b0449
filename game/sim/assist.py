"""Steering assist: what a player's key or stick means at speed.

A key is all or nothing. Mapped straight onto the steering rack, a press of
"left" at 100 km/h asks the tyres for several g and spins the car, which no
player means. So the assist reads a player's steering as *how hard to turn*
and steers the front wheels to get that, watching the whole car:

- **Both axles.** Full input asks for the cornering the weaker axle can hold
  (``steer_grip_margin`` x the lower of the front and rear grip), not what
  the front tyres alone could pull: asking the front of a rear-limited car
  for its own limit is what swung the tail round.
- **Yaw rate.** The wheel angle is the one the wanted turn needs plus a
  correction for any yaw beyond it, so a tail that starts to come round is
  met by the wheel before it becomes a slide (a stability control, the same
  idea the computer drivers use).
- **Slip.** Past the slip a car is allowed (small on traction-controlled
  cars, a real drift angle on the cars built to slide), the assist
  counter-steers, harder the further past it is.

It steps aside when the player pulls the handbrake (that is how a car is
thrown into a drift), when they counter-steer themselves (steering toward
where the car is going must always be possible), when they do not steer,
and at parking speeds.

It is applied to a human's controls before they reach the simulation, so
replays record what the simulation was given; computer drivers compute the
wheel angle they want and need no assist.
"""

from __future__ import annotations

import math

from game.sim.controls import Controls
from game.sim.dynamics import G, steering_lock
from game.sim.snapshot import VehicleView
from game.sim.tyres import DAMAGE_STEER_LOSS, available_lock
from game.sim.vehicle import VehicleSpec

ASSIST_MIN_SPEED = 4.0
"""m/s: below this the wheel goes where the key says (parking, three-point turns)."""
YAW_GAIN = 0.3
"""Radians of tyre angle per rad/s of yaw beyond (or short of) the wanted turn."""
TYRE_REACH = 1.3
"""At speed the front tyres are never asked for more than this multiple of the angle where they saturate."""
DRIFT_YAW_GAIN = 0.1
DRIFT_TYRE_REACH = 2.5
"""The same two for the cars without traction control: a looser hand, so they slide more."""
CATCH_MIN = math.radians(2.0)
"""A tail sliding more than this, steered toward, is the player's own catch."""
SLIP_GAIN = 1.4
"""Radians of counter-steer per radian of slip beyond the allowance."""
SLIP_ALLOWANCE_DEG = 8.0
"""Slip a traction-controlled car may take before the assist counter-steers."""
DRIFT_ALLOWANCE_DEG = 30.0
"""Slip a car without traction control (built to slide) may take first: a held key can drift it."""


def slip_allowance(spec: VehicleSpec) -> float:
    """Radians of slip the assist lets the car take before it catches the slide."""
    return math.radians(SLIP_ALLOWANCE_DEG if spec.traction_control else DRIFT_ALLOWANCE_DEG)


def cornering_limit(spec: VehicleSpec) -> float:
    """The lateral acceleration (m/s^2) full steering asks for: the weaker axle's grip, with margin."""
    return spec.steer_grip_margin * min(spec.grip_front, spec.grip_rear) * G


def grip_lock_angle(spec: VehicleSpec, speed: float) -> float:
    """The wheel angle (rad) of a steady turn at ``cornering_limit`` and ``speed``."""
    return math.atan(spec.wheelbase_m * cornering_limit(spec) / max(speed * speed, 1.0))


def assisted(controls: Controls, spec: VehicleSpec, view: VehicleView) -> Controls:
    """The player's ``controls`` with the steering turned into a turn the car can hold."""
    steer = controls.steer
    speed = view.speed
    slip = view.slip_angle
    if steer == 0.0 or controls.handbrake or speed < ASSIST_MIN_SPEED or view.wrecked:
        return controls
    # The tail's own slide (the rear axle's, which is zero in any turn the
    # tyres hold, unlike the body's slip): steering toward it is a catch.
    rear_side = speed * math.sin(slip) - view.yaw_rate * spec.wheelbase_m * spec.front_weight
    tail = math.atan2(rear_side, max(speed * math.cos(slip), 1.0))
    if steer * tail > 0.0 and abs(tail) > CATCH_MIN:
        return controls  # the player is catching a slide: theirs to do
    if abs(slip) > math.radians(100.0):
        return controls  # facing backwards: no turn to assist, the key is the wheel
    full = steering_lock(spec, speed, view.damage)
    if full <= 0.0:
        return controls
    # How hard to turn: the key's share of the tightest turn the car can hold
    # (or of full lock, when that is the tighter limit, at low speed).
    geometric_yaw = speed * math.tan(full) / spec.wheelbase_m
    grip_yaw = cornering_limit(spec) / speed
    yaw_wanted = steer * min(geometric_yaw, grip_yaw)
    # Aim the front wheels relative to where the front axle is going, not
    # where the nose points: in a slide that is counter-steer by itself.
    fwd = speed * math.cos(slip)
    front_side = speed * math.sin(slip) + view.yaw_rate * spec.wheelbase_m * (1.0 - spec.front_weight)
    front_path = math.atan2(front_side, max(fwd, 1.0))
    # The tyre angle that pulls the wanted turn, corrected by the yaw beyond it.
    drifter = not spec.traction_control
    gain = DRIFT_YAW_GAIN if drifter else YAW_GAIN
    tyre = yaw_wanted * speed / (spec.cornering_stiffness * G) + gain * (yaw_wanted - view.yaw_rate)
    reach = DRIFT_TYRE_REACH if drifter else TYRE_REACH
    peak = math.atan(max(spec.grip_front, spec.grip_rear) / spec.cornering_stiffness) * reach
    if geometric_yaw > grip_yaw:
        tyre = max(-peak, min(peak, tyre))
    wheel = front_path + tyre
    allowance = slip_allowance(spec)
    if abs(slip) > allowance:
        wheel += SLIP_GAIN * (slip - math.copysign(allowance, slip))
    # the rack the physics gives this direction of steering (a catch may use more lock)
    undamaged = steering_lock(spec, speed)
    rack = available_lock(math.radians(spec.max_steer_deg), undamaged, wheel, slip, tail)
    full = rack * (1.0 - DAMAGE_STEER_LOSS * view.damage)
    out = max(-1.0, min(1.0, wheel / full))
    return Controls(controls.throttle, controls.brake, out, controls.handbrake, controls.nitrous)
