"""Each mission can be lost, for the reason the story says."""

from __future__ import annotations

import math

import pytest

from game.sim.controls import Controls
from game.sim.mission.autopilot import Autopilot
from game.sim.mission.runner import MissionRunner
from tests.campaign.helpers import autopilot, idle, play, runner

IDLE_FAILURES = {
    "01-final-notice": "time_up",
    "02-pizza-run": "time_up",
    "03-the-phantom": "lost_race",
    "04-borrowed-bmw": "lost_race",
    "05-wheel-man": "time_up",
    "06-off-duty": "lost_target",
    "07-drift-school": "time_up",
    "08-last-race": "lost_race",
    "10-ducati": "time_up",
    "12-freeway": "lost_race",
}


@pytest.mark.parametrize(("mid", "reason"), sorted(IDLE_FAILURES.items()))
def test_doing_nothing_fails(mid: str, reason: str) -> None:
    outcome = play(runner(mid), idle, max_s=500.0)
    assert not outcome.won
    assert outcome.reason == reason
    assert outcome.money == 0 and outcome.medal == ""


def test_red_rock_crossing_the_line_wins_the_race_and_loses_the_story() -> None:
    _, outcome = autopilot("11-red-rock-canyon", skip=("stop_before_line",))
    assert not outcome.won
    assert outcome.reason == "crossed_line"


def test_high_stakes_hitting_the_diablo_fails() -> None:
    rt = runner("09-high-stakes")
    play_until(rt, 5.0)
    jason = rt.vehicle_of("jason")
    rt.world.fleet.set_wrecked(jason, True)  # as if the flip came early
    play_until(rt, 9.0)
    p, h = rt.pos(jason), rt.heading(jason)
    behind = p - complex(math.cos(h), math.sin(h)) * 9.0
    rt.world.place_vehicle(0, behind.real, behind.imag, h)
    outcome = play(rt, lambda _rt: Controls(throttle=1.0), max_s=30.0)
    assert outcome.reason == "hit_hazard"


def test_off_duty_tailing_too_close_is_spotted() -> None:
    rt = runner("06-off-duty")
    ap = Autopilot(rt)
    outcome = play(rt, lambda _rt: ap._ram("getaway"), max_s=120.0)  # right on its bumper
    assert outcome.reason == "spotted"


def test_a_wrecked_car_fails_the_mission() -> None:
    rt = runner("02-pizza-run")
    play_until(rt, 2.0)
    rt.world.fleet.set_wrecked(0, True)
    outcome = play(rt, idle, max_s=10.0)
    assert outcome.reason == "wrecked"


def test_borrowed_bmw_bills_the_damage() -> None:
    _, outcome = autopilot("04-borrowed-bmw")
    assert outcome.won
    assert outcome.money == 10000 - round(outcome.damage * 24000)


def play_until(rt: MissionRunner, t: float) -> None:
    while rt.time_s < t:
        rt.step(Controls())
