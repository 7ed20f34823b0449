"""A mission in play: a MissionRunner under the driving scene, with the mission's own overlays.

The runner owns the rules and the driving scene steps, draws, hears and
pauses it; this scene turns the runner's events into what the player sees
(a banner for story beats, a line of dialogue with the speaker's portrait,
the objective panel, an arrow to the target, screen shake for a crash)
and, once the runner is over, records and saves the attempt at once (so
quitting during the closing seconds loses nothing) and then opens the
debrief or the failure screen.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame

from game.app.campaign import Campaign, Result, clock
from game.app.scenes.base import PauseRow, Pilot
from game.app.scenes.driving import DrivingScene, hud_state
from game.app.ui import theme as th
from game.app.ui.mission_overlay import TARGET, Line, draw_dialogue, draw_target
from game.app.ui.story import paragraph, speaker_name
from game.sim.controls import Controls
from game.sim.mission import events as ev

if TYPE_CHECKING:
    from game.app.scenes.base import App
    from game.content.missions import MissionEntry
    from game.content.sessions import Built

log = logging.getLogger(__name__)

__all__ = ["MissionScene", "Pilot"]

OVER_LINGER_S = 2.5
"""After the runner is over, how long the car rolls to a stop before the debrief."""


class MissionScene(DrivingScene):
    name = "mission"

    def __init__(
        self,
        app: App,
        campaign: Campaign,
        entry: MissionEntry,
        pilot: Pilot | None = None,
        seed: int = 0,
        built: Built | None = None,
    ) -> None:
        """``built``: the session from :meth:`session_for` already (the loading screen builds it on
        a worker thread), else it is built here."""
        self.campaign = campaign
        self.entry = entry
        self.pilot = pilot
        self.seed = seed
        assert entry.mission is not None
        self.mission = entry.mission
        from game.content.replays import Recorder
        from game.sim.mission.play import MissionPlay

        if built is None:
            built = self.session_for(campaign, entry, seed)
        assert isinstance(built.play, MissionPlay)
        self.runner, self.render = built.play.runner, built.loaded.render
        recorder = Recorder(built.setup, built.track, built.play)
        self.tutorial = self.mission.chapter == 1 and campaign.first_of_chapter(entry)
        if pilot is None and app.autopilot:
            from game.sim.mission.autopilot import Autopilot

            self.drive: Callable[[], Controls] | None = Autopilot(self.runner, seed).controls
        else:
            self.drive = pilot(self.runner) if pilot is not None else None
        self.units = "mph" if self.mission.chapter == 2 else None
        self.line: Line | None = None
        self.over_at: float | None = None
        self.result: Result | None = None
        drive = self.drive
        driver = (lambda snap: drive()) if drive is not None else None
        super().__init__(app, built.play, 0, recorder, driver)

    @staticmethod
    def session_for(campaign: Campaign, entry: MissionEntry, seed: int = 0) -> Built:
        """The mission's session, built by the campaign (no pygame: it may run on a worker thread)."""
        assert entry.mission is not None
        # a custom mission is recorded by its file's name in the mods folder, never by a path
        ref = entry.id if entry.source == "campaign" else entry.file.stem
        return campaign.runner(entry.mission, ref, seed)

    def make_view(self) -> Any:
        from game.app.render import RaceRenderer, RenderOptions

        rt = self.runner
        player = self.play.specs[0]
        specs = [player] + [s for sid, s in self.campaign.vehicles.items() if sid != player.id]
        return RaceRenderer(
            self.app.size, rt.track, self.render, specs, 0, RenderOptions.of(self.app.settings)
        )

    # -- the pause menu -----------------------------------------------------------------------

    def pause_rows(self) -> list[PauseRow]:
        return [
            PauseRow("Resume", lambda: None),
            PauseRow("Retry", self.retry),
            PauseRow("Settings", self.app.flow.settings, closes=False),
            PauseRow("Quit to campaign", self.confirm_quit, closes=False),
        ]

    def confirm_quit(self) -> None:
        """Leaving mid-mission gives it up: ask first."""
        self.app.flow.confirm(
            "Give up this mission?",
            "It counts as not played: no failure is written, nothing is won.",
            "Quit to campaign",
            lambda: self.app.flow.back_to_campaign(self.campaign),
        )

    def pause_menu(self, message: str) -> None:
        self.app.flow.pause(
            self.pause_rows(), message, subtitle=self.mission.title, name="mission-pause", wide=True
        )

    def retry(self) -> None:
        self.app.stack.replace(MissionScene(self.app, self.campaign, self.entry, self.pilot, self.seed))

    def restart(self) -> None:
        self.retry()

    # -- the mission's rules ------------------------------------------------------------------

    def hands_on(self) -> bool:
        return not self.runner.over

    def can_respawn(self) -> bool:
        return False  # a mission has no reset key

    def on_input(self, event: pygame.event.Event) -> None:
        if self.over_at is not None and self.app.input.menu_action(event) == "accept":
            self._leave()

    def settle(self) -> bool:
        """Record the attempt the moment the runner is over; the debrief after the closing seconds."""
        rt = self.runner
        if rt.over and self.result is None:
            self.over_at = rt.time_s
            self._record()
        if self.over_at is not None and rt.time_s - self.over_at >= OVER_LINGER_S:
            self._leave()
            return True
        return False

    def on_event(self, e: object) -> None:
        now = self.runner.time_s
        if isinstance(e, ev.Message):
            self.line = Line(e.speaker, e.text, False, now + max(2.0, e.duration_s))
            if e.speaker:
                self._banner(speaker_name(e.speaker).upper(), min(2.5, e.duration_s))
        elif isinstance(e, ev.PhoneCall):
            self.line = Line(e.caller, e.text, True, now + max(2.0, e.duration_s))
            self._banner(f"INCOMING CALL  ·  {e.caller}", min(3.0, e.duration_s))
            self.app.sound("phone")
        elif isinstance(e, ev.ObjectiveDone):
            self._banner("OBJECTIVE COMPLETE", 2.0)
        elif isinstance(e, ev.ZoneVisited):
            self._banner(f"STOP {e.done} OF {e.total}", 1.8)
        elif isinstance(e, ev.DriftScored):
            self._banner(f"DRIFT  +{e.points:,.0f}" + (f"  x{e.combo}" if e.combo > 1 else ""), 1.6)
        elif isinstance(e, ev.MoneyEarned) and e.amount:
            self._banner(f"{'+' if e.amount > 0 else '-'}€{abs(e.amount):,}  {e.reason}", 2.0)
        elif isinstance(e, ev.VehicleCrashed):
            p = self.runner.pos(0)
            near = math.hypot(e.x - p.real, e.y - p.imag)
            self.view.camera.add_trauma(max(0.25, min(0.9, 1.2 - near / 80.0)))
            self._banner("CRASH!" if not e.fire else "CRASH!  IT'S ON FIRE", 2.2)
        elif isinstance(e, ev.MissionOver):
            self._banner("MISSION COMPLETE" if e.won else "MISSION FAILED", OVER_LINGER_S + 1.0)

    def _banner(self, text: str, seconds: float) -> None:
        self.show_banner(text, seconds)

    def _record(self) -> None:
        """Save the attempt the moment it ends: a quit during the closing seconds must not lose it."""
        outcome = self.runner.outcome
        assert outcome is not None
        try:
            self.result = self.campaign.record(self.entry, outcome)
        except Exception as exc:  # the player still gets their debrief
            log.exception("recording the mission failed")
            p = self.campaign.progress
            self.result = Result(
                self.entry,
                outcome,
                (),
                p.debt,
                p.debt,
                p.money,
                p.money,
                tuple(p.cars),
                f"Progress could NOT be saved ({exc}).",
                False,
            )
        if self.result.saved:
            self.app.toast(self.result.saved, 3.0)
        self._keep_replay()

    def _keep_replay(self) -> None:
        """Every attempt is kept as the mission's latest replay (``replays/mission-<id>.ftr``)."""
        from game.app.player_files import data_folder
        from game.content.errors import ContentError
        from game.content.replays import save_replay

        path = data_folder(self.app) / "replays" / f"mission-{self.mission.id}.ftr"
        assert self.recorder is not None
        try:
            save_replay(self.recorder.replay(), path)
        except ContentError as exc:
            log.warning("%s", exc)

    def _leave(self) -> None:
        if self.done or self.result is None:
            return
        self.done = True
        self.app.flow.mission_over(self.campaign, self.result)

    def _hud(self) -> Any:
        """The play's HUD model (race panels and lights only while a race objective is open),
        with the arrow's marker on the target zone."""
        from game.app.render import MapMarker

        h = self.runner.hud()
        markers: tuple[MapMarker, ...] = ()
        if h.target_point is not None:
            markers = (MapMarker(h.target_point[0], h.target_point[1], TARGET, h.target_zone),)
        return hud_state(
            self.play.hud(self.seat),
            self.units,
            banner=self.banner,
            banner_until=self.banner_until,
            markers=markers,
        )

    # -- drawing ---------------------------------------------------------------------------------

    def hud_state(self) -> Any:
        return self._hud()

    def draw_overlay(self, surface: pygame.Surface, alpha: float) -> None:
        self._target(surface, alpha)
        self._objective(surface)
        self._dialogue(surface)
        if self.over_at is not None:
            theme = self.app.theme
            w, h = surface.get_size()
            theme.text(
                surface,
                "Enter / A: continue",
                24,
                (w / 2, h - 150 * theme.scale(surface)),
                (255, 255, 255),
                anchor="center",
                shadow=True,
            )

    def _target(self, surface: pygame.Surface, alpha: float) -> None:
        """A ring on the target zone when it is on screen, else an arrow round the car pointing to it."""
        h = self.runner.hud()
        if h.target_point is None or self.over_at is not None:
            return
        draw_target(
            surface,
            self.app.theme,
            self.view,
            (self.prev, self.snap),
            alpha,
            h.target_point,
            h.target_size_m,
            self.runner.time_s,
            self.covered(surface),
        )

    def objective_box(self, surface: pygame.Surface) -> pygame.Rect:
        """The objective panel: top left, below the race panels in a race; narrow enough that the
        camera's look-ahead never puts the player's car under it."""
        s = self.app.theme.scale(surface)
        top = 212 if self.hud.show_race_info else 16
        return pygame.Rect(round(16 * s), round(top * s), round(380 * s), round(112 * s))

    def covered(self, surface: pygame.Surface) -> list[pygame.Rect]:
        """The screen's boxes a target ring would hide under."""
        from game.app.ui.mission_overlay import dialogue_box

        hud = self.view.hud
        boxes: list[pygame.Rect] = hud.layout.panels(self.hud.show_race_info, hud.minimap is not None)
        if self.runner.hud().objective:
            boxes.append(self.objective_box(surface))
        line = self.line
        if line is not None and self.runner.time_s < line.until_s:
            boxes.append(dialogue_box(surface, self.app.theme))
        return boxes

    def _objective(self, surface: pygame.Surface) -> None:
        """Objective text, time left and progress: top left (in a race, below the race panels
        and the message banner, which share the top of the screen)."""
        theme = self.app.theme
        s = theme.scale(surface)
        h = self.runner.hud()
        if not h.objective:
            return
        box = self.objective_box(surface)
        panel = pygame.Surface(box.size, pygame.SRCALPHA)
        pygame.draw.rect(panel, (10, 14, 28, 178), panel.get_rect(), border_radius=round(12 * s))
        pygame.draw.rect(panel, (255, 255, 255, 40), panel.get_rect(), 1, border_radius=round(12 * s))
        surface.blit(panel, box)
        theme.note_panel(box, "objective")
        pygame.draw.rect(surface, TARGET, (box.left, box.top + 12 * s, round(5 * s), box.height - 24 * s))
        x, y = box.left + 18 * s, box.top + 10 * s
        theme.text(surface, "OBJECTIVE", 18, (x, y), (168, 178, 200), bold=True)
        if h.time_left_s is not None:
            urgent = h.time_left_s < 10 and (self.runner.time_s * 2) % 1.0 < 0.6
            theme.text(
                surface,
                clock(h.time_left_s)[:-1],
                34,
                (box.right - 16 * s, y - 2 * s),
                th.BAD if urgent else (246, 246, 250),
                anchor="topright",
                bold=True,
                shadow=True,
            )
        y = paragraph(
            surface,
            theme,
            h.objective,
            22,
            (x, y + 24 * s),
            box.width - 36 * s - (110 * s if h.time_left_s is not None else 0),
            (246, 246, 250),
            max_lines=2,
            line_gap=1.0,
        )
        if h.detail:  # the tracker's own line: stops, heat, distance, score ...
            theme.text(surface, h.detail, 21, (x, box.bottom - 28 * s), th.ACCENT_2, bold=True)

    def _dialogue(self, surface: pygame.Surface) -> None:
        line = self.line
        if line is None or self.runner.time_s >= line.until_s:
            return
        draw_dialogue(surface, self.app.theme, line, self.campaign.portraits, self.tutorial)
