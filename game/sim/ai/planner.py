"""A racing line for a track whose map has none, found from the geometry alone.

Two stages. First a centre path: an A* search on a 2 m grid of drivable
cells (road surface, away from walls) from each gate to the next, in lap
order; each gate is closed behind the search so the path cannot run the lap
backwards. Then the path is relaxed toward minimum curvature: each point may
slide sideways only, inside the room the track gives it, and is pulled
toward the middle of its neighbours until the line stops changing. That is
the classic "elastic band" racing line: wide on entry, tight at the apex.
"""

from __future__ import annotations

import heapq
import math

import numpy as np

from game.sim.ai.geometry import C128
from game.sim.ai.line import RacingLine, build_line, resample_closed, surface_grip
from game.sim.track import Checkpoint, Track

CELL_M = 2.0
CAR_CLEARANCE_M = 1.0
EDGE_MARGIN_M = 1.6
"""How far the relaxed line keeps from the edges: half a car and a little air."""
RELAX_ITERATIONS = 1500


class NoLineError(ValueError):
    """The track gives too little to find a racing line (no gates, or gates not connected)."""


def racing_line_for(track: Track) -> RacingLine:
    """The map's own racing line if it has one; otherwise one computed from its geometry."""
    if len(track.racing_line) >= 3:
        return build_line(track, track.racing_line)
    return build_line(track, compute_racing_line(track))


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
        gates = lap_gates(track)
        mids = np.array([(complex(*g.a) + complex(*g.b)) / 2 for g in gates])
        reference = float(np.median(surface_grip(track, mids))) if len(mids) else 1.0
        self.free = grip >= 0.75 * reference
        reach = track.wall_radius + CAR_CLEARANCE_M
        for wall in track.walls:
            for a, b in wall.segments():
                self._block_segment(complex(*a), complex(*b), reach)
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
        self.cost = (1.0 + 3.0 / (1.0 + clear)).reshape(-1)

    def _block_segment(self, a: complex, b: complex, reach: float) -> None:
        lo_c = max(0, int((min(a.real, b.real) - reach) // CELL_M))
        hi_c = min(self.cols - 1, int((max(a.real, b.real) + reach) // CELL_M))
        lo_r = max(0, int((min(a.imag, b.imag) - reach) // CELL_M))
        hi_r = min(self.rows - 1, int((max(a.imag, b.imag) + reach) // CELL_M))
        if lo_c > hi_c or lo_r > hi_r:
            return
        xs = (np.arange(lo_c, hi_c + 1) + 0.5) * CELL_M
        ys = (np.arange(lo_r, hi_r + 1) + 0.5) * CELL_M
        p = xs[None, :] + 1j * ys[:, None]
        d = b - a
        dd = (d * d.conjugate()).real
        t = np.zeros(p.shape) if dd <= 0 else np.clip(((p - a) * d.conjugate()).real / dd, 0.0, 1.0)
        near = np.abs(p - (a + t * d)) < reach
        self.free[lo_r : hi_r + 1, lo_c : hi_c + 1] &= ~near

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
            raise NoLineError(
                f"track '{track.id}': no drivable way found from gate '{here.name or here.index}' "
                f"to gate '{there.name or there.index}'; add a RacingLine to the map's 'ai' layer"
            )
        pts = [mid, *(grid.centre(c) for c in cells)]
        path.extend(pts)
        tail = pts[-1] - pts[max(0, len(pts) - 4)]
        ta, tb = complex(*there.a), complex(*there.b)
        gn = (tb - ta) * 1j / max(abs(tb - ta), 1e-9)
        forward = gn if (gn * tail.conjugate()).real >= 0 else -gn
    return np.array(path, dtype=np.complex128)


def relax(track: Track, centre: C128, iterations: int = RELAX_ITERATIONS) -> C128:
    """Slide each point sideways, within the track, toward a line of minimum curvature.

    The centre path is smoothed hard first (the grid's staircase would make
    the sideways directions noisy), then each step moves every point against
    the fourth difference of the line, the gradient of the summed squared
    curvature, and clamps it back inside the room the track gives.
    """
    pts = resample_closed(centre, 3.0)
    for _ in range(60):
        pts = (np.roll(pts, 1) + 2 * pts + np.roll(pts, -1)) / 4
    base = build_line(track, pts)
    c = base.pts
    n = base.normal
    lo = -np.maximum(base.left - EDGE_MARGIN_M, 0.0)
    hi = np.maximum(base.right - EDGE_MARGIN_M, 0.0)
    offset = np.zeros(len(c))
    for _ in range(iterations):
        p = c + n * offset
        d4 = np.roll(p, 2) - 4 * np.roll(p, 1) + 6 * p - 4 * np.roll(p, -1) + np.roll(p, -2)
        offset -= 0.1 * (d4 * np.conj(n)).real
        offset = np.minimum(np.maximum(offset, lo), hi)
    return np.asarray(c + n * offset, dtype=np.complex128)


def compute_racing_line(track: Track) -> C128:
    """Points of a computed racing line (closed, about 3 m apart)."""
    return relax(track, centre_path(track))
