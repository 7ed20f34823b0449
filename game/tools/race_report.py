"""Race report: the figures a racer would look at, over many headless quick races (issue 14, item 4).

``python -m game.tools.race_report [--tracks all|ID,ID] [--seeds N] [--laps 3]
[--difficulty normal|easy|hard|all] [--rivals 7] [--car subaru] [--rival-cars class|any]
[--catch-up off|subtle] [--grid back|pole] [--jobs N] [--json] [--check] [--progress] [--from FILE]``
(also ``python -m game race-report ...``) runs one all-AI quick race per circuit,
difficulty and seed (seeds 0..N-1), the player's car driven by the AI as in the
headless ``race`` command and starting where the game's quick race starts the
player, at the back of the grid (``--grid pole`` puts it in front), and prints
per circuit and difficulty:

- finishers and DNFs; the median winner margin (P1 to P2 at the flag) and the
  median spread (P1 to the last finisher), in seconds, penalties included;
- passes: lap 1 against laps 2+, per race and per lap, and ``later/L1``, the
  passes of laps 2+ over those of lap 1 (totals, as the issue's target reads);
- lead changes per race (all, and those on laps 2+), wall hits and respawns per race;
- the median of each race's best lap against the author (gold-medal) lap;
- the car that won most often and its share of the wins;

then a ``targets`` block checking the issue's targets on the normal-difficulty
races (pooled over every circuit run; each circuit's own figure is shown beside).
``--json`` adds one JSON object as the last line holding every race's record,
the table's rows and the targets. ``--from FILE`` re-prints the report of such a
JSON file without racing. The exit status is 0 unless ``--check`` is given and
a target fails (or no normal-difficulty race was run).

**Passes** are read from the running order (the rules' ``Race.order()``: gates
passed, then distance along the racing line), sampled every time the rules run
(30 Hz) from the green light on, so the grid is never counted (and two cars
side by side in a grid row, level at the green light, are in no order until one
of them holds ahead: that is no pass, nor a lead change). For every pair of
cars still racing, a swap of their order counts as one pass once it has held
for ``HOLD_S`` (two cars side by side trading the order back and forth in a
corner are not a dozen passes); a swap still standing when the passer takes the
flag counts at once. A pair is settled when either car finishes or is out, so a
finisher's penalty reordering the results is not a pass, nor is a DNF. A pass is
booked to the lap the passing car was driving when the swap began. Places
won from a car stuck against a wall or put back by a respawn are passes too:
the running order is what a racer sees on the HUD. A **lead
change** is the first place changing hands by the same rule, counted until the
first car finishes. **Wall hits** are the world's ``Collision`` events with a
wall, contacts of one car within ``WALL_MERGE_S`` of each other being one hit
(the rules' own counting). Results do not depend on ``--jobs``: every race is
its own session, built from its seed.

This module uses only APIs the game had at commit 4385836 (``sessions.build``,
``RaceSetup``, ``RaceSession``, ``Race.order``/``cards``, ``ghosts.author_ghost``),
so it can be copied into an older checkout to measure the "before" figures;
the set-up choices a later game added (``--rival-cars``, ``--catch-up``) are
passed only when asked for, and refused with one sentence where the game
has no such choice.
Its top level imports only the standard library: the command line's start-up
stays quick.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from game.content.library import Library

REPORT_VERSION = 1
HOLD_S = 1.0
"""How long a swap in the running order must hold to count as a pass (or a lead change)."""
LEVEL_M = 1.0
"""Cars closer than this along the racing line at the green light are side by side: not yet in order."""
WALL_MERGE_S = 0.5
"""Wall contacts of one car closer together than this are one hit (as the race rules count them)."""
DIFFICULTIES = ("easy", "normal", "hard")
DEFAULT_CAR = "subaru"

# The issue's targets, checked on the normal-difficulty races.
TARGET_DIFFICULTY = "normal"
TARGET_LAPS = 3
TARGET_SEEDS = 10
MAX_MARGIN_S = 2.5
MIN_LATER_RATIO = 0.40
MIN_LEAD_CHANGES = 2.0
MAX_WIN_SHARE = 0.40
MAX_RESPAWNS = 1.0


def _r(x: float | None, digits: int = 3) -> float | None:
    return None if x is None else round(float(x), digits)


# --------------------------------------------------------------------------- counting


@dataclass(frozen=True, slots=True)
class Standings:
    """The running order at one moment of a race: what the counters read.

    ``order`` lists racer indices, leader first; ``lap`` is the lap each racer
    is driving (1 = the first); ``state`` is "running", "finished" or "out".
    ``t`` is race time in seconds (0 at the green light).
    """

    t: float
    order: tuple[int, ...]
    lap: tuple[int, ...]
    state: tuple[str, ...]
    ties: tuple[tuple[int, int], ...] = ()
    """Pairs level with each other (the first sample's grid rows): their order is not yet decided."""


@dataclass(frozen=True, slots=True)
class Pass:
    """``passer`` moved ahead of ``passed`` (racer indices) at race time ``t``, driving lap ``lap``."""

    t: float
    lap: int
    passer: int
    passed: int


@dataclass(frozen=True, slots=True)
class LeadChange:
    """``leader`` took first place from ``previous`` at race time ``t``, driving lap ``lap``."""

    t: float
    lap: int
    leader: int
    previous: int


def count_passes(samples: Iterable[Standings], hold_s: float = HOLD_S) -> list[Pass]:
    """Every overtake in a sequence of standings, once each (see the module's docstring).

    The first sample's ``ties`` (cars side by side on the grid) have no order
    yet: the first order between them that holds is adopted without a pass.
    """
    it = iter(samples)
    first = next(it, None)
    if first is None:
        return []
    n = len(first.order)
    pos = _positions(first.order)
    ties = {tuple(sorted(p)) for p in first.ties}
    ahead: dict[tuple[int, int], bool | None] = {
        (a, b): None if (a, b) in ties else pos[a] < pos[b] for a in range(n) for b in range(a + 1, n)
    }
    """The confirmed relation of each pair: True when the lower index is ahead, None if undecided."""
    settled: set[tuple[int, int]] = set()
    pending: dict[tuple[int, int], tuple[bool, float, int]] = {}
    """Pairs whose order differs from the confirmed one: the new relation, since when, the passer's lap."""
    passes: list[Pass] = []

    def confirm(pair: tuple[int, int], cur: bool, since: float, lap: int) -> None:
        a, b = pair
        if ahead[pair] is not None:
            passes.append(Pass(since, lap, *((a, b) if cur else (b, a))))
        ahead[pair] = cur

    prev = first
    for s in it:
        if s.order == prev.order and s.state == prev.state:  # nothing moved: only the clocks run
            for pair in [p for p, (_, since, _) in pending.items() if s.t - since >= hold_s]:
                confirm(pair, *pending.pop(pair))
            prev = s
            continue
        pos = _positions(s.order)
        for pair, was in ahead.items():
            if pair in settled:
                continue
            a, b = pair
            cur = pos[a] < pos[b]
            began = pending.get(pair)
            if began is None or began[0] != cur:
                began = None if cur == was else (cur, s.t, s.lap[a if cur else b])
            if s.state[a] != "running" or s.state[b] != "running":
                settled.add(pair)  # the pair's order is final: a finisher stays ahead, an out car is no pass
                pending.pop(pair, None)
                if began is not None and "out" not in (s.state[a], s.state[b]):
                    confirm(pair, *began)  # the swap held to the flag
                continue
            if began is None:
                pending.pop(pair, None)
            elif s.t - began[1] >= hold_s:
                pending.pop(pair, None)
                confirm(pair, *began)
            else:
                pending[pair] = began
        prev = s
    passes.sort(key=lambda p: (p.t, p.passer, p.passed))
    return passes


def count_lead_changes(samples: Iterable[Standings], hold_s: float = HOLD_S) -> list[LeadChange]:
    """Every change of the race leader, held for ``hold_s`` (or to the flag), until a car finishes.

    When the first sample's leader is tied with other cars (a front row side by
    side), the first of them to hold the lead is the leader, without a change.
    """
    it = iter(samples)
    first = next(it, None)
    if first is None:
        return []
    leader = first.order[0]
    front = {leader} | {b for a, b in first.ties if a == leader} | {a for a, b in first.ties if b == leader}
    undecided = len(front) > 1
    pending: tuple[int, float, int] | None = None
    changes: list[LeadChange] = []
    for s in it:
        if s.state[leader] == "finished":
            break
        top = s.order[0]
        if top == leader and not undecided:
            pending = None
            continue
        if pending is None or pending[0] != top:
            pending = (top, s.t, s.lap[top])
        if s.t - pending[1] >= hold_s or s.state[top] == "finished":
            if not (undecided and top in front):
                changes.append(LeadChange(pending[1], pending[2], top, leader))
            leader, pending, undecided = top, None, False
    return changes


def level_pairs(
    progress: Sequence[tuple[int, float]], within_m: float = LEVEL_M
) -> tuple[tuple[int, int], ...]:
    """Pairs of racers with the same gates passed and within ``within_m`` along the line (a grid row)."""
    n = len(progress)
    return tuple(
        (a, b)
        for a in range(n)
        for b in range(a + 1, n)
        if progress[a][0] == progress[b][0] and abs(progress[a][1] - progress[b][1]) < within_m
    )


def _positions(order: Sequence[int]) -> dict[int, int]:
    return {racer: place for place, racer in enumerate(order)}


def merge_hits(times: Iterable[float], merge_s: float = WALL_MERGE_S) -> int:
    """Contacts (times in seconds, in order) as hits: one closer than ``merge_s`` to the last is the same."""
    hits = 0
    last = -float("inf")
    for t in times:
        if t - last > merge_s:
            hits += 1
        last = t
    return hits


# --------------------------------------------------------------------------- one race


@dataclass(frozen=True, slots=True)
class CarLine:
    """One car's race, as the session's results give it (times rounded to the millisecond)."""

    vehicle: int
    name: str
    car: str
    position: int
    status: str
    time_s: float | None
    gap_s: float | None
    laps: int
    lap_times: tuple[float, ...]
    best_lap_s: float | None
    respawns: int
    penalty_s: float
    wall_hits: int
    """Wall hits counted from the world's collision events."""


@dataclass(frozen=True, slots=True)
class RaceRecord:
    """Everything measured in one race; ``to_json``/``from_json`` round-trip exactly."""

    track: str
    difficulty: str
    seed: int
    laps: int
    car: str
    rivals: int
    state_hash: str
    cars: tuple[CarLine, ...]
    """In finishing order (the results table)."""
    start_order: tuple[int, ...]
    """The running order at the green light (racer i drives vehicle i)."""
    start_ties: tuple[tuple[int, int], ...]
    """Pairs level at the green light (side by side in a grid row): in no order until one holds ahead."""
    passes: tuple[Pass, ...]
    lead_changes: tuple[LeadChange, ...]
    respawn_reasons: dict[str, int]
    author_s: float | None
    author_car: str | None
    race_s: float
    """Race time when the session ended (from the green light)."""
    setup: dict[str, Any] = field(default_factory=dict)
    """The set-up as built (``RaceSetup.to_json``): what a replay of this race would record."""

    # -- derived figures ------------------------------------------------------

    @property
    def finishers(self) -> tuple[CarLine, ...]:
        return tuple(c for c in self.cars if c.status == "finished")

    @property
    def dnf(self) -> int:
        return len(self.cars) - len(self.finishers)

    @property
    def winner(self) -> CarLine | None:
        f = self.finishers
        return f[0] if f else None

    @property
    def margin_s(self) -> float | None:
        """P1 to P2 at the flag (None with fewer than two finishers)."""
        f = self.finishers
        return f[1].gap_s if len(f) > 1 else None

    @property
    def spread_s(self) -> float | None:
        """P1 to the last finisher (None with fewer than two finishers)."""
        f = self.finishers
        return f[-1].gap_s if len(f) > 1 else None

    @property
    def passes_by_lap(self) -> tuple[int, ...]:
        counts = [0] * self.laps
        for p in self.passes:
            counts[min(max(p.lap, 1), self.laps) - 1] += 1
        return tuple(counts)

    @property
    def wall_hits(self) -> int:
        return sum(c.wall_hits for c in self.cars)

    @property
    def respawns(self) -> int:
        return sum(self.respawn_reasons.values())

    @property
    def best_lap(self) -> CarLine | None:
        """The car with the race's fastest lap."""
        timed = [c for c in self.cars if c.best_lap_s is not None]
        return min(timed, key=lambda c: (c.best_lap_s, c.vehicle)) if timed else None

    @property
    def best_lap_s(self) -> float | None:
        best = self.best_lap
        return None if best is None else best.best_lap_s

    @property
    def best_vs_author_pct(self) -> float | None:
        """How much slower (+) or faster (-) the race's best lap was than the author's, in percent."""
        best = self.best_lap_s
        if best is None or not self.author_s:
            return None
        return round(100.0 * (best / self.author_s - 1.0), 2)

    @property
    def author_car_best_s(self) -> float | None:
        """The best lap driven in the author's car (like for like with the gold time), if one raced."""
        laps = [c.best_lap_s for c in self.cars if c.car == self.author_car and c.best_lap_s is not None]
        return min(laps) if laps else None

    @property
    def author_car_vs_author_pct(self) -> float | None:
        best = self.author_car_best_s
        if best is None or not self.author_s:
            return None
        return round(100.0 * (best / self.author_s - 1.0), 2)

    def summary(self) -> dict[str, Any]:
        """The per-race figures the table is made of (also in the JSON, for other tools)."""
        best = self.best_lap
        winner = self.winner
        return {
            "finishers": len(self.finishers),
            "dnf": self.dnf,
            "dnf_cars": [f"{c.name} ({c.car}): {c.status}" for c in self.cars if c.status != "finished"],
            "winner": None if winner is None else {"name": winner.name, "car": winner.car},
            "margin_s": self.margin_s,
            "spread_s": self.spread_s,
            "passes_by_lap": list(self.passes_by_lap),
            "lead_change_count": len(self.lead_changes),
            "wall_hits": self.wall_hits,
            "respawns": self.respawns,
            "best_lap_s": self.best_lap_s,
            "best_lap_car": None if best is None else best.car,
            "best_vs_author_pct": self.best_vs_author_pct,
            "author_car_best_s": self.author_car_best_s,
            "author_car_vs_author_pct": self.author_car_vs_author_pct,
        }

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["summary"] = self.summary()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RaceRecord:
        return cls(
            track=data["track"],
            difficulty=data["difficulty"],
            seed=int(data["seed"]),
            laps=int(data["laps"]),
            car=data["car"],
            rivals=int(data["rivals"]),
            state_hash=data["state_hash"],
            cars=tuple(CarLine(**{**c, "lap_times": tuple(c["lap_times"])}) for c in data["cars"]),
            start_order=tuple(data["start_order"]),
            start_ties=tuple((int(a), int(b)) for a, b in data["start_ties"]),
            passes=tuple(Pass(**p) for p in data["passes"]),
            lead_changes=tuple(LeadChange(**c) for c in data["lead_changes"]),
            respawn_reasons=dict(data["respawn_reasons"]),
            author_s=data["author_s"],
            author_car=data["author_car"],
            race_s=data["race_s"],
            setup=dict(data.get("setup", {})),
        )


_AUTHOR: dict[str, tuple[float | None, str | None]] = {}


def author_time(track_id: str) -> tuple[float | None, str | None]:
    """The gold-medal lap of a track and the car it was driven in, if the track has an author ghost."""
    if track_id not in _AUTHOR:
        from game.content.errors import ContentError
        from game.content.ghosts import author_ghost

        try:
            ghost = author_ghost(track_id)
        except ContentError:
            ghost = None
        _AUTHOR[track_id] = (None, None) if ghost is None else (_r(ghost.lap_time_s), ghost.car)
    return _AUTHOR[track_id]


_LIBRARY: list[Library] = []


def _library() -> Library:
    """One library per process, so each map is read once however many races it holds."""
    if not _LIBRARY:
        from game.content.library import Library

        _LIBRARY.append(Library())
    return _LIBRARY[0]


def run_race(
    track: str,
    difficulty: str,
    seed: int,
    laps: int = TARGET_LAPS,
    rivals: int = 7,
    car: str = DEFAULT_CAR,
    library: Library | None = None,
    hold_s: float = HOLD_S,
    options: Mapping[str, str] | None = None,
) -> RaceRecord:
    """Race one all-AI quick race from the grid to the flag and measure it.

    ``options`` are further ``RaceSetup`` fields (``rival_cars``, ``catch_up``
    where the game has them); without them the set-up's defaults race.
    """
    from game.content.sessions import build
    from game.content.setup import RaceSetup
    from game.sim.events import WALL, Collision
    from game.sim.race.events import Respawned
    from game.sim.rates import THINK_EVERY
    from game.sim.session import RaceSession
    from game.sim.world import DT

    extra: dict[str, Any] = dict(options or {})  # fields this game's RaceSetup may not have had
    setup = RaceSetup(
        kind="quick-race",
        track=track,
        car=car,
        rivals=rivals,
        laps=laps,
        difficulty=difficulty,
        seed=seed,
        player_ai=True,
        **extra,
    )
    built = build(setup, library if library is not None else _library())
    session = built.play
    assert isinstance(session, RaceSession)
    race = session.race
    n = len(race.cards)
    wall_times: list[list[float]] = [[] for _ in range(n)]
    reasons: Counter[str] = Counter()
    samples: list[Standings] = []

    def take_events() -> None:
        for ev in session.drain_events():
            if isinstance(ev, Collision) and ev.other == WALL and 0 <= ev.vehicle < n:
                wall_times[ev.vehicle].append(ev.step * DT)
            elif isinstance(ev, Respawned):
                reasons[ev.reason] += 1

    world = session.world
    while not session.over and world.step_count < session.last_step:
        ticked = world.step_count % THINK_EVERY == 0  # the rules run in this step
        session.step()
        if not ticked:
            continue
        take_events()
        now = session.fleet.time_s
        if race.started(now):
            cards = race.cards
            progress = [(c.gates, float(x)) for c, x in zip(cards, race.s_unwrapped, strict=True)]
            samples.append(
                Standings(
                    t=race.clock(now),
                    order=tuple(race.order()),
                    lap=tuple(min(session.config.laps, c.laps + 1) for c in cards),
                    state=tuple("finished" if c.finished else "out" if c.out else "running" for c in cards),
                    ties=() if samples else level_pairs(progress),
                )
            )
    take_events()
    results = session.results()
    author_s, author_car = author_time(built.track.id)
    vehicles = [r.vehicle for r in results]
    lines = tuple(
        CarLine(
            vehicle=r.vehicle,
            name=r.name,
            car=r.car,
            position=r.position,
            status=r.status,
            time_s=_r(r.time_s),
            gap_s=_r(r.gap_s),
            laps=r.laps,
            lap_times=tuple(round(t, 3) for t in r.lap_times),
            best_lap_s=_r(r.best_lap_s),
            respawns=r.respawns,
            penalty_s=round(r.penalty_s, 3),
            wall_hits=merge_hits(wall_times[r.vehicle]) if 0 <= r.vehicle < n else 0,
        )
        for r in results
    )
    assert sorted(vehicles) == list(range(n)), "racer i drives vehicle i"
    return RaceRecord(
        track=built.track.id,
        difficulty=difficulty,
        seed=seed,
        laps=session.config.laps,
        car=car,
        rivals=n - 1,
        state_hash=session.state_hash(),
        cars=lines,
        start_order=samples[0].order if samples else (),
        start_ties=samples[0].ties if samples else (),
        passes=tuple(Pass(round(p.t, 3), p.lap, p.passer, p.passed) for p in count_passes(samples, hold_s)),
        lead_changes=tuple(
            LeadChange(round(c.t, 3), c.lap, c.leader, c.previous)
            for c in count_lead_changes(samples, hold_s)
        ),
        respawn_reasons=dict(sorted(reasons.items())),
        author_s=author_s,
        author_car=author_car,
        race_s=round(race.clock(world.time_s), 3),
        setup=built.setup.to_json(),
    )


@dataclass(frozen=True, slots=True)
class Task:
    track: str
    difficulty: str
    seed: int
    laps: int
    rivals: int
    car: str
    options: tuple[tuple[str, str], ...] = ()


def _run_task(task: Task) -> dict[str, Any]:
    """One race in a worker process, returned as JSON (what crosses the process boundary)."""
    record = run_race(
        task.track, task.difficulty, task.seed, task.laps, task.rivals, task.car, options=dict(task.options)
    )
    return record.to_json()


def run_all(tasks: Sequence[Task], jobs: int = 1, progress: bool = False) -> list[RaceRecord]:
    """Every task's record, in the tasks' order whatever ``jobs`` is."""
    out: list[RaceRecord] = []

    def note(k: int, rec: RaceRecord) -> None:
        if progress:
            w = rec.winner
            print(
                f"[{k}/{len(tasks)}] {rec.track} {rec.difficulty} seed {rec.seed}: "
                f"winner {w.car if w else '-'}, {len(rec.passes)} passes, {rec.dnf} DNF",
                file=sys.stderr,
                flush=True,
            )

    if jobs <= 1 or len(tasks) <= 1:
        for k, task in enumerate(tasks, 1):
            rec = RaceRecord.from_json(_run_task(task))  # the same path as a worker's
            out.append(rec)
            note(k, rec)
        return out
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(min(jobs, len(tasks))) as pool:
        for k, data in enumerate(pool.imap(_run_task, tasks), 1):
            rec = RaceRecord.from_json(data)
            out.append(rec)
            note(k, rec)
    return out


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table: the races of one circuit (or "all") at one difficulty."""

    track: str
    difficulty: str
    races: int
    starters: int
    finishers: int
    dnf: int
    dnf_races: int
    median_margin_s: float | None
    median_spread_s: float | None
    lap1_passes: float
    """Passes on lap 1, per race."""
    later_passes_per_lap: float | None
    """Passes per lap on laps 2+, per race (None for one-lap races)."""
    later_ratio: float | None
    """Passes of laps 2+ over passes of lap 1, totals over the races (None if lap 1 had none)."""
    lead_changes: float
    later_lead_changes: float
    """Lead changes on laps 2+ (the new leader's lap), per race: the ones the grid order does not explain."""
    wall_hits: float
    respawns: float
    median_best_lap_s: float | None
    author_s: float | None
    best_vs_author_pct: float | None
    """The median race best lap against the author's, in percent (+ slower)."""
    author_car_vs_author_pct: float | None
    """The median best lap in the author's car against the author's, in percent (+ slower)."""
    top_car: str | None
    top_car_wins: int
    wins: int
    """Races with a winner."""
    winners: dict[str, int] = field(default_factory=dict)

    @property
    def top_share(self) -> float | None:
        return self.top_car_wins / self.wins if self.wins else None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["top_share"] = _r(self.top_share, 4)
        return data


def _median(values: Iterable[float | None]) -> float | None:
    got = [v for v in values if v is not None]
    return _r(statistics.median(got)) if got else None


def _pct(lap: float | None, author: float | None) -> float | None:
    return None if lap is None or not author else round(100.0 * (lap / author - 1.0), 2)


def _mean(values: Sequence[float]) -> float:
    return round(sum(values) / len(values), 3) if values else 0.0


def summarise(track: str, difficulty: str, records: Sequence[RaceRecord]) -> Row:
    """The figures of a group of races (one circuit and difficulty, or a pool of them)."""
    lap1 = [r.passes_by_lap[0] if r.laps else 0 for r in records]
    later = [sum(r.passes_by_lap[1:]) for r in records]
    per_lap = [sum(r.passes_by_lap[1:]) / (r.laps - 1) for r in records if r.laps > 1]
    winners = Counter(w.car for r in records if (w := r.winner) is not None)
    top = sorted(winners.items(), key=lambda kv: (-kv[1], kv[0]))[:1]
    authors = {r.author_s for r in records}
    author = authors.pop() if len(authors) == 1 else None
    best = _median(r.best_lap_s for r in records)
    return Row(
        track=track,
        difficulty=difficulty,
        races=len(records),
        starters=sum(len(r.cars) for r in records),
        finishers=sum(len(r.finishers) for r in records),
        dnf=sum(r.dnf for r in records),
        dnf_races=sum(1 for r in records if r.dnf),
        median_margin_s=_median(r.margin_s for r in records),
        median_spread_s=_median(r.spread_s for r in records),
        lap1_passes=_mean(lap1),
        later_passes_per_lap=_mean(per_lap) if per_lap else None,
        later_ratio=_r(sum(later) / sum(lap1), 3) if sum(lap1) else None,
        lead_changes=_mean([len(r.lead_changes) for r in records]),
        later_lead_changes=_mean([sum(1 for c in r.lead_changes if c.lap > 1) for r in records]),
        wall_hits=_mean([r.wall_hits for r in records]),
        respawns=_mean([r.respawns for r in records]),
        median_best_lap_s=best,
        author_s=author,
        best_vs_author_pct=_pct(best, author),
        author_car_vs_author_pct=_pct(_median(r.author_car_best_s for r in records), author),
        top_car=top[0][0] if top else None,
        top_car_wins=top[0][1] if top else 0,
        wins=sum(winners.values()),
        winners=dict(sorted(winners.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def aggregate(records: Sequence[RaceRecord]) -> list[Row]:
    """One row per circuit and difficulty (in the order first raced), then one per difficulty over all."""
    groups: dict[tuple[str, str], list[RaceRecord]] = {}
    for r in records:
        groups.setdefault((r.difficulty, r.track), []).append(r)
    diffs = [d for d in DIFFICULTIES if any(k[0] == d for k in groups)]
    diffs += sorted({k[0] for k in groups} - set(diffs))
    rows: list[Row] = []
    for d in diffs:
        keys = [k for k in groups if k[0] == d]
        rows.extend(summarise(k[1], d, groups[k]) for k in keys)
        if len(keys) > 1:
            rows.append(summarise("all", d, [r for k in keys for r in groups[k]]))
    return rows


def _f(x: float | None, fmt: str, none: str = "-") -> str:
    return none if x is None else format(x, fmt)


HEADER = (
    f"{'track':<14} {'diff':<6} {'races':>5} {'fin/cars':>9} {'DNF':>3} {'margin':>7} {'spread':>7} "
    f"{'pass L1':>7} {'L2+/lap':>7} {'later/L1':>8} {'leads':>5} {'L2+':>4} {'walls':>5} {'resp':>5} "
    f"{'best lap':>8} {'gold':>7} {'vs gold':>7} {'same car':>8}  top winner"
)


LEGEND = (
    "margin: P1 to P2 at the flag; spread: P1 to the last finisher (medians, s, penalties included)",
    "pass L1: passes on lap 1 per race; L2+/lap: passes per lap on the later laps, per race;",
    "  later/L1: passes on laps 2+ over passes on lap 1 (totals over the races)",
    "leads: lead changes per race; L2+: those on laps 2+; walls, resp: wall hits and respawns per race",
    "best lap: median of each race's fastest lap; gold: the author ghost's lap; vs gold: best lap",
    "  against gold (+ slower); same car: the median best lap in the author's car against gold",
    "top winner: the car that won most often, its share of the races won",
)


def format_row(row: Row) -> str:
    share = row.top_share
    top = f"{row.top_car} {100 * share:.0f}% ({row.top_car_wins}/{row.wins})" if share is not None else "-"
    return (
        f"{row.track:<14.14} {row.difficulty:<6} {row.races:>5} {f'{row.finishers}/{row.starters}':>9} "
        f"{row.dnf:>3} {_f(row.median_margin_s, '7.2f'):>7} {_f(row.median_spread_s, '7.2f'):>7} "
        f"{row.lap1_passes:>7.1f} {_f(row.later_passes_per_lap, '7.1f'):>7} "
        f"{_f(None if row.later_ratio is None else 100 * row.later_ratio, '7.0f') + '%':>8} "
        f"{row.lead_changes:>5.1f} {row.later_lead_changes:>4.1f} {row.wall_hits:>5.1f} {row.respawns:>5.2f} "
        f"{_f(row.median_best_lap_s, '8.2f'):>8} {_f(row.author_s, '7.2f'):>7} "
        f"{_pc(row.best_vs_author_pct):>7} {_pc(row.author_car_vs_author_pct):>8}  "
        f"{top}"
    )


def _pc(x: float | None) -> str:
    return "-" if x is None else f"{x:+.1f}%"


def format_table(rows: Sequence[Row]) -> str:
    lines = [HEADER]
    last = None
    for row in rows:
        if last is not None and row.difficulty != last:
            lines.append("")
        lines.append(format_row(row))
        last = row.difficulty
    lines.append("")
    lines.extend(LEGEND)
    return "\n".join(lines)


def format_dnfs(records: Sequence[RaceRecord]) -> str:
    lines = [
        f"  DNF {r.track} {r.difficulty} seed {r.seed}: " + "; ".join(r.summary()["dnf_cars"])
        for r in records
        if r.dnf
    ]
    return "\n".join(["races with a DNF:", *lines]) if lines else ""


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    ok: bool
    value: float | None
    limit: float
    detail: str

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


def check_targets(records: Sequence[RaceRecord]) -> list[Target]:
    """The issue's targets on the normal-difficulty races, pooled over the circuits run."""
    pool = [r for r in records if r.difficulty == TARGET_DIFFICULTY]
    if not pool:
        return []
    rows = [summarise(t, TARGET_DIFFICULTY, [r for r in pool if r.track == t]) for t in _tracks_of(pool)]
    allrow = summarise("all", TARGET_DIFFICULTY, pool)

    def each(get: Any, fmt: str) -> str:
        return ", ".join(f"{row.track} {_f(get(row), fmt)}" for row in rows)

    dnf_list = "; ".join(f"{r.track} seed {r.seed}: {r.dnf}" for r in pool if r.dnf)
    share = allrow.top_share
    targets = [
        Target(
            "0 DNF",
            allrow.dnf == 0,
            allrow.dnf,
            0,
            f"{allrow.dnf} of {allrow.starters} starters did not finish"
            + (f" ({dnf_list})" if dnf_list else ""),
        ),
        Target(
            f"median winner margin <= {MAX_MARGIN_S} s",
            allrow.median_margin_s is not None and allrow.median_margin_s <= MAX_MARGIN_S,
            allrow.median_margin_s,
            MAX_MARGIN_S,
            f"{_f(allrow.median_margin_s, '.2f')} s (by circuit: {each(lambda w: w.median_margin_s, '.2f')})",
        ),
        Target(
            f"passes on laps 2+ >= {MIN_LATER_RATIO:.0%} of lap 1's",
            allrow.later_ratio is not None and allrow.later_ratio >= MIN_LATER_RATIO,
            allrow.later_ratio,
            MIN_LATER_RATIO,
            f"{_f(None if allrow.later_ratio is None else 100 * allrow.later_ratio, '.0f')}% "
            f"({sum(sum(r.passes_by_lap[1:]) for r in pool)} later vs "
            f"{sum(r.passes_by_lap[0] for r in pool)} on lap 1; by circuit: "
            f"{each(lambda w: None if w.later_ratio is None else 100 * w.later_ratio, '.0f')} %)",
        ),
        Target(
            f">= {MIN_LEAD_CHANGES:g} lead changes per race",
            allrow.lead_changes >= MIN_LEAD_CHANGES,
            allrow.lead_changes,
            MIN_LEAD_CHANGES,
            f"{allrow.lead_changes:.2f}, of which on laps 2+ {allrow.later_lead_changes:.2f} "
            f"(by circuit: {each(lambda w: w.lead_changes, '.1f')}; "
            f"races with at most one: {sum(1 for r in pool if len(r.lead_changes) <= 1)} of {len(pool)})",
        ),
        Target(
            f"no car wins more than {MAX_WIN_SHARE:.0%} of races",
            share is not None and share <= MAX_WIN_SHARE,
            _r(share, 4),
            MAX_WIN_SHARE,
            f"{allrow.top_car} won {allrow.top_car_wins} of {allrow.wins} "
            f"({_f(None if share is None else 100 * share, '.0f')}%); all winners: "
            + ", ".join(f"{car} {n}" for car, n in allrow.winners.items()),
        ),
        Target(
            f"respawns <= {MAX_RESPAWNS:g} per race",
            allrow.respawns <= MAX_RESPAWNS,
            allrow.respawns,
            MAX_RESPAWNS,
            f"{allrow.respawns:.2f} (by circuit: {each(lambda w: w.respawns, '.2f')})",
        ),
    ]
    return targets


def _tracks_of(records: Sequence[RaceRecord]) -> list[str]:
    return list(dict.fromkeys(r.track for r in records))


def format_targets(records: Sequence[RaceRecord], targets: Sequence[Target]) -> str:
    if not targets:
        return f"targets: not checked (no {TARGET_DIFFICULTY}-difficulty races in this run)"
    pool = [r for r in records if r.difficulty == TARGET_DIFFICULTY]
    laps = sorted({r.laps for r in pool})
    seeds = len({r.seed for r in pool})
    head = (
        f"targets ({TARGET_DIFFICULTY}, {len(pool)} races over {len(_tracks_of(pool))} circuits, "
        f"laps {','.join(map(str, laps))}, {seeds} seeds; pooled over the circuits):"
    )
    lines = [head, *("  " + t.line() for t in targets)]
    if laps != [TARGET_LAPS] or seeds < TARGET_SEEDS:
        lines.append(f"  (the issue's targets are for {TARGET_LAPS} laps and {TARGET_SEEDS} seeds)")
    return "\n".join(lines)


# --------------------------------------------------------------------------- the command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tracks", default="all", help="'all' (every bundled circuit) or ids, comma-separated"
    )
    parser.add_argument("--seeds", type=int, default=10, help="seeds 0..N-1 per circuit and difficulty")
    parser.add_argument("--laps", type=int, default=TARGET_LAPS)
    parser.add_argument("--difficulty", choices=(*DIFFICULTIES, "all"), default="normal")
    parser.add_argument("--rivals", type=int, default=7)
    parser.add_argument("--car", default=DEFAULT_CAR, help="the player's car (driven by the AI)")
    parser.add_argument(
        "--rival-cars", choices=("class", "any"), help="what the rivals drive (games that have the choice)"
    )
    parser.add_argument("--catch-up", choices=("off", "subtle"), help="catch-up (games that have it)")
    parser.add_argument(
        "--grid",
        choices=("back", "pole"),
        default="back",
        help="where the player's car starts: at the back, as the game's quick race puts it, or on pole",
    )
    parser.add_argument("--jobs", type=int, default=1, help="races run in parallel (processes)")
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target fails")
    parser.add_argument("--progress", action="store_true", help="a line on stderr per race")
    parser.add_argument(
        "--from", dest="from_file", type=Path, metavar="FILE", help="report a saved --json output, no racing"
    )


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.seeds < 1:
        return "--seeds must be at least 1."
    if not 1 <= args.laps <= 99:
        return "--laps must be from 1 to 99."
    if not 0 <= args.rivals <= 15:
        return "--rivals must be from 0 to 15."
    if args.jobs < 1:
        return "--jobs must be at least 1."
    return None


def circuits(spec: str, library: Library) -> list[str]:
    """The track ids ``--tracks`` names: 'all' is every bundled circuit (not the test stadium or mods)."""
    if spec.strip() == "all":
        return [o.id for o in library.circuits() if o.file is not None and not o.id.startswith("mod:")]
    ids = [t.strip() for t in spec.split(",") if t.strip()]
    for t in ids:
        library.option(t)  # a ContentError naming the known tracks if there is no such track
    return ids


def setup_options(args: argparse.Namespace) -> dict[str, str]:
    """The ``RaceSetup`` fields asked for beyond the basics; ValueError if this game has no such field."""
    from dataclasses import fields

    from game.content.setup import RaceSetup

    known = {f.name for f in fields(RaceSetup)}
    asked = {"rival_cars": args.rival_cars, "catch_up": args.catch_up, "grid": args.grid}
    options = {k: v for k, v in asked.items() if v is not None}
    for name in options:
        if name not in known:
            flag = "--" + name.replace("_", "-")
            raise ValueError(f"{flag}: this version of the game has no such choice")
    return options


def tasks_for(args: argparse.Namespace, tracks: Sequence[str], options: Mapping[str, str]) -> list[Task]:
    diffs = DIFFICULTIES if args.difficulty == "all" else (args.difficulty,)
    extra = tuple(sorted(options.items()))
    return [
        Task(t, d, seed, args.laps, args.rivals, args.car, extra)
        for d in diffs
        for t in tracks
        for seed in range(args.seeds)
    ]


def report_json(params: dict[str, Any], records: Sequence[RaceRecord]) -> dict[str, Any]:
    return {
        "report": "race-report",
        "version": REPORT_VERSION,
        "params": params,
        "races": [r.to_json() for r in records],
        "rows": [row.to_json() for row in aggregate(records)],
        "targets": [asdict(t) for t in check_targets(records)],
    }


def load_records(path: Path) -> tuple[dict[str, Any], list[RaceRecord]]:
    """The parameters and race records of a saved report (its last line, or the whole file)."""
    lines = path.read_text(encoding="utf-8").strip().splitlines()
    data = json.loads(lines[-1] if lines else "{}")
    if not isinstance(data, dict) or data.get("report") != "race-report":
        raise ValueError(f"{path}: its last line is not a race report's JSON")
    return data.get("params", {}), [RaceRecord.from_json(r) for r in data["races"]]


def run(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if args.from_file is not None:
        try:
            params, records = load_records(args.from_file)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"error: {args.from_file}: cannot read the report ({exc}).", file=sys.stderr)
            return 1
    else:
        library = _library()
        tracks = circuits(args.tracks, library)
        if args.car not in library.vehicles():
            print(
                f"error: there is no car '{args.car}'; known: {', '.join(library.vehicles())}.",
                file=sys.stderr,
            )
            return 2
        try:
            options = setup_options(args)
        except ValueError as exc:
            print(f"error: {exc}.", file=sys.stderr)
            return 2
        tasks = tasks_for(args, tracks, options)
        params = {
            "tracks": tracks,
            "seeds": list(range(args.seeds)),
            "laps": args.laps,
            "difficulties": sorted({t.difficulty for t in tasks}, key=DIFFICULTIES.index),
            "rivals": args.rivals,
            "car": args.car,
            "options": options,
            "hold_s": HOLD_S,
            "level_m": LEVEL_M,
            "wall_merge_s": WALL_MERGE_S,
        }
        records = run_all(tasks, args.jobs, args.progress)
    first = records[0].setup if records else {}
    chosen = [f"{k.replace('_', ' ')}: {first[k]}" for k in ("rival_cars", "catch_up", "grid") if k in first]
    print(
        f"race report: {len(records)} races, {params.get('laps')} laps, {params.get('rivals')} rivals, "
        f"player's car {params.get('car')} (AI-driven), seeds {len(params.get('seeds', []))}; "
        + (", ".join(chosen) if chosen else "rivals in the rivals book's own cars")
    )
    print(format_table(aggregate(records)))
    dnfs = format_dnfs(records)
    if dnfs:
        print()
        print(dnfs)
    targets = check_targets(records)
    print()
    print(format_targets(records, targets))
    if args.json:
        print(json.dumps(report_json(params, records), separators=(",", ":")))
    if args.check and (not targets or not all(t.ok for t in targets)):
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.race_report", description=__doc__.splitlines()[0]
    )
    add_arguments(parser)
    args = parser.parse_args(argv)
    from game.content.errors import ContentError

    try:
        return run(args)
    except ContentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the output went to `head`: nothing left to say
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
