"""Reading a replay's input tape: every count bounded before anything is built or expanded.

The tape itself (recording, run-length encoding, playback) is the
simulation's :class:`~game.sim.replay.InputTape`; reading one from a file a
stranger sent is the content layer's job, with the content layer's limits.
"""

from __future__ import annotations

import math
from typing import Any, TypeGuard

from game.content import limits
from game.content.bounded import short, shown
from game.sim.replay import InputTape, Run


def read_tape(data: Any) -> InputTape:
    """Parse a tape from a replay's JSON; raises ValueError naming what is wrong, in a modder's words.

    Every count is checked against ``game.content.limits`` before anything
    is built or expanded: the steps, the number of runs over all vehicles,
    each run's length as the runs are summed, and the respawn requests; a
    tape claiming a trillion steps is refused here, not played for days.
    """
    if not isinstance(data, dict) or not is_whole(data.get("steps")) or data["steps"] < 0:
        raise ValueError("the input tape has no valid step count")
    steps: int = data["steps"]
    if steps > limits.REPLAY_STEPS:
        raise ValueError(
            f"the input tape has {steps:,} steps, over the limit of {limits.REPLAY_STEPS:,} (two hours)"
        )
    vehicles = data.get("vehicles")
    if not isinstance(vehicles, dict):
        raise ValueError("the input tape has no vehicles table")
    _check_counts(vehicles)
    runs = {_vehicle_key(key): _parse_runs(key, rows, steps) for key, rows in vehicles.items()}
    respawns = _parse_respawns(data.get("respawns", []), steps)
    skipped_at = data.get("skipped_at")
    if skipped_at is not None and (not is_whole(skipped_at) or not 0 <= skipped_at <= steps):
        raise ValueError(
            f"the input tape's skip to the finish is at step {shown(skipped_at)}, not 0..{steps:,}"
        )
    return InputTape(tuple(sorted(runs)), runs, steps, respawns, skipped_at)


def is_whole(value: object) -> TypeGuard[int]:
    """An integer that is not a bool (JSON's ``true`` is no step count)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _row_text(row: object) -> str:
    """A run as the file writes it, cut short: ``[120, 1.0, 0.0, 0.0, false, false]``."""
    if isinstance(row, list) and len(row) <= 8:
        return "[" + ", ".join(shown(x) for x in row) + "]"
    return shown(row)


def _check_counts(vehicles: dict[Any, Any]) -> None:
    most = limits.RACE_RIVALS + 1
    if len(vehicles) > most:
        raise ValueError(f"the input tape drives {len(vehicles):,} cars; a race has at most {most}")
    total = sum(len(rows) for rows in vehicles.values() if isinstance(rows, list))
    if total > limits.REPLAY_RUNS:
        raise ValueError(f"the input tape has {total:,} runs, over the limit of {limits.REPLAY_RUNS:,}")


def _vehicle_key(key: str) -> int:
    """A vehicle index written as a JSON key: a few ASCII digits (``"0"``), nothing else."""
    if not (key.isascii() and key.isdigit() and len(key) <= 2 and int(key) <= limits.RACE_RIVALS):
        raise ValueError(f"the input tape's vehicle '{short(key)}' is not a car of the race")
    return int(key)


def _run_ok(row: object) -> bool:
    return (
        isinstance(row, list)
        and len(row) == 6
        and is_whole(row[0])
        and row[0] >= 1
        and all(isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x) for x in row[1:4])
        and all(isinstance(x, bool) for x in row[4:6])
    )


def _parse_runs(key: str, rows: object, steps: int) -> list[Run]:
    """One vehicle's runs, summed as they are read, so no run may reach past the tape's end."""
    if not isinstance(rows, list):
        raise ValueError(f"the input tape's vehicle {key} is not a list of runs")
    parsed: list[Run] = []
    total = 0
    for row in rows:
        if not _run_ok(row):
            raise ValueError(f"the input tape's vehicle {key} has a malformed run: {_row_text(row)}")
        total += row[0]
        if total > steps:
            raise ValueError(f"the input tape's vehicle {key} covers {total:,} steps or more, not {steps:,}")
        parsed.append((row[0], float(row[1]), float(row[2]), float(row[3]), row[4], row[5]))
    if total != steps:
        raise ValueError(f"the input tape's vehicle {key} covers {total:,} steps, not {steps:,}")
    return parsed


def _parse_respawns(rows: object, steps: int) -> list[tuple[int, int]]:
    if not isinstance(rows, list):
        raise ValueError("the input tape's respawn requests are not a list")
    if len(rows) > limits.REPLAY_RESPAWNS:
        raise ValueError(
            f"the input tape has {len(rows):,} respawn requests, over the limit of {limits.REPLAY_RESPAWNS:,}"
        )
    respawns: list[tuple[int, int]] = []
    for row in rows:
        if (
            not isinstance(row, list)
            or len(row) != 2
            or not all(is_whole(x) for x in row)
            or not 0 <= row[0] <= steps
            or not 0 <= row[1] <= limits.RACE_RIVALS
        ):
            raise ValueError(f"the input tape has a malformed respawn request: {_row_text(row)}")
        respawns.append((row[0], row[1]))
    return respawns
