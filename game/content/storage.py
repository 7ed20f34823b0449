"""Files the game writes for the player: where they live and how they are written.

Everything the player would hate to lose (progress, settings, records,
replays) goes through :func:`write_atomic`: a temporary file in the same
folder, flushed and fsynced, then renamed over the old one, so a crash, a
kill or a full disk mid-write leaves either the old file or the new one,
never half of either.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

APP_NAME = "fast-track"


def user_data_dir() -> Path:
    """Saves, records, replays, screenshots and mods: the OS's per-user data folder.

    ``FAST_TRACK_HOME`` overrides it (tests, portable installs).
    """
    override = os.environ.get("FAST_TRACK_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as platform_dir

    return Path(platform_dir(APP_NAME, appauthor=False))


def write_atomic(path: Path, data: bytes, backup: bool = False) -> None:
    """Replace ``path`` with ``data`` all at once; with ``backup`` keep the old file as ``path.bak``.

    Raises OSError when the disk refuses; the caller tells the player.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the player's own files are ordinary files
        if backup and path.exists():
            # copy, not move: the live file must exist at every instant
            shutil.copyfile(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


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
