"""Where each car is drawn between two simulation steps, and the marker over the player's car.

The simulation runs at 120 Hz and the screen at whatever rate it likes, so
the renderer draws every car part of the way from the last snapshot to the
newest (the loop's alpha); a car that jumped (a respawn) is drawn where it is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.sim.snapshot import VehicleView, WorldSnapshot


@dataclass(frozen=True, slots=True)
class Pose:
    """A vehicle's drawn position, between two snapshots."""

    view: VehicleView
    x: float
    y: float
    heading: float


def player_marker(size: int) -> pygame.Surface:
    """A small downward chevron over the player's car: easy to find in a pack, too small to hide the road."""
    size = max(6, size)
    s = pygame.Surface((size + 4, size + 2), pygame.SRCALPHA)
    pts = [(2, 1), (size + 2, 1), (size // 2 + 2, size)]
    pygame.draw.polygon(s, (12, 12, 20), [(x, y + 1) for x, y in pts])
    pygame.draw.polygon(s, (255, 138, 36), pts)
    pygame.draw.polygon(s, (255, 230, 200), pts, 1)
    return s.convert_alpha()


def _wrap(a: float) -> float:
    return (a + math.pi) % (2.0 * math.pi) - math.pi


def interpolate(previous: WorldSnapshot | None, snapshot: WorldSnapshot, alpha: float) -> list[Pose]:
    """Every vehicle's pose ``alpha`` of the way from ``previous`` to ``snapshot`` (headings wrap)."""
    prev = {v.index: v for v in previous.vehicles} if previous is not None else {}
    a = min(1.0, max(0.0, alpha))
    out = []
    for v in snapshot.vehicles:
        p = prev.get(v.index)
        if p is None or math.hypot(v.x - p.x, v.y - p.y) > 8.0:
            out.append(Pose(v, v.x, v.y, v.heading))
        else:
            out.append(
                Pose(
                    v,
                    p.x + (v.x - p.x) * a,
                    p.y + (v.y - p.y) * a,
                    p.heading + _wrap(v.heading - p.heading) * a,
                )
            )
    return out
