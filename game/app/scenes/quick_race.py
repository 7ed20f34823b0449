"""Quick race set-up: track (with a preview), car (with stat bars), rivals, laps, difficulty."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

import pygame

from game.app.race_setup import RaceSetup
from game.app.render.tile_ground import load_picture
from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.widgets import Row
from game.content.errors import ContentError
from game.content.settings import DIFFICULTIES, RaceChoice

if TYPE_CHECKING:
    from game.app.context import AppContext
    from game.sim.vehicle import VehicleSpec

log = logging.getLogger(__name__)

PREVIEW_BOX = (660, 150, 560, 300)
STATS_BOX = (660, 470, 560, 190)


def car_stats(spec: VehicleSpec) -> dict[str, float]:
    """Raw figures behind the bars; the scene normalises them across the garage."""
    top = spec.speed_limit_kmh or sum(spec.expect_top_kmh) / 2
    accel = spec.accel_kmh / max(0.1, sum(spec.expect_accel_s) / 2)
    return {
        "Top speed": float(top),
        "Acceleration": accel,
        "Handling": (spec.grip_front + spec.grip_rear) / 2 * spec.max_steer_deg ** 0.5,
        "Braking": spec.brake_force_n / spec.mass_kg,
        "Nitrous": spec.nitrous_s * (spec.nitrous_power - 1.0),
    }


class QuickRaceScene(MenuScene):
    name = "quick-race"
    title = "Quick Race"
    subtitle = "Choose a circuit, a car and who you race against."
    box = (70, 170, 540, 0)
    row_h = 62

    def __init__(self, app: AppContext) -> None:
        from game.content.saves import unlocked

        cars_open, tracks_open = unlocked(app.data_dir)
        every_track, every_car = app.content.circuits(), app.content.cars()
        # bundled circuits open up in the campaign; mods and the built-in stadium always race
        self.tracks = [t for t in every_track
                       if t.file is None or t.id.startswith("mod:") or t.id in tracks_open]
        self.cars = [c for c in every_car if c.id in cars_open] or every_car[:1]
        self.locked = len(every_track) - len(self.tracks) + len(every_car) - len(self.cars)
        if self.locked:
            self.subtitle = (f"{type(self).subtitle}  {self.locked} more cars and circuits "
                             "unlock in the campaign.")
        choice = app.settings.race
        ids = [t.id for t in self.tracks]
        self.track_i = ids.index(choice.track) if choice.track in ids else 0
        car_ids = [c.id for c in self.cars]
        fallback = car_ids.index("subaru") if "subaru" in car_ids else 0
        self.car_i = car_ids.index(choice.car) if choice.car in car_ids else fallback
        self.rivals = choice.rivals
        self.laps = choice.laps
        self.difficulty = choice.difficulty if choice.difficulty in DIFFICULTIES else "normal"
        self.preview: pygame.Surface | None = None
        self.preview_note = ""
        self.max_rivals = 7
        self._stats_range = self._ranges()
        super().__init__(app)
        self._load_preview()

    # -- choices -------------------------------------------------------------------------

    def rows(self) -> list[Row]:
        return [
            Row("Track", value=lambda: self.tracks[self.track_i].name if self.tracks else "none",
                change=self._track),
            Row("Car", value=lambda: self.cars[self.car_i].name, change=self._car),
            Row("Rivals", value=lambda: str(self.rivals), change=self._rivals),
            Row("Laps", value=lambda: str(self.laps), change=self._laps),
            Row("Difficulty", value=lambda: self.difficulty.title(), change=self._difficulty),
            Row("Start race", self.start, hint="Esc pauses the race; R puts you back on the track"),
            Row("Back", self.back),
        ]

    def _track(self, step: int) -> None:
        if self.tracks:
            self.track_i = (self.track_i + step) % len(self.tracks)
            self._load_preview()

    def _car(self, step: int) -> None:
        self.car_i = (self.car_i + step) % len(self.cars)

    def _rivals(self, step: int) -> None:
        self.rivals = max(0, min(self.max_rivals, self.rivals + step))

    def _laps(self, step: int) -> None:
        self.laps = max(1, min(10, self.laps + step))

    def _difficulty(self, step: int) -> None:
        i = DIFFICULTIES.index(self.difficulty)
        self.difficulty = DIFFICULTIES[(i + step) % len(DIFFICULTIES)]

    def _ranges(self) -> dict[str, tuple[float, float]]:
        table = [car_stats(c) for c in self.cars]
        return {k: (min(r[k] for r in table), max(r[k] for r in table)) for k in table[0]} if table else {}

    def _load_preview(self) -> None:
        """Load the track (for its start-slot count) and its picture once per selection."""
        self.preview, self.preview_note = None, ""
        if not self.tracks:
            return
        option = self.tracks[self.track_i]
        size = (round(PREVIEW_BOX[2] - 24), round(PREVIEW_BOX[3] - 24))
        try:
            image_file = self.app.content.preview_file(option.id)
            loaded = self.app.content.load(option.id)
            self.max_rivals = max(0, min(7, len(loaded.track.start_slots) - 1))
            self.rivals = min(self.rivals, self.max_rivals)
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

    def setup(self) -> RaceSetup:
        return RaceSetup(track=self.tracks[self.track_i].id, car=self.cars[self.car_i].id,
                         rivals=self.rivals, laps=self.laps, difficulty=self.difficulty,
                         autopilot=self.app.autopilot)

    def start(self) -> None:
        from game.app.scenes.race import RaceScene

        if not self.tracks or self.preview_note:
            self.app.toast("Pick a track that loads.")
            return
        setup = self.setup()
        choice = RaceChoice(setup.track, setup.car, setup.rivals, setup.laps, setup.difficulty)
        self.app.change_settings(replace(self.app.settings, race=choice))
        try:
            scene = RaceScene(self.app, setup)
        except (ContentError, ValueError) as exc:
            self.app.toast(f"This race cannot start: {exc}")
            return
        except Exception as exc:  # a bug below us must not end the game: report and stay here
            log.exception("race set-up failed")
            self.app.toast(f"This race cannot start ({type(exc).__name__}); see the log.")
            return
        self.app.stack.push(scene)

    # -- drawing ------------------------------------------------------------------------------

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        x, y, w, h = PREVIEW_BOX
        box = pygame.Rect(round(x * s), round(y * s), round(w * s), round(h * s))
        theme.panel(surface, box, 200)
        if self.preview is not None:
            image = self.preview if s == 1 else pygame.transform.smoothscale_by(self.preview, s)
            surface.blit(image, image.get_rect(center=box.center))
        else:
            theme.text(surface, self.preview_note or "No preview", 26, box.center, th.MUTED, anchor="center")
        if self.tracks:
            option = self.tracks[self.track_i]
            theme.text(surface, option.name, 26, (box.left + 16 * s, box.top + 10 * s), th.INK, bold=True,
                       shadow=True)
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
        theme.text(surface, f"{speed} · {drive}", 20, (box.right - 18 * s, box.top + 14 * s), th.MUTED,
                   anchor="topright")
        row_y = box.top + 48 * s
        for name, value in stats.items():
            lo, hi = self._stats_range.get(name, (0.0, 1.0))
            share = 0.08 + 0.92 * ((value - lo) / (hi - lo) if hi > lo else 1.0)
            theme.text(surface, name, 21, (box.left + 18 * s, row_y), th.MUTED, anchor="midleft")
            bar = pygame.Rect(round(box.left + 170 * s), round(row_y - 7 * s), round(360 * s), round(14 * s))
            pygame.draw.rect(surface, (40, 48, 76), bar, border_radius=round(7 * s))
            fill = bar.copy()
            fill.width = max(1, round(bar.width * share))
            pygame.draw.rect(surface, th.ACCENT_2 if name != "Nitrous" else th.ACCENT, fill,
                             border_radius=round(7 * s))
            row_y += 27 * s
