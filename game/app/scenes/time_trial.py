"""Time trial: one car, one circuit, the clock, and a ghost to chase.

The set-up screen picks a circuit and a car and says what is at stake (the
author's medal times, your record). The trial itself is a
:class:`~game.sim.timetrial.TimeTrial` stepped through a replay
:class:`~game.content.replays.Recorder`: every clean lap is a ghost
candidate, a lap better than your record is saved at once (so a crash or a
closed window never loses it) and becomes the ghost you chase from then on.
After each lap a telemetry plot says where the time went; T keeps it up.
Esc pauses; "End session" leads to the results, with the replay.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import pygame

from game.app.heap import settle_after_build
from game.app.race_setup import STADIUM_ID
from game.app.scenes.base import Scene
from game.app.scenes.driving import DrivingScene
from game.app.scenes.menu_scene import MenuScene
from game.app.scenes.pause import PauseScene
from game.app.scenes.quick_race import QuickRaceScene
from game.app.ui import theme as th
from game.app.ui.widgets import Row
from game.content.errors import ContentError
from game.content.ghosts import Records, author_ghost, medal
from game.content.settings import RaceChoice
from game.sim.race.events import LapCompleted, WrongWay

if TYPE_CHECKING:
    from game.app.context import AppContext
    from game.app.render.ghosts import GhostMarker
    from game.app.render.telemetry import Telemetry
    from game.app.render.trial_hud import TrialHudState
    from game.content.replays import Replay
    from game.sim.ghost import Ghost
    from game.sim.vehicle import VehicleSpec

log = logging.getLogger(__name__)

TELEMETRY_SHOW_S = 8.0
"""How long the plot stays up after a lap (T pins it)."""
AUTHOR, YOURS = "AUTHOR", "YOUR BEST"


@dataclass(frozen=True, slots=True)
class TrialSetup:
    """A time trial as chosen on the set-up screen."""

    track: str = STADIUM_ID
    car: str = "subaru"
    seed: int = 0
    autopilot: bool = False
    """The AI drives (screenshots, demos, tests), at ``skill``."""
    skill: str = "hard"


@dataclass(frozen=True, slots=True)
class TrialLap:
    """One lap of the session as the results list it."""

    number: int
    time_s: float
    clean: bool
    """No reset during the lap: only clean laps count as records and ghosts."""
    personal_best: bool = False
    medal: str | None = None


def load_author(track_id: str) -> Ghost | None:
    """The circuit's author ghost; a damaged file only costs the medals, never the trial."""
    try:
        return author_ghost(track_id)
    except ContentError as exc:
        log.warning("%s", exc)
        return None


def medal_times(author: Ghost | None) -> tuple[tuple[str, float], ...]:
    from game.content.ghosts import BRONZE, SILVER

    if author is None:
        return ()
    a = author.lap_time_s
    return (("gold", a), ("silver", a * SILVER), ("bronze", a * BRONZE))


# -- set-up ------------------------------------------------------------------------------------------

class TimeTrialSetupScene(QuickRaceScene):
    """Circuit and car (with the quick race's preview and stat bars), plus what is at stake."""

    name = "time-trial-setup"
    title = "Time Trial"
    subtitle = "One car, the clock and a ghost. Beat the author for gold."

    def __init__(self, app: AppContext) -> None:
        super().__init__(app)
        from game.app.scenes.replay_viewer import data_folder

        self.records = Records(data_folder(app))
        if self.records.message:
            app.toast(self.records.message, 8.0)

    def rows(self) -> list[Row]:
        return [
            Row("Track", value=lambda: self.tracks[self.track_i].name if self.tracks else "none",
                change=self._track),
            Row("Car", value=lambda: self.cars[self.car_i].name, change=self._car),
            Row("Start", self.start, hint="Esc pauses · R resets the car · T telemetry"),
            Row("Back", self.back),
        ]

    def trial_setup(self) -> TrialSetup:
        return TrialSetup(self.tracks[self.track_i].id, self.cars[self.car_i].id,
                          autopilot=self.app.autopilot)

    def start(self) -> None:
        if not self.tracks or self.preview_note:
            self.app.toast("Pick a track that loads.")
            return
        setup = self.trial_setup()
        choice = self.app.settings.race
        self.app.change_settings(replace(self.app.settings, race=RaceChoice(
            setup.track, setup.car, choice.rivals, choice.laps, choice.difficulty)))
        scene = start_trial(self.app, setup, records=self.records)
        if scene is not None:
            self.app.stack.push(scene)

    def _stakes(self) -> tuple[Ghost | None, float | None]:
        try:
            track = self.app.content.load(self.tracks[self.track_i].id).track
        except ContentError:
            return None, None
        record = self.records.best(track.id, self.cars[self.car_i].id)
        return load_author(track.id), record.lap_time_s if record else None

    def draw_extra(self, surface: pygame.Surface) -> None:
        super().draw_extra(surface)
        from game.app.render.hud import format_time
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
        theme.text(surface, f"Ghost: {ghost}", 20, (box.right - 20 * s, box.top + 18 * s), th.MUTED,
                   anchor="topright")


def start_trial(app: AppContext, setup: TrialSetup, records: Records | None = None) -> Scene | None:
    """A time-trial scene, or None (with a toast saying why) if the trial cannot start."""
    try:
        return TimeTrialScene(app, setup, records=records)
    except (ContentError, ValueError) as exc:
        app.toast(f"This time trial cannot start: {exc}")
    except Exception as exc:  # a bug below us must not end the game: report and stay here
        log.exception("time-trial set-up failed")
        app.toast(f"This time trial cannot start ({type(exc).__name__}); see the log.")
    return None


# -- the trial -------------------------------------------------------------------------------------

class TimeTrialScene(DrivingScene):
    name = "time-trial"

    def __init__(self, app: AppContext, setup: TrialSetup,
                 driver: Any = None, records: Records | None = None, remember: bool = True) -> None:
        """``driver`` (snapshot → Controls) replaces the devices (tests); ``remember`` False never
        writes records (screenshots)."""
        super().__init__(app)
        from game.app.render import HudState, RaceRenderer, RenderOptions
        from game.app.render.trial_hud import TrialHud
        from game.app.scenes.replay_viewer import data_folder
        from game.content.replays import RaceSetup as ReplaySetup
        from game.content.replays import Recorder
        from game.sim.timetrial import TIME_TRIAL_LAPS, TimeTrial

        self.setup = setup
        self.driver = driver
        self.remember = remember
        self.loaded = app.content.load(setup.track)
        track = self.loaded.track
        vehicles = app.content.vehicles()
        self.spec = vehicles.get(setup.car) or next(iter(vehicles.values()))
        self.records = records if records is not None else Records(data_folder(app))
        self.author = load_author(track.id)
        own = self.records.best_ghost(track.id, self.spec.id)
        record = self.records.best(track.id, self.spec.id)
        self.record_s = record.lap_time_s if record is not None else None
        ghost, label = (own, YOURS) if own is not None else (self.author, AUTHOR)
        skill = app.content.rivals().skill(setup.skill) if setup.autopilot else None
        self.trial = TimeTrial(track, self.spec, ghost, setup.seed, driver_skill=skill)
        self.target_label = label if self.trial.ghost is not None else ""
        self.recorder = Recorder(
            ReplaySetup("time-trial", track.id, self.spec.id, 0, TIME_TRIAL_LAPS, setup.skill, setup.seed,
                        setup.autopilot),
            track, self.trial.session, step=self.trial.step)
        specs = [self.spec] + [s for s in vehicles.values() if ghost is not None and s.id == ghost.car]
        self.view: Any = RaceRenderer(app.size, track, self.loaded.render, specs, 0,
                                      RenderOptions(units=app.settings.units))
        self.view_size = app.size
        self.trial_hud = TrialHud(app.size)
        self.hud_class = HudState
        self.session = self.trial.session
        self.snap = self.session.snapshot()
        self.prev = self.snap
        self.events: list[object] = []
        self.audio_events: list[object] = []
        self.updates = 0
        self.banner = ""
        self.banner_until = 0.0
        self.wrong_way = False
        self.laps: list[TrialLap] = []
        self.last_lap: Ghost | None = None
        self.best_lap: Ghost | None = None
        self.first_reference = self.trial.ghost
        self.first_reference_label = self.target_label
        self.telemetry: Telemetry | None = None
        self.telemetry_image: pygame.Surface | None = None
        self.telemetry_until = 0.0
        self.telemetry_pinned = False
        self.over = False
        self.hud = self._hud()
        settle_after_build()

    # -- lifecycle ----------------------------------------------------------------------------------

    def engine_specs(self) -> tuple[list[VehicleSpec], int]:
        return [self.spec], 0

    def pause_menu(self, message: str) -> Scene:
        return TrialPauseScene(self.app, self, message)

    @property
    def pausable(self) -> bool:
        return not self.over

    def restart(self) -> None:
        scene = start_trial(self.app, self.setup, self.records)
        if scene is not None:
            self.app.stack.replace(scene)

    # -- input --------------------------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        inp = self.app.input
        if inp.pressed(event, "pause") or (event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE):
            self.open_pause()
        elif inp.pressed(event, "respawn"):
            self.recorder.request_respawn(0)
        elif (event.type == pygame.KEYDOWN and event.key == pygame.K_t) or (
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

    # -- stepping -----------------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        if self.over:
            return
        self._step()
        self.hud = self._hud()
        if self.app.size != self.view_size:
            self._rebuild_view()
        self.view.update(dt, self.snap, self.events, self.hud)
        self.audio_events.extend(self.events)
        self.events = []
        self.updates += 1
        if self.updates % 4 == 0:
            self.app.audio.race_update(self.snap, self.audio_events)
            self.audio_events = []

    def simulate(self, steps: int) -> None:
        """Run the trial ``steps`` steps without drawing (fast-forward for screenshots)."""
        for _ in range(steps):
            self._step()
        self.events = []
        self.hud = self._hud()

    def _step(self) -> None:
        if self.setup.autopilot:
            controls = None
        elif self.driver is not None:
            controls = {0: self.driver(self.snap)}
        else:
            spec = self.session.world.fleet.specs[0]
            controls = {0: self.app.input.driving(spec, self.snap.vehicles[0])}
        self.recorder.step(controls)
        self.prev, self.snap = self.snap, self.session.snapshot()
        for ev in self.trial.drain_events():
            self._event(ev)
            self.events.append(ev)

    def _event(self, ev: object) -> None:
        if isinstance(ev, WrongWay) and ev.vehicle == 0:
            self.wrong_way = ev.wrong
        if not isinstance(ev, LapCompleted) or ev.vehicle != 0:
            return
        now = self.session.time_s
        laps = self.trial.recorder.laps
        lap = laps[-1] if laps and laps[-1].lap_time_s == ev.lap_time_s and laps[-1] is not self.last_lap \
            else None
        got = medal(ev.lap_time_s, self.author.lap_time_s) if self.author is not None else None
        pb = False
        if lap is not None:
            self.last_lap = lap
            reference, ref_label = self.trial.ghost, self.target_label
            self._telemetry(lap, reference, ref_label, ev.lap)
            if self.best_lap is None or lap.lap_time_s < self.best_lap.lap_time_s:
                self.best_lap = lap
            pb = self.record_s is None or lap.lap_time_s < self.record_s
            if pb:
                self._remember(lap)
        self.laps.append(TrialLap(ev.lap, ev.lap_time_s, lap is not None, pb, got))
        from game.app.render.hud import format_time

        words = [f"LAP {ev.lap}  {format_time(ev.lap_time_s)}"]
        if lap is None:
            words.append("RESET: NOT COUNTED")
        elif pb:
            words.append("PERSONAL BEST")
        if got:
            words.append(got.upper())
        self.banner, self.banner_until = "  ·  ".join(words), now + 3.0

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
        self.telemetry_image = None  # painted on the next draw-sized request
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
            self.telemetry_pinned or self.session.time_s < self.telemetry_until)

    def _rebuild_view(self) -> None:
        from game.app.render import RaceRenderer, RenderOptions
        from game.app.render.trial_hud import TrialHud

        self.view = RaceRenderer(self.app.size, self.loaded.track, self.loaded.render,
                                 list(self.view.specs.values()), 0,
                                 RenderOptions(units=self.app.settings.units))
        self.trial_hud = TrialHud(self.app.size)
        self.view_size = self.app.size
        self.telemetry_image = self._paint_telemetry()

    def end_session(self) -> None:
        """To the results: laps, medal, telemetry of the best lap, and the replay."""
        self.over = True
        self.app.stack.replace(TimeTrialResultsScene(self.app, self))

    # -- reading ------------------------------------------------------------------------------------

    def _hud(self) -> Any:
        race = self.session.race
        now = self.session.time_s
        clock = race.clock(now)
        countdown = None
        if clock < 0:
            countdown = min(3, int(-clock) + 1)
        elif clock < 1.0:
            countdown = 0
        return self.hud_class(
            lap=1, laps=1, position=1, cars=1, lap_time_s=None, race_time_s=None, wrong_way=self.wrong_way,
            countdown=countdown, banner=self.banner, banner_until_s=self.banner_until, time_s=now,
            units=self.app.settings.units, show_race_info=False,
        )

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

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        marker = self.ghost_marker(alpha)
        self.view.draw(surface, self.prev, self.snap, alpha, self.hud, ghosts=(marker,) if marker else ())
        self.trial_hud.draw(surface, self.trial_state())
        if self.telemetry_showing and self.telemetry_image is not None:
            surface.blit(self.telemetry_image, self.telemetry_rect())
        elif self.telemetry is not None:
            theme = self.app.theme
            s = theme.scale(surface)
            y = surface.get_height() - 34 * s
            x = 16 * s + th.keycap(theme, surface, "T", (16 * s, y), 18) + 8 * s
            theme.text(surface, "Telemetry", 20, (x, y), th.INK, anchor="midleft", shadow=True)


class TrialPauseScene(PauseScene):
    """The pause menu with a way to end the session (and see its results)."""

    def __init__(self, app: AppContext, trial: TimeTrialScene, message: str = "") -> None:
        self.trial = trial
        super().__init__(app, trial, message)  # type: ignore[arg-type]  # same restart() shape

    def rows(self) -> list[Row]:
        rows = super().rows()
        rows.insert(1, Row("End session", self._end))
        return rows

    def _end(self) -> None:
        self.app.stack.pop()
        self.trial.end_session()


# -- results -----------------------------------------------------------------------------------------



class TimeTrialResultsScene(MenuScene):
    """The session's laps, the best one's medal and telemetry, and the replay."""

    name = "time-trial-results"
    box = (70, 470, 380, 0)
    row_h = 46
    font_size = 30
    hints = "Up/Down choose    Enter / A select    Esc / B back to set-up"

    def __init__(self, app: AppContext, trial: TimeTrialScene) -> None:
        from game.app.render.hud import format_time
        from game.app.render.telemetry import telemetry

        self.setup = trial.setup
        self.laps = list(trial.laps)
        self.best = trial.best_lap
        self.author = trial.author
        self.record_s = trial.record_s
        self.replay: Replay | None = trial.recorder.replay()
        self.saved: Any = None
        name = app.content.option(trial.setup.track).name
        self.title = "Time Trial"
        self.subtitle = f"{name} · {trial.spec.name}"
        if self.best is not None:
            self.subtitle += f" · best lap {format_time(self.best.lap_time_s)}"
        reference, label = trial.first_reference, trial.first_reference_label
        self.telemetry = (telemetry(self.best, reference, "Best lap", label.title() if label else "")
                          if self.best is not None else None)
        self.plot: pygame.Surface | None = None
        super().__init__(app)

    def enter(self) -> None:
        self.app.audio.music(True)

    def rows(self) -> list[Row]:
        return [
            Row("Drive again", self._again),
            Row("Main menu", self._menu),
            Row("Save replay", self._save, value=lambda: "saved" if self.saved else ""),
            Row("Watch replay", self._watch),
        ]

    def _again(self) -> None:
        scene = start_trial(self.app, self.setup)
        if scene is not None:
            self.app.stack.replace(scene)

    def _menu(self) -> None:
        from game.app.scenes.title import MainMenuScene

        self.app.stack.reset(MainMenuScene(self.app))

    def _save(self) -> None:
        from game.app.scenes.replay_viewer import save_to_library

        if self.replay is not None and self.saved is None:
            self.saved = save_to_library(self.app, self.replay)

    def _watch(self) -> None:
        from game.app.scenes.replay_viewer import watch

        if self.replay is not None:
            self.app.stack.push(watch(self.app, self.replay, "this time trial"))

    def back(self) -> None:
        self.app.sound("ui_back")
        self.app.stack.pop()
        if self.app.stack.empty:
            self._menu()

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.plot is None and self.telemetry is not None:
            self.plot = self._paint(self.app.size)

    def _paint(self, size: tuple[int, int]) -> pygame.Surface | None:
        from game.app.render.telemetry import draw_telemetry

        if self.telemetry is None:
            return None
        s = size[1] / 720.0
        image = pygame.Surface((round(1140 * s), round(300 * s)), pygame.SRCALPHA)
        draw_telemetry(image, image.get_rect(), self.telemetry, self.app.settings.units)
        return image

    def draw_extra(self, surface: pygame.Surface) -> None:
        from game.app.render.hud import format_time
        from game.app.render.trial_hud import MEDAL_COLOURS

        theme = self.app.theme
        s = theme.scale(surface)
        plot = self.plot if self.plot is not None and self.plot.get_height() == round(300 * s) else None
        if plot is None and self.telemetry is not None:
            plot = self._paint(surface.get_size())  # first frame or a new size: paint a private copy
        top = pygame.Rect(round(70 * s), round(150 * s), round(1140 * s), round(300 * s))
        if plot is not None:
            surface.blit(plot, top)
        else:
            theme.panel(surface, top, 200)
            theme.text(surface, "No clean lap this session: nothing to plot.", 28, top.center, th.MUTED,
                       anchor="center")
        box = pygame.Rect(round(470 * s), round(466 * s), round(740 * s), round(196 * s))
        theme.panel(surface, box, 215)
        x, y = box.left + 20 * s, box.top + 14 * s
        theme.text(surface, "LAPS", 20, (x, y), th.MUTED, bold=True)
        shown = self.laps[-6:]
        col_w = 340 * s
        for n, lap in enumerate(shown):
            cx = x + (n // 3) * col_w
            cy = y + 30 * s + (n % 3) * 34 * s
            best = self.best is not None and lap.clean and lap.time_s == self.best.lap_time_s
            colour = th.WARN if best else th.INK if lap.clean else th.FAINT
            theme.text(surface, f"{lap.number}", 24, (cx, cy), th.MUTED)
            theme.text(surface, format_time(lap.time_s), 26, (cx + 36 * s, cy - 2 * s), colour, bold=best)
            tag = "PB" if lap.personal_best else "" if lap.clean else "reset"
            if lap.medal:
                pygame.draw.circle(surface, MEDAL_COLOURS[lap.medal], (cx + 170 * s, cy + 9 * s), 8 * s)
            if tag:
                colour = th.ACCENT if tag == "PB" else th.FAINT
                theme.text(surface, tag, 20, (cx + 188 * s, cy + 1 * s), colour, bold=True)
        if not shown:
            theme.text(surface, "No laps completed.", 24, (x, y + 34 * s), th.MUTED)
        rx = box.right - 20 * s
        got = medal(self.best.lap_time_s, self.author.lap_time_s) if self.best and self.author else None
        if self.author is not None:
            theme.text(surface, f"Author {format_time(self.author.lap_time_s)}", 22, (rx, y), th.MUTED,
                       anchor="topright")
        if got:
            theme.text(surface, got.upper(), 44, (rx, y + 34 * s), MEDAL_COLOURS[got], anchor="topright",
                       bold=True, shadow=True)
        elif self.author is not None and self.best is not None:
            theme.text(surface, "No medal yet", 26, (rx, y + 40 * s), th.MUTED, anchor="topright")
        if self.record_s is not None:
            theme.text(surface, f"Record {format_time(self.record_s)}", 22, (rx, box.bottom - 40 * s),
                       th.WARN, anchor="topright")
        if self.saved:
            theme.text(surface, f"Replay saved to {self.saved}", 18, (70 * s, 662 * s), th.MUTED)
