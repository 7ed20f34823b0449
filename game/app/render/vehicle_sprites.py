"""Vehicle pictures pre-rotated to 64 headings per zoom level, cached and bounded.

Rotating a sprite every frame for every car costs an allocation and a
filter each; a car only ever needs 64 distinct headings (5.6° apart, finer
than the eye notices at speed), so each (vehicle, zoom, condition, heading)
picture is made once, on first use, from a base drawn at twice the size
(rotozoom filters it down while rotating, which keeps edges smooth).

Pictures are keyed by *look* rather than by vehicle: a spec's own look is
keyed by its id, and a repaint (the player's colour, a rival moved off it)
by ``id:#rrggbb`` (``+`` for the player's outline), made on first use by
:meth:`VehicleSprites.paint`. :func:`livery` picks each car's colour so that
no rival shares the player's.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

import pygame

from game.app.render.surfaces import frozen
from game.app.render.vehicle_art import (
    RGB,
    Condition,
    VehicleLook,
    clearly_different,
    delta_e,
    lifted,
    parse_hex,
    shadow_sprite,
    to_hex,
    vehicle_sprite,
)
from game.sim.vehicle import VehicleSpec

ANGLES = 64
STRIPED = frozenset({"mustang", "fordgt", "saleen"})
POLICE = frozenset({"police"})
BIKE_ART_SCALE = 1.3
"""Two-wheelers are drawn this much larger than their footprint: at true size a 1.8 m scooter is
19 px long at the closest race zoom, a smudge; at 1.3 it is 25 px, a rider on a bike."""
PLAYER_MIN_LIGHTNESS = 48.0
"""L* the player's paint is lifted to: asphalt is about 26, so a navy car still stands off the road."""
CLEAR_DELTA_E = 60.0
"""How far (CIE76) every rival's colour is from the player's: "another colour", not another shade."""
TAKEN_DELTA_E = 25.0
"""A repaint is preferably this far from every colour the race's cars already wear."""
RIVAL_PAINTS: tuple[RGB, ...] = (
    (206, 32, 42),
    (242, 194, 48),
    (236, 236, 236),
    (40, 40, 46),
    (46, 160, 72),
    (240, 127, 19),
    (124, 58, 176),
    (38, 176, 190),
    (224, 64, 154),
    (40, 90, 215),
)
"""Repaints for rivals whose own colour is too near the player's, far apart from one another; for any
player colour some of them are at least :data:`CLEAR_DELTA_E` away (a test holds every offered one)."""


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


def player_paint(spec: VehicleSpec, chosen: str = "") -> RGB:
    """The player's colour: ``chosen`` (``#rrggbb``) or the car's own, lifted off dark asphalt."""
    base = parse_hex(chosen) if chosen else parse_hex(spec.color)
    return lifted(base, PLAYER_MIN_LIGHTNESS)


def livery(own: RGB, index: int, player: int, mine: RGB, taken: Collection[RGB] = ()) -> RGB:
    """The colour vehicle ``index`` is drawn in when the player (vehicle ``player``) wears ``mine``.

    A rival keeps its own colour unless it is within :data:`CLEAR_DELTA_E` of the
    player's or of the same hue (``clearly_different``); then it takes a repaint
    clear of the player's, counted from its index (so two repainted rivals
    differ), preferring one unlike the colours already in the race (``taken``).
    """
    if index == player:
        return mine
    if clearly_different(own, mine, CLEAR_DELTA_E):
        return own
    n = len(RIVAL_PAINTS)
    clear = [
        p
        for p in (RIVAL_PAINTS[(index + k) % n] for k in range(n))
        if clearly_different(p, mine, CLEAR_DELTA_E)
    ]
    for paint in clear:
        if all(delta_e(paint, t) >= TAKEN_DELTA_E for t in taken):
            return paint
    if clear:
        return clear[0]
    return max(RIVAL_PAINTS, key=lambda c: delta_e(c, mine))


def liveries(specs: Sequence[VehicleSpec], player: int, chosen: str = "") -> list[RGB]:
    """Every entrant's drawn colour, in vehicle-index order (see :func:`livery`)."""
    own = [parse_hex(sp.color) for sp in specs]
    if not 0 <= player < len(specs):
        return own
    mine = player_paint(specs[player], chosen)
    out: list[RGB] = []
    for i, c in enumerate(own):
        out.append(livery(c, i, player, mine, own + out))  # repaints so far are taken too
    return out


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

    def paint(self, spec_id: str, colour: RGB, outline: bool = False) -> str:
        """The key of ``spec_id``'s look in ``colour`` (with the player's outline), made on first use."""
        look = self.looks[spec_id]
        if colour == look.color and not outline:
            return spec_id
        key = f"{spec_id}:{to_hex(colour)}{'+' if outline else ''}"
        if key not in self.looks:
            self.looks[key] = replace(look, color=colour, outline=outline)
        return key

    def is_police(self, spec_id: str) -> bool:
        look = self.looks.get(spec_id)
        return bool(look and look.police)

    def _base(self, spec_id: str, bucket: int, condition: str, phase: int) -> pygame.Surface:
        key = (spec_id, bucket, condition, phase)
        base = self._bases.get(key)
        if base is None:
            look = self.looks[spec_id]
            ppm = self.scales[bucket] * 2.0 * (BIKE_ART_SCALE if look.kind == "bike" else 1.0)
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
