"""Who a computer driver is: difficulty (how near the limit) and personality (how it races).

Both are data, read from ``assets/rivals.toml``, so tuning a rival is an edit
to a text file. Parsing lives here rather than in ``game.content`` only
because the format is tiny; errors still name the file, the table and the
field, and every problem is reported at once. Reading the file goes through
``game.content.bounded`` like every other data file (imported when a file is
read, so the sim's own imports stay light): the same size, nesting and
number limits, and the one :class:`~game.content.errors.ContentError`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.content.errors import ContentError

DIFFICULTIES = ("easy", "normal", "hard")


class RivalsError(ContentError, ValueError):
    """``rivals.toml`` is unreadable or has wrong values; the message lists every problem.

    A :class:`ContentError` like every other bad data file, so the command line
    and the game report it the same way; still a ``ValueError`` for older callers.
    """


@dataclass(frozen=True, slots=True)
class Skill:
    """How close to the car's limits a driver plans; set by the difficulty."""

    corner_grip: float = 0.9
    brake_grip: float = 0.8
    mistake_rate: float = 0.15
    reaction_s: float = 0.22


@dataclass(frozen=True, slots=True)
class Personality:
    """How a rival races: each trait 0..1."""

    aggression: float = 0.5
    consistency: float = 0.7
    nitrous_use: float = 0.5


@dataclass(frozen=True, slots=True)
class Rival:
    id: str
    name: str
    car: str
    personality: Personality


@dataclass(frozen=True, slots=True)
class RivalBook:
    """Every difficulty and named rival from one rivals file."""

    difficulties: dict[str, Skill]
    rivals: tuple[Rival, ...]

    def skill(self, difficulty: str) -> Skill:
        try:
            return self.difficulties[difficulty]
        except KeyError:
            known = ", ".join(sorted(self.difficulties))
            raise RivalsError(f"unknown difficulty '{difficulty}' (known: {known})") from None


_SKILL_RANGES = {
    "corner_grip": (0.5, 1.0),
    "brake_grip": (0.4, 1.0),
    "mistake_rate": (0.0, 1.0),
    "reaction_s": (0.05, 1.0),
}
_TRAITS = ("aggression", "consistency", "nitrous_use")


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _tables(data: dict[str, Any], key: str, where: str, problems: list[str]) -> dict[str, Any]:
    """``[key.NAME]`` tables as a dict, or none (and a problem) when ``key`` is something else."""
    value = data.get(key, {})
    if not isinstance(value, dict):
        problems.append(f"{where}: '{key}' must be [{key}.NAME] tables, got {_shown(value)}.")
        return {}
    return value


def _named(name: str, kind: str, where: str, problems: list[str]) -> bool:
    """Whether a table's NAME is within the name limit (a problem otherwise)."""
    from game.content import limits
    from game.content.bounded import short

    if len(name) <= limits.NAME_CHARS:
        return True
    problems.append(f"{where}: {kind} '{short(name)}': its name is {len(name):,} characters long, "
                    f"over the limit of {limits.NAME_CHARS:,}.")
    return False


def _shown(value: Any) -> str:
    from game.content.bounded import shown

    return shown(value)


def _skill(name: str, table: Any, where: str, problems: list[str]) -> Skill | None:
    if not isinstance(table, dict):
        problems.append(f"{where}: difficulty '{name}' must be a table, got {_shown(table)}.")
        return None
    values: dict[str, float] = {}
    for key in sorted(set(table) - set(_SKILL_RANGES)):
        problems.append(f"{where}: difficulty '{name}': {_shown(key)} is not a difficulty field.")
    for key, (lo, hi) in _SKILL_RANGES.items():
        if key not in table:
            continue
        v = table[key]
        if not _number(v) or not lo <= v <= hi:
            problems.append(f"{where}: difficulty '{name}': '{key}' must be a number "
                            f"from {lo:g} to {hi:g}, got {_shown(v)}.")
        else:
            values[key] = float(v)
    return Skill(**values)


def _rival(rid: str, table: Any, where: str, problems: list[str]) -> Rival | None:
    if not isinstance(table, dict):
        problems.append(f"{where}: rival '{rid}' must be a table, got {_shown(table)}.")
        return None
    traits: dict[str, float] = {}
    for key in sorted(set(table) - {*_TRAITS, "name", "car"}):
        problems.append(f"{where}: rival '{rid}': {_shown(key)} is not a rival field.")
    for key in _TRAITS:
        v = table.get(key, 0.5)
        if not _number(v) or not 0.0 <= v <= 1.0:
            problems.append(f"{where}: rival '{rid}': '{key}' must be a number from 0 to 1, got {_shown(v)}.")
        else:
            traits[key] = float(v)
    name = table.get("name", rid)
    car = table.get("car", "")
    ok = len(traits) == len(_TRAITS)
    for key, value, need in (("name", name, "a non-empty text"), ("car", car, "a vehicle id")):
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: rival '{rid}': '{key}' must be {need}, got {_shown(value)}.")
            ok = False
        elif not _named(value, f"rival '{rid}': '{key}'", where, problems):
            ok = False
    return Rival(rid, name, car, Personality(**traits)) if ok else None


def parse_rivals(text: str, where: str) -> RivalBook:
    """Difficulties and rivals from TOML text; ``where`` names the source in messages."""
    from game.content.bounded import parse_toml

    try:
        data = parse_toml(text, where, "rivals file")
    except ContentError as exc:
        raise RivalsError(exc.problems) from None
    problems: list[str] = []
    skills: dict[str, Skill] = {}
    for name, table in _tables(data, "difficulty", where, problems).items():
        skill = _skill(name, table, where, problems) if _named(name, "difficulty", where, problems) else None
        if skill is not None:
            skills[name] = skill
    for name in DIFFICULTIES:
        if name not in skills and not any(p.startswith(f"{where}: difficulty '{name}'") for p in problems):
            problems.append(f"{where}: has no [difficulty.{name}] table; add it.")
    rivals: list[Rival] = []
    for rid, table in _tables(data, "rival", where, problems).items():
        rival = _rival(rid, table, where, problems) if _named(rid, "rival", where, problems) else None
        if rival is not None:
            rivals.append(rival)
    if problems:
        raise RivalsError(problems)
    return RivalBook(skills, tuple(rivals))


def load_rivals(path: Path) -> RivalBook:
    """The rivals file, read within the limits (a regular file, ``limits.DATA_FILE_BYTES``)."""
    from game.content import bounded, limits

    try:
        text = bounded.read_text(path, "rivals file", limits.DATA_FILE_BYTES)
    except ContentError as exc:
        raise RivalsError(exc.problems) from None
    return parse_rivals(text, str(path))
