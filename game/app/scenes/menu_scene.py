"""The shape every menu screen shares: a backdrop, a heading, a :class:`Menu` and a hint line.

Subclasses build their rows in ``rows()`` and may draw extra panels in
``draw_extra``; keyboard, gamepad and mouse handling (and the UI sounds)
live here once. The two plain pages every part of the game may open (a
page to read, a message) live here too, and the set-up screens' common half
(a circuit with its preview, a car with its stat bars, which the quick race
and the time trial extend), so no screen imports another screen's module.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pygame

from game.app.input import MenuAction
from game.app.scenes.base import Scene
from game.app.ui import theme as th
from game.app.ui.widgets import Menu, Row
from game.content.errors import ContentError

if TYPE_CHECKING:
    from game.app.scenes.base import App
    from game.content.library import LoadedTrack
    from game.sim.vehicle import VehicleSpec

log = logging.getLogger(__name__)

HINTS = "Up/Down choose    Left/Right change    Enter / A select    Esc / B back"


class MenuScene(Scene):
    title = ""
    subtitle = ""
    hints = HINTS
    box = (70, 200, 560, 0)
    row_h = 58
    font_size = 34
    centered = False

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.t = 0.0
        self.menu = Menu(
            self.rows(), self.box, self.row_h, self.font_size, on_move=self._moved, centered=self.centered
        )

    def rows(self) -> list[Row]:
        return []

    def rebuild(self) -> None:
        """Rows changed (a value with a new label set); keep the focus where it was."""
        focus = self.menu.focus
        self.menu.rows = self.rows()
        self.menu.focus = min(focus, len(self.menu.rows) - 1)

    def _moved(self) -> None:
        self.app.sound("ui_move")

    def back(self) -> None:
        """Esc / B: leave this screen."""
        self.app.sound("ui_back")
        self.app.stack.pop()

    def handle_event(self, event: pygame.event.Event) -> None:
        action: MenuAction | None = self.app.input.menu_action(event)
        if action == "back":
            self.back()
            return
        if action is not None:
            row = self.menu.rows[self.menu.focus] if self.menu.rows else None
            if self.menu.act(action) and action in ("accept", "left", "right") and row is not None:
                self.app.sound("ui_accept" if action == "accept" and row.action else "ui_move")
            return
        if (
            event.type == pygame.MOUSEBUTTONDOWN
            and event.button == 3
            and not any(r.collidepoint(event.pos) for r in self.menu.rects(self.app.size))
        ):
            self.back()
            return
        if self.menu.mouse(event, self.app.size) and event.type == pygame.MOUSEBUTTONDOWN:
            self.app.sound("ui_accept")

    def update(self, dt: float) -> None:
        self.t += dt

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        theme = self.app.theme
        theme.backdrop(surface, self.t)
        if self.title:
            theme.heading(surface, self.title, self.subtitle)
        self.draw_extra(surface)
        self.menu.draw(surface, theme, self.t)
        if self.hints:
            theme.hints(surface, self.hints)

    def draw_extra(self, surface: pygame.Surface) -> None:
        """Panels beside the menu (previews, stats)."""


class InfoScene(MenuScene):
    """A page to read (credits, the mods folder) with a single Back at the bottom."""

    box = (70, 610, 300, 0)
    hints = "Enter / A / Esc back"

    def rows(self) -> list[Row]:
        return [Row("Back", self.back)]


class MessageScene(MenuScene):
    """A heading, a few lines of text and a Back button ('coming soon', errors, notes)."""

    name = "message"
    box = (70, 470, 360, 0)

    def __init__(self, app: App, title: str, lines: list[str]) -> None:
        self.title = title
        self.lines = lines
        super().__init__(app)

    def rows(self) -> list[Row]:
        return [Row("Back", self.back)]

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        panel = pygame.Rect(round(70 * s), round(190 * s), round(900 * s), round(250 * s))
        theme.panel(surface, panel, 170)
        y = panel.top + 36 * s
        for line in self.lines:
            theme.text(surface, line, 30, (panel.left + 36 * s, y), th.INK)
            y += 46 * s


# -- the set-up screens' common half ----------------------------------------------------------

PREVIEW_BOX = (660, 150, 560, 300)
PREVIEW_TITLE_H = 40
"""Design pixels at the top of the preview box kept for the track's name."""
STATS_BOX = (660, 470, 560, 190)


def car_stats(spec: VehicleSpec) -> dict[str, float]:
    """Raw figures behind the bars; the scene normalises them across the garage."""
    top = spec.speed_limit_kmh or sum(spec.expect_top_kmh) / 2
    accel = spec.accel_kmh / max(0.1, sum(spec.expect_accel_s) / 2)
    return {
        "Top speed": float(top),
        "Acceleration": accel,
        "Handling": (spec.grip_front + spec.grip_rear) / 2 * spec.max_steer_deg**0.5,
        "Braking": spec.brake_force_n / spec.mass_kg,
        "Nitrous": spec.nitrous_s * (spec.nitrous_power - 1.0),
    }


class TrackCarMenu(MenuScene):
    """Tracks and cars the player may pick, the chosen track's preview and the chosen car's stats."""

    box = (70, 170, 540, 0)
    row_h = 62

    def __init__(self, app: App) -> None:
        from game.content.saves import unlocked

        cars_open, tracks_open = unlocked(app.data_dir)
        every_track, every_car = app.content.circuits(), app.content.cars()
        # bundled circuits open up in the campaign; mods and the built-in stadium always race
        self.tracks = [
            t for t in every_track if t.file is None or t.id.startswith("mod:") or t.id in tracks_open
        ]
        self.cars = [c for c in every_car if c.id in cars_open] or every_car[:1]
        self.locked = len(every_track) - len(self.tracks) + len(every_car) - len(self.cars)
        if self.locked:
            self.subtitle = (
                f"{type(self).subtitle}  {self.locked} more cars and circuits unlock in the campaign."
            )
        choice = app.settings.race
        ids = [t.id for t in self.tracks]
        self.track_i = ids.index(choice.track) if choice.track in ids else 0
        car_ids = [c.id for c in self.cars]
        fallback = car_ids.index("subaru") if "subaru" in car_ids else 0
        self.car_i = car_ids.index(choice.car) if choice.car in car_ids else fallback
        self.preview: pygame.Surface | None = None
        self.preview_note = ""
        self._stats_range = self._ranges()
        super().__init__(app)
        self._load_preview()

    def track_loaded(self, loaded: LoadedTrack) -> None:
        """The chosen track was loaded (the quick race fits its rivals to the grid)."""

    # -- choices -------------------------------------------------------------------------

    def _track(self, step: int) -> None:
        if self.tracks:
            self.track_i = (self.track_i + step) % len(self.tracks)
            self._load_preview()

    def _car(self, step: int) -> None:
        self.car_i = (self.car_i + step) % len(self.cars)

    def _ranges(self) -> dict[str, tuple[float, float]]:
        table = [car_stats(c) for c in self.cars]
        return {k: (min(r[k] for r in table), max(r[k] for r in table)) for k in table[0]} if table else {}

    def _load_preview(self) -> None:
        """Load the track (for its start-slot count) and its picture once per selection."""
        self.preview, self.preview_note = None, ""
        if not self.tracks:
            return
        option = self.tracks[self.track_i]
        size = (round(PREVIEW_BOX[2] - 24), round(PREVIEW_BOX[3] - PREVIEW_TITLE_H - 12))
        from game.app.render.tile_ground import load_picture

        try:
            image_file = self.app.content.preview_file(option.id)
            loaded = self.app.content.load(option.id)
            self.track_loaded(loaded)
            if image_file is not None:
                picture, problem = load_picture(image_file)  # header checked before any decode
                if picture is None:
                    raise ContentError(problem or f"{image_file}: cannot be drawn.")
                image = picture.convert(pygame.Surface((1, 1), pygame.SRCALPHA, 32))  # palette PNGs
                scale = min(size[0] / image.get_width(), size[1] / image.get_height())
                self.preview = pygame.transform.smoothscale_by(image, scale)
            else:
                from game.app.ui.trackart import track_preview

                self.preview = track_preview(loaded.track, size)
        except (ContentError, pygame.error, OSError) as exc:
            log.warning("no preview for %s: %s", option.id, exc)
            self.preview_note = "This track could not be loaded."

    # -- drawing ------------------------------------------------------------------------------

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        x, y, w, h = PREVIEW_BOX
        box = pygame.Rect(round(x * s), round(y * s), round(w * s), round(h * s))
        theme.panel(surface, box, 200)
        if self.preview is not None:
            image = self.preview if s == 1 else pygame.transform.smoothscale_by(self.preview, s)
            below_title = pygame.Rect(box.left, box.top + round(PREVIEW_TITLE_H * s), box.width, 0)
            below_title.height = box.bottom - below_title.top
            theme.image(surface, image, image.get_rect(center=below_title.center), "track preview")
        else:
            theme.text(surface, self.preview_note or "No preview", 26, box.center, th.MUTED, anchor="center")
        if self.tracks:
            option = self.tracks[self.track_i]
            theme.text(
                surface,
                option.name,
                26,
                (box.left + 16 * s, box.top + 10 * s),
                th.INK,
                bold=True,
                shadow=True,
            )
        self._draw_stats(surface, s)

    def _draw_stats(self, surface: pygame.Surface, s: float) -> None:
        theme = self.app.theme
        x, y, w, h = STATS_BOX
        box = pygame.Rect(round(x * s), round(y * s), round(w * s), round(h * s))
        theme.panel(surface, box, 200)
        spec = self.cars[self.car_i]
        stats = car_stats(spec)
        top = stats["Top speed"]
        units = self.app.settings.units
        speed = f"{top:.0f} km/h" if units == "kmh" else f"{top / 1.609344:.0f} mph"
        drive = {"fwd": "front-wheel drive", "rwd": "rear-wheel drive", "awd": "all-wheel drive"}[spec.drive]
        theme.text(surface, f"{spec.name}", 24, (box.left + 18 * s, box.top + 12 * s), th.INK, bold=True)
        theme.text(
            surface,
            f"{speed} · {drive}",
            20,
            (box.right - 18 * s, box.top + 14 * s),
            th.MUTED,
            anchor="topright",
        )
        row_y = box.top + 48 * s
        for name, value in stats.items():
            lo, hi = self._stats_range.get(name, (0.0, 1.0))
            share = 0.08 + 0.92 * ((value - lo) / (hi - lo) if hi > lo else 1.0)
            theme.text(surface, name, 21, (box.left + 18 * s, row_y), th.MUTED, anchor="midleft")
            bar = pygame.Rect(round(box.left + 170 * s), round(row_y - 7 * s), round(360 * s), round(14 * s))
            pygame.draw.rect(surface, (40, 48, 76), bar, border_radius=round(7 * s))
            fill = bar.copy()
            fill.width = max(1, round(bar.width * share))
            pygame.draw.rect(
                surface, th.ACCENT_2 if name != "Nitrous" else th.ACCENT, fill, border_radius=round(7 * s)
            )
            row_y += 27 * s
