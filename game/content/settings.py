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
What a good file holds is declared once, as a :mod:`game.content.schema`
model (:func:`_file_model`): its ranges, choices and key names.

Key and button bindings are stored as names (``"left shift"``,
``"button:a"``, ``"axis:leftx-"``) so that the file is readable, stays
independent of pygame's numeric codes, and a player can edit it by hand.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

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

if TYPE_CHECKING:
    from game.content.schema import Open

SETTINGS_VERSION = 1
FILE_NAME = "settings.json"
WHAT = "settings file"
"""What the readers' messages call the file."""

Units = Literal["kmh", "mph"]
UNITS: tuple[Units, ...] = ("kmh", "mph")

ACTIONS: tuple[str, ...] = (
    "throttle",
    "brake",
    "steer_left",
    "steer_right",
    "handbrake",
    "nitrous",
    "respawn",
    "pause",
)
"""Every bindable driving action, in the order the rebinding screen lists them."""

RESOLUTIONS: tuple[tuple[int, int], ...] = (
    (960, 540),
    (1024, 576),
    (1280, 720),
    (1366, 768),
    (1600, 900),
    (1920, 1080),
    (2560, 1440),
    (3840, 2160),
)
"""Window sizes, smallest first: 16:9 from a small laptop window to 4K."""


def resolutions_for(desktop: tuple[int, int] | None) -> tuple[tuple[int, int], ...]:
    """The window sizes that fit on a display of size ``desktop`` (all of them when it is unknown).

    A window larger than the screen hangs off its edges with the HUD out of
    sight; the smallest size is always offered, whatever the screen.
    """
    if desktop is None:
        return RESOLUTIONS
    fits = tuple(r for r in RESOLUTIONS if r[0] <= desktop[0] and r[1] <= desktop[1])
    return fits or RESOLUTIONS[:1]


PLAYER_COLOURS: dict[str, str] = {
    "car": "",
    "orange": "#ff7a1c",
    "lime": "#8ee03a",
    "cyan": "#2fd4e6",
    "magenta": "#e83ad0",
    "yellow": "#ffd23a",
    "white": "#f4f4f0",
    "red": "#e8262e",
}
"""The paints a player may drive in, by name (the settings file stores the name); ``car`` is the
car's own colour. The renderer repaints any rival whose colour is near the player's."""

DIFFICULTIES: tuple[str, ...] = ("easy", "normal", "hard")
RIVAL_CARS: tuple[str, ...] = ("class", "any")
"""What a quick race's rivals drive: cars of the player's class, or each its own.

The same words as ``game.sim.quickrace.RIVAL_CARS``, repeated so that reading the
settings at start-up does not import the simulation; a test holds the two equal."""
CATCH_UP: tuple[str, ...] = ("off", "subtle")
"""How much the computer drivers help whoever is behind (``RaceConfig.catch_up``; as ``RIVAL_CARS``)."""


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
    rival_cars: str = "class"
    """``"class"``: rivals drive cars of the player's class; ``"any"``: each rival its own car."""
    catch_up: str = "subtle"
    """``"off"`` or ``"subtle"``: how much the field helps whoever is behind."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the player can change. Frozen: a change is a new value, saved as a whole."""

    resolution: tuple[int, int] = (1280, 720)
    fullscreen: bool = False
    vsync: bool = True
    master_volume: float = 0.8
    music_volume: float = 0.7
    """The menus' music: at 0.5 it sat 6 dB under a race."""
    race_music_volume: float = 0.3
    """Music under a race, apart from the menus' (0 turns it off); quieter, the engines lead."""
    effects_volume: float = 0.8
    units: Units = "kmh"
    dead_zone: float = 0.15
    player_colour: str = "car"
    """A name from :data:`PLAYER_COLOURS`: the colour the player's car is drawn in."""
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
            "race_music_volume": self.race_music_volume,
            "effects_volume": self.effects_volume,
            "units": self.units,
            "dead_zone": self.dead_zone,
            "player_colour": self.player_colour,
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


@functools.cache
def _file_model() -> type[Open]:
    """``settings.json`` as a :mod:`game.content.schema` model, declared on the first read.

    Declared here rather than at the top of the module because the app imports
    this module on its way to the title screen, and on a first start (no
    file yet) the schema library and pydantic (~60 ms to import) are then not
    loaded at all.
    """
    from pydantic import Field

    from game.content import schema

    action = Annotated[str, schema.choice(*ACTIONS, need="a driving action")]
    key = Annotated[str, schema.text(limits.NAME_CHARS, need="a key or button name", blank=True)]
    """A key or button as the file names it (``"left shift"``); only an empty name is refused."""
    bindings = dict[action, Annotated[list[key], Field(max_length=limits.LIST_NAMES)]]
    """Actions the file rebinds; the ones it leaves out keep their default keys."""
    race = RaceChoice()

    class RaceFile(schema.Open):
        """The ``race`` table: the last quick-race set-up (a wrong value resets the whole set-up)."""

        track: Annotated[str, schema.text(limits.TEXT_CHARS, need="a track id", empty=True)] = race.track
        car: Annotated[str, schema.text(limits.NAME_CHARS, need="a car id", empty=True)] = race.car
        rivals: Annotated[int, schema.number(0, 7, whole=True)] = race.rivals
        laps: Annotated[int, schema.number(1, 20, whole=True)] = race.laps
        difficulty: Annotated[str, schema.choice(*DIFFICULTIES)] = race.difficulty
        rival_cars: Annotated[str, schema.choice(*RIVAL_CARS)] = race.rival_cars
        catch_up: Annotated[str, schema.choice(*CATCH_UP)] = race.catch_up

    class SettingsFile(schema.Open):
        """Every key optional, keys of newer versions ignored; in the order the reset message names them."""

        resolution: Annotated[
            list[Annotated[int, schema.number(320, 8192, whole=True)]], Field(min_length=2, max_length=2)
        ] = Field(default_factory=lambda: [1280, 720])
        fullscreen: schema.Flag = False
        vsync: schema.Flag = True
        master_volume: schema.Fraction = 0.8
        music_volume: schema.Fraction = 0.7
        race_music_volume: schema.Fraction = 0.3
        effects_volume: schema.Fraction = 0.8
        units: Annotated[str, schema.choice(*UNITS)] = "kmh"
        dead_zone: Annotated[float, schema.number(0.0, 0.6)] = 0.15
        player_colour: Annotated[str, schema.choice(*PLAYER_COLOURS)] = "car"
        keyboard: bindings = Field(default_factory=dict)
        gamepad: bindings = Field(default_factory=dict)
        race: RaceFile = Field(default_factory=RaceFile)
        version: Annotated[int, schema.number(1, 10**limits.NUMBER_DIGITS, whole=True)] = SETTINGS_VERSION

    return SettingsFile


@dataclass(frozen=True, slots=True)
class _Read:
    """What a settings file held: its settings over the defaults, the fields reset, its version."""

    settings: Settings
    bad: list[str]
    version: int


def _read(data: dict[str, Any]) -> _Read:
    """The file's settings and the names of the fields that were wrong (and are left at their defaults).

    Each field stands alone, so the file is checked once, the wrong fields
    are dropped and the rest checked again: one bad volume never costs the
    player their key bindings.
    """
    from game.content import schema

    model = _file_model()
    bad: list[str] = []
    try:
        parsed: Any = schema.check(model, data)
    except schema.Invalid as exc:
        bad = list(dict.fromkeys(str(p.loc[0]) for p in exc.problems if p.loc))
        try:
            parsed = schema.check(model, {k: v for k, v in data.items() if k not in bad})
        except schema.Invalid:  # cannot happen (the fields are independent), but reading never raises
            return _Read(Settings(), [*bad, "the rest"], SETTINGS_VERSION)
    base = Settings()
    values: dict[str, Any] = {name: getattr(parsed, name) for name in parsed.model_fields_set - {"version"}}
    if "resolution" in values:
        values["resolution"] = tuple(parsed.resolution)
    for device, default in (("keyboard", base.keyboard), ("gamepad", base.gamepad)):
        if device in values:
            values[device] = {**default, **{a: list(ns) for a, ns in values[device].items()}}
    if "race" in values:
        values["race"] = RaceChoice(**parsed.race.model_dump())
    return _Read(replace(base, **values), bad, parsed.version)


def from_json(data: Any) -> tuple[Settings, list[str]]:
    """Settings from parsed JSON; each wrong field falls back to its default and is named."""
    if not isinstance(data, dict):
        return Settings(), ["the file does not hold a settings object"]
    read = _read(data)
    return read.settings, read.bad


def _newer(data: Any) -> bool:
    """Whether a newer game wrote this (its fields may mean more than this version knows)."""
    return isinstance(data, dict) and _read(data).version > SETTINGS_VERSION


def _note(data: Any, bad: list[str]) -> tuple[str, str] | None:
    """(kind of aside, the start of a sentence) for a file used only in part; None if it was used whole."""
    if _newer(data):
        return "newer", (
            "Your settings were written by a newer version of FAST TRACK; this one uses what it knows"
        )
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
