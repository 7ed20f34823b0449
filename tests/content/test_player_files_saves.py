"""The save never loses progress: damaged, hostile, newer and un-movable saves, each with a backup at stake.

Every scenario ends the same way: whatever the folder allowed, the best
progress on disk before is either what the game now plays with, or still on
disk byte for byte (kept aside or left in place), and the next save never
copies an unusable file over a good backup.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from game.content import storage
from game.content.errors import ContentError
from game.content.saves import MissionRecord, Progress, SaveStore, Unusable, parse_save, unlocked

PYTHON_WORDS = ("Traceback", "Error", "sys.", "int(", "float(", "set_int_max_str_digits", "Exceeds", "None")
SANE_ASIDE = re.compile(r"\Asave\.json(\.bak)?\.(corrupt|newer)-\d+\Z")


def good() -> Progress:
    return Progress(
        money=31337,
        debt=12000,
        cars=["subaru", "scooter", "mustang"],
        tracks=["city-night"],
        missions={"01-final-notice": MissionRecord(True, False, 1, 70.5, 3.0, "gold")},
    )


def older() -> Progress:
    return Progress(money=500, debt=40000)


def with_backup(folder: Path, live: bytes | str, backup: Progress | None = None) -> bytes:
    """``live`` as save.json and ``backup`` (default: :func:`good`) as save.json.bak; the backup's bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    raw = live.encode() if isinstance(live, str) else live
    (folder / "save.json").write_bytes(raw)
    bak = json.dumps((backup or good()).to_json()).encode()
    (folder / "save.json.bak").write_bytes(bak)
    return bak


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def assert_player_sentences(messages: tuple[str, ...]) -> None:
    for message in messages:
        assert "\n" not in message and message.endswith(".")
        assert not any(word in message for word in PYTHON_WORDS), message


def refuse(*names: str) -> Callable[..., None]:
    """An ``os.replace`` that refuses to move the files named (a locked file), and moves the rest."""
    real = os.replace

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if Path(src).name in names:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real(src, dst, *args, **kwargs)

    return replace


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """A folder the disk refuses to change (simulated: the tests may run as root, who ignores modes).

    Everything the game writes goes through ``storage``'s temp files and renames, so
    refusing those two is what a read-only folder does to it. Call the result to end it.
    """

    def refused(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(storage.os, "replace", refused)
    monkeypatch.setattr(storage.tempfile, "mkstemp", refused)
    yield monkeypatch.undo


# --------------------------------------------------------------------------- the scenarios of the issue


def test_read_only_folder_restores_the_backup_changes_nothing_and_saves_once_it_can(
    tmp_path: Path, read_only: Callable[[], None]
) -> None:
    bak = with_backup(tmp_path, "{ damaged")
    before = files(tmp_path)
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "backup" and loaded.progress == good()
    assert any("could not be moved aside" in m and "Read-only" in m for m in loaded.messages)
    assert_player_sentences(loaded.messages)
    with pytest.raises(OSError):
        SaveStore(tmp_path).save(loaded.progress)
    assert files(tmp_path) == before
    read_only()  # the folder is writable again: the next save keeps the damaged file and writes
    again = SaveStore(tmp_path).load()
    assert again.progress == good()
    SaveStore(tmp_path).save(again.progress)
    assert SaveStore(tmp_path).load().progress == good()
    assert (tmp_path / "save.json.corrupt-1").read_bytes() == b"{ damaged"
    assert (tmp_path / "save.json.bak").read_bytes() == bak


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores folder modes")
def test_a_really_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "home"
    with_backup(folder, "{ damaged")
    folder.chmod(0o555)
    try:
        loaded = SaveStore(folder).load()
        assert loaded.progress == good()
        with pytest.raises(OSError):
            SaveStore(folder).save(loaded.progress)
    finally:
        folder.chmod(0o755)
    assert (folder / "save.json").read_bytes() == b"{ damaged"


def test_set_aside_refused_still_restores_the_backup_and_never_copies_the_damage_over_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's data loss: a locked damaged save, then a save, used to put the damage in the backup."""
    bak = with_backup(tmp_path, "{ damaged")
    monkeypatch.setattr(storage.os, "replace", refuse("save.json"))
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "backup" and loaded.progress == good()
    assert_player_sentences(loaded.messages)
    kept = tmp_path / "save.json.corrupt-1"
    assert kept.read_bytes() == b"{ damaged"  # copied, since it could not be moved
    SaveStore(tmp_path).save(loaded.progress)
    assert (tmp_path / "save.json.bak").read_bytes() == bak
    assert SaveStore(tmp_path).load().progress == good()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["save.json", "save.json.bak", "save.json.corrupt-1"]


def test_every_rename_refused_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_backup(tmp_path, "{ damaged")
    before = files(tmp_path)
    monkeypatch.setattr(storage.os, "replace", _refuse_all)
    loaded = SaveStore(tmp_path).load()
    assert loaded.progress == good()
    with pytest.raises(OSError):
        SaveStore(tmp_path).save(loaded.progress)
    assert files(tmp_path) == before


def _refuse_all(*_args: object, **_kwargs: object) -> None:
    raise PermissionError(errno.EACCES, "Access is denied")


def test_corrupt_save_with_a_good_backup(tmp_path: Path) -> None:
    bak = with_backup(tmp_path, '{"version": 1, "money": ')
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "backup" and loaded.progress == good()
    assert (tmp_path / "save.json.corrupt-1").read_bytes() == b'{"version": 1, "money": '
    assert_player_sentences(loaded.messages)
    progress = loaded.progress
    progress.money += 1
    SaveStore(tmp_path).save(progress)
    assert SaveStore(tmp_path).load().progress == progress
    assert (tmp_path / "save.json.bak").read_bytes() == bak  # the damaged save was gone: nothing to back up


def test_both_corrupt_keeps_both_aside_and_starts_fresh(tmp_path: Path) -> None:
    (tmp_path / "save.json").write_text("[[[", encoding="utf-8")
    (tmp_path / "save.json.bak").write_text('{"version": true}', encoding="utf-8")
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "new" and loaded.progress == Progress()
    assert len(loaded.messages) == 2
    assert_player_sentences(loaded.messages)
    assert (tmp_path / "save.json.corrupt-1").read_text() == "[[["
    assert (tmp_path / "save.json.bak.corrupt-1").read_text() == '{"version": true}'
    SaveStore(tmp_path).save(loaded.progress)
    assert (tmp_path / "save.json.corrupt-1").read_text() == "[[["
    assert (tmp_path / "save.json.bak.corrupt-1").read_text() == '{"version": true}'


def test_newer_save_is_kept_and_never_saved_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    newer = json.dumps(good().to_json() | {"version": 2, "garage": {"cars": 9}}).encode()
    with_backup(tmp_path, newer, older())
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "backup" and loaded.progress == older()
    assert any("newer version of FAST TRACK" in m for m in loaded.messages)
    assert (tmp_path / "save.json.newer-1").read_bytes() == newer
    SaveStore(tmp_path).save(loaded.progress)
    assert (tmp_path / "save.json.newer-1").read_bytes() == newer


def test_newer_save_that_cannot_be_kept_is_not_saved_over(
    tmp_path: Path, read_only: Callable[[], None]
) -> None:
    newer = json.dumps(good().to_json() | {"version": 2}).encode()
    with_backup(tmp_path, newer, older())
    loaded = SaveStore(tmp_path).load()
    assert loaded.progress == older() and any("is not saved over" in m for m in loaded.messages)
    assert (tmp_path / "save.json").read_bytes() == newer
    read_only()  # writable again: the newer save is kept aside before anything is written
    SaveStore(tmp_path).save(loaded.progress)
    assert (tmp_path / "save.json.newer-1").read_bytes() == newer
    assert SaveStore(tmp_path).load().progress == older()


def test_a_newer_save_in_a_locked_file_blocks_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Renames refused and copies impossible: the save is refused rather than written over the newer file."""
    newer = json.dumps(good().to_json() | {"version": 2}).encode()
    with_backup(tmp_path, newer, older())
    monkeypatch.setattr(storage, "write_atomic", _refuse_all)
    monkeypatch.setattr(storage.os, "replace", refuse("save.json"))
    loaded = SaveStore(tmp_path).load()
    with pytest.raises(OSError, match="could not be moved aside"):
        SaveStore(tmp_path).save(loaded.progress)
    assert (tmp_path / "save.json").read_bytes() == newer


def test_backups_are_made_only_of_good_saves(tmp_path: Path) -> None:
    bak = json.dumps(good().to_json()).encode()
    (tmp_path / "save.json.bak").write_bytes(bak)
    (tmp_path / "save.json").write_text("{ damaged", encoding="utf-8")
    storage.write_atomic(
        tmp_path / "save.json",
        b"{}",
        backup=True,
        backup_if=lambda raw: SaveStore(tmp_path).judge(raw) is None,
    )
    assert (tmp_path / "save.json.bak").read_bytes() == bak
    SaveStore(tmp_path).save(older())
    SaveStore(tmp_path).save(good())
    assert SaveStore(tmp_path).peek(tmp_path / "save.json.bak") == older()


# --------------------------------------------------------------------------- hostile saves


def _save_text(**changes: object) -> str:
    return json.dumps(good().to_json() | changes)


HOSTILE = {
    "nested a hundred thousand deep": "[" * 100_000 + "]" * 100_000,
    "failures 1e999": _save_text().replace('"failures": 1', '"failures": 1e999'),
    "money of 5,000 digits": _save_text().replace("31337", "1" * 5000),
    "version true": _save_text(version=True),
    "version 1.0": _save_text(version=1.0),
    "version as text": _save_text(version="1"),
    "failures as text": _save_text().replace('"failures": 1', '"failures": "3"'),
    "failures negative": _save_text().replace('"failures": 1', '"failures": -1'),
    "completed as 1": _save_text().replace('"completed": true', '"completed": 1'),
    "best time NaN": _save_text().replace('"best_time_s": 70.5', '"best_time_s": NaN'),
    "best time negative": _save_text().replace('"best_time_s": 70.5', '"best_time_s": -3'),
    "medal platinum": _save_text().replace('"gold"', '"platinum"'),
    "medal a list": _save_text().replace('"gold"', '["gold"]'),
    "money true": _save_text(money=True),
    "debt negative": _save_text(debt=-5),
    "cars a string": _save_text(cars="subaru"),
    "a car a number": _save_text(cars=["subaru", 7]),
    "a car of a million characters": _save_text(cars=["W" * 1_000_000]),
    "missions a list": _save_text(missions=[]),
    "a mission a number": _save_text(missions={"x": 3}),
    "the save a list": "[1, 2, 3]",
    "not UTF-8": "\udcff",
    "empty": "",
    "a NUL": "\x00",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_saves_are_set_aside_with_a_sentence_and_the_backup_used(tmp_path: Path, text: str) -> None:
    raw = text.encode("utf-8", "surrogateescape")
    bak = with_backup(tmp_path, raw, older())
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "backup" and loaded.progress == older()
    assert len(loaded.messages) == 2 and "save.json.corrupt-1" in loaded.messages[0]
    assert_player_sentences(loaded.messages)
    assert [p.name for p in tmp_path.iterdir() if not SANE_ASIDE.match(p.name)] == ["save.json.bak"]
    assert (tmp_path / "save.json.corrupt-1").read_bytes() == raw
    assert (tmp_path / "save.json.bak").read_bytes() == bak


def test_a_save_that_is_not_a_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "save.json")
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "new" and "not a regular file" in loaded.messages[0]
    assert_player_sentences(loaded.messages)


def test_parse_save_raises_only_content_errors_naming_the_file(tmp_path: Path) -> None:
    for text in HOSTILE.values():
        with pytest.raises(ContentError) as caught:
            parse_save(text.encode("utf-8", "surrogateescape"), tmp_path / "save.json")
        assert isinstance(caught.value, Unusable)
        assert str(caught.value).startswith(str(tmp_path / "save.json"))


def test_unlocked_reads_through_damage_without_touching_anything(tmp_path: Path) -> None:
    with_backup(tmp_path, HOSTILE["failures 1e999"])
    before = files(tmp_path)
    cars, tracks = unlocked(tmp_path)
    assert cars == frozenset(good().cars) and tracks == frozenset(good().tracks)
    assert files(tmp_path) == before


def test_what_the_game_writes_reads_back(tmp_path: Path) -> None:
    p = good()
    p.missions["02-pizza-run"] = MissionRecord(False, True, 3, None, 0, "")  # an int score, as round() gives
    SaveStore(tmp_path).save(p)
    assert SaveStore(tmp_path).load().progress == p
