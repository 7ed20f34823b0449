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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from game.sim.controls import IDLE, Controls
from game.sim.play import Skippable
from game.sim.track import Track

if TYPE_CHECKING:
    from game.sim.play import Play, PlayHud
    from game.sim.snapshot import WorldSnapshot
    from game.sim.vehicle import VehicleSpec

SIM_VERSION = 7
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
    skipped_at: int | None = None
    """The step before which the player skipped to the end of the race (``skip_to_finish``), if they did."""

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

    def skip(self) -> None:
        """Note that the player skipped to the finish before the next recorded step."""
        self.skipped_at = self.steps

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
        if self.skipped_at is not None:
            data["skipped_at"] = self.skipped_at
        return data


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


class Playback:
    """A recorded session played from its tape: a :class:`~game.sim.play.Play` like any other.

    The viewer and the headless check drive it exactly as the driving scene
    drives a live session; the controls passed to :meth:`step` are ignored,
    because the tape already holds everything the players did (their
    controls and their reset-key presses, each before the step it preceded).
    """

    def __init__(self, play: Play, tape: InputTape) -> None:
        self.play = play
        self.tape = tape
        self._controls = tape.play()
        self._respawns = tape.respawns_by_step()
        self.step_index = 0

    @property
    def done(self) -> bool:
        """The whole tape has been played."""
        return self.step_index >= self.tape.steps

    @property
    def time_s(self) -> float:
        return self.play.time_s

    @property
    def over(self) -> bool:
        return self.done or self.play.over

    @property
    def players(self) -> tuple[int, ...]:
        return self.play.players

    @property
    def specs(self) -> Sequence[VehicleSpec]:
        return self.play.specs

    def step(self, controls: Mapping[int, Controls] | None = None) -> None:
        """One recorded step (nothing once the tape has run out)."""
        if self.done:
            return
        for vehicle in self._respawns.get(self.step_index, ()):
            self.play.request_respawn(vehicle)
        self.play.step(next(self._controls))
        self.step_index += 1
        self._skip_if_recorded()

    def request_respawn(self, vehicle: int) -> None:
        """The tape decides: a viewer's key presses change nothing."""

    def _skip_if_recorded(self) -> None:
        if self.tape.skipped_at == self.step_index and isinstance(self.play, Skippable):
            self.play.skip_to_finish()

    def snapshot(self) -> WorldSnapshot:
        return self.play.snapshot()

    def drain_events(self) -> Sequence[object]:
        return self.play.drain_events()

    def state_hash(self) -> str:
        return self.play.state_hash()

    def hud(self, vehicle: int) -> PlayHud:
        return self.play.hud(vehicle)
