"""Where things are in a mission: named zones (the map's ``Trigger`` polygons plus circles a
mission adds itself) and places (a zone, a start slot or coordinates).

The records sit here rather than in :mod:`game.sim.mission.spec` because both
the mission spec and the scripted actions (:mod:`game.sim.mission.actions`)
name places, and neither should import the other.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.track import Point, Track


@dataclass(frozen=True, slots=True)
class Zone:
    """A named area in metres: a circle (``radius`` > 0) or a polygon."""

    name: str
    x: float = 0.0
    y: float = 0.0
    radius: float = 0.0
    polygon: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    """Where something appears: a zone's centre, a start slot, or coordinates in metres."""

    zone: str = ""
    slot: int = -1
    x: float = 0.0
    y: float = 0.0
    heading_deg: float | None = None
    """0 = east, clockwise positive (as in Tiled); None: the slot's own heading or east."""


@dataclass(frozen=True, slots=True)
class Area:
    """A zone ready for tests: a circle (``radius`` > 0) or a polygon, with its centre."""

    name: str
    centre: Point
    radius: float = 0.0
    polygon: tuple[Point, ...] = ()

    @property
    def size(self) -> float:
        """Rough half-size in metres (what counts as "near" the zone)."""
        if self.radius > 0:
            return self.radius
        return max(math.dist(self.centre, p) for p in self.polygon) if self.polygon else 0.0

    def contains(self, x: float, y: float) -> bool:
        if self.radius > 0:
            return math.hypot(x - self.centre[0], y - self.centre[1]) <= self.radius
        return _inside(self.polygon, x, y)


def _inside(poly: tuple[Point, ...], x: float, y: float) -> bool:
    """Even-odd rule point-in-polygon."""
    inside = False
    n = len(poly)
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xc = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if xc > x:
                inside = not inside
    return inside


def _centroid(poly: tuple[Point, ...]) -> Point:
    return (sum(p[0] for p in poly) / len(poly), sum(p[1] for p in poly) / len(poly))


def areas(track: Track, extra: tuple[Zone, ...] = ()) -> dict[str, Area]:
    """Every zone by name; a mission's own zone replaces a map trigger of the same name."""
    out: dict[str, Area] = {}
    for t in track.triggers:
        out[t.name] = Area(t.name, _centroid(t.polygon), 0.0, t.polygon)
    for z in extra:
        if z.polygon:
            out[z.name] = Area(z.name, _centroid(z.polygon), 0.0, z.polygon)
        else:
            out[z.name] = Area(z.name, (z.x, z.y), z.radius)
    return out
