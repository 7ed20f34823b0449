"""Pictures of a track made from its geometry: the set-up screen's preview and a plain race view.

The preview is minimap-style (surfaces as flat colours, walls, the racing
line, the finish) and is what a map without a shipped preview image shows.
:class:`PlainRaceView` is the stand-in race picture used while the real
renderer (:mod:`game.app.render`) is not available; it has the same
``update`` / ``draw`` shape so the race scene does not care which it has.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pygame

from game.app.ui import theme as th
from game.sim.snapshot import VehicleView, WorldSnapshot
from game.sim.track import Track

SURFACE_RGB = np.array(
    [
        (62, 64, 72),  # asphalt
        (104, 104, 110),  # concrete
        (200, 60, 60),  # kerb
        (130, 96, 60),  # dirt
        (214, 192, 130),  # sand
        (46, 98, 54),  # grass
        (120, 112, 100),  # gravel
        (24, 24, 30),  # oil
        (50, 90, 160),  # water
    ],
    dtype=np.uint8,
)


def surface_image(track: Track) -> pygame.Surface:
    """The track's surface grid as an image, one pixel per cell."""
    cells = track.surfaces.cells
    rgb = SURFACE_RGB[np.clip(cells, 0, len(SURFACE_RGB) - 1)]
    return pygame.surfarray.make_surface(np.ascontiguousarray(rgb.transpose(1, 0, 2)))


def track_preview(track: Track, size: tuple[int, int]) -> pygame.Surface:
    """A minimap-style picture of ``track`` fitted into ``size`` (transparent margins)."""
    out = pygame.Surface(size, pygame.SRCALPHA)
    scale = min(size[0] / track.width_m, size[1] / track.height_m)
    w, h = max(1, round(track.width_m * scale)), max(1, round(track.height_m * scale))
    ox, oy = (size[0] - w) / 2, (size[1] - h) / 2
    ground = (
        pygame.transform.smoothscale(surface_image(track).convert(), (w, h))
        if pygame.display.get_surface()
        else pygame.transform.smoothscale(surface_image(track), (w, h))
    )
    out.blit(ground, (ox, oy))

    def p(pt: Sequence[float]) -> tuple[float, float]:
        return ox + pt[0] * scale, oy + pt[1] * scale

    line_w = max(1, round(min(size) / 160))
    for wall in track.walls:
        pts = [p(q) for q in wall.points]
        if len(pts) >= 2:
            pygame.draw.lines(out, (235, 235, 240), wall.closed, pts, line_w)
    if len(track.racing_line) >= 2:
        pygame.draw.lines(out, (*th.ACCENT_2, 255), True, [p(q) for q in track.racing_line], line_w)
    if track.finish is not None:
        pygame.draw.line(out, th.ACCENT, p(track.finish.a), p(track.finish.b), line_w * 3)
    for slot in track.start_slots[:1]:
        pygame.draw.circle(out, th.ACCENT, p((slot.x, slot.y)), line_w * 3)
    return out


def _car_color(spec_color: str) -> tuple[int, int, int]:
    try:
        c = pygame.Color(spec_color)
    except ValueError:
        return (200, 200, 200)
    return (c.r, c.g, c.b)


class PlainRaceView:
    """A simple top-down race picture: ground, walls, cars as boxes, and a small HUD."""

    PX_PER_M = 7.0

    def __init__(
        self,
        track: Track,
        colors: Sequence[str],
        sizes: Sequence[tuple[float, float]],
        player: int,
        theme: th.Theme,
    ) -> None:
        self.track = track
        self.colors = [_car_color(c) for c in colors]
        self.sizes = list(sizes)
        self.player = player
        self.theme = theme
        self._ground: pygame.Surface | None = None
        self._zoomed: dict[float, pygame.Surface] = {}
        self.night = False
        self.camera = (track.width_m / 2, track.height_m / 2)

    def update(self, dt: float, snapshot: WorldSnapshot, events: Sequence[object], hud: object) -> None:
        """Ease the camera towards the player's car."""
        if self.player < len(snapshot.vehicles):
            car = snapshot.vehicles[self.player]
            cx, cy = self.camera
            k = min(1.0, dt * 6.0)
            self.camera = (cx + (car.x + car.vx * 0.4 - cx) * k, cy + (car.y + car.vy * 0.4 - cy) * k)

    def _ground_image(self) -> pygame.Surface:
        if self._ground is None:
            img = surface_image(self.track)
            scale = self.PX_PER_M * self.track.surfaces.cell_m
            size = (round(img.get_width() * scale), round(img.get_height() * scale))
            big = pygame.transform.scale(img, size)
            for wall in self.track.walls:
                pts = [(x * self.PX_PER_M, y * self.PX_PER_M) for x, y in wall.points]
                if len(pts) >= 2:
                    pygame.draw.lines(big, (230, 230, 236), wall.closed, pts, 6)
            if self.track.finish is not None:
                a, b = self.track.finish.a, self.track.finish.b
                pygame.draw.line(
                    big,
                    (250, 250, 250),
                    (a[0] * self.PX_PER_M, a[1] * self.PX_PER_M),
                    (b[0] * self.PX_PER_M, b[1] * self.PX_PER_M),
                    8,
                )
            self._ground = big
        return self._ground

    def draw(
        self,
        surface: pygame.Surface,
        prev: WorldSnapshot | None,
        snap: WorldSnapshot,
        alpha: float,
        hud: object,
    ) -> None:
        surface.fill((46, 98, 54))
        w, h = surface.get_size()
        zoom = h / 720
        ground = self._ground_image()
        ppm = self.PX_PER_M * zoom
        view = ground if zoom == 1 else self._zoomed.get(zoom)
        if view is None:  # a render cache: one scaled copy per window height
            view = self._zoomed[zoom] = pygame.transform.scale_by(ground, zoom)
        cx, cy = self.camera
        surface.blit(view, (w / 2 - cx * ppm, h / 2 - cy * ppm))
        before = (
            prev.vehicles if prev is not None and len(prev.vehicles) == len(snap.vehicles) else snap.vehicles
        )
        for old, car in zip(before, snap.vehicles, strict=True):
            self._car(surface, old, car, alpha, ppm, (w / 2 - cx * ppm, h / 2 - cy * ppm))
        if self.night:
            dark = pygame.Surface((w, h), pygame.SRCALPHA)
            dark.fill((10, 14, 40, 140))
            surface.blit(dark, (0, 0))

    def _car(
        self,
        surface: pygame.Surface,
        old: VehicleView,
        car: VehicleView,
        alpha: float,
        ppm: float,
        origin: tuple[float, float],
    ) -> None:
        x = old.x + (car.x - old.x) * alpha
        y = old.y + (car.y - old.y) * alpha
        dh = (car.heading - old.heading + math.pi) % (2 * math.pi) - math.pi
        heading = old.heading + dh * alpha
        length, width = self.sizes[car.index] if car.index < len(self.sizes) else (4.5, 1.9)
        fx, fy = math.cos(heading), math.sin(heading)
        sx, sy = -fy, fx
        corners = []
        for a, b in ((1, 1), (1, -1), (-1, -1), (-1, 1)):
            px = x + fx * length / 2 * a + sx * width / 2 * b
            py = y + fy * length / 2 * a + sy * width / 2 * b
            corners.append((origin[0] + px * ppm, origin[1] + py * ppm))
        color = self.colors[car.index] if car.index < len(self.colors) else (200, 200, 200)
        pygame.draw.polygon(surface, color, corners)
        pygame.draw.polygon(surface, (20, 20, 24), corners, 2)
        nose = (origin[0] + (x + fx * length * 0.35) * ppm, origin[1] + (y + fy * length * 0.35) * ppm)
        pygame.draw.circle(surface, (250, 250, 200), nose, max(2, ppm * 0.35))
        if car.index == self.player:
            pygame.draw.circle(
                surface, th.ACCENT_2, (origin[0] + x * ppm, origin[1] + y * ppm), length * ppm * 0.8, 2
            )

    def draw_hud(self, surface: pygame.Surface, snap: WorldSnapshot, hud: object) -> None:
        """A plain HUD: position, lap, times, speed, nitrous; the countdown and banners."""
        theme = self.theme
        s = theme.scale(surface)
        w, h = surface.get_size()
        get = hud.__getattribute__
        if get("show_race_info"):
            box = pygame.Rect(round(16 * s), round(16 * s), round(260 * s), round(130 * s))
            theme.panel(surface, box, 170)
            theme.text(
                surface,
                f"P{get('position')}/{get('cars')}",
                44,
                (box.left + 16 * s, box.top + 10 * s),
                th.INK,
                bold=True,
                italic=True,
            )
            theme.text(
                surface,
                f"LAP {get('lap')}/{get('laps')}",
                28,
                (box.right - 16 * s, box.top + 18 * s),
                th.ACCENT_2,
                anchor="topright",
                bold=True,
            )
            theme.text(
                surface,
                f"Lap   {_clock(get('lap_time_s'))}",
                22,
                (box.left + 16 * s, box.top + 66 * s),
                th.INK,
            )
            theme.text(
                surface,
                f"Best  {_clock(get('best_lap_s'))}",
                22,
                (box.left + 16 * s, box.top + 94 * s),
                th.MUTED,
            )
        if self.player < len(snap.vehicles):
            car = snap.vehicles[self.player]
            units = get("units") or "kmh"
            speed = car.speed * (3.6 if units == "kmh" else 2.2369363)
            box = pygame.Rect(0, 0, round(230 * s), round(96 * s))
            box.bottomright = (round(w - 16 * s), round(h - 16 * s))
            theme.panel(surface, box, 170)
            theme.text(
                surface,
                f"{speed:3.0f}",
                60,
                (box.right - 80 * s, box.top + 6 * s),
                th.INK,
                anchor="topright",
                bold=True,
                italic=True,
            )
            theme.text(
                surface,
                "km/h" if units == "kmh" else "mph",
                22,
                (box.right - 16 * s, box.top + 26 * s),
                th.MUTED,
                anchor="topright",
            )
            bar = pygame.Rect(
                box.left + round(16 * s), box.bottom - round(22 * s), box.width - round(32 * s), round(8 * s)
            )
            pygame.draw.rect(surface, (40, 48, 76), bar, border_radius=4)
            pygame.draw.rect(
                surface,
                th.ACCENT,
                (bar.left, bar.top, round(bar.width * car.nitrous), bar.height),
                border_radius=4,
            )
        countdown = get("countdown")
        if countdown is not None:
            text = "GO!" if countdown == 0 else str(countdown)
            theme.text(
                surface,
                text,
                150,
                (w / 2, h * 0.36),
                th.ACCENT if countdown else th.GOOD,
                anchor="center",
                bold=True,
                italic=True,
                shadow=True,
            )
        if get("wrong_way"):
            theme.text(
                surface, "WRONG WAY", 60, (w / 2, h * 0.3), th.BAD, anchor="center", bold=True, shadow=True
            )
        if get("banner") and get("time_s") < get("banner_until_s"):
            theme.text(
                surface,
                get("banner"),
                56,
                (w / 2, h * 0.22),
                th.INK,
                anchor="center",
                bold=True,
                italic=True,
                shadow=True,
            )


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "-:--.---"
    m, r = divmod(seconds, 60.0)
    return f"{int(m)}:{r:06.3f}"
