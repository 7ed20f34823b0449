"""Slipstream: a car close behind another meets less air, for everyone who drives.

The model (``game.sim.draft``) on its own first: where the wake is, that it
fades without a step, that the order of the bodies does not matter. Then in
the world: two identical cars on a long straight, the follower flat out in
the leader's wake, gains speed on it and closes the gap; 30 m back or 4 m to
the side it gains nothing, and a car alone is exactly as fast as before. The
player's car is drafted like a rival's, because it is physics.
"""

from __future__ import annotations

import dataclasses
import itertools
import math

import numpy as np
import pytest

from game.sim import draft
from game.sim.ai.profile import Personality, Skill
from game.sim.ai.speed import top_speed
from game.sim.circuits import open_pad, stadium_circuit
from game.sim.controls import Controls
from game.sim.dynamics import steering_lock
from game.sim.proving import KMH, top_speed_kmh
from game.sim.race import RaceConfig
from game.sim.session import Entrant, RaceSession
from game.sim.snapshot import VehicleView
from game.sim.track import StartSlot
from game.sim.vehicle import VehicleSpec
from game.sim.world import DT, World

LENGTH, WIDTH = 4.4, 1.8


def _shares(cars: list[tuple[float, float, float, float]], widths: list[float] | None = None) -> list[float]:
    """The model for cars given as (x, y, heading, speed along the heading)."""
    n = len(cars)
    bodies = np.array(
        [[x, y, h, v * math.cos(h), v * math.sin(h), 0.0] for x, y, h, v in cars], dtype=np.float64
    )
    out = np.zeros(n)
    draft.spared_drag(
        bodies,
        np.arange(n, dtype=np.intp),
        np.full(n, LENGTH),
        np.array(widths if widths is not None else [WIDTH] * n),
        np.zeros((n, draft.SCRATCH_COLUMNS)),
        out,
    )
    return out.tolist()


def _pair(gap: float, offset: float = 0.0, speed: float = 40.0) -> tuple[float, float]:
    """(leader, follower) shares: the follower ``gap`` m nose to tail behind, ``offset`` m aside."""
    lead, follow = _shares([(100.0, 50.0, 0.0, speed), (100.0 - LENGTH - gap, 50.0 + offset, 0.0, speed)])
    return lead, follow


# -- the model ----------------------------------------------------------------


def test_right_behind_spares_the_most_and_the_leader_a_little() -> None:
    lead, follow = _pair(0.5)
    assert follow == pytest.approx(draft.DRAFT_MAX)
    assert 0.30 <= follow <= 0.35
    assert lead == pytest.approx(draft.LEADER_SHARE * follow)


def test_the_wake_fades_with_gap_and_offset() -> None:
    behind = [_pair(g)[1] for g in (1.0, 4.0, 6.0, 8.0, 10.0, 12.0, 30.0)]
    assert behind == sorted(behind, reverse=True)
    assert 0.15 <= behind[2] <= 0.25  # 6 m
    assert 0.05 <= behind[3] <= 0.15  # 8 m
    assert behind[-2] == behind[-1] == 0.0  # 12 m and beyond: clean air
    aside = [_pair(3.0, offset=o)[1] for o in (0.0, 0.5, 1.0, 1.5, WIDTH, 4.0)]
    assert aside == sorted(aside, reverse=True)
    assert aside[-2] == aside[-1] == 0.0  # a car width off the leader's path: clean air


def _largest_jump(trace: list[float]) -> float:
    return max(abs(a - b) for a, b in itertools.pairwise(trace))


def test_no_step_anywhere_in_the_wake() -> None:
    """Fine sweeps of gap, offset, speed and angle: neighbouring samples never differ by a jump.

    The steepest smooth slope gives at most ~0.004 between these samples; a
    step in the model would show as a whole share (~0.1-0.3) at once.
    """
    gaps = [_pair(g)[1] for g in np.linspace(-2.0, 14.0, 3201)]
    offsets = [_pair(3.0, offset=o)[1] for o in np.linspace(-3.0, 3.0, 1201)]
    speeds = [_pair(3.0, speed=v)[1] for v in np.linspace(5.0, 25.0, 801)]
    angles = []
    for deg in np.linspace(-40.0, 40.0, 801):
        h = math.radians(float(deg))
        angles.append(_shares([(100.0, 50.0, 0.0, 40.0), (100.0 - LENGTH - 3.0, 50.0, h, 40.0)])[1])
    for trace in (gaps, offsets, speeds, angles):
        assert trace[0] == 0.0 and max(trace) > 0.25
        assert _largest_jump(trace) < 0.006
    assert gaps[-1] == offsets[-1] == angles[-1] == 0.0


def test_no_wake_at_parking_speed_head_on_or_reversing() -> None:
    assert _pair(1.0, speed=10.0) == (0.0, 0.0)
    head_on = _shares([(100.0, 50.0, math.pi, 40.0), (100.0 - LENGTH - 1.0, 50.0, 0.0, 40.0)])
    assert head_on == [0.0, 0.0]
    reversing = _shares([(100.0, 50.0, math.pi, -40.0), (100.0 - LENGTH - 1.0, 50.0, 0.0, 40.0)])
    assert reversing == [0.0, 0.0]


def test_a_narrow_leader_shelters_a_wide_car_only_in_part() -> None:
    bike_ahead = _shares([(100.0, 50.0, 0.0, 40.0), (94.0, 50.0, 0.0, 40.0)], widths=[0.72, 1.8])
    car_ahead = _shares([(100.0, 50.0, 0.0, 40.0), (94.0, 50.0, 0.0, 40.0)], widths=[1.8, 1.8])
    assert 0.0 < bike_ahead[1] < 0.5 * car_ahead[1]


def test_a_train_is_no_better_than_one_car_ahead_and_order_does_not_matter() -> None:
    cars = [(100.0 - k * (LENGTH + 2.0), 50.0 + 0.1 * k, 0.0, 40.0 + k) for k in range(6)]
    shares = _shares(cars)
    assert all(s <= draft.DRAFT_MAX * (1 + draft.LEADER_SHARE) for s in shares)
    order = [3, 0, 5, 1, 4, 2]
    shuffled = _shares([cars[k] for k in order])
    assert shuffled == [shares[k] for k in order]  # exactly: pymunk's row order changes nothing


# -- in the world ---------------------------------------------------------------

Y = 4000.0


def _lane(view: VehicleView, spec: VehicleSpec, y: float = Y) -> Controls:
    """Full throttle, steering gently for the lane at ``y``."""
    want = max(-0.04, min(0.04, 0.02 * (y - view.y)))
    travel = math.atan2(view.vy, view.vx) if view.speed > 1.0 else view.heading
    steer = (3.0 * (want - travel) - 0.5 * view.yaw_rate) / steering_lock(spec, view.speed)
    return Controls(throttle=1.0, steer=max(-1.0, min(1.0, steer)))


@dataclasses.dataclass
class Run:
    lead: list[VehicleView]
    follow: list[VehicleView]

    @property
    def gaps(self) -> list[float]:
        return [a.x - b.x - LENGTH for a, b in zip(self.lead, self.follow, strict=True)]


def _straight(
    spec: VehicleSpec, gap: float, side: float = 0.0, seconds: float = 25.0, follower_first: bool = False
) -> Run:
    """Leader and follower from rest, flat out; stops once the follower is 1 m off the leader's tail."""
    world = World(open_pad(size=8000.0, cell_m=20.0), seed=0)
    lead_xy = (60.0 + gap + spec.length_m, Y)
    follow_xy = (60.0, Y + side)
    first, second = (follow_xy, lead_xy) if follower_first else (lead_xy, follow_xy)
    world.add_vehicle(spec, *first, 0.0)
    world.add_vehicle(spec, *second, 0.0)
    lead_i, follow_i = (1, 0) if follower_first else (0, 1)
    run = Run([], [])
    for _ in range(round(seconds / DT)):
        views = world.snapshot().vehicles
        world.step({i: _lane(v, spec, Y + (side if i == follow_i else 0.0)) for i, v in enumerate(views)})
        views = world.snapshot().vehicles
        run.lead.append(views[lead_i])
        run.follow.append(views[follow_i])
        if run.gaps[-1] < 1.0:
            break
    return run


def test_a_car_in_the_wake_gains_speed_and_closes_the_gap(specs: dict[str, VehicleSpec]) -> None:
    spec = specs["subaru"]
    assert spec.length_m == LENGTH
    run = _straight(spec, gap=8.0)
    gain_kmh = max(f.speed - a.speed for a, f in zip(run.lead, run.follow, strict=True)) * KMH
    assert gain_kmh >= 3.0
    assert run.gaps[-1] < 1.0  # caught up
    assert max(f.draft for f in run.follow) >= draft.DRAFT_MAX * 0.9
    assert max(a.draft for a in run.lead) <= draft.DRAFT_MAX * draft.LEADER_SHARE + 1e-12


@pytest.mark.parametrize(("gap", "side"), [(30.0, 0.0), (8.0, 4.0)])
def test_no_gain_far_behind_or_to_the_side(specs: dict[str, VehicleSpec], gap: float, side: float) -> None:
    run = _straight(specs["subaru"], gap=gap, side=side, seconds=20.0)
    assert len(run.follow) == round(20.0 / DT)
    assert all(f.draft == 0.0 and a.draft == 0.0 for a, f in zip(run.lead, run.follow, strict=True))
    assert abs(run.lead[-1].speed - run.follow[-1].speed) * KMH < 0.05


def test_a_car_alone_is_as_fast_as_before(specs: dict[str, VehicleSpec]) -> None:
    for vid in ("subaru", "enzo"):
        top = top_speed_kmh(specs[vid], seconds=90.0)
        assert top == pytest.approx(top_speed(specs[vid]) * KMH, rel=0.002)


def test_which_car_was_added_first_changes_nothing(specs: dict[str, VehicleSpec]) -> None:
    """The player is usually vehicle 0: being first in the fleet is no advantage or handicap."""
    a = _straight(specs["subaru"], gap=8.0, seconds=8.0)
    b = _straight(specs["subaru"], gap=8.0, seconds=8.0, follower_first=True)
    assert [v.speed for v in a.follow] == [v.speed for v in b.follow]
    assert [v.draft for v in a.follow] == [v.draft for v in b.follow]
    assert a.follow[-1].draft > 0.1


def _session(spec: VehicleSpec, player_behind: bool) -> tuple[RaceSession, float]:
    """A player and a rival in line, 5 m apart, on a long straight: (session, the lane's y)."""
    track = stadium_circuit(straight=1200.0)
    front = track.start_slots[0]
    slots = (
        StartSlot(0, front.x, front.y + 2.8, 0.0),  # on the centre line, where the rival drives
        StartSlot(1, front.x - spec.length_m - 5.0, front.y + 2.8, 0.0),
    )
    track = dataclasses.replace(track, start_slots=slots)
    rival = Entrant("rival", spec, Skill(mistake_rate=0.0), Personality(nitrous_use=0.0))
    player = Entrant("player", spec)
    entrants = [rival, player] if player_behind else [player, rival]
    session = RaceSession(track, entrants, RaceConfig(laps=1, countdown_s=0.0), seed=1)
    return session, front.y + 2.8


@pytest.mark.parametrize("player_behind", [True, False], ids=["player-behind", "rival-behind"])
def test_the_player_is_drafted_like_a_rival(specs: dict[str, VehicleSpec], player_behind: bool) -> None:
    spec = specs["subaru"]
    session, lane = _session(spec, player_behind)
    lead, follow = 0, 1
    seat = follow if player_behind else lead
    spared = []
    for _ in range(round(6.0 / DT)):
        session.step({seat: _lane(session.snapshot().vehicles[seat], spec, lane)})
        views = session.snapshot().vehicles
        assert views[follow].draft == session.world.fleet.draft[follow]
        spared.append(views[follow].draft)
    assert max(spared) > 0.1
