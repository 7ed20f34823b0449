"""Ground surfaces and how they change a tyre's grip and a car's drag.

The numbers are the whole of the "feel" of leaving the road, so they live in
one table. ``grip`` scales the tyre friction coefficient; ``drag`` is a
speed-proportional resistance (1/s) that makes sand and grass bog a car down;
``loose`` marks the unpaved ones (dust and gravel spray in the view; a vehicle
spec's ``surface_grip`` lets a rally car do better on them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

import numpy as np
import numpy.typing as npt

F64 = npt.NDArray[np.float64]


class Surface(IntEnum):
    """Surface ids as stored in a track's surface grid (one byte per cell)."""

    ASPHALT = 0
    CONCRETE = 1
    KERB = 2
    DIRT = 3
    SAND = 4
    GRASS = 5
    GRAVEL = 6
    OIL = 7
    WATER = 8

    @classmethod
    def from_name(cls, name: str) -> Surface:
        """Look a surface up by its lower-case name, as written in maps."""
        return cls[name.strip().upper()]

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class SurfaceProps:
    grip: float
    drag: float
    loose: bool


SURFACE_PROPS: dict[Surface, SurfaceProps] = {
    Surface.ASPHALT: SurfaceProps(grip=1.00, drag=0.0, loose=False),
    Surface.CONCRETE: SurfaceProps(grip=0.95, drag=0.0, loose=False),
    Surface.KERB: SurfaceProps(grip=0.90, drag=0.005, loose=False),
    Surface.DIRT: SurfaceProps(grip=0.70, drag=0.02, loose=True),
    Surface.SAND: SurfaceProps(grip=0.50, drag=0.12, loose=True),
    Surface.GRASS: SurfaceProps(grip=0.55, drag=0.06, loose=True),
    Surface.GRAVEL: SurfaceProps(grip=0.60, drag=0.09, loose=True),
    Surface.OIL: SurfaceProps(grip=0.25, drag=0.0, loose=False),
    Surface.WATER: SurfaceProps(grip=0.50, drag=0.05, loose=False),
}

SURFACE_NAMES: tuple[str, ...] = tuple(s.label for s in Surface)


def grip_by_surface(bonus: Sequence[tuple[str, float]] = ()) -> F64:
    """Grip factor of every surface (indexed by id) for a car with per-surface ``bonus`` factors.

    One table for the tyre model and the computer drivers' speed plans, so a
    rally car's extra grip on dirt is both felt and planned for.
    """
    table = np.array([SURFACE_PROPS[s].grip for s in Surface], dtype=np.float64)
    for name, factor in bonus:
        table[Surface.from_name(name)] *= factor
    return table
