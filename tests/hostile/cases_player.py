"""Hostile player files (saves, settings, records, ghosts), as a damaged disk or a prankster leaves them.

Each case writes files into the case folder's ``home`` (``FAST_TRACK_HOME``)
and runs the reader the game runs on them, in a short snippet that prints
what the reader answers. The progress cases also save afterwards and read
the progress back, since losing progress is what matters there, not the
message. Summary lines go to stderr, so the harness shows them as the answer.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import time
import zlib
from pathlib import Path
from typing import Any

from tests.hostile.cases import case, python_snippet

ROOT = Path(__file__).resolve().parents[2]
AUTHOR_GHOST = ROOT / "assets" / "ghosts" / "city-night.ghost"
GOOD_MONEY = 31337
"""The money in the good progress the data-loss cases must get back."""


# --------------------------------------------------------------------------- helpers


def _home(folder: Path) -> Path:
    home = folder / "home"
    home.mkdir(parents=True, exist_ok=True)
    return home


def _good_save() -> dict[str, Any]:
    return {
        "version": 1,
        "money": GOOD_MONEY,
        "debt": 12000,
        "cars": ["subaru", "scooter"],
        "tracks": ["city-night"],
        "missions": {
            "01-final-notice": {
                "completed": True,
                "skipped": False,
                "failures": 1,
                "best_time_s": 70.5,
                "best_score": 0.0,
                "medal": "gold",
            }
        },
    }


def _save_file(folder: Path, text: str) -> list[str]:
    (_home(folder) / "save.json").write_text(text, encoding="utf-8")
    return python_snippet(_LOAD_SAVE)


_LOAD_SAVE = """
from pathlib import Path
from game.content.saves import SaveStore
loaded = SaveStore(Path("home")).load()
print(*loaded.messages, "| loaded from:", loaded.source)
"""


def _fifo(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _big_int(digits: int) -> str:
    return "1" + "0" * (digits - 1)


# --------------------------------------------------------------------------- saves


@case("player", "nests")
def save_nested_a_hundred_thousand_deep(folder: Path) -> list[str]:
    return _save_file(folder, _nested(100_000))


@case("player", "could not be used")
def save_failures_1e999(folder: Path) -> list[str]:
    text = json.dumps(_good_save()).replace('"failures": 1', '"failures": 1e999')
    return _save_file(folder, text)


@case("player", "40 digits")
def save_money_of_five_thousand_digits(folder: Path) -> list[str]:
    text = json.dumps(_good_save()).replace(str(GOOD_MONEY), _big_int(5000))
    return _save_file(folder, text)


@case("player", "save version is true")
def save_version_true(folder: Path) -> list[str]:
    return _save_file(folder, json.dumps(_good_save() | {"version": True}))


@case("player", "not a whole number")
def save_failures_as_text(folder: Path) -> list[str]:
    text = json.dumps(_good_save()).replace('"failures": 1', '"failures": "3"')
    return _save_file(folder, text)


@case("player", "over the limit")
def save_of_fifty_megabytes(folder: Path) -> list[str]:
    text = json.dumps(_good_save())
    return _save_file(folder, text[:-1] + ', "pad": "' + "x" * (50 * 1024 * 1024) + '"}')


@case("player", "not a regular file")
def save_is_a_fifo(folder: Path) -> list[str]:
    _fifo(_home(folder) / "save.json")
    return python_snippet(_LOAD_SAVE)


_LOCKED_SAVE = """
import os, sys
from pathlib import Path
from game.content.saves import Progress, SaveStore
real = os.replace
def locked(src, dst, *args, **kwargs):
    if Path(src).name == "save.json":
        raise PermissionError(13, "The process cannot access the file")
    return real(src, dst, *args, **kwargs)
os.replace = locked
store = SaveStore(Path("home"))
try:
    loaded = store.load()
    progress = loaded.progress
    print(*loaded.messages)
except OSError as exc:
    print("load failed:", exc, "- starting fresh, as the campaign did")
    progress = Progress()
try:
    store.save(progress)
except OSError as exc:
    print("not saved:", exc)
os.replace = real
print("money after a save:", SaveStore(Path("home")).load().progress.money, file=sys.stderr)
"""


@case("player", f"money after a save: {GOOD_MONEY}")
def save_corrupt_and_locked_with_a_good_backup(folder: Path) -> list[str]:
    """The issue's data loss: the damaged save cannot be moved aside, then the game saves."""
    home = _home(folder)
    (home / "save.json").write_text("{ damaged", encoding="utf-8")
    (home / "save.json.bak").write_text(json.dumps(_good_save()), encoding="utf-8")
    return python_snippet(_LOCKED_SAVE)


_READ_ONLY_SAVE = """
import errno, os, sys, tempfile
from pathlib import Path
from game.content.saves import SaveStore
def read_only(*args, **kwargs):
    raise OSError(errno.EROFS, "Read-only file system")
real_replace, real_mkstemp = os.replace, tempfile.mkstemp
os.replace = tempfile.mkstemp = read_only
try:
    loaded = SaveStore(Path("home")).load()
    print(*loaded.messages, "| money:", loaded.progress.money, file=sys.stderr)
except OSError as exc:
    print("load failed:", exc, "- starting fresh, as the campaign did", file=sys.stderr)
"""


@case("player", "restored from the backup")
def save_corrupt_in_a_read_only_folder(folder: Path) -> list[str]:
    home = _home(folder)
    (home / "save.json").write_text("{ damaged", encoding="utf-8")
    (home / "save.json.bak").write_text(json.dumps(_good_save()), encoding="utf-8")
    return python_snippet(_READ_ONLY_SAVE)


# --------------------------------------------------------------------------- settings


_LOAD_SETTINGS = """
from game.content import settings
print(settings.load().message)
"""


def _settings_file(folder: Path, text: str) -> list[str]:
    config = _home(folder) / "config"
    config.mkdir()
    (config / "settings.json").write_text(text, encoding="utf-8")
    return python_snippet(_LOAD_SETTINGS)


@case("player", "40 digits")
def settings_five_thousand_digit_volume(folder: Path) -> list[str]:
    return _settings_file(folder, '{"version": 1, "master_volume": ' + _big_int(5000) + "}")


@case("player", "nests")
def settings_nested_a_hundred_thousand_deep(folder: Path) -> list[str]:
    return _settings_file(folder, '{"keyboard": ' + _nested(100_000) + "}")


@case("player", "newer version")
def settings_written_by_a_newer_game(folder: Path) -> list[str]:
    return _settings_file(folder, json.dumps({"version": 2, "units": "mph", "hud": {"minimap": "round"}}))


@case("player", "not a regular file")
def settings_is_a_fifo(folder: Path) -> list[str]:
    _fifo(_home(folder) / "config" / "settings.json")
    return python_snippet(_LOAD_SETTINGS)


_START = """
import sys
from game.app.main import run_game
print("the game exited with", run_game(max_frames=3), file=sys.stderr)
"""


@case("player", "exited with 0")
def game_starts_with_a_five_thousand_digit_setting(folder: Path) -> list[str]:
    _settings_file(folder, '{"version": 1, "dead_zone": ' + _big_int(5000) + "}")
    return python_snippet(_START)


# --------------------------------------------------------------------------- records and ghosts


_LOAD_RECORDS = """
from pathlib import Path
from game.content.ghosts import Records
records = Records(Path("home"))
ghost = records.best_ghost("city-night", "subaru")
print(records.message, "|", "a ghost was read" if ghost else "no ghost read")
"""


def _records_file(folder: Path, rows: object, text: str | None = None) -> list[str]:
    body = text if text is not None else json.dumps({"version": 1, "records": rows})
    (_home(folder) / "records.json").write_text(body, encoding="utf-8")
    return python_snippet(_LOAD_RECORDS)


def _row(ghost: str, lap: object = 95.0) -> dict[str, object]:
    return {"track": "city-night", "car": "subaru", "lap_time_s": lap, "ghost": ghost}


@case("player", "outside the ghosts folder")
def records_ghost_path_to_etc_shadow(folder: Path) -> list[str]:
    return _records_file(folder, [_row("../../../../etc/shadow")])


@case("player", "outside the ghosts folder")
def records_ghost_path_dotdot_to_a_real_ghost(folder: Path) -> list[str]:
    (folder / "outside").mkdir()
    shutil.copy(AUTHOR_GHOST, folder / "outside" / "x.ghost")
    return _records_file(folder, [_row("../outside/x.ghost")])


@case("player", "no ghost read")
def records_ghost_symlinked_outside(folder: Path) -> list[str]:
    (folder / "outside").mkdir()
    shutil.copy(AUTHOR_GHOST, folder / "outside" / "x.ghost")
    (_home(folder) / "ghosts").mkdir()
    (folder / "home" / "ghosts" / "link.ghost").symlink_to(folder / "outside" / "x.ghost")
    return _records_file(folder, [_row("ghosts/link.ghost")])


@case("player", "40 digits")
def records_lap_time_of_ten_to_the_400(folder: Path) -> list[str]:
    text = json.dumps({"version": 1, "records": [_row("ghosts/a.ghost", "LAP")]})
    return _records_file(folder, None, text.replace('"LAP"', _big_int(401)))


@case("player", "nests")
def records_nested_a_hundred_thousand_deep(folder: Path) -> list[str]:
    return _records_file(folder, None, '{"version": 1, "records": ' + _nested(100_000) + "}")


@case("player", "over the limit of 10,000")
def records_twenty_thousand_rows(folder: Path) -> list[str]:
    return _records_file(folder, [_row(f"ghosts/{n}.ghost") | {"track": str(n)} for n in range(20_000)])


@case("player", "not a regular file")
def records_is_a_fifo(folder: Path) -> list[str]:
    _fifo(_home(folder) / "records.json")
    return python_snippet(_LOAD_RECORDS)


_LOAD_GHOST = """
import sys
from pathlib import Path
from game.content.errors import ContentError
from game.content.ghosts import load_ghost
try:
    ghost = load_ghost(Path("bad.ghost"))
except ContentError as exc:
    print("refused:", exc, file=sys.stderr)
else:
    print("loaded a ghost of", len(ghost.poses), "poses", file=sys.stderr)
"""


def _ghost_data() -> dict[str, Any]:
    data = json.loads(gzip.decompress(AUTHOR_GHOST.read_bytes()))
    assert isinstance(data, dict)
    return data


def _ghost_file(folder: Path, data: object) -> list[str]:
    text = json.dumps(data, separators=(",", ":"))
    (folder / "bad.ghost").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return python_snippet(_LOAD_GHOST)


@case("player", "unpacks to more than 2 MB")
def ghost_gzip_bomb(folder: Path) -> list[str]:
    """Two gigabytes of JSON whitespace inside a ghost's opening, packed to a couple of megabytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b" " * (16 * 1024 * 1024)
    with (folder / "bad.ghost").open("wb") as out:
        out.write(packer.compress(b'{"format": "fast-track-ghost"'))
        for _ in range(2 * 64):
            out.write(packer.compress(chunk))
        out.write(packer.compress(b"}"))
        out.write(packer.flush())
    return python_snippet(_LOAD_GHOST)


@case("player", "format version is true")
def ghost_format_version_true(folder: Path) -> list[str]:
    return _ghost_file(folder, _ghost_data() | {"format_version": True})


@case("player", "unpacks to more than 2 MB")
def ghost_three_hundred_thousand_poses(folder: Path) -> list[str]:
    return _ghost_file(folder, _ghost_data() | {"poses": [[0, 0, 0, 0, 0]] * 300_000})


@case("player", "not five numbers")
def ghost_pose_at_1e308_metres(folder: Path) -> list[str]:
    data = _ghost_data()
    data["poses"][5][1] = 1e308
    return _ghost_file(folder, data)


@case("player", "over the limit of 45,000")
def ghost_two_megabytes_of_empty_poses(folder: Path) -> list[str]:
    """The costliest JSON per byte (an empty list every three bytes), just inside the ghost's cap."""
    data = _ghost_data() | {"poses": "POSES"}
    text = json.dumps(data).replace('"POSES"', "[" + "[]," * (695_000 - 1) + "[]]")
    (folder / "bad.ghost").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return python_snippet(_LOAD_GHOST)


# --------------------------------------------------------------------------- what is left behind


_COUNT_TEMPS = """
import sys
from pathlib import Path
from game.app.main import run_game
code = run_game(max_frames=2)
left = [p for p in Path("home").rglob(".*.tmp")]
print("the game exited with", code, "and temp files left:", len(left), file=sys.stderr)
"""


@case("player", "temp files left: 1")
def start_with_88_orphaned_temp_files(folder: Path) -> list[str]:
    """87 orphans of interrupted writes (an hour old) and one being written right now by another game."""
    home = _home(folder)
    (home / "config").mkdir()
    old = time.time() - 3600
    for n in range(87):
        where = home if n % 3 else home / "config"
        tmp = where / f".{'save' if n % 3 else 'settings'}.json-{n:08d}.tmp"
        tmp.write_text("{ half a file", encoding="utf-8")
        os.utime(tmp, (old, old))
    (home / ".save.json-writing_.tmp").write_text("{ being written", encoding="utf-8")
    return python_snippet(_COUNT_TEMPS)


_THREE_CRASHES = """
import sys
from pathlib import Path
from game.app import main
def broken() -> int:
    raise RuntimeError("the flux capacitor is empty")
for _ in range(3):
    main._safely(broken)
print("crash reports kept:", len(list(Path("home/log").iterdir())), file=sys.stderr)
"""


@case("player", "crash reports kept: 3")
def three_crashes(folder: Path) -> list[str]:
    return python_snippet(_THREE_CRASHES)
