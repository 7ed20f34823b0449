"""The quick race: a RaceSession under the driving scene, with the race's own rules on top.

The driving scene steps, draws, hears and pauses the race; this module adds
what only a race has: lap and finish banners, and the end. When the player
has finished, the rest of the field is fast-forwarded (several steps per
update, so the screen stays live; Enter skips the wait altogether) and the
results screen takes over once the race is over, with the race as recorded
on the way, to save or watch.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

import pygame

from game.app.scenes.base import Driver
from game.app.scenes.driving import DrivingScene
from game.sim.race.events import Finished, LapCompleted

if TYPE_CHECKING:
    from game.app.scenes.base import App
    from game.content.sessions import Built
    from game.content.setup import RaceSetup

FINISH_LINGER_S = 3.0
"""After the player's finish, how long the race plays on at normal speed."""
FAST_FORWARD_STEPS = 12
"""Extra world steps per update while the rest of the field finishes."""


class RaceScene(DrivingScene):
    name = "race"

    def __init__(
        self, app: App, setup: RaceSetup, driver: Driver | None = None, built: Built | None = None
    ) -> None:
        """``driver`` replaces the devices as the source of the player's Controls (tests, demos);
        ``built`` is the session already built from ``setup`` (the loading screen builds it on a
        worker thread), else it is built here."""
        from game.content.replays import Recorder
        from game.content.sessions import build
        from game.sim.session import RaceSession

        self.setup = setup
        if built is None:
            built = build(setup, app.content, fit=True)
        assert isinstance(built.play, RaceSession)
        self.session, self.loaded = built.play, built.loaded
        self.finished_at: float | None = None
        recorder = Recorder(built.setup, built.track, self.session)  # the seed drawn, the rivals placed
        super().__init__(app, self.session, built.player, recorder, driver)

    @property
    def player(self) -> int:
        """The player's vehicle (at the back of the grid)."""
        return self.seat

    def make_view(self) -> Any:
        """The race renderer for this session (the quick-race set-up may force night)."""
        from game.app.render import RaceRenderer, RenderOptions

        track = self.loaded.track
        if self.setup.night and not track.night:
            track = dataclasses.replace(track, night=True)
        return RaceRenderer(
            self.app.size,
            track,
            self.loaded.render,
            [e.spec for e in self.session.entrants],
            self.seat,
            RenderOptions.of(self.app.settings),
        )

    # -- the race's rules ------------------------------------------------------------------------

    def restart(self) -> None:
        self.app.stack.replace(RaceScene(self.app, self.setup, self.driver))

    def hands_on(self) -> bool:
        return not self.setup.player_ai and self.finished_at is None

    def can_respawn(self) -> bool:
        return self.finished_at is None

    def on_input(self, event: pygame.event.Event) -> None:
        if self.finished_at is not None and self.app.input.menu_action(event) == "accept":
            self._finish_now()
        elif self._enter(event) and self.session.can_skip:
            # Enter only: A is the throttle on a pad (a pad skips from the pause menu)
            self.skip_to_finish()

    @staticmethod
    def _enter(event: pygame.event.Event) -> bool:
        return event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)

    def steps_per_update(self) -> int:
        lingered = self.finished_at is not None and self.session.time_s - self.finished_at > FINISH_LINGER_S
        return 1 + FAST_FORWARD_STEPS if lingered else 1

    def on_event(self, ev: object) -> None:
        if isinstance(ev, LapCompleted) and ev.vehicle == self.seat:
            laps = self.session.config.laps
            if ev.lap < laps:
                text = f"LAP {ev.lap + 1}/{laps}" if ev.lap + 1 < laps else "FINAL LAP"
                self.show_banner(text + ("  ·  BEST LAP" if ev.best else ""), 2.0)
        elif isinstance(ev, Finished) and ev.vehicle == self.seat:
            self.finished_at = self.session.time_s
            self.show_banner(f"FINISHED  P{ev.position}", 60.0)

    def settle(self) -> bool:
        if self.session.over:
            self._to_results()
        return self.done

    def _finish_now(self) -> None:
        """Skip the wait for the rest of the field: finish the race in one go (still recorded)."""
        session = self.session
        assert self.recorder is not None
        while not session.over and session.world.step_count < session.last_step:
            self.recorder.step(None)
        session.drain_events()
        self._to_results()

    def _to_results(self) -> None:
        assert self.recorder is not None
        self.done = True
        self.app.flow.results(self.setup, self.session.results(), self.seat, self.recorder.replay())

    # -- drawing ------------------------------------------------------------------------------------

    def draw_overlay(self, surface: pygame.Surface, alpha: float) -> None:
        line = ""
        if self.finished_at is not None:
            line = "Waiting for the others…  Enter / A: results now"
        elif self.session.can_skip:
            line = "Everyone else is home.  Race on, or Enter / pause menu: skip to the finish"
        if line:
            # on a panel, above the nitro and damage gauges (across them it hid DAMAGE)
            theme = self.app.theme
            w, h = surface.get_size()
            k = theme.scale(surface)
            font = theme.font(surface, 24)
            tw, th_ = font.size(line)
            box = pygame.Rect(0, 0, tw + round(36 * k), th_ + round(16 * k))
            box.midbottom = (w // 2, round(h - 112 * k))
            theme.panel(surface, box, 200)
            theme.text(surface, line, 24, box.center, (255, 255, 255), anchor="center")
