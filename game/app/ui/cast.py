"""Who the campaign's characters look like: a few traits each, as data.

The portrait painter (``game.app.ui.portraits``) draws from a :class:`Look`;
keeping the cast apart lets a writer add a character without reading the
drawing code.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

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


def shade(c: Color, f: float) -> Color:
    return (
        min(255, max(0, round(c[0] * f))),
        min(255, max(0, round(c[1] * f))),
        min(255, max(0, round(c[2] * f))),
    )
