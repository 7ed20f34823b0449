"""Which tracks exist: the bundled ones in ``levels/`` and the player's mods.

Bundled maps are listed from their header alone (they are tested in CI), so
the track list stays quick. Mods are fully checked, because a mod is whatever
someone downloaded: a broken one is listed with its problems, never raised,
so one bad file cannot hide the others or stop the game.

Mod ids start with ``mod:`` and so can never shadow a bundled id.

Only regular files that resolve (symlinks followed) inside the mods folder
are listed: a link to ``/etc/shadow`` or a pack folder linked in from
elsewhere is never opened, and a FIFO named ``.tmx`` is never read (it would
block the track list forever). Each map's own tilesets, images and templates
must in turn resolve inside the map's folder (see :mod:`game.content.tiled.xmlfile`).
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from game.content import bounded
from game.content.errors import ContentError
from game.content.storage import user_data_dir
from game.paths import LEVELS_DIR

MOD_PREFIX = "mod:"
EXCLUDED_DIRS = ("tests", "broken", "templates")
"""Folders under ``levels/`` that hold maps which are not tracks to race."""

Source = Literal["bundled", "mod"]


@dataclass(frozen=True, slots=True)
class TrackEntry:
    """One raceable (or, for mods, possibly broken) track."""

    id: str
    name: str
    file: Path
    kind: str
    """``circuit`` or ``free-roam``."""
    source: Source
    error: str | None = None
    """Every problem found, one per line; None when the track is usable."""

    def as_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "file": str(self.file), "kind": self.kind}


def default_mods_dir() -> Path:
    """``<user data dir>/mods``, where the operating system keeps per-user app data."""
    return user_data_dir() / "mods"


def bundled_tracks(levels_dir: Path = LEVELS_DIR) -> list[TrackEntry]:
    """``levels/*.tmx`` in name order; test and broken corpora live elsewhere."""
    from game.content.tmx import read_header

    entries = []
    for path in sorted(levels_dir.glob("*.tmx")):
        try:
            name, kind = read_header(path)
        except ContentError as exc:
            entries.append(TrackEntry(path.stem, path.stem, path, "circuit", "bundled", str(exc)))
            continue
        entries.append(TrackEntry(path.stem, name, path, kind, "bundled"))
    return entries


def mod_files(mods_dir: Path) -> list[Path]:
    """``mods/*.tmx`` and ``mods/<pack>/*.tmx`` (a pack folder carries its own tilesets).

    Only regular files whose real path is inside the (real) mods folder; the
    mods folder itself may be a link, to another disk say.
    """
    try:
        if not mods_dir.is_dir():
            return []
        root = mods_dir.resolve()
        found = list(mods_dir.glob("*.tmx")) + list(mods_dir.glob("*/*.tmx"))
    except (OSError, RuntimeError):
        return []
    return sorted(p for p in found if not _excluded(p.relative_to(mods_dir)) and _regular_inside(p, root))


def _regular_inside(path: Path, root: Path) -> bool:
    """Whether ``path`` resolves inside ``root`` to a regular file (stat follows links, never opens)."""
    try:
        real = path.resolve()
        return real.is_relative_to(root) and stat.S_ISREG(real.stat().st_mode)
    except (OSError, RuntimeError, ValueError):
        return False


def _excluded(relative: Path) -> bool:
    return any(part in EXCLUDED_DIRS or part.startswith(".") for part in relative.parts[:-1])


def mod_id(mods_dir: Path, path: Path) -> str:
    return MOD_PREFIX + path.relative_to(mods_dir).with_suffix("").as_posix()


def mod_tracks(mods_dir: Path) -> list[TrackEntry]:
    """Every mod map, fully checked; broken ones carry their problems in ``error``."""
    from game.content.tmx import load_map

    entries = []
    for path in mod_files(mods_dir):
        tid = mod_id(mods_dir, path)
        try:
            track = load_map(path, tid, verify_images=True).track
        except ContentError as exc:
            entries.append(TrackEntry(tid, path.stem, path, "circuit", "mod", str(exc)))
        except Exception as exc:  # a mod must never break the track list
            text = bounded.short(f"{type(exc).__name__}: {exc}", 300)
            entries.append(TrackEntry(tid, path.stem, path, "circuit", "mod", f"{path}: {text}"))
        else:
            entries.append(TrackEntry(tid, track.name, path, track.kind, "mod"))
    return entries


def list_tracks(mods_dir: Path | None = None, levels_dir: Path = LEVELS_DIR) -> list[TrackEntry]:
    """Bundled tracks, then mods (from ``mods_dir``, default :func:`default_mods_dir`)."""
    return bundled_tracks(levels_dir) + mod_tracks(mods_dir or default_mods_dir())


def find_track(id_or_file: str, mods_dir: Path | None = None, levels_dir: Path = LEVELS_DIR) -> TrackEntry:
    """The track with this id, or the ``.tmx`` file at this path; ContentError if none."""
    from game.content.tmx import read_header

    as_path = Path(id_or_file)
    if as_path.suffix.lower() == ".tmx":
        if not as_path.exists():
            raise ContentError(f"{as_path}: no such map file; check the path.")
        name, kind = read_header(as_path)  # bounded: a folder, a pipe or a huge file is refused
        return TrackEntry(as_path.stem, name, as_path, kind, "mod")
    if id_or_file.startswith(MOD_PREFIX):
        entries = mod_tracks(mods_dir or default_mods_dir())
    else:
        entries = bundled_tracks(levels_dir)
    for entry in entries:
        if entry.id == id_or_file:
            if entry.error:
                raise ContentError(entry.error.splitlines())
            return entry
    known = ", ".join(e.id for e in entries if not e.error) or "none"
    raise ContentError(
        f"there is no track '{id_or_file}'; known tracks: {known} (run 'python -m game tracks' to list them)."
    )
