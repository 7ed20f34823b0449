"""Vehicle classes: a performance index from the specs, and bands that group the bundled cars fairly."""

from __future__ import annotations

import math
from dataclasses import replace
from itertools import pairwise

import pytest

from game.sim.classes import (
    BANDS,
    CLASSES,
    class_members,
    performance_index,
    reference_lap_s,
    vehicle_class,
)
from game.sim.vehicle import VehicleSpec


@pytest.mark.parametrize("car", ["scooter", "subaru", "nicole", "ducati", "ccx"])
def test_the_index_rises_with_power_to_weight_and_nothing_else_changed(
    specs: dict[str, VehicleSpec], car: str
) -> None:
    base = specs[car]
    powers = [base.power_kw * f for f in (0.6, 0.8, 1.0, 1.25, 1.6)]
    by_power = [performance_index(replace(base, power_kw=p)) for p in powers]
    assert all(a < b for a, b in pairwise(by_power)), by_power
    masses = [base.mass_kg * f for f in (1.3, 1.15, 1.0, 0.9, 0.8)]  # lighter: more power per kg
    by_mass = [performance_index(replace(base, mass_kg=m)) for m in masses]
    assert all(a < b for a, b in pairwise(by_mass)), by_mass


@pytest.mark.parametrize(
    ("field", "factors"),
    [("grip_front", (0.8, 1.0, 1.2)), ("brake_force_n", (0.5, 0.75, 1.0)), ("drag_area", (1.4, 1.0, 0.7))],
)
def test_more_grip_brakes_or_top_speed_never_lower_the_index(
    specs: dict[str, VehicleSpec], field: str, factors: tuple[float, ...]
) -> None:
    for car in ("mustang", "bmw", "enzo"):
        base = specs[car]
        spec = base
        if field == "grip_front":  # the front the weaker axle, so its grip is the one that counts
            spec = replace(base, grip_rear=max(base.grip_front, base.grip_rear) * 1.3)
        values = [performance_index(replace(spec, **{field: getattr(spec, field) * f})) for f in factors]
        assert all(a <= b for a, b in pairwise(values)), (car, values)
        limited = field == "drag_area" and spec.speed_limit_kmh > 0  # the limiter, not drag, caps the BMW
        assert limited or values[0] < values[-1], (car, field)


def test_the_index_is_a_lap_time_ratio(specs: dict[str, VehicleSpec]) -> None:
    for spec in specs.values():
        lap = reference_lap_s(spec)
        assert math.isfinite(lap) and lap > 0
        assert performance_index(spec) == pytest.approx(100.0 * 68.5 / lap)


def test_every_bundled_vehicle_has_a_class_and_every_class_three_vehicles(
    specs: dict[str, VehicleSpec],
) -> None:
    assert {vehicle_class(s) for s in specs.values()} == set(CLASSES)
    for name in CLASSES:
        assert len(class_members(specs, name)) >= 3, (name, class_members(specs, name))
    assert sum(len(class_members(specs, name)) for name in CLASSES) == len(specs)


def test_the_bundled_cars_group_as_a_racer_would_expect(specs: dict[str, VehicleSpec]) -> None:
    assert set(class_members(specs, "C")) == {"scooter", "mustang", "police", "getaway"}
    assert {"subaru", "bmw", "wolf", "nicole"} <= set(class_members(specs, "B"))
    assert {"fordgt", "ducati", "saleen", "ccx", "enzo"} <= set(class_members(specs, "A"))
    ordered = sorted(specs, key=lambda v: performance_index(specs[v]))
    assert ordered[0] == "scooter" and set(ordered[-2:]) == {"enzo", "ccx"}  # the Enzo has company


def test_no_bundled_car_sits_on_a_band_edge(specs: dict[str, VehicleSpec]) -> None:
    """At least 1% from every bound, so a rounding change in the physics moves no car across one."""
    for spec in specs.values():
        for _, low in BANDS[1:]:
            assert abs(math.log(performance_index(spec) / low)) > 0.01, (
                spec.id,
                performance_index(spec),
                low,
            )


def test_classes_are_ordered_by_their_bands() -> None:
    assert [name for name, _ in BANDS] == list(CLASSES)
    assert all(a[1] < b[1] for a, b in pairwise(BANDS))
