"""Files the game writes for the player: where they live and how they are written.

Everything the player would hate to lose (progress, settings, records,
replays) goes through :func:`write_atomic`: a temporary file in the same
folder, flushed and fsynced, then renamed over the old one, so a crash, a
kill or a full disk mid-write leaves either the old file or the new one,
never half of either.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

APP_NAME = "fast-track"


def user_data_dir() -> Path:
    """Saves, records, replays, screenshots and mods: the OS's per-user data folder."""
    return _user_dir("data")


def user_config_dir() -> Path:
    """Settings."""
    return _user_dir("config")


def user_cache_dir() -> Path:
    """Things the game can rebuild (synthesised sounds)."""
    return _user_dir("cache")


def user_log_dir() -> Path:
    """Crash reports."""
    return _user_dir("log")


def _user_dir(kind: str) -> Path:
    """The OS's own per-user folder of ``kind``; ``FAST_TRACK_HOME`` relocates them all.

    With ``FAST_TRACK_HOME`` set (tests, a portable install on a USB stick)
    data lives in that folder itself and the others in subfolders of it.
    """
    override = os.environ.get("FAST_TRACK_HOME")
    if override:
        return Path(override) if kind == "data" else Path(override) / kind
    import platformdirs

    getter = {
        "data": platformdirs.user_data_dir,
        "config": platformdirs.user_config_dir,
        "cache": platformdirs.user_cache_dir,
        "log": platformdirs.user_log_dir,
    }[kind]
    return Path(getter(APP_NAME, appauthor=False))


def write_atomic(
    path: Path, data: bytes, backup: bool = False, before_swap: Callable[[], None] | None = None
) -> None:
    """Replace ``path`` with ``data`` all at once; with ``backup`` keep the old file as ``path.bak``.

    ``before_swap`` runs after the new data is safely on disk and before
    anything is renamed: a seam for tests that simulate a crash there.
    Raises OSError when the disk refuses; the caller tells the player.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(path, data)
    try:
        if before_swap is not None:
            before_swap()
        if backup and path.exists():
            # copy to a temp then rename: the live file and a whole backup exist at every instant
            bak_tmp = _write_temp(path, path.read_bytes())
            os.replace(bak_tmp, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _write_temp(path: Path, data: bytes) -> Path:
    """``data`` in a new temporary file beside ``path``, flushed to the disk."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the player's own files are ordinary files
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the OS allows it (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def pack_json(data: object) -> bytes:
    """Compact gzip-compressed JSON, byte-identical for equal data (no timestamp inside)."""
    return gzip.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"), mtime=0)


def read_packed_json(path: Path, what: str) -> Any:
    """The data of a :func:`pack_json` file; ``ContentError`` naming the file otherwise.

    ``what`` names the kind of file for the message ("replay", "ghost").
    """
    from game.content.errors import ContentError

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(f"{path}: cannot be read ({exc.strerror}).") from None
    try:
        return json.loads(gzip.decompress(raw).decode("utf-8"))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, json.JSONDecodeError):
        raise ContentError(f"{path}: is not a FAST TRACK {what}, or the file is damaged.") from None
