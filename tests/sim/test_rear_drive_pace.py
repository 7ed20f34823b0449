"""The rear-drive mid-field is not slower than the Subaru on a technical circuit.

Before the handling retune the 221 kW Subaru beat the 330-373 kW rear-drive
BMW, Wolf's coupe and Nicole's car by 8-13% on the harbour circuit: their
rear tyres had less grip than their fronts, so every exit was a fight with
the tail. Solo, hard AI, two laps, best lap.
"""

from __future__ import annotations

import pytest

from game.content.library import Library
from game.content.sessions import build
from game.content.setup import RaceSetup

TRACK = "harbour"


def _best_lap(car: str) -> float:
    setup = RaceSetup("time-trial", TRACK, car, 0, 2, "hard", 7, player_ai=True)
    trial = build(setup, Library()).play
    while not trial.session.over and trial.session.world.step_count < trial.session.last_step:  # type: ignore[attr-defined]
        trial.step()
    assert trial.best is not None, f"{car} never finished a clean lap"  # type: ignore[attr-defined]
    return float(trial.best.lap_time_s)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def subaru_lap() -> float:
    return _best_lap("subaru")


@pytest.mark.parametrize("car", ["bmw", "wolf"])
def test_rear_drive_mid_field_within_2_percent_of_the_subaru(car: str, subaru_lap: float) -> None:
    lap = _best_lap(car)
    assert lap <= 1.02 * subaru_lap, f"{car} {lap:.2f} s vs subaru {subaru_lap:.2f} s"


def test_the_drift_car_pays_for_its_drift_but_not_more_than_7_percent(subaru_lap: float) -> None:
    """Nicole's car keeps its power-over drift (no traction control, a loose rear), and the
    computer drivers' throttle is too blunt to drive it as fast as a gripper: it was 10%
    off, it is held to 7% here until the rivals learn throttle control (the racecraft work)."""
    lap = _best_lap("nicole")
    assert lap <= 1.07 * subaru_lap, f"nicole {lap:.2f} s vs subaru {subaru_lap:.2f} s"
