"""Whole AI races, headless: everyone finishes, evenly matched cars lap evenly, seeds replay."""

from __future__ import annotations

import dataclasses
import io
import json
from contextlib import redirect_stdout
from statistics import mean

import numpy as np
import pytest

from game.content.rivals import load_rivals
from game.paths import ASSETS_DIR
from game.sim.ai.profile import Personality
from game.sim.circuits import stadium_circuit
from game.sim.events import Collision
from game.sim.race import RaceConfig, Respawned
from game.sim.session import Entrant, RaceSession
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

BOOK = load_rivals(ASSETS_DIR / "rivals.toml")


STADIUM_RACE = pytest.mark.xdist_group("stadium-race")
"""Tests that read the module's one stadium race run on one worker, so it is driven once."""


def _circuits() -> list[object]:
    """The built-in stadium plus every bundled circuit the map loader can read."""
    ids: list[object] = [pytest.param("test-stadium", marks=STADIUM_RACE)]
    try:
        from game.content import catalog
    except ImportError:
        return ids
    return ids + [e.id for e in catalog.bundled_tracks() if e.kind == "circuit" and not e.error]


def _track(track_id: str) -> Track:
    if track_id == "test-stadium":
        return stadium_circuit()
    from game.content import catalog, tmx

    entry = catalog.find_track(track_id)
    return tmx.load_track(entry.file, track_id=entry.id)


def _field(spec: VehicleSpec, n: int, difficulty: str = "normal") -> list[Entrant]:
    return [Entrant(f"car {i}", spec, BOOK.skill(difficulty), Personality()) for i in range(n)]


@pytest.fixture(scope="module")
def stadium_race(specs: dict[str, VehicleSpec]) -> RaceSession:
    session = RaceSession(stadium_circuit(), _field(specs["subaru"], 8), RaceConfig(laps=3), seed=1)
    session.run()
    return session


@pytest.mark.parametrize("track_id", _circuits())
def test_eight_ai_cars_finish_three_laps_without_getting_stuck(
    track_id: str, specs: dict[str, VehicleSpec], stadium_race: RaceSession
) -> None:
    if track_id == "test-stadium":
        session = stadium_race
    else:
        track = _track(track_id)
        session = RaceSession(
            track, _field(specs["subaru"], min(8, len(track.start_slots))), RaceConfig(laps=3), seed=1
        )
        session.run()
    results = session.results()
    assert all(r.finished and r.laps == 3 for r in results), [(r.name, r.status) for r in results]
    assert sum(r.stuck_respawns for r in results) == 0
    assert [r.position for r in results] == list(range(1, len(results) + 1))
    times = [r.time_s for r in results]
    assert times == sorted(times)  # type: ignore[type-var]
    assert results[0].gap_s == 0.0


@STADIUM_RACE
def test_identical_cars_on_normal_lap_within_eight_percent(stadium_race: RaceSession) -> None:
    best = [r.best_lap_s for r in stadium_race.results()]
    assert all(b is not None for b in best)
    spread = (max(best) - min(best)) / min(best)  # type: ignore[type-var,operator]
    assert spread <= 0.08


def test_hard_rivals_beat_easy_ones_on_average(specs: dict[str, VehicleSpec]) -> None:
    def mean_time(difficulty: str) -> float:
        times = []
        for seed in (1, 2):
            session = RaceSession(
                stadium_circuit(), _field(specs["wolf"], 3, difficulty), RaceConfig(laps=1), seed=seed
            )
            times += [r.time_s for r in session.run() if r.time_s is not None]
        return mean(times)

    assert mean_time("hard") < mean_time("easy")


def test_same_seed_same_race(specs: dict[str, VehicleSpec]) -> None:
    def race(seed: int) -> tuple[str, list[float | None]]:
        session = RaceSession(stadium_circuit(), _field(specs["nicole"], 4), RaceConfig(laps=1), seed=seed)
        results = session.run()
        return session.state_hash(), [r.time_s for r in results]

    first = race(7)
    assert race(7) == first
    assert race(8)[0] != first[0]


def test_ai_finds_its_way_round_a_car_parked_on_the_racing_line(specs: dict[str, VehicleSpec]) -> None:
    track = stadium_circuit()
    session = RaceSession(track, _field(specs["subaru"], 1), RaceConfig(laps=1), seed=2)
    # On the racing line, on the far straight, where the rival arrives flat out.
    p, tangent = session.line.point_at(session.line.length * 0.6)
    parked = session.add_obstacle(specs["police"], p.real, p.imag, float(np.angle(tangent)))
    touched = []
    while not session.over and session.time_s < 120.0:
        session.step()
        touched += [
            e
            for e in session.drain_events()
            if (isinstance(e, Collision) and e.vehicle == 0 and e.other == parked) or isinstance(e, Respawned)
        ]
    result = session.results()[0]
    assert result.finished
    assert not touched
    end = session.snapshot().vehicles[parked]
    assert abs(complex(end.x, end.y) - p) < 0.5


def test_a_track_without_a_racing_line_gets_one_computed(specs: dict[str, VehicleSpec]) -> None:
    track = dataclasses.replace(stadium_circuit(), racing_line=())
    session = RaceSession(track, _field(specs["subaru"], 2), RaceConfig(laps=1), seed=3)
    results = session.run()
    assert all(r.finished for r in results)
    assert sum(r.respawns for r in results) == 0


def test_race_command_prints_the_json_contract() -> None:
    from game.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        code = main(
            [
                "race",
                "--headless",
                "--track",
                "test-stadium",
                "--rivals",
                "2",
                "--laps",
                "1",
                "--seed",
                "4",
                "--json",
            ]
        )
    assert code == 0
    data = json.loads(out.getvalue().strip().splitlines()[-1])
    assert data["track"] == "test-stadium" and data["seed"] == 4 and len(data["state_hash"]) == 32
    assert len(data["results"]) == 3
    for row in data["results"]:
        assert {"name", "car", "finished", "time_s", "best_lap_s", "respawns", "wall_hits"} <= set(row)
        assert row["finished"] is True


def test_nitrous_is_fired_on_straights_by_rivals_who_like_it(specs: dict[str, VehicleSpec]) -> None:
    from game.sim.events import NitrousStarted

    skill = BOOK.skill("normal")
    field = [
        Entrant("keen", specs["diablo"], skill, Personality(nitrous_use=1.0)),
        Entrant("never", specs["diablo"], skill, Personality(nitrous_use=0.0)),
    ]
    session = RaceSession(stadium_circuit(), field, RaceConfig(laps=1), seed=1)
    fired = {0: 0, 1: 0}
    while not session.over:
        session.step()
        for e in session.drain_events():
            if isinstance(e, NitrousStarted):
                fired[e.vehicle] += 1
    assert fired[0] > 0 and fired[1] == 0


def test_a_reset_keeps_the_damage_and_only_a_wreck_comes_back_repaired(specs: dict[str, VehicleSpec]) -> None:
    """R once took a mission car from 80% damage to none: a reset is not a garage."""
    session = RaceSession(stadium_circuit(), _field(specs["subaru"], 2), RaceConfig(laps=1), seed=1)
    session.run(max_s=5.0)
    fleet = session.world.fleet
    fleet.damage[0] = 0.8
    session.request_respawn(0)
    respawns = [e for e in session.drain_events() if isinstance(e, Respawned)]
    assert [(e.vehicle, e.reason) for e in respawns] == [(0, "requested")]
    assert fleet.damage[0] == pytest.approx(0.8)
    fleet.damage[1] = 1.0
    fleet.set_wrecked(1, True)
    while not any(isinstance(e, Respawned) and e.vehicle == 1 for e in session.drain_events()):
        session.step()
    assert fleet.damage[1] == 0.0 and not fleet.wrecked[1]
    assert fleet.damage[0] == pytest.approx(0.8)


@pytest.mark.parametrize("car", ["police", "subaru"])
def test_ai_gets_round_a_car_stopped_just_past_the_line_where_the_road_bends(
    specs: dict[str, VehicleSpec], car: str
) -> None:
    """A player who sat still on the harbour grid was reset, again and again, to just past the
    line; the police car arriving there slowed for it, lost sight of it (it went by closing
    speed), gave up its way round, and was reset as stuck every ten seconds for good."""
    track = _track("harbour")
    rivals = [Entrant("rival", specs[car], BOOK.skill("normal"), r.personality) for r in BOOK.rivals[:1]]
    session = RaceSession(track, rivals, RaceConfig(laps=2), seed=7)
    away, _ = session.line.point_at(session.line.length / 2, 30.0)
    parked = session.add_obstacle(specs["mustang"], away.real, away.imag, 0.0)
    p, tangent = session.line.point_at(4.0)
    moved = False
    while not session.over and session.time_s < 260.0:
        session.step()
        if not moved and session.race.s_unwrapped[0] > session.line.length - 80.0:
            session.world.place_vehicle(parked, p.real, p.imag, float(np.angle(tangent)))  # reset there
            moved = True
    result = session.results()[0]
    assert moved and result.finished and result.laps == 2
    assert result.stuck_respawns == 0
