"""The racing line as arrays: points, tangents, curvature, room either side, grip.

A line is resampled at an even spacing so that "the point 40 m ahead" is an
index offset, and its index 0 sits on the finish line so that the distance
along it (``s``) doubles as lap progress. Everything is computed once when a
race starts; drivers and race rules only index into it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from game.sim.ai.geometry import C128, F64, WallIndex, cross
from game.sim.surfaces import SURFACE_PROPS, Surface
from game.sim.track import Checkpoint, Point, Track

U8 = npt.NDArray[np.uint8]

SPACING_M = 3.0
MAX_ROOM_M = 25.0
OFFROAD_GRIP_RATIO = 0.75
"""A surface with less grip than this share of the line's own counts as off the track."""

_GRIP_BY_ID = np.array([SURFACE_PROPS[s].grip for s in Surface])


def surface_ids(track: Track, pts: C128) -> U8:
    """Surface id under each point, read straight from the surface grid."""
    grid = track.surfaces
    rows, cols = grid.cells.shape
    c = np.floor((pts.real - grid.origin[0]) / grid.cell_m).astype(np.intp)
    r = np.floor((pts.imag - grid.origin[1]) / grid.cell_m).astype(np.intp)
    inside = (r >= 0) & (r < rows) & (c >= 0) & (c < cols)
    ids = np.full(len(pts), int(grid.outside), dtype=np.intp)
    ids[inside] = grid.cells[r[inside], c[inside]]
    return ids.astype(np.uint8)


def surface_grip(track: Track, pts: C128) -> F64:
    """Surface grip factor under each point (the plain surface, before any car's bonus)."""
    return np.asarray(_GRIP_BY_ID[surface_ids(track, pts)], dtype=np.float64)


def resample_closed(points: C128, spacing: float) -> C128:
    """A closed polyline resampled at (almost exactly) ``spacing`` metres."""
    loop = np.concatenate([points, points[:1]])
    seg = np.abs(np.diff(loop))
    keep = np.concatenate([[True], seg > 1e-9])
    loop = loop[keep]
    seg = np.abs(np.diff(loop))
    s = np.concatenate([[0.0], np.cumsum(seg)])
    total = float(s[-1])
    n = max(8, round(total / spacing))
    at = np.linspace(0.0, total, n, endpoint=False)
    return np.asarray(np.interp(at, s, loop.real) + 1j * np.interp(at, s, loop.imag), dtype=np.complex128)


def _segment_hit(p: C128, q: C128, a: complex, b: complex) -> tuple[int, float] | None:
    """First segment p[i]->q[i] that crosses a->b, and where along it (0..1)."""
    m = q - p
    g = b - a
    denom = cross(m, g)
    rel = a - p
    with np.errstate(divide="ignore", invalid="ignore"):
        t = cross(rel, g) / denom
        u = cross(rel, m) / denom
    ok = (np.abs(denom) > 1e-12) & (t >= 0) & (t < 1) & (u >= 0) & (u <= 1)
    hits = np.flatnonzero(ok)
    if not len(hits):
        return None
    return int(hits[0]), float(t[hits[0]])


def start_at_gate(points: C128, gate: Checkpoint | None) -> C128:
    """The same closed polyline, rotated so that it begins where it crosses ``gate``.

    If it never crosses the gate, it begins at the vertex nearest the gate's middle.
    """
    if gate is None:
        return points
    a, b = complex(*gate.a), complex(*gate.b)
    nxt = np.roll(points, -1)
    hit = _segment_hit(points, nxt, a, b)
    if hit is None:
        k = int(np.argmin(np.abs(points - (a + b) / 2)))
        return np.roll(points, -k)
    i, t = hit
    cut = points[i] + t * (nxt[i] - points[i])
    rest = np.roll(points, -(i + 1))
    return np.concatenate([[cut], rest])


def _circular_mean(values: F64, width: int) -> F64:
    kernel = np.ones(width) / width
    half = width // 2
    padded = np.concatenate([values[-half:], values, values[:half]])
    return np.convolve(padded, kernel, mode="valid")[: len(values)]


@dataclass(frozen=True, eq=False)
class RacingLine:
    """A closed line through the lap, sampled every ``spacing`` metres from the finish.

    ``left``/``right`` are the room (m) from the line to the nearest wall or
    edge of the road, either side, already less the wall's radius; a car's
    centre must stay half its width inside them. ``curvature`` is signed:
    positive bends right (clockwise on screen).
    """

    pts: C128
    tangent: C128
    s: F64
    length: float
    spacing: float
    curvature: F64
    left: F64
    right: F64
    grip: F64
    surface: U8
    """Surface id under each point: a car's own grip there is its table indexed by these."""

    def __len__(self) -> int:
        return len(self.pts)

    @property
    def normal(self) -> C128:
        """Unit vectors to the right of the direction of travel."""
        return self.tangent * 1j

    def nearest(self, p: complex) -> int:
        """Index of the line point nearest ``p`` (a full search; use for respawns and starts)."""
        return int(np.argmin(np.abs(self.pts - p)))

    def wrap_ds(self, ds: F64 | float) -> F64:
        """Differences in ``s`` folded into [-length/2, length/2)."""
        half = self.length / 2.0
        return np.asarray((np.asarray(ds) + half) % self.length - half, dtype=np.float64)

    def point_at(self, s: float, offset: float = 0.0) -> tuple[complex, complex]:
        """Position ``offset`` metres right of the line at distance ``s``, and the tangent there."""
        s = s % self.length
        i = int(s // self.spacing) % len(self)
        j = (i + 1) % len(self)
        f = (s - i * self.spacing) / self.spacing
        p = self.pts[i] + (self.pts[j] - self.pts[i]) * f
        t = complex(self.tangent[i])
        return complex(p) + t * 1j * offset, t


def build_line(track: Track, points: Sequence[Point] | C128, spacing: float = SPACING_M) -> RacingLine:
    """Resample a closed line, start it at the finish, orient it with the grid, measure it."""
    raw = (
        np.asarray([complex(x, y) for x, y in points], dtype=np.complex128)
        if not isinstance(points, np.ndarray)
        else points.astype(np.complex128)
    )
    if len(raw) < 3:
        raise ValueError("a racing line needs at least three points")
    if track.start_slots:
        slot = min(track.start_slots, key=lambda sl: sl.index)
        here = complex(slot.x, slot.y)
        k = int(np.argmin(np.abs(raw - here)))
        direction = raw[(k + 1) % len(raw)] - raw[k - 1]
        facing = complex(math.cos(slot.heading), math.sin(slot.heading))
        if (direction * np.conj(facing)).real < 0:
            raw = raw[::-1].copy()
    raw = start_at_gate(raw, track.finish)
    pts = resample_closed(raw, spacing)
    n = len(pts)
    seg = np.roll(pts, -1) - pts
    length = float(np.abs(seg).sum())
    step = length / n
    tangent = _unit(np.roll(pts, -1) - np.roll(pts, 1))
    heading = np.angle(seg)
    turn = (np.diff(heading, prepend=heading[-1]) + np.pi) % (2 * np.pi) - np.pi
    curvature = _circular_mean(turn / step, 5)
    normal = tangent * 1j
    walls = WallIndex(track)
    surface = surface_ids(track, pts)
    grip = np.asarray(_GRIP_BY_ID[surface], dtype=np.float64)
    left = _room(track, walls, pts, -normal, grip)
    right = _room(track, walls, pts, normal, grip)
    return RacingLine(
        pts=pts,
        tangent=tangent,
        s=np.arange(n, dtype=np.float64) * step,
        length=length,
        spacing=step,
        curvature=curvature,
        left=left,
        right=right,
        grip=grip,
        surface=surface,
    )


def _unit(v: C128) -> C128:
    mag = np.abs(v)
    return np.asarray(v / np.where(mag > 1e-12, mag, 1.0), dtype=np.complex128)


def _room(track: Track, walls: WallIndex, pts: C128, direction: C128, grip: F64) -> F64:
    """Free distance from each point along ``direction``: to a wall, or to where the road ends."""
    to_wall = walls.ray_lengths(pts, direction, MAX_ROOM_M + track.wall_radius) - track.wall_radius
    steps = np.arange(0.5, MAX_ROOM_M + 0.5, 0.5)
    probes = pts[:, None] + direction[:, None] * steps[None, :]
    probe_grip = surface_grip(track, probes.reshape(-1)).reshape(probes.shape)
    off = probe_grip < OFFROAD_GRIP_RATIO * grip[:, None]
    first_off = np.where(off.any(axis=1), steps[np.argmax(off, axis=1)] - 0.5, MAX_ROOM_M)
    return np.asarray(np.maximum(np.minimum(to_wall, first_off), 0.0), dtype=np.float64)
