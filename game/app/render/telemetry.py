"""The telemetry plot: speed against distance for a lap and the ghost it was measured against.

It answers the question a time trial raises after every lap: *where* did the
time go? Both speed traces are drawn over the same distance axis (each lap's
own path length scaled to the reference's, as :func:`~game.sim.ghost.sector_deltas`
measures them), the lap is cut into equal sectors, and each sector is shaded
by the time lost (red) or gained (green) in it, with the worst one marked.
The plot is painted once per lap into a surface the scene keeps; drawing a
frame only blits it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.app.render.hud_state import Units
from game.app.render.hud_texts import format_time, speed_in
from game.app.render.text import TextCache
from game.sim.ghost import Ghost, Sector, sector_deltas

SECTORS = 8
BG = (10, 14, 28, 228)
RIM = (255, 255, 255, 46)
GRID = (255, 255, 255, 22)
AXIS = (168, 178, 200)
INK = (236, 240, 248)
LAP = (255, 138, 36)
"""The player's lap: the race's orange."""
REF = (96, 214, 255)
"""The ghost's lap: the ghost's cool blue."""
LOST = (255, 70, 80)
GAINED = (70, 220, 120)


@dataclass(frozen=True, slots=True)
class Telemetry:
    """What one plot shows: a lap, what it is compared with, and the time per sector."""

    lap: Ghost
    lap_label: str
    reference: Ghost | None
    reference_label: str
    sectors: tuple[Sector, ...]
    worst: int | None
    """The sector that lost the most time, None if no sector lost any."""

    @property
    def delta_s(self) -> float | None:
        return self.lap.lap_time_s - self.reference.lap_time_s if self.reference is not None else None


def telemetry(
    lap: Ghost,
    reference: Ghost | None,
    lap_label: str = "Your lap",
    reference_label: str = "Ghost",
    sectors: int = SECTORS,
) -> Telemetry:
    """Compare ``lap`` with ``reference`` sector by sector (no sectors without a reference)."""
    cut = tuple(sector_deltas(lap, reference, sectors)) if reference is not None else ()
    losses = [(s.delta_s, k) for k, s in enumerate(cut) if s.delta_s > 0.005]
    worst = max(losses)[1] if losses else None
    return Telemetry(lap, lap_label, reference, reference_label, cut, worst)


@dataclass(frozen=True, slots=True)
class PlotLayout:
    """Where the plot put things, in the coordinates of the surface it was drawn on (for tests)."""

    plot: pygame.Rect
    sectors: tuple[pygame.Rect, ...]
    worst: int | None


def _nice_step(span: float, target: int) -> float:
    """A round step (1, 2, 2.5, 5 × 10^n) giving about ``target`` divisions of ``span``."""
    raw = span / max(1, target)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * mag >= raw:
            return m * mag
    return 10.0 * mag


def draw_telemetry(
    surface: pygame.Surface,
    rect: pygame.Rect,
    data: Telemetry,
    units: Units = "kmh",
    text: TextCache | None = None,
) -> PlotLayout:
    """Paint the plot into ``rect`` of ``surface``; returns where the plot area and sectors are."""
    k = rect.h / 300.0
    text = text or TextCache()
    panel = pygame.Surface(rect.size, pygame.SRCALPHA)
    radius = round(12 * k)
    pygame.draw.rect(panel, BG, panel.get_rect(), border_radius=radius)
    pygame.draw.rect(panel, RIM, panel.get_rect(), 1, border_radius=radius)
    surface.blit(panel, rect)

    def label(
        s: str, size: float, colour: tuple[int, int, int], **anchor: tuple[float, float]
    ) -> pygame.Rect:
        img = text.get(max(9, round(size * k)), s, colour)
        where = img.get_rect(**{key: (round(v[0]), round(v[1])) for key, v in anchor.items()})
        surface.blit(img, where)
        return where

    # header: what is compared with what, and the verdict
    pad = round(16 * k)
    x = rect.x + pad
    y = rect.y + round(12 * k)
    r = label("TELEMETRY", 20, AXIS, topleft=(x, y + 3 * k))
    x = r.right + round(18 * k)
    r = label(f"{data.lap_label}  {format_time(data.lap.lap_time_s)}", 26, LAP, topleft=(x, y))
    if data.reference is not None:
        x = r.right + round(18 * k)
        r = label(
            f"{data.reference_label}  {format_time(data.reference.lap_time_s)}", 26, REF, topleft=(x, y)
        )
    delta = data.delta_s
    if delta is not None:
        verdict = f"{delta:+.2f} s"
        label(verdict, 30, LOST if delta > 0 else GAINED, topright=(rect.right - pad, y - 2 * k))

    # the plot area, leaving room for speed ticks (left), sector deltas (top) and distance ticks (bottom)
    plot = pygame.Rect(rect.x + round(58 * k), rect.y + round(70 * k), 0, 0)
    plot.width = rect.right - pad - plot.x
    plot.height = rect.bottom - round(34 * k) - plot.y
    lap_trace = data.lap.speed_trace()
    ref_trace = data.reference.speed_trace() if data.reference is not None else []
    length = (ref_trace or lap_trace)[-1][0] or 1.0
    lap_len = lap_trace[-1][0] or 1.0
    top_speed = max(v for _, v in lap_trace + ref_trace)
    shown_max = speed_in(units, top_speed) * 1.08
    v_step = _nice_step(shown_max, 4)
    v_max = math.ceil(shown_max / v_step) * v_step

    def px(distance: float) -> float:
        return plot.x + plot.w * distance / length

    def py(speed_ms: float) -> float:
        return plot.bottom - plot.h * speed_in(units, speed_ms) / v_max

    # sector bands: red where time was lost, green where it was gained, deeper for more
    bands: list[pygame.Rect] = []
    worst_loss = max((s.delta_s for s in data.sectors), default=0.0)
    best_gain = -min((s.delta_s for s in data.sectors), default=0.0)
    shade = pygame.Surface(plot.size, pygame.SRCALPHA)
    for n, sector in enumerate(data.sectors):
        x0, x1 = round(px(sector.start_m)), round(px(sector.end_m))
        band = pygame.Rect(x0, plot.y, x1 - x0, plot.h)
        bands.append(band)
        local = band.move(-plot.x, -plot.y)
        if sector.delta_s > 0.005 and worst_loss > 0:
            a = 28 + round(92 * sector.delta_s / worst_loss)
            shade.fill((*LOST, a), local)
        elif sector.delta_s < -0.005 and best_gain > 0:
            shade.fill((*GAINED, 16 + round(50 * -sector.delta_s / best_gain)), local)
        colour = LOST if sector.delta_s > 0.005 else GAINED if sector.delta_s < -0.005 else AXIS
        label(f"{sector.delta_s:+.2f}", 19, colour, midbottom=(band.centerx, plot.y - 4 * k))
        if n:
            pygame.draw.line(shade, (255, 255, 255, 40), (local.x, 0), (local.x, plot.h))
    surface.blit(shade, plot)

    # grid and axes
    grid = pygame.Surface(plot.size, pygame.SRCALPHA)
    v = v_step
    while v < v_max + 1e-6:
        gy = plot.h - round(plot.h * v / v_max)
        pygame.draw.line(grid, GRID, (0, gy), (plot.w, gy))
        label(f"{v:.0f}", 17, AXIS, midright=(plot.x - 6 * k, plot.y + gy))
        v += v_step
    surface.blit(grid, plot)
    label("MPH" if units == "mph" else "KM/H", 15, AXIS, midright=(plot.x - 6 * k, plot.bottom - 6 * k))
    d_step = _nice_step(length, 8)
    d = 0.0
    while d <= length + 1e-6:
        tx = px(d)
        pygame.draw.line(surface, AXIS, (tx, plot.bottom), (tx, plot.bottom + 4 * k))
        label(f"{d:.0f}" if d < length - d_step * 0.4 else "", 17, AXIS, midtop=(tx, plot.bottom + 6 * k))
        d += d_step
    label(f"{length:.0f} m", 17, AXIS, topright=(plot.right, plot.bottom + 6 * k))
    pygame.draw.line(surface, AXIS, plot.bottomleft, plot.bottomright)
    pygame.draw.line(surface, AXIS, plot.topleft, plot.bottomleft)

    # the worst sector, outlined and named
    if data.worst is not None and data.worst < len(bands):
        band = bands[data.worst]
        pygame.draw.rect(surface, LOST, band, max(2, round(2 * k)))
        tag = text.get(max(9, round(16 * k)), "MOST TIME LOST", (255, 255, 255))
        box = tag.get_rect(midtop=(band.centerx, band.y + round(6 * k))).inflate(round(10 * k), round(4 * k))
        box.clamp_ip(plot)
        pygame.draw.rect(surface, LOST, box, border_radius=round(4 * k))
        surface.blit(tag, tag.get_rect(center=box.center))

    # the traces: the ghost under, the lap over (so the lap is never hidden)
    width = max(2, round(2.2 * k))
    if ref_trace:
        _trace(surface, [(px(d), py(s)) for d, s in ref_trace], REF, width)
    _trace(surface, [(px(d * length / lap_len), py(s)) for d, s in lap_trace], LAP, width)

    # legend, bottom left inside the plot
    lx, ly = plot.x + round(10 * k), plot.bottom - round(14 * k)
    for name, colour in ((data.lap_label, LAP), (data.reference_label, REF) if ref_trace else ("", LAP)):
        if not name:
            continue
        pygame.draw.line(surface, colour, (lx, ly), (lx + 22 * k, ly), width)
        r = label(name, 17, INK, midleft=(lx + 28 * k, ly))
        lx = r.right + round(16 * k)
    return PlotLayout(plot, tuple(bands), data.worst)


def _trace(
    surface: pygame.Surface, points: Sequence[tuple[float, float]], colour: tuple[int, int, int], width: int
) -> None:
    """A speed trace: a wide line with an anti-aliased edge, thinned to about a point per pixel."""
    if len(points) < 2:
        return
    thinned = [points[0]]
    for p in points[1:]:
        if abs(p[0] - thinned[-1][0]) >= 1.0 or abs(p[1] - thinned[-1][1]) >= 3.0:
            thinned.append(p)
    if len(thinned) < 2:
        return
    pygame.draw.lines(surface, colour, False, thinned, width)
    pygame.draw.aalines(surface, colour, False, thinned)
