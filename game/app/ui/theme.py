"""Colours, fonts and the shared backdrop: one look for every screen.

Layout is in a 1280×720 design space scaled to the real window
(:meth:`Theme.scale`), so menus read the same at 720p and 1440p and mouse
hit-testing uses the very rectangles that were drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pygame

from game.app.ui import textfit
from game.app.ui.layout_probe import LayoutProbe

DESIGN_H = 720

Color = tuple[int, int, int]

INK = (236, 240, 248)
MUTED = (150, 160, 182)
FAINT = (92, 102, 126)
BG_TOP = (14, 18, 34)
BG_BOTTOM = (30, 18, 46)
PANEL = (24, 30, 52)
PANEL_EDGE = (58, 68, 104)
ACCENT = (255, 106, 43)
"""Hot orange: focus, the logo, the winner."""
ACCENT_2 = (45, 226, 230)
"""Cyan: values, bars, the second colour of the logo."""
GOOD = (120, 230, 140)
WARN = (255, 200, 70)
BAD = (255, 90, 90)


@dataclass
class Fonts:
    """Fonts by pixel size, made on first use (each costs a file read)."""

    _cache: dict[tuple[int, bool, bool], pygame.font.Font] = field(default_factory=dict)

    def get(self, size: int, bold: bool = False, italic: bool = False) -> pygame.font.Font:
        key = (max(6, size), bold, italic)
        font = self._cache.get(key)
        if font is None:
            if not pygame.font.get_init():
                pygame.font.init()
            font = pygame.font.Font(None, key[0])
            font.bold = bold
            font.italic = italic
            self._cache[key] = font
        return font


@dataclass
class Theme:
    """Fonts plus the layout scale of the surface being drawn."""

    fonts: Fonts = field(default_factory=Fonts)
    _backdrops: dict[tuple[int, int], pygame.Surface] = field(default_factory=dict)
    probe: LayoutProbe | None = None
    """Set by the layout test to record what each draw covers (see ``layout_probe``)."""

    @staticmethod
    def scale(surface: pygame.Surface) -> float:
        return surface.get_height() / DESIGN_H

    def font(
        self, surface: pygame.Surface, size: int, bold: bool = False, italic: bool = False
    ) -> pygame.font.Font:
        """A font whose ``size`` is in design pixels (720 p)."""
        return self.fonts.get(round(size * self.scale(surface)), bold, italic)

    def text(
        self,
        surface: pygame.Surface,
        text: str,
        size: int,
        pos: tuple[float, float],
        color: Color = INK,
        anchor: str = "topleft",
        bold: bool = False,
        italic: bool = False,
        shadow: bool = False,
    ) -> pygame.Rect:
        """Draw ``text`` with its ``anchor`` (a Rect attribute name) at ``pos``; returns its rect."""
        font = self.font(surface, size, bold, italic)
        image = textfit.render(font, text, color)
        rect = image.get_rect(**{anchor: (round(pos[0]), round(pos[1]))})
        if shadow:
            shade = textfit.render(font, text, (0, 0, 0))
            shade.set_alpha(150)
            off = max(1, round(2 * self.scale(surface)))
            surface.blit(shade, rect.move(off, off))
        surface.blit(image, rect)
        if self.probe is not None:
            self.probe.text(image.get_bounding_rect().move(rect.topleft), text)
        return rect

    def image(
        self,
        surface: pygame.Surface,
        image: pygame.Surface,
        rect: pygame.Rect,
        label: str,
        text: bool = False,
    ) -> None:
        """Blit a picture (portrait, car art) or a pre-rendered line of ``text`` at ``rect``'s top
        left, recorded by its visible pixels."""
        surface.blit(image, rect)
        if self.probe is not None:
            ink = image.get_bounding_rect().move(rect.topleft)
            if text:
                self.probe.text(ink, label)
            else:
                self.probe.image(ink, label)

    def note_panel(self, rect: pygame.Rect, label: str = "panel") -> None:
        """Tell the probe about a panel drawn by hand (a tinted box of a screen's own style)."""
        if self.probe is not None:
            self.probe.panel(rect, label)

    def backdrop(self, surface: pygame.Surface, t: float = 0.0) -> None:
        """The menu background: a dusk gradient with streaking light trails.

        The gradient is cached per size (a render cache, not game state); the
        trails move with ``t``, the scene's own clock.
        """
        size = surface.get_size()
        base = self._backdrops.get(size)
        if base is None:
            base = _gradient(size)
            self._backdrops[size] = base
        surface.blit(base, (0, 0))
        w, h = size
        s = self.scale(surface)
        for i in range(14):
            speed = 120 + 37 * (i % 5)
            y = h * (0.18 + 0.62 * ((i * 0.6180339) % 1.0))
            length = (140 + 60 * (i % 4)) * s
            x = (i * 211 + t * speed * s) % (w + length * 2) - length
            color = ACCENT if i % 3 == 0 else ACCENT_2 if i % 3 == 1 else (120, 90, 200)
            thick = max(1, round((1 + i % 3) * s))
            trail = pygame.Surface((int(length), thick), pygame.SRCALPHA)
            for k in range(4):
                seg = pygame.Rect(int(length * k / 4), 0, int(length / 4) + 1, thick)
                trail.fill((*color, 15 + 30 * k), seg)
            surface.blit(trail, (x, y))

    def panel(self, surface: pygame.Surface, rect: pygame.Rect, alpha: int = 215) -> None:
        s = self.scale(surface)
        body = pygame.Surface(rect.size, pygame.SRCALPHA)
        pygame.draw.rect(body, (*PANEL, alpha), body.get_rect(), border_radius=round(14 * s))
        pygame.draw.rect(
            body, (*PANEL_EDGE, 255), body.get_rect(), max(1, round(2 * s)), border_radius=round(14 * s)
        )
        surface.blit(body, rect)
        self.note_panel(rect)

    def heading(self, surface: pygame.Surface, text: str, subtitle: str = "") -> None:
        """A screen's title, top left, with an accent underline."""
        s = self.scale(surface)
        rect = self.text(surface, text, 64, (70 * s, 46 * s), INK, bold=True, italic=True, shadow=True)
        pygame.draw.rect(surface, ACCENT, (rect.left, rect.bottom + 4 * s, 120 * s, max(2, round(5 * s))))
        pygame.draw.rect(
            surface, ACCENT_2, (rect.left + 126 * s, rect.bottom + 4 * s, 40 * s, max(2, round(5 * s)))
        )
        if subtitle:
            self.text(surface, subtitle, 24, (rect.left, rect.bottom + 18 * s), MUTED)

    def hints(self, surface: pygame.Surface, text: str) -> None:
        """The key/button help line at the bottom of a screen."""
        s = self.scale(surface)
        w, h = surface.get_size()
        bar = pygame.Surface((w, round(40 * s)), pygame.SRCALPHA)
        bar.fill((0, 0, 0, 110))
        surface.blit(bar, (0, h - bar.get_height()))
        self.text(surface, text, 22, (w / 2, h - 20 * s), MUTED, anchor="center")

    def logo(self, surface: pygame.Surface, center: tuple[float, float], size: int = 150) -> pygame.Rect:
        """FAST TRACK in two colours, italic, with speed lines."""
        s = self.scale(surface)
        font = self.font(surface, size, bold=True, italic=True)
        a = font.render("FAST", True, ACCENT)
        b = font.render("TRACK", True, ACCENT_2)
        gap = round(24 * s)
        total = a.get_width() + gap + b.get_width()
        x = center[0] - total / 2
        y = center[1] - a.get_height() / 2
        for k in range(5):
            ly = y + a.get_height() * (0.3 + 0.1 * k)
            pygame.draw.line(
                surface, (*ACCENT, 0), (x - (180 - 25 * k) * s, ly), (x - 20 * s, ly), max(1, round(3 * s))
            )
        for img, dx, col in ((a, 0, ACCENT), (b, a.get_width() + gap, ACCENT_2)):
            shade = font.render("FAST" if img is a else "TRACK", True, (0, 0, 0))
            shade.set_alpha(120)
            surface.blit(shade, (x + dx + 6 * s, y + 6 * s))
            surface.blit(img, (x + dx, y))
            del col
        return pygame.Rect(round(x), round(y), round(total), a.get_height())


def _gradient(size: tuple[int, int]) -> pygame.Surface:
    w, h = size
    surf = pygame.Surface(size)
    for y in range(h):
        t = y / max(1, h - 1)
        mix = 0.5 - 0.5 * math.cos(math.pi * t)
        color = tuple(round(a + (b - a) * mix) for a, b in zip(BG_TOP, BG_BOTTOM, strict=True))
        pygame.draw.line(surf, color, (0, y), (w, y))
    # a faint perspective grid on the lower third: a road running to the horizon
    horizon = int(h * 0.62)
    grid = pygame.Surface(size, pygame.SRCALPHA)
    for i in range(-12, 13):
        pygame.draw.line(grid, (120, 90, 200, 40), (w / 2 + i * 8, horizon), (w / 2 + i * w / 10, h), 1)
    for k in range(1, 12):
        gy = horizon + (h - horizon) * (k / 11) ** 2
        pygame.draw.line(grid, (120, 90, 200, 40), (0, gy), (w, gy), 1)
    surf.blit(grid, (0, 0))
    return surf


ARROWS = {"UP": 0.0, "RIGHT": 90.0, "DOWN": 180.0, "LEFT": 270.0}


def keycap(
    theme: Theme, surface: pygame.Surface, label: str, pos: tuple[float, float], size: int = 22
) -> float:
    """A key drawn as a little rounded cap (arrows as triangles: the font has no arrow glyphs).

    Returns the cap's width in pixels so callers can lay several in a row.
    """
    s = theme.scale(surface)
    h = round((size + 14) * s)
    font = theme.font(surface, size, bold=True)
    arrow = ARROWS.get(label.upper())
    label = textfit.clip(font, label, 600)
    text_w = h * 0.5 if arrow is not None else font.size(label)[0]
    w = max(h, round(text_w + 18 * s))
    rect = pygame.Rect(round(pos[0]), round(pos[1] - h / 2), w, h)
    pygame.draw.rect(surface, (52, 60, 92), rect, border_radius=round(6 * s))
    pygame.draw.rect(surface, (96, 108, 150), rect, max(1, round(2 * s)), border_radius=round(6 * s))
    if arrow is not None:
        r = h * 0.26
        cx, cy = rect.center
        pts = []
        for k in range(3):
            a = math.radians(arrow + k * 120.0)
            pts.append((cx + r * math.sin(a), cy - r * math.cos(a)))
        pygame.draw.polygon(surface, INK, pts)
    else:
        image = textfit.render(font, label, INK)
        surface.blit(image, image.get_rect(center=rect.center))
    return float(w)
