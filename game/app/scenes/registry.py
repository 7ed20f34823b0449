"""Put the app into a named screen, as a player would find it (for ``shot`` and tests).

``stage`` builds the scene stack a player would have at that screen (a
pause menu sits over a running race, the results follow a finished race)
and runs the fixed steps that get it there: a race is shown after a few
seconds of AI driving, not on the grid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.app.race_setup import STADIUM_ID, RaceSetup
from game.sim.world import DT

if TYPE_CHECKING:
    from game.app.context import AppContext

SCENES = (
    "title",
    "menu",
    "quick-race",
    "race",
    "pause",
    "results",
    "settings",
    "controls",
    "credits",
    "mods",
    "time-trial-setup",
    "time-trial",
    "telemetry",
    "time-trial-results",
    "replay",
    "chapter-select",
    "chapter-intro",
    "briefing",
    "mission",
    "debrief",
    "failure",
    "garage",
)
SHOT_MISSION = "01-final-notice"
MISSION_SHOT_S = 9.0
"""Sim seconds into the first mission for its screenshot: the first tip is on screen."""
RACE_SHOT_S = 7.0
"""Sim seconds before a race screenshot: the 3 s countdown and about 4 s of racing."""
TRIAL_SHOT_S = 22.0
"""Sim seconds into a time trial's second lap (the first lap's telemetry has gone by then)."""
SHOT_LAP_LIMIT_S = 400.0


def default_track(app: AppContext) -> str:
    circuits = app.content.circuits()
    return circuits[0].id if circuits else STADIUM_ID


def stage(
    app: AppContext, name: str, track: str | None = None, night: bool = False, race_s: float = RACE_SHOT_S
) -> None:
    """Fill ``app.stack`` with the screen ``name``; ValueError for an unknown name."""
    from game.app.scenes.credits import CreditsScene
    from game.app.scenes.mods import ModsScene
    from game.app.scenes.quick_race import QuickRaceScene
    from game.app.scenes.race import RaceScene
    from game.app.scenes.results import ResultsScene
    from game.app.scenes.settings import ControlsScene, SettingsScene
    from game.app.scenes.title import MainMenuScene, TitleScene

    if name not in SCENES:
        raise ValueError(f"unknown scene '{name}'; choose one of: {', '.join(SCENES)}")
    track_id = track or default_track(app)
    app.content.option(track_id)  # an unknown track fails here with a readable message
    stack = app.stack
    stack.clear()
    if name == "title":
        stack.push(TitleScene(app))
    elif name == "menu":
        stack.push(MainMenuScene(app))
        _advance(app, 1.0)
    elif name == "quick-race":
        from dataclasses import replace

        app.settings = replace(app.settings, race=replace(app.settings.race, track=track_id))
        stack.push(MainMenuScene(app))
        stack.push(QuickRaceScene(app))
    elif name in ("race", "pause"):
        stack.push(MainMenuScene(app))
        race = RaceScene(
            app, RaceSetup(track=track_id, rivals=7, laps=3, autopilot=True, seed=7, night=night)
        )
        stack.push(race)
        _advance(app, race_s)
        if name == "pause":
            race.open_pause()
    elif name == "results":
        setup = RaceSetup(track=track_id, rivals=7, laps=1, autopilot=True, seed=7, night=night)
        race = RaceScene(app, setup)
        race.session.run()
        stack.push(MainMenuScene(app))
        stack.push(ResultsScene(app, setup, race.session.results(), race.player))
    elif name == "settings":
        stack.push(MainMenuScene(app))
        stack.push(SettingsScene(app))
    elif name == "controls":
        stack.push(MainMenuScene(app))
        stack.push(ControlsScene(app, "keyboard"))
    elif name == "credits":
        stack.push(MainMenuScene(app))
        stack.push(CreditsScene(app))
    elif name == "mods":
        stack.push(MainMenuScene(app))
        stack.push(ModsScene(app))
    elif name == "time-trial-setup":
        from dataclasses import replace

        from game.app.scenes.time_trial import TimeTrialSetupScene

        app.settings = replace(app.settings, race=replace(app.settings.race, track=track_id))
        stack.push(MainMenuScene(app))
        stack.push(TimeTrialSetupScene(app))
    elif name in ("time-trial", "telemetry", "time-trial-results"):
        _stage_trial(app, name, track_id, race_s)
    elif name == "replay":
        _stage_replay(app, track_id, race_s)
    else:
        _stage_campaign(app, name)


def _trial(app: AppContext, track_id: str, skill: str = "normal") -> Any:
    """A time trial driven by the AI that never touches the player's records (a fresh, unused folder)."""
    import tempfile
    from pathlib import Path

    from game.app.scenes.time_trial import TimeTrialScene, TrialSetup
    from game.content.ghosts import Records

    nowhere = Records(Path(tempfile.gettempdir()) / "fast-track-shot-no-records")
    setup = TrialSetup(track=track_id, car="mustang", seed=7, autopilot=True, skill=skill)
    return TimeTrialScene(app, setup, records=nowhere, remember=False)


def _stage_trial(app: AppContext, name: str, track_id: str, race_s: float) -> None:
    from game.app.scenes.title import MainMenuScene

    stack = app.stack
    stack.push(MainMenuScene(app))
    trial = _trial(app, track_id)
    stack.push(trial)
    # whole laps, fast-forwarded without drawing: the trial then chases its best flying lap
    limit = round(SHOT_LAP_LIMIT_S / DT)
    laps = 2 if name == "time-trial" else 1
    while len(trial.laps) < laps and trial.session.world.step_count < limit:
        trial.simulate(120)
    if name == "time-trial":
        _advance(app, TRIAL_SHOT_S)
    elif name == "telemetry":
        _advance(app, 1.5)
        trial.telemetry_pinned = True
    else:
        trial.end_session()


def _stage_replay(app: AppContext, track_id: str, race_s: float) -> None:
    """Record a few seconds of an all-AI race, then open it in the viewer a little way in."""
    from game.app.scenes.race import RaceScene
    from game.app.scenes.replay_viewer import watch
    from game.app.scenes.title import MainMenuScene

    race = RaceScene(app, RaceSetup(track=track_id, rivals=5, laps=1, autopilot=True, seed=7))
    for _ in range(round((race_s + 6.0) / DT)):
        race.recorder.step(None)
    replay = race.recorder.replay()
    app.stack.push(MainMenuScene(app))
    app.stack.push(watch(app, replay, "this race"))
    _advance(app, race_s)


def _stage_campaign(app: AppContext, name: str) -> None:
    """The campaign screens, on a progress made in memory (the player's save is never read or written)."""
    from game.app.scenes.campaign import CampaignScene, GarageScene, make_campaign
    from game.app.scenes.mission import MissionScene
    from game.app.scenes.story import BriefingScene, ChapterIntroScene, DebriefScene, FailureScene
    from game.app.scenes.title import MainMenuScene
    from game.sim.mission.runner import Outcome

    campaign = make_campaign(app, persist=False)
    story = campaign.story
    p = campaign.progress
    for k, e in enumerate(story[:2]):  # two missions done, so the select shows every state
        rec = p.record_of(e.id)
        rec.completed, rec.best_time_s, rec.medal = True, 68.3 + 61.7 * k, ("gold", "silver")[k]
    stack = app.stack
    stack.push(MainMenuScene(app))
    stack.push(CampaignScene(app, campaign))
    entry = next((e for e in story if e.id == SHOT_MISSION), story[0] if story else None)
    if name == "chapter-select" or entry is None:
        _advance(app, 1.0)
        return
    if name == "chapter-intro":
        stack.push(ChapterIntroScene(app, campaign, entry))
        _advance(app, 6.0)
    elif name == "briefing":
        target = story[2] if len(story) > 2 else entry
        stack.push(BriefingScene(app, campaign, target))
        _advance(app, 1.0)
    elif name == "mission":
        from game.sim.mission.autopilot import Autopilot

        stack.push(MissionScene(app, campaign, entry, lambda rt: Autopilot(rt).controls))
        _advance(app, MISSION_SHOT_S)
    elif name in ("debrief", "failure", "garage"):
        target = story[2] if len(story) > 2 else entry
        won = name != "failure"
        outcome = Outcome(won, "completed" if won else "time_up", 143.62, "", 0.0, 0.12,
                          12000 if won else 0, "silver" if won else "")
        if not won:
            p.record_of(target.id).failures = 2
        result = campaign.record(target, outcome)
        if name == "garage":
            stack.push(GarageScene(app, campaign, result.debt_before, campaign.next_after(target)))
            _advance(app, 0.8)
            return
        stack.push((DebriefScene if won else FailureScene)(app, campaign, result))
        _advance(app, 1.0)


def _advance(app: AppContext, seconds: float) -> None:
    for _ in range(round(seconds / DT)):
        app.update(DT)
