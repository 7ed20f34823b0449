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


def fill_polygon(cells: npt.NDArray[np.uint8], cell: float, polygon: Sequence[Point], value: int) -> int:
    """Set every cell whose centre is inside ``polygon`` (even-odd rule) to ``value``.

    Only the polygon's bounding box is tested, with one numpy pass per edge,
    so a zone costs about (cells in its box) x (edges) array operations.
    Returns the number of cells set.
    """
    rows, cols = cells.shape
    xs = [p[0] for p in polygon]
    ys = [p[1] for p in polygon]
    c0, c1 = max(0, math.floor(min(xs) / cell)), min(cols, math.ceil(max(xs) / cell))
    r0, r1 = max(0, math.floor(min(ys) / cell)), min(rows, math.ceil(max(ys) / cell))
    if c0 >= c1 or r0 >= r1:
        return 0
    px = (np.arange(c0, c1) + 0.5)[None, :] * cell
    py = (np.arange(r0, r1) + 0.5)[:, None] * cell
    inside = np.zeros((r1 - r0, c1 - c0), dtype=bool)
    n = len(polygon)
    for i in range(n):
        (x1, y1), (x2, y2) = polygon[i], polygon[(i + 1) % n]
        if y1 == y2:
            continue
        straddles = (py < y1) != (py < y2)
        x_cross = x1 + (py - y1) * (x2 - x1) / (y2 - y1)
        inside ^= straddles & (px < x_cross)
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
    """Gate indices in the order a closed ``line`` crosses them, starting from its first point."""
    events: list[tuple[int, float, int]] = []
    n = len(line)
    for i in range(n):
        a, b = line[i], line[(i + 1) % n]
        for g, (q1, q2) in enumerate(gates):
            t = crossing(a, b, q1, q2)
            if t is not None:
                events.append((i, t, g))
    events.sort()
    return [g for _, _, g in events]


def cyclic_order_ok(sequence: Sequence[int], expected: Sequence[int]) -> bool:
    """True if ``sequence`` is ``expected`` read round a loop from some starting place."""
    if len(sequence) != len(expected):
        return False
    n = len(sequence)
    return any(all(sequence[(s + k) % n] == expected[k] for k in range(n)) for s in range(n))
