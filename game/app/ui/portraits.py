"""Character portraits drawn at runtime from a few traits each, so there is no art file to ship.

Every cast member gets a stylised bust (hair, face, clothes, one or two props)
on a coloured card; the traits are data in :data:`CAST`. Anyone else who
speaks (a bank clerk, a radio) gets a portrait made from a hash of the name,
and narration gets a neutral silhouette. Drawing is supersampled and cached
per (name, size) on a :class:`Portraits` object the campaign owns.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

import pygame

Color = tuple[int, int, int]
SUPER = 3
"""Supersampling factor: drawn big, smoothscaled down, for soft edges."""


@dataclass(frozen=True, slots=True)
class Look:
    """What makes a face recognisable at 96 pixels."""

    skin: Color
    hair: Color
    hair_style: str
    """long, ponytail, bob, short, slick, bald, buzz, spiky, curly, parted, receding, cap-hair"""
    shirt: Color
    card: Color
    props: tuple[str, ...] = ()
    """cap, police-cap, glasses, shades, beard, stubble, badge, pearls, chain, tags, tie, overalls, bandana,
    headset, jacket, hawaii, earrings, cigar, scar"""
    caption: str = ""


CAST: dict[str, Look] = {
    "Katie": Look(
        (236, 196, 170),
        (168, 62, 34),
        "ponytail",
        (44, 70, 120),
        (255, 128, 52),
        ("overalls", "bandana"),
        "Mechanic. Owes the bank for her father's garage.",
    ),
    "Mike": Look(
        (224, 180, 148),
        (92, 58, 36),
        "cap-hair",
        (200, 40, 40),
        (255, 206, 70),
        ("cap", "stubble"),
        "Pizza courier. Drove getaways once, back home.",
    ),
    "Eric": Look(
        (240, 206, 180),
        (226, 190, 110),
        "short",
        (52, 86, 150),
        (70, 140, 230),
        ("badge",),
        "Rookie cop by day. Street racer by night.",
    ),
    "Nicole": Look(
        (246, 214, 196),
        (246, 222, 140),
        "long",
        (226, 96, 150),
        (255, 150, 190),
        ("pearls", "earrings"),
        "Married to money. Falling for speed.",
    ),
    "Wolf": Look(
        (214, 184, 160),
        (150, 150, 156),
        "slick",
        (26, 26, 30),
        (96, 104, 120),
        ("jacket", "stubble", "scar"),
        "The best street racer in town. Used to drive for the mob.",
    ),
    "Gargolov": Look(
        (206, 170, 148),
        (60, 48, 44),
        "bald",
        (34, 30, 40),
        (140, 30, 40),
        ("beard", "tie"),
        "Runs the bank jobs. Never raises his voice.",
    ),
    "Natasha": Look(
        (238, 204, 186),
        (30, 24, 34),
        "bob",
        (110, 50, 160),
        (176, 92, 230),
        ("earrings",),
        "Mechanic, singer, racer. Afraid of one thing.",
    ),
    "Infamous": Look(
        (120, 82, 60),
        (20, 18, 20),
        "buzz",
        (30, 30, 36),
        (230, 180, 40),
        ("shades", "chain"),
        "Music producer. Owns the Ford GT and the room.",
    ),
    "Carlo": Look(
        (200, 160, 124),
        (40, 32, 28),
        "buzz",
        (96, 110, 64),
        (120, 140, 70),
        ("tags", "stubble"),
        "Just home from a tour of duty.",
    ),
    "Jason": Look(
        (214, 176, 142),
        (46, 36, 30),
        "spiky",
        (30, 150, 150),
        (40, 200, 190),
        ("jacket",),
        "Carlo's little brother. Fast, and too sure of it.",
    ),
    "Michael D'Orazio": Look(
        (206, 168, 140),
        (196, 196, 200),
        "receding",
        (40, 36, 52),
        (110, 30, 60),
        ("tie", "cigar"),
        "The uncle. A mob boss deep in debt.",
    ),
    "Jerry Brecken": Look(
        (240, 200, 170),
        (130, 80, 40),
        "curly",
        (240, 140, 40),
        (90, 190, 240),
        ("glasses", "hawaii"),
        "Film producer. Bets big, laughs loud.",
    ),
    "Marcus Cheng": Look(
        (232, 200, 160),
        (16, 16, 20),
        "parted",
        (110, 116, 130),
        (60, 170, 110),
        ("glasses", "tie"),
        "Businessman. Counts every dollar twice.",
    ),
    "The Phantom": Look(
        (236, 196, 170),
        (168, 62, 34),
        "ponytail",
        (20, 20, 26),
        (40, 60, 140),
        ("helmet", "jacket"),
        "Nobody knows who drives the blue Subaru.",
    ),
}
NARRATOR_CAPTION = "The story so far."
SKINS: tuple[Color, ...] = ((240, 206, 180), (214, 176, 142), (176, 126, 96), (120, 82, 60), (236, 196, 170))
HAIRS: tuple[Color, ...] = ((30, 24, 20), (92, 58, 36), (200, 170, 110), (150, 150, 156), (130, 60, 30))
STYLES = ("short", "parted", "bald", "curly", "slick", "buzz")
CARDS: tuple[Color, ...] = ((90, 110, 150), (120, 96, 150), (80, 140, 130), (150, 110, 80), (110, 120, 90))


def look_for(name: str) -> Look | None:
    """The cast member's look; a stable made-up one for a bit part; None for narration."""
    if not name.strip():
        return None
    if name in CAST:
        return CAST[name]
    for known, look in CAST.items():  # "Gargolov's man" is not Gargolov, but "Eric (radio)" is Eric
        if name.startswith(known + " ") and "'" not in name[len(known) : len(known) + 2]:
            return look
    h = zlib.crc32(name.encode("utf-8"))
    props: tuple[str, ...] = ()
    lowered = name.lower()
    if "police" in lowered or "patrol" in lowered or "radio" in lowered:
        props = ("police-cap", "headset")
    elif h % 3 == 0:
        props = ("tie",)
    return Look(
        SKINS[h % 5],
        HAIRS[(h >> 3) % 5],
        STYLES[(h >> 6) % 6],
        ((h >> 9) % 120 + 40,) * 3,
        CARDS[(h >> 12) % 5],
        props,
    )


def caption(name: str) -> str:
    look = look_for(name)
    if look is None:
        return NARRATOR_CAPTION
    return look.caption


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


def _shade(c: Color, f: float) -> Color:
    return (
        min(255, max(0, round(c[0] * f))),
        min(255, max(0, round(c[1] * f))),
        min(255, max(0, round(c[2] * f))),
    )


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
        pygame.draw.line(s, _shade(base, 0.55 + 0.5 * (1 - t)), (0, y), (n, y))
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
    pygame.draw.rect(s, _shade(base, 1.35), s.get_rect(), max(2, n // 40), border_radius=n // 7)


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
        pygame.draw.ellipse(s, _shade(hair, 0.85), (cx - n * 0.25, n * 0.2, n * 0.5, n * 0.72))
    elif style == "ponytail":
        pygame.draw.ellipse(s, _shade(hair, 0.8), (cx + n * 0.1, n * 0.3, n * 0.2, n * 0.42))
    elif style == "bob":
        pygame.draw.ellipse(s, _shade(hair, 0.85), (cx - n * 0.23, n * 0.2, n * 0.46, n * 0.46))
    # shoulders and clothes
    body = pygame.Rect(0, 0, n * 0.8, n * 0.5)
    body.midtop = (round(cx), round(n * 0.7))
    shirt = look.shirt
    pygame.draw.ellipse(s, shirt, body)
    pygame.draw.rect(s, shirt, (body.left, body.centery, body.width, n))
    neck = pygame.Rect(0, 0, head_w * 0.42, n * 0.16)
    neck.midtop = (round(cx), head.bottom - round(n * 0.04))
    pygame.draw.rect(s, _shade(skin, 0.82), neck)
    pygame.draw.ellipse(s, _shade(skin, 0.82), (neck.left, neck.bottom - n * 0.04, neck.width, n * 0.07))
    _clothes(s, look, body, neck)
    # head
    for side in (-1, 1):
        ear = pygame.Rect(0, 0, n * 0.06, n * 0.1)
        ear.center = (round(cx + side * head_w * 0.5), round(head.centery + n * 0.01))
        pygame.draw.ellipse(s, _shade(skin, 0.9), ear)
    pygame.draw.ellipse(s, skin, head)
    pygame.draw.ellipse(s, _shade(skin, 0.92), (head.left, head.centery, head_w, head_h * 0.5), 0)
    pygame.draw.ellipse(s, skin, (head.left + head_w * 0.04, head.top, head_w * 0.92, head_h * 0.9))
    _face(s, look, head)
    _hair(s, look, head)
    _head_props(s, look, head)


def _face(s: pygame.Surface, look: Look, head: pygame.Rect) -> None:
    n = s.get_width()
    cx = head.centerx
    eye_y = head.top + head.height * 0.5
    brow = _shade(look.hair, 0.8) if look.hair_style != "bald" else _shade(look.skin, 0.6)
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
    nose = _shade(look.skin, 0.78)
    pygame.draw.line(s, nose, (cx, eye_y + n * 0.01), (cx - n * 0.012, eye_y + n * 0.07), max(2, n // 90))
    mouth_y = head.top + head.height * 0.8
    pygame.draw.arc(
        s,
        _shade(look.skin, 0.55),
        (cx - n * 0.05, mouth_y - n * 0.03, n * 0.1, n * 0.04),
        math.pi * 1.1,
        math.pi * 1.9,
        max(2, n // 80),
    )
    if "stubble" in look.props or "beard" in look.props:
        beard = (*_shade(look.hair, 0.9), 110 if "stubble" in look.props else 255)
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
                _shade(look.skin, 0.45),
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


def _hair(s: pygame.Surface, look: Look, head: pygame.Rect) -> None:
    n = s.get_width()
    c = look.hair
    hi = _shade(c, 1.35)
    top = pygame.Rect(head.left - n * 0.01, head.top - n * 0.03, head.width + n * 0.02, head.height * 0.5)
    style = look.hair_style
    if style in ("long", "ponytail", "bob", "short", "parted", "cap-hair", "curly"):
        pygame.draw.ellipse(s, c, top)
    if style == "long":
        pygame.draw.rect(
            s,
            c,
            (head.left - n * 0.03, head.top + head.height * 0.15, n * 0.07, head.height * 0.9),
            border_radius=n // 30,
        )
        pygame.draw.rect(
            s,
            c,
            (head.right - n * 0.04, head.top + head.height * 0.15, n * 0.07, head.height * 0.9),
            border_radius=n // 30,
        )
        pygame.draw.polygon(
            s,
            c,
            [
                (head.left, head.top + head.height * 0.3),
                (head.centerx + n * 0.06, head.top + n * 0.02),
                (head.left + head.width * 0.2, head.top + head.height * 0.4),
            ],
        )
    elif style == "ponytail":
        pygame.draw.polygon(
            s,
            c,
            [
                (head.left, head.top + head.height * 0.35),
                (head.centerx, head.top),
                (head.right, head.top + head.height * 0.3),
                (head.right, head.top + head.height * 0.2),
            ],
        )
    elif style == "bob":
        for x in (head.left - n * 0.035, head.right - n * 0.045):
            pygame.draw.rect(
                s, c, (x, head.top + head.height * 0.1, n * 0.08, head.height * 0.62), border_radius=n // 30
            )
        pygame.draw.rect(s, c, (head.left, head.top + head.height * 0.1, head.width, head.height * 0.2))
    elif style == "slick":
        pygame.draw.ellipse(
            s, c, (head.left - n * 0.01, head.top - n * 0.05, head.width + n * 0.02, head.height * 0.45)
        )
        for k in range(4):
            y = head.top + k * n * 0.018
            pygame.draw.arc(
                s,
                hi,
                (head.left + n * 0.03, y - n * 0.02, head.width - n * 0.06, head.height * 0.4),
                0.3,
                2.8,
                max(1, n // 120),
            )
    elif style == "buzz":
        layer = pygame.Surface(s.get_size(), pygame.SRCALPHA)
        pygame.draw.ellipse(
            layer, (*c, 200), (head.left, head.top - n * 0.01, head.width, head.height * 0.38)
        )
        s.blit(layer, (0, 0))
    elif style == "spiky":
        base = head.top + head.height * 0.22
        pts = [(head.left - n * 0.01, base + n * 0.03)]
        for k in range(7):
            x = head.left + head.width * k / 6
            pts.append((x, base - (n * 0.12 if k % 2 else n * 0.04)))
        pts.append((head.right + n * 0.01, base + n * 0.03))
        pygame.draw.polygon(s, c, pts)
    elif style == "curly":
        for k in range(9):
            a = math.pi * (0.05 + 0.9 * k / 8)
            x = head.centerx - math.cos(a) * head.width * 0.52
            y = head.top + head.height * 0.25 - math.sin(a) * head.height * 0.3
            pygame.draw.circle(s, c, (x, y), n * 0.055)
            pygame.draw.circle(s, hi, (x - n * 0.01, y - n * 0.01), n * 0.02)
    elif style == "parted":
        pygame.draw.polygon(
            s,
            c,
            [
                (head.left, head.top + head.height * 0.3),
                (head.left + head.width * 0.35, head.top + head.height * 0.04),
                (head.right, head.top + head.height * 0.28),
                (head.right, head.top + head.height * 0.18),
            ],
        )
        pygame.draw.line(
            s,
            hi,
            (head.left + head.width * 0.33, head.top + n * 0.0),
            (head.left + head.width * 0.36, head.top + head.height * 0.1),
            max(2, n // 100),
        )
    elif style == "receding":
        for side in (-1, 1):
            pygame.draw.ellipse(
                s,
                c,
                (
                    head.centerx + side * head.width * 0.32 - n * 0.06,
                    head.top + head.height * 0.12,
                    n * 0.12,
                    head.height * 0.36,
                ),
            )
        pygame.draw.arc(
            s,
            c,
            (head.left - n * 0.005, head.top - n * 0.01, head.width + n * 0.01, head.height * 0.7),
            0.2,
            0.9,
            max(2, n // 50),
        )
    elif style == "bald":
        pygame.draw.ellipse(
            s,
            (255, 255, 255),
            (head.left + head.width * 0.25, head.top + n * 0.02, head.width * 0.25, head.height * 0.08),
        )
    if style in ("short", "cap-hair"):
        pygame.draw.polygon(
            s,
            c,
            [
                (head.left, head.top + head.height * 0.32),
                (head.left + head.width * 0.2, head.top + head.height * 0.12),
                (head.right - head.width * 0.1, head.top + head.height * 0.2),
                (head.right, head.top + head.height * 0.32),
                (head.right, head.top + head.height * 0.15),
                (head.left, head.top + head.height * 0.15),
            ],
        )
        pygame.draw.arc(s, hi, top, 0.6, 2.0, max(2, n // 80))


def _head_props(s: pygame.Surface, look: Look, head: pygame.Rect) -> None:
    n = s.get_width()
    props = look.props
    eye_y = head.top + head.height * 0.5
    lw = max(2, n // 70)
    if "cap" in props:
        cap = pygame.Rect(head.left - n * 0.02, head.top - n * 0.06, head.width + n * 0.04, head.height * 0.5)
        pygame.draw.ellipse(s, (210, 40, 40), cap)
        pygame.draw.rect(s, (210, 40, 40), (cap.left, cap.centery, cap.width, cap.height * 0.25))
        pygame.draw.ellipse(
            s,
            (160, 24, 24),
            (head.left - n * 0.1, head.top + head.height * 0.2, head.width * 0.7, head.height * 0.12),
        )
        # a slice of pizza on the cap
        pz = [
            (head.centerx, head.top + head.height * 0.18),
            (head.centerx - n * 0.045, head.top - n * 0.02),
            (head.centerx + n * 0.045, head.top - n * 0.02),
        ]
        pygame.draw.polygon(s, (255, 206, 90), pz)
        pygame.draw.circle(s, (200, 60, 40), (head.centerx, head.top + head.height * 0.04), n * 0.012)
    if "police-cap" in props:
        cap = pygame.Rect(
            head.left - n * 0.03, head.top - n * 0.07, head.width + n * 0.06, head.height * 0.38
        )
        pygame.draw.rect(s, (30, 40, 80), cap, border_radius=n // 40)
        pygame.draw.rect(s, (20, 20, 30), (cap.left, cap.bottom - n * 0.03, cap.width, n * 0.04))
        pygame.draw.circle(s, (240, 200, 80), (head.centerx, cap.centery), n * 0.025)
    if "bandana" in props:
        pygame.draw.rect(
            s,
            (40, 120, 200),
            (head.left, head.top + head.height * 0.14, head.width, head.height * 0.1),
            border_radius=n // 60,
        )
        for k in range(4):
            pygame.draw.circle(
                s,
                (240, 240, 250),
                (head.left + head.width * (0.15 + 0.23 * k), head.top + head.height * 0.19),
                n * 0.008,
            )
    if "helmet" in props:
        shell = pygame.Rect(
            head.left - n * 0.05, head.top - n * 0.07, head.width + n * 0.1, head.height * 1.12
        )
        pygame.draw.ellipse(s, (24, 26, 34), shell)
        pygame.draw.rect(
            s,
            (24, 26, 34),
            (shell.left + n * 0.02, shell.centery, shell.width - n * 0.04, shell.height * 0.5),
            border_radius=n // 20,
        )
        visor = pygame.Rect(
            head.left - n * 0.01, head.top + head.height * 0.3, head.width + n * 0.02, head.height * 0.34
        )
        pygame.draw.rect(s, (60, 110, 220), visor, border_radius=n // 24)
        pygame.draw.line(
            s,
            (200, 230, 255),
            (visor.left + n * 0.03, visor.top + n * 0.03),
            (visor.left + n * 0.12, visor.top + n * 0.02),
            max(2, n // 80),
        )
        pygame.draw.line(
            s,
            (255, 120, 40),
            (shell.left + n * 0.04, shell.top + shell.height * 0.2),
            (shell.right - n * 0.04, shell.top + shell.height * 0.2),
            max(3, n // 40),
        )
    if "glasses" in props:
        for side in (-1, 1):
            r = pygame.Rect(0, 0, n * 0.09, n * 0.065)
            r.center = (round(head.centerx + side * head.width * 0.2), round(eye_y))
            pygame.draw.rect(s, (30, 30, 34), r, lw, border_radius=n // 50)
        pygame.draw.line(
            s, (30, 30, 34), (head.centerx - n * 0.02, eye_y), (head.centerx + n * 0.02, eye_y), lw
        )
    if "shades" in props:
        pts = [
            (head.left + n * 0.01, eye_y - n * 0.035),
            (head.right - n * 0.01, eye_y - n * 0.035),
            (head.right - n * 0.03, eye_y + n * 0.035),
            (head.centerx + n * 0.02, eye_y + n * 0.04),
            (head.centerx, eye_y + n * 0.01),
            (head.centerx - n * 0.02, eye_y + n * 0.04),
            (head.left + n * 0.03, eye_y + n * 0.035),
        ]
        pygame.draw.polygon(s, (16, 16, 22), pts)
        pygame.draw.line(
            s,
            (120, 200, 255),
            (head.left + n * 0.05, eye_y - n * 0.015),
            (head.left + n * 0.09, eye_y - n * 0.025),
            max(2, n // 90),
        )
    if "earrings" in props:
        for side in (-1, 1):
            pygame.draw.circle(
                s,
                (255, 220, 120),
                (head.centerx + side * head.width * 0.5, head.centery + n * 0.07),
                n * 0.014,
            )
    if "headset" in props:
        pygame.draw.arc(
            s,
            (20, 20, 24),
            (head.left - n * 0.03, head.top + n * 0.02, head.width + n * 0.06, head.height * 0.8),
            0.0,
            math.pi,
            max(2, n // 60),
        )
        pygame.draw.line(
            s,
            (20, 20, 24),
            (head.right, head.centery + n * 0.02),
            (head.centerx + n * 0.06, head.bottom - n * 0.04),
            max(2, n // 80),
        )
    if "cigar" in props:
        y = head.top + head.height * 0.8
        pygame.draw.line(
            s,
            (110, 70, 40),
            (head.centerx + n * 0.03, y),
            (head.centerx + n * 0.14, y + n * 0.02),
            max(3, n // 40),
        )
        pygame.draw.circle(s, (255, 120, 40), (head.centerx + n * 0.145, y + n * 0.02), n * 0.01)


def _clothes(s: pygame.Surface, look: Look, body: pygame.Rect, neck: pygame.Rect) -> None:
    n = s.get_width()
    props = look.props
    cx = body.centerx
    collar_y = neck.bottom - n * 0.01
    dark = _shade(look.shirt, 0.65)
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
                _shade(look.shirt, 1.8) if look.shirt[0] < 40 else dark,
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
