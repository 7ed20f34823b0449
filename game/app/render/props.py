"""Small world pictures that are not cars: loose props, street-lamp heads, the nitrous flame.

All are drawn once per zoom level (the flame also per 64 headings) and kept,
like the vehicle sprites.
"""

from __future__ import annotations

import math
from collections import OrderedDict

import numpy as np
import pygame

from game.app.render.vehicle_sprites import ANGLES, angle_index

FLAME_LENGTH_M = 2.6
FLAME_WIDTH_M = 0.9
PROP_COLOURS = {
    "cone": ((255, 120, 20), (250, 250, 250)),
    "barrel": ((30, 90, 200), (230, 230, 235)),
    "crate": ((150, 104, 56), (96, 64, 32)),
    "tyres": ((26, 26, 28), (70, 70, 74)),
}


def prop_sprite(kind: str, radius_m: float, scale: float) -> pygame.Surface:
    """A prop seen from above (crates square, the rest round)."""
    main, trim = PROP_COLOURS.get(kind, ((200, 200, 60), (90, 90, 30)))
    r = max(2.0, radius_m * scale)
    size = math.ceil(2 * r) + 4
    s = pygame.Surface((size, size), pygame.SRCALPHA)
    c = size / 2
    pygame.draw.circle(s, (0, 0, 0, 80), (c + r * 0.2, c + r * 0.3), r)
    if kind == "crate":
        rect = pygame.Rect(0, 0, round(1.6 * r), round(1.6 * r))
        rect.center = (round(c), round(c))
        pygame.draw.rect(s, trim, rect)
        pygame.draw.rect(s, main, rect.inflate(-max(2, r * 0.3), -max(2, r * 0.3)))
        pygame.draw.line(s, trim, rect.topleft, rect.bottomright, max(1, round(r * 0.15)))
    elif kind == "cone":
        pygame.draw.circle(s, main, (c, c), r)
        pygame.draw.circle(s, trim, (c, c), r * 0.62)
        pygame.draw.circle(s, main, (c, c), r * 0.4)
    else:
        pygame.draw.circle(s, trim, (c, c), r)
        pygame.draw.circle(s, main, (c, c), r * 0.8)
        pygame.draw.circle(s, trim, (c, c), r * 0.35, max(1, round(r * 0.12)))
    return s.convert_alpha()


def lamp_head(scale: float) -> pygame.Surface:
    """A street lamp from above: a dark housing with a bright lens."""
    r = max(3.0, 0.55 * scale)
    size = math.ceil(2 * r) + 4
    s = pygame.Surface((size, size), pygame.SRCALPHA)
    c = size / 2
    pygame.draw.circle(s, (0, 0, 0, 90), (c + 2, c + 2), r)
    pygame.draw.circle(s, (48, 50, 58), (c, c), r)
    pygame.draw.circle(s, (255, 236, 190), (c, c), r * 0.55)
    return s.convert_alpha()


def _flame(scale: float, long: bool) -> pygame.Surface:
    """A nitrous flame pointing -x (out of the exhaust), colour on black for additive blending."""
    length = max(4, round(FLAME_LENGTH_M * (1.0 if long else 0.78) * scale))
    width = max(3, round(FLAME_WIDTH_M * scale))
    yy, xx = np.mgrid[0:width, 0:length].astype(np.float32)
    u = xx / max(1, length - 1)  # 1 at the exhaust (the right edge), 0 at the tip
    v = np.abs(yy - (width - 1) / 2.0) / (width / 2.0)
    taper = np.clip(1.0 - v / np.maximum(0.05, u**0.6), 0.0, 1.0)
    core = np.clip(taper * u**1.5 * 1.4, 0.0, 1.0)
    outer = np.clip(taper * u * 1.2, 0.0, 1.0)
    r = 120 * outer + 135 * core
    g = 90 * outer + 165 * core
    b = 255 * outer
    rgb = np.clip(np.stack([r, g, b], axis=-1), 0, 255).astype(np.uint8)
    surf = pygame.Surface((length, width)).convert()
    pygame.surfarray.blit_array(surf, rgb.transpose(1, 0, 2))
    return surf


class WorldSprites:
    """Props, lamp heads and flames per zoom level, built on first use."""

    def __init__(self, scales: tuple[float, ...]) -> None:
        self.scales = scales
        self._props: dict[tuple[str, float, int], pygame.Surface] = {}
        self._lamps: dict[int, pygame.Surface] = {}
        self._flames: OrderedDict[tuple[int, int, bool], pygame.Surface] = OrderedDict()
        self._flame_base: dict[tuple[int, bool], pygame.Surface] = {}

    def prop(self, kind: str, radius_m: float, bucket: int) -> pygame.Surface:
        key = (kind, radius_m, bucket)
        s = self._props.get(key)
        if s is None:
            s = prop_sprite(kind, radius_m, self.scales[bucket])
            self._props[key] = s
        return s

    def lamp(self, bucket: int) -> pygame.Surface:
        s = self._lamps.get(bucket)
        if s is None:
            s = lamp_head(self.scales[bucket])
            self._lamps[bucket] = s
        return s

    def flame(self, bucket: int, heading: float, long: bool) -> pygame.Surface:
        a = angle_index(heading)
        key = (bucket, a, long)
        s = self._flames.get(key)
        if s is None:
            base = self._flame_base.get((bucket, long))
            if base is None:
                base = _flame(self.scales[bucket], long)
                self._flame_base[(bucket, long)] = base
            s = pygame.transform.rotate(base, -a * 360.0 / ANGLES)
            self._flames[key] = s
            while len(self._flames) > ANGLES * 4:
                self._flames.popitem(last=False)
        else:
            self._flames.move_to_end(key)
        return s
