"""The feel of every vehicle, pinned with numbers a player would notice.

Each spec declares the acceleration and top speed it promises; these tests
hold the physics to them, and check the things players feel in the hands:
braking, grip versus sliding on a skid pad, handbrake drifts and the catch,
and nitrous.
"""

from __future__ import annotations

import dataclasses
import math

import pytest

from game.content.vehicles import load_vehicles
from game.paths import VEHICLES_FILE
from game.sim import proving
from game.sim.controls import Controls
from game.sim.surfaces import Surface
from game.sim.vehicle import VehicleSpec
from game.sim.world import DT

ALL_IDS = list(load_vehicles(VEHICLES_FILE))
CARS = [vid for vid in ALL_IDS if load_vehicles(VEHICLES_FILE)[vid].kind == "car"]


def test_every_vehicle_in_the_story_has_a_spec(specs: dict[str, VehicleSpec]) -> None:
    wanted = {
        "scooter",
        "subaru",
        "bmw",
        "wolf",
        "police",
        "getaway",
        "nicole",
        "mustang",
        "fordgt",
        "diablo",
        "ducati",
        "enzo",
        "saleen",
        "ccx",
    }
    assert wanted <= set(specs)
    assert specs["ducati"].kind == "bike" and specs["ducati"].wheel_count == 2
    assert specs["subaru"].drive == "awd" and specs["bmw"].drive == "rwd"


@pytest.mark.parametrize("vid", ALL_IDS)
def test_acceleration_within_declared_range(specs: dict[str, VehicleSpec], vid: str) -> None:
    spec = specs[vid]
    low, high = spec.expect_accel_s
    seconds = proving.time_to_speed(spec)
    assert low <= seconds <= high, f"{vid}: 0-{spec.accel_kmh:g} km/h in {seconds:.2f} s"


@pytest.mark.parametrize("vid", ALL_IDS)
def test_top_speed_within_declared_range(specs: dict[str, VehicleSpec], vid: str) -> None:
    spec = specs[vid]
    low, high = spec.expect_top_kmh
    top = proving.top_speed_kmh(spec, seconds=60.0)
    assert low <= top <= high, f"{vid}: top speed {top:.1f} km/h"


def test_the_story_order_of_speed_holds(specs: dict[str, VehicleSpec]) -> None:
    """Scooter < Mustang < Subaru < Ford GT < Enzo < Saleen: the relative feel the story needs."""
    order = ["scooter", "mustang", "subaru", "fordgt", "enzo", "saleen"]
    tops = [proving.top_speed_kmh(specs[v], seconds=60.0) for v in order]
    assert tops == sorted(tops)
    # and the Ducati is the quickest off the line
    ducati = proving.time_to_speed(specs["ducati"], kmh=100.0)
    assert all(ducati < proving.time_to_speed(specs[v], kmh=100.0) for v in ("fordgt", "enzo", "bmw"))


@pytest.mark.parametrize("vid", CARS)
def test_braking_distance_from_100(specs: dict[str, VehicleSpec], vid: str) -> None:
    distance = proving.braking_distance_m(specs[vid])
    assert 28.0 <= distance <= 55.0, f"{vid}: {distance:.1f} m from 100 km/h"


def test_heavy_old_car_stops_longer_than_supercar(specs: dict[str, VehicleSpec]) -> None:
    assert proving.braking_distance_m(specs["mustang"]) > 1.3 * proving.braking_distance_m(specs["enzo"])


def test_steady_turn_grips_on_asphalt_and_slides_on_sand(specs: dict[str, VehicleSpec]) -> None:
    """0.7 g round a 50 m circle: easy on asphalt, beyond what sand can give.

    Traction control is off: it would hold the car back to what sand allows,
    and this test is about the tyres.
    """
    spec = dataclasses.replace(specs["bmw"], traction_control=False)
    radius, kmh = 50.0, 67.0
    asphalt = proving.steady_turn(spec, Surface.ASPHALT, radius, kmh)
    assert asphalt.speed_kmh == pytest.approx(kmh, rel=0.05)
    assert asphalt.radius_m == pytest.approx(radius, rel=0.08)
    assert asphalt.slip_deg < 4.0
    sand = proving.steady_turn(spec, Surface.SAND, radius, kmh)
    held_line = sand.radius_m == pytest.approx(radius, rel=0.08) and sand.speed_kmh > 0.92 * kmh
    assert not held_line, f"sand held {sand}"
    assert sand.lateral_g < 0.7 * asphalt.lateral_g
    assert sand.slip_deg > 2.0 * asphalt.slip_deg


def test_without_handbrake_the_same_flick_does_not_slide(specs: dict[str, VehicleSpec]) -> None:
    world = proving.pad_world(specs["subaru"])
    proving.drive(world, 30.0, lambda v: Controls(throttle=1.0), until=lambda v: v.speed >= 25.0)
    worst = 0.0
    for _ in range(round(0.8 / DT)):
        world.step({0: Controls(throttle=0.3, steer=1.0)})
        worst = max(worst, abs(math.degrees(world.vehicle_view(0).slip_angle)))
    assert worst < 15.0


def test_nitrous_adds_acceleration_and_top_speed(specs: dict[str, VehicleSpec]) -> None:
    spec = specs["diablo"]
    plain = proving.time_to_speed(spec, kmh=200.0)
    boosted = proving.time_to_speed(spec, kmh=200.0, nitrous=True)
    assert boosted < 0.85 * plain
    top_plain = proving.top_speed_kmh(spec, seconds=60.0)
    # hold full throttle until near the top, then fire the whole tank
    world = proving.pad_world(spec, size=20000.0)
    proving.drive(world, 60.0, lambda v: Controls(throttle=1.0))
    best = proving.drive(world, spec.nitrous_s, lambda v: Controls(throttle=1.0, nitrous=True))
    assert best.speed * 3.6 > top_plain + 10.0


@pytest.mark.parametrize("vid", ["diablo", "subaru", "ccx"])
def test_nitrous_empties_in_its_stated_time_and_refills_slowly(
    specs: dict[str, VehicleSpec], vid: str
) -> None:
    spec = specs[vid]
    world = proving.pad_world(spec)
    view = world.vehicle_view(0)
    assert view.nitrous == 1.0
    burn = 0.0
    while view.nitrous > 0.0 and burn < 60.0:
        world.step({0: Controls(throttle=1.0, nitrous=True)})
        burn += DT
        view = world.vehicle_view(0)
        assert view.nitrous_on or view.nitrous == 0.0
    assert burn == pytest.approx(spec.nitrous_s, abs=2 * DT)
    proving.drive(world, 1.0, lambda v: Controls(throttle=1.0, nitrous=True))
    assert not world.vehicle_view(0).nitrous_on  # empty means off
    proving.drive(world, spec.nitrous_refill_s / 2, lambda v: Controls(throttle=0.5))
    assert world.vehicle_view(0).nitrous == pytest.approx(0.5, abs=0.02)


def test_bikes_lose_front_grip_braking_while_leaned(specs: dict[str, VehicleSpec]) -> None:
    """The Ducati's front tyre lets go when braked hard mid-corner, but not when upright."""

    def front_sliding_share(spec: VehicleSpec, steer: float) -> float:
        world = proving.pad_world(spec)
        proving.drive(world, 30.0, lambda v: Controls(throttle=1.0), until=lambda v: v.speed >= 22.0)
        proving.drive(world, 0.5, lambda v: Controls(throttle=0.3, steer=steer))
        # the first tenth of a second is the weight still moving forward: ignore that bite
        proving.drive(world, 0.1, lambda v: Controls(brake=1.0, steer=steer))
        sliding = 0
        steps = round(0.5 / DT)
        for _ in range(steps):
            world.step({0: Controls(brake=1.0, steer=steer)})
            sliding += world.vehicle_view(0).sliding_wheels[0]
        return sliding / steps

    ducati = specs["ducati"]
    assert front_sliding_share(ducati, 0.15) > 0.5
    assert front_sliding_share(ducati, 0.0) < 0.1
    # the same corner, braked gently, holds on
    assert _gentle(ducati) < 0.5


def _gentle(spec: VehicleSpec) -> float:
    world = proving.pad_world(spec)
    proving.drive(world, 30.0, lambda v: Controls(throttle=1.0), until=lambda v: v.speed >= 22.0)
    proving.drive(world, 0.5, lambda v: Controls(throttle=0.3, steer=0.15))
    sliding = 0
    for _ in range(60):
        world.step({0: Controls(brake=0.15, steer=0.15)})
        sliding += world.vehicle_view(0).sliding_wheels[0]
    return sliding / 60


def test_reverse_when_braking_from_standstill(specs: dict[str, VehicleSpec]) -> None:
    world = proving.pad_world(specs["subaru"])
    start_x = world.vehicle_view(0).x
    view = proving.drive(world, 4.0, lambda v: Controls(brake=1.0))
    assert view.reversing
    assert view.x < start_x - 5.0
    assert view.speed * 3.6 <= specs["subaru"].reverse_kmh + 1.0


def test_loose_surface_slows_and_rally_car_copes_better(specs: dict[str, VehicleSpec]) -> None:
    bmw_asphalt = proving.top_speed_kmh(specs["bmw"], seconds=40.0)
    world = proving.pad_world(specs["bmw"], surface=Surface.SAND)
    bmw_sand = proving.drive(world, 40.0, lambda v: Controls(throttle=1.0)).speed * 3.6
    assert bmw_sand < 0.7 * bmw_asphalt
    subaru_dirt = proving.steady_turn(specs["subaru"], Surface.DIRT, 40.0, 66.0)
    bmw_dirt = proving.steady_turn(specs["bmw"], Surface.DIRT, 40.0, 66.0)
    assert subaru_dirt.lateral_g > bmw_dirt.lateral_g
