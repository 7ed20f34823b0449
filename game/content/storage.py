"""Files the game writes for the player: where they live, how they are written, how they are read back.

Everything the player would hate to lose (progress, settings, records,
replays) goes through :func:`write_atomic`: a temporary file in the same
folder, flushed and fsynced, then renamed over the old one, so a crash, a
kill or a full disk mid-write leaves either the old file or the new one,
never half of either.

Reading back trusts nothing: a player file is a regular file of at most
``limits.DATA_FILE_BYTES``, parsed by :func:`bounded.parse_json`, and every
way it can fail is a :class:`ContentError`. A file the game cannot use is
never silently written over: :func:`keep_aside` renames it (or, when the
folder refuses the rename, copies it) beside itself, and
:func:`guard_overwrite` refuses to write over one that could not be kept.
That is what makes "no progress is ever lost" hold on a damaged disk too.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.content import bounded, limits
from game.content.errors import ContentError

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


def player_folders() -> tuple[Path, ...]:
    """Every folder :func:`write_atomic` writes the player's files into (for the temp-file sweep)."""
    data = user_data_dir()
    return data, data / "ghosts", data / "replays", user_config_dir(), user_log_dir()


# --------------------------------------------------------------------------- writing


def write_atomic(
    path: Path,
    data: bytes,
    backup: bool = False,
    before_swap: Callable[[], None] | None = None,
    backup_if: Callable[[bytes], bool] | None = None,
) -> None:
    """Replace ``path`` with ``data`` all at once; with ``backup`` keep the old file as ``path.bak``.

    Only an old file worth keeping becomes the backup: a regular file of at
    most ``limits.DATA_FILE_BYTES`` that ``backup_if`` (if given) accepts. A
    damaged save copied over a good backup is exactly how progress used to be
    lost, so the store passes its own validity check here.
    ``before_swap`` runs after the new data is safely on disk and before
    anything is renamed: a seam for tests that simulate a crash there.
    Raises OSError when the disk refuses; the caller tells the player.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(path, data)
    try:
        if before_swap is not None:
            before_swap()
        old = _worth_a_backup(path, backup_if) if backup else None
        if old is not None:
            # copy to a temp then rename: the live file and a whole backup exist at every instant
            bak_tmp = _write_temp(path, old)
            os.replace(bak_tmp, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _worth_a_backup(path: Path, backup_if: Callable[[bytes], bool] | None) -> bytes | None:
    """The current bytes of ``path`` if they should become its backup, else None."""
    if not path.exists():
        return None
    try:
        old = bounded.read_bytes(path, "file", limits.DATA_FILE_BYTES)
    except ContentError:
        return None
    return old if backup_if is None or backup_if(old) else None


TEMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"\A\..+-[a-z0-9_]{8}\.tmp\Z")
"""What :func:`_write_temp` names its files: ``.<name>-<8 random characters>.tmp`` (``mkstemp``'s)."""


def _write_temp(path: Path, data: bytes) -> Path:
    """``data`` in a new temporary file beside ``path``, flushed to the disk."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=TEMP_SUFFIX, dir=path.parent)
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


STALE_TEMP_S = 120.0
"""Age after which a temp file is an orphan: a write takes milliseconds, so two minutes
means the writer was killed, and a second copy of the game writing right now is left alone."""


def remove_stale_temps(
    folders: Iterable[Path], now: float | None = None, older_than_s: float = STALE_TEMP_S
) -> list[Path]:
    """Delete the temp files interrupted writes left behind in ``folders``; the ones removed.

    Only files named as :func:`_write_temp` names them, only regular files
    (never a link, whatever it points to), only ones older than ``older_than_s``.
    A file that cannot be removed is left; this never raises.
    """
    now = time.time() if now is None else now
    removed = []
    for tmp in _temp_files(folders):
        try:
            st = tmp.lstat()
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > older_than_s:
                tmp.unlink()
                removed.append(tmp)
        except OSError:
            continue
    return removed


def _temp_files(folders: Iterable[Path]) -> Iterator[Path]:
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        yield from (Path(e.path) for e in entries if _TEMP_NAME.match(e.name))


# --------------------------------------------------------------------------- reading back


def read_player_file(path: Path, what: str = "file") -> bytes:
    """A player's JSON file as stored: a regular file within ``DATA_FILE_BYTES``; ContentError otherwise."""
    return bounded.read_bytes(path, what, limits.DATA_FILE_BYTES)


def parse_player_json(raw: bytes, path: Path, what: str = "file") -> Any:
    """The JSON in ``raw`` (read from ``path``), nesting and numbers bounded; ContentError otherwise."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{path}: the {what} is not UTF-8 text (byte {exc.start}).") from None
    return bounded.parse_json(text, path, what)


def reason(exc: ContentError, path: Path, what: str | None = None) -> str:
    """What a reader said is wrong with ``path``, as a phrase about "it" to build a sentence around.

    The readers' sentences start with the file's path, name the file as
    "the <what>" and end with a full stop; a message for the player names
    the file its own way: "the save is 3 MB, over the limit of 2 MB" becomes
    "it is 3 MB, over the limit of 2 MB".
    """
    text = str(exc).split("\n", 1)[0].removeprefix(f"{path}: ").rstrip(".")
    subject = f"the {what} "
    if what is not None and text.startswith(subject):
        return "it " + text[len(subject) :]
    return "it " + text if text.startswith("is ") else text or "it cannot be read"


# --------------------------------------------------------------------------- keeping a file aside


@dataclass(frozen=True, slots=True)
class Kept:
    """Where a file the game could not use was kept."""

    path: Path
    moved: bool
    """True: renamed (the original name is free); False: copied (the original is still there)."""


Judge = Callable[[bytes], str | None]
"""What a player file's bytes are to the game: None if it may be written over, else the kind of
aside it needs (``"corrupt"``, ``"newer"``...), a fixed word that becomes part of the aside's name."""


def keep_aside(
    path: Path, kind: str, data: bytes | None = None, numbered: bool = False, copy: bool = False
) -> Kept:
    """Keep ``path`` beside itself as ``<name>.<kind>`` (numbered ``-1``, ``-2``... if ``numbered``).

    An identical copy kept earlier is reused rather than made again. The file
    is renamed (or, with ``copy``, copied from ``data``, leaving it in place);
    if the folder refuses the rename (a locked file) and its ``data`` is
    known, a copy is written instead. Raises OSError when neither can be done:
    the file is then still where it was and must not be written over.
    """
    aside, same = _aside_path(path, kind, data, numbered)
    if same:
        return Kept(aside, moved=False)
    if not copy:
        try:
            os.replace(path, aside)
            return Kept(aside, moved=True)
        except OSError:
            if data is None:
                raise
    if data is None:
        raise ValueError("a copy needs the file's data")
    write_atomic(aside, data)
    return Kept(aside, moved=False)


def _aside_path(path: Path, kind: str, data: bytes | None, numbered: bool) -> tuple[Path, bool]:
    """The first unused aside name, or an existing one already holding ``data`` (then True)."""
    for candidate in _aside_names(path, kind, numbered):
        if not os.path.lexists(candidate):
            return candidate, False
        if data is not None and _holds(candidate, data):
            return candidate, True
    raise AssertionError("unreachable: the names never run out")


def _aside_names(path: Path, kind: str, numbered: bool) -> Iterator[Path]:
    if not numbered:
        yield path.with_name(f"{path.name}.{kind}")
    for n in itertools.count(1 if numbered else 2):
        yield path.with_name(f"{path.name}.{kind}-{n}")


def _holds(path: Path, data: bytes) -> bool:
    try:
        st = path.lstat()
        return stat.S_ISREG(st.st_mode) and st.st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def guard_overwrite(path: Path, judge: Judge, numbered: bool = False) -> Kept | None:
    """Before writing ``path``: keep the file there aside if ``judge`` says it is not ours to overwrite.

    Returns where it was kept (None if there was nothing to keep). Raises
    OSError, naming the file, when it must be kept and cannot be: the caller
    then does not write, and tells the player their progress was not saved.
    """
    if not os.path.lexists(path):
        return None
    try:
        raw: bytes | None = read_player_file(path)
    except ContentError:
        raw = None
    kind = "corrupt" if raw is None else judge(raw)
    if kind is None:
        return None
    try:
        return keep_aside(path, kind, raw, numbered)
    except OSError as exc:
        raise OSError(
            exc.errno,
            f"the unusable {path.name} in the way could not be moved aside: {exc.strerror or 'refused'}",
        ) from None


# --------------------------------------------------------------------------- packed JSON


def pack_json(data: object) -> bytes:
    """Compact gzip-compressed JSON, byte-identical for equal data (no timestamp inside)."""
    return gzip.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"), mtime=0)


def read_packed_json(path: Path, what: str, max_bytes: int = limits.PACKED_JSON_BYTES) -> Any:
    """The data of a :func:`pack_json` file; ``ContentError`` naming the file otherwise.

    ``what`` names the kind of file for the message ("replay", "ghost"). The
    file is read within ``PACKED_FILE_BYTES``, inflated to at most
    ``max_bytes`` (a gzip bomb stops there, never unpacked first) and parsed
    with bounded nesting and numbers.
    """
    raw = bounded.read_bytes(path, what, limits.PACKED_FILE_BYTES)
    try:
        if not raw.startswith(b"\x1f\x8b"):
            raise ContentError(f"{path}: the data is not gzip-packed.")
        text = bounded.inflate(raw, 31, max_bytes, "data", path).decode("utf-8")
        return bounded.parse_json(text, path, "data")
    except UnicodeDecodeError as exc:
        raise ContentError(
            f"{path}: is not a FAST TRACK {what}, or the file is damaged: "
            f"its data is not UTF-8 text (byte {exc.start})."
        ) from None
    except ContentError as exc:
        raise ContentError(
            f"{path}: is not a FAST TRACK {what}, or the file is damaged: {reason(exc, path)}."
        ) from None
