"""The author lap: a speed plan whose every corner is tuned on the physics, for the gold-medal ghosts.

A rival plans every corner at one share of the car's modelled grip. That
share is a compromise: the model is right for some corners and wrong for
others (a kerb of dirt at one apex, a crest of the line's curvature at
another), so planning nearer the limit gains in some bends and loses more
in others. The author does what a driver learning a circuit does: it laps,
times each corner, and tries each one a little faster or slower until no
change of any corner makes its stretch of track quicker.

- **Corners** are the local minima of the plan; each point of the line
  belongs to the nearest one, so a corner's stretch runs from halfway down
  the straight before it to halfway down the one after: its braking, its
  apex and its exit.
- **A round** drives one flying lap on the plan of the current corner
  scales (``braking_plan`` over the scaled corner speeds, so the braking
  points move with them) and times every stretch.
- **Each corner** keeps a step (3% at first): a change that made its
  stretch quicker without touching a wall is kept and pushed further the
  same way; one that did not is undone, and the next try goes the other
  way at half the step. A corner is settled when its step is under 0.4%.
- The best **whole flying lap** over the rounds wins (stretches lean on
  each other a little: a faster exit is a faster next stretch).

Everything is deterministic (the sim is), so the same checkout writes the
same ghosts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from game.sim.ai.geometry import F64
from game.sim.ai.line import RacingLine
from game.sim.ai.planner import racing_line_for
from game.sim.ai.profile import Skill
from game.sim.ai.speed import braking_plan, corner_limits
from game.sim.events import WALL, Collision
from game.sim.ghost import Ghost
from game.sim.race.events import Respawned
from game.sim.timetrial import TimeTrial
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

FIRST_STEP = 0.03
"""First change tried on each corner's speed."""
SETTLED = 0.004
"""A corner whose step is below this is left alone."""
SCALE_RANGE = (0.85, 1.15)
"""How far the tuning may move a corner's speed from the skill's plan."""
ROUNDS = 12
SEED = 7
HARD_HIT = 1.0
"""m/s of speed lost to a wall contact that counts as touching it (a brush of paint does not)."""


def author_skill(hard: Skill) -> Skill:
    """The skill the tuning starts from: the hard rival with nothing held back but the corners.

    Full brakes, full throttle, no mistakes and a short look ahead (the
    author knows where every braking point is); corner share below hard's
    own, since the tuning raises the corners that can take more.
    """
    return replace(hard, corner_grip=0.88, brake_grip=1.0, mistake_rate=0.0, throttle=1.0, reaction_s=0.05)


@dataclass(frozen=True)
class Lap:
    """One timed flying lap: each corner's stretch, and whether a wall was touched in it."""

    stretch_s: F64
    hit: np.ndarray
    lap_s: float


def corner_owner(plan: F64) -> tuple[np.ndarray, np.ndarray]:
    """The corners (apex indices) of ``plan``, and for each line point the corner it belongs to."""
    n = len(plan)
    slow = plan < 0.9 * float(np.max(plan))
    apex = np.flatnonzero(slow & (plan <= np.roll(plan, 1)) & (plan < np.roll(plan, -1)))
    if len(apex) == 0:
        return np.array([int(np.argmin(plan))]), np.zeros(n, dtype=np.intp)
    k = np.arange(n)
    gap = np.abs(k[:, None] - apex[None, :])
    cyclic = np.minimum(gap, n - gap)
    return apex, np.argmin(cyclic, axis=1).astype(np.intp)


def stretch_bounds(owner: np.ndarray) -> np.ndarray:
    """Line index where each corner's stretch starts (owner changes), in corner order."""
    n = len(owner)
    starts = np.zeros(int(owner.max()) + 1, dtype=np.intp)
    for c in range(len(starts)):
        mine = np.flatnonzero(owner == c)
        # The stretch of corner c is a cyclic run; its start is the point whose predecessor is not c.
        first = [int(i) for i in mine if owner[(i - 1) % n] != c]
        starts[c] = first[0] if first else 0
    return starts


def drive(track: Track, spec: VehicleSpec, skill: Skill, plan: F64, laps: int) -> TimeTrial:
    """A time trial with the author at the wheel, driving ``plan``, set up but not yet run."""
    trial = TimeTrial(track, spec, seed=SEED, laps=laps, driver_skill=skill)
    trial.session.drivers.use_plan(0, plan)
    return trial


def timed_lap(track: Track, spec: VehicleSpec, skill: Skill, plan: F64, starts: np.ndarray) -> Lap | None:
    """Drive from the grid to the end of the second pass of every stretch; None if the car was respawned."""
    trial = drive(track, spec, skill, plan, laps=3)
    session = trial.session
    line: RacingLine = session.line
    length = float(line.length)
    bounds = np.sort(line.s[starts])
    order = np.argsort(line.s[starts])
    goal = 2.0 * length + float(bounds[0]) + 5.0
    times: list[float] = []
    dist: list[float] = []
    hits: list[float] = []
    d = None
    while session.world.step_count < session.last_step:
        trial.step()
        s = float(session.tracker.s[0])
        if d is None:
            d = s - length if s > length / 2 else s
        else:
            base = d - (d % length)
            cand = base + s
            if cand < d - length / 2:
                cand += length
            elif cand > d + length / 2:
                cand -= length
            d = cand
        times.append(session.time_s)
        dist.append(d)
        for event in trial.drain_events():
            if isinstance(event, Collision) and event.other == WALL and event.delta_v >= HARD_HIT:
                hits.append(d)
            if isinstance(event, Respawned):
                return None
        if d >= goal:
            break
    else:
        return None
    dd = np.maximum.accumulate(np.array(dist))
    tt = np.array(times)
    marks = np.concatenate([length + bounds, [2.0 * length + bounds[0]]])
    at = np.interp(marks, dd, tt)
    stretch = np.empty(len(bounds))
    hit = np.zeros(len(bounds), dtype=bool)
    for j in range(len(bounds)):
        stretch[order[j]] = at[j + 1] - at[j]
        hit[order[j]] = any(marks[j] <= h < marks[j + 1] for h in hits)
    return Lap(stretch, hit, float(at[-1] - at[0]))


def tune(track: Track, spec: VehicleSpec, skill: Skill, rounds: int = ROUNDS) -> tuple[F64, float]:
    """The tuned plan and its flying-lap time (seconds), starting from ``skill``'s plan."""
    line = racing_line_for(track)
    limits = corner_limits(line, spec, skill)
    base = braking_plan(line, spec, skill, limits)
    apex, owner = corner_owner(base)
    starts = stretch_bounds(owner)
    corners = len(apex)
    scale = np.ones(corners)
    step = np.full(corners, FIRST_STEP)
    lo, hi = SCALE_RANGE

    def plan_for(s: F64) -> F64:
        return braking_plan(line, spec, skill, limits * s[owner])

    first = timed_lap(track, spec, skill, plan_for(scale), starts)
    if first is None:
        return base, float("inf")
    kept_scale, kept_s = scale.copy(), first.stretch_s
    best_plan, best_lap = plan_for(scale), first.lap_s
    for _ in range(rounds):
        live = np.abs(step) >= SETTLED
        if not live.any():
            break
        trial_scale = np.clip(kept_scale * (1.0 + np.where(live, step, 0.0)), lo, hi)
        lap = timed_lap(track, spec, skill, plan_for(trial_scale), starts)
        if lap is None:  # a respawn: every change this round was too much
            step = -step / 2.0
            continue
        better = live & (lap.stretch_s < kept_s - 1e-3) & ~lap.hit
        step = np.where(better, step, np.where(live, -step / 2.0, step))
        kept_scale = np.where(better, trial_scale, kept_scale)
        kept_s = np.where(better, lap.stretch_s, kept_s)
        if lap.lap_s < best_lap and not lap.hit.any():
            best_plan, best_lap = plan_for(trial_scale), lap.lap_s
    final = plan_for(kept_scale)
    check = timed_lap(track, spec, skill, final, starts)
    if check is not None and check.lap_s < best_lap and not check.hit.any():
        best_plan, best_lap = final, check.lap_s
    return best_plan, best_lap


def author_ghost(track: Track, spec: VehicleSpec, hard: Skill, rounds: int = ROUNDS) -> Ghost | None:
    """The best clean lap of three driven on the tuned plan, or None if none was clean."""
    skill = author_skill(hard)
    plan, _ = tune(track, spec, skill, rounds)
    trial = drive(track, spec, skill, plan, laps=3)
    while not trial.session.over and trial.session.world.step_count < trial.session.last_step:
        trial.step()
    return trial.best
