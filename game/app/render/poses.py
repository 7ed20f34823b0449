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


def player_marker(size: int, colour: tuple[int, int, int] = (255, 138, 36)) -> pygame.Surface:
    """A downward chevron over the player's car, in the player's colour, ringed light and dark.

    The renderer paints it after smoke and the night overlay, so it must carry
    its own contrast: a dark rim against pale smoke and concrete, a light ring
    against asphalt and the dark; the fill ties it to the car below.
    """
    size = max(8, size)
    pad = 3
    s = pygame.Surface((size + 2 * pad, size + 2 * pad), pygame.SRCALPHA)
    tip = (size // 2 + pad, size + pad - 1)
    pts = [(pad, pad), (size + pad - 1, pad), tip]
    pygame.draw.polygon(s, (10, 10, 16), pts)
    pygame.draw.polygon(s, (10, 10, 16), pts, pad)
    inner = [(pad + 2, pad + 1), (size + pad - 3, pad + 1), (tip[0], tip[1] - 3)]
    pygame.draw.polygon(s, (250, 250, 244), inner)
    core = [(pad + 4, pad + 2), (size + pad - 5, pad + 2), (tip[0], tip[1] - 6)]
    pygame.draw.polygon(s, colour, core)
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
