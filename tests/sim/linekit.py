"""Broken racing lines and shattered walls, made from a good track, for the line planner's tests.

Each maker returns the track with one thing done to it the way modders' and
converted maps do: no line, a coarse line (a few points that cut every
corner), a line with one corner cut straight through the infield wall, and
walls made of many small rectangles (as maps converted from tile-based games
are) with a coarse line.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from game.sim.ai.geometry import WallIndex
from game.sim.ai.line import resample_closed
from game.sim.track import Track, Wall


def no_line(track: Track) -> Track:
    return dataclasses.replace(track, racing_line=())


def coarse(track: Track, points: int = 6) -> Track:
    """The track's own line cut down to ``points`` points, evenly along its vertices."""
    line = track.racing_line
    keep = np.linspace(0, len(line), points, endpoint=False).astype(int)
    return dataclasses.replace(track, racing_line=tuple(line[i] for i in keep.tolist()))


def through_wall(track: Track) -> Track:
    """The track's line with its first corner that allows it cut by a straight chord through a wall."""
    pts = resample_closed(np.array([complex(*p) for p in track.racing_line]), 3.0)
    walls = WallIndex(track)
    n = len(pts)
    for span in (40, 30, 20, 15, 10):
        for i in range(0, n, 3):
            j = (i + span) % n
            if walls.blocked(complex(pts[i]), complex(pts[j])):
                k = np.arange(i, i + span + 1) % n
                pts[k] = pts[i] + (pts[j] - pts[i]) * np.linspace(0.0, 1.0, span + 1)
                return dataclasses.replace(track, racing_line=tuple((p.real, p.imag) for p in pts.tolist()))
    raise AssertionError("no corner of the line can be cut through a wall")


def small_polygons(track: Track, piece_m: float = 3.0, thick_m: float = 0.6) -> Track:
    """Every wall rebuilt as a chain of closed rectangles ``piece_m`` long (hundreds of polygons)."""
    walls = []
    for wall in track.walls:
        for (ax, ay), (bx, by) in wall.segments():
            a, b = complex(ax, ay), complex(bx, by)
            length = abs(b - a)
            if length < 1e-9:
                continue
            side = (b - a) / length * 1j * thick_m / 2
            pieces = max(1, math.ceil(length / piece_m))
            for s in range(pieces):
                p = a + (b - a) * s / pieces
                q = a + (b - a) * (s + 1) / pieces
                corners = (p - side, q - side, q + side, p + side)
                walls.append(
                    Wall(tuple((z.real, z.imag) for z in corners), closed=True, name=f"{wall.name}-{s}")
                )
    return dataclasses.replace(track, walls=tuple(walls))


VARIANTS = {
    "no line": no_line,
    "coarse line": coarse,
    "line through a wall": through_wall,
    "small wall polygons, coarse line": lambda t: coarse(small_polygons(t), 8),
}
