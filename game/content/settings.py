"""The player's settings: a plain data model and its JSON file, without pygame.

Settings live in ``user_config_dir("fast-track")/settings.json``. The file is
written atomically (temporary file, fsync, ``os.replace``) so a crash or a
full disk mid-save never leaves half a file. Reading never raises and is
bounded (size, nesting, number lengths): a file that cannot be parsed is
moved aside as ``settings.json.bad`` and the defaults are used; a file with a
few wrong values keeps every good value and a copy is kept as
``settings.json.bad``; a file a newer game wrote is used as far as this
version understands it and a copy is kept as ``settings.json.newer``, so the
next save cannot drop what this version does not know. Either way
``LoadResult.message`` says what happened in a sentence the game can show.

Key and button bindings are stored as names (``"left shift"``,
``"button:a"``, ``"axis:leftx-"``) so that the file is readable, stays
independent of pygame's numeric codes, and a player can edit it by hand.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from game.content import limits
from game.content.errors import ContentError
from game.content.storage import (
    guard_overwrite,
    keep_aside,
    parse_player_json,
    read_player_file,
    reason,
    user_config_dir,
    write_atomic,
)

SETTINGS_VERSION = 1
FILE_NAME = "settings.json"
WHAT = "settings file"
"""What the readers' messages call the file."""

Units = Literal["kmh", "mph"]
UNITS: tuple[Units, ...] = ("kmh", "mph")

ACTIONS: tuple[str, ...] = (
    "throttle", "brake", "steer_left", "steer_right", "handbrake", "nitrous", "respawn", "pause",
)
"""Every bindable driving action, in the order the rebinding screen lists them."""

RESOLUTIONS: tuple[tuple[int, int], ...] = (
    (1280, 720), (1366, 768), (1600, 900), (1920, 1080), (2560, 1440),
)
DIFFICULTIES: tuple[str, ...] = ("easy", "normal", "hard")


def default_keyboard() -> dict[str, list[str]]:
    """Arrows and WASD both drive, so a new player finds the controls without reading."""
    return {
        "throttle": ["up", "w"],
        "brake": ["down", "s"],
        "steer_left": ["left", "a"],
        "steer_right": ["right", "d"],
        "handbrake": ["space"],
        "nitrous": ["left shift", "right shift"],
        "respawn": ["r"],
        "pause": ["escape"],
    }


def default_gamepad() -> dict[str, list[str]]:
    """SDL GameController names: the same layout on every pad SDL knows."""
    return {
        "throttle": ["axis:righttrigger", "button:a"],
        "brake": ["axis:lefttrigger", "button:x"],
        "steer_left": ["axis:leftx-", "button:dpleft"],
        "steer_right": ["axis:leftx+", "button:dpright"],
        "handbrake": ["button:b", "button:rightshoulder"],
        "nitrous": ["button:y", "button:leftshoulder"],
        "respawn": ["button:back"],
        "pause": ["button:start"],
    }


@dataclass(frozen=True, slots=True)
class RaceChoice:
    """The last quick-race set-up, so the menu opens where the player left it."""

    track: str = ""
    car: str = "subaru"
    """Katie's Subaru: forgiving, and open from the start."""
    rivals: int = 5
    laps: int = 3
    difficulty: str = "normal"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the player can change. Frozen: a change is a new value, saved as a whole."""

    resolution: tuple[int, int] = (1280, 720)
    fullscreen: bool = False
    vsync: bool = True
    master_volume: float = 0.8
    music_volume: float = 0.5
    effects_volume: float = 0.8
    units: Units = "kmh"
    dead_zone: float = 0.15
    keyboard: dict[str, list[str]] = field(default_factory=default_keyboard)
    gamepad: dict[str, list[str]] = field(default_factory=default_gamepad)
    race: RaceChoice = field(default_factory=RaceChoice)

    def with_binding(self, device: Literal["keyboard", "gamepad"], action: str, names: list[str]) -> Settings:
        """A copy with one action rebound; the new names are taken off every other action.

        Taking them off elsewhere is what stops one key from steering and
        braking at once after a rebind.
        """
        if action not in ACTIONS:
            raise ValueError(f"unknown action '{action}'")
        current: dict[str, list[str]] = self.keyboard if device == "keyboard" else self.gamepad
        table = {a: [n for n in ns if n not in names] for a, ns in current.items()}
        table[action] = list(names)
        return replace(self, keyboard=table) if device == "keyboard" else replace(self, gamepad=table)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SETTINGS_VERSION,
            "resolution": list(self.resolution),
            "fullscreen": self.fullscreen,
            "vsync": self.vsync,
            "master_volume": self.master_volume,
            "music_volume": self.music_volume,
            "effects_volume": self.effects_volume,
            "units": self.units,
            "dead_zone": self.dead_zone,
            "keyboard": {a: list(ns) for a, ns in self.keyboard.items()},
            "gamepad": {a: list(ns) for a, ns in self.gamepad.items()},
            "race": {f.name: getattr(self.race, f.name) for f in fields(RaceChoice)},
        }


@dataclass(frozen=True, slots=True)
class LoadResult:
    settings: Settings
    message: str | None = None
    """A sentence for the player when the file was not used as written; None if all was well."""


def default_path() -> Path:
    return user_config_dir() / FILE_NAME


def _volume(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value) if 0.0 <= value <= 1.0 else None


def _count(value: Any, low: int, high: int) -> int | None:
    """A whole number in ``low..high`` (JSON's ``true`` is not one)."""
    ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    return value if ok else None


def _name(value: Any, max_chars: int) -> str | None:
    return value if isinstance(value, str) and len(value) <= max_chars else None


def _bindings(value: Any, default: dict[str, list[str]]) -> dict[str, list[str]] | None:
    if not isinstance(value, dict):
        return None
    table = {a: list(ns) for a, ns in default.items()}
    for action, names in value.items():
        if action not in ACTIONS or not isinstance(names, list) or len(names) > limits.LIST_NAMES:
            return None
        if not all(_name(n, limits.NAME_CHARS) for n in names):
            return None
        table[action] = list(names)
    return table


def _race(value: Any) -> RaceChoice | None:
    if not isinstance(value, dict):
        return None
    d = RaceChoice()
    track = _name(value.get("track", d.track), limits.TEXT_CHARS)
    car = _name(value.get("car", d.car), limits.NAME_CHARS)
    rivals = _count(value.get("rivals", d.rivals), 0, 7)
    laps = _count(value.get("laps", d.laps), 1, 20)
    difficulty = value.get("difficulty", d.difficulty)
    if track is None or car is None or rivals is None or laps is None or difficulty not in DIFFICULTIES:
        return None
    return RaceChoice(track, car, rivals, laps, str(difficulty))


def _resolution(value: Any) -> tuple[int, int] | None:
    if not isinstance(value, list) or len(value) != 2:
        return None
    w, h = (_count(v, 320, 8192) for v in value)
    return (w, h) if w is not None and h is not None else None


def from_json(data: Any) -> tuple[Settings, list[str]]:
    """Settings from parsed JSON; each wrong field falls back to its default and is named."""
    base = Settings()
    if not isinstance(data, dict):
        return base, ["the file does not hold a settings object"]
    bad: list[str] = []
    values: dict[str, Any] = {}

    def take(name: str, parsed: Any) -> None:
        if name not in data:
            return
        if parsed is None:
            bad.append(name)
        else:
            values[name] = parsed

    take("resolution", _resolution(data.get("resolution")))
    for flag in ("fullscreen", "vsync"):
        take(flag, data.get(flag) if isinstance(data.get(flag), bool) else None)
    for vol in ("master_volume", "music_volume", "effects_volume"):
        take(vol, _volume(data.get(vol)))
    take("units", data.get("units") if data.get("units") in UNITS else None)
    dz = _volume(data.get("dead_zone"))
    take("dead_zone", dz if dz is not None and dz <= 0.6 else None)
    take("keyboard", _bindings(data.get("keyboard"), base.keyboard))
    take("gamepad", _bindings(data.get("gamepad"), base.gamepad))
    take("race", _race(data.get("race")))
    if "version" in data and _count(data["version"], 1, 10**limits.NUMBER_DIGITS) is None:
        bad.append("version")
    return replace(base, **values), bad


def _newer(data: Any) -> bool:
    """Whether a newer game wrote this (its fields may mean more than this version knows)."""
    version = data.get("version") if isinstance(data, dict) else None
    return _count(version, SETTINGS_VERSION + 1, 10**limits.NUMBER_DIGITS) is not None


def _note(data: Any, bad: list[str]) -> tuple[str, str] | None:
    """(kind of aside, the start of a sentence) for a file used only in part; None if it was used whole."""
    if _newer(data):
        return "newer", ("Your settings were written by a newer version of FAST TRACK; "
                         "this one uses what it knows")
    if not isinstance(data, dict):
        return "bad", "Your settings file holds no settings, so the defaults are used"
    if bad:
        return "bad", f"Some settings were invalid ({', '.join(bad)}) and were reset"
    return None


def judge(raw: bytes, path: Path) -> str | None:
    """None if the file in ``raw`` may be written over as it is, else the kind of aside it needs."""
    try:
        data = parse_player_json(raw, path, WHAT)
    except ContentError:
        return "bad"
    note = _note(data, from_json(data)[1])
    return None if note is None else note[0]


def load(path: Path | None = None) -> LoadResult:
    """Read settings; never raises. Missing file: defaults, silently (a first run)."""
    path = path or default_path()
    if not os.path.lexists(path):
        return LoadResult(Settings())
    try:
        raw = read_player_file(path, WHAT)
        data = parse_player_json(raw, path, WHAT)
    except ContentError as exc:
        return LoadResult(Settings(), _unreadable(path, exc))
    settings, bad = from_json(data)
    note = _note(data, bad)
    if note is None:
        return LoadResult(settings)
    kind, sentence = note
    return LoadResult(settings, f"{sentence}, and {_keep(path, kind, raw)}.")


def _unreadable(path: Path, exc: ContentError) -> str:
    """Move an unreadable file aside (it is of no use where it is); the sentence saying so."""
    start = f"Your settings ({path.name}) could not be read because {reason(exc, path, WHAT)}; using defaults"
    try:
        kept = keep_aside(path, "bad")
    except OSError:
        return f"{start}."
    return f"{start} (the file is now {kept.path.name})."


def _keep(path: Path, kind: str, raw: bytes) -> str:
    """Keep a copy of a file the game uses only in part: what it could not use must not be lost."""
    try:
        kept = keep_aside(path, kind, raw, copy=True)
    except OSError:
        return "the old file could not be kept"
    return f"the old file was kept as {kept.path.name}"


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a temporary file in the same folder, fsync, then ``os.replace``.

    A file there that this version did not fully understand is kept aside
    first (a newer game's settings, a damaged file). Raises OSError when the
    disk refuses, or that file cannot be kept; the caller reports it to the player.
    """
    path = path or default_path()
    text = json.dumps(settings.to_json(), indent=2, sort_keys=True) + "\n"
    guard_overwrite(path, lambda raw: judge(raw, path))
    write_atomic(path, text.encode("utf-8"))
