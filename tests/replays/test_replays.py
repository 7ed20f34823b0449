"""Replays, ghosts and records: recorded races play back exactly, and bad files say why."""

from __future__ import annotations

import gzip
import itertools
import json
import math
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from game.content.errors import ContentError
from game.content.ghosts import Records, author_ghost, load_ghost, medal, save_ghost
from game.content.replays import (
    FORMAT_VERSION,
    RaceSetup,
    Recorder,
    build_session,
    load_replay,
    play_headless,
    save_replay,
    to_bytes,
)
from game.content.tape import read_tape
from game.content.vehicles import load_vehicles
from game.paths import VEHICLES_FILE
from game.sim.controls import Controls
from game.sim.ghost import Ghost
from game.sim.replay import InputTape
from game.sim.timetrial import TimeTrial
from tests.content.tmx_helpers import edited_copy


def _record(setup: RaceSetup, script=None, seconds: float = 30.0):
    track, session = build_session(setup)
    recorder = Recorder(setup, track, session)
    steps = round(seconds * 120)
    for step in range(steps):
        controls = script(step) if script else None
        recorder.step(controls)
        if session.over:
            break
    return recorder


def _wiggle(step: int) -> dict[int, Controls]:
    """A human-ish player: bursts of throttle, steering sweeps, a handbrake tap, nitrous on straights."""
    t = step / 120
    return {
        0: Controls(
            throttle=1.0 if (t % 5) < 4 else 0.0,
            brake=0.6 if (t % 5) >= 4.5 else 0.0,
            steer=round(math.sin(t * 0.8) * 0.4, 2),
            handbrake=(t % 9) < 0.3,
            nitrous=(t % 11) < 1.0,
        )
    }


def test_all_ai_race_replays_to_the_same_hash(tmp_path: Path) -> None:
    setup = RaceSetup("quick-race", "test-stadium", "subaru", 3, 1, "normal", 4, player_ai=True)
    recorder = _record(setup, seconds=60.0)
    replay = recorder.replay()
    save_replay(replay, tmp_path / "race.ftr")
    loaded = load_replay(tmp_path / "race.ftr")
    session = play_headless(loaded)
    assert session.state_hash() == replay.state_hash
    assert session.time_s == pytest.approx(replay.time_s)


def test_player_driven_race_replays_exactly(tmp_path: Path) -> None:
    setup = RaceSetup("quick-race", "test-stadium", "bmw", 2, 1, "easy", 9, player_ai=False)
    recorder = _record(setup, _wiggle, seconds=45.0)
    replay = recorder.replay()
    runs = replay.tape.runs[0]
    assert replay.tape.steps == round(45.0 * 120)
    assert 10 < len(runs) < replay.tape.steps / 4  # run-length encoding pays
    save_replay(replay, tmp_path / "mine.ftr")
    session = play_headless(load_replay(tmp_path / "mine.ftr"))
    assert session.state_hash() == replay.state_hash
    # and a single flipped input would have given another race
    nudge = {0: Controls(throttle=1.0, steer=1.0)}
    other = _record(setup, lambda s: nudge if 600 <= s < 610 else _wiggle(s), seconds=45.0)
    assert other.replay().state_hash != replay.state_hash


def test_tape_round_trip_and_validation() -> None:
    tape = InputTape((0, 2))
    for step in range(50):
        tape.record({0: Controls(throttle=step / 50), 2: Controls(steer=-1.0 if step < 10 else 0.5)})
    again = read_tape(json.loads(json.dumps(tape.to_json())))
    assert list(again.play()) == list(tape.play())
    assert len(again.runs[2]) == 2
    broken = tape.to_json()
    broken["vehicles"]["0"][0][0] = 0
    with pytest.raises(ValueError, match="malformed run"):
        read_tape(broken)
    broken = tape.to_json()
    broken["steps"] = 49
    with pytest.raises(ValueError, match="covers 50 steps"):
        read_tape(broken)


def test_a_changed_track_is_detected(tmp_path: Path) -> None:
    ring = edited_copy(tmp_path, lambda text: text)
    setup = RaceSetup("quick-race", str(ring), "subaru", 0, 1, "normal", 1, player_ai=True)
    replay = _record(setup, seconds=10.0).replay()
    assert play_headless(replay).state_hash() == replay.state_hash
    edited_copy(tmp_path, lambda text: text.replace('x="60" y="60" width="520"', 'x="56" y="60" width="524"'))
    with pytest.raises(ContentError, match="earlier version of the track"):
        play_headless(replay, "ring.ftr")


def test_other_tuning_is_detected(tmp_path: Path) -> None:
    setup = RaceSetup("quick-race", "test-stadium", "subaru", 1, 1, "normal", 1, player_ai=True)
    replay = _record(setup, seconds=5.0).replay()
    tampered = type(replay)(
        **{**{f: getattr(replay, f) for f in replay.__slots__}, "content_fingerprint": "0" * 24}
    )
    with pytest.raises(ContentError, match="different car or rival tuning"):
        play_headless(tampered, "x.ftr")


def _replay_bytes() -> dict:
    setup = RaceSetup("quick-race", "test-stadium", "subaru", 1, 1, "normal", 1, player_ai=True)
    return json.loads(gzip.decompress(to_bytes(_record(setup, seconds=2.0).replay())))


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"not a replay at all", "not a FAST TRACK replay"),
        (gzip.compress(b"{broken json", mtime=0), "not a FAST TRACK replay"),
        (gzip.compress(b'{"format": "something-else"}', mtime=0), "not a FAST TRACK replay"),
        ("newer", "newer FAST TRACK"),
        ("physics", "driving physics differ"),
        ("truncated", "not a FAST TRACK replay"),
        ("no-tape", "is damaged"),
    ],
)
def test_bad_replay_files_give_one_clear_sentence(tmp_path: Path, content, words: str) -> None:
    path = tmp_path / "bad.ftr"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        data = _replay_bytes()
        if content == "newer":
            data["format_version"] = FORMAT_VERSION + 1
        elif content == "physics":
            data["sim_version"] = 999
        elif content == "no-tape":
            del data["tape"]
        raw = gzip.compress(json.dumps(data).encode())
        path.write_bytes(raw[: len(raw) // 2] if content == "truncated" else raw)
    with pytest.raises(ContentError) as caught:
        load_replay(path)
    message = str(caught.value)
    assert str(path) in message and words in message and "\n" not in message


def test_replay_command_line(tmp_path: Path) -> None:
    file = tmp_path / "r.ftr"
    race = subprocess.run(
        [
            sys.executable,
            "-m",
            "game",
            "race",
            "--headless",
            "--track",
            "test-stadium",
            "--rivals",
            "2",
            "--laps",
            "1",
            "--seed",
            "3",
            "--record",
            str(file),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    recorded = json.loads(race.stdout.strip().splitlines()[-1])
    played = subprocess.run(
        [sys.executable, "-m", "game", "replay", str(file), "--headless", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(played.stdout.strip().splitlines()[-1])["state_hash"] == recorded["state_hash"]
    file.write_bytes(b"\x1f\x8b garbage")
    bad = subprocess.run(
        [sys.executable, "-m", "game", "replay", str(file), "--headless"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "damaged" in bad.stderr


def _crossing_times(ghost: Ghost, a: tuple[float, float], b: tuple[float, float]) -> list[float]:
    """Times at which the ghost's path crosses segment a-b, interpolated between samples."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    out = []
    poses = ghost.poses
    for p, q in itertools.pairwise(poses):
        side_p = dx * (p.y - ay) - dy * (p.x - ax)
        side_q = dx * (q.y - ay) - dy * (q.x - ax)
        if side_p == 0 or side_p * side_q >= 0:
            continue
        f = side_p / (side_p - side_q)
        x, y = p.x + (q.x - p.x) * f, p.y + (q.y - p.y) * f
        along = ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)
        if 0.0 <= along <= 1.0:
            out.append(p.t + (q.t - p.t) * f)
    return out


AI_TRIAL = pytest.mark.xdist_group("ai-time-trial")
"""Tests that read the module's one AI time trial share a worker, so it is driven once."""


@pytest.fixture(scope="module")
def ai_time_trial() -> TimeTrial:
    from game.content.rivals import load_rivals
    from game.paths import RIVALS_FILE
    from game.sim.circuits import stadium_circuit

    spec = load_vehicles(VEHICLES_FILE)["subaru"]
    trial = TimeTrial(
        stadium_circuit(), spec, seed=2, laps=3, driver_skill=load_rivals(RIVALS_FILE).skill("hard")
    )
    while not trial.session.over:
        trial.step()
    return trial


@AI_TRIAL
def test_a_ghost_laps_in_exactly_its_recorded_time(ai_time_trial: TimeTrial) -> None:
    trial = ai_time_trial
    ghost = trial.best
    assert ghost is not None and len(trial.recorder.laps) == 3
    assert ghost.lap_time_s == min(r for r in trial.session.results()[0].lap_times)
    finish = trial.track.finish
    assert finish is not None
    crossings = _crossing_times(ghost, finish.a, finish.b)
    assert len(crossings) == 2, crossings
    assert crossings[0] == pytest.approx(0.0, abs=1 / 120)
    assert crossings[1] == pytest.approx(ghost.lap_time_s, abs=1 / 120)


@AI_TRIAL
def test_ghost_files_round_trip_and_chase(ai_time_trial: TimeTrial, tmp_path: Path) -> None:
    ghost = ai_time_trial.best
    assert ghost is not None
    save_ghost(ghost, tmp_path / "g.ghost")
    again = load_ghost(tmp_path / "g.ghost")
    assert again.lap_time_s == ghost.lap_time_s and len(again.poses) == len(ghost.poses)
    mid = again.pose_at(ghost.lap_time_s / 2)
    exact = ghost.pose_at(ghost.lap_time_s / 2)
    assert math.hypot(mid.x - exact.x, mid.y - exact.y) < 0.01
    # a new time trial shows the ghost once the lights go green, as far into its lap as we are
    spec = load_vehicles(VEHICLES_FILE)["subaru"]
    chase = TimeTrial(ai_time_trial.track, spec, ghost=again, seed=2)
    assert chase.ghost_pose() is None
    for _ in range(round(5.0 * 120)):
        chase.step({0: Controls(throttle=1.0)})
    pose = chase.ghost_pose()
    assert pose is not None and pose.t == pytest.approx(5.0 - chase.session.race.go_time, abs=0.01)


@AI_TRIAL
def test_records_keep_the_best_lap_and_survive_damage(ai_time_trial: TimeTrial, tmp_path: Path) -> None:
    laps = sorted(ai_time_trial.recorder.laps, key=lambda g: g.lap_time_s)
    records = Records(tmp_path)
    assert records.offer(laps[-1]) and not records.offer(laps[-1])
    assert records.offer(laps[0])
    assert not records.offer(laps[1])
    again = Records(tmp_path)
    best = again.best("test-stadium", "subaru")
    assert best is not None and best.lap_time_s == laps[0].lap_time_s
    ghost = again.best_ghost("test-stadium", "subaru")
    assert ghost is not None and ghost.lap_time_s == laps[0].lap_time_s
    (tmp_path / "records.json").write_text("{ not json", encoding="utf-8")
    damaged = Records(tmp_path)
    assert damaged.best("test-stadium", "subaru") is None
    assert damaged.message and "kept as records.json.corrupt" in damaged.message
    assert (tmp_path / "records.json.corrupt").exists()


def test_author_ghosts_exist_for_every_bundled_circuit_and_set_the_medals() -> None:
    from game.content import catalog
    from game.content.tmx import load_track
    from game.sim.replay import track_fingerprint

    circuits = [e for e in catalog.bundled_tracks() if e.kind == "circuit"]
    assert len(circuits) >= 6
    for entry in circuits:
        ghost = author_ghost(entry.id)
        assert ghost is not None, f"{entry.id} has no author ghost: run python -m game.tools.author_ghosts"
        track = load_track(entry.file, track_id=entry.id)
        assert ghost.track_fingerprint == track_fingerprint(track), f"{entry.id}: author ghost is stale"
        assert 45.0 <= ghost.lap_time_s <= 120.0
    assert medal(59.0, 60.0) == "gold" and medal(62.0, 60.0) == "silver"
    assert medal(66.0, 60.0) == "bronze" and medal(70.0, 60.0) is None


def test_a_mission_replays_to_the_same_hash(tmp_path: Path) -> None:
    """The pizza run (free roam, blockers, a police chase across the route), driven by the autopilot."""
    from game.content.replays import build_mission
    from game.sim.mission.autopilot import Autopilot

    setup = RaceSetup("mission", "02-pizza-run", "scooter", 0, 1, "normal", 5, player_ai=False)
    track, play = build_mission(setup)
    recorder = Recorder(setup, track, play)
    pilot = Autopilot(play.runner, seed=5)
    for _ in range(round(40.0 * 120)):
        recorder.step({0: pilot.controls()})
        if play.over:
            break
    replay = recorder.replay()
    assert replay.tape.steps > 1000
    save_replay(replay, tmp_path / "pizza.ftr")
    again = play_headless(load_replay(tmp_path / "pizza.ftr"))
    assert again.state_hash() == replay.state_hash
    with pytest.raises(ContentError, match="mission replay"):
        from game.content.replays import prepare

        prepare(load_replay(tmp_path / "pizza.ftr"), "pizza.ftr")  # a race's loader refuses it


def _without_the_field_choices(replay_file: Path, data: dict) -> None:
    """The file as a game before rival cars and catch-up were choices wrote it."""
    del data["setup"]["rival_cars"], data["setup"]["catch_up"]
    replay_file.write_bytes(gzip.compress(json.dumps(data).encode()))


def test_a_replay_records_rival_cars_and_catch_up(tmp_path: Path) -> None:
    setup = RaceSetup(
        "quick-race", "test-stadium", "subaru", 2, 1, "normal", 6, True, rival_cars="any", catch_up="off"
    )
    replay = _record(setup, seconds=4.0).replay()
    assert (replay.setup.to_json()["rival_cars"], replay.setup.to_json()["catch_up"]) == ("any", "off")
    save_replay(replay, tmp_path / "any.ftr")
    loaded = load_replay(tmp_path / "any.ftr")
    assert (loaded.setup.rival_cars, loaded.setup.catch_up) == ("any", "off")
    assert play_headless(loaded).state_hash() == replay.state_hash


def test_an_old_replay_without_the_new_fields_loads_with_the_defaults(tmp_path: Path) -> None:
    default = _record(RaceSetup("quick-race", "test-stadium", "subaru", 2, 1, "normal", 6, True), seconds=4.0)
    file = tmp_path / "old.ftr"
    _without_the_field_choices(file, json.loads(gzip.decompress(to_bytes(default.replay()))))
    loaded = load_replay(file)
    assert (loaded.setup.rival_cars, loaded.setup.catch_up) == ("class", "subtle")
    assert play_headless(loaded).state_hash() == default.replay().state_hash  # built as it was recorded
    # one recorded with other choices, stripped of them, is refused in a sentence, not played wrong
    other = _record(replace(default.setup, rival_cars="any", catch_up="off"), seconds=4.0)
    _without_the_field_choices(file, json.loads(gzip.decompress(to_bytes(other.replay()))))
    with pytest.raises(ContentError, match="different car or rival tuning"):
        play_headless(load_replay(file), file)


def test_a_slow_player_races_on_past_the_deadline_skips_to_a_real_place_and_it_replays(
    tmp_path: Path,
) -> None:
    """The player was given DNF 60 s after the winner; now they race on, or skip to a projected finish."""
    setup = RaceSetup("quick-race", "test-stadium", "subaru", 1, 1, "normal", 5, player_ai=False)
    track, session = build_session(setup)
    recorder = Recorder(setup, track, session)
    me = session.players[0]

    def crawl(step: int) -> dict[int, Controls]:  # a little throttle off the grid, then coasting
        return {me: Controls(throttle=0.6 if step < 6 * 120 else 0.0)}

    step = 0
    while not any(r.finished for r in session.results()):
        assert not recorder.can_skip
        recorder.step(crawl(step))
        step += 1
    winner = next(r for r in session.results() if r.finished)
    assert winner.vehicle != me and recorder.can_skip
    for _ in range(70 * 120):  # past the 60 s the computer drivers get
        recorder.step(crawl(step))
        step += 1
    mine = next(r for r in session.results() if r.vehicle == me)
    assert not session.over and mine.status == "running"
    recorder.skip_to_finish()
    assert session.over
    mine = next(r for r in session.results() if r.vehicle == me)
    assert (mine.position, mine.finished, mine.status) == (2, True, "projected")
    assert mine.time_s is not None and winner.time_s is not None and mine.time_s > winner.time_s + 70.0
    replay = recorder.replay()
    assert replay.tape.skipped_at == replay.tape.steps
    save_replay(replay, tmp_path / "slow.ftr")
    played = play_headless(load_replay(tmp_path / "slow.ftr"))
    assert played.state_hash() == replay.state_hash
    assert [r.status for r in played.results()] == [r.status for r in session.results()]
