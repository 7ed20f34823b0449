"""Vehicle pictures pre-rotated to 64 headings per zoom level, cached and bounded.

Rotating a sprite every frame for every car costs an allocation and a
filter each; a car only ever needs 64 distinct headings (5.6° apart, finer
than the eye notices at speed), so each (vehicle, zoom, condition, heading)
picture is made once, on first use, from a base drawn at twice the size
(rotozoom filters it down while rotating, which keeps edges smooth).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Mapping

import pygame

from game.app.render.surfaces import frozen
from game.app.render.vehicle_art import Condition, VehicleLook, parse_hex, shadow_sprite, vehicle_sprite
from game.sim.vehicle import VehicleSpec

ANGLES = 64
STRIPED = frozenset({"mustang", "fordgt", "saleen"})
POLICE = frozenset({"police"})


def angle_index(heading: float) -> int:
    """The nearest of the 64 pre-rotated headings."""
    return round(heading / (2.0 * math.pi) * ANGLES) % ANGLES


def look_for(spec: VehicleSpec) -> VehicleLook:
    return VehicleLook(
        spec.id,
        spec.kind,
        spec.length_m,
        spec.width_m,
        parse_hex(spec.color),
        police=spec.id in POLICE,
        stripes=spec.id in STRIPED,
    )


Sprite = tuple[pygame.Surface, int, int]
"""A surface and its half width and height (to centre it on a point)."""


class VehicleSprites:
    """Rotated vehicle and shadow sprites; an LRU table keeps memory flat."""

    def __init__(
        self, specs: Mapping[str, VehicleSpec], scales: tuple[float, ...], capacity: int = 3000
    ) -> None:
        self.looks = {sid: look_for(spec) for sid, spec in specs.items()}
        self.scales = scales
        self.capacity = capacity
        self._bases: dict[tuple[str, int, str, int], pygame.Surface] = {}
        self._rotated: OrderedDict[tuple[str, int, str, int, int], Sprite] = OrderedDict()

    def __len__(self) -> int:
        return len(self._rotated)

    def is_police(self, spec_id: str) -> bool:
        look = self.looks.get(spec_id)
        return bool(look and look.police)

    def _base(self, spec_id: str, bucket: int, condition: str, phase: int) -> pygame.Surface:
        key = (spec_id, bucket, condition, phase)
        base = self._bases.get(key)
        if base is None:
            look = self.looks[spec_id]
            ppm = self.scales[bucket] * 2.0
            if condition == "shadow":
                base = shadow_sprite(look, ppm)
            else:
                cond: Condition = condition  # type: ignore[assignment]
                base = vehicle_sprite(look, ppm, cond, phase)
            self._bases[key] = base
        return base

    def has(
        self, spec_id: str, bucket: int, heading: float, condition: str = "clean", phase: int = 0
    ) -> bool:
        return (spec_id, bucket, condition, phase, angle_index(heading)) in self._rotated

    def get(
        self, spec_id: str, bucket: int, heading: float, condition: str = "clean", phase: int = 0
    ) -> Sprite:
        """The picture for a heading (radians, clockwise on screen) at a zoom level."""
        a = angle_index(heading)
        key = (spec_id, bucket, condition, phase, a)
        hit = self._rotated.get(key)
        if hit is not None:
            self._rotated.move_to_end(key)
            return hit
        base = self._base(spec_id, bucket, condition, phase)
        deg = -a * 360.0 / ANGLES
        surf = frozen(pygame.transform.rotozoom(base, deg, 0.5).convert_alpha())
        sprite = (surf, surf.get_width() // 2, surf.get_height() // 2)
        self._rotated[key] = sprite
        while len(self._rotated) > self.capacity:
            self._rotated.popitem(last=False)
        return sprite
