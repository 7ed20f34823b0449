"""Every vehicle can be driven a lap by hand: four keys, held fully down, through the assist.

A car that only the smooth AI can drive is broken. ``KeyboardHands`` drives
the way a person at a keyboard does (keys all the way down or up, held at
least 0.1 s, pushing 15% over a cautious plan) on the technical harbour
circuit; every vehicle must finish the lap without spinning, past its
held-key slip limit, or hitting a wall.
"""

from __future__ import annotations

import math

import pytest

from game.content.library import Library
from game.content.sessions import build
from game.content.setup import RaceSetup
from game.content.vehicles import load_vehicles
from game.paths import VEHICLES_FILE
from game.sim import handling
from game.sim.events import WALL, Collision
from game.sim.timetrial import TimeTrial

TRACK = "harbour"
IDS = list(load_vehicles(VEHICLES_FILE))


@pytest.mark.parametrize("vid", IDS)
def test_a_lap_by_keyboard(vid: str) -> None:
    trial = build(RaceSetup("time-trial", TRACK, vid, 0, 1, "hard", 7), Library()).play
    assert isinstance(trial, TimeTrial)
    session = trial.session
    spec = session.specs[0]
    hands = handling.KeyboardHands(spec, session.line, pace=1.15)
    worst = 0.0
    walls = 0
    while not trial.over and session.world.step_count < 120 * 240:
        trial.step({0: hands(trial.snapshot().vehicles[0])})
        view = trial.snapshot().vehicles[0]
        if view.speed > 5.0 and not view.fallen:
            worst = max(worst, abs(math.degrees(view.slip_angle)))
        walls += sum(
            1
            for e in trial.drain_events()
            if isinstance(e, Collision) and e.vehicle == 0 and e.other == WALL and e.delta_v > 2.0
        )
    assert trial.best is not None, f"{vid} did not finish a lap by keyboard"
    assert worst <= handling.held_key_limit_deg(spec), f"{vid} slid {worst:.0f} deg"
    assert walls == 0, f"{vid} hit the wall {walls} times"
