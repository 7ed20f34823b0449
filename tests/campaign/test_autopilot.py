"""The autopilot wins every mission, each in 30 s to 3 min of sim time, the same way every time."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.campaign.helpers import MISSION_IDS, autopilot


@pytest.mark.parametrize("mid", MISSION_IDS)
def test_autopilot_wins(mid: str) -> None:
    rt, outcome = autopilot(mid)
    assert outcome.won, f"{mid}: {outcome.reason} at {outcome.time_s:.1f} s in '{outcome.objective}'"
    assert 20.0 <= outcome.time_s <= 180.0, f"{mid} took {outcome.time_s:.1f} s"
    assert rt.done == [o.id for o in rt.mission.objectives if o.kind != "avoid"]


def test_same_seed_same_hash() -> None:
    a, oa = autopilot("06-off-duty", seed=3)
    b, ob = autopilot("06-off-duty", seed=3)
    assert oa == ob
    assert a.state_hash() == b.state_hash()


def test_command_prints_the_json_contract() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "game",
            "mission",
            "07-drift-school",
            "--headless",
            "--autopilot",
            "--json",
            "--seed",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(data) == {"id", "outcome", "reason", "time_s", "state_hash"}
    assert data["id"] == "07-drift-school" and data["outcome"] == "won"


def test_command_errors_are_one_sentence() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "game", "mission", "99-nothing", "--headless", "--autopilot"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "there is no mission '99-nothing'" in out.stderr
