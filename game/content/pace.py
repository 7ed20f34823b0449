"""Pace tables: how each car really laps a bundled circuit against its plan's estimate.

``assets/pace/<track>.json`` is written by ``python -m game.tools.author_pace``
and read here for a one-class quick race's balance of performance
(:mod:`game.sim.ai.pace`). A table is measured on one map with one physics,
so it names both: the track's fingerprint and ``SIM_VERSION``. A table for
another map or physics is stale and is not used; the race is then balanced
on the estimate alone, as a mod circuit is, and ``tests`` fail until the
table is measured again. A damaged table is one sentence naming the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from game.content import limits, schema
from game.content.errors import ContentError
from game.content.storage import parse_player_json, read_player_file, write_atomic
from game.paths import ASSETS_DIR
from game.sim.ai.pace import PaceCurve, PaceTable
from game.sim.replay import SIM_VERSION

FORMAT = "fast-track-pace"
FORMAT_VERSION = 1
PACE_DIR = ASSETS_DIR / "pace"

_Ratio = Annotated[float, schema.number(0.5, 2.0, need="a ratio from 0.5 to 2")]
_Factor = Annotated[float, schema.number(0.5, 2.0, need="a balance factor from 0.5 to 2")]


class PaceFile(schema.Model):
    """A pace table as the tool writes it."""

    format: Annotated[str, schema.choice(FORMAT)]
    format_version: Annotated[int, schema.number(1, FORMAT_VERSION, whole=True)]
    track: Annotated[str, schema.text(limits.NAME_CHARS, need="a track id")]
    track_fingerprint: Annotated[str, schema.text(64, need="a fingerprint")]
    sim_version: Annotated[int, schema.number(1, whole=True)]
    skill: Annotated[str, schema.text(limits.NAME_CHARS, need="a difficulty")]
    factors: list[_Factor]
    cars: dict[str, list[_Ratio]]


def pace_path(track_id: str) -> Path:
    return PACE_DIR / f"{track_id}.json"


def read_pace(path: Path) -> PaceFile:
    """The table in ``path``; ContentError, naming the file and the place, for anything else."""
    data = parse_player_json(read_player_file(path, "pace table"), path, "pace table")
    try:
        table = schema.explain(PaceFile, data, lambda loc: f"its '{'.'.join(str(p) for p in loc)}'")
        for ratios in table.cars.values():
            PaceCurve(tuple(table.factors), tuple(ratios))  # one ratio per factor, factors rising
    except ValueError as exc:
        raise ContentError(f"{path}: is not a usable pace table ({exc}).") from None
    return table


def pace_table(track_id: str, fingerprint: str) -> PaceTable | None:
    """The bundled circuit's table if it was measured on this map with this physics, else None."""
    path = pace_path(track_id)
    if not path.is_file():
        return None
    table = read_pace(path)
    if table.track_fingerprint != fingerprint or table.sim_version != SIM_VERSION:
        return None
    return {car: PaceCurve(tuple(table.factors), tuple(ratios)) for car, ratios in table.cars.items()}


def write_pace(
    track_id: str,
    fingerprint: str,
    skill: str,
    factors: tuple[float, ...],
    cars: dict[str, tuple[float, ...]],
) -> Path:
    """Save a measured table (rounded, so that it reads the same wherever it is rebuilt)."""
    import json

    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "track": track_id,
        "track_fingerprint": fingerprint,
        "sim_version": SIM_VERSION,
        "skill": skill,
        "factors": [round(f, 4) for f in factors],
        "cars": {car: [round(r, 4) for r in ratios] for car, ratios in sorted(cars.items())},
    }
    path = pace_path(track_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, (json.dumps(data, indent=1) + "\n").encode())
    except OSError as exc:
        raise ContentError(f"{path}: the pace table could not be saved ({exc.strerror}).") from None
    return path
