"""The rivals file (``assets/rivals.toml``): difficulties and named rivals, as sim data.

Tuning a rival is an edit to a text file, so the file is read like every
other one: within the limits of :mod:`game.content.bounded`, its shape
declared as :mod:`game.content.schema` models (ranges, allowed keys), every
problem reported at once, each naming the file, the table and the field.
The sim gets the :class:`~game.sim.ai.profile.RivalBook` and never the path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from game.content import bounded, limits, schema
from game.content.bounded import short
from game.content.errors import ContentError
from game.sim.ai.profile import DIFFICULTIES, Personality, Rival, RivalBook, Skill

WHAT = "rivals file"
_SKILL = Skill()


class SkillTable(schema.Model):
    """``[difficulty.NAME]``: how near the limit a driver of that difficulty plans (defaults: ``Skill``)."""

    unknown = "is not a difficulty field"
    corner_grip: Annotated[float, schema.number(0.5, 1.0)] = _SKILL.corner_grip
    brake_grip: Annotated[float, schema.number(0.4, 1.0)] = _SKILL.brake_grip
    mistake_rate: schema.Fraction = _SKILL.mistake_rate
    reaction_s: Annotated[float, schema.number(0.05, 1.0)] = _SKILL.reaction_s
    throttle: Annotated[float, schema.number(0.5, 1.0)] = _SKILL.throttle

    def skill(self) -> Skill:
        return Skill(self.corner_grip, self.brake_grip, self.mistake_rate, self.reaction_s, self.throttle)


class RivalTable(schema.Model):
    """``[rival.ID]``: a named rival, its car and its traits (each 0 to 1, half by default)."""

    unknown = "is not a rival field"
    name: schema.Name = ""
    """Shown on the grid; left out, the rival goes by its id (an explicit blank is refused)."""
    car: Annotated[str, schema.text(limits.NAME_CHARS, need="a vehicle id")]
    aggression: schema.Fraction = 0.5
    consistency: schema.Fraction = 0.5
    nitrous_use: schema.Fraction = 0.5

    def rival(self, rid: str) -> Rival:
        traits = Personality(self.aggression, self.consistency, self.nitrous_use)
        return Rival(rid, self.name or rid, self.car, traits)


class RivalsFile(schema.Open):
    """The whole file; top-level keys other than the two tables are the author's notes."""

    difficulty: Annotated[dict[schema.Name, SkillTable], schema.tables("[difficulty.NAME] tables")] = Field(
        default_factory=dict
    )
    rival: Annotated[dict[schema.Name, RivalTable], schema.tables("[rival.NAME] tables")] = Field(
        default_factory=dict
    )


def _name(loc: schema.Loc) -> str:
    """``difficulty 'easy': 'corner_grip'``, ``rival 'x': its name``: this file's messages' words."""
    if len(loc) < 2:
        return f"'{loc[0]}'" if loc else ""
    table = f"{loc[0]} '{short(str(loc[1]))}'"
    if len(loc) == 2:
        return table
    if loc[2] == schema.KEY:
        return f"{table}: its name"
    return f"{table}: '{short(str(loc[2]))}'"


def _missing(data: dict[str, Any]) -> list[schema.Problem]:
    """The standard difficulties the file does not define (a race set-up may ask for any of them)."""
    tables = data.get("difficulty", {})
    present = tables if isinstance(tables, dict) else {}
    return [
        schema.Problem((), f"has no [difficulty.{name}] table; add it", "")
        for name in DIFFICULTIES
        if name not in present
    ]


def parse_rivals(text: str, where: str) -> RivalBook:
    """Difficulties and rivals from TOML text; ``where`` names the source in messages."""
    data = bounded.parse_toml(text, where, WHAT)
    missing = _missing(data)
    try:
        parsed = schema.check(RivalsFile, data)
    except schema.Invalid as exc:
        skills = [p for p in exc.problems if p.loc[:1] == ("difficulty",)]
        others = [p for p in exc.problems if p.loc[:1] != ("difficulty",)]
        raise ContentError(schema.sentences(where, [*skills, *missing, *others], _name)) from None
    if missing:
        raise ContentError(schema.sentences(where, missing, _name))
    return RivalBook(
        {name: table.skill() for name, table in parsed.difficulty.items()},
        tuple(table.rival(rid) for rid, table in parsed.rival.items()),
    )


def load_rivals(path: Path) -> RivalBook:
    """The rivals file, read within the limits (a regular file, ``limits.DATA_FILE_BYTES``)."""
    return parse_rivals(bounded.read_text(path, WHAT, limits.DATA_FILE_BYTES), str(path))
