"""Slipstream: the share of air drag each vehicle is spared by the cars around it.

A car punches a hole in the air; a car close behind it, in that hole, meets
slower air and so less drag. This module measures, for every vehicle, how
deep it sits in the wake of the cars ahead of it, and the physics
(:mod:`game.sim.tyres`) multiplies its air drag by ``1 - draft``. It is
physics: the player's car, the rivals and traffic all get it alike.

The model, per pair (leader ``j``, follower ``i``)::

    spared = DRAFT_MAX * along(gap) * across(offset) * aligned(angle)
             * moving(leader) * moving(follower) * cover

- ``gap``: nose-to-tail distance along the leader's direction of travel (the
  follower's centre behind the leader's, less half of each car's length).
  Full effect up to ``GAP_FULL`` (1 m), fading to nothing at ``GAP_MAX``
  (12 m, about two and a half car lengths); a nose overlapping the leader's
  tail (cars alongside) fades out over the first metre of overlap.
- ``offset``: how far the follower's centre is from the leader's path (the
  line through the leader along its velocity). Full within a quarter of the
  leader's width, nothing once it is the two cars' mean width off (their
  sides clear each other: clean air).
- ``angle``: between the two directions of travel; full up to 10 deg, none
  from 30 deg. Through a bend the wake goes straight on and the follower's
  path curves out of it, so slipstream is a thing of the straights.
- ``moving``: each car's forward speed, fading in from 12 to 18 m/s
  (~15 m/s, 54 km/h): there is no useful wake at parking speed, and a car
  sliding sideways or reversing makes none that anyone could use.
- ``cover``: the leader's width over the follower's, at most 1: a bike's
  narrow wake shelters a car's front only in part.

Every factor is a smoothstep, so the drag changes continuously as cars move
(a step would make the force, and a following car, jitter). Of several cars
ahead the deepest wake counts (a train is no better than one car in front).

Numbers. Real drafting roughly halves a stock car's drag at very short gaps
(NASCAR, under half a car length) and still saves some 20-30 % at two
lengths. A game wants the effect to be felt without making the leader a
sitting duck on every straight: ``DRAFT_MAX`` 0.33 (a car's top speed in
the wake ~14 % higher in theory, a gain it can only hold for moments before
it runs into the leader's bumper and must pull out), ~19 % at 6 m, ~10 % at
8 m, ~3 % at 10 m. The leader gains a little too (``LEADER_SHARE``, a tenth
of what its follower gains, at most ~3 %): the car behind fills the low
pressure at its tail, which is what lets two cars nose to tail outrun one.

Cost: an O(n^2) loop over pairs, compiled with numba like the tyre model,
with early outs on speed and distance (the whole fleet in ~1 us for 8 cars).
The same maths written as numpy array operations costs ~140 us a step for 8
cars (each of its ~40 small-array calls has a fixed overhead), more than the
rest of the world step, which the budget of 100x real time cannot afford.
The result is a pure function of the bodies' state, which the world hash
already covers, so it lives beside the fleet state rather than in it.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from numba import njit

F64 = npt.NDArray[np.float64]

DRAFT_MAX = 0.33
"""Share of air drag spared right behind another car of at least the same width."""
GAP_FULL = 1.0
"""m nose to tail: closer than this, the full ``DRAFT_MAX``."""
GAP_MAX = 12.0
"""m nose to tail: from here on, clean air."""
OVERLAP_FADE = 1.0
"""m of nose overlapping the leader's tail over which the wake fades out (cars alongside)."""
CORE_WIDTH = 0.25
"""Within this share of the leader's width of its path, the full lateral effect."""
ALIGN_FULL = math.cos(math.radians(10.0))
"""Directions of travel within 10 deg of each other: fully aligned."""
ALIGN_NONE = math.cos(math.radians(30.0))
"""Directions of travel 30 deg or more apart: no slipstream."""
SPEED_LOW = 12.0
"""m/s forward: below this a car neither leaves a wake nor uses one."""
SPEED_FULL = 18.0
"""m/s forward: from here on, the full effect."""
LEADER_SHARE = 0.1
"""Share of its follower's gain that the car in front gets (the filled wake behind it)."""

# columns of the per-vehicle scratch rows
_UX, _UY, _MOVING = 0, 1, 2
SCRATCH_COLUMNS = 4


@njit(cache=True)
def _smooth(x: float, lo: float, hi: float) -> float:
    """0 below ``lo``, 1 above ``hi``, a smoothstep in between."""
    if x <= lo:
        return 0.0
    if x >= hi:
        return 1.0
    t = (x - lo) / (hi - lo)
    return t * t * (3.0 - 2.0 * t)


@njit(cache=True)
def spared_drag(
    bodies: F64,
    rows: npt.NDArray[np.intp],
    length: F64,
    width: F64,
    scratch: F64,
    out: F64,
) -> None:
    """Write into ``out[i]`` the share (0..1) of vehicle ``i``'s air drag spared by slipstream.

    ``bodies`` holds pymunk's batch rows (x, y, angle, vx, vy, omega);
    vehicle ``i`` is row ``rows[i]``, ``length[i]`` and ``width[i]`` metres.
    ``scratch`` is a work array of at least (vehicles, ``SCRATCH_COLUMNS``);
    its last column collects what each car gains from the car behind it.
    """
    n = rows.shape[0]
    any_moving = 0
    for i in range(n):
        r = rows[i]
        angle, vx, vy = bodies[r, 2], bodies[r, 3], bodies[r, 4]
        speed = math.sqrt(vx * vx + vy * vy)
        fwd = math.cos(angle) * vx + math.sin(angle) * vy
        moving = _smooth(fwd, SPEED_LOW, SPEED_FULL)
        scratch[i, _MOVING] = moving
        scratch[i, 3] = 0.0
        out[i] = 0.0
        if moving > 0.0:
            scratch[i, _UX] = vx / speed
            scratch[i, _UY] = vy / speed
            any_moving += 1
    if any_moving < 2:
        return
    for i in range(n):  # follower
        moving_i = scratch[i, _MOVING]
        if moving_i <= 0.0:
            continue
        ri = rows[i]
        xi, yi = bodies[ri, 0], bodies[ri, 1]
        uxi, uyi = scratch[i, _UX], scratch[i, _UY]
        for j in range(n):  # leader
            moving_j = scratch[j, _MOVING]
            if j == i or moving_j <= 0.0:
                continue
            rj = rows[j]
            uxj, uyj = scratch[j, _UX], scratch[j, _UY]
            dx = xi - bodies[rj, 0]
            dy = yi - bodies[rj, 1]
            gap = -(dx * uxj + dy * uyj) - 0.5 * (length[i] + length[j])
            if gap <= -OVERLAP_FADE or gap >= GAP_MAX:
                continue
            offset = abs(dx * uyj - dy * uxj)
            edge = 0.5 * (width[i] + width[j])
            if offset >= edge:
                continue
            aligned = _smooth(uxi * uxj + uyi * uyj, ALIGN_NONE, ALIGN_FULL)
            if aligned <= 0.0:
                continue
            along = _smooth(gap, -OVERLAP_FADE, 0.0) * (1.0 - _smooth(gap, GAP_FULL, GAP_MAX))
            across = 1.0 - _smooth(offset, CORE_WIDTH * width[j], edge)
            cover = min(1.0, width[j] / width[i])
            spared = DRAFT_MAX * along * across * aligned * moving_i * moving_j * cover
            out[i] = max(out[i], spared)
            scratch[j, 3] = max(scratch[j, 3], LEADER_SHARE * spared)
    for i in range(n):
        out[i] = 1.0 - (1.0 - out[i]) * (1.0 - scratch[i, 3])
