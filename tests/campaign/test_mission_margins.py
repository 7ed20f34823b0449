"""Missions with margin: the autopilot wins every mission, a human-like one 8 races in 10,
and no race is decided by less than half a second.

Each test is one mission and one driver over its seeds, so pytest-xdist can
spread them over the cores (each takes from a few seconds to about a minute).
"""

from __future__ import annotations

import pytest

from game.tools.mission_margins import HUMAN_WINS_TARGET, MARGIN_TARGET_S, Run, measure, mission, mission_ids

SEEDS = range(10)
STEADY_SEEDS = range(3)
"""Where the seed barely moves the drive, three of the ten: the autopilot's race times vary by about
0.1 s over ten seeds and the road missions' not at all (``python -m game.tools.mission_margins``
runs all ten of everything). The human-like driver's mistakes are drawn from the seed, so its races
run all ten."""


def _seeds(mid: str, pilot: str) -> range:
    return SEEDS if pilot == "human" and mission(mid).race is not None else STEADY_SEEDS


def _describe(r: Run) -> str:
    margin = "" if r.margin_s is None else f", margin {r.margin_s:+.2f} s to {r.rival}"
    result = "won" if r.won else r.reason
    return f"{r.mission} seed {r.seed} ({r.pilot}): {result} at {r.time_s:.1f} s{margin}"


def _close_races(runs: list[Run]) -> list[str]:
    return [_describe(r) for r in runs if r.margin_s is not None and abs(r.margin_s) < MARGIN_TARGET_S]


@pytest.mark.parametrize("mid", mission_ids())
def test_autopilot_wins_every_seed_with_margin(mid: str) -> None:
    runs = [measure(mid, seed, "pilot") for seed in _seeds(mid, "pilot")]
    lost = [_describe(r) for r in runs if not r.won]
    assert not lost, "the autopilot lost: " + "; ".join(lost)
    close = _close_races(runs)
    assert not close, f"decided by under {MARGIN_TARGET_S} s: " + "; ".join(close)


@pytest.mark.parametrize("mid", mission_ids())
def test_human_like_autopilot_wins_most_seeds_with_margin(mid: str) -> None:
    runs = [measure(mid, seed, "human") for seed in _seeds(mid, "human")]
    wins = sum(r.won for r in runs)
    need = round(HUMAN_WINS_TARGET * len(runs))
    lost = [_describe(r) for r in runs if not r.won]
    told = f"{mid}: the human-like autopilot won {wins}/{len(runs)} (need {need}): "
    assert wins >= need, told + "; ".join(lost)
    close = _close_races(runs)
    assert not close, f"decided by under {MARGIN_TARGET_S} s: " + "; ".join(close)


@pytest.mark.parametrize("mid", ["02-pizza-run", "06-off-duty", "08-last-race"])
def test_the_human_like_driver_is_slower_than_the_autopilot(mid: str) -> None:
    """On the roads (a delivery, a chase) and on the racing line: ordinary skill shows in the time."""
    pilot, human = measure(mid, 0, "pilot"), measure(mid, 0, "human")
    assert pilot.won and human.won
    assert human.time_s > pilot.time_s + 0.5, f"{mid}: pilot {pilot.time_s:.2f} s, human {human.time_s:.2f} s"
