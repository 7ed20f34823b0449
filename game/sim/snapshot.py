"""A read-only picture of the world after a step, for the renderer and HUD.

The view never touches pymunk bodies: it reads these plain values, and keeps
the previous snapshot to interpolate between the two with the loop's alpha.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class VehicleView:
    index: int
    spec_id: str
    x: float
    y: float
    heading: float
    vx: float
    vy: float
    yaw_rate: float
    speed: float
    steer: float
    slip_angle: float
    """Angle between heading and direction of travel, radians (positive: sliding right)."""
    sliding_wheels: tuple[bool, ...]
    wheel_surfaces: tuple[str, ...]
    nitrous: float
    """Tank level 0..1."""
    nitrous_on: bool
    damage: float
    wrecked: bool
    reversing: bool
    touching_wall: bool
    fallen: bool = False
    """A two-wheeler down on its side after losing grip (it stands back up where it stops)."""
    draft: float = 0.0
    """Share (0..1) of its air drag the vehicle was spared by slipstream in the last step."""


@dataclass(frozen=True, slots=True)
class PropView:
    index: int
    kind: str
    x: float
    y: float
    angle: float


@dataclass(frozen=True, slots=True)
class WorldSnapshot:
    step: int
    time_s: float
    vehicles: tuple[VehicleView, ...]
    props: tuple[PropView, ...]
