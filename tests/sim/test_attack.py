"""Attacking: a rival with a car close ahead finds a little pace, the same share in every car.

Balanced for equal laps, a class ran nose to tail and the car on pole led
flag to flag on the technical circuits (no lead change in ten races on
Harbour). A driver with a car in reach pushes past its usual margin; the
push is set as lap time, so no car gains more from it than another, and a
rival that has just lost a place regroups before it strikes back.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from game.content.library import Library
from game.sim.ai.driver import (
    ATTACK_COOLDOWN_S,
    ATTACK_GAIN,
    ATTACK_GAP_S,
    LIMIT_SKILL,
    THINK_HZ,
    AICar,
    RaceDrivers,
    attack_factors,
    balance_of_performance,
    balanced_throttle,
)
from game.sim.ai.planner import racing_line_for
from game.sim.ai.profile import Personality
from game.sim.ai.sensing import FleetState, LineTracker
from game.sim.ai.speed import plan_lap_s, speed_plan

CARS = ("subaru", "diablo", "wolf", "bmw", "nicole")


@pytest.fixture(scope="module")
def library() -> Library:
    return Library()


def test_an_attack_is_the_same_share_of_lap_in_every_car(library: Library) -> None:
    track = library.load("harbour").track
    line = racing_line_for(track)
    specs = library.vehicles()
    normal = library.rivals().skill("normal")
    pace = library.pace(track)
    assert pace is not None, "harbour ships a pace table"
    cars = [AICar(k, specs[c], normal, Personality()) for k, c in enumerate(CARS)]
    plans = np.array([speed_plan(line, c.spec, normal) for c in cars])
    limits = np.array([speed_plan(line, c.spec, LIMIT_SKILL) for c in cars])
    factors = balance_of_performance(line, cars, plans, limits, specs["subaru"], pace)
    push = attack_factors(line, cars, plans, limits, factors, pace)

    def real_lap(k: int, f: float) -> float:
        car = cars[k]
        plan = np.minimum(plans[k] * f, limits[k])
        estimate = plan_lap_s(line, car.spec, plan, balanced_throttle(normal.throttle, f))
        return estimate * pace[car.spec.id].ratio(f)

    for k, car in enumerate(CARS):
        gained = 1.0 - real_lap(k, factors[k] * push[k]) / real_lap(k, factors[k])
        assert gained == pytest.approx(ATTACK_GAIN, abs=0.0005), f"{car} gains {gained:.4f} of its lap"
    # Not one speed push for all: each car needs its own to gain the same time.
    assert float(np.ptp(push)) > 0.001, push


def _drivers(library: Library, n: int = 2) -> RaceDrivers:
    line = racing_line_for(library.load("harbour").track)
    spec = library.vehicles()["subaru"]
    normal = library.rivals().skill("normal")
    cars = [AICar(k, spec, normal, Personality()) for k in range(n)]
    return RaceDrivers(line, cars, np.full(n, 1.0))


def test_a_car_within_reach_ahead_is_attacked_and_one_behind_is_not(library: Library) -> None:
    drivers = _drivers(library)
    speed = np.full(2, 30.0)
    gap = 0.5 * ATTACK_GAP_S * 30.0
    ds = np.array([[0.0, gap], [-gap, 0.0]])  # car 1 is half a second ahead of car 0
    assert drivers._attackers(ds, speed, None, 1.0 / THINK_HZ).tolist() == [True, False]
    far = 2.0 * ds  # a second ahead, at 30 m/s
    assert drivers._attackers(far, speed, None, 1.0 / THINK_HZ).tolist() == [False, False]


def test_a_rival_that_loses_a_place_regroups_before_it_attacks_again(library: Library) -> None:
    drivers = _drivers(library)
    dt = 1.0 / THINK_HZ
    leading = np.array([[0.0, -8.0], [8.0, 0.0]])  # car 0 leads car 1 by 8 m
    assert drivers._attackers(leading, np.full(2, 20.0), np.array([0.0, 1.0]), dt).tolist() == [False, True]
    # Car 1 has passed car 0 and leads it by 8 m: car 0 lost a place.
    passed = -leading
    wait_steps = int(ATTACK_COOLDOWN_S * THINK_HZ)
    speed, rank = np.full(2, 20.0), np.array([1.0, 0.0])
    attacked = [bool(drivers._attackers(passed, speed, rank, dt)[0]) for _ in range(wait_steps + 5)]
    first = attacked.index(True)
    assert first == pytest.approx(wait_steps, abs=2), f"attacked again after {first} ticks"


def _pace_draws(library: Library, consistency: float, laps: int = 600) -> np.ndarray:
    line = racing_line_for(library.load("harbour").track)
    spec = library.vehicles()["subaru"]
    normal = library.rivals().skill("normal")
    drivers = RaceDrivers(line, [AICar(0, spec, normal, Personality(consistency=consistency))], np.ones(1))
    rng = random.Random(7)
    calm = np.zeros(1, dtype=bool)
    out = []
    for _ in range(laps):
        for idx in (len(line) - 2, 1):  # the end of a lap, then over the line
            drivers._mistakes(np.array([idx]), rng, None, calm)
        out.append(float(drivers.pace[0]))
    return np.array(out)


def test_an_inconsistent_driver_has_good_and_bad_laps_and_is_no_slower_on_average(library: Library) -> None:
    steady = _pace_draws(library, 0.85)
    erratic = _pace_draws(library, 0.4)
    assert steady.mean() == pytest.approx(1.0, abs=0.002)
    assert erratic.mean() == pytest.approx(1.0, abs=0.002)
    assert erratic.std() > 3.0 * steady.std()
    assert erratic.max() > 1.01 and erratic.min() < 0.99


def _throttle_on_a_straight(library: Library, other_ahead_m: float, gain: float = ATTACK_GAIN) -> float:
    """Rival 0's throttle at 20 m/s on Harbour's longest straight, rival 1 ``other_ahead_m`` up the road."""
    drivers = _drivers(library)
    drivers.set_attack(gain)
    line = drivers.line
    here = int(np.argmax(drivers.plan[0]))  # the end of the longest straight
    here = (here - int(60.0 / line.spacing)) % len(line)  # well before it: flat out, no braking yet
    there = (here + round(other_ahead_m / line.spacing)) % len(line)
    pts = line.pts[[here, there]]
    tangent = line.tangent[[here, there]]
    fleet = FleetState(0.0, pts, np.angle(tangent), 20.0 * tangent, np.zeros(2))
    tracker = LineTracker(line)
    tracker.update(pts)
    controls = drivers.think(fleet, tracker, random.Random(1), np.zeros(2), np.zeros(2))
    return controls[0].throttle


def test_a_rival_pushes_harder_with_a_car_a_second_ahead(library: Library) -> None:
    alone = _throttle_on_a_straight(library, 400.0)
    chasing = _throttle_on_a_straight(library, 15.0)
    off = _throttle_on_a_straight(library, 15.0, gain=0.0)
    assert off == pytest.approx(alone, abs=1e-3), "not attacking, a car up the road changes nothing here"
    assert chasing > alone + 0.005, (alone, chasing)
    assert chasing <= 1.0
