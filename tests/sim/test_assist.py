"""The steering assist: a full key press at speed turns hard without spinning the car."""

from __future__ import annotations

import math

import pytest

from game.sim import proving
from game.sim.assist import assisted, grip_lock_angle
from game.sim.controls import Controls
from game.sim.dynamics import steering_lock
from game.sim.snapshot import VehicleView
from game.sim.vehicle import VehicleSpec
from game.sim.world import DT


def _tap(spec: VehicleSpec, kmh: float, assist: bool) -> tuple[float, float]:
    """Full throttle, full left for 0.6 s, then straight: (peak slip in deg, peak cornering in g)."""
    world = proving.pad_world(spec)
    proving.drive(world, 30.0, lambda v: Controls(throttle=1.0), until=lambda v: v.speed * 3.6 >= kmh)
    slip = lateral = 0.0
    for step in range(round(2.6 / DT)):
        view = world.vehicle_view(0)
        press = Controls(throttle=1.0, steer=-1.0 if step < round(0.6 / DT) else 0.0)
        world.step({0: assisted(press, spec, view) if assist else press})
        view = world.vehicle_view(0)
        slip = max(slip, abs(view.slip_angle))
        lateral = max(lateral, abs(view.yaw_rate * view.speed) / 9.81)
    return math.degrees(slip), lateral


@pytest.mark.parametrize("vid", ["subaru", "bmw", "police", "ccx", "ducati"])
def test_a_full_key_press_at_speed_turns_hard_and_stays_in_control(specs, vid: str) -> None:
    for kmh in (60.0, 100.0, 150.0):
        slip, lateral = _tap(specs[vid], kmh, assist=True)
        assert slip < 10.0, f"{vid} at {kmh} km/h slid to {slip:.0f} deg"
        assert lateral > 0.6, f"{vid} at {kmh} km/h only turned at {lateral:.2f} g"


def test_without_the_assist_the_same_press_asks_far_more_than_the_tyres_have(specs) -> None:
    spec = specs["bmw"]
    view = proving.pad_world(spec).snapshot().vehicles[0]
    fast = _view(view, speed=30.0)
    assert assisted(Controls(steer=-1.0), spec, fast).steer > -0.6
    wheel_unassisted = steering_lock(spec, 30.0)
    assert wheel_unassisted > 2.0 * grip_lock_angle(spec, 30.0)


def _view(view: VehicleView, speed: float, slip: float = 0.0) -> VehicleView:
    fields = {f: getattr(view, f) for f in view.__slots__}
    fields.update(speed=speed, vx=speed, slip_angle=slip)
    return VehicleView(**fields)


def test_the_assist_steps_aside_for_handbrake_countersteer_and_parking(specs) -> None:
    spec = specs["subaru"]
    view = proving.pad_world(spec).snapshot().vehicles[0]
    fast = _view(view, 30.0)
    assert assisted(Controls(steer=1.0, handbrake=True), spec, fast).steer == 1.0
    sliding_left = _view(view, 30.0, slip=-0.5)  # going left of where the nose points
    assert assisted(Controls(steer=-1.0), spec, sliding_left).steer == -1.0  # catch it: full lock
    assert assisted(Controls(steer=1.0), spec, sliding_left).steer < 1.0
    assert assisted(Controls(steer=0.7), spec, _view(view, 2.0)).steer == 0.7
