"""The player's settings: a plain data model and its JSON file, without pygame.

Settings live in ``user_config_dir("fast-track")/settings.json``. The file is
written atomically (temporary file, fsync, ``os.replace``) so a crash or a
full disk mid-save never leaves half a file. Reading never raises: a file
that cannot be parsed is kept as ``settings.json.bad`` and the defaults are
used, and a file with a few wrong values keeps every good value; either way
``LoadResult.message`` says what happened in a sentence the game can show.

Key and button bindings are stored as names (``"left shift"``,
``"button:a"``, ``"axis:leftx-"``) so that the file is readable, stays
independent of pygame's numeric codes, and a player can edit it by hand.
"""

from __future__ import annotations

import json
import math
import shutil
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from game.content.storage import user_config_dir, write_atomic

SETTINGS_VERSION = 1
FILE_NAME = "settings.json"

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


def _bindings(value: Any, default: dict[str, list[str]]) -> dict[str, list[str]] | None:
    if not isinstance(value, dict):
        return None
    table = {a: list(ns) for a, ns in default.items()}
    for action, names in value.items():
        if action not in ACTIONS or not isinstance(names, list):
            return None
        if not all(isinstance(n, str) and n for n in names):
            return None
        table[action] = list(names)
    return table


def _race(value: Any) -> RaceChoice | None:
    if not isinstance(value, dict):
        return None
    d = RaceChoice()
    track, car = value.get("track", d.track), value.get("car", d.car)
    rivals, laps = value.get("rivals", d.rivals), value.get("laps", d.laps)
    difficulty = value.get("difficulty", d.difficulty)
    if not (isinstance(track, str) and isinstance(car, str) and difficulty in DIFFICULTIES):
        return None
    if not (isinstance(rivals, int) and isinstance(laps, int) and 0 <= rivals <= 7 and 1 <= laps <= 20):
        return None
    return RaceChoice(track, car, rivals, laps, str(difficulty))


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

    res = data.get("resolution")
    ok_res = (
        isinstance(res, list) and len(res) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) and 320 <= v <= 8192 for v in res)
    )
    take("resolution", (int(res[0]), int(res[1])) if ok_res and isinstance(res, list) else None)
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
    return replace(base, **values), bad


def load(path: Path | None = None) -> LoadResult:
    """Read settings; never raises. Missing file: defaults, silently (a first run)."""
    path = path or default_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadResult(Settings())
    except (OSError, UnicodeDecodeError) as exc:
        return LoadResult(Settings(), f"Could not read {path} ({exc}); using default settings.")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        kept = _keep_bad(path)
        return LoadResult(Settings(), f"Settings file was damaged; using defaults ({kept}).")
    settings, bad = from_json(data)
    if not bad:
        return LoadResult(settings)
    kept = _keep_bad(path)
    names = ", ".join(bad)
    return LoadResult(settings, f"Some settings were invalid ({names}) and were reset ({kept}).")


def _keep_bad(path: Path) -> str:
    """Copy a bad file aside so the player (or a bug report) still has it."""
    bad = path.with_name(path.name + ".bad")
    try:
        shutil.copyfile(path, bad)
    except OSError:
        return "the old file could not be kept"
    return f"old file kept as {bad.name}"


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a temporary file in the same folder, fsync, then ``os.replace``.

    Raises OSError when the disk refuses; the caller reports it to the player.
    """
    text = json.dumps(settings.to_json(), indent=2, sort_keys=True) + "\n"
    write_atomic(path or default_path(), text.encode("utf-8"))
