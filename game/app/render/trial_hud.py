"""The time-trial HUD: the lap clock, the gap to the ghost, best laps and medal times.

A time trial has no position and no rivals, so the race HUD's standings and
race clock give way to what a player chasing a lap watches: the live gap to
the ghost (big, green ahead and red behind), the lap being driven, the last
and best laps, and the medal times with the one already earned lit. Panels
and labels are made once per screen size; a frame only blits.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.app.render.hud import ACCENT, GREEN, LABEL, PANEL, RED, RIM, WHITE
from game.app.render.hud_texts import format_time
from game.app.render.text import GlyphFont, TextCache

MEDAL_COLOURS = {"gold": (255, 204, 64), "silver": (200, 210, 224), "bronze": (214, 140, 84)}


@dataclass(frozen=True, slots=True)
class TrialHudState:
    """What the time-trial panels show this frame (times in seconds, None drawn as dashes)."""

    lap: int = 1
    lap_time_s: float | None = None
    last_lap_s: float | None = None
    best_lap_s: float | None = None
    """The player's record for this track and car (or this session's best when better)."""
    target_label: str = ""
    """Whose ghost is chased: "AUTHOR" or "YOUR BEST" ("" without a ghost)."""
    target_s: float | None = None
    delta_s: float | None = None
    medals: tuple[tuple[str, float], ...] = ()
    """(medal, lap time) from gold down; empty when the track has no author time."""
    earned: str | None = None
    """The best medal the player's record earns."""


def delta_text(delta: float | None) -> str:
    """``+1.23`` behind, ``-0.45`` ahead; dashes when unknown."""
    return "-.--" if delta is None else f"{delta:+.2f}"


@dataclass(frozen=True, slots=True)
class TrialHudLayout:
    lap: pygame.Rect
    delta: pygame.Rect
    medals: pygame.Rect


class TrialHud:
    """Pre-rendered time-trial panels for one screen size."""

    def __init__(self, screen_size: tuple[int, int]) -> None:
        w, h = screen_size
        k = self.k = h / 720.0
        m = round(16 * k)
        self.layout = TrialHudLayout(
            lap=pygame.Rect(m, m, round(300 * k), round(112 * k)),
            delta=pygame.Rect(w // 2 - round(160 * k), m, round(320 * k), round(112 * k)),
            medals=pygame.Rect(m, m + round(120 * k), round(288 * k), round(46 * k)),
        )
        self.text = TextCache()
        self.big_green = GlyphFont(round(72 * k), GREEN, max(2, round(3 * k)))
        self.big_red = GlyphFont(round(72 * k), RED, max(2, round(3 * k)))
        self.big_white = GlyphFont(round(72 * k), WHITE, max(2, round(3 * k)))
        self.mid = GlyphFont(round(42 * k), WHITE, max(1, round(2 * k)))
        self.small = GlyphFont(round(26 * k), WHITE, max(1, round(2 * k)))
        self.small_accent = GlyphFont(round(26 * k), ACCENT, max(1, round(2 * k)))
        self.label_size = round(20 * k)
        lay = self.layout
        self.panels = {
            name: _panel(getattr(lay, name).size, round(12 * k)) for name in ("lap", "delta", "medals")
        }

    def draw(self, surface: pygame.Surface, state: TrialHudState) -> None:
        lay, k = self.layout, self.k
        out: list[tuple[pygame.Surface, tuple[int, int]]] = [(self.panels["lap"], lay.lap.topleft)]
        # the lap: number and clock on top, last and best underneath
        r = lay.lap
        x, y = r.x + round(14 * k), r.y + round(10 * k)
        out.append((self._label("LAP"), (x, y)))
        out += self.mid.blits(str(state.lap), x, y + round(22 * k))
        right = r.right - round(14 * k)
        head = self._label("LAP TIME")
        out.append((head, (right - head.get_width(), y)))
        out += self.mid.blits(format_time(state.lap_time_s), right, y + round(22 * k), "right")
        y2 = r.y + round(76 * k)
        out.append((self._label("LAST"), (x, y2 + round(4 * k))))
        out += self.small.blits(format_time(state.last_lap_s), x + round(44 * k), y2)
        out.append((self._label("BEST"), (r.centerx + round(14 * k), y2 + round(4 * k))))
        out += self.small_accent.blits(format_time(state.best_lap_s), r.right - round(12 * k), y2, "right")
        # the gap to the ghost
        if state.target_label:
            d = lay.delta
            out.append((self.panels["delta"], d.topleft))
            head = self._label(f"GHOST · {state.target_label}  {format_time(state.target_s)}")
            out.append((head, (d.centerx - head.get_width() // 2, d.y + round(8 * k))))
            delta = state.delta_s
            font = self.big_white if delta is None else self.big_red if delta > 0 else self.big_green
            out += font.blits(delta_text(delta), d.centerx, d.y + round(30 * k), "centre")
            if delta is not None:
                word = self._label("BEHIND" if delta > 0 else "AHEAD")
                wy = d.bottom - word.get_height() - round(4 * k)
                out.append((word, (d.centerx - word.get_width() // 2, wy)))
        surface.fblits(out)
        if state.medals:
            self._medals(surface, state)

    def _medals(self, surface: pygame.Surface, state: TrialHudState) -> None:
        lay, k = self.layout, self.k
        r = lay.medals
        surface.blit(self.panels["medals"], r.topleft)
        slot = r.w / len(state.medals)
        earned = [name for name, _ in state.medals]
        got = earned.index(state.earned) if state.earned in earned else len(earned)
        for n, (name, time_s) in enumerate(state.medals):
            cx = r.x + slot * n + round(22 * k)
            cy = r.centery
            colour = MEDAL_COLOURS.get(name, WHITE)
            lit = n >= got
            rad = round(10 * k)
            if lit:
                pygame.draw.circle(surface, (*colour, 90), (cx, cy), rad + round(4 * k))
                pygame.draw.circle(surface, colour, (cx, cy), rad)
                pygame.draw.circle(surface, (255, 255, 255), (cx - rad // 3, cy - rad // 3), max(1, rad // 4))
            else:
                pygame.draw.circle(surface, colour, (cx, cy), rad, max(1, round(2 * k)))
            t = self.text.get(round(20 * k), format_time(time_s), WHITE if lit else LABEL)
            surface.blit(t, (cx + rad + round(6 * k), cy - t.get_height() // 2))

    def _label(self, text: str) -> pygame.Surface:
        return self.text.get(self.label_size, text, LABEL)


def _panel(size: tuple[int, int], radius: int) -> pygame.Surface:
    s = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.rect(s, PANEL, s.get_rect(), border_radius=radius)
    pygame.draw.rect(s, RIM, s.get_rect(), width=1, border_radius=radius)
    return s.convert_alpha()
