"""Track geometry in metres: rounded-polygon centre lines, distance fields, contours.

Centre lines are polygons with a fillet radius at each vertex, so straights are
exactly straight (start grids sit on them) and corners are true circular arcs
whose radius says how fast they are. Everything the map needs, from terrain to
walls, is derived from distance to the centre line sampled on a 1 m lattice
(four samples per 4 m tile side), which is what keeps ground tiles, barriers and
physics walls in exact agreement.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from assets.art import exact

F = npt.NDArray[np.float64]
LATTICE = 4
"""Lattice samples per tile side (1 m apart at 4 m tiles)."""
TILE_M = 4.0


def rounded_polygon(corners: list[tuple[float, float, float]], step: float = 1.0) -> F:
    """Closed centre line through polygon ``corners`` (x, y, fillet radius), every ~``step`` m.

    The line starts at the tangent point leaving corner 0 and runs in corner
    order. Raises ValueError when two fillets overlap on one polygon side.
    Every point is snapped (``exact.q``), so a straight along a round
    coordinate stays exactly on it whatever the trigonometry's last bits.
    """
    n = len(corners)
    pts = np.array([(c[0], c[1]) for c in corners], dtype=np.float64)
    tan_in: list[np.ndarray] = []
    tan_out: list[np.ndarray] = []
    arcs: list[F] = []
    for i in range(n):
        p_prev, p, p_next = pts[i - 1], pts[i], pts[(i + 1) % n]
        r = corners[i][2]
        d_in = exact.q((p - p_prev) / exact.norm2(p - p_prev))
        d_out = exact.q((p_next - p) / exact.norm2(p_next - p))
        cross = exact.q(d_in[0] * d_out[1] - d_in[1] * d_out[0])
        ang = exact.atan2_1(cross, exact.dot2(d_in, d_out))
        tl = exact.q(r * exact.tan1(abs(ang) / 2))
        t_in, t_out = exact.q(p - d_in * tl), exact.q(p + d_out * tl)
        tan_in.append(t_in)
        tan_out.append(t_out)
        if r <= 0 or abs(ang) < 1e-9:
            arcs.append(np.array([p]))
            continue
        # y is down: cross > 0 turns clockwise on screen (a right-hander).
        normal = np.array([-d_in[1], d_in[0]]) * (1 if cross > 0 else -1)
        centre = t_in + normal * r
        a0 = exact.atan2_1(t_in[1] - centre[1], t_in[0] - centre[0])
        k = max(2, math.ceil(abs(ang) * r / step))
        a = a0 + np.linspace(0.0, ang, k + 1)
        arcs.append(exact.q(np.stack([centre[0] + r * exact.cos(a), centre[1] + r * exact.sin(a)], axis=1)))
    out: list[F] = []
    for i in range(n):
        j = (i + 1) % n
        a, b = tan_out[i], tan_in[j]
        seg = b - a
        length = exact.norm2(seg)
        side = pts[j] - pts[i]
        if exact.dot2(seg, side) < -1e-6:
            raise ValueError(f"fillets at corners {i} and {j} overlap on their shared side")
        k = max(1, math.ceil(length / step))
        out.append(exact.q(a + np.outer(np.arange(k) / k, seg)))
        out.append(arcs[j][:-1])
    return np.concatenate(out)


def resample_closed(points: F, step: float) -> F:
    """Resample a closed polyline at equal arc-length steps (last point != first)."""
    closed = np.vstack([points, points[:1]])
    seg = exact.norms(np.diff(closed, axis=0))
    s = exact.q(np.concatenate([[0.0], np.cumsum(seg)]))
    total = float(s[-1])
    n = max(8, round(total / step))
    targets = exact.q(np.arange(n) * total / n)
    x = exact.interp(targets, s, closed[:, 0])
    y = exact.interp(targets, s, closed[:, 1])
    return np.stack([x, y], axis=1)


def rotate_to(points: F, target: tuple[float, float]) -> F:
    """Rotate a closed polyline's start to its vertex nearest ``target``, inserting it."""
    d = exact.hypot(points[:, 0] - target[0], points[:, 1] - target[1])
    i = int(np.argmin(d))
    rolled = np.roll(points, -i, axis=0)
    rolled[0] = target
    return rolled


def arc_lengths(points: F, closed: bool = True) -> F:
    """Cumulative length at each vertex (starting at 0)."""
    pts = np.vstack([points, points[:1]]) if closed else points
    seg = exact.norms(np.diff(pts, axis=0))
    return exact.q(np.concatenate([[0.0], np.cumsum(seg)])[: len(points)])


def polyline_length(points: F, closed: bool = True) -> float:
    pts = np.vstack([points, points[:1]]) if closed else points
    return exact.q(float(exact.norms(np.diff(pts, axis=0)).sum()))


def normals(points: F) -> F:
    """Unit left-hand normals of a closed polyline (on screen, y down: to the driver's left)."""
    tangent = np.roll(points, -1, axis=0) - np.roll(points, 1, axis=0)
    tangent = exact.q(tangent / exact.norms(tangent)[:, None])
    return np.stack([tangent[:, 1], -tangent[:, 0]], axis=1)


def curvature(points: F) -> F:
    """Signed curvature (1/m) of a closed, evenly sampled polyline."""
    a, b, c = np.roll(points, 1, axis=0), points, np.roll(points, -1, axis=0)
    ab, bc = b - a, c - b
    cross = ab[:, 0] * bc[:, 1] - ab[:, 1] * bc[:, 0]
    la, lb, lc = exact.norms(ab), exact.norms(bc), exact.norms(c - a)
    return exact.q(2 * cross / np.maximum(la * lb * lc, 1e-9))


@dataclass
class Field:
    """Distance to a polyline on the map lattice, plus the arc length of the nearest point."""

    dist: F
    s: F


def lattice_shape(cols: int, rows: int) -> tuple[int, int]:
    return rows * LATTICE + 1, cols * LATTICE + 1


def distance_field(points: F, cols: int, rows: int, reach: float, closed: bool = True) -> Field:
    """Distance (m) from every lattice point to the polyline, up to ``reach`` (else inf)."""
    shape = lattice_shape(cols, rows)
    step = TILE_M / LATTICE
    dist = np.full(shape, np.inf)
    s_near = np.zeros(shape)
    pts = np.vstack([points, points[:1]]) if closed else points
    s = exact.q(np.concatenate([[0.0], np.cumsum(exact.norms(np.diff(pts, axis=0)))]))
    for i in range(len(pts) - 1):
        a, b = pts[i], pts[i + 1]
        lo = np.floor((np.minimum(a, b) - reach) / step).astype(int)
        hi = np.ceil((np.maximum(a, b) + reach) / step).astype(int)
        c0, r0 = max(lo[0], 0), max(lo[1], 0)
        c1, r1 = min(hi[0], shape[1] - 1), min(hi[1], shape[0] - 1)
        if c0 > c1 or r0 > r1:
            continue
        xs = np.arange(c0, c1 + 1) * step
        ys = np.arange(r0, r1 + 1) * step
        gx, gy = np.meshgrid(xs, ys)
        v = b - a
        ln2 = exact.dot2(v, v) or 1e-12
        t = np.clip(((gx - a[0]) * v[0] + (gy - a[1]) * v[1]) / ln2, 0.0, 1.0)
        d = exact.hypot(gx - (a[0] + t * v[0]), gy - (a[1] + t * v[1]))
        sub = dist[r0 : r1 + 1, c0 : c1 + 1]
        ssub = s_near[r0 : r1 + 1, c0 : c1 + 1]
        better = d < sub
        sub[better] = d[better]
        ssub[better] = exact.q(s[i] + t[better] * math.sqrt(ln2))
    return Field(dist, s_near)


# --------------------------------------------------------------------------- tile crossings

Crossing = tuple[int, int]  # (edge 0..3, position 0..3)


def block_transitions(block: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """Crossed edges of one tile's 5x5 boolean lattice block: ``(edge, position)`` pairs.

    An edge counts as crossed only when its five samples change state exactly
    once; an edge the boundary enters and leaves again is treated as uncrossed
    (consistently, by both tiles that share it).
    """
    sides = (block[0, :], block[:, -1], block[-1, :], block[:, 0])
    out = []
    for e, samples in enumerate(sides):
        flips = np.nonzero(samples[1:] != samples[:-1])[0]
        if len(flips) == 1:
            out.append((e, int(flips[0])))
    return out


def tile_block(lattice: npt.NDArray[np.generic], r: int, c: int) -> npt.NDArray[np.generic]:
    """The 5x5 lattice samples of tile (r, c), corners included."""
    return lattice[r * LATTICE : (r + 1) * LATTICE + 1, c * LATTICE : (c + 1) * LATTICE + 1]


def block_segments(block: npt.NDArray[np.bool_]) -> list[tuple[Crossing, Crossing]]:
    """The boundary pieces in one tile as pairs of crossings (marching squares)."""
    cr = block_transitions(block)
    if len(cr) == 2:
        return [(cr[0], cr[1])]
    if len(cr) == 4:
        centre = bool(block[LATTICE // 2, LATTICE // 2])
        if centre == bool(block[0, 0]):
            return [(cr[0], cr[1]), (cr[2], cr[3])]
        return [(cr[0], cr[3]), (cr[1], cr[2])]
    return []


def mixed_tiles(lattice: npt.NDArray[np.generic], cols: int, rows: int) -> npt.NDArray[np.bool_]:
    """Tiles whose 5x5 block is not uniform (only those need marching)."""
    L = LATTICE
    out = np.zeros((rows, cols), dtype=bool)
    core = lattice[: rows * L + 1, : cols * L + 1]
    for dy in range(L + 1):
        for dx in range(L + 1):
            sub = core[dy : dy + rows * L : L, dx : dx + cols * L : L]
            out |= sub != core[0 : rows * L : L, 0 : cols * L : L]
    return out


def crossing_point_px(r: int, c: int, cr: Crossing) -> tuple[int, int]:
    """Map pixel position of a crossing on tile (r, c)."""
    e, p = cr
    off = 4 + 8 * p
    x0, y0 = c * 32, r * 32
    return ((x0 + off, y0), (x0 + 32, y0 + off), (x0 + off, y0 + 32), (x0, y0 + off))[e]


def contours(inside: npt.NDArray[np.bool_], cols: int, rows: int) -> list[list[tuple[int, int]]]:
    """Boundary loops/chains of a boolean lattice as pixel polylines on tile edges."""
    adj: dict[tuple[int, int], list[tuple[int, int]]] = {}
    mixed = mixed_tiles(inside, cols, rows)
    for r, c in zip(*np.nonzero(mixed), strict=True):
        r, c = int(r), int(c)
        for a, b in block_segments(tile_block(inside, r, c)):
            pa, pb = crossing_point_px(r, c, a), crossing_point_px(r, c, b)
            adj.setdefault(pa, []).append(pb)
            adj.setdefault(pb, []).append(pa)
    seen: set[tuple[int, int]] = set()
    loops: list[list[tuple[int, int]]] = []
    for start in sorted(adj):
        if start in seen:
            continue
        chain = [start]
        seen.add(start)
        prev, cur = None, start
        while True:
            nxt = [p for p in adj[cur] if p != prev and p not in seen]
            if not nxt:
                break
            prev, cur = cur, nxt[0]
            chain.append(cur)
            seen.add(cur)
        loops.append(chain)
    return loops


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: drop vertices closer than ``tol`` to the simplified line."""
    if len(points) < 3:
        return list(points)
    a, b = np.array(points[0], float), np.array(points[-1], float)
    pts = np.array(points, float)
    v = b - a
    ln = exact.norm2(v)
    if ln < 1e-9:
        d = exact.norms(pts - a)
    else:
        d = exact.q(np.abs(v[0] * (pts[:, 1] - a[1]) - v[1] * (pts[:, 0] - a[0])) / ln)
    i = int(np.argmax(d))
    if d[i] <= tol:
        return [points[0], points[-1]]
    left = simplify(points[: i + 1], tol)
    right = simplify(points[i:], tol)
    return left[:-1] + right


def polyline_tile_pieces(points_px: F, closed: bool) -> list[tuple[int, int, Crossing, Crossing]]:
    """Where a pixel polyline crosses tiles: (row, col, entry crossing, exit crossing).

    Used for painted lines (lane markings) that follow a curve rather than a
    lattice contour. Pieces entering and leaving by the same side are dropped.
    """
    pts = np.vstack([points_px, points_px[:1]]) if closed else points_px
    pieces: list[tuple[int, int, Crossing, Crossing]] = []
    cur_tile: tuple[int, int] | None = None
    start_tile: tuple[int, int] | None = None
    entry: Crossing | None = None
    first_exit: Crossing | None = None
    for i in range(len(pts) - 1):
        a, b = pts[i], pts[i + 1]
        if cur_tile is None:
            cur_tile = start_tile = (int(a[1] // 32), int(a[0] // 32))
        events: list[tuple[float, str, float]] = []
        for axis, name in ((0, "x"), (1, "y")):
            lo, hi = sorted((a[axis], b[axis]))
            k0, k1 = math.floor(lo / 32) + 1, math.floor(hi / 32)
            for k in range(k0, k1 + 1):
                if b[axis] == a[axis]:
                    continue
                t = (k * 32 - a[axis]) / (b[axis] - a[axis])
                if 0 <= t <= 1:
                    events.append((t, name, k * 32))
        events.sort()
        for t, name, _ in events:
            px, py = a + t * (b - a)
            r, c = cur_tile
            if name == "x":
                going = 1 if b[0] > a[0] else -1
                frac = py - r * 32
                exit_e, enter_e = (1, 3) if going > 0 else (3, 1)
                nxt = (r, c + going)
            else:
                going = 1 if b[1] > a[1] else -1
                frac = px - c * 32
                exit_e, enter_e = (2, 0) if going > 0 else (0, 2)
                nxt = (r + going, c)
            pos = int(min(3, max(0, frac // 8)))
            if entry is not None and entry[0] != exit_e:
                pieces.append((r, c, entry, (exit_e, pos)))
            if first_exit is None:
                first_exit = (exit_e, pos)
            entry = (enter_e, pos)
            cur_tile = nxt
    if (
        closed
        and start_tile is not None
        and entry is not None
        and first_exit is not None
        and entry[0] != first_exit[0]
        and cur_tile == start_tile
    ):
        pieces.append((start_tile[0], start_tile[1], entry, first_exit))
    return pieces
