"""Lap records and ghosts read as a stranger's files: contained ghost paths, typed rows, capped ghosts.

A records file named its ghosts by any path, so ``../../../../etc/shadow``
was read; a lap time of 10^400 or deep nesting was a traceback; a ghost
file unpacked without a cap. Here every ghost path must stay in the ghosts
folder (symlinks followed), each damaged row is dropped with a sentence
(the file kept), and ghosts are refused within their limits.
"""

from __future__ import annotations

import errno
import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest

from game.content import limits, storage
from game.content.errors import ContentError
from game.content.ghosts import (
    AUTHOR_GHOSTS_DIR,
    Records,
    _ghost_from,
    ghost_file_name,
    ghost_to_bytes,
    load_ghost,
    save_ghost,
)
from game.sim.ghost import Ghost, Pose

AUTHOR = AUTHOR_GHOSTS_DIR / "city-night.ghost"


def a_ghost(track: str = "city-night", car: str = "subaru", lap: float = 90.0, poses: int = 50) -> Ghost:
    return Ghost(track, "f" * 24, car, lap, tuple(Pose(k / 30, k, 2 * k, 0.1, 20.0) for k in range(poses)))


def records_file(folder: Path, rows: list[Any], version: object = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "records.json"
    path.write_text(json.dumps({"version": version, "records": rows}), encoding="utf-8")
    return path


def row(ghost: str, track: str = "city-night", car: str = "subaru", lap: object = 95.0) -> dict[str, Any]:
    return {"track": track, "car": car, "lap_time_s": lap, "ghost": ghost}


def one_sentence(message: str | None) -> str:
    assert message is not None and "\n" not in message and message.endswith(".")
    assert not any(w in message for w in ("Traceback", "Error", "None", "sys.", "float(")), message
    return message


# --------------------------------------------------------------------------- ghost paths


def test_ghost_paths_outside_the_ghosts_folder_are_dropped_and_never_read(tmp_path: Path) -> None:
    home, outside = tmp_path / "home", tmp_path / "outside"
    outside.mkdir()
    (outside / "x.ghost").write_bytes(AUTHOR.read_bytes())
    (home / "ghosts").mkdir(parents=True)
    (home / "ghosts" / "good.ghost").write_bytes(ghost_to_bytes(a_ghost(car="bmw")))
    (home / "ghosts" / "link.ghost").symlink_to(outside / "x.ghost")
    path = records_file(
        home,
        [
            row("../../../../etc/shadow", car="a"),
            row("../outside/x.ghost", car="b"),
            row(str(outside / "x.ghost"), car="c"),
            row("ghosts/link.ghost", car="d"),
            row("ghosts", car="e"),
            row("ghosts/good.ghost", car="bmw"),
        ],
    )
    text = path.read_text()
    records = Records(home)
    assert "5 of your lap records" in one_sentence(records.message)
    assert "outside the ghosts folder" in records.message
    assert [c for c in "abcde" if records.best("city-night", c)] == []
    ghost = records.best_ghost("city-night", "bmw")
    assert ghost is not None and ghost.car == "bmw"
    assert (home / "records.json.corrupt").read_text() == text and path.read_text() == text


def test_a_ghost_swapped_for_a_link_after_loading_is_not_followed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "ghosts").mkdir(parents=True)
    (home / "ghosts" / "g.ghost").write_bytes(ghost_to_bytes(a_ghost()))
    records_file(home, [row("ghosts/g.ghost")])
    records = Records(home)
    assert records.message is None and records.best_ghost("city-night", "subaru") is not None
    (home / "ghosts" / "g.ghost").unlink()
    (tmp_path / "x.ghost").write_bytes(AUTHOR.read_bytes())
    (home / "ghosts" / "g.ghost").symlink_to(tmp_path / "x.ghost")
    assert records.best_ghost("city-night", "subaru") is None


def test_ghost_file_names_stay_one_plain_name() -> None:
    assert ghost_file_name("mod:pack/ring", "subaru") == "mod_pack_ring--subaru.ghost"
    for track, car in [("..", ".."), ("a/../../b", "c\\d"), ("mod:x", "/etc/passwd"), ("W" * 5000, "é")]:
        name = ghost_file_name(track, car)
        assert "/" not in name and "\\" not in name and len(name) <= 110 and name.endswith(".ghost")
    assert ghost_file_name("W" * 500, "a") != ghost_file_name("W" * 500, "b")


def test_a_record_from_a_car_id_with_a_path_lands_in_the_ghosts_folder(tmp_path: Path) -> None:
    records = Records(tmp_path)
    assert records.offer(a_ghost(car="../../escape"))
    assert [p.parent for p in tmp_path.rglob("*.ghost")] == [tmp_path / "ghosts"]
    assert Records(tmp_path).best_ghost("city-night", "../../escape") is not None


# --------------------------------------------------------------------------- damaged records


HOSTILE = {
    "a lap of 10^400": '{"version": 1, "records": [{"track": "t", "car": "c", "lap_time_s": 1'
    + "0" * 400
    + ', "ghost": "ghosts/a.ghost"}]}',
    "nested a hundred thousand deep": '{"version": 1, "records": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "a lap of 1e999": '{"version": 1, "records": [{"lap_time_s": 1e999}]}',
    "version true": '{"version": true, "records": []}',
    "records an object": '{"version": 1, "records": {}}',
    "a list": "[]",
    "empty": "",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_unreadable_records_are_kept_aside_with_a_sentence(tmp_path: Path, text: str) -> None:
    (tmp_path / "records.json").write_text(text, encoding="utf-8")
    records = Records(tmp_path)
    assert "kept as records.json.corrupt" in one_sentence(records.message)
    assert records.best("t", "c") is None
    assert (tmp_path / "records.json.corrupt").read_text() == text


BAD_ROWS = {
    "lap time true": row("ghosts/a.ghost", lap=True),
    "lap time zero": row("ghosts/a.ghost", lap=0),
    "lap time as text": row("ghosts/a.ghost", lap="90"),
    "lap time of three hours": row("ghosts/a.ghost", lap=3 * 3600),
    "track a number": row("ghosts/a.ghost", track=7),  # type: ignore[arg-type]
    "a car of 10,000 characters": row("ghosts/a.ghost", car="W" * 10_000),
    "no ghost": {"track": "t", "car": "c", "lap_time_s": 90},
    "a row a list": [1, 2],
}


@pytest.mark.parametrize("bad", BAD_ROWS.values(), ids=BAD_ROWS.keys())
def test_a_damaged_row_is_dropped_the_others_kept(tmp_path: Path, bad: Any) -> None:
    records_file(tmp_path, [bad, row("ghosts/b.ghost", car="bmw", lap=80.5)])
    records = Records(tmp_path)
    assert "1 of your lap records" in one_sentence(records.message)
    best = records.best("city-night", "bmw")
    assert best is not None and best.lap_time_s == 80.5


def test_too_many_records_and_a_fifo(tmp_path: Path) -> None:
    records_file(tmp_path / "a", [row(f"ghosts/{n}.ghost", track=str(n)) for n in range(limits.RECORDS + 1)])
    assert "over the limit of 10,000" in one_sentence(Records(tmp_path / "a").message)
    (tmp_path / "b").mkdir()
    os.mkfifo(tmp_path / "b" / "records.json")
    assert "not a regular file" in one_sentence(Records(tmp_path / "b").message)


def test_a_newer_records_file_is_used_and_kept(tmp_path: Path) -> None:
    path = records_file(
        tmp_path, [row("ghosts/a.ghost"), {"track": "t", "car": "c", "splits": [1, 2]}], version=2
    )
    text = path.read_text()
    records = Records(tmp_path)
    assert "newer version" in one_sentence(records.message) and records.best("city-night", "subaru")
    assert records.offer(a_ghost(car="bmw"))
    assert (tmp_path / "records.json.newer").read_text() == text


def test_an_unreadable_file_that_cannot_be_kept_is_not_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "records.json"
    path.write_text("{ damaged", encoding="utf-8")
    real = os.replace

    def locked(src: Any, dst: Any) -> None:
        """records.json can be neither moved nor copied aside; everything else is written."""
        if Path(src).name == "records.json" or Path(dst).name.startswith("records.json."):
            raise OSError(errno.EACCES, "Access is denied")
        real(src, dst)

    monkeypatch.setattr(storage.os, "replace", locked)
    records = Records(tmp_path)
    assert "is not written over" in one_sentence(records.message)
    with pytest.raises(OSError):
        records.offer(a_ghost())
    assert path.read_text() == "{ damaged" and records.best("city-night", "subaru") is None
    monkeypatch.undo()
    assert records.offer(a_ghost())
    assert (tmp_path / "records.json.corrupt").read_text() == "{ damaged"
    assert Records(tmp_path).best("city-night", "subaru") is not None


def test_records_the_game_writes_read_back_quietly(tmp_path: Path) -> None:
    records = Records(tmp_path)
    assert records.offer(a_ghost(lap=91.0)) and records.offer(a_ghost(lap=90.0))
    assert not records.offer(a_ghost(lap=95.0))
    again = Records(tmp_path)
    best = again.best("city-night", "subaru")
    assert again.message is None and best is not None and best.lap_time_s == 90.0
    ghost = again.best_ghost("city-night", "subaru")
    assert ghost is not None and ghost.lap_time_s == 90.0 and len(ghost.poses) == 50


# --------------------------------------------------------------------------- ghost files


def ghost_data(**changes: Any) -> dict[str, Any]:
    data = json.loads(gzip.decompress(AUTHOR.read_bytes()))
    assert isinstance(data, dict)
    return data | changes


def packed(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "g.ghost"
    path.write_bytes(gzip.compress(json.dumps(data).encode(), mtime=0))
    return path


def poses_with(k: int, value: object) -> list[Any]:
    poses = ghost_data()["poses"]
    poses[5][k] = value
    return list(poses)


BAD_GHOSTS = {
    "format version true": (ghost_data(format_version=True), "format version is true"),
    "format version 1.0": (ghost_data(format_version=1.0), "format version is 1.0"),
    "a newer version": (ghost_data(format_version=2), "newer version"),
    "another format": (ghost_data(format="fast-track-replay"), "not a FAST TRACK ghost"),
    "a pose at 1e308": (ghost_data(poses=poses_with(1, 1e308)), "pose 6"),
    "a pose of four numbers": (ghost_data(poses=[[0, 0, 0, 0]] * 3), "pose 1"),
    "a pose of booleans": (ghost_data(poses=[[True] * 5] * 3), "pose 1"),
    "time running back": (ghost_data(poses=[[1, 0, 0, 0, 0], [0, 0, 0, 0, 0]]), "time order"),
    "one pose": (ghost_data(poses=[[0, 0, 0, 0, 0]]), "at least two"),
    "a lap time of zero": (ghost_data(lap_time_s=0), "lap time"),
    "a track id of a million characters": (
        ghost_data(track={"id": "W" * 10**6, "fingerprint": "f"}),
        "over the limit",
    ),
}


@pytest.mark.parametrize(("data", "words"), BAD_GHOSTS.values(), ids=BAD_GHOSTS.keys())
def test_bad_ghosts_are_one_sentence_naming_the_file(tmp_path: Path, data: Any, words: str) -> None:
    path = packed(tmp_path, data)
    with pytest.raises(ContentError) as caught:
        load_ghost(path)
    message = one_sentence(str(caught.value))
    assert message.startswith(f"{path}: ") and words in message


def test_too_many_poses_are_refused_before_they_are_built() -> None:
    with pytest.raises(ValueError, match=f"{limits.GHOST_POSES:,}"):
        _ghost_from(ghost_data(poses=[[0, 0, 0, 0, 0]] * (limits.GHOST_POSES + 1)))


def test_a_ghost_bomb_stops_at_the_ghost_cap(tmp_path: Path) -> None:
    path = tmp_path / "bomb.ghost"
    path.write_bytes(
        gzip.compress(b'{"format": "fast-track-ghost"' + b" " * (limits.GHOST_JSON_BYTES + 1) + b"}")
    )
    with pytest.raises(ContentError, match="unpacks to more than 2 MB"):
        load_ghost(path)


def test_a_lap_too_long_to_read_back_is_not_saved(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="too long"):
        save_ghost(a_ghost(poses=limits.GHOST_POSES + 1), tmp_path / "g.ghost")
    assert not (tmp_path / "g.ghost").exists()


def test_read_packed_json_keeps_its_sentences(tmp_path: Path) -> None:
    path = tmp_path / "r.ftr"
    for raw, words in [
        (b"not a replay", "not a FAST TRACK replay"),
        (gzip.compress(b"{broken"), "not valid JSON"),
        (gzip.compress(b"[" * 1000), "nests deeper"),
        (gzip.compress(b"\xff\xfe"), "not UTF-8"),
        (gzip.compress(b" " * (2 * limits.MB + 1)), "unpacks to more than 2 MB"),
    ]:
        path.write_bytes(raw)
        with pytest.raises(ContentError) as caught:
            storage.read_packed_json(path, "replay", 2 * limits.MB)
        message = str(caught.value)
        assert message.startswith(f"{path}: is not a FAST TRACK replay") and words in message
    path.write_bytes(storage.pack_json({"a": [1, 2.5]}))
    assert storage.read_packed_json(path, "replay") == {"a": [1, 2.5]}
