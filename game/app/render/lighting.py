"""Night: a dark multiply overlay with light sprites added into it.

One half-resolution overlay is reused every frame: filled with the ambient
night colour, light sprites (street lamps, headlight cones, tail lights,
fire) are added onto it with ``BLEND_ADD``, it is scaled up into a reused
screen-sized surface and multiplied onto the frame. Light is soft, so half
resolution is invisible, and it quarters the cost and memory of every light
sprite. Where no light falls the scene keeps the ambient
fraction of its colour; under a lamp it keeps all of it. All light sprites
are pre-rendered per zoom level (cones also per 64 headings, on first use)
so a frame allocates nothing.
"""

from __future__ import annotations

import itertools
import math
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
import pygame

from game.app.render.camera import CameraPose
from game.app.render.vehicle_sprites import ANGLES, angle_index
from game.content.mapdata import MapRender
from game.sim.track import Track

AMBIENT = (52, 60, 96)
LAMP_COLOUR = (255, 206, 140)
LAMP_RADIUS_M = 13.0
CONE_LENGTH_M = 30.0
CONE_HALF_ANGLE = math.radians(23.0)
CONE_COLOUR = (255, 244, 214)
LAMP_SPACING_M = 42.0
LAMP_TILE_NAMES = frozenset({"lamp", "streetlamp", "street_lamp"})
"""Tiles (by their ``name`` property) that are street lamps, besides any with a ``light`` property."""
TAIL_COLOUR = (150, 20, 16)
TAIL_RADIUS_M = 2.2
HALO_COLOUR = (196, 192, 178)
"""The light riding with the player's car: on top of the ambient it gives the paint nearly its day colour."""


@dataclass(frozen=True, slots=True)
class Light:
    x: float
    y: float
    colour: tuple[int, int, int] = LAMP_COLOUR
    radius_m: float = LAMP_RADIUS_M


@dataclass(frozen=True, slots=True)
class CarLight:
    """What the lighting needs of one car this frame."""

    x: float
    y: float
    heading: float
    half_length: float
    headlights: bool = True
    police_phase: int = -1
    """0/1 alternates red/blue roof glow; -1 for cars without a light bar."""
    flame: bool = False
    fire: bool = False
    glow_m: float = 0.0
    """> 0 for the player's car: a soft light reaching this far past its ends (never lost in the dark)."""


def _radial(diameter: int, colour: tuple[int, int, int], power: float = 1.6) -> pygame.Surface:
    """A soft round glow, colour on black, for additive blending."""
    d = max(2, diameter)
    yy, xx = np.mgrid[0:d, 0:d].astype(np.float32)
    r = np.hypot(xx - (d - 1) / 2.0, yy - (d - 1) / 2.0) / (d / 2.0)
    profile = np.clip(1.0 - r, 0.0, 1.0) ** power
    rgb = np.array(colour, dtype=np.float32)[None, None, :] * profile[..., None]
    surf = pygame.Surface((d, d)).convert()
    pygame.surfarray.blit_array(surf, rgb.transpose(1, 0, 2).astype(np.uint8))
    return surf


def _cone(scale: float) -> pygame.Surface:
    """A headlight beam pointing +x; the sprite's centre is ``CONE_LENGTH_M / 2`` ahead of the bumper."""
    length = max(4, round(CONE_LENGTH_M * scale))
    half_w = max(2, round(math.tan(CONE_HALF_ANGLE) * CONE_LENGTH_M * scale + 0.9 * scale))
    yy, xx = np.mgrid[0 : half_w * 2, 0:length].astype(np.float32)
    x = xx / scale
    y = (yy - half_w + 0.5) / scale
    apex = 0.9 / math.tan(CONE_HALF_ANGLE)
    ang = np.abs(np.arctan2(y, x + apex))
    edge = np.clip(1.0 - ang / CONE_HALF_ANGLE, 0.0, 1.0) ** 0.7
    fall = np.clip(1.0 - x / CONE_LENGTH_M, 0.0, 1.0) ** 1.3
    near = np.clip(1.0 - x / 3.0, 0.0, 1.0) * 0.25
    profile = np.clip(edge * (fall * 0.95 + near), 0.0, 1.0)
    rgb = np.array(CONE_COLOUR, dtype=np.float32)[None, None, :] * profile[..., None]
    surf = pygame.Surface((length, half_w * 2)).convert()
    pygame.surfarray.blit_array(surf, rgb.transpose(1, 0, 2).astype(np.uint8))
    return surf


def lights_for(track: Track, render: MapRender | None) -> tuple[list[Light], bool]:
    """Street lights from lamp tiles (a ``light`` property, or named ``lamp``); else spaced along walls.

    Returns the lights and whether they were invented here (then the renderer
    also draws their lamp heads, which a map would have drawn as tiles).
    """
    if render is not None:
        found = _tile_lights(render)
        if found:
            return found, False
    lights: list[Light] = []
    for wall in track.walls:
        pts = list(wall.points) + ([wall.points[0]] if wall.closed else [])
        lights.extend(_along(pts, LAMP_SPACING_M, len(lights) % 2 * LAMP_SPACING_M / 2))
    if not lights and track.racing_line:
        pts = [*track.racing_line, track.racing_line[0]]
        lights.extend(_along(pts, LAMP_SPACING_M, 0.0, side=6.0))
    return lights, True


def _tile_lights(render: MapRender) -> list[Light]:
    lit: dict[int, tuple[int, int, int]] = {}
    for ts in render.tilesets:
        for local, props in ts.tile_properties.items():
            value = props.get("light")
            if value is None and str(props.get("name", "")).split(".")[0] in LAMP_TILE_NAMES:
                value = True
            if value in (None, False, "", "false", 0):
                continue
            colour = LAMP_COLOUR
            if isinstance(value, str) and value.startswith("#") and len(value) >= 7:
                t = value[-6:]
                colour = (int(t[0:2], 16), int(t[2:4], 16), int(t[4:6], 16))
            lit[ts.first_gid + local] = colour
    if not lit:
        return []
    out: list[Light] = []
    tw_m = render.tile_width / render.pixels_per_metre
    th_m = render.tile_height / render.pixels_per_metre
    for layer in render.layers.values():
        mask = np.isin(layer.gids, np.array(list(lit), dtype=layer.gids.dtype))
        for r, c in zip(*np.nonzero(mask), strict=True):
            out.append(Light((c + 0.5) * tw_m, (r + 0.5) * th_m, lit[int(layer.gids[r, c])]))
    return out


def _along(pts: list[tuple[float, float]], spacing: float, start: float, side: float = 0.0) -> list[Light]:
    out: list[Light] = []
    carry = start
    for (ax, ay), (bx, by) in itertools.pairwise(pts):
        seg = math.hypot(bx - ax, by - ay)
        if seg < 1e-6:
            continue
        d = carry
        while d < seg:
            t = d / seg
            nx, ny = -(by - ay) / seg, (bx - ax) / seg
            out.append(Light(ax + (bx - ax) * t + nx * side, ay + (by - ay) * t + ny * side))
            d += spacing
        carry = d - seg
    return out


class NightLighting:
    """The reusable overlay and every light sprite, per zoom level."""

    def __init__(
        self,
        screen_size: tuple[int, int],
        scales: tuple[float, ...],
        lights: list[Light],
        ambient: tuple[int, int, int] = AMBIENT,
        resolution: float = 0.5,
    ) -> None:
        self.k = resolution
        small = (max(1, round(screen_size[0] * resolution)), max(1, round(screen_size[1] * resolution)))
        self.overlay = pygame.Surface(small).convert()
        self.full = pygame.Surface(screen_size).convert()
        self.scales = tuple(s * resolution for s in scales)
        self.lights = lights
        self.ambient = ambient
        self._lx = np.array([lt.x for lt in lights], dtype=np.float64)
        self._ly = np.array([lt.y for lt in lights], dtype=np.float64)
        self._glows: dict[tuple[int, tuple[int, int, int], float], pygame.Surface] = {}
        self._halos: dict[tuple[int, float], pygame.Surface] = {}
        self._cones: OrderedDict[tuple[int, int], pygame.Surface] = OrderedDict()
        self._cone_base: dict[int, pygame.Surface] = {}

    def glow(self, bucket: int, colour: tuple[int, int, int], radius_m: float) -> pygame.Surface:
        key = (bucket, colour, radius_m)
        g = self._glows.get(key)
        if g is None:
            g = _radial(round(2 * radius_m * self.scales[bucket]), colour)
            self._glows[key] = g
        return g

    def halo(self, bucket: int, radius_m: float) -> pygame.Surface:
        """The player's light: flatter than a lamp's glow, so the whole car is lit, not just its roof."""
        key = (bucket, radius_m)
        g = self._halos.get(key)
        if g is None:
            g = _radial(round(2 * radius_m * self.scales[bucket]), HALO_COLOUR, power=0.75)
            self._halos[key] = g
        return g

    def cone(self, bucket: int, heading: float) -> pygame.Surface:
        a = angle_index(heading)
        key = (bucket, a)
        c = self._cones.get(key)
        if c is None:
            base = self._cone_base.get(bucket)
            if base is None:
                base = _cone(self.scales[bucket])
                self._cone_base[bucket] = base
            c = pygame.transform.rotate(base, -a * 360.0 / ANGLES)
            self._cones[key] = c
            while len(self._cones) > ANGLES * 2:
                self._cones.popitem(last=False)
        else:
            self._cones.move_to_end(key)
        return c

    def warm(self, bucket: int, headings: list[float], budget: int) -> bool:
        """Make a zoom level's glows and the cones for these headings ahead of use; True when all exist."""
        for colour, radius in ((LAMP_COLOUR, LAMP_RADIUS_M), (TAIL_COLOUR, TAIL_RADIUS_M)):
            if (bucket, colour, radius) not in self._glows:
                self.glow(bucket, colour, radius)
                budget -= 1
        for hd in headings:
            if budget <= 0:
                return False
            if (bucket, angle_index(hd)) not in self._cones:
                self.cone(bucket, hd)
                budget -= 1
        return budget > 0

    def light_blits(
        self, pose: CameraPose, cars: list[CarLight]
    ) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        """Every light sprite on screen this frame, in overlay coordinates."""
        k = self.k
        b, scale, left, top = pose.bucket, pose.scale * k, pose.left * k, pose.top * k
        w, h = self.overlay.get_size()
        out: list[tuple[pygame.Surface, tuple[int, int]]] = []
        if len(self._lx):
            sx = self._lx * scale - left
            sy = self._ly * scale - top
            reach = LAMP_RADIUS_M * scale
            on = np.nonzero((sx > -reach) & (sx < w + reach) & (sy > -reach) & (sy < h + reach))[0]
            for i in on.tolist():
                lt = self.lights[i]
                g = self.glow(b, lt.colour, lt.radius_m)
                half = g.get_width() // 2
                out.append((g, (round(sx[i]) - half, round(sy[i]) - half)))
        for car in cars:
            cx, cy = car.x * scale - left, car.y * scale - top
            c, s = math.cos(car.heading), math.sin(car.heading)
            if car.headlights:
                cone = self.cone(b, car.heading)
                ahead = (car.half_length + CONE_LENGTH_M / 2.0) * scale
                out.append(
                    (
                        cone,
                        (
                            round(cx + c * ahead - cone.get_width() / 2),
                            round(cy + s * ahead - cone.get_height() / 2),
                        ),
                    )
                )
            if car.glow_m > 0.0:
                g = self.halo(b, round(car.half_length + car.glow_m, 1))
                half = g.get_width() // 2
                out.append((g, (round(cx) - half, round(cy) - half)))
            tail = self.glow(b, TAIL_COLOUR, TAIL_RADIUS_M)
            back = car.half_length * scale
            t_half = tail.get_width() // 2
            out.append((tail, (round(cx - c * back) - t_half, round(cy - s * back) - t_half)))
            if car.police_phase >= 0:
                colour = (230, 30, 30) if car.police_phase == 0 else (40, 80, 255)
                g = self.glow(b, colour, 8.0)
                half = g.get_width() // 2
                out.append((g, (round(cx) - half, round(cy) - half)))
            if car.flame:
                g = self.glow(b, (200, 130, 255), 4.0)
                half = g.get_width() // 2
                out.append((g, (round(cx - c * (back + 1.0)) - half, round(cy - s * (back + 1.0)) - half)))
            if car.fire:
                g = self.glow(b, (255, 140, 40), 9.0)
                half = g.get_width() // 2
                out.append((g, (round(cx) - half, round(cy) - half)))
        return out

    def apply(self, surface: pygame.Surface, pose: CameraPose, cars: list[CarLight]) -> None:
        """Darken ``surface`` except where lights fall (the overlay is the only thing written besides it)."""
        ov = self.overlay
        ov.fill(self.ambient)
        ov.fblits(self.light_blits(pose, cars), pygame.BLEND_ADD)
        if ov.get_size() == surface.get_size():
            surface.blit(ov, (0, 0), special_flags=pygame.BLEND_MULT)
            return
        pygame.transform.scale(ov, surface.get_size(), self.full)
        surface.blit(self.full, (0, 0), special_flags=pygame.BLEND_MULT)
