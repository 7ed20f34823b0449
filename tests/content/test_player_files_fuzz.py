"""Fuzzed player files: the readers that never raise never do, the others raise only ContentError.

And a fuzzed file never costs progress.

Hypothesis starts from files the game writes (a save, settings, records, a
ghost), damages the parsed tree (hostile values anywhere, keys deleted or
added, list items repeated) or splices bytes into the raw file, and checks:
``SaveStore.load``, ``settings.load`` and ``Records`` return; ``load_ghost``
returns or raises a ContentError naming the file; and whatever a file held
is afterwards either what the game uses or kept on disk byte for byte, with
the good backup's progress back in play when the save itself was unusable.
"""

from __future__ import annotations

import gzip
import itertools
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content import settings as sf
from game.content.errors import ContentError
from game.content.ghosts import AUTHOR_GHOSTS_DIR, Records, load_ghost
from game.content.saves import MissionRecord, Progress, SaveStore
from game.content.settings import Settings
from tests.content.damage import containers, damaged

NASTY: list[Any] = [
    None,
    "",
    " ",
    "W" * 5000,
    "../../../../etc/shadow",
    "/etc/passwd",
    "ghosts",
    "ghosts/../../x",
    "\u00e9\u0000\n",
    0,
    -1,
    1,
    2,
    7,
    2**63,
    10**39,
    -(10**39),
    0.5,
    1.0,
    -0.0,
    1e308,
    -1e308,
    5e-324,
    True,
    False,
    [],
    [1],
    ["a"],
    [[0, 0, 0, 0, 0]],
    {},
    {"a": 1},
    [[[[[1]]]]],
]
KEYS = ["version", "x", "money", "missions", "records", "poses", "ghost", "", "W" * 300]

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def fuzzed_bytes(draw: st.DrawFn, tree: Any) -> bytes:
    """``tree`` damaged and written as JSON, or written whole with bytes spliced in or cut off."""
    if draw(st.booleans()):
        return json.dumps(draw(damaged(tree, NASTY, KEYS))).encode()
    raw = json.dumps(tree, indent=1).encode()
    at = draw(st.integers(0, len(raw)))
    junk = draw(st.binary(max_size=16))
    return raw[:at] + junk + raw[at + draw(st.integers(0, 8)) :] if draw(st.booleans()) else raw[:at]


@contextmanager
def folder() -> Iterator[Path]:
    """A fresh folder for one example (a function-scoped ``tmp_path`` would be shared by all of them)."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as name:
        yield Path(name)


def everything_in(where: Path) -> list[bytes]:
    return [p.read_bytes() for p in where.rglob("*") if p.is_file()]


# --------------------------------------------------------------------------- saves


def _progress() -> Progress:
    return Progress(
        money=31337,
        debt=12000,
        cars=["subaru", "mustang"],
        tracks=["city-night"],
        missions={
            "01-final-notice": MissionRecord(True, False, 2, 70.5, 3.0, "gold"),
            "02-pizza-run": MissionRecord(False, True, 3, None, 0.0, ""),
        },
    )


BACKUP = Progress(money=777, debt=30000, cars=["subaru"])


@FUZZ
@given(raw=fuzzed_bytes(_progress().to_json()))
def test_a_fuzzed_save_beside_a_good_backup_never_costs_progress(raw: bytes) -> None:
    with folder() as home:
        (home / "save.json.bak").write_text(json.dumps(BACKUP.to_json()), encoding="utf-8")
        (home / "save.json").write_bytes(raw)
        loaded = SaveStore(home).load()
        if loaded.source == "save":
            assert (home / "save.json").read_bytes() == raw
        else:
            assert loaded.source == "backup" and loaded.progress == BACKUP
            assert raw in everything_in(home), "the unusable save is kept aside"
            assert all("\n" not in m for m in loaded.messages)
        SaveStore(home).save(loaded.progress)
        assert SaveStore(home).load().progress == loaded.progress
        assert loaded.source == "save" or raw in everything_in(home)


# --------------------------------------------------------------------------- settings


@FUZZ
@given(raw=fuzzed_bytes(Settings().to_json() | {"units": "mph"}))
def test_fuzzed_settings_always_load_and_nothing_unread_is_written_over(raw: bytes) -> None:
    with folder() as config:
        path = config / "settings.json"
        path.write_bytes(raw)
        loaded = sf.load(path)
        assert isinstance(loaded.settings, Settings)
        assert loaded.message is None or "\n" not in loaded.message
        sf.save(loaded.settings, path)
        assert sf.load(path).settings == loaded.settings
        assert loaded.message is None or raw in everything_in(config)


# --------------------------------------------------------------------------- records and ghosts


def _records() -> dict[str, Any]:
    return {
        "version": 1,
        "records": [
            {
                "track": "city-night",
                "car": "subaru",
                "lap_time_s": 95.5,
                "ghost": "ghosts/city-night--subaru.ghost",
            },
            {"track": "harbour", "car": "bmw", "lap_time_s": 80.25, "ghost": "ghosts/harbour--bmw.ghost"},
        ],
    }


@FUZZ
@given(raw=fuzzed_bytes(_records()))
def test_fuzzed_records_always_load_inside_their_folder(raw: bytes) -> None:
    with folder() as home:
        (home / "records.json").write_bytes(raw)
        records = Records(home)
        ghosts = (home / "ghosts").resolve()
        for key in [("city-night", "subaru"), ("harbour", "bmw")]:
            rec = records.best(*key)
            if rec is not None:
                assert ghosts in (home / rec.ghost_file).resolve().parents
            assert records.best_ghost(*key) is None  # no ghost files exist here
        assert records.message is None or "\n" not in records.message
        assert raw in everything_in(home)


GHOST = json.loads(gzip.decompress((AUTHOR_GHOSTS_DIR / "city-night.ghost").read_bytes()))
GHOST["poses"] = GHOST["poses"][:40]  # a short lap keeps each example fast; damage does not need length


@FUZZ
@given(raw=fuzzed_bytes(GHOST), pack=st.booleans())
def test_fuzzed_ghosts_raise_only_content_error(raw: bytes, pack: bool) -> None:
    with folder() as where:
        path = where / "g.ghost"
        path.write_bytes(gzip.compress(raw, mtime=0) if pack else raw)
        try:
            ghost = load_ghost(path)
        except ContentError as exc:
            assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)
            return
        assert len(ghost.poses) >= 2 and ghost.lap_time_s > 0
        assert all(a.t <= b.t for a, b in itertools.pairwise(ghost.poses))


@FUZZ
@given(cut=st.integers(0, 4000), junk=st.binary(min_size=1, max_size=12))
def test_ghost_bytes_spliced_raise_only_content_error(cut: int, junk: bytes) -> None:
    packed = (AUTHOR_GHOSTS_DIR / "city-night.ghost").read_bytes()
    at = cut % (len(packed) + 1)
    with folder() as where:
        path = where / "g.ghost"
        path.write_bytes(packed[:at] + junk + packed[at:])
        try:
            load_ghost(path)
        except ContentError as exc:
            assert str(exc).startswith(f"{path}: ")


# --------------------------------------------------------------------------- every place, every value


SWEEP: list[Any] = [
    None,
    "W" * 5000,
    "../../../../etc/shadow",
    -1,
    1.0,
    10**39,
    1e308,
    True,
    [],
    {},
    [[[[[1]]]]],
]
"""One hostile value of each kind the readers must tell apart (types, signs, sizes, depth)."""


def _every_damage(tree: Any) -> Iterator[Any]:
    """Copies of ``tree`` with one place (a value at any depth) replaced by each :data:`SWEEP` value in turn.

    Random damage finds the odd combination; this sweep makes sure no single
    place and kind of value is missed (a list where a medal goes, say).
    """
    text = json.dumps(tree)
    count = len(_places(json.loads(text)))
    for k in range(count):
        for value in SWEEP:
            copy = json.loads(text)
            node, key = _places(copy)[k]
            node[key] = json.loads(json.dumps(value))
            yield copy


def _places(tree: Any) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for node in containers(tree):
        out.extend((node, key) for key in (sorted(node) if isinstance(node, dict) else range(len(node))))
    return out


def test_every_hostile_value_in_every_place_of_a_save() -> None:
    with folder() as home:
        for tree in _every_damage(_progress().to_json()):
            raw = json.dumps(tree).encode()
            (home / "save.json.bak").write_text(json.dumps(BACKUP.to_json()), encoding="utf-8")
            (home / "save.json").write_bytes(raw)
            loaded = SaveStore(home).load()
            assert loaded.source == "save" or (loaded.progress == BACKUP and raw in everything_in(home))
            for p in home.iterdir():
                p.unlink()


def test_every_hostile_value_in_every_place_of_settings_records_and_a_ghost() -> None:
    short_ghost = GHOST | {"poses": GHOST["poses"][:3]}
    with folder() as home:
        one_binding = Settings().to_json() | {"keyboard": {"pause": ["escape"]}, "gamepad": {"pause": ["x"]}}
        for tree in _every_damage(one_binding):
            (home / "settings.json").write_text(json.dumps(tree), encoding="utf-8")
            assert isinstance(sf.load(home / "settings.json").settings, Settings)
        for tree in _every_damage(_records()):
            (home / "records.json").write_text(json.dumps(tree), encoding="utf-8")
            Records(home)
        for tree in _every_damage(short_ghost):
            (home / "g.ghost").write_bytes(gzip.compress(json.dumps(tree).encode()))
            with suppress(ContentError):
                load_ghost(home / "g.ghost")
