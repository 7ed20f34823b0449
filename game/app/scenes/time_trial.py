"""Time trial: one car, one circuit, the clock, and a ghost to chase.

The set-up screen picks a circuit and a car and says what is at stake (the
author's medal times, your record). The trial itself is a
:class:`~game.sim.timetrial.TimeTrial` under the driving scene, recorded
through a replay :class:`~game.content.replays.Recorder`: every clean lap is
a ghost candidate, a lap better than your record is saved at once (so a
crash or a closed window never loses it) and becomes the ghost you chase
from then on. After each lap a telemetry plot says where the time went; T
keeps it up. Esc pauses; "End session" leads to the results, with the replay.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pygame

from game.app.player_files import data_folder
from game.app.scenes.base import PauseRow
from game.app.scenes.driving import DrivingScene
from game.app.scenes.menu_scene import TrackCarMenu
from game.app.trial_setup import (
    AUTHOR,
    YOURS,
    TrialLap,
    TrialSummary,
    load_author,
    medal_times,
)
from game.app.ui import theme as th
from game.app.ui.widgets import Row
from game.content.errors import ContentError
from game.content.ghosts import Records, medal
from game.content.setup import RaceSetup
from game.sim.race.events import LapCompleted

if TYPE_CHECKING:
    from game.app.render.ghosts import GhostMarker
    from game.app.render.telemetry import Telemetry
    from game.app.render.trial_hud import TrialHudState
    from game.app.scenes.base import App, Driver
    from game.content.sessions import Built
    from game.sim.ghost import Ghost

__all__ = ["AUTHOR", "YOURS", "TimeTrialScene", "TimeTrialSetupScene", "TrialLap"]

TELEMETRY_SHOW_S = 8.0
"""How long the plot stays up after a lap (T pins it)."""


# -- set-up ------------------------------------------------------------------------------------------


class TimeTrialSetupScene(TrackCarMenu):
    """Circuit and car (with the quick race's preview and stat bars), plus what is at stake."""

    name = "time-trial-setup"
    title = "Time Trial"
    subtitle = "One car, the clock and a ghost. Beat the author for gold."

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.records = Records(data_folder(app))
        if self.records.message:
            app.toast(self.records.message, 8.0)

    def rows(self) -> list[Row]:
        return [
            Row(
                "Track",
                value=lambda: self.tracks[self.track_i].name if self.tracks else "none",
                change=self._track,
            ),
            Row("Car", value=lambda: self.cars[self.car_i].name, change=self._car),
            Row("Start", self.start, hint="Esc pauses · R resets the car · T telemetry"),
            Row("Back", self.back),
        ]

    def trial_setup(self) -> RaceSetup:
        from game.sim.timetrial import TIME_TRIAL_LAPS

        return RaceSetup(
            "time-trial",
            self.tracks[self.track_i].id,
            self.cars[self.car_i].id,
            0,
            TIME_TRIAL_LAPS,
            "hard",
            0,
            player_ai=self.app.autopilot,
        )

    def start(self) -> None:
        if not self.tracks or self.preview_note:
            self.app.toast("Pick a track that loads.")
            return
        setup = self.trial_setup()
        choice = replace(self.app.settings.race, track=setup.track, car=setup.car)  # the rest is the race's
        self.app.change_settings(replace(self.app.settings, race=choice))
        self.app.flow.time_trial(setup, records=self.records)

    def _stakes(self) -> tuple[Ghost | None, float | None]:
        try:
            track = self.app.content.load(self.tracks[self.track_i].id).track
        except ContentError:
            return None, None
        record = self.records.best(track.id, self.cars[self.car_i].id)
        return load_author(track.id), record.lap_time_s if record else None

    def draw_extra(self, surface: pygame.Surface) -> None:
        super().draw_extra(surface)
        from game.app.render.hud_texts import format_time
        from game.app.render.trial_hud import MEDAL_COLOURS

        theme = self.app.theme
        s = theme.scale(surface)
        box = pygame.Rect(round(70 * s), round(440 * s), round(540 * s), round(220 * s))
        theme.panel(surface, box, 200)
        author, best = self._stakes() if self.tracks else (None, None)
        x, y = box.left + 20 * s, box.top + 14 * s
        theme.text(surface, "At stake", 24, (x, y), th.ACCENT, bold=True)
        y += 40 * s
        if author is None:
            theme.text(surface, "No author time on this track: set your own.", 22, (x, y), th.MUTED)
            y += 36 * s
        else:
            for name, time_s in medal_times(author):
                pygame.draw.circle(surface, MEDAL_COLOURS[name], (x + 10 * s, y + 11 * s), 9 * s)
                theme.text(surface, name.title(), 22, (x + 30 * s, y), th.INK)
                theme.text(surface, format_time(time_s), 22, (x + 140 * s, y), th.INK)
                y += 30 * s
        y += 8 * s
        if best is None:
            theme.text(surface, "Your best: no lap yet in this car", 22, (x, y), th.MUTED)
        else:
            got = medal(best, author.lap_time_s) if author else None
            line = f"Your best: {format_time(best)}" + (f"  ·  {got.title()}" if got else "")
            theme.text(surface, line, 22, (x, y), th.WARN, bold=True)
        ghost = YOURS.lower() if best is not None else AUTHOR.lower() if author else "none yet"
        theme.text(
            surface,
            f"Ghost: {ghost}",
            20,
            (box.right - 20 * s, box.top + 18 * s),
            th.MUTED,
            anchor="topright",
        )


# -- the trial -------------------------------------------------------------------------------------


class TimeTrialScene(DrivingScene):
    name = "time-trial"
    race_info = False  # the trial's own panel shows the lap, the delta and the medals

    def __init__(
        self,
        app: App,
        setup: RaceSetup,
        driver: Driver | None = None,
        records: Records | None = None,
        remember: bool = True,
        built: Built | None = None,
    ) -> None:
        """``driver`` (snapshot → Controls) replaces the devices (tests); ``remember`` False never
        writes records (screenshots); ``built`` is the session already built from ``setup`` (the
        loading screen builds it on a worker thread), else it is built here."""
        from game.app.render.trial_hud import TrialHud
        from game.content.replays import Recorder
        from game.content.sessions import build
        from game.sim.timetrial import TimeTrial

        self.setup = setup
        self.remember = remember
        if built is None:
            built = build(setup, app.content, fit=True)
        assert isinstance(built.play, TimeTrial)
        self.trial = built.play
        self.loaded = built.loaded
        track = self.loaded.track
        vehicles = app.content.vehicles()
        self.spec = self.trial.specs[0]
        self.records = records if records is not None else Records(data_folder(app))
        self.author = load_author(track.id)
        own = self.records.best_ghost(track.id, self.spec.id)
        record = self.records.best(track.id, self.spec.id)
        self.record_s = record.lap_time_s if record is not None else None
        ghost, label = (own, YOURS) if own is not None else (self.author, AUTHOR)
        self.trial.chase(ghost)
        self.session = self.trial.session
        self.target_label = label if self.trial.ghost is not None else ""
        recorder = Recorder(built.setup, track, self.session, step=self.trial.step)
        ghost_car = [s for s in vehicles.values() if ghost is not None and s.id == ghost.car]
        self.view_specs = [self.spec, *ghost_car]
        self.trial_hud = TrialHud(app.size)
        self.laps: list[TrialLap] = []
        self.last_lap: Ghost | None = None
        self.best_lap: Ghost | None = None
        self.first_reference = self.trial.ghost
        self.first_reference_label = self.target_label
        self.telemetry: Telemetry | None = None
        self.telemetry_image: pygame.Surface | None = None
        self.telemetry_until = 0.0
        self.telemetry_pinned = False
        super().__init__(app, self.trial, 0, recorder, driver)

    def make_view(self) -> Any:
        from game.app.render import RaceRenderer, RenderOptions

        return RaceRenderer(
            self.app.size,
            self.loaded.track,
            self.loaded.render,
            self.view_specs,
            0,
            RenderOptions.of(self.app.settings),
        )

    def resized(self) -> None:
        from game.app.render.trial_hud import TrialHud

        self.trial_hud = TrialHud(self.app.size)
        self.telemetry_image = self._paint_telemetry()

    # -- the trial's rules ------------------------------------------------------------------------

    def hands_on(self) -> bool:
        return not self.setup.player_ai

    def restart(self) -> None:
        self.app.flow.time_trial(self.setup, self.records, how="replace")

    def pause_rows(self) -> list[PauseRow]:
        rows = super().pause_rows()
        rows.insert(1, PauseRow("End session", self.end_session))
        return rows

    def on_input(self, event: pygame.event.Event) -> None:
        if (event.type == pygame.KEYDOWN and event.key == pygame.K_t) or (
            event.type == pygame.CONTROLLERBUTTONDOWN and event.button == pygame.CONTROLLER_BUTTON_DPAD_UP
        ):
            self.toggle_telemetry()

    def toggle_telemetry(self) -> None:
        if self.telemetry is None:
            self.app.toast("Telemetry appears after your first clean lap.")
            return
        showing = self.telemetry_pinned or self.session.time_s < self.telemetry_until
        self.telemetry_pinned = not showing
        self.telemetry_until = 0.0

    def on_event(self, ev: object) -> None:
        if not isinstance(ev, LapCompleted) or ev.vehicle != 0:
            return
        laps = self.trial.recorder.laps
        lap = (
            laps[-1]
            if laps and laps[-1].lap_time_s == ev.lap_time_s and laps[-1] is not self.last_lap
            else None
        )
        got = medal(ev.lap_time_s, self.author.lap_time_s) if self.author is not None else None
        pb = False
        if lap is not None:
            self.last_lap = lap
            self._telemetry(lap, self.trial.ghost, self.target_label, ev.lap)
            if self.best_lap is None or lap.lap_time_s < self.best_lap.lap_time_s:
                self.best_lap = lap
            pb = self.record_s is None or lap.lap_time_s < self.record_s
            if pb:
                self._remember(lap)
        self.laps.append(TrialLap(ev.lap, ev.lap_time_s, lap is not None, pb, got))
        from game.app.render.hud_texts import format_time

        words = [f"LAP {ev.lap}  {format_time(ev.lap_time_s)}"]
        if lap is None:
            words.append("RESET: NOT COUNTED")
        elif pb:
            words.append("PERSONAL BEST")
        if got:
            words.append(got.upper())
        self.show_banner("  ·  ".join(words), 3.0)

    def _remember(self, lap: Ghost) -> None:
        """A new record: save it now, and chase it from here on."""
        self.record_s = lap.lap_time_s
        if self.remember:
            try:
                self.records.offer(lap)
            except (ContentError, OSError) as exc:
                self.app.toast(f"Your record could not be saved: {exc}", 8.0)
        self.trial.chase(lap)
        self.target_label = YOURS if self.trial.ghost is not None else self.target_label

    def _telemetry(self, lap: Ghost, reference: Ghost | None, ref_label: str, number: int) -> None:
        from game.app.render.telemetry import telemetry

        self.telemetry = telemetry(lap, reference, f"Lap {number}", ref_label.title() if ref_label else "")
        self.telemetry_until = self.session.time_s + TELEMETRY_SHOW_S
        self.telemetry_image = self._paint_telemetry()

    def _paint_telemetry(self) -> pygame.Surface | None:
        """The plot, painted once per lap into a picture the frames blit (a cache, like the sprites)."""
        from game.app.render.telemetry import draw_telemetry

        if self.telemetry is None:
            return None
        rect = self.telemetry_rect()
        image = pygame.Surface(rect.size, pygame.SRCALPHA)
        draw_telemetry(image, image.get_rect(), self.telemetry, self.app.settings.units)
        return image

    def telemetry_rect(self) -> pygame.Rect:
        h = self.app.size[1]
        k = h / 720.0
        return pygame.Rect(round(16 * k), h - round(16 * k) - round(268 * k), round(760 * k), round(268 * k))

    @property
    def telemetry_showing(self) -> bool:
        return self.telemetry is not None and (
            self.telemetry_pinned or self.session.time_s < self.telemetry_until
        )

    def end_session(self) -> None:
        """To the results: laps, medal, telemetry of the best lap, and the replay."""
        assert self.recorder is not None
        self.done = True
        self.app.flow.trial_results(
            TrialSummary(
                self.setup,
                self.spec.name,
                tuple(self.laps),
                self.best_lap,
                self.author,
                self.record_s,
                self.first_reference,
                self.first_reference_label,
                self.recorder.replay(),
            )
        )

    # -- reading ------------------------------------------------------------------------------------

    def trial_state(self) -> TrialHudState:
        from game.app.render.trial_hud import TrialHudState

        race = self.session.race
        now = self.session.time_s
        card = race.cards[0]
        started = race.started(now)
        best = self.record_s
        if self.best_lap is not None and (best is None or self.best_lap.lap_time_s < best):
            best = self.best_lap.lap_time_s
        ghost = self.trial.ghost
        return TrialHudState(
            lap=card.laps + 1,
            lap_time_s=max(0.0, now - self.trial.lap_started) if started else None,
            last_lap_s=card.lap_times[-1] if card.lap_times else None,
            best_lap_s=best,
            target_label=self.target_label,
            target_s=ghost.lap_time_s if ghost is not None else None,
            delta_s=self.trial.delta_s() if started else None,
            medals=medal_times(self.author),
            earned=medal(best, self.author.lap_time_s) if best is not None and self.author else None,
        )

    def ghost_marker(self, alpha: float) -> GhostMarker | None:
        """Where the ghost is drawn this frame: at the same interpolated time as the cars."""
        from game.app.render.ghosts import GhostMarker

        ghost = self.trial.ghost
        race = self.session.race
        t = self.prev.time_s + (self.snap.time_s - self.prev.time_s) * max(0.0, min(1.0, alpha))
        if ghost is None or not race.started(t):
            return None
        pose = ghost.pose_at(t - self.trial.lap_started)
        return GhostMarker(pose.x, pose.y, pose.heading, ghost.car, self.target_label)

    # -- drawing ------------------------------------------------------------------------------------

    def draw_view(self, surface: pygame.Surface, alpha: float) -> None:
        marker = self.ghost_marker(alpha)
        self.view.draw(surface, self.prev, self.snap, alpha, self.hud, ghosts=(marker,) if marker else ())

    def draw_overlay(self, surface: pygame.Surface, alpha: float) -> None:
        self.trial_hud.draw(surface, self.trial_state())
        if self.telemetry_showing and self.telemetry_image is not None:
            surface.blit(self.telemetry_image, self.telemetry_rect())
        elif self.telemetry is not None:
            theme = self.app.theme
            s = theme.scale(surface)
            y = surface.get_height() - 34 * s
            x = 16 * s + th.keycap(theme, surface, "T", (16 * s, y), 18) + 8 * s
            theme.text(surface, "Telemetry", 20, (x, y), th.INK, anchor="midleft", shadow=True)
