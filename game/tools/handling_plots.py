"""Slip-vs-time plots of the handbrake flick, one PNG per car.

``python -m game.tools.handling_plots [--out DIR] [--file FILE] [CAR ...]`` runs
:func:`game.sim.handling.flick` at 80, 120 and 160 km/h, once with the simple
counter-steer catch and once hands-off, and draws the body slip angle against
time: the 0.6 s flick shaded, the catch band (under 10 deg) and the spin line
(90 deg) marked. A vehicle that cannot reach 80 km/h (the scooter) is flicked
near its own top speed instead. Default output: ``docs/handling/<car>.png``.
Headless: it needs no window.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pygame

    from game.sim.handling import Flick
    from game.sim.vehicle import VehicleSpec

FLICK_KMH = (80.0, 120.0, 160.0)
WIDTH, HEIGHT = 900, 420
SCALE = 2
"""Drawn at twice the size and smooth-scaled down: anti-aliased lines and text."""

BACKGROUND = (250, 250, 248)
INK = (40, 40, 46)
MUTED = (120, 120, 128)
GRID = (226, 226, 230)
FLICK_SHADE = (236, 232, 246)
CATCH_SHADE = (224, 244, 228)
CATCH_LINE = (70, 160, 90)
SPIN_LINE = (200, 60, 60)
SPEED_COLOURS = ((32, 110, 200), (230, 130, 20), (150, 50, 170))

PLOT = (70, 52, 640, 362)
"""left, top, right, bottom of the plot area, in output pixels."""


@dataclass(frozen=True, slots=True)
class Runs:
    kmh: float
    catch: Flick
    hands_off: Flick


def flick_speeds(spec: VehicleSpec) -> list[float]:
    """80/120/160 km/h where the vehicle gets there, else 90% of its top speed."""
    from game.sim.ai.speed import top_speed
    from game.sim.proving import KMH

    top = top_speed(spec) * KMH
    speeds = [kmh for kmh in FLICK_KMH if kmh <= 0.97 * top]
    return speeds or [float(round(0.9 * top))]


def measure(spec: VehicleSpec) -> list[Runs]:
    from game.sim import handling

    return [
        Runs(kmh, handling.flick(spec, kmh), handling.flick(spec, kmh, after=handling.hands_off))
        for kmh in flick_speeds(spec)
    ]


def _pygame() -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    pygame.font.init()


def _unbroken(trace: tuple[tuple[float, float], ...]) -> list[list[tuple[float, float]]]:
    """The trace cut where steps are missing (a bike on the ground has no slip to plot)."""
    pieces: list[list[tuple[float, float]]] = []
    last = -1.0
    for t, d in trace:
        if not pieces or t - last > 0.05:
            pieces.append([])
        pieces[-1].append((t, d))
        last = t
    return pieces


def _dashed(
    surface: pygame.Surface,
    colour: tuple[int, int, int],
    points: Sequence[tuple[float, float]],
    width: int,
    dash: float,
    gap: float,
) -> None:
    """A polyline drawn as dashes that run on across its corners."""
    import pygame

    on = True
    left = dash
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while done < length:
            step = min(left, length - done)
            if on:
                a = done / length
                b = (done + step) / length
                pygame.draw.line(
                    surface,
                    colour,
                    (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                    (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b),
                    width,
                )
            done += step
            left -= step
            if left <= 1e-9:
                on = not on
                left = dash if on else gap


def _nice_step(span: float, ticks: int) -> float:
    raw = span / ticks
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for mult in (1.0, 2.0, 2.5, 5.0, 10.0):
        if raw <= mult * magnitude:
            return mult * magnitude
    return 10.0 * magnitude


def render(spec: VehicleSpec, runs: list[Runs], path: Path) -> Path:
    """Draw the plot for ``runs`` and save it as a PNG at ``path``."""
    _pygame()
    import pygame

    s = SCALE
    surface = pygame.Surface((WIDTH * s, HEIGHT * s))
    surface.fill(BACKGROUND)
    font = pygame.font.Font(None, 20 * s)
    small = pygame.font.Font(None, 17 * s)
    title_font = pygame.font.Font(None, 26 * s)

    left, top, right, bottom = (v * s for v in PLOT)
    t_end = max(t for r in runs for f in (r.catch, r.hands_off) for t, _ in f.trace)
    peak = max(abs(d) for r in runs for f in (r.catch, r.hands_off) for _, d in f.trace)
    y_max = 100.0 if peak <= 95.0 else 180.0
    y_step = 10.0 if y_max <= 100.0 else 30.0
    x_step = _nice_step(t_end, 10)

    def px(t: float) -> float:
        return left + (right - left) * t / t_end

    def py(deg: float) -> float:
        return bottom - (bottom - top) * min(deg, y_max) / y_max

    def text(
        f: pygame.font.Font, words: str, colour: tuple[int, int, int], at: tuple[float, float], anchor: str
    ) -> None:
        image = f.render(words, True, colour)
        rect = image.get_rect(**{anchor: (round(at[0]), round(at[1]))})
        surface.blit(image, rect)

    # bands first: the flick window and the catch band
    flick_s = 0.6
    pygame.draw.rect(surface, FLICK_SHADE, pygame.Rect(left, top, px(flick_s) - left, bottom - top))
    pygame.draw.rect(surface, CATCH_SHADE, pygame.Rect(left, py(10.0), right - left, bottom - py(10.0)))
    # grid and ticks
    y = 0.0
    while y <= y_max + 1e-9:
        pygame.draw.line(surface, GRID, (left, py(y)), (right, py(y)), s)
        pygame.draw.line(surface, INK, (left - 5 * s, py(y)), (left, py(y)), s)
        text(small, f"{y:g}", INK, (left - 8 * s, py(y)), "midright")
        y += y_step
    t = 0.0
    while t <= t_end + 1e-9:
        pygame.draw.line(surface, GRID, (px(t), top), (px(t), bottom), s)
        pygame.draw.line(surface, INK, (px(t), bottom), (px(t), bottom + 5 * s), s)
        text(small, f"{t:g}", INK, (px(t), bottom + 8 * s), "midtop")
        t += x_step
    # re-shade the bands' labels and lines over the grid
    pygame.draw.line(surface, CATCH_LINE, (left, py(10.0)), (right, py(10.0)), s)
    _dashed(surface, SPIN_LINE, [(left, py(90.0)), (right, py(90.0))], 2 * s, 8 * s, 6 * s)
    label_y = (py(90.0) if y_max <= 100.0 else top) + 6 * s  # clear of the spin line
    text(small, "handbrake", MUTED, ((left + px(flick_s)) / 2, label_y), "midtop")
    text(small, f"{flick_s:g} s", MUTED, ((left + px(flick_s)) / 2, label_y + 16 * s), "midtop")
    # the traces
    for colour, run in zip(SPEED_COLOURS, runs, strict=False):
        for result, dashed in ((run.hands_off, True), (run.catch, False)):
            for piece in _unbroken(result.trace):
                points = [(px(t), py(abs(d))) for t, d in piece]
                if len(points) < 2:
                    continue
                if dashed:
                    _dashed(surface, colour, points, 2 * s, 7 * s, 5 * s)
                else:
                    pygame.draw.lines(surface, colour, False, points, 3 * s)
        if math.isfinite(run.catch.caught_s):
            when = flick_s + run.catch.caught_s
            _, slip = min(run.catch.trace, key=lambda p: abs(p[0] - when))
            at = (px(when), py(abs(slip)))
            pygame.draw.circle(surface, colour, at, 5 * s)
            pygame.draw.circle(surface, BACKGROUND, at, 2 * s)
    # axes and labels
    pygame.draw.rect(surface, INK, pygame.Rect(left, top, right - left, bottom - top), s)
    text(font, "time since the handbrake (s)", INK, ((left + right) / 2, bottom + 28 * s), "midtop")
    label = font.render("body slip, either way (deg)", True, INK)
    label = pygame.transform.rotate(label, 90)
    surface.blit(label, label.get_rect(center=(22 * s, (top + bottom) / 2)))
    title = f"{spec.name} ({spec.id}): handbrake flick at full lock"
    text(title_font, title, INK, (left, 16 * s), "topleft")
    if spec.kind == "bike":
        note = "(a bike falls rather than slides)"
        text(small, note, MUTED, (left + title_font.size(title)[0] + 12 * s, 18 * s), "topleft")
    # legend
    lx, ly = (PLOT[2] + 22) * s, top
    text(font, "counter-steer catch", INK, (lx, ly), "topleft")
    text(small, "peak slip / caught after", MUTED, (lx, ly + 20 * s), "topleft")
    ly += 46 * s
    for colour, run in zip(SPEED_COLOURS, runs, strict=False):
        pygame.draw.line(surface, colour, (lx, ly + 8 * s), (lx + 30 * s, ly + 8 * s), 3 * s)
        text(small, f"{run.kmh:g} km/h  {_summary(run.catch)}", INK, (lx + 38 * s, ly + 8 * s), "midleft")
        ly += 24 * s
    ly += 14 * s
    text(font, "hands-off", INK, (lx, ly), "topleft")
    ly += 26 * s
    for colour, run in zip(SPEED_COLOURS, runs, strict=False):
        _dashed(surface, colour, [(lx, ly + 8 * s), (lx + 30 * s, ly + 8 * s)], 2 * s, 7 * s, 5 * s)
        text(small, f"{run.kmh:g} km/h  {_summary(run.hands_off)}", INK, (lx + 38 * s, ly + 8 * s), "midleft")
        ly += 24 * s
    ly += 14 * s
    pygame.draw.circle(surface, INK, (lx + 15 * s, ly + 8 * s), 5 * s)
    pygame.draw.circle(surface, BACKGROUND, (lx + 15 * s, ly + 8 * s), 2 * s)
    text(small, "caught (counter-steer)", INK, (lx + 38 * s, ly + 8 * s), "midleft")
    ly += 24 * s
    pygame.draw.rect(surface, CATCH_SHADE, pygame.Rect(lx, ly + 2 * s, 30 * s, 12 * s))
    pygame.draw.line(surface, CATCH_LINE, (lx, ly + 2 * s), (lx + 30 * s, ly + 2 * s), s)
    text(small, "under 10°: caught", INK, (lx + 38 * s, ly + 8 * s), "midleft")
    ly += 24 * s
    _dashed(surface, SPIN_LINE, [(lx, ly + 8 * s), (lx + 30 * s, ly + 8 * s)], 2 * s, 8 * s, 6 * s)
    text(small, "90° and over: spun", INK, (lx + 38 * s, ly + 8 * s), "midleft")

    out = pygame.transform.smoothscale(surface, (WIDTH, HEIGHT))
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(out, str(path))
    return path


def _summary(result: Flick) -> str:
    caught = f"{result.caught_s:.2f} s" if math.isfinite(result.caught_s) else "never"
    return f"{result.peak_slip_deg:.0f}° / {caught}"


def main(argv: Sequence[str] | None = None) -> int:
    from game.content.errors import ContentError
    from game.content.vehicles import load_vehicles
    from game.paths import PROJECT_ROOT, VEHICLES_FILE

    parser = argparse.ArgumentParser(
        prog="python -m game.tools.handling_plots",
        description="Slip-vs-time plots of the handbrake flick, one PNG per car.",
    )
    parser.add_argument("cars", nargs="*", metavar="CAR", help="vehicle ids (default: all)")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "docs" / "handling", help="output folder")
    parser.add_argument("--file", type=Path, default=VEHICLES_FILE, help="a vehicles TOML file")
    args = parser.parse_args(argv)
    try:
        specs = load_vehicles(args.file)
    except ContentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    unknown = [c for c in args.cars if c not in specs]
    if unknown:
        parser.error(f"no vehicle {', '.join(unknown)}; the vehicles are: {', '.join(specs)}")
    for vid in args.cars or list(specs):
        spec = specs[vid]
        path = render(spec, measure(spec), args.out / f"{vid}.png")
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
