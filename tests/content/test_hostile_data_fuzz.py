"""Damaged missions, vehicles, rivals and replays never crash their readers: only ContentError escapes.

Hypothesis starts from the real files, parsed, and damages the data: it
replaces values anywhere in the tree with hostile ones (wrong types, huge
numbers, long texts, paths out of the folder, dates), deletes keys, adds
unknown ones, and writes the result back as TOML or packed JSON. Separate
tests splice random bytes into the raw files. Whatever comes out must load
or be refused with a ContentError whose every line names the file.
"""

from __future__ import annotations

import datetime
import gzip
import json
import math
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.errors import ContentError
from game.content.missions import CAMPAIGN_DIR, check_against_track, map_path, parse_mission
from game.content.replays import RaceSetup, Recorder, build_session, load_replay, prepare, to_bytes
from game.content.rivals import parse_rivals
from game.content.vehicles import parse_vehicles
from game.paths import ASSETS_DIR, VEHICLES_FILE
from game.sim.controls import Controls
from tests.campaign.helpers import specs
from tests.content.damage import damaged

MISSION_FILES = ("02-pizza-run.toml", "08-last-race.toml", "09-high-stakes.toml", "10-ducati.toml")
MISSION_TEXTS = {name: (CAMPAIGN_DIR / name).read_text(encoding="utf-8") for name in MISSION_FILES}
VEHICLES_TEXT = VEHICLES_FILE.read_text(encoding="utf-8")
RIVALS_TEXT = (ASSETS_DIR / "rivals.toml").read_text(encoding="utf-8")

JSON_NASTY: list[Any] = [
    None,
    "",
    " ",
    "W" * 5000,
    "../../../../etc/passwd",
    "/etc/passwd",
    "mod:../x",
    "x.tmx",
    "C:\\x",
    "\u00e9\u0000\n",
    0,
    -1,
    1,
    7,
    99,
    2**31,
    2**63,
    10**30,
    -(10**30),
    0.5,
    -0.0,
    1e308,
    -1e308,
    5e-324,
    True,
    False,
    [],
    [1],
    ["a"],
    [[1, 2]],
    {},
    {"a": 1},
    [[[[[1]]]]],
]
TOML_NASTY: list[Any] = [v for v in JSON_NASTY if v is not None] + [
    datetime.date(1979, 5, 27),
    datetime.time(7, 30),
    datetime.datetime(1979, 5, 27, 7, 30),
]
UNKNOWN_KEYS = ["x", "id", "kind", "do", "when", "text", "W" * 300, "", "\u00e9"]


# --------------------------------------------------------------------------- damaging a tree


# --------------------------------------------------------------------------- writing TOML


def _toml_key(key: str) -> str:
    return json.dumps(key, ensure_ascii=True)


def _toml_value(value: Any) -> str:
    """One value as inline TOML (strings as JSON-escaped basic strings, which TOML reads the same)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=True)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def to_toml(data: dict[str, Any]) -> str:
    """A document as top-level ``key = value`` lines (tables inline): any tree TOML can hold."""
    return "".join(f"{_toml_key(k)} = {_toml_value(v)}\n" for k, v in data.items())


def test_the_toml_writer_round_trips_the_real_files() -> None:
    for text in [*MISSION_TEXTS.values(), VEHICLES_TEXT, RIVALS_TEXT]:
        data = tomllib.loads(text)
        assert tomllib.loads(to_toml(data)) == data


# --------------------------------------------------------------------------- the readers


def _refused_politely(exc: ContentError, where: str) -> None:
    assert exc.problems and all(isinstance(p, str) and p.strip() for p in exc.problems)
    assert all(p.startswith(where) for p in exc.problems), exc.problems


def _politely(where: str, read: Callable[[], object]) -> None:
    try:
        read()
    except ContentError as exc:
        _refused_politely(exc, where)


@pytest.fixture(scope="module")
def city() -> Any:
    from game.content.tmx import load_track

    return load_track(Path(CAMPAIGN_DIR.parent / "city-free.tmx"), track_id="city-free")


def _mission_checks(text: str, track: Any, folder: Path) -> None:
    where = str(folder / "02-pizza-run.toml")
    try:
        mission = parse_mission(text, where, "02-pizza-run", specs())
    except ContentError as exc:
        _refused_politely(exc, where)
        return
    check_against_track(mission, track)
    _politely(where, lambda: map_path(mission, folder / "02-pizza-run.toml", mods_dir=folder))


FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(name=st.sampled_from(MISSION_FILES), data=st.data())
def test_damaged_missions_only_raise_content_error(
    city: Any, tmp_path: Path, name: str, data: st.DataObject
) -> None:
    tree = data.draw(damaged(tomllib.loads(MISSION_TEXTS[name]), TOML_NASTY, UNKNOWN_KEYS))
    _mission_checks(to_toml(tree), city, tmp_path)


@FUZZ
@given(name=st.sampled_from(MISSION_FILES), cut=st.integers(0, 4000), junk=st.text(max_size=12))
def test_mission_text_spliced_only_raises_content_error(
    city: Any, tmp_path: Path, name: str, cut: int, junk: str
) -> None:
    text = MISSION_TEXTS[name]
    at = cut % (len(text) + 1)
    _mission_checks(text[:at] + junk + text[at:], city, tmp_path)


@FUZZ
@given(data=st.data())
def test_damaged_vehicles_only_raise_content_error(data: st.DataObject) -> None:
    tree = data.draw(damaged(tomllib.loads(VEHICLES_TEXT), TOML_NASTY, UNKNOWN_KEYS))
    _politely("cars.toml", lambda: parse_vehicles(to_toml(tree), "cars.toml"))


@FUZZ
@given(data=st.data())
def test_damaged_rivals_only_raise_content_error(data: st.DataObject) -> None:
    tree = data.draw(damaged(tomllib.loads(RIVALS_TEXT), TOML_NASTY, UNKNOWN_KEYS))
    _politely("rivals.toml", lambda: parse_rivals(to_toml(tree), "rivals.toml"))


@FUZZ
@given(cut=st.integers(0, 20_000), junk=st.text(max_size=12))
def test_vehicle_and_rival_text_spliced_only_raises_content_error(cut: int, junk: str) -> None:
    readers: tuple[tuple[str, Callable[[str, str], object]], ...] = (
        (VEHICLES_TEXT, parse_vehicles),
        (RIVALS_TEXT, parse_rivals),
    )
    for text, read in readers:
        at = cut % (len(text) + 1)
        spliced = text[:at] + junk + text[at:]
        _politely("f.toml", lambda r=read, t=spliced: r(t, "f.toml"))


# --------------------------------------------------------------------------- replays


@pytest.fixture(scope="module")
def replay_json() -> dict[str, Any]:
    """A short stadium race with the player driving and one reset, as the file's JSON."""
    setup = RaceSetup("quick-race", "test-stadium", "subaru", 1, 1, "normal", 4, player_ai=False)
    track, session = build_session(setup)
    recorder = Recorder(setup, track, session)
    for step in range(180):
        if step == 90:
            recorder.request_respawn(0)
        recorder.step({0: Controls(throttle=1.0, steer=0.4 if step % 60 < 30 else -0.2)})
    data = json.loads(gzip.decompress(to_bytes(recorder.replay())))
    assert isinstance(data, dict)
    return data


def _replay_checks(path: Path) -> None:
    """Load, and if it loads, build the session it names: only ContentError may come out of either."""
    try:
        replay = load_replay(path)
        if replay.setup.kind != "mission":
            prepare(replay, path)
    except ContentError as exc:
        _refused_politely(exc, str(path))


REPLAY_FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@REPLAY_FUZZ
@given(data=st.data())
def test_damaged_replays_only_raise_content_error(
    replay_json: dict[str, Any], tmp_path: Path, data: st.DataObject
) -> None:
    tree = data.draw(damaged(replay_json, JSON_NASTY, UNKNOWN_KEYS))
    path = tmp_path / "r.ftr"
    path.write_bytes(gzip.compress(json.dumps(tree).encode("utf-8"), mtime=0))
    _replay_checks(path)


@REPLAY_FUZZ
@given(data=st.data())
def test_damaged_replay_set_ups_only_raise_content_error(
    replay_json: dict[str, Any], tmp_path: Path, data: st.DataObject
) -> None:
    setup = data.draw(damaged(replay_json["setup"], JSON_NASTY, UNKNOWN_KEYS))
    path = tmp_path / "r.ftr"
    path.write_bytes(gzip.compress(json.dumps({**replay_json, "setup": setup}).encode("utf-8"), mtime=0))
    _replay_checks(path)


@REPLAY_FUZZ
@given(at=st.integers(0, 10_000), junk=st.binary(max_size=16), packed=st.booleans())
def test_replay_bytes_spliced_only_raise_content_error(
    replay_json: dict[str, Any], tmp_path: Path, at: int, junk: bytes, packed: bool
) -> None:
    raw = json.dumps(replay_json).encode("utf-8")
    if packed:
        raw = gzip.compress(raw, mtime=0)
        cut = at % (len(raw) + 1)
        damaged_bytes = raw[:cut] + junk + raw[cut:]
    else:
        cut = at % (len(raw) + 1)
        damaged_bytes = gzip.compress(raw[:cut] + junk + raw[cut:], mtime=0)
    path = tmp_path / "r.ftr"
    path.write_bytes(damaged_bytes)
    _replay_checks(path)
