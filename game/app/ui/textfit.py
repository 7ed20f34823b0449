"""Text onto surfaces without trusting its length: every string the game draws goes through here.

Names and lines of mission text come from data a mod supplies. The loaders
refuse texts over their limits (``game.content.limits``), but the screen must
not depend on that alone: one unbroken word of millions of characters asks
SDL for a surface wider than it can allocate (a segfault, not an exception),
and wrapping a long paragraph with a ``font.size`` call per growing line is
quadratic — 200,000 characters took 90 s for 30 frames. So:

* ``render`` draws at most ``MAX_LINE_CHARS`` characters and at most
  ``MAX_LINE_PX`` pixels, ending a clipped line with an ellipsis;
* ``wrap`` reads at most ``MAX_WRAP_CHARS``, breaks words wider than the
  line (a URL, a name without spaces), and remembers recent answers, so a
  paragraph drawn every frame is measured once.
"""

from __future__ import annotations

from collections import OrderedDict

import pygame

Colour = tuple[int, int, int]

MAX_LINE_CHARS = 400
"""No single drawn line is longer than this (the widest real one is about 120)."""
MAX_LINE_PX = 4096
"""Nor wider than this many pixels (SDL's limits are higher; a 4K screen is 3840)."""
MAX_WRAP_CHARS = 4000
"""A wrapped paragraph reads at most this much (the loaders' limit for one text)."""
ELLIPSIS = "…"

_WRAP_CACHE: OrderedDict[tuple[pygame.font.Font, str, int], tuple[str, ...]] = OrderedDict()
_WRAP_CACHE_SIZE = 256


def clip(font: pygame.font.Font, text: str, max_px: int = MAX_LINE_PX) -> str:
    """``text`` cut (with an ellipsis) to ``MAX_LINE_CHARS`` characters and ``max_px`` pixels."""
    if len(text) > MAX_LINE_CHARS:
        text = text[: MAX_LINE_CHARS - 1] + ELLIPSIS
    if font.size(text)[0] <= max_px:
        return text
    return _longest_prefix(font, text, max_px - font.size(ELLIPSIS)[0]) + ELLIPSIS


def _longest_prefix(font: pygame.font.Font, text: str, max_px: int) -> str:
    """The longest prefix of ``text`` at most ``max_px`` wide (binary search: log n measurements)."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if font.size(text[:mid])[0] <= max_px:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


def render(font: pygame.font.Font, text: str, colour: Colour, max_px: int = MAX_LINE_PX) -> pygame.Surface:
    """``font.render`` of ``text`` clipped to a drawable length (anti-aliased)."""
    return font.render(clip(font, text, max_px), True, colour)


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """``text`` in lines no wider than ``width`` pixels; a word wider than a line is broken."""
    key = (font, text, width)
    cached = _WRAP_CACHE.get(key)
    if cached is not None:
        _WRAP_CACHE.move_to_end(key)
        return list(cached)
    lines = tuple(_wrap(font, text[:MAX_WRAP_CHARS], max(1, width)))
    _WRAP_CACHE[key] = lines
    while len(_WRAP_CACHE) > _WRAP_CACHE_SIZE:
        _WRAP_CACHE.popitem(last=False)
    return list(lines)


def _wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        while font.size(word)[0] > width:  # break an over-long word into pieces that fit
            if line:
                lines.append(line)
                line = ""
            piece = _longest_prefix(font, word, width) or word[0]
            lines.append(piece)
            word = word[len(piece) :]
        if not word:
            continue
        trial = f"{line} {word}" if line else word
        if not line or font.size(trial)[0] <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
