"""Is a map's own racing line fit to race on? And a line's room to the walls, fast on any map.

A modder's line can be missing, coarse (a handful of points that cut every
corner) or simply wrong (through a wall, over the grass). The rivals follow
the line and the race rules respawn cars onto it, so a poor line means a
respawn loop. :func:`check_line` lists what is wrong with one, each fault
with the place it is; the planner then computes a line from the walls and
surfaces instead.

Walls may be thousands of small polygons (maps converted from other games),
so every test here looks only at the wall segments near the part of the line
it is testing: the segments are bucketed by their bounding boxes, never
compared all against all.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from game.sim.ai.geometry import C128, F64, WallIndex, cross
from game.sim.ai.line import MAX_ROOM_M, OFFROAD_GRIP_RATIO, RacingLine, build_line, surface_grip, surface_ids
from game.sim.track import Checkpoint, Point, Track

I64 = npt.NDArray[np.int64]
B = npt.NDArray[np.bool_]

CHUNK_POINTS = 48
"""Line points measured together against the walls near them (about 150 m of line)."""
WALL_CLEARANCE_M = 1.0
"""A line closer than this to a wall (beyond its radius) puts a car's side on it: half a car."""
TRACK_WIDTH_M = 2.5
"""Less room than this across the line from wall to wall, and no car fits."""
OFF_TRACK_RUN_M = 10.0
"""A line off the track for longer than this is not a line on the track (a kerb cut is fine)."""

FaultKind = Literal["wall", "narrow", "off", "kink"]


@dataclass(frozen=True, slots=True)
class LineFault:
    """One thing wrong with a racing line, and where (the first place it happens)."""

    kind: FaultKind
    at: Point
    """Where on the map (m)."""
    wall: str = ""
    """The wall's name for ``wall`` and ``narrow`` faults (empty for an unnamed wall)."""
    count: int = 1
    """How many places of the lap have this fault."""


class _Segments(WallIndex):
    """A subset of a track's wall segments, as a :class:`WallIndex` for its ray tests."""

    def __init__(self, a: C128, d: C128, radius: float) -> None:
        self.a = a
        self.d = d
        self.radius = radius


class WallSegments:
    """Every wall segment of a track, with its wall, and a box query for the ones near a place."""

    def __init__(self, track: Track) -> None:
        starts: list[complex] = []
        ends: list[complex] = []
        owners: list[int] = []
        for k, wall in enumerate(track.walls):
            for (ax, ay), (bx, by) in wall.segments():
                starts.append(complex(ax, ay))
                ends.append(complex(bx, by))
                owners.append(k)
        self.track = track
        self.a: C128 = np.array(starts, dtype=np.complex128)
        self.b: C128 = np.array(ends, dtype=np.complex128)
        self.owner: I64 = np.array(owners, dtype=np.int64)
        self.lo_x = np.minimum(self.a.real, self.b.real)
        self.hi_x = np.maximum(self.a.real, self.b.real)
        self.lo_y = np.minimum(self.a.imag, self.b.imag)
        self.hi_y = np.maximum(self.a.imag, self.b.imag)

    def __len__(self) -> int:
        return len(self.a)

    def near(self, pts: C128, reach: float) -> I64:
        """Indices of the segments whose boxes come within ``reach`` of the box round ``pts``."""
        if not len(self.a) or not len(pts):
            return np.zeros(0, dtype=np.int64)
        x0, x1 = float(pts.real.min()) - reach, float(pts.real.max()) + reach
        y0, y1 = float(pts.imag.min()) - reach, float(pts.imag.max()) + reach
        hit = (self.hi_x >= x0) & (self.lo_x <= x1) & (self.hi_y >= y0) & (self.lo_y <= y1)
        return np.flatnonzero(hit).astype(np.int64)

    def index(self, which: I64) -> WallIndex:
        return _Segments(self.a[which], self.b[which] - self.a[which], self.track.wall_radius)

    def nearest(self, p: complex, reach: float) -> int | None:
        """The segment nearest ``p`` among those within about ``reach`` (None if there are none)."""
        which = self.near(np.array([p]), reach)
        if not len(which):
            return None
        a, d = self.a[which], self.b[which] - self.a[which]
        dd = (d * np.conj(d)).real
        t = np.clip(((p - a) * np.conj(d)).real / np.where(dd > 0, dd, 1.0), 0.0, 1.0)
        return int(which[int(np.argmin(np.abs(p - (a + t * d))))])

    def name(self, segment: int) -> str:
        return self.track.walls[int(self.owner[segment])].name


def _chunks(n: int) -> list[slice]:
    return [slice(k, min(n, k + CHUNK_POINTS)) for k in range(0, n, CHUNK_POINTS)]


def wall_room(segs: WallSegments, pts: C128, directions: C128) -> F64:
    """Free distance (m, less the wall radius) along each unit ray to the nearest wall, capped.

    The same figure as :func:`game.sim.ai.line.build_line` measures (up to
    ``MAX_ROOM_M``), to the last bit: each chunk of the line is tested only
    against the segments a ray from it could reach.
    """
    radius = segs.track.wall_radius
    max_len = MAX_ROOM_M + radius
    out = np.full(len(pts), max_len)
    for part in _chunks(len(pts)):
        which = segs.near(pts[part], max_len + 1.0)
        if len(which):
            out[part] = segs.index(which).ray_lengths(pts[part], directions[part], max_len)
    return np.asarray(out - radius, dtype=np.float64)


def measure_line(track: Track, points: Sequence[Point] | C128) -> RacingLine:
    """:func:`~game.sim.ai.line.build_line`, with the walls looked up near each part of the line.

    The line is built against no walls (its surface edges only), then the
    wall room is measured chunk by chunk and folded in exactly as
    ``build_line`` folds it, so the result is the same array for array; on a
    map of thousands of small wall polygons it is many times faster.
    """
    line = build_line(dataclasses.replace(track, walls=()), points)
    segs = WallSegments(track)
    if not len(segs):
        return line
    normal = line.normal
    left = np.maximum(np.minimum(wall_room(segs, line.pts, -normal), line.left), 0.0)
    right = np.maximum(np.minimum(wall_room(segs, line.pts, normal), line.right), 0.0)
    return dataclasses.replace(line, left=left, right=right)


def wall_distance(segs: WallSegments, pts: C128, cap: float) -> F64:
    """Distance from each point to the nearest wall centre line, capped at ``cap``."""
    out = np.full(len(pts), cap)
    for part in _chunks(len(pts)):
        which = segs.near(pts[part], cap)
        if len(which):
            out[part] = np.minimum(segs.index(which).distance_to(pts[part]), cap)
    return out


def crossings(segs: WallSegments, pts: C128) -> list[tuple[int, int, complex]]:
    """Where the closed polyline ``pts`` crosses a wall: ``(point index, segment, place)``, in lap order."""
    found: list[tuple[int, int, complex]] = []
    if not len(segs) or len(pts) < 2:
        return found
    nxt = np.roll(pts, -1)
    for part in _chunks(len(pts)):
        p, q = pts[part], nxt[part]
        which = segs.near(np.concatenate([p, q]), 0.0)
        if not len(which):
            continue
        a = segs.a[which][None, :]
        g = (segs.b[which] - segs.a[which])[None, :]
        m = (q - p)[:, None]
        rel = a - p[:, None]
        denom = cross(m, g)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = cross(rel, g) / denom
            u = cross(rel, m) / denom
        hit = (np.abs(denom) > 1e-12) & (t >= 0) & (t < 1) & (u >= 0) & (u <= 1)
        for i, j in zip(*np.nonzero(hit), strict=True):
            k = part.start + int(i)
            found.append((k, int(which[j]), complex(pts[k] + float(t[i, j]) * (nxt[k] - pts[k]))))
    found.sort(key=lambda f: (f[0], f[1]))
    return found


def gate_middles(track: Track) -> C128:
    gates: list[Checkpoint] = [*track.checkpoints, *([track.finish] if track.finish else [])]
    return np.array([(complex(*g.a) + complex(*g.b)) / 2 for g in gates], dtype=np.complex128)


def drivable_surfaces(track: Track) -> tuple[float, frozenset[int]]:
    """The track's reference grip (its gates' typical surface) and the surfaces that count as track.

    Track is any surface with nearly the reference grip, plus whatever a gate
    or a start slot sits on (a dirt stage of a tarmac circuit is still track).
    """
    mids = gate_middles(track)
    slots = np.array([complex(s.x, s.y) for s in track.start_slots], dtype=np.complex128)
    places = np.concatenate([mids, slots])
    if not len(places):
        return 1.0, frozenset()
    reference = float(np.median(surface_grip(track, mids))) if len(mids) else 1.0
    return reference, frozenset(int(s) for s in surface_ids(track, places))


def on_track(track: Track, pts: C128) -> B:
    """Whether each point is on the track's own surfaces (see :func:`drivable_surfaces`)."""
    reference, own = drivable_surfaces(track)
    ids = surface_ids(track, pts)
    good = surface_grip(track, pts) >= OFFROAD_GRIP_RATIO * reference
    return np.asarray(good | np.isin(ids, sorted(own)), dtype=np.bool_)


def _runs(mask: B) -> list[tuple[int, int]]:
    """Cyclic runs of True in ``mask``: ``(first index, length)``, from the first after a False."""
    n = len(mask)
    if not mask.any():
        return []
    if mask.all():
        return [(0, n)]
    start = int(np.argmin(mask))  # a False: runs never wrap past it
    rolled = np.roll(mask, -start)
    edges = np.diff(np.concatenate([[0], rolled.astype(np.int8), [0]]))
    begins = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    return [(int((b + start) % n), int(e - b)) for b, e in zip(begins, ends, strict=True)]


def _at(p: complex) -> Point:
    return (round(p.real, 1), round(p.imag, 1))


def check_line(track: Track, raw: Sequence[Point] | C128, line: RacingLine | None = None) -> list[LineFault]:
    """Everything that makes ``raw`` (a closed line round the lap) unfit to race on.

    ``line`` is the same line as built (:func:`measure_line`), if already at
    hand. Faults: it crosses a wall; it runs within half a car of a wall, or
    between walls too close for a car; it leaves the track's surfaces for more than a few
    metres; a corner is drawn so sharp (too few points) that the path a car
    takes round it, rounded off, runs into a wall.
    """
    built = line if line is not None else measure_line(track, raw)
    pts = built.pts
    segs = WallSegments(track)
    faults: list[LineFault] = []

    hits = crossings(segs, pts)
    if hits:
        _, seg, place = hits[0]
        faults.append(LineFault("wall", _at(place), segs.name(seg), len(hits)))

    clear = wall_distance(segs, pts, track.wall_radius + WALL_CLEARANCE_M + 1.0) - track.wall_radius
    across = wall_room(segs, pts, built.normal) + wall_room(segs, pts, -built.normal)
    tight = (clear < WALL_CLEARANCE_M) | (across < TRACK_WIDTH_M)
    runs = _runs(tight)
    if runs and not hits:
        k = runs[0][0]
        near = segs.nearest(complex(pts[k]), WALL_CLEARANCE_M + track.wall_radius + 1.0)
        name = segs.name(near) if near is not None else ""
        faults.append(LineFault("narrow", _at(complex(pts[k])), name, len(runs)))

    run_pts = max(1, math.ceil(OFF_TRACK_RUN_M / built.spacing))
    off = [(k, n) for k, n in _runs(~on_track(track, pts)) if n > run_pts]
    if off:
        faults.append(LineFault("off", _at(complex(pts[off[0][0]])), count=len(off)))

    if not faults:
        # the path a car takes: each corner rounded over the ~15 m the driver plans a bend on
        rounded = (np.roll(pts, 2) + np.roll(pts, 1) + pts + np.roll(pts, -1) + np.roll(pts, -2)) / 5
        gap = wall_distance(segs, rounded, track.wall_radius + WALL_CLEARANCE_M + 1.0) - track.wall_radius
        cut = _runs(gap < WALL_CLEARANCE_M)
        bad = [k for k, _ in cut]
        crossed = crossings(segs, rounded)
        bad += [k for k, _, _ in crossed]
        if bad:
            k = min(bad)
            faults.append(LineFault("kink", _at(complex(pts[k])), count=len(cut) + len(crossed)))
    return faults
