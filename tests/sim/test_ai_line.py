"""Racing-line geometry, computed lines, speed plans and the rivals file."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from game.content.errors import ContentError
from game.content.rivals import load_rivals, parse_rivals
from game.paths import ASSETS_DIR
from game.sim.ai.geometry import WallIndex
from game.sim.ai.line import build_line
from game.sim.ai.planner import compute_racing_line, lap_gates
from game.sim.ai.profile import Skill
from game.sim.ai.speed import G, speed_plan
from game.sim.circuits import stadium_circuit
from game.sim.vehicle import VehicleSpec

TRACK = stadium_circuit()


def test_line_is_measured_from_the_finish_with_the_room_either_side() -> None:
    line = build_line(TRACK, TRACK.racing_line)
    assert line.length == pytest.approx(2 * 400 + 2 * math.pi * 60, rel=0.01)
    assert TRACK.finish is not None
    finish_x = TRACK.finish.a[0]
    assert abs(line.pts[0].real - finish_x) < 1e-6
    assert line.tangent[0].real > 0.99  # the grid faces +x, so does the line
    # walls 7 m either side of the centre line, 0.5 m thick
    assert np.allclose(line.left, 6.5, atol=0.1) and np.allclose(line.right, 6.5, atol=0.1)
    assert (line.curvature <= 1e-9).all()  # every corner of the stadium is a left-hander


def test_computed_line_stays_inside_and_passes_every_gate_in_order() -> None:
    bare = dataclasses.replace(TRACK, racing_line=())
    line = build_line(bare, compute_racing_line(bare))
    walls = WallIndex(bare)
    assert walls.distance_to(line.pts).min() > bare.wall_radius + 1.0
    gate_s = [line.s[line.nearest(complex(*g.a) / 2 + complex(*g.b) / 2)] for g in lap_gates(bare)]
    assert gate_s[0] < 5.0 and gate_s[1:] == sorted(gate_s[1:])
    # smoother than the centre line: its tightest bend is no tighter than the centre's
    centre = build_line(TRACK, TRACK.racing_line)
    assert np.abs(line.curvature).max() <= np.abs(centre.curvature).max() * 1.05


def test_speed_plan_brakes_in_time_for_every_corner(specs: dict[str, VehicleSpec]) -> None:
    line = build_line(TRACK, TRACK.racing_line)
    skill = Skill(corner_grip=0.9, brake_grip=0.8)
    spec = specs["wolf"]
    plan = speed_plan(line, spec, skill)
    grip = min(spec.grip_front, spec.grip_rear)
    a_brake = min(spec.brake_force_n / spec.mass_kg, G * grip) * skill.brake_grip
    nxt = np.roll(plan, -1)
    assert (plan**2 <= nxt**2 + 2 * a_brake * line.spacing + 1e-6).all()
    corner = np.abs(line.curvature) > 1e-3
    limit = np.sqrt(G * grip * skill.corner_grip / np.abs(line.curvature[corner]))
    assert (plan[corner] <= limit + 1e-6).all()
    assert plan.max() > 2 * plan.min()  # fast on the straights, slow in the bends


def test_rivals_file_has_every_difficulty_and_named_rivals() -> None:
    book = load_rivals(ASSETS_DIR / "rivals.toml")
    easy, normal, hard = (book.skill(d) for d in ("easy", "normal", "hard"))
    assert easy.corner_grip < normal.corner_grip < hard.corner_grip
    assert easy.mistake_rate > normal.mistake_rate > hard.mistake_rate
    assert len(book.rivals) >= 7 and len({r.name for r in book.rivals}) == len(book.rivals)


def test_rivals_file_problems_are_all_reported_by_name() -> None:
    text = """
[difficulty.easy]
corner_grip = 2.0
[difficulty.normal]
[rival.x]
name = "X"
car = "subaru"
aggression = "lots"
speed = 3
"""
    with pytest.raises(ContentError) as err:
        parse_rivals(text, "rivals.toml")
    message = str(err.value)
    for fragment in (
        "difficulty 'easy': 'corner_grip'",
        "[difficulty.hard]",
        "rival 'x': 'aggression'",
        "'speed' is not a rival field",
    ):
        assert fragment in message
