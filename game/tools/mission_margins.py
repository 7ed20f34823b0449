"""Mission margins: is every campaign mission won, and by how much, by a perfect and an ordinary driver?

``python -m game.tools.mission_margins [--seeds N] [--missions ID ...] [--json]``
plays every campaign mission (or those named: a file name without ``.toml``,
or its number, ``08``) on seeds 0..N-1 (default 10) with two autopilots:

- ``pilot``, the default autopilot (near the limit, no mistakes), and
- ``human``, the autopilot at the rivals book's "normal" difficulty with its
  mistakes (:func:`game.sim.mission.autopilot.human_autopilot`),

and prints, per mission and seed, for each: won or failed, the reason, the
mission time and, for a race mission, the **margin**: in seconds, how far
ahead of the nearest rival the player was when the race objective was decided
(positive), or how far behind the winner (negative).

How the margin is read, from the race rules' own state:

- a race to the line: the rules' finish times (penalties included, as the
  results table has them). When the player wins, the world runs on as the
  game does (the mission over, the player's car brakes past the line, the
  rivals keep racing) until the first rival crosses the line; the margin is
  its finish time less the player's. When a rival wins, the world runs on
  with the autopilot still driving the player's car to the line; the margin
  is the winner's time less the player's. Nothing is estimated;
- a race to a point on the last lap (``zone`` on the race objective): the
  point is where the player stood along the racing line when the objective
  was decided; the margin is the time, read from the rules' distance along the
  line (sampled at 30 Hz, interpolated between samples), until the nearest
  rival reaches that point (or since the winner passed it);
- a rival out of the race (a scripted crash, a wreck) is no rival: when none
  reaches the line within ``RUN_ON_S`` the margin is shown as ``>10`` (JSON:
  ``margin_s`` null, ``margin_note`` saying why); a race never decided (the
  mission failed first, e.g. wrecked) has no margin.

Everything is deterministic (seeded sims, no wall clock), so two runs print
the same table. One process, one mission at a time.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import cache

import numpy as np

from game.content.missions import campaign_files, default_vehicles, load_mission, load_mission_track
from game.content.rivals import load_rivals
from game.paths import ASSETS_DIR
from game.sim.ai.profile import RivalBook
from game.sim.mission.autopilot import Autopilot, human_autopilot
from game.sim.mission.kinds import RaceObjective
from game.sim.mission.objectives import RaceTracker
from game.sim.mission.runner import MissionRunner
from game.sim.mission.spec import Mission
from game.sim.vehicle import VehicleSpec

PILOTS = ("pilot", "human")
MAX_S = 600.0
"""Sim seconds after which a mission still running is stopped (none is this long)."""
RUN_ON_S = 10.0
"""Race seconds after the decision within which the nearest rival (or the player) is waited for."""
MARGIN_TARGET_S = 0.5
HUMAN_WINS_TARGET = 0.8


@dataclass(frozen=True, slots=True)
class Run:
    """One mission played once by one autopilot."""

    mission: str
    seed: int
    pilot: str
    won: bool
    reason: str
    time_s: float
    race: bool
    """A race mission (it has a race objective)."""
    margin_s: float | None
    """Seconds ahead of the nearest rival (negative: behind the winner); None: see ``margin_note``."""
    rival: str
    """The rival the margin is measured to ("" when none)."""
    margin_note: str

    @property
    def close(self) -> bool:
        """A race decided by less than the target margin (either way)."""
        return self.margin_s is not None and abs(self.margin_s) < MARGIN_TARGET_S


@cache
def _specs() -> dict[str, VehicleSpec]:
    return default_vehicles()


@cache
def _book() -> RivalBook:
    return load_rivals(ASSETS_DIR / "rivals.toml")


@cache
def mission_ids() -> tuple[str, ...]:
    return tuple(p.stem for p in campaign_files())


@cache
def mission(mid: str) -> Mission:
    path = next(p for p in campaign_files() if p.stem == mid)
    return load_mission(path, _specs())


def build(mid: str, seed: int) -> MissionRunner:
    m = mission(mid)
    return MissionRunner(m, load_mission_track(m), _specs(), seed=seed, skills=_book().difficulties)


def pilot_for(rt: MissionRunner, pilot: str, seed: int) -> Autopilot:
    if pilot == "pilot":
        return Autopilot(rt, seed=seed)
    if pilot == "human":
        return human_autopilot(rt, _book(), seed=seed)
    raise ValueError(f"unknown pilot '{pilot}' (known: {', '.join(PILOTS)})")


class RaceWatch:
    """Samples the race rules while a mission plays, and reads the margin once the race is decided."""

    def __init__(self, rt: MissionRunner, objective: RaceObjective) -> None:
        assert rt.session is not None
        self.rt = rt
        self.race = rt.session.race
        self.objective = objective
        self.times: list[float] = []
        self.s: list[np.ndarray] = []
        self._seen = False
        self.decided = False
        self.closed = False
        self.won = False
        self.t0 = 0.0
        self.s0 = 0.0

    def look(self) -> None:
        """Call after every step."""
        rt, race = self.rt, self.race
        assert rt.session is not None
        t = race.clock(rt.session.fleet.time_s)
        if not self.times or t > self.times[-1]:
            self.times.append(t)
            self.s.append(race.s_unwrapped.copy())
        if self.decided or self.closed:
            return
        if isinstance(rt.objective, RaceTracker) and rt.objective.o.id == self.objective.id:
            self._seen = True
            if not rt.over:
                return
        elif not self._seen:
            if rt.over:
                self.closed = True  # the mission ended before the race began
            return
        outcome = rt.outcome
        if rt.over and outcome is not None and not outcome.won and outcome.reason != "lost_race":
            self.closed = True  # failed before the race was decided (wrecked, a hazard hit): no margin
            return
        self.decided = True
        self.won = race.order().index(0) + 1 <= self.objective.place
        self.t0 = self.times[-1]
        self.s0 = float(self.s[-1][0])

    def _rivals(self) -> list[int]:
        return list(range(1, len(self.race.cards)))

    def _when(self, i: int, s_mark: float) -> float | None:
        """Race time at which racer ``i`` first reached ``s_mark`` along the line (None: not yet)."""
        for k in range(len(self.times)):
            if self.s[k][i] >= s_mark:
                if k == 0:
                    return self.times[0]
                s_a, s_b = float(self.s[k - 1][i]), float(self.s[k][i])
                t_a, t_b = self.times[k - 1], self.times[k]
                return t_a + (t_b - t_a) * (s_mark - s_a) / max(s_b - s_a, 1e-9)
        return None

    def _settled(self) -> bool:
        cards = self.race.cards
        rivals = [cards[i] for i in self._rivals()]
        if all(c.out or c.finished for c in rivals) or self.race.over:
            return True
        if self.times[-1] > self.t0 + RUN_ON_S:
            return True
        if self.objective.zones:
            if self.won:
                return any(self._when(i, self.s0) is not None for i in self._rivals())
            return True
        if self.won:
            return any(c.finished for c in rivals)
        return cards[0].finished or bool(cards[0].out)

    def run_on(self, ap: Autopilot) -> None:
        """Step the world on until the margin can be read (see the module docstring)."""
        rt = self.rt
        assert rt.session is not None
        while self.decided and not self._settled():
            if not rt.over:
                rt.step(ap.controls())
            elif self.won:
                rt.step()  # the game's own run-on: the player's car brakes, the rivals race on
            else:
                rt.session.step({0: ap.controls()})  # the player drives on to the line
            rt.drain_events()
            self.look()

    def margin(self) -> tuple[float | None, str, str]:
        """(margin in s or None, the rival's name, a note)."""
        if not self.decided:
            return None, "", "race not decided"
        cards = self.race.cards
        rivals = self._rivals()
        name = {i: cards[i].racer.name for i in rivals}
        if self.objective.zones:
            if self.won:
                hits = [(t, i) for i in rivals if (t := self._when(i, self.s0)) is not None]
                if not hits:
                    return None, "", f"no rival reached the point within {RUN_ON_S:.0f} s"
                t, i = min(hits)
                return t - self.t0, name[i], "time to the point"
            leader = self.race.order()[0]
            t = self._when(leader, self.s0)
            if t is None or leader == 0:
                return None, "", "no leader found"
            return t - self.t0, name[leader], "time to the point"
        me = cards[0]
        if self.won:
            done = [(cards[i].finish_time, i) for i in rivals if cards[i].finished]
            if not done:
                return None, "", f"no rival finished within {RUN_ON_S:.0f} s"
            t, i = min(done)
            return t - me.finish_time, name[i], "finish times"
        done = [(cards[i].finish_time, i) for i in rivals if cards[i].finished]
        t, i = min(done)
        if not me.finished:
            return -RUN_ON_S, name[i], f"the player did not finish within {RUN_ON_S:.0f} s"
        return t - me.finish_time, name[i], "finish times"


def measure(mid: str, seed: int, pilot: str) -> Run:
    """Play mission ``mid`` once with one autopilot and read the outcome and the race margin."""
    rt = build(mid, seed)
    ap = pilot_for(rt, pilot, seed)
    race_o = next((o for o in rt.mission.objectives if isinstance(o, RaceObjective)), None)
    watch = RaceWatch(rt, race_o) if race_o is not None and rt.session is not None else None
    while not rt.over and rt.time_s < MAX_S:
        rt.step(ap.controls())
        rt.drain_events()
        if watch is not None:
            watch.look()
    outcome = rt.outcome
    won = outcome is not None and outcome.won
    reason = outcome.reason if outcome is not None else "unfinished"
    time_s = outcome.time_s if outcome is not None else rt.mission_time_s
    margin, rival, note = None, "", ""
    if watch is not None:
        watch.run_on(ap)
        margin, rival, note = watch.margin()
        if margin is not None:
            margin = round(margin, 3)
    return Run(mid, seed, pilot, won, reason, round(time_s, 3), watch is not None, margin, rival, note)


def _cell(r: Run) -> str:
    res = "won " if r.won else "LOST"
    if not r.race:
        m = ""
    elif r.margin_s is None:
        m = f">{RUN_ON_S:.0f}" if r.margin_note.startswith("no rival") else "-"
    else:
        m = f"{r.margin_s:+.2f}" + ("!" if r.close else "")
    return f"{res} {r.reason:<12} {r.time_s:7.2f} {m:>7}"


def format_table(runs: Sequence[Run]) -> str:
    """Mission x seed, both pilots side by side, then a line per mission."""
    by = {(r.mission, r.seed, r.pilot): r for r in runs}
    missions = list(dict.fromkeys(r.mission for r in runs))
    seeds = sorted({r.seed for r in runs})
    head = f"{'mission':<20}{'seed':>4}  " + "  |  ".join(
        f"{p + ': result reason':<25}{'time':>6} {'margin':>7}" for p in PILOTS
    )
    lines = [head, "-" * len(head)]
    for mid in missions:
        for s in seeds:
            cells = [_cell(by[(mid, s, p)]) if (mid, s, p) in by else "" for p in PILOTS]
            lines.append(f"{mid:<20}{s:>4}  " + "  |  ".join(f"{c:<40}" for c in cells).rstrip())
    lines.append("")
    cols = f"{'pilot wins':>10} {'human wins':>10} {'min margin pilot':>17} {'human':>7}"
    lines.append(f"{'mission':<20} {cols}")
    for line in summary(runs):
        mins = [line[f"min_margin_{p}"] for p in PILOTS]
        text = [f"{m:+7.2f}" if m is not None else "      -" for m in mins]
        n = line["seeds"]
        lines.append(
            f"{line['mission']:<20} {line['wins_pilot']:>7}/{n:<2} {line['wins_human']:>7}/{n:<2}"
            f" {text[0]:>17} {text[1]:>7}"
        )
    lines.append("(margin: s ahead of the nearest rival, negative behind the winner; ! under 0.5 s)")
    return "\n".join(lines)


def summary(runs: Sequence[Run]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for mid in dict.fromkeys(r.mission for r in runs):
        row: dict[str, object] = {"mission": mid, "seeds": len({r.seed for r in runs if r.mission == mid})}
        for p in PILOTS:
            mine = [r for r in runs if r.mission == mid and r.pilot == p]
            row[f"wins_{p}"] = sum(r.won for r in mine)
            margins = [r.margin_s for r in mine if r.margin_s is not None]
            row[f"min_margin_{p}"] = min(margins) if margins else None
        out.append(row)
    return out


def _pick(names: Sequence[str]) -> list[str]:
    known = mission_ids()
    out = []
    for n in names:
        hits = [m for m in known if m == n or m.split("-", 1)[0] == n]
        if not hits:
            raise SystemExit(f"error: there is no campaign mission '{n}' (known: {', '.join(known)})")
        out.extend(hits)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.mission_margins", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--seeds", type=int, default=10, help="seeds 0..N-1 (default 10)")
    parser.add_argument("--missions", nargs="*", default=[], help="mission ids or numbers (default: all)")
    parser.add_argument("--pilots", nargs="*", default=list(PILOTS), choices=PILOTS)
    parser.add_argument("--json", action="store_true", help="also print one JSON object as the last line")
    args = parser.parse_args(argv)
    mids = _pick(args.missions) if args.missions else list(mission_ids())
    runs = [measure(m, s, p) for m in mids for s in range(args.seeds) for p in args.pilots]
    print(format_table(runs))
    if args.json:
        rows = []
        for r in runs:
            d = asdict(r)
            if d["margin_s"] is not None and not math.isfinite(d["margin_s"]):
                d["margin_s"] = None
            rows.append(d)
        print(json.dumps({"runs": rows, "summary": summary(runs)}, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
