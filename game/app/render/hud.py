"""The race HUD: position, lap, timers, speedometer, nitrous, damage, minimap and messages.

One arcade style throughout: dark translucent panels with a thin light rim,
white figures with drop shadows, an orange accent for the race and cyan for
nitrous. Everything static (panels, the dial's face, labels) is rendered once
at start; a frame only blits. :func:`game.app.render.hud_texts.hud_texts` is the single place numbers
become strings, so tests can check exactly what the HUD shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.app.render.hud_state import HudState, Units
from game.app.render.hud_texts import KMH, MPH, HudTexts, hud_texts
from game.app.render.minimap import Minimap
from game.app.render.surfaces import frozen
from game.app.render.text import GlyphFont, TextCache
from game.app.ui import textfit
from game.sim.snapshot import VehicleView

WHITE = (246, 246, 250)
LABEL = (168, 178, 200)
ACCENT = (255, 138, 36)
NITRO = (64, 214, 255)
RED = (255, 56, 64)
GREEN = (60, 230, 110)
PANEL = (10, 14, 28, 178)
RIM = (255, 255, 255, 40)
DIAL_SEGMENTS = 30
DIAL_SWEEP = math.radians(260.0)
DIAL_MARKS = 4
"""The dial is labelled at 0 and at this many equal steps up to its end."""
ROUND_STEPS = (5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 80, 100, 120, 150, 200, 250)
"""Steps between dial labels that read as round numbers (in the unit shown)."""


def dial_end(top_speed: float) -> int:
    """The dial's last mark for a car that reaches ``top_speed`` (in the unit shown): the smallest
    round step whose :data:`DIAL_MARKS` multiples reach it, so labels are 0/40/80/120/160 mph, never
    a converted 0/50/99/149/199."""
    for step in ROUND_STEPS:
        if step * DIAL_MARKS >= top_speed:
            return step * DIAL_MARKS
    return math.ceil(top_speed / (100 * DIAL_MARKS)) * 100 * DIAL_MARKS


def dial_marks(dial_max: float) -> list[int]:
    """The numbers printed round the dial."""
    return [round(dial_max * i / DIAL_MARKS) for i in range(DIAL_MARKS + 1)]


def _panel(size: tuple[int, int], radius: int) -> pygame.Surface:
    s = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.rect(s, PANEL, s.get_rect(), border_radius=radius)
    pygame.draw.rect(s, RIM, s.get_rect(), width=1, border_radius=radius)
    return s.convert_alpha()


@dataclass(frozen=True, slots=True)
class HudLayout:
    """Where things go on screen (exposed so tests can look at the right pixels)."""

    standings: pygame.Rect
    timing: pygame.Rect
    minimap: pygame.Rect
    dial_centre: tuple[int, int]
    dial_radius: int
    speed_rect: pygame.Rect
    bars: pygame.Rect
    countdown: pygame.Rect
    banner: pygame.Rect
    banner_in_countdown: pygame.Rect
    """Where a message goes while the start lights show: below them, still clear of the grid."""
    wrong_way: pygame.Rect

    def dial(self) -> pygame.Rect:
        r = self.dial_radius
        return pygame.Rect(self.dial_centre[0] - r, self.dial_centre[1] - r, 2 * r, 2 * r)

    def panels(self, race_info: bool = True, minimap: bool = True) -> list[pygame.Rect]:
        """The HUD's always-on boxes (a mission's ring hides under none of them)."""
        out = [self.dial(), self.bars]
        if race_info:
            out += [self.standings, self.timing]
        if minimap and self.minimap.w > 0:
            out.append(self.minimap)
        return out


class Hud:
    """Pre-rendered HUD parts for one screen size; :meth:`draw` only blits."""

    def __init__(
        self, screen_size: tuple[int, int], minimap: Minimap | None, dial_max_kmh: float, units: Units
    ) -> None:
        w, h = screen_size
        k = h / 720.0
        self.k = k
        self.units = units
        self.text = TextCache()
        self.big = GlyphFont(round(72 * k), WHITE, max(2, round(3 * k)))
        self.mid = GlyphFont(round(42 * k), WHITE, max(1, round(2 * k)))
        self.small = GlyphFont(round(28 * k), WHITE, max(1, round(2 * k)))
        self.small_accent = GlyphFont(round(28 * k), ACCENT, max(1, round(2 * k)))
        self.label_size = round(20 * k)
        self.minimap = minimap
        m = round(16 * k)
        mm_size = minimap.size if minimap is not None else (0, 0)
        pad = round(10 * k)
        r = round(96 * k)
        self.layout = HudLayout(
            standings=pygame.Rect(m, m, round(236 * k), round(104 * k)),
            timing=pygame.Rect(w // 2 - round(150 * k), m, round(300 * k), round(104 * k)),
            minimap=pygame.Rect(w - m - mm_size[0] - 2 * pad, m, mm_size[0] + 2 * pad, mm_size[1] + 2 * pad),
            dial_centre=(w - m - r - round(6 * k), h - m - r - round(6 * k)),
            dial_radius=r,
            speed_rect=pygame.Rect(
                w - m - 2 * r, h - m - r - round(40 * k), 2 * r - round(12 * k), self.big.height
            ),
            bars=pygame.Rect(
                w - m - 2 * r - round(250 * k), h - m - round(84 * k), round(232 * k), round(84 * k)
            ),
            # the lights sit under the timing panel, well above the grid the camera centres on
            countdown=pygame.Rect(w // 2 - round(190 * k), round(128 * k), round(380 * k), round(84 * k)),
            banner=pygame.Rect(w // 2 - round(330 * k), round(136 * k), round(660 * k), round(62 * k)),
            banner_in_countdown=pygame.Rect(
                w // 2 - round(330 * k), round(220 * k), round(660 * k), round(62 * k)
            ),
            wrong_way=pygame.Rect(w // 2 - round(190 * k), round(512 * k), round(380 * k), round(76 * k)),
        )
        lay = self.layout
        self.panel_standings = _panel(lay.standings.size, round(12 * k))
        self.panel_timing = _panel(lay.timing.size, round(12 * k))
        self.panel_minimap = _panel(lay.minimap.size, round(12 * k)) if minimap is not None else None
        self.panel_bars = _panel(lay.bars.size, round(12 * k))
        self.dial_max = dial_end(dial_max_kmh * (MPH / KMH if units == "mph" else 1.0))
        self.dial_face, self.dial_segments = self._dial()
        self.lights = self._lights()
        self.banner_panel = self._banner_panel()
        self.wrong_panel = self._wrong_panel()
        self.labels = {
            "POS": self.text.get(self.label_size, "POS", LABEL),
            "LAP": self.text.get(self.label_size, "LAP", LABEL),
            "TIME": self.text.get(self.label_size, "RACE TIME", LABEL),
            "LAPT": self.text.get(self.label_size, "LAP", LABEL),
            "BEST": self.text.get(self.label_size, "BEST", LABEL),
            "NITRO": self.text.get(self.label_size, "NITRO", LABEL),
            "DAMAGE": self.text.get(self.label_size, "DAMAGE", LABEL),
        }

    # -- static parts -------------------------------------------------------------------

    def _dial(self) -> tuple[pygame.Surface, list[tuple[pygame.Surface, tuple[int, int]]]]:
        """The dial's face and one lit sprite per speed segment, positioned on screen."""
        lay = self.layout
        r = lay.dial_radius
        size = 2 * r + 4
        face = pygame.Surface((size, size), pygame.SRCALPHA)
        c = size / 2
        pygame.draw.circle(face, PANEL, (c, c), r)
        pygame.draw.circle(face, RIM, (c, c), r, 1)
        segs: list[tuple[pygame.Surface, tuple[int, int]]] = []
        r_out, r_in = r - 8 * self.k, r - 22 * self.k
        start = math.pi / 2 + (2 * math.pi - DIAL_SWEEP) / 2
        step = DIAL_SWEEP / DIAL_SEGMENTS
        for i in range(DIAL_SEGMENTS):
            a0 = start + i * step + step * 0.12
            a1 = start + (i + 1) * step - step * 0.12
            poly = [
                (c + math.cos(a) * rr, c + math.sin(a) * rr)
                for rr, a in ((r_out, a0), (r_out, a1), (r_in, a1), (r_in, a0))
            ]
            pygame.draw.polygon(face, (255, 255, 255, 34), poly)
            t = i / (DIAL_SEGMENTS - 1)
            colour = _ramp(t)
            xs = [p[0] for p in poly]
            ys = [p[1] for p in poly]
            x0, y0 = math.floor(min(xs)), math.floor(min(ys))
            sw, sh = math.ceil(max(xs)) - x0 + 1, math.ceil(max(ys)) - y0 + 1
            seg = pygame.Surface((sw, sh), pygame.SRCALPHA)
            pygame.draw.polygon(seg, colour, [(x - x0, y - y0) for x, y in poly])
            cx, cy = lay.dial_centre
            segs.append((frozen(seg.convert_alpha()), (round(cx - c + x0), round(cy - c + y0))))
        tick_font = pygame.font.Font(None, round(18 * self.k))
        for i, mark in enumerate(dial_marks(self.dial_max)):
            a = start + DIAL_SWEEP * i / DIAL_MARKS
            rr = r_in - 14 * self.k
            label = tick_font.render(str(mark), True, LABEL)
            face.blit(label, label.get_rect(center=(c + math.cos(a) * rr, c + math.sin(a) * rr)))
        return frozen(face.convert_alpha()), segs

    def _lights(self) -> dict[int, pygame.Surface]:
        """Start lights for 3, 2, 1 (reds lighting up) and 0 (all green)."""
        lay = self.layout
        out = {}
        for n in (3, 2, 1, 0):
            s = pygame.Surface(lay.countdown.size, pygame.SRCALPHA)
            pygame.draw.rect(s, (14, 14, 18, 220), s.get_rect(), border_radius=round(20 * self.k))
            pygame.draw.rect(s, (255, 255, 255, 50), s.get_rect(), width=2, border_radius=round(20 * self.k))
            lit = 4 - n if n > 0 else 3
            rad = round(26 * self.k)
            for i in range(3):  # three lamps on the left; the count is written on the right
                cx = round((50 + 72 * i) * self.k)
                cy = s.get_height() // 2
                on = i < lit
                colour = (GREEN if n == 0 else RED) if on else (52, 20, 22)
                if on:
                    glow = (*colour, 70)
                    pygame.draw.circle(s, glow, (cx, cy), rad + round(8 * self.k))
                pygame.draw.circle(s, (6, 6, 8), (cx, cy), rad + 3)
                pygame.draw.circle(s, colour, (cx, cy), rad)
                if on:
                    pygame.draw.circle(s, (255, 255, 255, 120), (cx - rad // 3, cy - rad // 3), rad // 4)
            out[n] = s.convert_alpha()
        return out

    def _banner_panel(self) -> pygame.Surface:
        lay = self.layout
        s = _panel(lay.banner.size, round(10 * self.k))
        bar = pygame.Rect(0, 0, round(56 * self.k), lay.banner.h)
        pygame.draw.rect(
            s,
            ACCENT,
            bar,
            border_top_left_radius=round(10 * self.k),
            border_bottom_left_radius=round(10 * self.k),
        )
        # a handset: two rounded ends joined by a bar
        k = self.k
        cx, cy = bar.centerx, bar.centery
        pygame.draw.line(
            s, (20, 20, 26), (cx - 11 * k, cy + 9 * k), (cx + 11 * k, cy - 9 * k), max(3, round(6 * k))
        )
        pygame.draw.circle(s, (20, 20, 26), (cx - 12 * k, cy + 10 * k), 7 * k)
        pygame.draw.circle(s, (20, 20, 26), (cx + 12 * k, cy - 10 * k), 7 * k)
        return s

    def _wrong_panel(self) -> pygame.Surface:
        lay = self.layout
        s = pygame.Surface(lay.wrong_way.size, pygame.SRCALPHA)
        pygame.draw.rect(s, (190, 20, 30, 215), s.get_rect(), border_radius=round(14 * self.k))
        pygame.draw.rect(s, (255, 255, 255, 160), s.get_rect(), width=3, border_radius=round(14 * self.k))
        text = self.text.get(round(54 * self.k), "WRONG WAY", WHITE)
        s.blit(text, text.get_rect(center=(s.get_width() // 2 + round(24 * self.k), s.get_height() // 2)))
        k = self.k
        ax, ay = round(40 * k), s.get_height() // 2
        pygame.draw.polygon(
            s,
            WHITE,
            [
                (ax - 20 * k, ay),
                (ax, ay - 18 * k),
                (ax, ay - 8 * k),
                (ax + 18 * k, ay - 8 * k),
                (ax + 18 * k, ay + 8 * k),
                (ax, ay + 8 * k),
                (ax, ay + 18 * k),
            ],
        )
        return s.convert_alpha()

    # -- per frame ---------------------------------------------------------------------

    def draw(
        self,
        surface: pygame.Surface,
        state: HudState,
        player: VehicleView | None,
        dots: list[tuple[float, float, tuple[int, int, int], bool]],
    ) -> HudTexts:
        """Draw the HUD over the frame; returns the strings it drew."""
        texts = hud_texts(state, player, self.units)
        lay = self.layout
        k = self.k
        out: list[tuple[pygame.Surface, tuple[int, int]]] = []
        if state.show_race_info:
            self._standings(out, texts)
            self._timing(out, texts)
        if self.minimap is not None and self.panel_minimap is not None:
            out.append((self.panel_minimap, lay.minimap.topleft))
            pad = round(10 * k)
            ox, oy = lay.minimap.x + pad, lay.minimap.y + pad
            out.append((self.minimap.image, (ox, oy)))
            for marker in state.markers:
                d = self.minimap.dot(marker.color, round(4 * k), False)
                mx, my = self.minimap.to_map(marker.x, marker.y)
                out.append((d, (ox + mx - d.get_width() // 2, oy + my - d.get_height() // 2)))
            for x, y, colour, is_player in sorted(dots, key=lambda d: d[3]):
                d = self.minimap.dot(colour, round((5 if is_player else 4) * k), is_player)
                mx, my = self.minimap.to_map(x, y)
                out.append((d, (ox + mx - d.get_width() // 2, oy + my - d.get_height() // 2)))
        self._speedo(out, texts, player)
        surface.fblits(out)
        self._bars(surface, player)
        self._messages(surface, state, texts)
        return texts

    def _standings(self, out: list[tuple[pygame.Surface, tuple[int, int]]], texts: HudTexts) -> None:
        lay = self.layout
        k = self.k
        r = lay.standings
        out.append((self.panel_standings, r.topleft))
        x, y = r.x + round(14 * k), r.y + round(10 * k)
        out.append((self.labels["POS"], (x, y)))
        out += self.big.blits(texts.position, x, y + round(18 * k))
        out += self.mid.blits(
            texts.cars, x + self.big.width(texts.position) + round(4 * k), y + round(40 * k)
        )
        x2 = r.x + round(130 * k)
        out.append((self.labels["LAP"], (x2, y)))
        out += self.mid.blits(texts.lap, x2, y + round(32 * k))

    def _timing(self, out: list[tuple[pygame.Surface, tuple[int, int]]], texts: HudTexts) -> None:
        lay = self.layout
        k = self.k
        r = lay.timing
        out.append((self.panel_timing, r.topleft))
        t = self.labels["TIME"]
        out.append((t, (r.centerx - t.get_width() // 2, r.y + round(8 * k))))
        out += self.mid.blits(texts.race_time, r.centerx, r.y + round(26 * k), "centre")
        y = r.y + round(70 * k)
        out.append((self.labels["LAPT"], (r.x + round(14 * k), y + round(4 * k))))
        out += self.small.blits(texts.lap_time, r.x + round(50 * k), y)
        out.append((self.labels["BEST"], (r.centerx + round(22 * k), y + round(4 * k))))
        out += self.small_accent.blits(texts.best_lap, r.right - round(12 * k), y, "right")

    def _speedo(
        self, out: list[tuple[pygame.Surface, tuple[int, int]]], texts: HudTexts, player: VehicleView | None
    ) -> None:
        lay = self.layout
        cx, cy = lay.dial_centre
        half = self.dial_face.get_width() // 2
        out.append((self.dial_face, (cx - half, cy - half)))
        value = int(texts.speed)
        lit = (
            0 if self.dial_max <= 0 else min(DIAL_SEGMENTS, math.ceil(value / self.dial_max * DIAL_SEGMENTS))
        )
        out += self.dial_segments[:lit]
        sr = lay.speed_rect
        out += self.big.blits(texts.speed, cx, sr.y, "centre")
        units = self.text.get(self.label_size, texts.units, LABEL)
        out.append((units, (cx - units.get_width() // 2, sr.bottom - round(4 * self.k))))

    def _bars(self, surface: pygame.Surface, player: VehicleView | None) -> None:
        lay = self.layout
        k = self.k
        r = lay.bars
        surface.blit(self.panel_bars, r.topleft)
        nitro = player.nitrous if player is not None else 0.0
        damage = player.damage if player is not None else 0.0
        x = r.x + round(14 * k)
        bw = r.w - round(28 * k)
        bh = round(12 * k)
        for row, (label, value, colour) in enumerate(
            (
                ("NITRO", nitro, NITRO if not (player and player.nitrous_on) else (200, 250, 255)),
                ("DAMAGE", damage, _ramp(damage)),
            )
        ):
            y = r.y + round(8 * k) + row * round(38 * k)
            surface.blit(self.labels[label], (x, y))
            bar = pygame.Rect(x, y + round(18 * k), bw, bh)
            pygame.draw.rect(surface, (255, 255, 255, 30), bar, border_radius=bh // 2)
            pygame.draw.rect(surface, (40, 44, 60), bar, border_radius=bh // 2)
            fill = bar.copy()
            fill.w = round(bw * max(0.0, min(1.0, value)))
            if fill.w > 0:
                pygame.draw.rect(surface, colour, fill, border_radius=bh // 2)

    def _messages(self, surface: pygame.Surface, state: HudState, texts: HudTexts) -> None:
        lay = self.layout
        k = self.k
        if state.countdown is not None:
            n = max(0, min(3, state.countdown))
            surface.blit(self.lights[n], lay.countdown.topleft)
            word = self.text.get(round(72 * k), texts.countdown, GREEN if n == 0 else WHITE)
            spot = (lay.countdown.left + round(300 * k), lay.countdown.centery + round(2 * k))
            surface.blit(word, word.get_rect(center=spot))
        if texts.banner:
            box = lay.banner if state.countdown is None else lay.banner_in_countdown
            left = state.banner_until_s - state.time_s
            fade = max(0.0, min(1.0, left / 0.4))
            panel = self.banner_panel
            panel.set_alpha(round(255 * fade))
            surface.blit(panel, box.topleft)
            panel.set_alpha(None)
            size = round(32 * k)
            room = box.width - round(84 * k)
            msg = self.text.get(size, textfit.clip(self.text.font(size), texts.banner, room), WHITE)
            msg.set_alpha(round(255 * fade))
            surface.blit(msg, (box.x + round(72 * k), box.centery - msg.get_height() // 2))
            msg.set_alpha(None)
        if texts.wrong_way and (state.time_s * 2.5) % 1.0 < 0.7:
            surface.blit(self.wrong_panel, lay.wrong_way.topleft)


def _ramp(t: float) -> tuple[int, int, int]:
    """Green through yellow to red as ``t`` goes 0..1."""
    t = max(0.0, min(1.0, t))
    if t < 0.5:
        u = t / 0.5
        return round(60 + 195 * u), round(220 + 10 * u), round(90 - 50 * u)
    u = (t - 0.5) / 0.5
    return 255, round(230 - 180 * u), round(40 + 10 * u)
