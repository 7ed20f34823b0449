"""The race: a RaceSession stepped at 120 Hz with the player's Controls, drawn with interpolation.

The scene is the only place where the three sides meet: devices (through
the input mapper) give the player's Controls; the session steps the world,
the rules and the AI rivals; its snapshot and events go to the view and
the audio. When the player has finished, the rest of the field is
fast-forwarded (several steps per update, so the screen stays live) and
the results screen takes over once the race is over.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame

from game.app.heap import settle_after_build
from game.app.race_setup import RaceSetup, build_session, replay_setup
from game.app.scenes.base import Scene
from game.app.scenes.driving import DrivingScene
from game.sim.controls import Controls
from game.sim.race.events import Finished, LapCompleted, RaceOver, WrongWay

if TYPE_CHECKING:
    from game.app.context import AppContext
    from game.app.render import RaceRenderer
    from game.sim.snapshot import WorldSnapshot
    from game.sim.vehicle import VehicleSpec

log = logging.getLogger(__name__)

FINISH_LINGER_S = 3.0
"""After the player's finish, how long the race plays on at normal speed."""
FAST_FORWARD_STEPS = 12
"""Extra world steps per update while the rest of the field finishes."""
AUDIO_EVERY = 4
"""Audio follows the race at 30 Hz: plenty for volumes and pitch."""


def _make_view(app: AppContext, loaded: Any, session: Any, player: int, night: bool) -> RaceRenderer:
    """The race renderer for this session (the quick-race set-up may force night)."""
    from game.app.render import RaceRenderer, RenderOptions

    track = loaded.track
    if night and not track.night:
        track = dataclasses.replace(track, night=True)
    return RaceRenderer(app.size, track, loaded.render, [e.spec for e in session.entrants], player,
                        RenderOptions(units=app.settings.units))


class RaceScene(DrivingScene):
    name = "race"

    def __init__(self, app: AppContext, setup: RaceSetup,
                 driver: Callable[[WorldSnapshot], Controls] | None = None) -> None:
        """``driver`` replaces the devices as the source of the player's Controls (tests, demos)."""
        super().__init__(app)
        self.setup = setup
        self.driver = driver
        self.session, self.loaded, self.player = build_session(setup, app.content)
        from game.content.replays import Recorder

        self.recorder = Recorder(replay_setup(setup, self.session), self.loaded.track, self.session)
        """Every step goes through it, so the results screen can offer the race as a replay."""
        self.view = _make_view(app, self.loaded, self.session, self.player, setup.night)
        self.view_size = app.size
        from game.app.render import HudState  # the renderer loads with the first race, not the menu

        self.hud_class = HudState
        self.snap = self.session.snapshot()
        self.prev = self.snap
        self.events: list[object] = []
        """This update's events, for the view (each event reaches it exactly once)."""
        self.audio_events: list[object] = []
        self.updates = 0
        """Events since the audio last listened (it follows at 30 Hz)."""
        self.banner = ""
        self.banner_until = 0.0
        self.wrong_way = False
        self.finished_at: float | None = None
        self.over = False
        self.hud = self._hud()
        settle_after_build()

    # -- lifecycle ---------------------------------------------------------------------------

    def engine_specs(self) -> tuple[list[VehicleSpec], int]:
        return [e.spec for e in self.session.entrants], self.player

    def pause_menu(self, message: str) -> Scene:
        from game.app.scenes.pause import PauseScene

        return PauseScene(self.app, self, message)

    @property
    def pausable(self) -> bool:
        return not self.over

    def restart(self) -> None:
        self.app.stack.replace(RaceScene(self.app, self.setup, self.driver))

    # -- input -----------------------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        inp = self.app.input
        if inp.pressed(event, "pause") or (event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE):
            self.open_pause()
        elif inp.pressed(event, "respawn") and self.finished_at is None:
            self.recorder.request_respawn(self.player)
        elif self.finished_at is not None and inp.menu_action(event) == "accept":
            self._finish_now()

    # -- stepping ----------------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        if self.over:
            return
        session = self.session
        steps = 1
        if self.finished_at is not None and session.time_s - self.finished_at > FINISH_LINGER_S:
            steps += FAST_FORWARD_STEPS
        for _ in range(steps):
            self._step()
            if session.over:
                break
        if session.over:
            self._to_results()
            return
        self.hud = self._hud()
        if self.app.size != self.view_size:  # the window changed: the renderer is built per size
            self.view = _make_view(self.app, self.loaded, self.session, self.player, self.setup.night)
            self.view_size = self.app.size
        self.view.update(dt, self.snap, self.events, self.hud)
        self.audio_events.extend(self.events)
        self.events = []
        self.updates += 1
        if self.updates % AUDIO_EVERY == 0:
            self.app.audio.race_update(self.snap, self.audio_events)
            self.audio_events = []

    def _step(self) -> None:
        session = self.session
        if self.setup.autopilot or self.finished_at is not None:
            controls = None
        elif self.driver is not None:
            controls = {self.player: self.driver(self.snap)}
        else:
            spec = self.session.world.fleet.specs[self.player]
            controls = {self.player: self.app.input.driving(spec, self.snap.vehicles[self.player])}
        self.recorder.step(controls)
        self.prev, self.snap = self.snap, session.snapshot()
        for ev in session.drain_events():
            self._event(ev)
            self.events.append(ev)

    def _event(self, ev: object) -> None:
        now = self.session.time_s
        if isinstance(ev, LapCompleted) and ev.vehicle == self.player:
            laps = self.session.config.laps
            if ev.lap < laps:
                text = f"LAP {ev.lap + 1}/{laps}" if ev.lap + 1 < laps else "FINAL LAP"
                self.banner, self.banner_until = text + ("  ·  BEST LAP" if ev.best else ""), now + 2.0
        elif isinstance(ev, Finished) and ev.vehicle == self.player:
            self.finished_at = now
            self.banner, self.banner_until = f"FINISHED  P{ev.position}", now + 60.0
        elif isinstance(ev, WrongWay) and ev.vehicle == self.player:
            self.wrong_way = ev.wrong
        elif isinstance(ev, RaceOver):
            pass

    def _finish_now(self) -> None:
        """Skip the wait for the rest of the field: finish the race in one go (still recorded)."""
        session = self.session
        while not session.over and session.world.step_count < session.last_step:
            self.recorder.step(None)
        session.drain_events()
        self._to_results()

    def _to_results(self) -> None:
        from game.app.scenes.results import ResultsScene

        self.over = True
        self.app.stack.replace(ResultsScene(self.app, self.setup, self.session.results(), self.player,
                                            self.recorder.replay()))

    def _hud(self) -> Any:
        session = self.session
        race = session.race
        now = session.time_s
        clock = race.clock(now)
        order = race.order()
        card = race.cards[self.player]
        laps = session.config.laps
        countdown = None
        if clock < 0:
            countdown = min(3, int(-clock) + 1)
        elif clock < 1.0:
            countdown = 0
        lap_time = max(0.0, clock - card.lap_start) if clock >= 0 and not card.finished else None
        return self.hud_class(
            lap=min(laps, card.laps + 1), laps=laps,
            position=order.index(self.player) + 1 if self.player in order else 1,
            cars=len(race.cards),
            lap_time_s=lap_time,
            best_lap_s=min(card.lap_times) if card.lap_times else None,
            race_time_s=max(0.0, clock),
            wrong_way=self.wrong_way,
            countdown=countdown,
            banner=self.banner, banner_until_s=self.banner_until, time_s=now,
            units=self.app.settings.units,
            finished=card.finished,
        )

    # -- drawing ------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        self.view.draw(surface, self.prev, self.snap, alpha, self.hud)
        if hasattr(self.view, "draw_hud"):
            self.view.draw_hud(surface, self.snap, self.hud)
        if self.finished_at is not None:
            theme = self.app.theme
            w, h = surface.get_size()
            theme.text(surface, "Waiting for the others…  Enter / A: results now", 26,
                       (w / 2, h - 40 * theme.scale(surface)), (255, 255, 255), anchor="center", shadow=True)
