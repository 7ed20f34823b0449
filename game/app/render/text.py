"""Legible, cheap text for the HUD: pygame's default font with a drop shadow, cached.

Numbers that change every frame (speed, timers) are drawn from a per-character
glyph strip with tabular digits, so they cost one ``fblits`` and never jitter
sideways as digits change. Other strings (labels, banners) are rendered once
and kept in a small LRU table.
"""

from __future__ import annotations

from collections import OrderedDict

import pygame

from game.app.render.surfaces import frozen
from game.app.ui import textfit

Colour = tuple[int, int, int]
SHADOW = (0, 0, 0)


def shadowed(font: pygame.font.Font, text: str, colour: Colour, offset: int = 2) -> pygame.Surface:
    """``text`` with a dark copy under it, down and right, readable on bright and dark ground alike."""
    fg = textfit.render(font, text, colour)
    bg = textfit.render(font, text, SHADOW)
    out = pygame.Surface((fg.get_width() + offset, fg.get_height() + offset), pygame.SRCALPHA)
    bg.set_alpha(170)
    out.blit(bg, (offset, offset))
    out.blit(fg, (0, 0))
    return frozen(out.convert_alpha())


class GlyphFont:
    """One size and colour of digits and time punctuation, laid out with equal-width digits."""

    CHARS = "0123456789:.-/+"

    def __init__(self, size: int, colour: Colour, shadow: int = 2) -> None:
        font = pygame.font.Font(None, size)
        self.glyphs = {ch: shadowed(font, ch, colour, shadow) for ch in self.CHARS}
        self.digit_w = max(self.glyphs[d].get_width() for d in "0123456789") - shadow
        self.height = max(g.get_height() for g in self.glyphs.values())
        self.shadow = shadow

    def advance(self, ch: str) -> int:
        if ch.isdigit():
            return self.digit_w
        g = self.glyphs.get(ch)
        return (g.get_width() - self.shadow) if g is not None else self.digit_w // 2

    def width(self, text: str) -> int:
        return sum(self.advance(ch) for ch in text)

    def blits(
        self, text: str, x: int, y: int, align: str = "left"
    ) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        """(glyph, position) pairs; ``align`` is left, centre or right of ``x``."""
        w = self.width(text)
        if align == "centre":
            x -= w // 2
        elif align == "right":
            x -= w
        out = []
        for ch in text:
            g = self.glyphs.get(ch)
            adv = self.advance(ch)
            if g is not None:
                dx = (adv - (g.get_width() - self.shadow)) // 2 if ch.isdigit() else 0
                out.append((g, (x + dx, y)))
            x += adv
        return out


class TextCache:
    """Rendered strings by (size, text, colour), least recently used dropped first."""

    def __init__(self, capacity: int = 96) -> None:
        self.capacity = capacity
        self._fonts: dict[int, pygame.font.Font] = {}
        self._cache: OrderedDict[tuple[int, str, Colour], pygame.Surface] = OrderedDict()

    def font(self, size: int) -> pygame.font.Font:
        f = self._fonts.get(size)
        if f is None:
            f = pygame.font.Font(None, size)
            self._fonts[size] = f
        return f

    def get(self, size: int, text: str, colour: Colour) -> pygame.Surface:
        key = (size, text, colour)
        surf = self._cache.get(key)
        if surf is None:
            surf = shadowed(self.font(size), text, colour, max(1, size // 20))
            self._cache[key] = surf
            while len(self._cache) > self.capacity:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return surf
