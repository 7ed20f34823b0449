"""Who a computer driver is: difficulty (how near the limit) and personality (how it races).

Both are data, read from ``assets/rivals.toml``, so tuning a rival is an edit
to a text file. Parsing lives here rather than in ``game.content`` only
because the format is tiny; errors still name the file, the table and the
field, and every problem is reported at once.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DIFFICULTIES = ("easy", "normal", "hard")


class RivalsError(ValueError):
    """``rivals.toml`` is unreadable or has wrong values; the message lists every problem."""


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


def parse_rivals(text: str, where: str) -> RivalBook:
    """Difficulties and rivals from TOML text; ``where`` names the source in messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RivalsError(f"{where}: not valid TOML ({exc}).") from None
    problems: list[str] = []
    skills: dict[str, Skill] = {}
    for name, table in dict(data.get("difficulty", {})).items():
        if not isinstance(table, dict):
            problems.append(f"{where}: difficulty '{name}' must be a table.")
            continue
        values: dict[str, float] = {}
        for key in sorted(set(table) - set(_SKILL_RANGES)):
            problems.append(f"{where}: difficulty '{name}': '{key}' is not a difficulty field.")
        for key, (lo, hi) in _SKILL_RANGES.items():
            if key not in table:
                continue
            v = table[key]
            if not _number(v) or not lo <= v <= hi:
                problems.append(f"{where}: difficulty '{name}': '{key}' must be a number "
                                f"from {lo:g} to {hi:g}, got {v!r}.")
            else:
                values[key] = float(v)
        skills[name] = Skill(**values)
    for name in DIFFICULTIES:
        if name not in skills:
            problems.append(f"{where}: has no [difficulty.{name}] table; add it.")
    rivals: list[Rival] = []
    for rid, table in dict(data.get("rival", {})).items():
        if not isinstance(table, dict):
            problems.append(f"{where}: rival '{rid}' must be a table.")
            continue
        traits: dict[str, float] = {}
        for key in sorted(set(table) - {*_TRAITS, "name", "car"}):
            problems.append(f"{where}: rival '{rid}': '{key}' is not a rival field.")
        for key in _TRAITS:
            v = table.get(key, 0.5)
            if not _number(v) or not 0.0 <= v <= 1.0:
                problems.append(f"{where}: rival '{rid}': '{key}' must be a number from 0 to 1, got {v!r}.")
            else:
                traits[key] = float(v)
        name = table.get("name", rid)
        car = table.get("car", "")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: rival '{rid}': 'name' must be a non-empty text.")
        if not isinstance(car, str) or not car.strip():
            problems.append(f"{where}: rival '{rid}': 'car' must name a vehicle id.")
        if len(traits) == len(_TRAITS) and isinstance(name, str) and isinstance(car, str):
            rivals.append(Rival(rid, name, car, Personality(**traits)))
    if problems:
        raise RivalsError("\n".join(problems))
    return RivalBook(skills, tuple(rivals))


def load_rivals(path: Path) -> RivalBook:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RivalsError(f"{path}: cannot be read ({exc.strerror}).") from None
    return parse_rivals(text, str(path))
