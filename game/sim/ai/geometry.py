"""Plane geometry on numpy arrays: walls as segment arrays, rays and sight lines.

Points are complex numbers (x + iy, y down), as in the tyre model, so a
rotation is one multiplication and a cross product is ``Im(conj(u) * v)``.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from game.sim.track import Track

F64 = npt.NDArray[np.float64]
C128 = npt.NDArray[np.complex128]
B = npt.NDArray[np.bool_]


def cross(u: C128 | complex, v: C128 | complex) -> F64:
    """z component of the 2-D cross product of each pair (positive: v is clockwise of u on screen)."""
    return np.asarray((np.conj(u) * v).imag, dtype=np.float64)


class WallIndex:
    """Every wall segment of a track as two arrays, for batched ray and sight tests.

    Why arrays: a line-of-sight check against a few hundred segments is a
    handful of vector operations instead of a Python loop per segment.
    """

    def __init__(self, track: Track) -> None:
        starts: list[complex] = []
        ends: list[complex] = []
        for wall in track.walls:
            for (ax, ay), (bx, by) in wall.segments():
                starts.append(complex(ax, ay))
                ends.append(complex(bx, by))
        self.a: C128 = np.array(starts, dtype=np.complex128)
        self.d: C128 = np.array(ends, dtype=np.complex128) - self.a
        self.radius = track.wall_radius

    def __len__(self) -> int:
        return len(self.a)

    def blocked(self, p: complex, q: complex) -> bool:
        """Whether the straight line from ``p`` to ``q`` crosses any wall (sight is blocked)."""
        if not len(self.a):
            return False
        m = q - p
        denom = cross(m, self.d)
        rel = self.a - p
        with np.errstate(divide="ignore", invalid="ignore"):
            t = cross(rel, self.d) / denom
            u = cross(rel, m) / denom
        hit = (np.abs(denom) > 1e-12) & (t >= 0.0) & (t <= 1.0) & (u >= 0.0) & (u <= 1.0)
        return bool(hit.any())

    def ray_lengths(self, origins: C128, directions: C128, max_len: float) -> F64:
        """Distance along each unit ray to the first wall centre line (``max_len`` if none).

        Used once per race to measure the track's width either side of the
        racing line, so it is batched over every ray and every segment.
        """
        out = np.full(len(origins), max_len)
        if not len(self.a) or not len(origins):
            return out
        chunk = max(1, 200_000 // max(1, len(self.a)))
        for start in range(0, len(origins), chunk):
            o = origins[start : start + chunk, None]
            m = directions[start : start + chunk, None]
            denom = cross(m, self.d[None, :])
            rel = self.a[None, :] - o
            with np.errstate(divide="ignore", invalid="ignore"):
                t = cross(rel, self.d[None, :]) / denom
                u = cross(rel, m) / denom
            ok = (np.abs(denom) > 1e-12) & (t > 0.0) & (u >= 0.0) & (u <= 1.0)
            t = np.where(ok, t, max_len)
            out[start : start + chunk] = np.minimum(t.min(axis=1), max_len)
        return out

    def distance_to(self, points: C128) -> F64:
        """Distance from each point to the nearest wall centre line (inf without walls)."""
        if not len(self.a):
            return np.full(len(points), np.inf)
        out = np.empty(len(points))
        chunk = max(1, 200_000 // len(self.a))
        dd = (self.d * np.conj(self.d)).real
        safe = np.where(dd > 0, dd, 1.0)
        for start in range(0, len(points), chunk):
            p = points[start : start + chunk, None]
            t = ((p - self.a[None, :]) * np.conj(self.d[None, :])).real / safe[None, :]
            t = np.minimum(np.maximum(t, 0.0), 1.0)
            out[start : start + chunk] = np.abs(p - (self.a[None, :] + t * self.d[None, :])).min(axis=1)
        return out
