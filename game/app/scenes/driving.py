"""One driving scene for every mode: a :class:`~game.sim.play.Play` stepped, drawn, heard and paused.

A race, a time trial, a mission and a replay being watched differ in their
rules and overlays, not in how they run, so the running is written once,
here, against the play seam alone. Each fixed update the scene moves its
play one step — with the seated player's controls from the devices, a
scripted driver, or none where the AI drives; through the replay recorder
where the mode records — keeps the last two snapshots for interpolation,
hands every event once to the view and, batched every ``AUDIO_EVERY``
updates, to the audio, and builds the HUD from the play's typed model (one
countdown formula for every mode). A pause — the key, a lost window focus,
an unplugged pad — opens the one pause menu with the mode's rows and lets
go of every held key, so no throttle is stuck down when the game resumes; a
window resize rebuilds the view, which is made per size.

A mode scene keeps only its own rules, through small hooks: ``on_event``
(banners, laps, records), ``settle`` (the hand-off once it is done),
``draw_overlay`` (what it draws over the race view), ``pause_rows``, and
``hands_on`` / ``can_respawn`` (who drives now).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.app.heap import settle_after_build
from game.app.input import Notice, PadDisconnected
from game.app.scenes.base import App, Driver, PauseRow, Scene
from game.content.bounded import short
from game.sim.play import Play, PlayHud, Skippable
from game.sim.race.events import WrongWay

if TYPE_CHECKING:
    from game.app.render import HudState, MapMarker
    from game.content.replays import Recorder
    from game.sim.controls import Controls

AUDIO_EVERY = 4
"""Audio follows the drive at 30 Hz (every fourth update): plenty for volumes and pitch."""


def hud_state(
    hud: PlayHud,
    units: Any,
    *,
    banner: str = "",
    banner_until: float = 0.0,
    wrong_way: bool = False,
    race_info: bool = True,
    markers: tuple[MapMarker, ...] = (),
) -> HudState:
    """The renderer's HUD state from the play's typed model and the scene's own messages.

    ``race_info`` False (a time trial, a free drive) hides position, laps and
    timers even where the play keeps a standing.
    """
    from game.app.render import HudState  # the renderer loads with the first drive, not the menu

    common: dict[str, Any] = dict(
        wrong_way=wrong_way,
        countdown=hud.countdown,
        banner=banner,
        banner_until_s=banner_until,
        time_s=hud.time_s,
        units=units,
        markers=markers,
    )
    st = hud.standing
    if st is None or not race_info:
        return HudState(show_race_info=False, **common)
    return HudState(
        lap=st.lap,
        laps=st.laps,
        position=st.position,
        cars=st.cars,
        lap_time_s=st.lap_time_s,
        best_lap_s=st.best_lap_s,
        race_time_s=st.race_time_s,
        finished=st.finished,
        **common,
    )


def _nothing() -> None:
    """Resume: closing the pause menu is all there is to do."""


class DrivingScene(Scene):
    """A scene in which ``play`` runs under the player's hands (or watched, for a replay)."""

    heard = True
    """Engines sound and map problems are reported (False: the replay viewer, which is silent)."""
    race_info = True
    """The HUD shows position, laps and timers (False: a time trial draws its own)."""

    def __init__(
        self, app: App, play: Play, seat: int, recorder: Recorder | None = None, driver: Driver | None = None
    ) -> None:
        """``seat`` is the vehicle whose view, HUD and controls these are; ``recorder`` (the mode
        records) takes every step and reset, so the drive can be offered as a replay."""
        super().__init__(app)
        self.seat = seat
        self.recorder = recorder
        self.driver = driver
        self.banner = ""
        self.banner_until = 0.0
        self.wrong_way = False
        self.done = False
        """The mode has handed off (results, debrief): nothing more to step."""
        self.attach(play)
        settle_after_build()

    def attach(self, play: Play) -> None:
        """Start driving ``play`` from its current state (a replay restarted rebuilds it)."""
        self.play = play
        self.view: Any = self.make_view()
        self.view_size = self.app.size
        self.snap = play.snapshot()
        self.prev = self.snap
        self.events: list[object] = []
        """This update's events, for the view (each event reaches it exactly once)."""
        self.audio_events: list[object] = []
        """Events since the audio last listened (it follows every ``AUDIO_EVERY`` updates)."""
        self.updates = 0
        self.hud = self.hud_state()

    # -- what a mode says ----------------------------------------------------------------------

    def make_view(self) -> Any:
        """This mode's race renderer at the window's current size."""
        raise NotImplementedError

    def resized(self) -> None:
        """The view was rebuilt for a new window size (a mode's own pictures follow)."""

    def hands_on(self) -> bool:
        """Whether the seated player drives now (False: the AI, or nobody, once it is over)."""
        return True

    def can_respawn(self) -> bool:
        return True

    def steps_per_update(self) -> int:
        return 1

    def on_event(self, event: object) -> None:
        """One event of the play, as it comes (banners, laps, records)."""

    def settle(self) -> bool:
        """After the update's steps: hand off once the mode is done; True if the scene left."""
        return False

    def on_input(self, event: pygame.event.Event) -> None:
        """An input event the driving keys (pause, reset) did not take."""

    def restart(self) -> None:
        """Start the same drive again (the pause menu's Restart)."""

    def pause_rows(self) -> list[PauseRow]:
        """Resume, restart, settings, quit: what a mode adds to (or renames in) its pause menu."""
        flow = self.app.flow
        rows = [
            PauseRow("Resume", _nothing),
            PauseRow("Restart", self.restart),
            PauseRow("Settings", flow.settings, closes=False),
            PauseRow("Quit to menu", self.confirm_quit, closes=False),
        ]
        if isinstance(self.play, Skippable) and self.play.can_skip:
            rows.insert(1, PauseRow("Skip to the finish", self.skip_to_finish))
        return rows

    def confirm_quit(self) -> None:
        """Quitting throws the drive away: ask first (Stay is the default)."""
        self.app.flow.confirm(
            "Quit to the menu?", "This race will not count and is not kept.", "Quit", self.app.flow.main_menu
        )

    def skip_to_finish(self) -> None:
        """Everyone else is home: end the race at the time the player's pace projects."""
        target = self.recorder if self.recorder is not None else self.play
        if isinstance(target, Skippable) and target.can_skip:
            target.skip_to_finish()

    def pause_menu(self, message: str) -> None:
        self.app.flow.pause(self.pause_rows(), message)

    @property
    def pausable(self) -> bool:
        """False once the drive is over and only its closing seconds play."""
        return not self.done

    def hud_state(self) -> HudState:
        return hud_state(
            self.play.hud(self.seat),
            self.app.settings.units,
            banner=self.banner,
            banner_until=self.banner_until,
            wrong_way=self.wrong_way,
            race_info=self.race_info,
        )

    def draw_view(self, surface: pygame.Surface, alpha: float) -> None:
        self.view.draw(surface, self.prev, self.snap, alpha, self.hud)

    def draw_overlay(self, surface: pygame.Surface, alpha: float) -> None:
        """The mode's own panels over the race view (objectives, ghost, transport)."""

    # -- lifecycle -------------------------------------------------------------------------------

    def enter(self) -> None:
        if not self.heard:
            return
        self.app.audio.music(True, race=True)  # at the race-music volume (off when that is 0)
        self.app.audio.race_start(list(self.play.specs), self.seat)
        problems = getattr(self.view, "map_problems", None)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            self.app.toast(f"Some track pictures could not be drawn: {short(problems[0], 120)}{more}", 8.0)

    def exit(self) -> None:
        if self.heard:
            self.app.audio.race_stop()

    def pause(self) -> None:
        if self.heard:
            self.app.audio.race_update(self.snap, [], paused=True)

    def resume(self) -> None:
        # what the player holds as the race goes on drives at once (it was dropped until pressed again)
        self.app.input.resync()

    def open_pause(self, message: str = "") -> None:
        if self.app.stack.top is self and self.pausable:
            self.pause_menu(message)

    def notice(self, notice: Notice) -> None:
        if isinstance(notice, PadDisconnected) and (notice.was_driving or not self.app.input.pads):
            self.open_pause(
                f"Controller disconnected ({notice.name}). Reconnect it, or carry on with the keyboard."
            )

    def focus_lost(self) -> None:
        self.open_pause()

    # -- input -----------------------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        inp = self.app.input
        if inp.pressed(event, "pause") or (event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE):
            self.open_pause()
        elif inp.pressed(event, "respawn") and self.can_respawn():
            (self.recorder or self.play).request_respawn(self.seat)
        else:
            self.on_input(event)

    # -- stepping --------------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        if self.done:
            return
        for _ in range(self.steps_per_update()):
            self.step_once()
            if self.play.over:
                break
        if self.settle():
            return
        self.refresh(dt)

    def controls(self) -> dict[int, Controls] | None:
        """The seated player's controls for the next step (None: nobody at the wheel)."""
        if not self.hands_on():
            return None
        if self.driver is not None:
            return {self.seat: self.driver(self.snap)}
        spec = self.play.specs[self.seat]
        return {self.seat: self.app.input.driving(spec, self.snap.vehicles[self.seat])}

    def advance(self) -> None:
        """Move the play one step (the replay viewer feeds its tape instead)."""
        (self.recorder or self.play).step(self.controls())

    def step_once(self) -> None:
        self.advance()
        self.prev, self.snap = self.snap, self.play.snapshot()
        for ev in self.play.drain_events():
            if isinstance(ev, WrongWay) and ev.vehicle == self.seat:
                self.wrong_way = ev.wrong
            self.on_event(ev)
            self.events.append(ev)

    def simulate(self, steps: int) -> None:
        """Run ``steps`` steps without drawing or sound (fast-forward for screenshots)."""
        for _ in range(steps):
            self.step_once()
        self.events = []
        self.hud = self.hud_state()

    def fit_view(self) -> None:
        if self.app.size != self.view_size:  # the window changed: the renderer is built per size
            self.view = self.make_view()
            self.view_size = self.app.size
            self.resized()

    def refresh(self, dt: float) -> None:
        """After the steps of an update: the HUD, the view and (now and then) the audio catch up."""
        self.hud = self.hud_state()
        self.fit_view()
        self.view.update(dt, self.snap, self.events, self.hud)
        if self.heard:
            self.audio_events.extend(self.events)
            self.updates += 1
            if self.updates % AUDIO_EVERY == 0:
                self.app.audio.race_update(self.snap, self.audio_events)
                self.audio_events = []
        self.events = []

    def show_banner(self, text: str, seconds: float) -> None:
        self.banner, self.banner_until = text, self.play.time_s + seconds

    # -- drawing -----------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        self.draw_view(surface, alpha)
        self.draw_overlay(surface, alpha)
