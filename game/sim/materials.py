"""How solid things meet: bounce and friction of walls, props and car bodies.

pymunk combines two shapes' values when they touch (elasticity and friction
multiply), so a car sliding along a wall feels ``CAR.friction * WALL.friction``.
These numbers decide whether a shallow touch is a scrape that keeps the car's
speed or a snag that pins it, and how hard a head-on hit stops it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Material:
    elasticity: float
    friction: float


WALL = Material(elasticity=0.25, friction=0.15)
"""Against a car: friction 0.105, so a car scraping along a barrier slides (it was 0.35,
which braked a car the tyres pressed into the wall at a third of a g and pinned slow ones)."""
PROP = Material(elasticity=0.4, friction=0.6)
CAR = Material(elasticity=0.2, friction=0.7)
CAR_CORNER_RADIUS_M = 0.05
"""Rounding of a car body's box corners."""
