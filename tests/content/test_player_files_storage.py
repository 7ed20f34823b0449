"""The machinery under every player file: keeping a file aside, refusing to write over one, sweeping temps."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from game.content import storage
from game.content.errors import ContentError
from game.content.storage import Kept, guard_overwrite, keep_aside, reason, remove_stale_temps


def refused(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.EACCES, "Access is denied")


# --------------------------------------------------------------------------- keeping aside


def test_kept_aside_under_the_first_free_name(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    names = ["records.json.corrupt", "records.json.corrupt-2", "records.json.corrupt-3"]
    for name, text in zip(names, ["one", "two", "three"], strict=True):
        path.write_text(text)
        kept = keep_aside(path, "corrupt")
        assert kept.moved and not path.exists()
        assert kept.path.name == name and kept.path.read_text() == text


def test_numbered_names_start_at_one(tmp_path: Path) -> None:
    path = tmp_path / "save.json"
    path.write_text("x")
    assert keep_aside(path, "newer", numbered=True).path.name == "save.json.newer-1"


def test_a_refused_rename_becomes_a_copy_and_an_identical_copy_is_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "save.json"
    path.write_bytes(b"damaged")
    real = os.replace
    monkeypatch.setattr(storage.os, "replace", lambda s, d: refused() if Path(s) == path else real(s, d))
    first = keep_aside(path, "corrupt", b"damaged", numbered=True)
    assert first == Kept(tmp_path / "save.json.corrupt-1", moved=False)
    assert path.read_bytes() == first.path.read_bytes() == b"damaged"
    assert keep_aside(path, "corrupt", b"damaged", numbered=True) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["save.json", "save.json.corrupt-1"]


def test_nothing_kept_is_an_oserror_and_the_file_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "save.json"
    path.write_bytes(b"damaged")
    monkeypatch.setattr(storage.os, "replace", refused)
    with pytest.raises(OSError):
        keep_aside(path, "corrupt")  # no data to copy
    with pytest.raises(OSError):
        keep_aside(path, "corrupt", b"damaged")  # the copy's rename is refused too
    assert [p.name for p in tmp_path.iterdir()] == ["save.json"]


def test_a_copy_leaves_the_file_in_place(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"{}")
    kept = keep_aside(path, "bad", b"{}", copy=True)
    assert not kept.moved and path.read_bytes() == kept.path.read_bytes() == b"{}"


# --------------------------------------------------------------------------- guarding an overwrite


def test_guard_leaves_a_good_file_and_keeps_a_bad_one(tmp_path: Path) -> None:
    path = tmp_path / "save.json"
    path.write_bytes(b"good")
    assert guard_overwrite(path, lambda raw: None if raw == b"good" else "corrupt") is None
    assert path.read_bytes() == b"good"
    path.write_bytes(b"bad")
    kept = guard_overwrite(path, lambda raw: None if raw == b"good" else "corrupt")
    assert kept is not None and kept.path.read_bytes() == b"bad" and not path.exists()
    assert guard_overwrite(tmp_path / "missing.json", lambda raw: "corrupt") is None


def test_guard_moves_what_it_cannot_even_read(tmp_path: Path) -> None:
    path = tmp_path / "save.json"
    os.mkfifo(path)
    kept = guard_overwrite(path, lambda raw: None)
    assert kept is not None and kept.path.name == "save.json.corrupt" and not os.path.lexists(path)


def test_guard_refuses_the_write_when_nothing_can_be_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "save.json"
    path.write_bytes(b"bad")
    monkeypatch.setattr(storage.os, "replace", refused)
    with pytest.raises(OSError) as caught:
        guard_overwrite(path, lambda raw: "corrupt")
    why = str(caught.value.strerror)
    assert "save.json" in why and "could not be moved aside" in why


def test_reason_is_a_phrase_about_it(tmp_path: Path) -> None:
    path = tmp_path / "save.json"
    assert (
        reason(ContentError(f"{path}: the save is 3 MB, over the limit of 2 MB."), path, "save")
        == "it is 3 MB, over the limit of 2 MB"
    )
    assert reason(ContentError(f"{path}: is not a regular file."), path) == "it is not a regular file"
    other = ContentError(f"{path}: the data nests too deeply.")
    assert reason(other, path, "save") == "the data nests too deeply"


# --------------------------------------------------------------------------- temp files


def _temp(folder: Path, name: str, mtime: float) -> Path:
    path = folder / name
    path.write_text("half a file")
    os.utime(path, (mtime, mtime))
    return path


def test_only_stale_temps_of_our_own_pattern_are_removed(tmp_path: Path) -> None:
    now = 1_000_000.0
    old, fresh = now - 3600, now - 5
    data, config = tmp_path / "data", tmp_path / "config"
    data.mkdir()
    config.mkdir()
    orphans = [_temp(data, ".save.json-abcd_123.tmp", old), _temp(config, ".settings.json-zz9zz9zz.tmp", old)]
    kept = [
        _temp(data, ".save.json-qwertyui.tmp", fresh),  # another game is writing it now
        _temp(data, "notes.tmp", old),  # not ours
        _temp(data, ".save.json-ABCDEFGH.tmp", old),  # mkstemp never writes capitals
        _temp(data, ".save.json-short.tmp", old),
        _temp(data, "save.json", old),
    ]
    (data / ".link.json-abcdefgh.tmp").symlink_to(kept[-1])
    (data / ".dir.json-abcdefgh.tmp").mkdir()
    removed = remove_stale_temps([data, config, tmp_path / "missing"], now=now)
    assert sorted(removed) == sorted(orphans)
    assert not any(p.exists() for p in orphans) and all(p.exists() for p in kept)
    assert (data / ".link.json-abcdefgh.tmp").is_symlink() and (data / ".dir.json-abcdefgh.tmp").is_dir()


def test_write_atomic_temps_match_the_sweep(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An interrupted write's temp file is exactly what the sweep removes once it is stale."""
    path = tmp_path / "save.json"
    monkeypatch.setattr(storage.os, "replace", refused)
    monkeypatch.setattr(Path, "unlink", lambda self, missing_ok=False: None)  # killed before cleaning up
    with pytest.raises(OSError):
        storage.write_atomic(path, b"{}")
    monkeypatch.undo()
    left = list(tmp_path.iterdir())
    assert len(left) == 1
    assert remove_stale_temps([tmp_path], now=left[0].stat().st_mtime + 1) == []
    assert remove_stale_temps([tmp_path], now=left[0].stat().st_mtime + storage.STALE_TEMP_S + 1) == left


def test_the_player_folders_follow_fast_track_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path))
    assert storage.player_folders() == (
        tmp_path,
        tmp_path / "ghosts",
        tmp_path / "replays",
        tmp_path / "config",
        tmp_path / "log",
    )
