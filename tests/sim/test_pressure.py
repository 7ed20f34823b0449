"""Pressure: a rival with a car close behind makes more mistakes, and one alone no more than before.

Without it the order on a technical circuit changed only when a quicker
car was let by (about one lead change a race on Harbour, Red Rock and City
Night); a leader who brakes late with a car in its mirrors is the chaser's
chance. The rolls are walked corner by corner round a real line, so the
count is of the mistakes the race would see.
"""

from __future__ import annotations

import random

import numpy as np

from game.content.library import Library
from game.sim.ai.driver import PRESSURE_MISTAKES, AICar, RaceDrivers
from game.sim.ai.planner import racing_line_for
from game.sim.ai.profile import Personality

LAPS = 30


def _mistakes_per_car(pressed: tuple[bool, bool], seed: int = 4) -> tuple[int, int]:
    library = Library()
    line = racing_line_for(library.load("harbour").track)
    spec = library.vehicles()["subaru"]
    normal = library.rivals().skill("normal")
    cars = [AICar(k, spec, normal, Personality()) for k in range(2)]
    drivers = RaceDrivers(line, cars, np.full(2, 1.0))
    rng = random.Random(seed)
    counted = np.zeros(2, dtype=int)
    flags = np.array(pressed)
    for _ in range(LAPS):
        for idx in range(0, len(line), 2):
            before = drivers.last_corner.copy()
            drivers._mistakes(np.array([idx, idx]), rng, None, flags)
            new_corner = drivers.last_corner != before
            counted += new_corner & ((drivers.late_pts > 0) | (drivers.wide_m > 0))
    return int(counted[0]), int(counted[1])


def test_a_rival_with_a_car_close_behind_errs_more_often() -> None:
    pressed, calm = _mistakes_per_car((True, False))
    assert calm > 10, "too few corners to compare"
    assert pressed >= (1.0 + 0.6 * PRESSURE_MISTAKES) * calm, f"pressed {pressed}, calm {calm}"


def test_without_pressure_both_cars_err_alike() -> None:
    first, second = _mistakes_per_car((False, False))
    assert abs(first - second) <= 0.35 * max(first, second), (first, second)
