"""Hostile replay files: every count bounded before it is built, every reference an id, one sentence each.

A replay is shared between players, so it is data from a stranger. Each test
damages a real recording in one place and checks the one sentence the game
answers with: naming the file and the field, in the file's own words.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from game.content import limits
from game.content.errors import ContentError
from game.content.replays import (
    FORMAT,
    RaceSetup,
    Recorder,
    build_mission,
    build_session,
    check_refs,
    is_mission_id,
    is_track_id,
    load_replay,
    play_headless,
    prepare_mission,
    to_bytes,
)
from game.content.tape import read_tape
from game.sim.controls import Controls
from game.sim.replay import InputTape

PYTHON_WORDS = re.compile(r"\b(True|False|None|datetime|Traceback|int|bool|str)\b|\{'|\['")


@pytest.fixture(scope="module")
def recorded() -> dict[str, Any]:
    """Two seconds of the stadium with the player driving, as the replay file's JSON."""
    setup = RaceSetup("quick-race", "test-stadium", "subaru", 1, 1, "normal", 3, player_ai=False)
    track, session = build_session(setup)
    recorder = Recorder(setup, track, session)
    for step in range(240):
        recorder.step({0: Controls(throttle=1.0, steer=0.3 if step > 100 else 0.0)})
    data = json.loads(gzip.decompress(to_bytes(recorder.replay())))
    assert isinstance(data, dict)
    return data


def _write(path: Path, data: object) -> Path:
    path.write_bytes(gzip.compress(json.dumps(data).encode("utf-8"), mtime=0))
    return path


def _refusal(tmp_path: Path, data: object) -> str:
    path = _write(tmp_path / "bad.ftr", data)
    with pytest.raises(ContentError) as caught:
        load_replay(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message and message.endswith(".")
    assert not PYTHON_WORDS.search(message.removeprefix(str(path))), message
    assert len(message) < 400 + len(str(path))
    return message


def _damaged(recorded: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = json.loads(json.dumps(recorded))
    edit(data)
    return data


def test_the_recording_loads_and_plays_back(tmp_path: Path, recorded: dict[str, Any]) -> None:
    replay = load_replay(_write(tmp_path / "good.ftr", recorded))
    assert replay.tape.vehicles == (0,) and replay.tape.steps == 240
    assert play_headless(replay).state_hash() == replay.state_hash


# --------------------------------------------------------------------------- header


@pytest.mark.parametrize(
    ("version", "words"),
    [
        (True, "'format_version' is true, not a version number"),
        ("2", "'format_version' is '2', not a version number"),
        (0, "'format_version' is 0, not a version number"),
        (1.0, "'format_version' is 1.0, not a version number"),
        ([2], "'format_version' is a list, not a version number"),
        (None, "'format_version' is nothing (null), not a version number"),
        (2, "was saved by a newer FAST TRACK"),
    ],
)
def test_the_format_version_is_checked_with_its_type(
    tmp_path: Path, recorded: dict[str, Any], version: object, words: str
) -> None:
    message = _refusal(tmp_path, _damaged(recorded, lambda d: d.update(format_version=version)))
    assert words in message


def test_a_file_with_only_a_format_name_is_damaged_not_newer(tmp_path: Path) -> None:
    """What a bomb's opening amounts to once it is bounded: not "saved by a newer FAST TRACK"."""
    message = _refusal(tmp_path, {"format": FORMAT})
    assert "is damaged: its 'format_version' is missing" in message and "newer" not in message


@pytest.mark.parametrize(
    ("value", "words"),
    [(True, "'sim_version' is true"), ("1", "'sim_version' is '1'"), (999, "driving physics differ")],
)
def test_the_physics_version_is_checked_with_its_type(
    tmp_path: Path, recorded: dict[str, Any], value: object, words: str
) -> None:
    assert words in _refusal(tmp_path, _damaged(recorded, lambda d: d.update(sim_version=value)))


def test_a_long_game_version_is_quoted_short(tmp_path: Path, recorded: dict[str, Any]) -> None:
    data = _damaged(recorded, lambda d: d.update(format_version=2, game_version="9" * 100_000))
    assert "newer FAST TRACK (9999" in _refusal(tmp_path, data)


# --------------------------------------------------------------------------- set-up


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        (
            "rivals",
            100_000_000,
            f"'rivals' must be a whole number from 0 to {limits.RACE_RIVALS}, got 100000000",
        ),
        ("rivals", "7", "'rivals' must be a whole number from 0 to 7, got '7'"),
        ("rivals", True, "'rivals' must be a whole number from 0 to 7, got true"),
        ("laps", 1_000_000_000, f"'laps' must be a whole number from 1 to {limits.RACE_LAPS}"),
        ("laps", 0, "'laps' must be a whole number from 1"),
        ("seed", 1.5, "'seed' must be a whole number"),
        ("difficulty", "insane", "'difficulty' must be one of easy, normal, hard, got 'insane'"),
        ("kind", ["quick-race"], "'kind' must be one of quick-race, time-trial, mission, got a list"),
        ("grid", "middle", "'grid' must be one of pole, back, got 'middle'"),
        ("player_ai", 1, "'player_ai' must be true or false, got 1"),
        ("car", "W" * 10_000, f"'car' is 10,000 characters long, over the limit of {limits.NAME_CHARS}"),
        ("car", None, "'car' must be a non-empty text, got nothing (null)"),
    ],
)
def test_set_up_fields_are_checked_before_anything_is_built(
    tmp_path: Path, recorded: dict[str, Any], key: str, value: object, words: str
) -> None:
    message = _refusal(tmp_path, _damaged(recorded, lambda d: d["setup"].update({key: value})))
    assert "is damaged: the set-up's " in message and words in message


def test_a_set_up_that_is_not_a_table(tmp_path: Path, recorded: dict[str, Any]) -> None:
    assert "the set-up is not a table" in _refusal(tmp_path, _damaged(recorded, lambda d: d.update(setup=[])))


@pytest.mark.parametrize(
    ("part", "value", "words"),
    [
        ("final", [], "its 'final' is an empty list, not a table"),
        ("track", None, "its 'track' is nothing (null), not a table"),
        ("content_fingerprint", 5, "its 'file.content_fingerprint' must be a text"),
    ],
)
def test_other_parts_are_checked_with_their_types(
    tmp_path: Path, recorded: dict[str, Any], part: str, value: object, words: str
) -> None:
    assert words in _refusal(tmp_path, _damaged(recorded, lambda d: d.update({part: value})))


def test_a_final_time_that_is_not_seconds(tmp_path: Path, recorded: dict[str, Any]) -> None:
    data = _damaged(recorded, lambda d: d["final"].update(time_s="soon"))
    assert "its 'final.time_s' must be a number of seconds, got 'soon'" in _refusal(tmp_path, data)


# --------------------------------------------------------------------------- tape


def _tape(steps: int, runs: list[list[Any]], **more: Any) -> dict[str, Any]:
    return {"steps": steps, "vehicles": {"0": runs}, **more}


@pytest.mark.parametrize(
    ("tape", "words"),
    [
        (
            _tape(10**12, [[10**12, 1.0, 0, 0, False, False]]),
            f"has 1,000,000,000,000 steps, over the limit of {limits.REPLAY_STEPS:,}",
        ),
        (_tape(10, [[10**12, 1.0, 0, 0, False, False]]), "covers 1,000,000,000,000 steps or more, not 10"),
        (
            {"steps": 600_000, "vehicles": {v: [[1, 1.0, 0, 0, False, False]] * 600_000 for v in "01"}},
            f"has 1,200,000 runs, over the limit of {limits.REPLAY_RUNS:,}",
        ),
        (
            _tape(0, [], respawns=[[0, 0]] * (limits.REPLAY_RESPAWNS + 1)),
            f"respawn requests, over the limit of {limits.REPLAY_RESPAWNS:,}",
        ),
        (
            _tape(2, [[True, 1.0, 0, 0, False, False], [1, 0, 0, 0, False, False]]),
            "malformed run: [true, 1.0",
        ),
        (_tape(1, [[1, 1.0, 0, 0, 0, False]]), "malformed run: [1, 1.0, 0, 0, 0, false]"),
        (
            _tape(1, [[1, 1.0, 0, 0, False, False]], respawns=[[0, 10**6]]),
            "malformed respawn request: [0, 1000000]",
        ),
        ({"steps": 0, "vehicles": {"9" * 5000: []}}, "vehicle '99999"),
        ({"steps": 0, "vehicles": {"²": []}}, "vehicle '²' is not a car of the race"),
        ({"steps": 0, "vehicles": {str(k): [] for k in range(9)}}, "drives 9 cars; a race has at most 8"),
        ({"steps": True, "vehicles": {}}, "has no valid step count"),
    ],
)
def test_the_tape_is_bounded_before_it_is_expanded(tape: dict[str, Any], words: str) -> None:
    with pytest.raises(ValueError) as caught:
        read_tape(tape)
    message = str(caught.value)
    assert words in message and len(message) < 300 and not PYTHON_WORDS.search(message), message


def test_a_bad_tape_in_a_file_is_one_sentence(tmp_path: Path, recorded: dict[str, Any]) -> None:
    data = _damaged(recorded, lambda d: d["tape"].update(steps=10**12))
    assert "is damaged: the input tape has 1,000,000,000,000 steps" in _refusal(tmp_path, data)


def test_a_file_of_more_runs_than_the_limits_allow_is_refused_before_it_is_parsed(
    tmp_path: Path, recorded: dict[str, Any]
) -> None:
    runs = limits.REPLAY_RUNS + limits.REPLAY_RESPAWNS + 10_001
    tape = {"steps": runs, "vehicles": {"0": [[1, 1, 0, 0, False, False]] * runs}}
    data = _damaged(recorded, lambda d: d.update(tape=tape))
    message = _refusal(tmp_path, data)
    assert f"its input tape holds more than {limits.REPLAY_RUNS:,} runs" in message


def test_more_respawn_requests_than_the_limit_are_refused_before_the_file_is_parsed(
    tmp_path: Path, recorded: dict[str, Any]
) -> None:
    at_limit = _damaged(recorded, lambda d: d["tape"].update(respawns=[[1, 0]] * limits.REPLAY_RESPAWNS))
    assert len(load_replay(_write(tmp_path / "many.ftr", at_limit)).tape.respawns) == limits.REPLAY_RESPAWNS
    over = _damaged(recorded, lambda d: d["tape"].update(respawns=[[1, 0]] * (limits.REPLAY_RESPAWNS + 1)))
    assert f"holds more than {limits.REPLAY_RESPAWNS:,} respawn requests" in _refusal(tmp_path, over)


def test_respawns_by_step_keeps_the_recorded_order_in_linear_time() -> None:
    tape = InputTape((0, 1), respawns=[(5, 1), (5, 0), (2, 0), (5, 1)] + [(7, 0)] * 50_000)
    grouped = tape.respawns_by_step()
    assert grouped[5] == (1, 0, 1) and grouped[2] == (0,) and len(grouped[7]) == 50_000


def test_a_tape_for_other_cars_than_the_players_is_refused(tmp_path: Path, recorded: dict[str, Any]) -> None:
    data = _damaged(recorded, lambda d: d["tape"]["vehicles"].update({"1": [[240, 1.0, 0, 0, False, False]]}))
    replay = load_replay(_write(tmp_path / "two.ftr", data))
    with pytest.raises(ContentError, match="drives other cars than the players"):
        play_headless(replay, "two.ftr")


# --------------------------------------------------------------------------- what a replay may name


@pytest.mark.parametrize("ref", ["harbour", "test-stadium", "mod:ring", "mod:pack/ring"])
def test_track_ids(ref: str) -> None:
    assert is_track_id(ref)


@pytest.mark.parametrize(
    "ref",
    [
        "/etc/passwd",
        "../levels/harbour",
        "harbour.tmx",
        "maps/x",
        "mod:../x",
        "mod:/etc/x",
        "mod:pack/../../x",
        "C:\\maps\\x",
        "mod:",
        "",
        ".hidden",
        "mod:a//b",
        "mod:RING.TMX",
    ],
)
def test_paths_are_not_track_ids(ref: str) -> None:
    assert not is_track_id(ref)


@pytest.mark.parametrize(
    ("ref", "ok"),
    [
        ("02-pizza-run", True),
        ("my mission", True),
        ("/tmp/m.toml", False),
        ("../m", False),
        ("m.toml", False),
        ("C:m", False),
    ],
)
def test_mission_ids(ref: str, ok: bool) -> None:
    assert is_mission_id(ref) is ok


def test_a_replay_naming_an_absolute_track_path_is_refused(tmp_path: Path, recorded: dict[str, Any]) -> None:
    data = _damaged(recorded, lambda d: d["setup"].update(track="/etc/passwd.tmx"))
    message = _refusal(tmp_path, data)
    assert "names the track '/etc/passwd.tmx' by a file path; a replay may name only a track id" in message


def test_a_replay_naming_a_mission_file_outside_the_mods_folder_is_refused(
    tmp_path: Path, recorded: dict[str, Any]
) -> None:
    outside = tmp_path / "m.toml"
    outside.write_text('id = "m"', encoding="utf-8")
    data = _damaged(recorded, lambda d: d["setup"].update(kind="mission", track=str(outside)))
    message = _refusal(tmp_path, data)
    assert "by a file outside the mods folder; a replay may name only a mission id" in message


def test_a_custom_mission_file_inside_the_mods_folder_may_be_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The game records a custom mission by its file; those replays still play."""
    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path))
    (tmp_path / "mods").mkdir()
    (tmp_path / "mods" / "m.toml").write_text('id = "m"', encoding="utf-8")
    setup = RaceSetup("mission", str(tmp_path / "mods" / "m.toml"), "scooter", 0, 1, "normal", 0, False)
    check_refs(setup, "r.ftr")
    with pytest.raises(ContentError, match="outside the mods folder"):
        loose = RaceSetup("mission", str(tmp_path / "m.toml"), "scooter", 0, 1, "normal", 0, False)
        check_refs(loose, "r.ftr")


# --------------------------------------------------------------------------- command line and game


def test_the_command_line_refuses_a_hundred_million_rivals_at_once(
    tmp_path: Path, recorded: dict[str, Any]
) -> None:
    path = _write(tmp_path / "grid.ftr", _damaged(recorded, lambda d: d["setup"].update(rivals=100_000_000)))
    result = subprocess.run(
        [sys.executable, "-m", "game", "replay", str(path), "--headless"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {path}: is damaged: the set-up's 'rivals'")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--rivals", "100000000"], "--rivals must be from 0 to 7"),
        (["--laps", "1000000000"], "--laps must be from 1 to 99"),
    ],
)
def test_the_race_command_bounds_rivals_and_laps(args: list[str], words: str) -> None:
    command = [sys.executable, "-m", "game", "race", "--headless", "--track", "test-stadium", *args]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 2 and words in result.stderr


def test_a_race_on_a_map_file_is_recorded_by_its_mod_id_or_not_at_all(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from game.commands.race import replay_track_ref

    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path))
    mods = tmp_path / "mods"
    (mods / "pack").mkdir(parents=True)
    (mods / "pack" / "ring.tmx").write_text("<map/>", encoding="utf-8")
    (tmp_path / "ring.tmx").write_text("<map/>", encoding="utf-8")
    assert replay_track_ref(str(mods / "pack" / "ring.tmx")) == "mod:pack/ring"
    assert replay_track_ref("harbour") == "harbour"
    with pytest.raises(ContentError, match="a replay can name only a track id"):
        replay_track_ref(str(tmp_path / "ring.tmx"))


def test_the_replay_viewer_shows_a_message_for_hostile_replays(
    tmp_path: Path, recorded: dict[str, Any]
) -> None:
    from game.app.scenes.replay_viewer import open_replay
    from tests.app.conftest import app_in

    edits: list[Callable[[dict[str, Any]], None]] = [
        lambda d: d["setup"].update(rivals=100_000_000),
        lambda d: d["setup"].update(track="/etc/passwd.tmx"),
        lambda d: d.update(format_version=True),
        lambda d: d["tape"].update(steps=10**12),
    ]
    with app_in(tmp_path) as app:
        for k, edit in enumerate(edits):
            path = _write(tmp_path / f"bad{k}.ftr", _damaged(recorded, edit))
            scene = open_replay(app, path)
            assert scene.name == "replay-error"
            assert str(path)[:20] in " ".join(getattr(scene, "lines", []))


def test_a_mission_replay_of_another_mission_version_names_the_mission(tmp_path: Path) -> None:
    """A changed mission (or a mission read into other records) is named as such, not as car tuning."""
    setup = RaceSetup("mission", "01-final-notice", "subaru", 0, 1, "normal", 2)
    track, play = build_mission(setup)
    recorder = Recorder(setup, track, play)
    for _ in range(60):
        recorder.step(None)
    data = json.loads(gzip.decompress(to_bytes(recorder.replay())))
    data["content_fingerprint"] = "0" * 24
    path = _write(tmp_path / "mission.ftr", data)
    with pytest.raises(ContentError) as caught:
        prepare_mission(load_replay(path), path)
    message = str(caught.value)
    assert "another version of the mission '01-final-notice'" in message
    assert "rival tuning" not in message
