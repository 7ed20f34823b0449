"""Top-down car and bike pictures drawn by code, at any scale, facing +x.

Sprites are generated at the zoom level they are shown at (and at twice that,
so rotation can filter down) rather than shipped as images: every vehicle in
``vehicles.toml`` gets a picture in its own body colour and true size, a mod's
new car needs no art, and the pictures stay sharp at every zoom. Drawing is
done four times oversize and scaled down, which is pygame's cheapest
anti-aliasing for filled shapes.

Conditions: ``clean``, ``damaged`` (darker, dents, a cracked screen) and
``wrecked`` (charred). ``phase`` 0/1 alternates a police light bar.
"""

from __future__ import annotations

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


def canvas_size(look: VehicleLook, ppm: float) -> tuple[int, int]:
    """Sprite size in pixels at ``ppm``: the vehicle plus room for mirrors and anti-aliasing."""
    return round((look.length_m + 0.3) * ppm) + 2, round((look.width_m + 0.4) * ppm) + 2


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
    return pygame.transform.smoothscale(big, size)


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
                _rect(
                    k,
                    cx,
                    cy,
                    x - 0.34,
                    side * hw - 0.12 - (0.0 if side < 0 else -0.0),
                    x + 0.34,
                    side * hw + 0.12,
                ),
                border_radius=round(0.08 * k),
            )
    # body: a rounded outline, then the paint inset, narrower at the nose
    shape = [
        (-hl, -hw * 0.94),
        (hl * 0.55, -hw),
        (hl * 0.96, -hw * 0.86),
        (hl, -hw * 0.5),
        (hl, hw * 0.5),
        (hl * 0.96, hw * 0.86),
        (hl * 0.55, hw),
        (-hl, hw * 0.94),
    ]
    pygame.draw.rect(s, edge, _rect(k, cx, cy, -hl, -hw, hl, hw), border_radius=round(hw * 0.55 * k))
    pygame.draw.polygon(s, edge, _poly(k, cx, cy, shape))
    inset = 0.07
    pygame.draw.rect(
        s,
        body,
        _rect(k, cx, cy, -hl + inset, -hw + inset, hl - inset, hw - inset),
        border_radius=round(hw * 0.5 * k),
    )
    # a soft highlight down the spine
    pygame.draw.rect(
        s,
        shade(body, 1.18),
        _rect(k, cx, cy, -hl * 0.85, -hw * 0.35, hl * 0.9, hw * 0.35),
        border_radius=round(hw * 0.3 * k),
    )
    if look.police and condition != "wrecked":
        black = (24, 24, 28)
        pygame.draw.rect(
            s,
            black,
            _rect(k, cx, cy, hl * 0.42, -hw + inset, hl - inset, hw - inset),
            border_radius=round(hw * 0.45 * k),
        )
        pygame.draw.rect(
            s,
            black,
            _rect(k, cx, cy, -hl + inset, -hw + inset, -hl * 0.62, hw - inset),
            border_radius=round(hw * 0.45 * k),
        )
    if look.stripes and condition == "clean":
        stripe = (240, 240, 240) if sum(body) < 420 else (26, 26, 30)
        for y in (-0.22, 0.1):
            pygame.draw.rect(s, stripe, _rect(k, cx, cy, -hl + 0.1, y, hl - 0.1, y + 0.12))
    glass = (14, 14, 16) if condition == "wrecked" else GLASS
    # windscreen (wide at the front), roof, rear window
    ws = [(hl * 0.12, -hw * 0.74), (hl * 0.42, -hw * 0.84), (hl * 0.42, hw * 0.84), (hl * 0.12, hw * 0.74)]
    pygame.draw.polygon(s, glass, _poly(k, cx, cy, ws))
    rw = [(-hl * 0.62, -hw * 0.7), (-hl * 0.42, -hw * 0.74), (-hl * 0.42, hw * 0.74), (-hl * 0.62, hw * 0.7)]
    pygame.draw.polygon(s, glass, _poly(k, cx, cy, rw))
    for side in (-1, 1):
        sw = [
            (-hl * 0.42, side * hw * 0.76),
            (hl * 0.12, side * hw * 0.76),
            (hl * 0.12, side * hw * 0.88),
            (-hl * 0.42, side * hw * 0.86),
        ]
        pygame.draw.polygon(s, glass, _poly(k, cx, cy, sw))
    roof = shade(body, 1.08)
    pygame.draw.rect(
        s,
        roof,
        _rect(k, cx, cy, -hl * 0.42, -hw * 0.72, hl * 0.12, hw * 0.72),
        border_radius=round(hw * 0.2 * k),
    )
    if condition != "wrecked":
        pygame.draw.line(
            s,
            GLASS_HI,
            (cx + hl * 0.2 * k, cy - hw * 0.55 * k),
            (cx + hl * 0.34 * k, cy - hw * 0.1 * k),
            max(1, round(0.06 * k)),
        )
    # mirrors
    for side in (-1, 1):
        pygame.draw.rect(
            s,
            edge,
            _rect(k, cx, cy, hl * 0.2, side * (hw + 0.1) - 0.07, hl * 0.32, side * (hw + 0.1) + 0.07),
            border_radius=round(0.04 * k),
        )
    # lights
    for side in (-1, 1):
        lamp = HEADLIGHT if condition == "clean" or (side > 0 and condition == "damaged") else (60, 60, 56)
        pygame.draw.rect(
            s,
            lamp,
            _rect(k, cx, cy, hl - 0.22, side * hw * 0.72 - 0.15, hl - 0.05, side * hw * 0.72 + 0.15),
            border_radius=round(0.06 * k),
        )
        tail = TAIL if condition != "wrecked" else (50, 16, 16)
        pygame.draw.rect(
            s, tail, _rect(k, cx, cy, -hl + 0.04, side * hw * 0.7 - 0.17, -hl + 0.16, side * hw * 0.7 + 0.17)
        )
    if look.police and condition != "wrecked":
        red = (255, 40, 40) if phase == 0 else (110, 20, 20)
        blue = (40, 90, 255) if phase == 1 else (20, 30, 110)
        pygame.draw.rect(s, (30, 30, 34), _rect(k, cx, cy, -hl * 0.24, -hw * 0.8, hl * 0.0, hw * 0.8))
        pygame.draw.rect(s, red, _rect(k, cx, cy, -hl * 0.22, -hw * 0.76, -hl * 0.02, -0.05))
        pygame.draw.rect(s, blue, _rect(k, cx, cy, -hl * 0.22, 0.05, -hl * 0.02, hw * 0.76))
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
    # wheels front and back
    pygame.draw.rect(s, TYRE, _rect(k, cx, cy, hl - 0.55, -0.09, hl, 0.09), border_radius=round(0.08 * k))
    pygame.draw.rect(s, TYRE, _rect(k, cx, cy, -hl, -0.11, -hl + 0.6, 0.11), border_radius=round(0.09 * k))
    # fairing / tank
    pygame.draw.ellipse(s, edge, _rect(k, cx, cy, -hl * 0.55, -hw * 0.5, hl * 0.8, hw * 0.5))
    pygame.draw.ellipse(s, body, _rect(k, cx, cy, -hl * 0.5, -hw * 0.42, hl * 0.75, hw * 0.42))
    pygame.draw.ellipse(s, shade(body, 1.25), _rect(k, cx, cy, hl * 0.05, -hw * 0.15, hl * 0.6, hw * 0.15))
    # handlebar with mirrors
    bar_x = hl * 0.52
    pygame.draw.line(
        s, (40, 40, 44), (cx + bar_x * k, cy - hw * k), (cx + bar_x * k, cy + hw * k), max(1, round(0.06 * k))
    )
    pygame.draw.circle(
        s, HEADLIGHT if condition == "clean" else (60, 60, 56), (cx + hl * 0.86 * k, cy), 0.09 * k
    )
    pygame.draw.rect(s, TAIL, _rect(k, cx, cy, -hl * 0.72, -0.08, -hl * 0.62, 0.08))
    # rider: shoulders and helmet
    jacket = (36, 38, 46) if condition != "wrecked" else (20, 20, 20)
    pygame.draw.ellipse(s, jacket, _rect(k, cx, cy, -hl * 0.22, -hw * 0.75, hl * 0.2, hw * 0.75))
    pygame.draw.circle(
        s,
        shade(look.color, 1.1) if condition != "wrecked" else (30, 28, 26),
        (cx + hl * 0.08 * k, cy),
        0.17 * k,
    )
    pygame.draw.circle(s, GLASS, (cx + hl * 0.16 * k, cy), 0.09 * k)
    if condition != "clean":
        _scars(s, look, body, k, cx, cy, condition)
