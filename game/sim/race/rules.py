"""The rules of a circuit race, applied to the motion of every car.

Checkpoints are crossed, not visited: each update tests the segment a car
moved along since the last update against the one gate it must cross next
(in the lap's direction only), so no speed can skip a gate, and the crossing
time is interpolated along that segment, so lap times do not depend on how
often the rules run. Position in the race is (finished first, by time; then
gates passed; then distance along the racing line), which a corner cut or a
respawn cannot improve.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from game.sim.ai.geometry import F64, B, cross
from game.sim.ai.line import RacingLine
from game.sim.ai.sensing import FleetState, LineTracker
from game.sim.race.events import (
    CheckpointPassed,
    CountdownTick,
    Finished,
    LapCompleted,
    RaceEvent,
    RaceOver,
    RaceStarted,
    RespawnReason,
    WrongWay,
)
from game.sim.race.results import RaceResult
from game.sim.track import Checkpoint

MIN_PROJECTED_PACE = 2.0
"""m/s: the slowest average a projected finish assumes (a car that sat still gets a long time)."""

WRONG_FACING = math.cos(math.radians(110.0))
"""A car pointing further than this off the lap's direction faces the wrong way."""


@dataclass(frozen=True, slots=True)
class RaceConfig:
    """The numbers of a race's rules; all times in sim seconds."""

    laps: int = 3
    countdown_s: float = 3.0
    stuck_s: float = 10.0
    """A racer that gains less than ``progress_m`` in this long is respawned."""
    progress_m: float = 30.0
    """An average of 11 km/h along the line. At 8 m, two cars locked together against a
    wall (one reversing, the other pushing it) crawled 120 m in 70 s and were never freed."""
    off_track_m: float = 25.0
    """Further than this beyond the edge of the track counts as out of bounds."""
    respawn_penalty_s: float = 3.0
    wreck_respawns: bool = True
    """Arcade rule: a wrecked car is repaired at the last checkpoint (else it is out)."""
    finish_window_s: float = 60.0
    """After the winner finishes, the computer drivers have this long before they are DNF.

    Not a person: someone still racing drives on to the flag (and may skip to
    the end, :meth:`Race.project_finish`), and the deadline waits for them."""
    time_limit_s: float | None = None
    """Race time after which every unfinished car is DNF (None: from the lap length)."""
    wrong_way_s: float = 1.0
    """How long a car must drive against the lap, facing that way, before it is told."""
    catch_up: str = "subtle"
    """How much the computer drivers help whoever is behind: ``"off"`` or ``"subtle"`` (a setting)."""


@dataclass(frozen=True, slots=True)
class Racer:
    vehicle: int
    name: str
    car: str
    human: bool = False
    """Driven by a person: races on to the flag however long after the winner (no deadline)."""


@dataclass(slots=True)
class _Card:
    """One racer's running record."""

    racer: Racer
    next_gate: int = 0
    gates: int = 0
    laps: int = 0
    lap_start: float = 0.0
    lap_start_s: float = 0.0
    lap_times: list[float] = field(default_factory=list)
    finished: bool = False
    finish_time: float = math.inf
    out: str = ""
    penalty: float = 0.0
    respawns: int = 0
    stuck_respawns: int = 0
    wall_hits: int = 0
    last_wall_t: float = -math.inf
    last_gate_s: float = 0.0
    anchor_s: float = 0.0
    anchor_t: float = 0.0
    wrong_t: float = 0.0
    wrong: bool = False
    projected: bool = False
    """Its finish time is an estimate from its pace (the driver skipped to the end)."""
    green_s: float = 0.0
    """Distance along the line at the green light (the average pace counts from there)."""


class Race:
    """Rules for the racers of one race on one racing line.

    ``gates`` are the lap's gates in order: checkpoints 0..n-1, then the finish.
    Call :meth:`update` with the world's state as often as you like (the
    session does it at 30 Hz); it returns who must be respawned and why.
    """

    def __init__(
        self,
        line: RacingLine,
        gates: Sequence[Checkpoint],
        racers: Sequence[Racer],
        config: RaceConfig | None = None,
    ) -> None:
        if not gates:
            raise ValueError("a race needs a finish line")
        self.line = line
        self.config = config or RaceConfig()
        self.racers = tuple(racers)
        self.cards = [_Card(r) for r in self.racers]
        self.vehicles = np.array([r.vehicle for r in self.racers], dtype=np.intp)
        self.gate_a = np.array([complex(*g.a) for g in gates])
        self.gate_d = np.array([complex(*g.b) for g in gates]) - self.gate_a
        fwd = []
        gate_s = []
        for a, d in zip(self.gate_a, self.gate_d, strict=True):
            k = line.nearest(complex(a + d / 2))
            normal = d * 1j / max(abs(d), 1e-9)
            t = complex(line.tangent[k])
            fwd.append(normal if (normal * t.conjugate()).real >= 0 else -normal)
            gate_s.append(float(line.s[k]))
        self.gate_fwd = np.array(fwd)
        self.gate_s = gate_s
        self.n_gates = len(gates)
        self.go_time = self.config.countdown_s
        limit = self.config.time_limit_s
        self.time_limit = limit if limit is not None else 60.0 + self.config.laps * line.length / 6.0
        self.deadline = math.inf
        self.over = False
        self._events: list[RaceEvent] = []
        self._step = 0
        """The step of the last update, for events raised between updates (a respawn)."""
        self._started = False
        self._ticks_shown = 0
        self._prev: np.ndarray | None = None
        self._prev_t = 0.0
        self.s_unwrapped = np.zeros(len(self.racers))
        self._s_wrapped = np.zeros(len(self.racers))
        self._placed = False
        self.finish_order: list[int] = []

    # -- clock ---------------------------------------------------------------

    def clock(self, time_s: float) -> float:
        """Race time: negative during the countdown, 0 at the green light."""
        return time_s - self.go_time

    def started(self, time_s: float) -> bool:
        return time_s >= self.go_time

    # -- the update ------------------------------------------------------------

    def update(
        self, step: int, fleet: FleetState, tracker: LineTracker, wrecked: B
    ) -> list[tuple[int, RespawnReason]]:
        """Apply the rules to the motion since the last update; returns respawns to carry out."""
        t = fleet.time_s
        cfg = self.config
        self._step = step
        self._countdown(step, t)
        me = self.vehicles
        pos = fleet.pos[me]
        s_now = tracker.s[me]
        if not self._placed:
            self._place(s_now)
        ds = self.line.wrap_ds(s_now - self._s_wrapped)
        self.s_unwrapped = self.s_unwrapped + ds
        self._s_wrapped = np.asarray(s_now, dtype=np.float64).copy()
        prev = self._prev if self._prev is not None else pos
        prev_t = self._prev_t
        self._prev = pos.copy()
        self._prev_t = t
        if not self._started or self.over:
            return []
        self._crossings(step, prev, pos, prev_t, t)
        respawn: list[tuple[int, RespawnReason]] = []
        line = self.line
        idx = tracker.idx[me]
        lat = tracker.lateral[me]
        v_along = (fleet.vel[me] * np.conj(line.tangent[idx])).real
        # Which way each car points along the lap (cos of the angle): a car backing out of a
        # wall points the right way, however it moves, and is not going the wrong way.
        facing_along = np.cos(fleet.heading[me] - np.angle(line.tangent[idx]))
        off = (lat < -line.left[idx] - cfg.off_track_m) | (lat > line.right[idx] + cfg.off_track_m)
        dt = t - prev_t
        for i, card in enumerate(self.cards):
            if card.finished or card.out:
                continue
            self._wrong_way(step, i, card, float(v_along[i]), float(facing_along[i]), dt)
            if wrecked[me[i]]:
                if cfg.wreck_respawns:
                    respawn.append((i, "wrecked"))
                else:
                    card.out = "wrecked"
                continue
            if off[i]:
                respawn.append((i, "out_of_bounds"))
                continue
            if self.s_unwrapped[i] > card.anchor_s + cfg.progress_m:
                card.anchor_s = float(self.s_unwrapped[i])
                card.anchor_t = t
            elif t - card.anchor_t > cfg.stuck_s:
                respawn.append((i, "stuck"))
        race_t = self.clock(t)
        if race_t > self.time_limit or (t > self.deadline and not self.humans_racing()):
            for card in self.cards:
                if not card.finished and not card.out:
                    card.out = "dnf"
        if all(c.finished or c.out for c in self.cards):
            self.over = True
            self._events.append(RaceOver(step))
        return respawn

    def _countdown(self, step: int, t: float) -> None:
        if self._started:
            return
        lights = int(self.config.countdown_s)
        left = math.ceil(self.go_time - t - 1e-9)
        while self._ticks_shown < lights and left <= lights - self._ticks_shown:
            self._events.append(CountdownTick(step, lights - self._ticks_shown))
            self._ticks_shown += 1
        if t >= self.go_time:
            self._started = True
            self._events.append(RaceStarted(step))
            for i, card in enumerate(self.cards):
                card.lap_start = 0.0
                card.anchor_t = t
                card.anchor_s = float(self.s_unwrapped[i])
                card.green_s = card.anchor_s

    def _place(self, s_now: F64) -> None:
        """First look at the grid: a car behind the finish line has negative progress."""
        half = self.line.length / 2
        self.s_unwrapped = np.where(s_now > half, s_now - self.line.length, s_now).astype(np.float64)
        self._s_wrapped = np.asarray(s_now, dtype=np.float64).copy()
        for i, card in enumerate(self.cards):
            card.lap_start_s = float(self.s_unwrapped[i])
            card.anchor_s = card.lap_start_s
            card.last_gate_s = card.lap_start_s
        self._placed = True

    def _crossings(self, step: int, prev: np.ndarray, pos: np.ndarray, t0: float, t1: float) -> None:
        nxt = np.array([c.next_gate for c in self.cards], dtype=np.intp)
        motion = pos - prev
        a = self.gate_a[nxt]
        d = self.gate_d[nxt]
        denom = cross(motion, d)
        rel = a - prev
        with np.errstate(divide="ignore", invalid="ignore"):
            u = cross(rel, d) / denom
            w = cross(rel, motion) / denom
        hit = (np.abs(denom) > 1e-12) & (u >= 0) & (u <= 1) & (w >= 0) & (w <= 1)
        hit &= (motion * np.conj(self.gate_fwd[nxt])).real > 0
        for i in np.flatnonzero(hit):
            self._passed(step, int(i), t0 + float(u[i]) * (t1 - t0))

    def _passed(self, step: int, i: int, when: float) -> None:
        card = self.cards[i]
        if card.finished or card.out:
            return
        gate = card.next_gate
        race_t = self.clock(when)
        is_finish = gate == self.n_gates - 1
        # Without checkpoints, only a finish crossing after most of a lap counts.
        if is_finish and self.n_gates == 1 and self.s_unwrapped[i] - card.lap_start_s < self.line.length / 2:
            return
        card.gates += 1
        card.next_gate = (gate + 1) % self.n_gates
        card.last_gate_s = float(self.s_unwrapped[i])
        self._events.append(CheckpointPassed(step, card.racer.vehicle, gate, card.laps + 1, race_t))
        if not is_finish:
            return
        lap_time = race_t - card.lap_start
        best = not card.lap_times or lap_time < min(card.lap_times)
        card.lap_times.append(lap_time)
        card.laps += 1
        card.lap_start = race_t
        card.lap_start_s = float(self.s_unwrapped[i])
        self._events.append(LapCompleted(step, card.racer.vehicle, card.laps, lap_time, best))
        if card.laps >= self.config.laps:
            card.finished = True
            card.finish_time = race_t + card.penalty
            self.finish_order.append(i)
            if self.deadline == math.inf:
                self.deadline = when + self.config.finish_window_s
            place = sum(1 for c in self.cards if c.finished)
            self._events.append(Finished(step, card.racer.vehicle, place, card.finish_time))

    def _wrong_way(self, step: int, i: int, card: _Card, v_along: float, facing: float, dt: float) -> None:
        """Wrong way: pointing against the lap (over 110 degrees off it) and driving that way.

        Judged by heading as well as motion: a car reversing out of a wall, or
        sliding backwards after a spin, moves against the lap while it still
        points the right way, and telling its driver "WRONG WAY" then is a lie.
        """
        against = facing < WRONG_FACING and v_along < -2.0
        if against:
            card.wrong_t += dt
        else:
            card.wrong_t = 0.0
        if not card.wrong and card.wrong_t >= self.config.wrong_way_s:
            card.wrong = True
            self._events.append(WrongWay(step, card.racer.vehicle, True))
        elif card.wrong and (facing > 0.0 or v_along > 2.0):
            self._clear_wrong_way(step, card)

    def _clear_wrong_way(self, step: int, card: _Card) -> None:
        card.wrong_t = 0.0
        if card.wrong:
            card.wrong = False
            self._events.append(WrongWay(step, card.racer.vehicle, False))

    # -- racing on after the winner ---------------------------------------------

    def humans_racing(self) -> bool:
        """A person is still on track (not finished, not out)."""
        return any(c.racer.human and not c.finished and not c.out for c in self.cards)

    def can_project(self, time_s: float) -> bool:
        """Skipping to the end is offered once every computer driver is done, a person still racing."""
        if self.over or not self.started(time_s) or not self.humans_racing():
            return False
        return all(c.finished or c.out for c in self.cards if not c.racer.human)

    def project_finish(self, step: int, time_s: float) -> None:
        """Finish everyone still racing now, each at the time its own average pace would bring it home.

        The pace is the distance covered since the green light over the race
        time so far, the distance left what remains to the line after the
        last lap (respawn penalties count as ever). The results mark these
        times as estimates; positions follow from them, so a slow player
        gets the place the pace earns instead of a DNF.
        """
        race_t = self.clock(time_s)
        if race_t <= 0.0 or self.over:
            return
        length = self.line.length
        finish_s = self.gate_s[-1] if self.gate_s[-1] < length / 2 else self.gate_s[-1] - length
        racing = [i for i, c in enumerate(self.cards) if not c.finished and not c.out]
        projected = []
        for i in racing:
            card = self.cards[i]
            covered = float(self.s_unwrapped[i]) - card.green_s
            pace = max(covered / race_t, MIN_PROJECTED_PACE)
            left = max(self.config.laps * length + finish_s - float(self.s_unwrapped[i]), 0.0)
            projected.append((race_t + left / pace, i))
        for finish, i in sorted(projected):
            card = self.cards[i]
            card.finished = True
            card.projected = True
            card.finish_time = finish + card.penalty
            self.finish_order.append(i)
            place = sum(1 for c in self.cards if c.finished)
            self._events.append(Finished(step, card.racer.vehicle, place, card.finish_time))
        self.over = True
        self._events.append(RaceOver(step))

    # -- respawns, collisions --------------------------------------------------

    def respawn_s(self, i: int) -> float:
        """Where along the line (unwrapped) racer ``i`` goes back to: its last gate."""
        return self.cards[i].last_gate_s

    def respawned(self, i: int, reason: RespawnReason, s_unwrapped: float, time_s: float) -> float:
        """Record a carried-out respawn; returns the time penalty given."""
        card = self.cards[i]
        card.respawns += 1
        if reason == "stuck":
            card.stuck_respawns += 1
        card.penalty += self.config.respawn_penalty_s
        self.s_unwrapped[i] = s_unwrapped
        self._s_wrapped[i] = s_unwrapped % self.line.length
        card.anchor_s = s_unwrapped
        card.anchor_t = time_s
        # put back facing along the lap: whatever the HUD said before is over
        self._clear_wrong_way(self._step, card)
        return self.config.respawn_penalty_s

    def moved(self, i: int, p: complex) -> None:
        """A racer was teleported to ``p``: its next motion starts there (no gate crossed)."""
        if self._prev is not None:
            self._prev[i] = p

    def wall_hit(self, vehicle: int, time_s: float) -> None:
        """Count a wall impact; contacts within half a second of the last are the same hit."""
        for card in self.cards:
            if card.racer.vehicle == vehicle:
                if time_s - card.last_wall_t > 0.5:
                    card.wall_hits += 1
                card.last_wall_t = time_s
                return

    def drain_events(self) -> list[RaceEvent]:
        events, self._events = self._events, []
        return events

    # -- standings -------------------------------------------------------------

    def order(self) -> list[int]:
        """Racer indices in race order: finishers by time, then by gates passed and distance."""
        finished = sorted(
            (i for i, c in enumerate(self.cards) if c.finished), key=lambda i: (self.cards[i].finish_time, i)
        )
        running = sorted(
            (i for i, c in enumerate(self.cards) if not c.finished),
            key=lambda i: (
                bool(self.cards[i].out == "wrecked"),
                -self.cards[i].gates,
                -float(self.s_unwrapped[i]),
                i,
            ),
        )
        return finished + running

    def rank(self) -> F64:
        """Each racer's place as a fraction: 0 leading, 1 last."""
        order = self.order()
        out = np.zeros(len(self.cards))
        span = max(1, len(order) - 1)
        for place, i in enumerate(order):
            out[i] = place / span
        return out

    def results(self) -> list[RaceResult]:
        order = self.order()
        winner = self.cards[order[0]].finish_time if order and self.cards[order[0]].finished else None
        rows = []
        for place, i in enumerate(order, start=1):
            c = self.cards[i]
            time = c.finish_time if c.finished else None
            rows.append(
                RaceResult(
                    position=place,
                    vehicle=c.racer.vehicle,
                    name=c.racer.name,
                    car=c.racer.car,
                    finished=c.finished,
                    time_s=time,
                    gap_s=None if time is None or winner is None else time - winner,
                    laps=c.laps,
                    best_lap_s=min(c.lap_times) if c.lap_times else None,
                    lap_times=tuple(c.lap_times),
                    respawns=c.respawns,
                    stuck_respawns=c.stuck_respawns,
                    penalty_s=c.penalty,
                    wall_hits=c.wall_hits,
                    status=_status(c),
                )
            )
        return rows

    def digest(self) -> bytes:
        """The rules' state as bytes, for the session's state hash."""
        parts = [
            f"{c.next_gate},{c.gates},{c.laps},{c.finished},{c.out},{c.penalty:.6f},"
            f"{c.respawns},{c.wall_hits},{[round(x, 6) for x in c.lap_times]}"
            for c in self.cards
        ]
        return ("|".join(parts)).encode() + np.round(self.s_unwrapped, 6).tobytes()


def _status(card: _Card) -> str:
    """A result's status: finished, projected (estimated from the pace), or why not (dnf, wrecked)."""
    if card.finished:
        return "projected" if card.projected else "finished"
    return card.out or "running"
