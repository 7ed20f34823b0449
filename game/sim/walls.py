"""Wall geometry a driver can get stuck in: concave corners and narrow dead ends.

A *pocket* is a place where a car that noses in meets wall on more than one
side: a corner that turns toward the drivable side (classed by how sharp it
is, over a car's length of wall, since maps draw a corner as a few short
segments), or a narrow slot between two walls facing each other, where a car
cannot turn round. Tests drive every car into one of each kind on every
circuit and require it to get out by driving.

Which side of a wall is drivable comes from the track's start slots: a point
is reachable when it lies inside exactly the same closed walls as the grid
does (open walls are drivable on both sides).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from game.sim.track import Point, Track, Wall

F64 = npt.NDArray[np.float64]

PocketKind = Literal["bend", "open-corner", "square-corner", "sharp-corner", "dead-end"]
SAMPLE_M = 1.0
CHORD_SAMPLES = 2
"""The wall's heading is read over a chord of twice this many samples (4 m)."""
CORNER_SPAN_M = 6.0
"""A corner is the wall within this much either side of its apex: what a car nosing in meets."""
MIN_CORNER_TURN_DEG = 8.0
"""A corner turns at least this much toward the drivable side within its span (the outside of a
60 m bend turns ~11 deg: a "bend")."""
DEAD_END_GAP_M = 7.0
"""Two wall faces closer than this (m, face to face), facing each other, make a slot a car cannot turn in."""
PROBE_M = 1.5
"""How far off the wall's surface a reachability probe sits."""


@dataclass(frozen=True, slots=True)
class Pocket:
    kind: PocketKind
    x: float
    y: float
    """The apex (a corner's vertex, or the middle of a slot's narrowest gap)."""
    out_heading: float
    """Direction (rad) from the apex into the open: the way a car nosing in came from."""
    opening_deg: float
    """Angle between the two wall faces on the drivable side (180 = no corner); 0 for a slot."""
    gap_m: float
    """Clear width at the apex between wall surfaces (inf for a corner)."""
    wall: int
    vertex: int


def _contains(poly: F64, x: float, y: float) -> bool:
    """Even-odd point-in-polygon."""
    xs, ys = poly[:, 0], poly[:, 1]
    xn, yn = np.roll(xs, -1), np.roll(ys, -1)
    crosses = (ys > y) != (yn > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        at_x = xs + (y - ys) * (xn - xs) / (yn - ys)
    return bool(np.count_nonzero(crosses & (x < at_x)) % 2)


class Reach:
    """Whether a point lies in the region a car on the grid can drive to (closed walls only)."""

    def __init__(self, track: Track) -> None:
        self.polygons = [np.array(w.points, dtype=np.float64) for w in track.walls if w.closed]
        slot = track.start_slots[0] if track.start_slots else None
        home = (slot.x, slot.y) if slot is not None else (track.width_m / 2.0, track.height_m / 2.0)
        self.signature = self._signature(*home)

    def _signature(self, x: float, y: float) -> tuple[bool, ...]:
        return tuple(_contains(p, x, y) for p in self.polygons)

    def __call__(self, x: float, y: float) -> bool:
        return self._signature(x, y) == self.signature


def resample(wall: Wall, step: float) -> F64:
    """Points every ``step`` metres along the wall (a closed wall's last point is not its first)."""
    pts = np.array([*wall.points, wall.points[0]] if wall.closed else wall.points, dtype=np.float64)
    s = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(pts, axis=0).T))])
    n = max(int(s[-1] / step), 2)
    at = np.linspace(0.0, float(s[-1]), n, endpoint=not wall.closed)
    return np.column_stack([np.interp(at, s, pts[:, 0]), np.interp(at, s, pts[:, 1])])


def corners(track: Track, reach: Reach | None = None) -> list[Pocket]:
    """Every concave corner of every wall, as seen from the drivable side.

    The wall is resampled every metre and its heading read over a chord of
    ``2 * CHORD_SAMPLES`` metres (so a staircase of tile edges reads as the line
    it draws). A corner's size is how far the wall turns within
    ``CORNER_SPAN_M`` either side of its apex, which is the wall a car nosing
    in meets; the apex is where that turn peaks. Only corners whose inside a
    car can reach count.
    """
    reach = reach or Reach(track)
    found: list[Pocket] = []
    span = round(CORNER_SPAN_M / SAMPLE_M)
    for w_index, wall in enumerate(track.walls):
        pts = resample(wall, SAMPLE_M)
        n = len(pts)
        if n < 2 * (span + CHORD_SAMPLES) + 1:
            continue
        heading = headings(pts, CHORD_SAMPLES, wall.closed)
        k = np.arange(n)
        after, before = _shift(k, span, n, wall.closed), _shift(k, -span, n, wall.closed)
        turn = (heading[after] - heading[before] + np.pi) % (2.0 * np.pi) - np.pi
        least = math.radians(MIN_CORNER_TURN_DEG)
        for v in np.flatnonzero(np.abs(turn) >= least).tolist():
            near = _shift(np.arange(v - span, v + span + 1), 0, n, wall.closed)
            peak = np.abs(turn[near]).max()
            # the apex is the middle of the run of samples at the peak (a sharp vertex
            # reads the full turn from several samples either side of it)
            top = np.flatnonzero(np.abs(turn[near]) >= peak - math.radians(1.0))
            if abs(turn[v]) < peak - math.radians(1.0) or near[top[len(top) // 2]] != v:
                continue
            side = 1.0 if turn[v] > 0 else -1.0  # y down: a positive turn bends right of travel
            out = float(heading[before[v]] + turn[v] / 2.0) + side * math.pi / 2.0
            x, y = float(pts[v][0]), float(pts[v][1])
            probe = track.wall_radius + PROBE_M
            if not reach(x + probe * math.cos(out), y + probe * math.sin(out)):
                continue
            opening = 180.0 - math.degrees(abs(float(turn[v])))
            found.append(Pocket(_corner_kind(opening), x, y, out, opening, math.inf, w_index, v))
    return found


def _shift(k: npt.NDArray[np.int_], by: int, n: int, closed: bool) -> npt.NDArray[np.int_]:
    moved = k + by
    return moved % n if closed else np.clip(moved, 0, n - 1)


def headings(pts: F64, half_chord: int, closed: bool) -> F64:
    """Heading at each sample, of the chord from ``half_chord`` samples behind to as many ahead."""
    k = np.arange(len(pts))
    ahead, behind = _shift(k, half_chord, len(pts), closed), _shift(k, -half_chord, len(pts), closed)
    chord = pts[ahead] - pts[behind]
    heading: F64 = np.arctan2(chord[:, 1], chord[:, 0])
    return heading


def _corner_kind(opening_deg: float) -> PocketKind:
    if opening_deg >= 150.0:
        return "bend"
    if opening_deg >= 110.0:
        return "open-corner"
    if opening_deg >= 60.0:
        return "square-corner"
    return "sharp-corner"


def dead_ends(track: Track, reach: Reach | None = None, gap_m: float = DEAD_END_GAP_M) -> list[Pocket]:
    """Narrow slots: a wall vertex whose drivable side faces another wall face closer than ``gap_m``.

    Faces (segment midpoints) count as facing when their drivable-side normals
    point at each other (within 45 deg) and each lies ahead of the other.
    """
    reach = reach or Reach(track)
    probe = track.wall_radius + PROBE_M
    faces: list[tuple[F64, F64, int, int]] = []  # (point, outward normal, wall, vertex)
    for w_index, wall in enumerate(track.walls):
        for k, (a, b) in enumerate(wall.segments()):
            length = math.dist(a, b)
            if length < 1e-6:
                continue
            tx, ty = (b[0] - a[0]) / length, (b[1] - a[1]) / length
            mid = np.array([(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0])
            for nx, ny in ((-ty, tx), (ty, -tx)):
                if reach(mid[0] + probe * nx, mid[1] + probe * ny):
                    faces.append((mid, np.array([nx, ny]), w_index, k))
    if not faces:
        return []
    mids = np.array([f[0] for f in faces])
    normals = np.array([f[1] for f in faces])
    found: list[Pocket] = []
    clear = gap_m + 2.0 * track.wall_radius
    for i, (mid, normal, w_index, k) in enumerate(faces):
        d = mids - mid
        dist = np.hypot(d[:, 0], d[:, 1])
        ahead = (d @ normal) > 0.7 * dist
        facing = (normals @ normal) < -0.7
        hit = np.flatnonzero(ahead & facing & (dist < clear) & (dist > 0.0))
        if not len(hit):
            continue
        j = int(hit[np.argmin(dist[hit])])
        if j < i and any(p.wall == faces[j][2] and p.vertex == faces[j][3] for p in found):
            continue
        centre = (mid + mids[j]) / 2.0
        gap = float(dist[j]) - 2.0 * track.wall_radius
        # the way out runs along the slot, toward whichever end is further open
        axis = math.atan2(float(normal[1]), float(normal[0])) + math.pi / 2.0
        cx, cy = float(centre[0]), float(centre[1])
        if ray(track, cx, cy, axis + math.pi) > ray(track, cx, cy, axis):
            axis += math.pi
        found.append(Pocket("dead-end", cx, cy, axis, 0.0, gap, w_index, k))
    return found


def ray(track: Track, x: float, y: float, heading: float, limit: float = 100.0) -> float:
    """Distance from (x, y) along ``heading`` to the first wall centre line (``limit`` if none)."""
    segs = np.array([[*a, *b] for w in track.walls for a, b in w.segments()], dtype=np.float64)
    if not len(segs):
        return limit
    dx, dy = math.cos(heading), math.sin(heading)
    ex, ey = segs[:, 2] - segs[:, 0], segs[:, 3] - segs[:, 1]
    denom = dx * ey - dy * ex
    with np.errstate(divide="ignore", invalid="ignore"):
        t = ((segs[:, 0] - x) * ey - (segs[:, 1] - y) * ex) / denom
        u = ((segs[:, 0] - x) * dy - (segs[:, 1] - y) * dx) / denom
    hit = (np.abs(denom) > 1e-12) & (t > 0.0) & (u >= 0.0) & (u <= 1.0)
    return float(min(t[hit].min(), limit)) if np.any(hit) else limit


def pockets(track: Track) -> list[Pocket]:
    """Every corner and slot of the track's walls a car can reach."""
    reach = Reach(track)
    return corners(track, reach) + dead_ends(track, reach)


def representatives(found: list[Pocket]) -> dict[PocketKind, Pocket]:
    """One pocket per kind: the tightest (smallest opening, or narrowest slot)."""
    best: dict[PocketKind, Pocket] = {}
    for p in found:
        key = (p.opening_deg, p.gap_m)
        held = best.get(p.kind)
        if held is None or key < (held.opening_deg, held.gap_m):
            best[p.kind] = p
    return best


def collision_segments(wall: Wall, radius: float) -> list[tuple[Point, Point]]:
    """The segments the world collides with: the wall's outline without detail finer than
    ``radius`` (its thickness), so a half-tile jog of a traced map is no ramp for a
    scraping car's nose to catch on. Ends of an open wall stay where they are."""
    pts = simplified(wall.points, wall.closed, radius)
    pairs = list(itertools.pairwise(pts))
    if wall.closed and len(pts) > 2:
        pairs.append((pts[-1], pts[0]))
    return pairs


def simplified(points: tuple[Point, ...], closed: bool, tolerance: float) -> list[Point]:
    """``points`` with every vertex dropped that lies within ``tolerance`` of the line its
    neighbours would make (Douglas-Peucker); the ends of an open wall always stay.

    A closed wall is split at its first point and the point farthest from it, so both
    halves are simplified with fixed ends.
    """
    pts = [(float(x), float(y)) for x, y in points]
    if len(pts) < 3:
        return pts
    if not closed:
        return _douglas_peucker(pts, tolerance)
    far = max(range(len(pts)), key=lambda i: math.dist(pts[0], pts[i]))
    first = _douglas_peucker(pts[: far + 1], tolerance)
    second = _douglas_peucker([*pts[far:], pts[0]], tolerance)
    return first[:-1] + second[:-1]


def _douglas_peucker(pts: list[Point], tolerance: float) -> list[Point]:
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        lo, hi = stack.pop()
        if hi - lo < 2:
            continue
        ax, ay = pts[lo]
        bx, by = pts[hi]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        best, at = -1.0, -1
        for i in range(lo + 1, hi):
            px, py = pts[i]
            if length > 1e-9:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (length * length)))
                d = math.hypot(px - ax - t * dx, py - ay - t * dy)
            else:
                d = math.hypot(px - ax, py - ay)
            if d > best:
                best, at = d, i
        if best > tolerance:
            keep[at] = True
            stack.append((lo, at))
            stack.append((at, hi))
    return [p for p, k in zip(pts, keep, strict=True) if k]
