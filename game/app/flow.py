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

from game.app.scenes.base import How

if TYPE_CHECKING:
    from pathlib import Path

    from game.app.campaign import Campaign, Result
    from game.app.scenes.base import App, PauseRow, Pilot, Scene
    from game.app.trial_setup import TrialSummary
    from game.content.ghosts import Records
    from game.content.missions import MissionEntry
    from game.content.replays import Replay
    from game.content.setup import RaceSetup
    from game.sim.race import RaceResult

log = logging.getLogger(__name__)


class Flow:
    """The app's navigation (a :class:`~game.app.scenes.base.Navigator`): one method per
    destination, each building its scene on the way."""

    def __init__(self, app: App) -> None:
        self.app = app

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

    def _attempt(self, build: Callable[[], Scene], what: str, how: How) -> Scene | None:
        """Build a drive and go there; a set-up that cannot start is a toast, not a crash."""
        from game.content.errors import ContentError

        try:
            scene = build()
        except (ContentError, ValueError) as exc:
            self.app.toast(f"This {what} cannot start: {exc}")
            return None
        except Exception as exc:  # a bug below us must not end the game: report and stay here
            log.exception("%s set-up failed", what)
            self.app.toast(f"This {what} cannot start ({type(exc).__name__}); see the log.")
            return None
        return self.go(scene, how)

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
        from game.app.scenes.race import RaceScene

        return self._attempt(lambda: RaceScene(self.app, setup), "race", how)

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
        from game.app.scenes.replay_viewer import watch

        return self.go(watch(self.app, replay, where), how)

    def time_trial_setup(self) -> None:
        from game.app.scenes.time_trial import TimeTrialSetupScene

        self.go(TimeTrialSetupScene(self.app))

    def time_trial(
        self, setup: RaceSetup, records: Records | None = None, how: How = "push", remember: bool = True
    ) -> Scene | None:
        """A time trial, or None (with a toast saying why) if it cannot start.

        ``remember`` False never writes records (screenshots)."""
        from game.app.scenes.time_trial import TimeTrialScene

        return self._attempt(
            lambda: TimeTrialScene(self.app, setup, records=records, remember=remember), "time trial", how
        )

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
        from game.app.scenes.mission import MissionScene

        return self.go(MissionScene(self.app, campaign, entry, pilot, seed), how)

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
