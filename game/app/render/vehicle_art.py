"""Top-down car and bike pictures drawn by code, at any scale, facing +x.

Sprites are generated at the zoom level they are shown at (and at twice that,
so rotation can filter down) rather than shipped as images: every vehicle in
``vehicles.toml`` gets a picture in its own body colour and true size, a mod's
new car needs no art, and the pictures stay sharp at every zoom. Drawing is
done four times oversize and scaled down, which is pygame's cheapest
anti-aliasing for filled shapes.

Conditions: ``clean``, ``damaged`` (darker, dents, a cracked screen) and
``wrecked`` (charred). ``phase`` 0/1 alternates a police light bar.

Which end is the front must read at a glance at the widest race zoom, where a
car is under 30 px long: so the nose is narrow and chamfered with bright lamps
wrapped round its corners, the windscreen is large and forward, and the tail is
square with a dark bumper and a red light bar across it. The player's car is
drawn with an ``outline`` (a light ring with a dark rim) that no rival has.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Literal

import pygame

Condition = Literal["clean", "damaged", "wrecked"]
SUPERSAMPLE = 4
GLASS = (28, 36, 50)
GLASS_HI = (92, 112, 140)
HEADLIGHT = (255, 248, 214)
TAIL = (210, 24, 30)
TYRE = (22, 22, 24)
BUMPER = (30, 30, 34)
OUTLINE = (250, 250, 246)
OUTLINE_RIM = (14, 14, 18)
OUTLINE_M = 0.16
"""Width of the player's outline ring in metres (about 1.5 px at the widest race zoom)."""
RGB = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class VehicleLook:
    """What a picture needs to know about a vehicle."""

    id: str
    kind: str
    length_m: float
    width_m: float
    color: tuple[int, int, int]
    police: bool = False
    stripes: bool = False
    outline: bool = False
    """The player's car: a light ring round the body, so it is found at once in a pack."""


def parse_hex(text: str) -> tuple[int, int, int]:
    """``#rrggbb`` to an RGB tuple (mid grey if the text is not a colour)."""
    t = text.strip().lstrip("#")
    try:
        return int(t[0:2], 16), int(t[2:4], 16), int(t[4:6], 16)
    except (ValueError, IndexError):
        return 160, 160, 160


def shade(c: tuple[int, int, int], f: float) -> tuple[int, int, int]:
    """Scale a colour's brightness (f > 1 brightens, clamped)."""
    return min(255, round(c[0] * f)), min(255, round(c[1] * f)), min(255, round(c[2] * f))


def mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def to_hex(c: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*c)


def lab(c: RGB) -> tuple[float, float, float]:
    """sRGB to CIE L*a*b* (D65): distances in it follow what the eye calls different colours."""

    def linear(u: int) -> float:
        v = u / 255.0
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = linear(c[0]), linear(c[1]), linear(c[2])
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1.0 / 3.0) if t > 216.0 / 24389.0 else (24389.0 / 27.0 * t + 16.0) / 116.0

    fx, fy, fz = f(x), f(y), f(z)
    return 116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)


def delta_e(a: RGB, b: RGB) -> float:
    """CIE76 colour difference: about 2 is just noticeable, 20 "another shade", 60 "another colour"."""
    la, lb = lab(a), lab(b)
    return float(((la[0] - lb[0]) ** 2 + (la[1] - lb[1]) ** 2 + (la[2] - lb[2]) ** 2) ** 0.5)


def same_hue(a: RGB, b: RGB, chroma: float = 18.0, degrees: float = 35.0) -> bool:
    """Both colourful (C* at least ``chroma``) and of nearly one hue: a navy and a royal blue are
    far apart in CIE76 (one is much darker) but a player still calls them both "the blue car"."""
    la, lb = lab(a), lab(b)
    ca, cb = math.hypot(la[1], la[2]), math.hypot(lb[1], lb[2])
    if ca < chroma or cb < chroma:
        return False
    gap = abs(math.degrees(math.atan2(la[2], la[1]) - math.atan2(lb[2], lb[1]))) % 360.0
    return min(gap, 360.0 - gap) < degrees


def clearly_different(a: RGB, b: RGB, margin: float) -> bool:
    """Another colour, not another shade: at least ``margin`` apart (CIE76) and not one hue."""
    return delta_e(a, b) >= margin and not same_hue(a, b)


def lifted(c: RGB, min_lightness: float) -> RGB:
    """``c`` brightened (hue kept, then towards white) until its L* is at least ``min_lightness``.

    A navy or black car on dark asphalt is a hole in the road; the player's
    paint is lifted just enough to stand out from it, in its own hue.
    """
    out = c
    for step in range(1, 41):
        if lab(out)[0] >= min_lightness:
            return out
        t = step / 40.0
        top = max(1, *c)
        boosted = shade(c, min(255.0 / top, 1.0 + 3.0 * t))
        out = mix(boosted, (255, 255, 255), max(0.0, t - 0.35))
    return out


def canvas_size(look: VehicleLook, ppm: float) -> tuple[int, int]:
    """Sprite size in pixels at ``ppm``: the vehicle plus room for mirrors, anti-aliasing and its outline."""
    ring = 2.0 * (OUTLINE_M + 0.06) if look.outline else 0.0
    return round((look.length_m + 0.3 + ring) * ppm) + 2, round((look.width_m + 0.4 + ring) * ppm) + 2


def vehicle_sprite(
    look: VehicleLook, ppm: float, condition: Condition = "clean", phase: int = 0
) -> pygame.Surface:
    """The vehicle facing +x, centred in its canvas, at ``ppm`` pixels per metre (per-pixel alpha)."""
    size = canvas_size(look, ppm)
    big = pygame.Surface((size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE), pygame.SRCALPHA)
    k = ppm * SUPERSAMPLE
    if look.kind == "bike":
        _draw_bike(big, look, k, condition)
    else:
        _draw_car(big, look, k, condition, phase)
    if look.outline:
        big = _outlined(big, k)
    return pygame.transform.smoothscale(big, size)


def _outlined(big: pygame.Surface, k: float) -> pygame.Surface:
    """The picture over a light ring and a thin dark rim following its silhouette.

    The light ring separates the car from dark asphalt and from a rival of any
    colour alongside; the dark rim separates it from pale concrete and smoke.
    Both are dilations of the silhouette (``Mask.convolve`` with a disc).
    """
    shape = pygame.mask.from_surface(big, 60)
    out = pygame.Surface(big.get_size(), pygame.SRCALPHA)
    ring_px = max(2, round(OUTLINE_M * k))
    rim_px = ring_px + max(2, round(0.05 * k))
    for radius, colour in ((rim_px, OUTLINE_RIM), (ring_px, OUTLINE)):
        grown = pygame.mask.Mask(big.get_size())
        shape.convolve(_disc_mask(radius), grown, (-radius, -radius))
        out.blit(grown.to_surface(setcolor=(*colour, 255), unsetcolor=(0, 0, 0, 0)), (0, 0))
    out.blit(big, (0, 0))
    return out


def _disc_surface(radius: int) -> pygame.Surface:
    s = pygame.Surface((2 * radius + 1, 2 * radius + 1), pygame.SRCALPHA)
    pygame.draw.circle(s, (255, 255, 255, 255), (radius, radius), radius)
    return s


def _disc_mask(radius: int) -> pygame.mask.Mask:
    return pygame.mask.from_surface(_disc_surface(radius), 1)


def shadow_sprite(look: VehicleLook, ppm: float) -> pygame.Surface:
    """A soft dark footprint drawn under the vehicle to lift it off the ground."""
    size = canvas_size(look, ppm)
    small = pygame.Surface((max(4, size[0] // 2), max(4, size[1] // 2)), pygame.SRCALPHA)
    w = look.length_m * ppm / 2
    h = (look.width_m * (0.55 if look.kind == "bike" else 1.0)) * ppm / 2
    rect = pygame.Rect(0, 0, max(2, round(w)), max(2, round(h)))
    rect.center = small.get_rect().center
    pygame.draw.rect(small, (0, 0, 0, 120), rect, border_radius=max(1, rect.h // 3))
    return pygame.transform.smoothscale(small, size)


def _rect(k: float, cx: float, cy: float, x0: float, y0: float, x1: float, y1: float) -> pygame.Rect:
    """A rect from vehicle-local metres (x forward, y right) to supersampled canvas pixels."""
    return pygame.Rect(
        round(cx + x0 * k), round(cy + y0 * k), max(1, round((x1 - x0) * k)), max(1, round((y1 - y0) * k))
    )


def _poly(k: float, cx: float, cy: float, pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(cx + x * k, cy + y * k) for x, y in pts]


def _clip_front(pts: list[tuple[float, float]], x0: float) -> list[tuple[float, float]]:
    """The part of a convex outline ahead of ``x = x0`` (one Sutherland–Hodgman pass)."""
    out: list[tuple[float, float]] = []
    for i, a in enumerate(pts):
        b = pts[(i + 1) % len(pts)]
        if a[0] >= x0:
            out.append(a)
        if (a[0] >= x0) != (b[0] >= x0):
            t = (x0 - a[0]) / (b[0] - a[0])
            out.append((x0, a[1] + (b[1] - a[1]) * t))
    return out


def _car_outline(hl: float, hw: float) -> list[tuple[float, float]]:
    """Top view of the body: square tail, full width to the front wheels, then a chamfered nose."""
    top = [
        (-hl, -hw * 0.86),
        (-hl + min(0.16, hl * 0.08), -hw),
        (hl * 0.48, -hw),
        (hl * 0.80, -hw * 0.93),
        (hl * 0.96, -hw * 0.74),
        (hl, -hw * 0.46),
    ]
    return top + [(x, -y) for x, y in reversed(top)]


def _draw_car(s: pygame.Surface, look: VehicleLook, k: float, condition: Condition, phase: int) -> None:
    cx, cy = s.get_width() / 2, s.get_height() / 2
    hl, hw = look.length_m / 2, look.width_m / 2
    body = look.color
    if condition == "damaged":
        body = shade(body, 0.72)
    elif condition == "wrecked":
        body = mix(shade(body, 0.35), (34, 30, 28), 0.6)
    edge = shade(body, 0.5)
    # tyres peeking out at the corners
    wb = look.length_m * 0.31
    for x in (-wb, wb):
        for side in (-1, 1):
            pygame.draw.rect(
                s,
                TYRE,
                _rect(k, cx, cy, x - 0.34, side * hw - 0.12, x + 0.34, side * hw + 0.12),
                border_radius=round(0.08 * k),
            )
    # body: the outline in a dark edge, then the paint inset
    inset = 0.07
    outline = _car_outline(hl, hw)
    paint = _car_outline(hl - inset, hw - inset)
    pygame.draw.polygon(s, edge, _poly(k, cx, cy, outline))
    pygame.draw.polygon(s, body, _poly(k, cx, cy, paint))
    # a soft highlight down the spine, longest over the bonnet
    spine = [(-hl * 0.86, -hw * 0.34), (hl * 0.62, -hw * 0.36), (hl * 0.9, -hw * 0.2)]
    pygame.draw.polygon(s, shade(body, 1.16), _poly(k, cx, cy, spine + [(x, -y) for x, y in reversed(spine)]))
    if look.police and condition != "wrecked":
        black = (24, 24, 28)
        pygame.draw.polygon(s, black, _poly(k, cx, cy, _clip_front(paint, hl * 0.42)))
        pygame.draw.polygon(
            s,
            black,
            _poly(k, cx, cy, [(-x, y) for x, y in _clip_front([(-x, y) for x, y in paint], hl * 0.62)]),
        )
    if look.stripes and condition == "clean":
        stripe = (240, 240, 240) if sum(body) < 420 else (26, 26, 30)
        for y in (-0.22, 0.1):
            pygame.draw.rect(s, stripe, _rect(k, cx, cy, -hl + 0.1, y, hl - 0.22, y + 0.12))
    glass = (14, 14, 16) if condition == "wrecked" else GLASS
    # a big windscreen well forward, a roof, a small rear window: the cabin sits back from the nose
    ws = [(hl * 0.08, -hw * 0.72), (hl * 0.46, -hw * 0.84), (hl * 0.46, hw * 0.84), (hl * 0.08, hw * 0.72)]
    pygame.draw.polygon(s, glass, _poly(k, cx, cy, ws))
    rw = [(-hl * 0.66, -hw * 0.6), (-hl * 0.5, -hw * 0.66), (-hl * 0.5, hw * 0.66), (-hl * 0.66, hw * 0.6)]
    pygame.draw.polygon(s, glass, _poly(k, cx, cy, rw))
    for side in (-1, 1):
        sw = [
            (-hl * 0.5, side * hw * 0.76),
            (hl * 0.08, side * hw * 0.76),
            (hl * 0.08, side * hw * 0.88),
            (-hl * 0.5, side * hw * 0.86),
        ]
        pygame.draw.polygon(s, glass, _poly(k, cx, cy, sw))
    roof = shade(body, 1.08)
    pygame.draw.rect(
        s,
        roof,
        _rect(k, cx, cy, -hl * 0.5, -hw * 0.7, hl * 0.08, hw * 0.7),
        border_radius=round(hw * 0.2 * k),
    )
    if condition != "wrecked":
        pygame.draw.line(
            s,
            GLASS_HI,
            (cx + hl * 0.18 * k, cy - hw * 0.55 * k),
            (cx + hl * 0.36 * k, cy - hw * 0.1 * k),
            max(1, round(0.06 * k)),
        )
    # mirrors, at the front of the doors
    for side in (-1, 1):
        pygame.draw.rect(
            s,
            edge,
            _rect(k, cx, cy, hl * 0.14, side * (hw + 0.1) - 0.07, hl * 0.26, side * (hw + 0.1) + 0.07),
            border_radius=round(0.04 * k),
        )
    # the tail: a dark bumper and a red light bar right across, so the back never reads as a nose
    tail = TAIL if condition != "wrecked" else (50, 16, 16)
    pygame.draw.rect(s, BUMPER, _rect(k, cx, cy, -hl + 0.02, -hw * 0.84, -hl + 0.1, hw * 0.84))
    pygame.draw.rect(s, shade(tail, 0.7), _rect(k, cx, cy, -hl + 0.08, -hw * 0.62, -hl + 0.16, hw * 0.62))
    for side in (-1, 1):
        pygame.draw.rect(
            s, tail, _rect(k, cx, cy, -hl + 0.06, side * hw * 0.72 - 0.2, -hl + 0.22, side * hw * 0.72 + 0.2)
        )
    # headlights: big and bright, wrapped round the chamfered nose corners
    for side in (-1, 1):
        lamp = HEADLIGHT if condition == "clean" or (side > 0 and condition == "damaged") else (60, 60, 56)
        pts = [
            (hl * 0.8, side * (hw - 0.1)),
            (hl * 0.95, side * (hw * 0.72 - 0.04)),
            (hl - 0.05, side * hw * 0.4),
            (hl - 0.24, side * hw * 0.38),
            (hl * 0.8 - 0.02, side * (hw - 0.3)),
        ]
        pygame.draw.polygon(s, lamp, _poly(k, cx, cy, pts))
    if look.police and condition != "wrecked":
        red = (255, 40, 40) if phase == 0 else (110, 20, 20)
        blue = (40, 90, 255) if phase == 1 else (20, 30, 110)
        pygame.draw.rect(s, (30, 30, 34), _rect(k, cx, cy, -hl * 0.3, -hw * 0.8, -hl * 0.06, hw * 0.8))
        pygame.draw.rect(s, red, _rect(k, cx, cy, -hl * 0.28, -hw * 0.76, -hl * 0.08, -0.05))
        pygame.draw.rect(s, blue, _rect(k, cx, cy, -hl * 0.28, 0.05, -hl * 0.08, hw * 0.76))
    if condition != "clean":
        _scars(s, look, body, k, cx, cy, condition)


def _scars(
    s: pygame.Surface,
    look: VehicleLook,
    body: tuple[int, int, int],
    k: float,
    cx: float,
    cy: float,
    condition: Condition,
) -> None:
    """Dents and scratches, the same every time for a given vehicle (seeded by its id)."""
    rng = random.Random(f"{look.id}:{condition}")
    hl, hw = look.length_m / 2, look.width_m / 2
    dent = (*shade(body, 0.6), 170) if condition == "damaged" else (10, 9, 8, 190)
    for _ in range(6 if condition == "damaged" else 9):
        x = rng.uniform(-hl * 0.9, hl * 0.9)
        y = rng.choice((-1, 1)) * rng.uniform(hw * 0.5, hw * 0.9)
        r = rng.uniform(0.1, 0.22)
        pygame.draw.circle(s, dent, (cx + x * k, cy + y * k), r * k)
    scratch = (200, 200, 196) if condition == "damaged" else (90, 40, 20)
    for _ in range(4):
        x = rng.uniform(-hl * 0.8, hl * 0.6)
        y = rng.choice((-1, 1)) * hw * rng.uniform(0.6, 0.85)
        pygame.draw.line(
            s,
            scratch,
            (cx + x * k, cy + y * k),
            (cx + (x + rng.uniform(0.4, 0.9)) * k, cy + y * k),
            max(1, round(0.04 * k)),
        )
    if condition == "damaged":
        ox, oy = cx + look.length_m * 0.3 * k, cy - hw * 0.3 * k
        for _ in range(5):
            pygame.draw.line(
                s,
                (200, 210, 220),
                (ox, oy),
                (ox + rng.uniform(-0.3, 0.3) * k, oy + rng.uniform(-0.5, 0.5) * k),
                max(1, round(0.03 * k)),
            )


def _draw_bike(s: pygame.Surface, look: VehicleLook, k: float, condition: Condition) -> None:
    cx, cy = s.get_width() / 2, s.get_height() / 2
    hl, hw = look.length_m / 2, look.width_m / 2
    body = look.color
    if condition == "damaged":
        body = shade(body, 0.72)
    elif condition == "wrecked":
        body = mix(shade(body, 0.35), (34, 30, 28), 0.6)
    edge = shade(body, 0.5)
    # wheels: a slim front one out ahead, a fat rear one
    pygame.draw.rect(s, TYRE, _rect(k, cx, cy, hl - 0.55, -0.09, hl, 0.09), border_radius=round(0.08 * k))
    pygame.draw.rect(s, TYRE, _rect(k, cx, cy, -hl, -0.12, -hl + 0.6, 0.12), border_radius=round(0.09 * k))
    # fairing and tank: a teardrop, blunt at the seat and pointed at the nose
    drop = [
        (-hl * 0.62, -hw * 0.3),
        (-hl * 0.1, -hw * 0.52),
        (hl * 0.35, -hw * 0.46),
        (hl * 0.68, -hw * 0.24),
        (hl * 0.86, 0.0),
    ]
    drop += [(x, -y) for x, y in reversed(drop[:-1])]
    pygame.draw.polygon(s, edge, _poly(k, cx, cy, drop))
    inner = [(x * 0.92, y * 0.8) for x, y in drop]
    pygame.draw.polygon(s, body, _poly(k, cx, cy, inner))
    pygame.draw.ellipse(s, shade(body, 1.25), _rect(k, cx, cy, hl * 0.1, -hw * 0.14, hl * 0.62, hw * 0.14))
    # handlebar
    bar_x = hl * 0.42
    pygame.draw.line(
        s, (40, 40, 44), (cx + bar_x * k, cy - hw * k), (cx + bar_x * k, cy + hw * k), max(1, round(0.06 * k))
    )
    lamp = HEADLIGHT if condition == "clean" else (60, 60, 56)
    pygame.draw.circle(s, lamp, (cx + hl * 0.74 * k, cy), 0.12 * k)
    pygame.draw.rect(s, TAIL, _rect(k, cx, cy, -hl * 0.74, -0.1, -hl * 0.6, 0.1))
    # rider: shoulders and helmet, behind the bars
    jacket = (36, 38, 46) if condition != "wrecked" else (20, 20, 20)
    pygame.draw.ellipse(s, jacket, _rect(k, cx, cy, -hl * 0.3, -hw * 0.75, hl * 0.12, hw * 0.75))
    pygame.draw.circle(
        s,
        shade(look.color, 1.1) if condition != "wrecked" else (30, 28, 26),
        (cx + hl * 0.02 * k, cy),
        0.17 * k,
    )
    pygame.draw.circle(s, GLASS, (cx + hl * 0.1 * k, cy), 0.09 * k)
    if condition != "clean":
        _scars(s, look, body, k, cx, cy, condition)
