"""Put the app into a named screen, as a player would find it (for ``shot`` and tests).

``stage`` builds the scene stack a player would have at that screen (a
pause menu sits over a running race, the results follow a finished race)
and runs the fixed steps that get it there: a race is shown after a few
seconds of AI driving, not on the grid. Every screen is reached through
``app.flow``, as a player's choices reach it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from game.app.scene_names import SCENES
from game.app.scenes.driving import DrivingScene
from game.content.sessions import build
from game.content.setup import RaceSetup
from game.sim.circuits import STADIUM_ID
from game.sim.world import DT

if TYPE_CHECKING:
    from game.app.scenes.base import App

SHOT_MISSION = "01-final-notice"
MISSION_SHOT_S = 9.0
"""Sim seconds into the first mission for its screenshot: the first tip is on screen."""
RACE_SHOT_S = 7.0
"""Sim seconds before a race screenshot: the 3 s countdown and about 4 s of racing."""
TRIAL_SHOT_S = 22.0
"""Sim seconds into a time trial's second lap (the first lap's telemetry has gone by then)."""
SHOT_LAP_LIMIT_S = 400.0


def default_track(app: App) -> str:
    circuits = app.content.circuits()
    return circuits[0].id if circuits else STADIUM_ID


def stage(
    app: App, name: str, track: str | None = None, night: bool = False, race_s: float = RACE_SHOT_S
) -> None:
    """Fill ``app.stack`` with the screen ``name``; ValueError for an unknown name."""
    if name not in SCENES:
        raise ValueError(f"unknown scene '{name}'; choose one of: {', '.join(SCENES)}")
    track_id = track or default_track(app)
    app.content.option(track_id)  # an unknown track fails here with a readable message
    flow = app.flow
    app.stack.clear()
    if name == "title":
        flow.title()
        return
    flow.main_menu()  # every other screen is reached from the main menu
    if name == "menu":
        _advance(app, 1.0)
    elif name in ("quick-race", "time-trial-setup"):
        app.settings = replace(app.settings, race=replace(app.settings.race, track=track_id))
        if name == "quick-race":
            flow.quick_race()
        else:
            flow.time_trial_setup()
    elif name in ("race", "pause"):
        race = flow.race(
            RaceSetup(track=track_id, rivals=7, laps=3, player_ai=True, seed=7, grid="back", night=night)
        )
        assert isinstance(race, DrivingScene)
        _advance(app, race_s)
        if name == "pause":
            race.open_pause()
    elif name == "results":
        setup = RaceSetup(track=track_id, rivals=7, laps=1, player_ai=True, seed=7, grid="back", night=night)
        built = build(setup, app.content, fit=True)
        session: Any = built.play
        session.run()
        flow.results(setup, session.results(), built.player, None, how="push")
    elif name == "settings":
        flow.settings()
    elif name == "controls":
        flow.controls("keyboard")
    elif name == "credits":
        flow.credits()
    elif name == "mods":
        flow.mods()
    elif name in ("time-trial", "telemetry", "time-trial-results"):
        _stage_trial(app, name, track_id)
    elif name == "replay":
        _stage_replay(app, track_id, race_s)
    else:
        _stage_campaign(app, name)


def _stage_trial(app: App, name: str, track_id: str) -> None:
    """A time trial driven by the AI that never touches the player's records (a fresh, unused folder)."""
    import tempfile
    from pathlib import Path

    from game.content.ghosts import Records
    from game.sim.timetrial import TIME_TRIAL_LAPS

    nowhere = Records(Path(tempfile.gettempdir()) / "fast-track-shot-no-records")
    setup = RaceSetup("time-trial", track_id, "mustang", 0, TIME_TRIAL_LAPS, "normal", 7, player_ai=True)
    trial: Any = app.flow.time_trial(setup, records=nowhere, remember=False)
    assert trial is not None
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


def _stage_replay(app: App, track_id: str, race_s: float) -> None:
    """Record a few seconds of an all-AI race, then open it in the viewer a little way in."""
    from game.content.replays import Recorder

    setup = RaceSetup(track=track_id, rivals=5, laps=1, player_ai=True, seed=7, grid="back")
    built = build(setup, app.content, fit=True)
    session: Any = built.play  # a RaceSession
    recorder = Recorder(built.setup, built.track, session)
    for _ in range(round((race_s + 6.0) / DT)):
        recorder.step(None)
    app.flow.watch(recorder.replay(), "this race")
    _advance(app, race_s)


def _stage_campaign(app: App, name: str) -> None:
    """The campaign screens, on a progress made in memory (the player's save is never read or written)."""
    from game.sim.mission.autopilot import Autopilot
    from game.sim.mission.runner import Outcome

    flow = app.flow
    campaign = flow.new_campaign(persist=False)
    story = campaign.story
    p = campaign.progress
    for k, e in enumerate(story[:2]):  # two missions done, so the select shows every state
        rec = p.record_of(e.id)
        rec.completed, rec.best_time_s, rec.medal = True, 68.3 + 61.7 * k, ("gold", "silver")[k]
    flow.campaign(campaign)
    entry = next((e for e in story if e.id == SHOT_MISSION), story[0] if story else None)
    if name == "chapter-select" or entry is None:
        _advance(app, 1.0)
        return
    if name == "chapter-intro":
        flow.chapter_intro(campaign, entry)
        _advance(app, 6.0)
    elif name == "briefing":
        flow.briefing(campaign, story[2] if len(story) > 2 else entry)
        _advance(app, 1.0)
    elif name == "mission":
        flow.mission(campaign, entry, how="push", pilot=lambda rt: Autopilot(rt).controls)
        _advance(app, MISSION_SHOT_S)
    elif name in ("debrief", "failure", "garage"):
        target = story[2] if len(story) > 2 else entry
        won = name != "failure"
        outcome = Outcome(
            won,
            "completed" if won else "time_up",
            143.62,
            "",
            0.0,
            0.12,
            12000 if won else 0,
            "silver" if won else "",
        )
        if not won:
            p.record_of(target.id).failures = 2
        result = campaign.record(target, outcome)
        if name == "garage":
            flow.garage(campaign, result.debt_before, campaign.next_after(target))
            _advance(app, 0.8)
            return
        flow.mission_over(campaign, result, how="push")
        _advance(app, 1.0)


def _advance(app: App, seconds: float) -> None:
    for _ in range(round(seconds / DT)):
        app.update(DT)
