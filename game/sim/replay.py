"""Replays as data: how a session was set up, and every step of the players' input.

The simulation is deterministic, so a replay needs no positions at all: the
set-up (track, cars, rivals, seed), a fingerprint of everything the physics
depends on, and the players' controls per step. Controls change rarely next
to 120 steps a second, so they are stored run-length encoded: a keyboard
race of three minutes is a few hundred runs.

The fingerprints are what turn "the replay drifted out of sync" into a clear
message: a replay made on another physics version, another map or other car
tuning is refused before it is played.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeGuard

import numpy as np

from game.sim.controls import IDLE, Controls
from game.sim.track import Track

SIM_VERSION = 1
"""Bump whenever a change makes the same inputs give a different world (physics, rules, AI)."""

Run = tuple[int, float, float, float, bool, bool]
"""(steps, throttle, brake, steer, handbrake, nitrous)."""


def _as_row(c: Controls) -> tuple[float, float, float, bool, bool]:
    return (float(c.throttle), float(c.brake), float(c.steer), bool(c.handbrake), bool(c.nitrous))


@dataclass(slots=True)
class InputTape:
    """Run-length encoded controls of some vehicles, one entry per world step."""

    vehicles: tuple[int, ...]
    runs: dict[int, list[Run]] = field(default_factory=dict)
    steps: int = 0
    respawns: list[tuple[int, int]] = field(default_factory=list)
    """(step, vehicle): a player asked to be put back on the track just before that step.

    A respawn request is input too (the reset key), but not a :class:`Controls`
    field; without it a race where the player pressed R would not replay.
    """

    def __post_init__(self) -> None:
        for v in self.vehicles:
            self.runs.setdefault(v, [])

    def record(self, controls: Mapping[int, Controls] | None) -> None:
        """Append one step; vehicles missing from ``controls`` idled."""
        for v in self.vehicles:
            row = _as_row(controls.get(v, IDLE) if controls else IDLE)
            runs = self.runs[v]
            if runs and runs[-1][1:] == row:
                last = runs[-1]
                runs[-1] = (last[0] + 1, *last[1:])
            else:
                runs.append((1, *row))
        self.steps += 1

    def request_respawn(self, vehicle: int) -> None:
        """Note that ``vehicle`` asked for a respawn before the next recorded step."""
        self.respawns.append((self.steps, vehicle))

    def respawns_by_step(self) -> dict[int, tuple[int, ...]]:
        """The respawn requests to carry out before each step, for playback (in recorded order)."""
        out: dict[int, list[int]] = {}
        for step, vehicle in self.respawns:
            out.setdefault(step, []).append(vehicle)
        return {step: tuple(vehicles) for step, vehicles in out.items()}

    def play(self) -> Iterator[dict[int, Controls]]:
        """The recorded controls, step by step."""
        cursors = {v: _expand(self.runs[v]) for v in self.vehicles}
        for _ in range(self.steps):
            yield {v: next(cursor) for v, cursor in cursors.items()}

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "steps": self.steps,
            "vehicles": {str(v): [list(r) for r in self.runs[v]] for v in self.vehicles},
        }
        if self.respawns:  # absent when unused, so tapes without resets read as before
            data["respawns"] = [list(r) for r in self.respawns]
        return data

    @classmethod
    def from_json(cls, data: Any) -> InputTape:
        """Parse a tape; raises ValueError naming what is wrong, in a modder's words.

        Every count is checked against ``game.content.limits`` before anything
        is built or expanded: the steps, the number of runs over all vehicles,
        each run's length as the runs are summed, and the respawn requests; a
        tape claiming a trillion steps is refused here, not played for days.
        """
        from game.content import limits

        if not isinstance(data, dict) or not _whole(data.get("steps")) or data["steps"] < 0:
            raise ValueError("the input tape has no valid step count")
        steps: int = data["steps"]
        if steps > limits.REPLAY_STEPS:
            raise ValueError(f"the input tape has {steps:,} steps, over the limit of {limits.REPLAY_STEPS:,} "
                             "(two hours)")
        vehicles = data.get("vehicles")
        if not isinstance(vehicles, dict):
            raise ValueError("the input tape has no vehicles table")
        _check_counts(vehicles)
        runs = {_vehicle_key(key): _parse_runs(key, rows, steps) for key, rows in vehicles.items()}
        respawns = _parse_respawns(data.get("respawns", []), steps)
        return cls(tuple(sorted(runs)), runs, steps, respawns)


def _whole(value: object) -> TypeGuard[int]:
    """An integer that is not a bool (JSON's ``true`` is no step count)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _row_text(row: object) -> str:
    """A run as the file writes it, cut short: ``[120, 1.0, 0.0, 0.0, false, false]``."""
    from game.content.bounded import shown

    if isinstance(row, list) and len(row) <= 8:
        return "[" + ", ".join(shown(x) for x in row) + "]"
    return shown(row)


def _check_counts(vehicles: dict[Any, Any]) -> None:
    from game.content import limits

    most = limits.RACE_RIVALS + 1
    if len(vehicles) > most:
        raise ValueError(f"the input tape drives {len(vehicles):,} cars; a race has at most {most}")
    total = sum(len(rows) for rows in vehicles.values() if isinstance(rows, list))
    if total > limits.REPLAY_RUNS:
        raise ValueError(f"the input tape has {total:,} runs, over the limit of {limits.REPLAY_RUNS:,}")


def _vehicle_key(key: str) -> int:
    """A vehicle index written as a JSON key: a few ASCII digits (``"0"``), nothing else."""
    from game.content import limits
    from game.content.bounded import short

    if not (key.isascii() and key.isdigit() and len(key) <= 2 and int(key) <= limits.RACE_RIVALS):
        raise ValueError(f"the input tape's vehicle '{short(key)}' is not a car of the race")
    return int(key)


def _run_ok(row: object) -> bool:
    return (
        isinstance(row, list)
        and len(row) == 6
        and _whole(row[0])
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
    from game.content import limits

    if not isinstance(rows, list):
        raise ValueError("the input tape's respawn requests are not a list")
    if len(rows) > limits.REPLAY_RESPAWNS:
        raise ValueError(f"the input tape has {len(rows):,} respawn requests, over the limit of "
                         f"{limits.REPLAY_RESPAWNS:,}")
    respawns: list[tuple[int, int]] = []
    for row in rows:
        if (
            not isinstance(row, list)
            or len(row) != 2
            or not all(_whole(x) for x in row)
            or not 0 <= row[0] <= steps
            or not 0 <= row[1] <= limits.RACE_RIVALS
        ):
            raise ValueError(f"the input tape has a malformed respawn request: {_row_text(row)}")
        respawns.append((row[0], row[1]))
    return respawns


def _expand(runs: Sequence[Run]) -> Iterator[Controls]:
    for steps, throttle, brake, steer, handbrake, nitrous in runs:
        c = Controls(throttle, brake, steer, handbrake, nitrous)
        for _ in range(steps):
            yield c


def track_fingerprint(track: Track) -> str:
    """A digest of everything about a track that the simulation reads.

    Art, names and tile pictures are left out on purpose: restyling a map
    keeps its replays and ghosts valid; moving a wall or a gate does not.
    """
    h = hashlib.blake2b(digest_size=12)
    for wall in track.walls:
        h.update(repr((wall.points, wall.closed)).encode())
    h.update(repr(track.wall_radius).encode())
    grid = track.surfaces
    h.update(np.ascontiguousarray(grid.cells).tobytes())
    h.update(repr((grid.cells.shape, grid.cell_m, grid.origin, int(grid.outside))).encode())
    h.update(repr(sorted((s.index, s.x, s.y, s.heading) for s in track.start_slots)).encode())
    h.update(repr(sorted((c.index, c.a, c.b) for c in track.checkpoints)).encode())
    if track.finish is not None:
        h.update(repr((track.finish.a, track.finish.b)).encode())
    h.update(repr(track.racing_line).encode())
    h.update(repr([(p.x, p.y, p.radius, p.mass, p.kind) for p in track.props]).encode())
    h.update(repr(track.roads).encode())
    return h.hexdigest()


def content_fingerprint(parts: Sequence[object]) -> str:
    """A digest of the set-up's data (vehicle specs, rival skills): tuning changes invalidate replays."""
    h = hashlib.blake2b(digest_size=12)
    h.update(str(SIM_VERSION).encode())
    for part in parts:
        h.update(repr(part).encode())
    return h.hexdigest()
