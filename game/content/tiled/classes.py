"""The game's Tiled classes: members, types and defaults from the Tiled project file.

Tiled does not write a property that still has its class default, so the
game must know the defaults itself; reading them from
``levels/fasttrack.tiled-project`` (``propertyTypes``: the map class
``Track``, one class per object kind, enums for surfaces and kinds) means the
editor's dropdowns and the game can never disagree. :func:`typed_properties`
lays what a map gives over those defaults, each value converted to its
member's type, and refuses (one message per value) what does not fit.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from game.content import bounded
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
    return out if ok else None
