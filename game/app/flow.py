"""Where the game goes next: every move from one screen to another, in one place.

Scenes ask the flow (``app.flow``) to move on — to the results, the main
menu, a mission, a replay — instead of importing each other. A scene module
then depends only on the scene bases (``base``, ``menu_scene``,
``driving``), the UI helpers and the layers below the app, so a mode can be
changed or added without touching the screens around it: the wiring is
here. Scene modules are imported inside the methods, on first use, which
also keeps the title screen from loading the renderer or the campaign.

Each move names how the stack changes (``how``): ``push`` a screen over the
current one (Back returns), ``replace`` the top one (a race by its
results), or ``reset`` to it alone (quit to the main menu). Scenes see the
flow through the :class:`~game.app.scenes.base.Navigator` protocol, so no
scene module imports this one (or the app context that owns it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

from game.app.scenes.base import How, Scene

if TYPE_CHECKING:
    from pathlib import Path

    from game.app.campaign import Campaign, Result
    from game.app.scenes.base import App, PauseRow, Pilot
    from game.app.scenes.loading import Stage
    from game.app.trial_setup import TrialSummary
    from game.content.ghosts import Records
    from game.content.missions import MissionEntry
    from game.content.replays import Replay
    from game.content.setup import RaceSetup
    from game.sim.race import RaceResult

log = logging.getLogger(__name__)


def _run_stages(stages: Sequence[Stage]) -> Scene:
    """A load's stages one after the other on this thread; the last one's scene."""
    result: object = None
    for stage in stages:
        result = stage.run()
    if not isinstance(result, Scene):
        raise TypeError(f"the last loading stage gave {type(result).__name__}, not a scene")
    return result


class Flow:
    """The app's navigation (a :class:`~game.app.scenes.base.Navigator`): one method per
    destination, each building its scene on the way."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.loading_screens = False
        """Drives start under the loading screen (the game sets this); False builds them at once,
        inside the call that starts them (tests, screenshots, tools that step the scene next)."""

    def go(self, scene: Scene, how: How = "push") -> Scene:
        """Put ``scene`` on the stack the way ``how`` says; returns it (for the caller to look at)."""
        stack = self.app.stack
        if how == "push":
            stack.push(scene)
        elif how == "replace":
            stack.replace(scene)
        else:
            stack.reset(scene)
        return scene

    def _attempt(
        self, what: str, title: str, stages: Sequence[Stage], how: How, guard: bool = True
    ) -> Scene | None:
        """Build a drive in ``stages`` and go there; a set-up that cannot start is a toast, not a crash.

        With :attr:`loading_screens` the stages run under a loading screen
        pushed over the current top (which stays until the drive is built, so a
        failure or Esc leaves the stack as it was) and that scene is returned;
        otherwise they run now and the drive itself is returned. ``guard``
        False (a mission opened by code) lets a set-up error propagate when
        built at once, as it always did.
        """
        if self.loading_screens:
            return self._load(what, title, stages, how)
        try:
            scene = _run_stages(stages)
        except Exception as exc:
            if not guard:
                raise
            self._report(exc, what)
            return None
        return self.go(scene, how)

    def _report(self, exc: BaseException, what: str) -> None:
        """The one toast for a drive that cannot start (a bug below is logged, never shown raw)."""
        from game.content.errors import ContentError

        if isinstance(exc, (ContentError, ValueError)):
            self.app.toast(f"This {what} cannot start: {exc}")
        else:  # a bug below us must not end the game: report and stay here
            log.error("%s set-up failed", what, exc_info=exc)
            self.app.toast(f"This {what} cannot start ({type(exc).__name__}); see the log.")

    def _load(self, what: str, title: str, stages: Sequence[Stage], how: How) -> Scene:
        from game.app.scenes.loading import WARMUP, LoadingScene, Stage

        stack = self.app.stack
        if WARMUP.started and not WARMUP.done.is_set():
            stages = [Stage("Warming up the engines", WARMUP.wait, worker=True), *stages]

        def leave() -> None:
            if stack.top is loading:
                stack.pop()

        def failed(exc: BaseException) -> None:
            leave()
            self._report(exc, what)

        def done(scene: Scene) -> None:
            if stack.top is not loading:
                return
            if how == "push":
                stack.replace(scene)  # the screen Start was chosen on stays below, as before
            elif how == "replace":
                stack.pop()
                stack.replace(scene)
            else:
                stack.reset(scene)

        loading = LoadingScene(self.app, title, stages, done, failed, leave)
        stack.push(loading)
        return loading

    def _track_name(self, track: str) -> str:
        from game.content.errors import ContentError

        try:
            return self.app.content.option(track).name
        except ContentError:
            return track

    # -- the menus ------------------------------------------------------------------------------

    def title(self, how: How = "replace") -> None:
        from game.app.scenes.title import TitleScene

        self.go(TitleScene(self.app), how)

    def main_menu(self) -> None:
        """Everything else closes; the main menu alone is left (quit to menu)."""
        from game.app.scenes.title import MainMenuScene

        self.go(MainMenuScene(self.app), "reset")

    def settings(self) -> None:
        from game.app.scenes.settings import SettingsScene

        self.go(SettingsScene(self.app))

    def controls(self, device: Literal["keyboard", "gamepad"]) -> None:
        from game.app.scenes.settings import ControlsScene

        self.go(ControlsScene(self.app, device))

    def credits(self) -> None:
        from game.app.scenes.credits import CreditsScene

        self.go(CreditsScene(self.app))

    def mods(self) -> None:
        from game.app.scenes.mods import ModsScene

        self.go(ModsScene(self.app))

    def pause(
        self,
        rows: Sequence[PauseRow],
        message: str = "",
        subtitle: str = "",
        name: str = "pause",
        wide: bool = False,
    ) -> Scene:
        """The one pause menu, over the frozen drive, with the rows that mode offers."""
        from game.app.scenes.pause import PauseScene

        return self.go(PauseScene(self.app, rows, message, subtitle=subtitle, name=name, wide=wide))

    def confirm(self, question: str, detail: str, leave: str, on_leave: Callable[[], None]) -> Scene:
        """Ask before throwing a drive away; ``on_leave`` runs only if the player says so."""
        from game.app.scenes.pause import ConfirmScene

        return self.go(ConfirmScene(self.app, question, detail, leave, on_leave))

    # -- racing ----------------------------------------------------------------------------------

    def quick_race(self) -> None:
        from game.app.scenes.quick_race import QuickRaceScene

        self.go(QuickRaceScene(self.app))

    def race(self, setup: RaceSetup, how: How = "push") -> Scene | None:
        """A quick race, or None (with a toast saying why) if it cannot start."""
        from game.app.scenes.loading import Stage
        from game.app.scenes.race import RaceScene
        from game.content.sessions import Built, build

        made: list[Built] = []
        stages = [
            Stage("Lining up the grid", lambda: made.append(build(setup, self.app.content, fit=True)), True),
            Stage("Painting the track", lambda: RaceScene(self.app, setup, built=made[-1])),
        ]
        return self._attempt("race", f"Quick race · {self._track_name(setup.track)}", stages, how)

    def results(
        self,
        setup: RaceSetup,
        results: Sequence[RaceResult],
        player: int,
        replay: Replay | None,
        how: How = "replace",
    ) -> None:
        """The race's results table, in the race's place (Esc goes back to its set-up)."""
        from game.app.scenes.results import ResultsScene

        self.go(ResultsScene(self.app, setup, results, player, replay), how)

    def watch(self, replay: Replay, where: Path | str = "this replay", how: How = "push") -> Scene:
        """The replay viewer (or a message saying why the replay cannot be played back)."""
        from game.app.scenes.loading import Stage
        from game.app.scenes.replay_viewer import mission_map, watch

        def read_map() -> None:
            """The map into the library's cache; a problem is left for the viewer to explain."""
            try:
                if replay.setup.kind == "mission":
                    mission_map(self.app, replay.setup.track)
                else:
                    self.app.content.load(replay.setup.track, files=True)
            except Exception:  # the viewer reads it again and says why in its own words
                log.info("the replay's map did not preload", exc_info=True)

        stages = [
            Stage("Reading the track", read_map, True),
            Stage("Rewinding the tape", lambda: watch(self.app, replay, where)),
        ]
        scene = self._attempt("replay", "Replay", stages, how, guard=False)
        assert scene is not None  # the viewer turns every problem into a message scene
        return scene

    def time_trial_setup(self) -> None:
        from game.app.scenes.time_trial import TimeTrialSetupScene

        self.go(TimeTrialSetupScene(self.app))

    def time_trial(
        self, setup: RaceSetup, records: Records | None = None, how: How = "push", remember: bool = True
    ) -> Scene | None:
        """A time trial, or None (with a toast saying why) if it cannot start.

        ``remember`` False never writes records (screenshots)."""
        from game.app.scenes.loading import Stage
        from game.app.scenes.time_trial import TimeTrialScene
        from game.content.sessions import Built, build

        made: list[Built] = []

        def scene() -> Scene:
            return TimeTrialScene(self.app, setup, records=records, remember=remember, built=made[-1])

        stages = [
            Stage("Setting the clock", lambda: made.append(build(setup, self.app.content, fit=True)), True),
            Stage("Painting the track", scene),
        ]
        return self._attempt("time trial", f"Time trial · {self._track_name(setup.track)}", stages, how)

    def trial_results(self, summary: TrialSummary) -> None:
        """The session's laps, medal and telemetry, in the trial's place."""
        from game.app.scenes.trial_results import TimeTrialResultsScene

        self.go(TimeTrialResultsScene(self.app, summary), "replace")

    # -- the campaign ----------------------------------------------------------------------------

    def new_campaign(self, persist: bool = True) -> Campaign:
        """The campaign of this app's player (``persist`` False: in memory only, for shots)."""
        from game.app.scenes.campaign import make_campaign

        return make_campaign(self.app, persist)

    def campaign(self, campaign: Campaign | None = None) -> None:
        """The chapter select (on the player's own progress unless given one)."""
        from game.app.scenes.campaign import CampaignScene

        self.go(CampaignScene(self.app, campaign))

    def back_to_campaign(self, campaign: Campaign) -> None:
        """Back to the chapter select below (built, over the main menu, if there is none)."""
        from game.app.scenes.campaign import back_to_campaign

        back_to_campaign(self.app, campaign)

    def story(self, campaign: Campaign, entry: MissionEntry, how: How = "push") -> Scene | None:
        """A mission's story: the chapter card first when it opens a chapter never finished."""
        if entry.mission is None:
            return None
        if campaign.first_of_chapter(entry) and campaign.state(entry) == "available":
            return self.chapter_intro(campaign, entry, how)
        return self.briefing(campaign, entry, how)

    def chapter_intro(self, campaign: Campaign, entry: MissionEntry, how: How = "push") -> Scene:
        from game.app.scenes.story import ChapterIntroScene

        return self.go(ChapterIntroScene(self.app, campaign, entry), how)

    def briefing(self, campaign: Campaign, entry: MissionEntry, how: How | None = "push") -> Scene:
        """The briefing of ``entry``; ``how`` None builds it only (the command line opens on it)."""
        from game.app.scenes.story import BriefingScene

        scene = BriefingScene(self.app, campaign, entry)
        return scene if how is None else self.go(scene, how)

    def mission(
        self,
        campaign: Campaign,
        entry: MissionEntry,
        how: How = "replace",
        pilot: Pilot | None = None,
        seed: int = 0,
    ) -> Scene:
        """The mission itself, in place of its briefing (or of its debrief, to play it again)."""
        from game.app.scenes.loading import Stage
        from game.app.scenes.mission import MissionScene
        from game.content.sessions import Built

        made: list[Built] = []
        stages = [
            Stage(
                "Briefing the crew",
                lambda: made.append(MissionScene.session_for(campaign, entry, seed)),
                True,
            ),
            Stage(
                "Painting the streets", lambda: MissionScene(self.app, campaign, entry, pilot, seed, made[-1])
            ),
        ]
        title = entry.mission.title if entry.mission is not None else "Mission"
        scene = self._attempt("mission", title, stages, how, guard=False)
        assert scene is not None  # built at once, a failure raises (guard False)
        return scene

    def mission_over(self, campaign: Campaign, result: Result, how: How = "replace") -> None:
        """The debrief of a won mission, the failure screen of a lost one."""
        from game.app.scenes.debrief import DebriefScene, FailureScene

        scene = DebriefScene if result.outcome.won else FailureScene
        self.go(scene(self.app, campaign, result), how)

    def garage(
        self,
        campaign: Campaign,
        debt_from: int | None = None,
        then: MissionEntry | None = None,
        how: How = "push",
    ) -> None:
        """Katie's garage (after a chapter-one win, the debt going down as it is paid)."""
        from game.app.scenes.garage import GarageScene

        self.go(GarageScene(self.app, campaign, debt_from, then), how)
