"""Geometry the map loader needs: rotation, rasterising zones, gate crossings, road joins.

Kept apart from the Tiled reading so each piece is small and testable on
plain numbers. Everything here works in one unit (the caller's); y points down.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from game.sim.track import Point


def rotate(points: Sequence[Point], origin: Point, degrees: float) -> list[Point]:
    """Turn ``points`` about ``origin`` clockwise on screen (y down), as Tiled does."""
    if not degrees:
        return list(points)
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    ox, oy = origin
    return [(ox + c * (x - ox) - s * (y - oy), oy + s * (x - ox) + c * (y - oy)) for x, y in points]


Box = tuple[int, int, int, int]


def _box(shape: tuple[int, ...], cell: float, polygon: Sequence[Point]) -> Box | None:
    """``(r0, r1, c0, c1)``: the cells of a ``shape`` grid under the polygon's bounding box."""
    rows, cols = shape[0], shape[1]
    xs = [p[0] for p in polygon]
    ys = [p[1] for p in polygon]
    c0, c1 = max(0, math.floor(min(xs) / cell)), min(cols, math.ceil(max(xs) / cell))
    r0, r1 = max(0, math.floor(min(ys) / cell)), min(rows, math.ceil(max(ys) / cell))
    if c0 >= c1 or r0 >= r1:
        return None
    return r0, r1, c0, c1


def _edges(polygon: Sequence[Point]) -> tuple[npt.NDArray[np.float64], ...]:
    """``(x1, y1, x2, y2)`` of each edge of the closed polygon."""
    pts = np.asarray(polygon, dtype=np.float64).reshape(-1, 2)
    nxt = np.roll(pts, -1, axis=0)
    return pts[:, 0], pts[:, 1], nxt[:, 0], nxt[:, 1]


def _edge_rows(
    y1: npt.NDArray[np.float64], y2: npt.NDArray[np.float64], py: npt.NDArray[np.float64]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Per edge, the rows ``lo:hi`` whose centre ``py`` it straddles: ``min(y) <= py < max(y)``.

    That is exactly ``(py < y1) != (py < y2)``; horizontal edges straddle none.
    """
    lo = np.searchsorted(py, np.minimum(y1, y2), side="left")
    hi = np.searchsorted(py, np.maximum(y1, y2), side="left")
    return lo, hi


def zone_crossings(shape: tuple[int, ...], cell: float, polygon: Sequence[Point]) -> tuple[int, int]:
    """What :func:`fill_polygon` will cost for this polygon: (edge, row) pairs, and cells in its box."""
    box = _box(shape, cell, polygon)
    if box is None:
        return 0, 0
    r0, r1, c0, c1 = box
    _x1, y1, _x2, y2 = _edges(polygon)
    lo, hi = _edge_rows(y1, y2, (np.arange(r0, r1, dtype=np.float64) + 0.5) * cell)
    return int((hi - lo).sum()), (r1 - r0) * (c1 - c0)


def fill_polygon(cells: npt.NDArray[np.uint8], cell: float, polygon: Sequence[Point], value: int) -> int:
    """Set every cell whose centre is inside ``polygon`` (even-odd rule) to ``value``.

    A scanline fill: each edge is intersected only with the rows whose centres
    it straddles, and a cell is inside when an odd number of those crossings
    lie to its right. The arithmetic is the same, operation for operation, as
    testing every cell against every edge, so the cells come out identical, but
    the cost is (edge, row) pairs plus the box's cells, not edges x cells
    (:func:`zone_crossings` tells the cost before the work). Returns the
    number of cells set.
    """
    box = _box(cells.shape, cell, polygon)
    if box is None:
        return 0
    r0, r1, c0, c1 = box
    px = (np.arange(c0, c1, dtype=np.float64) + 0.5) * cell
    py = (np.arange(r0, r1, dtype=np.float64) + 0.5) * cell
    x1, y1, x2, y2 = _edges(polygon)
    lo, hi = _edge_rows(y1, y2, py)
    counts = hi - lo
    total = int(counts.sum())
    edge = np.repeat(np.arange(len(counts)), counts)
    row = np.arange(total) - np.repeat(np.cumsum(counts) - counts - lo, counts)
    x_cross = x1[edge] + (py[row] - y1[edge]) * (x2[edge] - x1[edge]) / (y2[edge] - y1[edge])
    right_of = np.searchsorted(px, x_cross, side="left")  # cells 0..k-1 have px < x_cross
    width = c1 - c0 + 1
    toggles = np.bincount(np.concatenate((row * width, row * width + right_of)), minlength=(r1 - r0) * width)
    inside = (np.cumsum(toggles.reshape(r1 - r0, width), axis=1)[:, : c1 - c0] % 2).astype(bool)
    cells[r0:r1, c0:c1][inside] = value
    return int(inside.sum())


def point_segment_distance(p: Point, a: Point, b: Point) -> float:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy))


def crossing(p1: Point, p2: Point, q1: Point, q2: Point) -> float | None:
    """Where segment p1-p2 crosses segment q1-q2, as a fraction along p1-p2, or None."""
    rx, ry = p2[0] - p1[0], p2[1] - p1[1]
    sx, sy = q2[0] - q1[0], q2[1] - q1[1]
    denom = rx * sy - ry * sx
    if denom == 0:
        return None
    qpx, qpy = q1[0] - p1[0], q1[1] - p1[1]
    t = (qpx * sy - qpy * sx) / denom
    u = (qpx * ry - qpy * rx) / denom
    if 0.0 <= t < 1.0 and 0.0 <= u <= 1.0:
        return t
    return None


def gate_crossings(line: Sequence[Point], gates: Sequence[tuple[Point, Point]]) -> list[int]:
    """Gate indices in the order a closed ``line`` crosses them, starting from its first point.

    numpy finds the (segment, gate) pairs that may cross, a block of segments at
    a time; each is then decided by :func:`crossing` itself, so the answer is
    the scalar one while the cost stays near one array pass for long lines.
    """
    n = len(line)
    if not n or not gates:
        return []
    pts = np.asarray(line, dtype=np.float64).reshape(-1, 2)
    nxt = np.roll(pts, -1, axis=0)
    q = np.asarray(gates, dtype=np.float64).reshape(-1, 4)
    events: list[tuple[int, float, int]] = []
    for start in range(0, n, CROSSING_BLOCK):
        for i, g in _maybe_crossing(
            pts[start : start + CROSSING_BLOCK], nxt[start : start + CROSSING_BLOCK], q
        ):
            a, b = line[start + i], line[(start + i + 1) % n]
            t = crossing(a, b, gates[g][0], gates[g][1])
            if t is not None:
                events.append((start + i, t, g))
    events.sort()
    return [g for _, _, g in events]


CROSSING_BLOCK = 2048
SLACK = 1e-9
"""Candidates are found with this much to spare; the exact test decides."""


def _maybe_crossing(
    p1: npt.NDArray[np.float64], p2: npt.NDArray[np.float64], q: npt.NDArray[np.float64]
) -> list[tuple[int, int]]:
    """(segment, gate) pairs whose crossing fractions land within the segments, with slack."""
    rx, ry = (p2[:, 0] - p1[:, 0])[:, None], (p2[:, 1] - p1[:, 1])[:, None]
    sx, sy = (q[:, 2] - q[:, 0])[None, :], (q[:, 3] - q[:, 1])[None, :]
    denom = rx * sy - ry * sx
    qpx, qpy = q[None, :, 0] - p1[:, 0:1], q[None, :, 1] - p1[:, 1:2]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (qpx * sy - qpy * sx) / denom
        u = (qpx * ry - qpy * rx) / denom
    ok = (denom != 0) & (t >= -SLACK) & (t < 1 + SLACK) & (u >= -SLACK) & (u <= 1 + SLACK)
    return [(int(i), int(g)) for i, g in zip(*np.nonzero(ok), strict=True)]


def cyclic_order_ok(sequence: Sequence[int], expected: Sequence[int]) -> bool:
    """True if ``sequence`` is ``expected`` read round a loop from some starting place."""
    if len(sequence) != len(expected):
        return False
    n = len(sequence)
    return any(all(sequence[(s + k) % n] == expected[k] for k in range(n)) for s in range(n))


def first_near_segment(p: Point, ends: npt.NDArray[np.float64], radius: float) -> int | None:
    """Index of the first segment (rows ``ax, ay, bx, by``) closer than ``radius`` to ``p``.

    Segments whose bounding box is farther than ``radius`` are skipped with
    four comparisons each; the rest are measured in one numpy pass and the
    candidates then decided in order by :func:`point_segment_distance`, so the
    answer is the scalar loop's.
    """
    if not len(ends):
        return None
    reach = radius * (1 + SLACK) + SLACK
    ax, ay, bx, by = ends[:, 0], ends[:, 1], ends[:, 2], ends[:, 3]
    x, y = p
    near = (
        (np.minimum(ax, bx) <= x + reach)
        & (np.maximum(ax, bx) >= x - reach)
        & (np.minimum(ay, by) <= y + reach)
        & (np.maximum(ay, by) >= y - reach)
    )
    rows = np.flatnonzero(near)
    if not len(rows):
        return None
    ax, ay, bx, by = ax[rows], ay[rows], bx[rows], by[rows]
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(length2 == 0, 0.0, np.clip(((x - ax) * dx + (y - ay) * dy) / length2, 0.0, 1.0))
    gap_x, gap_y = x - (ax + t * dx), y - (ay + t * dy)
    for index in rows[gap_x * gap_x + gap_y * gap_y < reach * reach].tolist():
        a, b = (float(ends[index, 0]), float(ends[index, 1])), (float(ends[index, 2]), float(ends[index, 3]))
        if point_segment_distance(p, a, b) < radius:
            return int(index)
    return None


def near_box(ends: npt.NDArray[np.float64], box: tuple[float, float, float, float]) -> npt.NDArray[np.intp]:
    """Rows of ``ends`` (segments ``ax, ay, bx, by``) whose bounding box meets ``box`` (x0, y0, x1, y1)."""
    ax, ay, bx, by = ends[:, 0], ends[:, 1], ends[:, 2], ends[:, 3]
    x0, y0, x1, y1 = box
    meets = (
        (np.minimum(ax, bx) <= x1)
        & (np.maximum(ax, bx) >= x0)
        & (np.minimum(ay, by) <= y1)
        & (np.maximum(ay, by) >= y0)
    )
    return np.flatnonzero(meets)


def path_length(points: Sequence[Point], closed: bool) -> float:
    """Length of the polyline through ``points`` (back to the start when ``closed``)."""
    total = sum(math.dist(points[i - 1], points[i]) for i in range(1, len(points)))
    return total + (math.dist(points[-1], points[0]) if closed and len(points) > 1 else 0.0)
