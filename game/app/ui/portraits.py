"""Character portraits drawn at runtime from a few traits each, so there is no art file to ship.

Every cast member gets a stylised bust (hair, face, clothes, one or two props)
on a coloured card; the traits are data in :data:`game.app.ui.cast.CAST`. Anyone else who
speaks (a bank clerk, a radio) gets a portrait made from a hash of the name,
and narration gets a neutral silhouette. Drawing is supersampled and cached
per (name, size) on a :class:`Portraits` object the campaign owns.
"""

from __future__ import annotations

import math

import pygame

from game.app.ui.cast import SUPER, Color, Look, look_for, shade
from game.app.ui.portrait_hair import draw_hair, draw_head_props


class Portraits:
    """Portrait surfaces by (name, size); a render cache, so drawing a screen never changes state."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int], pygame.Surface] = {}

    def get(self, name: str, size: int) -> pygame.Surface:
        key = (name, max(16, size))
        s = self._cache.get(key)
        if s is None:
            s = portrait(name, key[1])
            self._cache[key] = s
        return s


def portrait(name: str, size: int) -> pygame.Surface:
    """One portrait, ``size`` pixels square, with per-pixel alpha (rounded card)."""
    n = size * SUPER
    s = pygame.Surface((n, n), pygame.SRCALPHA)
    look = look_for(name)
    _card(s, look.card if look else (60, 66, 92))
    if look is None:
        _narrator(s)
    else:
        _bust(s, look)
    _round(s)
    _frame(s, look.card if look else (120, 130, 160))
    return pygame.transform.smoothscale(s, (size, size))


def _card(s: pygame.Surface, base: Color) -> None:
    n = s.get_width()
    for y in range(n):
        t = y / n
        pygame.draw.line(s, shade(base, 0.55 + 0.5 * (1 - t)), (0, y), (n, y))
    stripes = pygame.Surface((n, n), pygame.SRCALPHA)
    for k in range(-3, 8):
        x = k * n // 5
        pygame.draw.polygon(
            stripes,
            (255, 255, 255, 22),
            [(x, n), (x + n // 12, n), (x + n // 12 + n // 2, 0), (x + n // 2, 0)],
        )
    s.blit(stripes, (0, 0))


def _round(s: pygame.Surface) -> None:
    """Clip everything drawn to the card's rounded corners."""
    n = s.get_width()
    mask = pygame.Surface((n, n), pygame.SRCALPHA)
    pygame.draw.rect(mask, (255, 255, 255, 255), mask.get_rect(), border_radius=n // 7)
    s.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)


def _frame(s: pygame.Surface, base: Color) -> None:
    n = s.get_width()
    pygame.draw.rect(s, shade(base, 1.35), s.get_rect(), max(2, n // 40), border_radius=n // 7)


def _narrator(s: pygame.Surface) -> None:
    """Narration: a faceless silhouette under a street lamp, and a strip of road."""
    n = s.get_width()
    dark = (20, 22, 34)
    pygame.draw.polygon(s, (255, 230, 160, 40), [(n * 0.72, n * 0.12), (n * 0.35, n), (n * 1.05, n)])
    pygame.draw.line(s, (50, 54, 70), (n * 0.72, n * 0.1), (n * 0.72, n), max(2, n // 40))
    pygame.draw.circle(s, (255, 236, 170), (n * 0.72, n * 0.12), n * 0.05)
    pygame.draw.ellipse(s, dark, (n * 0.18, n * 0.64, n * 0.56, n * 0.5))
    pygame.draw.circle(s, dark, (n * 0.46, n * 0.48), n * 0.16)
    pygame.draw.polygon(
        s, dark, [(n * 0.26, n * 0.42), (n * 0.66, n * 0.42), (n * 0.6, n * 0.34), (n * 0.32, n * 0.34)]
    )
    pygame.draw.rect(s, dark, (n * 0.3, n * 0.26, n * 0.32, n * 0.12), border_radius=n // 40)


def _bust(s: pygame.Surface, look: Look) -> None:
    n = s.get_width()
    cx = n * 0.5
    head_w, head_h = n * 0.34, n * 0.42
    head = pygame.Rect(0, 0, head_w, head_h)
    head.center = (round(cx), round(n * 0.43))
    hair, skin = look.hair, look.skin
    style = look.hair_style
    # hair that falls behind the shoulders
    if style == "long":
        pygame.draw.ellipse(s, shade(hair, 0.85), (cx - n * 0.25, n * 0.2, n * 0.5, n * 0.72))
    elif style == "ponytail":
        pygame.draw.ellipse(s, shade(hair, 0.8), (cx + n * 0.1, n * 0.3, n * 0.2, n * 0.42))
    elif style == "bob":
        pygame.draw.ellipse(s, shade(hair, 0.85), (cx - n * 0.23, n * 0.2, n * 0.46, n * 0.46))
    # shoulders and clothes
    body = pygame.Rect(0, 0, n * 0.8, n * 0.5)
    body.midtop = (round(cx), round(n * 0.7))
    shirt = look.shirt
    pygame.draw.ellipse(s, shirt, body)
    pygame.draw.rect(s, shirt, (body.left, body.centery, body.width, n))
    neck = pygame.Rect(0, 0, head_w * 0.42, n * 0.16)
    neck.midtop = (round(cx), head.bottom - round(n * 0.04))
    pygame.draw.rect(s, shade(skin, 0.82), neck)
    pygame.draw.ellipse(s, shade(skin, 0.82), (neck.left, neck.bottom - n * 0.04, neck.width, n * 0.07))
    _clothes(s, look, body, neck)
    # head
    for side in (-1, 1):
        ear = pygame.Rect(0, 0, n * 0.06, n * 0.1)
        ear.center = (round(cx + side * head_w * 0.5), round(head.centery + n * 0.01))
        pygame.draw.ellipse(s, shade(skin, 0.9), ear)
    pygame.draw.ellipse(s, skin, head)
    pygame.draw.ellipse(s, shade(skin, 0.92), (head.left, head.centery, head_w, head_h * 0.5), 0)
    pygame.draw.ellipse(s, skin, (head.left + head_w * 0.04, head.top, head_w * 0.92, head_h * 0.9))
    _face(s, look, head)
    draw_hair(s, look, head)
    draw_head_props(s, look, head)


def _face(s: pygame.Surface, look: Look, head: pygame.Rect) -> None:
    n = s.get_width()
    cx = head.centerx
    eye_y = head.top + head.height * 0.5
    brow = shade(look.hair, 0.8) if look.hair_style != "bald" else shade(look.skin, 0.6)
    for side in (-1, 1):
        ex = cx + side * head.width * 0.2
        pygame.draw.ellipse(s, (250, 250, 250), (ex - n * 0.03, eye_y - n * 0.015, n * 0.06, n * 0.032))
        pygame.draw.circle(s, (40, 34, 40), (ex, eye_y), n * 0.014)
        pygame.draw.line(
            s,
            brow,
            (ex - n * 0.035, eye_y - n * 0.045 + side * 0),
            (ex + n * 0.035, eye_y - n * 0.05),
            max(2, n // 60),
        )
    nose = shade(look.skin, 0.78)
    pygame.draw.line(s, nose, (cx, eye_y + n * 0.01), (cx - n * 0.012, eye_y + n * 0.07), max(2, n // 90))
    mouth_y = head.top + head.height * 0.8
    pygame.draw.arc(
        s,
        shade(look.skin, 0.55),
        (cx - n * 0.05, mouth_y - n * 0.03, n * 0.1, n * 0.04),
        math.pi * 1.1,
        math.pi * 1.9,
        max(2, n // 80),
    )
    if "stubble" in look.props or "beard" in look.props:
        beard = (*shade(look.hair, 0.9), 110 if "stubble" in look.props else 255)
        layer = pygame.Surface(s.get_size(), pygame.SRCALPHA)
        jaw = pygame.Rect(
            head.left + head.width * 0.08,
            head.top + head.height * 0.62,
            head.width * 0.84,
            head.height * (0.46 if "beard" in look.props else 0.38),
        )
        pygame.draw.ellipse(layer, beard, jaw)
        pygame.draw.rect(layer, (0, 0, 0, 0), (jaw.left, jaw.top, jaw.width, head.height * 0.12))
        s.blit(layer, (0, 0))
        if "beard" in look.props:
            pygame.draw.arc(
                s,
                shade(look.skin, 0.45),
                (cx - n * 0.05, mouth_y - n * 0.03, n * 0.1, n * 0.04),
                math.pi * 1.1,
                math.pi * 1.9,
                max(2, n // 80),
            )
    if "scar" in look.props:
        x = cx + head.width * 0.26
        pygame.draw.line(
            s,
            (170, 90, 90),
            (x - n * 0.02, eye_y - n * 0.07),
            (x + n * 0.01, eye_y + n * 0.06),
            max(2, n // 90),
        )


def _clothes(s: pygame.Surface, look: Look, body: pygame.Rect, neck: pygame.Rect) -> None:
    n = s.get_width()
    props = look.props
    cx = body.centerx
    collar_y = neck.bottom - n * 0.01
    dark = shade(look.shirt, 0.65)
    lw = max(2, n // 70)
    if "overalls" in props:
        pygame.draw.rect(s, (60, 64, 70), (cx - n * 0.16, collar_y + n * 0.06, n * 0.32, n))
        for side in (-1, 1):
            pygame.draw.line(
                s,
                (60, 64, 70),
                (cx + side * n * 0.14, collar_y + n * 0.08),
                (cx + side * n * 0.2, collar_y - n * 0.01),
                max(4, n // 30),
            )
            pygame.draw.circle(s, (220, 200, 120), (cx + side * n * 0.13, collar_y + n * 0.1), n * 0.014)
    if "jacket" in props:
        for side in (-1, 1):
            pygame.draw.polygon(
                s,
                shade(look.shirt, 1.8) if look.shirt[0] < 40 else dark,
                [
                    (cx + side * n * 0.05, collar_y),
                    (cx + side * n * 0.18, collar_y + n * 0.02),
                    (cx + side * n * 0.1, n),
                    (cx + side * n * 0.03, n),
                ],
            )
        pygame.draw.line(s, (180, 180, 190), (cx + n * 0.035, collar_y + n * 0.1), (cx + n * 0.035, n), lw)
    if "tie" in props:
        pygame.draw.polygon(
            s,
            (236, 236, 240),
            [
                (cx - n * 0.09, collar_y - n * 0.01),
                (cx + n * 0.09, collar_y - n * 0.01),
                (cx, collar_y + n * 0.14),
            ],
        )
        pygame.draw.polygon(
            s,
            (170, 30, 40),
            [
                (cx - n * 0.02, collar_y + n * 0.01),
                (cx + n * 0.02, collar_y + n * 0.01),
                (cx + n * 0.035, collar_y + n * 0.2),
                (cx, collar_y + n * 0.25),
                (cx - n * 0.035, collar_y + n * 0.2),
            ],
        )
        for side in (-1, 1):
            pygame.draw.line(
                s, dark, (cx + side * n * 0.09, collar_y - n * 0.01), (cx + side * n * 0.03, n), lw
            )
    if "hawaii" in props:
        for k in range(8):
            x = body.left + body.width * ((k * 0.37) % 1.0)
            y = collar_y + n * 0.05 + (k % 3) * n * 0.06
            for a in range(5):
                ang = a * 2 * math.pi / 5
                pygame.draw.circle(
                    s,
                    (255, 240, 220),
                    (x + math.cos(ang) * n * 0.015, y + math.sin(ang) * n * 0.015),
                    n * 0.012,
                )
    if "badge" in props:
        bx, by = cx + n * 0.17, collar_y + n * 0.12
        star = [
            (
                bx + math.cos(a * math.pi / 5 - math.pi / 2) * (n * 0.04 if a % 2 == 0 else n * 0.018),
                by + math.sin(a * math.pi / 5 - math.pi / 2) * (n * 0.04 if a % 2 == 0 else n * 0.018),
            )
            for a in range(10)
        ]
        pygame.draw.polygon(s, (240, 200, 80), star)
        for side in (-1, 1):
            pygame.draw.polygon(
                s,
                dark,
                [
                    (cx + side * n * 0.02, collar_y),
                    (cx + side * n * 0.12, collar_y - n * 0.01),
                    (cx + side * n * 0.08, collar_y + n * 0.07),
                ],
            )
    if "pearls" in props:
        for k in range(11):
            arc = math.pi * (0.15 + 0.7 * k / 10)
            pygame.draw.circle(
                s,
                (250, 246, 236),
                (cx - math.cos(arc) * n * 0.1, collar_y - n * 0.02 + math.sin(arc) * n * 0.07),
                n * 0.012,
            )
    if "chain" in props:
        pygame.draw.arc(
            s,
            (255, 210, 60),
            (cx - n * 0.12, collar_y - n * 0.12, n * 0.24, n * 0.26),
            math.pi * 1.1,
            math.pi * 1.9,
            max(3, n // 45),
        )
        pygame.draw.circle(s, (255, 210, 60), (cx, collar_y + n * 0.14), n * 0.025)
    if "tags" in props:
        pygame.draw.arc(
            s,
            (200, 200, 210),
            (cx - n * 0.08, collar_y - n * 0.1, n * 0.16, n * 0.22),
            math.pi * 1.1,
            math.pi * 1.9,
            max(2, n // 90),
        )
        pygame.draw.rect(
            s,
            (200, 200, 210),
            (cx - n * 0.015, collar_y + n * 0.1, n * 0.03, n * 0.045),
            border_radius=n // 90,
        )
