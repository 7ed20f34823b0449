"""Drawing helpers the story screens share: wrapped text, dialogue with portraits, big vehicle art.

All of them only draw (the portrait and vehicle caches are render caches),
and all sizes are in the 1280×720 design space, scaled like every menu.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.app.ui import textfit
from game.app.ui import theme as th
from game.app.ui.portraits import Portraits

MEDAL_COLOURS: dict[str, th.Color] = {
    "gold": (255, 204, 64),
    "silver": (206, 214, 228),
    "bronze": (214, 134, 66),
}


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """Split ``text`` into lines no wider than ``width`` pixels (see ``textfit.wrap``)."""
    return textfit.wrap(font, text, width)


def paragraph(
    surface: pygame.Surface,
    theme: th.Theme,
    text: str,
    size: int,
    pos: tuple[float, float],
    width: float,
    color: th.Color = th.INK,
    line_gap: float = 1.15,
    bold: bool = False,
    italic: bool = False,
    max_lines: int = 0,
) -> float:
    """Draw wrapped text from ``pos`` (design-scaled already); returns the y below it."""
    font = theme.font(surface, size, bold, italic)
    lines = wrap(font, text, round(width))
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(".,") + "…"
    x, y = pos
    step = font.get_linesize() * line_gap
    for line in lines:
        image = textfit.render(font, line, color)
        theme.image(surface, image, image.get_rect(topleft=(round(x), round(y))), line, text=True)
        y += step
    return y


def speaker_name(speaker: str) -> str:
    return speaker if speaker.strip() else "Narrator"


def dialogue(
    surface: pygame.Surface,
    theme: th.Theme,
    portraits: Portraits,
    lines: Sequence[tuple[str, str]],
    rect: pygame.Rect,
    text_size: int = 24,
    portrait: int = 84,
) -> float:
    """Lines of (speaker, text), each beside its speaker's portrait; returns the y below the last.

    Text shrinks a step when the lines would not fit ``rect``; narration is set in italics.
    """
    s = theme.scale(surface)
    size = text_size
    for _attempt in range(4):
        if _height(surface, theme, lines, rect, size, portrait) <= rect.height:
            break
        size -= 2
        portrait = round(portrait * 0.88)
    y = float(rect.top)
    pic = round(portrait * s)
    for speaker, text in lines:
        img = portraits.get(speaker, pic)
        theme.image(
            surface, img, img.get_rect(topleft=(rect.left, round(y))), f"portrait of {speaker_name(speaker)}"
        )
        x = rect.left + pic + 18 * s
        width = rect.right - x
        name_col = th.ACCENT if speaker.strip() else th.MUTED
        theme.text(surface, speaker_name(speaker).upper(), 19, (x, y + 2 * s), name_col, bold=True)
        bottom = paragraph(
            surface,
            theme,
            text,
            size,
            (x, y + 26 * s),
            width,
            th.INK if speaker.strip() else th.MUTED,
            italic=not speaker.strip(),
        )
        y = max(y + pic, bottom) + 14 * s
    return y


def _height(
    surface: pygame.Surface,
    theme: th.Theme,
    lines: Sequence[tuple[str, str]],
    rect: pygame.Rect,
    size: int,
    portrait: int,
) -> float:
    s = theme.scale(surface)
    pic = portrait * s
    total = 0.0
    for speaker, text in lines:
        font = theme.font(surface, size, italic=not speaker.strip())
        width = rect.width - pic - 18 * s
        n = len(wrap(font, text, round(width)))
        total += max(pic, 26 * s + n * font.get_linesize() * 1.15) + 14 * s
    return total


def medal_badge(
    surface: pygame.Surface, theme: th.Theme, medal: str, centre: tuple[float, float], radius: float
) -> None:
    """A round medal with a ribbon; a grey ring when no medal was won."""
    cx, cy = centre
    col = MEDAL_COLOURS.get(medal)
    if col is None:
        pygame.draw.circle(surface, th.FAINT, (cx, cy), radius, max(2, round(radius / 10)))
        theme.text(
            surface,
            "no medal",
            max(12, round(radius / theme.scale(surface) * 0.35)),
            (cx, cy),
            th.MUTED,
            anchor="center",
        )
        return
    r = radius
    for dx, c in ((-0.45, th.ACCENT), (0.45, th.ACCENT_2)):
        pygame.draw.polygon(
            surface,
            c,
            [
                (cx + dx * r - 0.22 * r, cy - 1.9 * r),
                (cx + dx * r + 0.22 * r, cy - 1.9 * r),
                (cx + dx * 0.2 * r + 0.18 * r, cy - 0.7 * r),
                (cx + dx * 0.2 * r - 0.18 * r, cy - 0.7 * r),
            ],
        )
    pygame.draw.circle(surface, tuple(max(0, v - 60) for v in col), (cx, cy + 0.05 * r), r)
    pygame.draw.circle(surface, col, (cx, cy), r * 0.92)
    pygame.draw.circle(
        surface, tuple(min(255, v + 40) for v in col), (cx, cy), r * 0.72, max(1, round(r / 14))
    )
    theme.text(
        surface,
        medal.upper(),
        max(12, round(r / theme.scale(surface) * 0.42)),
        (cx, cy),
        (40, 30, 20),
        anchor="center",
        bold=True,
    )


class VehicleArt:
    """The renderer's own generated vehicle pictures at poster size (cached per spec and width)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int], pygame.Surface] = {}

    def get(self, spec: object, width: int) -> pygame.Surface:
        from game.app.render.vehicle_art import canvas_size, vehicle_sprite
        from game.app.render.vehicle_sprites import look_for

        key = (str(getattr(spec, "id", "")), width)
        img = self._cache.get(key)
        if img is None:
            look = look_for(spec)  # type: ignore[arg-type]
            ppm = width / max(0.5, look.length_m + 0.3)
            raw = vehicle_sprite(look, ppm)
            # nose up and to the right, like a car on a poster
            img = pygame.transform.rotozoom(raw, 18.0, 1.0)
            del canvas_size
            self._cache[key] = img
        return img

    def fitted(self, spec: object, box: pygame.Rect) -> tuple[pygame.Surface, pygame.Rect]:
        """The picture as large as fits inside ``box`` (rotated art is wider and taller than the
        car), and where to put it: centred in the box."""
        img = self.get(spec, max(8, box.width))
        k = min(1.0, box.width / max(1, img.get_width()), box.height / max(1, img.get_height()))
        if k < 1.0:
            img = self.get(spec, max(8, int(box.width * k)))
        return img, img.get_rect(center=box.center)


def paragraph_height(
    surface: pygame.Surface,
    theme: th.Theme,
    text: str,
    size: int,
    width: float,
    line_gap: float = 1.15,
    bold: bool = False,
    italic: bool = False,
    max_lines: int = 0,
) -> float:
    """How far :func:`paragraph` with the same arguments moves down: lay out before drawing."""
    font = theme.font(surface, size, bold, italic)
    n = len(wrap(font, text, round(width)))
    if max_lines:
        n = min(n, max_lines)
    return n * font.get_linesize() * line_gap
