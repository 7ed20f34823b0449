"""The game's Tiled classes: members, types and defaults from the Tiled project file.

Tiled does not write a property that still has its class default, so the
game must know the defaults itself; reading them from
``levels/fasttrack.tiled-project`` (``propertyTypes``: the map class
``Track``, one class per object kind, enums for surfaces and kinds) means the
editor's dropdowns and the game can never disagree. What Tiled's project
format cannot say (the range a number must be in, and the fix to offer) is
declared beside it in :data:`RANGES`. :func:`typed_properties` lays what a
map gives over the defaults, each value converted to its member's type and
held to its range, and refuses (one message per value) what does not fit.

Why a table and not the pydantic models of :mod:`game.content.schema`: a
Tiled property arrives already typed by its XML ``type`` (or as a plain
string a modder added by hand, which must still count as a number), the
members and defaults are the project file's, not the game's, and each
refusal is worded in Tiled's terms with its unit ("use 0 (the kind's
default) or 0.1 to 4 m"); a model would restate the project file and then
need every message rewritten back.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from game.content import bounded, limits
from game.content.mapdata import PropertyValue
from game.content.tiled.model import Properties
from game.content.tiled.problems import Problems
from game.paths import LEVELS_DIR

PROJECT_FILE = LEVELS_DIR / "fasttrack.tiled-project"
MAP_CLASS = "Track"


@dataclass(frozen=True, slots=True)
class Member:
    """One typed class member from the Tiled project, with its default value."""

    type: str
    default: PropertyValue
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Range:
    """The numbers a member may hold, and what a message tells a modder to do otherwise."""

    low: float
    high: float
    fix: str
    zero: bool = False
    """0 is allowed too, meaning "the kind's default" (a Prop's size and mass)."""
    needed: bool = True
    """False: the value is reported but the rest of its owner is still checked (the map's laps)."""


RANGES: dict[tuple[str, str], Range] = {
    (MAP_CLASS, "pixels_per_metre"): Range(0.5, 1000.0, "use a scale from 0.5 to 1000 (8 is usual)"),
    (MAP_CLASS, "laps"): Range(1, limits.RACE_LAPS, f"use 1 to {limits.RACE_LAPS} laps", needed=False),
    # The physics gives a body its moment from its radius, so 0 or a hair's breadth is a body
    # that cannot turn, and a radius of kilometres covers the map.
    ("Prop", "radius_m"): Range(0.1, 4.0, "use 0 (the kind's default) or 0.1 to 4 m", zero=True),
    # Cars weigh 180-1800 kg; a ratio of a few thousand is what the contact solver stays stable
    # with, and 1e300 kg overflows the moment of inertia.
    ("Prop", "mass_kg"): Range(0.5, 5000.0, "use 0 (the kind's default) or 0.5 to 5000 kg", zero=True),
    ("Road", "lanes"): Range(1, 8, "use 1 to 8 lanes"),
    ("Road", "speed_kmh"): Range(1.0, 400.0, "use 1 to 400 km/h"),
}
"""``(class, member) -> Range``: the limits Tiled's project file has no place for."""


@functools.cache
def schema(project_file: Path = PROJECT_FILE) -> dict[str, dict[str, Member]]:
    """Class name -> member name -> :class:`Member`, read once from the project file."""
    data = json.loads(project_file.read_text(encoding="utf-8"))
    types = data.get("propertyTypes", [])
    enums = {t["name"]: tuple(t.get("values", ())) for t in types if t.get("type") == "enum"}
    classes: dict[str, dict[str, Member]] = {}
    for t in types:
        if t.get("type") != "class":
            continue
        members = {}
        for m in t.get("members", []):
            choices = enums.get(m.get("propertyType", ""), ())
            members[m["name"]] = Member(m["type"], m["value"], choices)
        classes[t["name"]] = members
    return classes


def _coerce(value: PropertyValue, member: Member) -> tuple[PropertyValue | None, str]:
    """``value`` as the member's type, or ``(None, expectation)`` if it cannot be."""
    kind = member.type
    try:
        if kind == "int":
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            return int(value), ""
        if kind == "float":
            number = float(value)
            if isinstance(value, bool) or not math.isfinite(number):
                raise ValueError
            return number, ""
        if kind == "bool":
            if isinstance(value, bool):
                return value, ""
            if str(value).strip().lower() in ("true", "false"):
                return str(value).strip().lower() == "true", ""
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        return None, {"int": "a whole number", "float": "a number", "bool": "true or false"}[kind]
    text = str(value).strip()
    if member.choices and text not in member.choices:
        return None, "one of " + ", ".join(member.choices)
    return text, ""


def typed_properties(cls: str, given: Properties, subject: str, problems: Problems) -> Properties | None:
    """``given`` over the class defaults, each converted to the member's type.

    None (after reporting) if any member has a value of the wrong kind, so a
    bad value is never silently replaced by the default.
    """
    members = schema().get(cls, {})
    out: Properties = {name: m.default for name, m in members.items()}
    ok = True
    for name, value in given.items():
        member = members.get(name)
        if member is None:
            out[name] = value
            continue
        typed, expected = _coerce(value, member)
        if typed is None:
            problems.add(subject, f"has {name} = {bounded.shown(value)}", f"set {name} to {expected}")
            ok = False
        else:
            out[name] = typed
    for name, value in out.items():
        bounds = RANGES.get((cls, name))
        if bounds is not None and not _in_range(value, bounds):
            problems.add(subject, f"has {name} = {_figure(value)}", bounds.fix)
            ok = ok and not bounds.needed
    return out if ok else None


def _in_range(value: PropertyValue, bounds: Range) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return True  # not a number: already refused by its type, or not a numeric member
    return (bounds.zero and value == 0) or bounds.low <= value <= bounds.high


def _figure(value: PropertyValue) -> str:
    """A number as a message shows it: ``1e+300``, ``0.5``, ``3``; never a 40-digit wall."""
    return f"{value:g}" if isinstance(value, float) else bounded.shown(value)
