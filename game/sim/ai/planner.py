"""A racing line for a track whose map has none, found from the geometry alone.

Two stages. First a centre path: an A* search on a 2 m grid of drivable
cells (road surface, away from walls) from each gate to the next, in lap
order; each gate is closed behind the search so the path cannot run the lap
backwards. Then the path is relaxed toward minimum curvature: each point may
slide sideways only, inside the room the track gives it, and is pulled
toward the middle of its neighbours until the line stops changing. That is
the classic "elastic band" racing line: wide on entry, tight at the apex.

A map's own line is used as drawn when :func:`~game.sim.ai.line_check.check_line`
finds nothing wrong with it (so a good map races exactly as before); a line
through a wall, over the grass or with too few points for its corners is
replaced by the computed one, and :func:`plan_line` says why.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from game.sim.ai.geometry import C128
from game.sim.ai.line import RacingLine, resample_closed, surface_grip, surface_ids
from game.sim.ai.line_check import (
    LineFault,
    WallSegments,
    check_line,
    drivable_surfaces,
    measure_line,
    wall_distance,
    wall_room,
)
from game.sim.track import Checkpoint, Track

CELL_M = 2.0
CAR_CLEARANCE_M = 1.0
EDGE_MARGIN_M = 1.6
"""How far the relaxed line keeps from the road's edges: half a car and a little air."""
WALL_MARGIN_M = 3.5
"""How far it keeps from walls (beyond their radius): a car's width, so a rival can pass either side."""
CELL_BATCH = 1_000_000
"""Grid cells tested against wall segments in one numpy batch."""
RELAX_ITERATIONS = 1500
RELAX_ROUNDS = 4
"""Relax, measure the true clearance, pull in where a wall came too close, again at most this often."""
LOW_GRIP_COST = 2.0
"""Extra path cost on track surfaces with less grip than the gates' (a dirt stage): kept to when needed."""


class NoLineError(ValueError):
    """The track gives too little to find a racing line (no gates, or gates not connected).

    ``here``/``there`` name the gates with no drivable way between them, when that is the reason.
    """

    def __init__(self, message: str, here: str = "", there: str = "") -> None:
        super().__init__(message)
        self.here = here
        self.there = there


LineSource = Literal["map", "computed", "map-poor"]


@dataclass(frozen=True, eq=False)
class LinePlan:
    """The line the rivals follow, where it came from, and what was wrong with the map's own.

    ``source``: ``map`` (the map's line, fine as drawn), ``computed`` (the map
    has none, or ``faults`` made it unfit and a line was computed instead), or
    ``map-poor`` (the map's line is poor but no line could be computed, so the
    rivals make do with it; ``error`` says why).
    """

    line: RacingLine
    source: LineSource
    faults: tuple[LineFault, ...] = ()
    error: NoLineError | None = None


def plan_line(track: Track) -> LinePlan:
    """The map's own racing line if it is fit to race on; otherwise one computed from its geometry.

    Raises NoLineError when the map has no usable line and none can be computed.
    """
    if len(track.racing_line) >= 3:
        own = measure_line(track, track.racing_line)
        faults = tuple(check_line(track, track.racing_line, own))
        if not faults:
            return LinePlan(own, "map")
        try:
            return LinePlan(measure_line(track, compute_racing_line(track)), "computed", faults)
        except NoLineError as exc:
            return LinePlan(own, "map-poor", faults, exc)
    return LinePlan(measure_line(track, compute_racing_line(track)), "computed")


def racing_line_for(track: Track) -> RacingLine:
    """The line the rivals follow on ``track`` (see :func:`plan_line`)."""
    return plan_line(track).line


def lap_gates(track: Track) -> list[Checkpoint]:
    """Gates in the order a lap crosses them, starting at the finish."""
    gates = sorted(track.checkpoints, key=lambda c: c.index)
    return [track.finish, *gates] if track.finish is not None else gates


class _Grid:
    def __init__(self, track: Track) -> None:
        self.cols = max(2, math.ceil(track.width_m / CELL_M))
        self.rows = max(2, math.ceil(track.height_m / CELL_M))
        xs = (np.arange(self.cols) + 0.5) * CELL_M
        ys = (np.arange(self.rows) + 0.5) * CELL_M
        centres = (xs[None, :] + 1j * ys[:, None]).reshape(-1)
        grip = surface_grip(track, centres).reshape(self.rows, self.cols)
        ids = surface_ids(track, centres).reshape(self.rows, self.cols)
        reference, own = drivable_surfaces(track)
        self.free = (grip >= 0.75 * reference) | np.isin(ids, sorted(own))
        self._block_walls(WallSegments(track), track.wall_radius + CAR_CLEARANCE_M)
        # Clearance (cells to the nearest blocked cell, capped) keeps the path central.
        clear = np.zeros(self.free.shape)
        alive = self.free.copy()
        for _ in range(6):
            clear += alive
            shrunk = alive.copy()
            shrunk[1:, :] &= alive[:-1, :]
            shrunk[:-1, :] &= alive[1:, :]
            shrunk[:, 1:] &= alive[:, :-1]
            shrunk[:, :-1] &= alive[:, 1:]
            alive = shrunk
        low = np.clip(1.0 - grip / max(reference, 1e-9), 0.0, 1.0)
        self.cost = ((1.0 + 3.0 / (1.0 + clear)) * (1.0 + LOW_GRIP_COST * low)).reshape(-1)

    def _block_walls(self, segs: WallSegments, reach: float) -> None:
        """Close every cell whose centre is within ``reach`` of a wall segment.

        Vectorised over all segments at once: each segment's box of cells is
        listed (segments of a map of many small polygons have boxes of a few
        cells), every listed cell is measured against its segment, and the
        near ones are closed. Batched so a huge map stays within memory.
        """
        if not len(segs):
            return
        lo_c = np.maximum(0, ((segs.lo_x - reach) // CELL_M).astype(np.int64))
        hi_c = np.minimum(self.cols - 1, ((segs.hi_x + reach) // CELL_M).astype(np.int64))
        lo_r = np.maximum(0, ((segs.lo_y - reach) // CELL_M).astype(np.int64))
        hi_r = np.minimum(self.rows - 1, ((segs.hi_y + reach) // CELL_M).astype(np.int64))
        w = np.maximum(hi_c - lo_c + 1, 0)
        h = np.maximum(hi_r - lo_r + 1, 0)
        count = w * h
        ends = np.cumsum(count)
        first = 0
        while first < len(count):
            base = int(ends[first - 1]) if first else 0
            last = max(first + 1, int(np.searchsorted(ends, base + CELL_BATCH, side="right")))
            self._block_batch(segs, reach, slice(first, last), lo_c, lo_r, w, count)
            first = last

    def _block_batch(
        self,
        segs: WallSegments,
        reach: float,
        part: slice,
        lo_c: npt.NDArray[np.int64],
        lo_r: npt.NDArray[np.int64],
        w: npt.NDArray[np.int64],
        count: npt.NDArray[np.int64],
    ) -> None:
        n = count[part]
        total = int(n.sum())
        if total == 0:
            return
        seg = np.repeat(np.arange(part.start, part.stop), n)
        start = np.repeat(np.cumsum(n) - n, n)
        k = np.arange(total) - start
        width = w[seg]
        c = lo_c[seg] + k % np.maximum(width, 1)
        r = lo_r[seg] + k // np.maximum(width, 1)
        p = (c + 0.5) * CELL_M + 1j * ((r + 0.5) * CELL_M)
        a = segs.a[seg]
        d = segs.b[seg] - a
        dd = (d * np.conj(d)).real
        t = np.where(dd > 0, np.clip(((p - a) * np.conj(d)).real / np.where(dd > 0, dd, 1.0), 0.0, 1.0), 0.0)
        near = np.abs(p - (a + t * d)) < reach
        self.free[r[near], c[near]] = False

    def cell_of(self, p: complex) -> int:
        c = min(self.cols - 1, max(0, int(p.real // CELL_M)))
        r = min(self.rows - 1, max(0, int(p.imag // CELL_M)))
        return r * self.cols + c

    def centre(self, cell: int) -> complex:
        r, c = divmod(cell, self.cols)
        return complex((c + 0.5) * CELL_M, (r + 0.5) * CELL_M)

    def gate_cells(self, gate: Checkpoint) -> set[int]:
        a, b = complex(*gate.a), complex(*gate.b)
        n = max(2, int(abs(b - a) / (CELL_M / 4)) + 1)
        return {self.cell_of(a + (b - a) * k / (n - 1)) for k in range(n)}

    def search(self, start: int, goal: set[int], closed: set[int], target: complex) -> list[int]:
        """A* over free cells from ``start`` to any cell of ``goal``, never entering ``closed``."""
        free = self.free.reshape(-1)
        cols = self.cols
        rows = self.rows
        best = {start: 0.0}
        came: dict[int, int] = {}
        heap = [(0.0, start)]
        diag = math.sqrt(2.0)
        while heap:
            _, cell = heapq.heappop(heap)
            if cell in goal:
                path = [cell]
                while path[-1] in came:
                    path.append(came[path[-1]])
                return path[::-1]
            g = best[cell]
            r, c = divmod(cell, cols)
            for dr, dc, w in (
                (0, 1, 1.0),
                (1, 0, 1.0),
                (0, -1, 1.0),
                (-1, 0, 1.0),
                (1, 1, diag),
                (1, -1, diag),
                (-1, 1, diag),
                (-1, -1, diag),
            ):
                nr, nc = r + dr, c + dc
                if not (0 <= nr < rows and 0 <= nc < cols):
                    continue
                nxt = nr * cols + nc
                if nxt in closed or not (free[nxt] or nxt in goal):
                    continue
                ng = g + w * float(self.cost[nxt])
                if ng < best.get(nxt, math.inf):
                    best[nxt] = ng
                    came[nxt] = cell
                    h = abs(self.centre(nxt) - target) / CELL_M
                    heapq.heappush(heap, (ng + h, nxt))
        return []


def centre_path(track: Track) -> C128:
    """A closed path through every gate in lap order, kept away from walls and off-road."""
    gates = lap_gates(track)
    if not gates:
        raise NoLineError(f"track '{track.id}' has no racing line and no checkpoints to find one from")
    grid = _Grid(track)
    first = gates[0]
    ga, gb = complex(*first.a), complex(*first.b)
    normal = (gb - ga) * 1j / max(abs(gb - ga), 1e-9)
    if track.start_slots:
        slot = min(track.start_slots, key=lambda s: s.index)
        facing = complex(math.cos(slot.heading), math.sin(slot.heading))
        if (normal * facing.conjugate()).real < 0:
            normal = -normal
    forward = normal
    path: list[complex] = []
    order = [*gates, gates[0]]
    for k in range(len(gates)):
        here, there = order[k], order[k + 1]
        mid = (complex(*here.a) + complex(*here.b)) / 2
        target = (complex(*there.a) + complex(*there.b)) / 2
        closed = grid.gate_cells(here)
        start = grid.cell_of(mid + forward * CELL_M * 1.5)
        goal = grid.gate_cells(there) - closed
        cells = grid.search(start, goal, closed, target)
        if not cells:
            a_name, b_name = str(here.name or here.index), str(there.name or there.index)
            raise NoLineError(
                f"track '{track.id}': no drivable way found from gate '{a_name}' "
                f"to gate '{b_name}'; add a RacingLine to the map's 'ai' layer",
                a_name,
                b_name,
            )
        pts = [mid, *(grid.centre(c) for c in cells)]
        path.extend(pts)
        tail = pts[-1] - pts[max(0, len(pts) - 4)]
        ta, tb = complex(*there.a), complex(*there.b)
        gn = (tb - ta) * 1j / max(abs(tb - ta), 1e-9)
        forward = gn if (gn * tail.conjugate()).real >= 0 else -gn
    return np.array(path, dtype=np.complex128)


def smooth_base(track: Track, centre: C128, segs: WallSegments | None = None) -> C128:
    """The centre path resampled every 3 m and smoothed as hard as the walls allow.

    Hard smoothing takes the grid's staircase out (the sideways directions of
    the relax step come from it), but on a hairpin it would also pull the path
    across the inside wall; then it is smoothed less.
    """
    segs = segs if segs is not None else WallSegments(track)
    raw = resample_closed(centre, 3.0)
    if not len(segs):
        passes = 60
    else:
        cap = track.wall_radius + WALL_MARGIN_M
        need = min(float(wall_distance(segs, raw, cap).min()), cap) - 0.5
        passes = 0
        for tried in (60, 30, 15, 6):
            if wall_distance(segs, _smoothed(raw, tried), cap).min() >= need:
                passes = tried
                break
    return _smoothed(raw, passes)


def _smoothed(pts: C128, passes: int) -> C128:
    for _ in range(passes):
        pts = (np.roll(pts, 1) + 2 * pts + np.roll(pts, -1)) / 4
    return np.asarray(pts, dtype=np.complex128)


def relax(track: Track, centre: C128, iterations: int = RELAX_ITERATIONS) -> C128:
    """Slide each point sideways, within the track, toward a line of minimum curvature.

    The centre path is smoothed first (:func:`smooth_base`), then each step
    moves every point against the fourth difference of the line, the gradient
    of the summed squared curvature, and clamps it back inside the room the
    track gives: ``WALL_MARGIN_M`` from walls, ``EDGE_MARGIN_M`` from the
    road's edge. The room is measured straight out from the smoothed path, so
    in a bend the relaxed line can come closer to a wall than that; it is
    measured again where the line ended up and the bound pulled in there, a
    few rounds.
    """
    segs = WallSegments(track)
    base = measure_line(track, smooth_base(track, centre, segs))
    c = base.pts
    n = base.normal
    to_left = wall_room(segs, c, -n) if len(segs) else base.left
    to_right = wall_room(segs, c, n) if len(segs) else base.right
    lo = -np.maximum(np.minimum(base.left - EDGE_MARGIN_M, to_left - WALL_MARGIN_M), 0.0)
    hi = np.maximum(np.minimum(base.right - EDGE_MARGIN_M, to_right - WALL_MARGIN_M), 0.0)
    offset = np.zeros(len(c))
    want = WALL_MARGIN_M - 0.5
    far_lo, far_hi = -np.maximum(base.left - 1.0, 0.0), np.maximum(base.right - 1.0, 0.0)
    for round_ in range(RELAX_ROUNDS):
        for _ in range(iterations if round_ == 0 else iterations // 3):
            p = c + n * offset
            d4 = np.roll(p, 2) - 4 * np.roll(p, 1) + 6 * p - 4 * np.roll(p, -1) + np.roll(p, -2)
            offset -= 0.1 * (d4 * np.conj(n)).real
            offset = np.minimum(np.maximum(offset, lo), hi)
        if not len(segs):
            break
        p = c + n * offset
        clear = wall_distance(segs, p, want + track.wall_radius) - track.wall_radius
        short = np.where(clear < want - 0.05, want - clear, 0.0)
        if not short.any():
            break
        # step away from the nearer wall (it may be on either side, or ahead in a bend)
        right_nearer = wall_room(segs, p, n) < wall_room(segs, p, -n)
        away_hi = np.maximum(np.minimum(hi, offset - short), far_lo)
        away_lo = np.minimum(np.maximum(lo, offset + short), far_hi)
        hit = short > 0
        hi = np.where(hit & right_nearer, away_hi, hi)
        lo = np.where(hit & right_nearer, np.minimum(lo, hi), lo)
        lo = np.where(hit & ~right_nearer, away_lo, lo)
        hi = np.where(hit & ~right_nearer, np.maximum(hi, lo), hi)
        offset = np.minimum(np.maximum(offset, lo), hi)
    return np.asarray(c + n * offset, dtype=np.complex128)


def compute_racing_line(track: Track) -> C128:
    """Points of a computed racing line (closed, about 3 m apart)."""
    return relax(track, centre_path(track))
