"""The campaign in the game: menus to a mission, a mission through the real loop to its debrief, saves."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.app.context import AppContext
from game.app.scenes.campaign import CampaignScene, make_campaign
from game.app.scenes.debrief import DebriefScene, FailureScene
from game.app.scenes.garage import GarageScene
from game.app.scenes.mission import MissionScene
from game.app.scenes.pause import ConfirmScene, PauseScene
from game.app.scenes.registry import stage
from game.app.scenes.story import BriefingScene, ChapterIntroScene
from game.app.scenes.title import MainMenuScene
from game.content.replays import load_replay, play_headless
from game.content.saves import SaveStore
from game.sim.controls import Controls
from game.sim.mission.autopilot import Autopilot
from tests.app.test_scenes import colours, down, run_loop, send

SIZE = (640, 360)
FIRST = "01-final-notice"


def test_keyboard_from_the_main_menu_to_mission_one(app: AppContext) -> None:
    app.stack.push(MainMenuScene(app))
    send(app, down(pygame.K_RETURN))  # Campaign is the first row
    scene = app.stack.top
    assert isinstance(scene, CampaignScene)
    row = scene.menu.rows[scene.menu.focus]
    assert row.entry.id == FIRST  # the focus waits on the mission to play next
    send(app, down(pygame.K_RETURN))
    assert isinstance(app.stack.top, ChapterIntroScene)  # chapter one has not been played yet
    send(app, down(pygame.K_RETURN))
    briefing = app.stack.top
    assert isinstance(briefing, BriefingScene) and briefing.entry.id == FIRST
    send(app, down(pygame.K_RETURN))
    assert isinstance(app.stack.top, MissionScene)
    send(app, down(pygame.K_ESCAPE))
    assert isinstance(app.stack.top, PauseScene) and app.stack.top.name == "mission-pause"
    send(app, down(pygame.K_DOWN), down(pygame.K_DOWN), down(pygame.K_DOWN), down(pygame.K_RETURN))
    assert isinstance(app.stack.top, ConfirmScene)  # giving the mission up asks first
    send(app, down(pygame.K_DOWN), down(pygame.K_RETURN))
    assert app.stack.top is scene  # quit to campaign


def test_autopilot_wins_through_the_real_loop_and_the_save_has_it(app: AppContext, tmp_path: Path) -> None:
    campaign = make_campaign(app)
    app.stack.push(MainMenuScene(app))
    app.stack.push(CampaignScene(app, campaign))
    entry = campaign.find(FIRST)
    assert entry is not None
    app.stack.push(MissionScene(app, campaign, entry, lambda rt: Autopilot(rt).controls))
    run_loop(app, {}, frames=4000, until=DebriefScene, frame_s=8 / 120)
    debrief = app.stack.top
    assert isinstance(debrief, DebriefScene)
    assert debrief.result.outcome.won and debrief.result.saved == "Progress saved."
    saved = json.loads((tmp_path / "home" / "save.json").read_text())
    assert saved["missions"][FIRST]["completed"] is True
    assert SaveStore(tmp_path / "home").load().progress.passed(FIRST)
    # the attempt was kept as a replay that re-simulates to the same world
    replay = load_replay(tmp_path / "home" / "replays" / f"mission-{FIRST}.ftr")
    assert replay.setup.kind == "mission" and replay.tape.steps > 1000
    assert play_headless(replay).state_hash() == replay.state_hash
    debrief.draw(app.display.surface, 0.0)
    assert colours(app.display.surface) > 20
    send(app, down(pygame.K_RETURN))  # Continue: chapter one goes through Katie's garage
    assert isinstance(app.stack.top, GarageScene)


def test_idle_driver_fails_and_skip_opens_after_three(app: AppContext) -> None:
    campaign = make_campaign(app)
    entry = campaign.find(FIRST)
    assert entry is not None
    app.stack.push(MainMenuScene(app))
    app.stack.push(CampaignScene(app, campaign))
    app.stack.push(MissionScene(app, campaign, entry, lambda rt: lambda: Controls()))
    run_loop(app, {}, frames=4000, until=FailureScene, frame_s=8 / 120)
    failure = app.stack.top
    assert isinstance(failure, FailureScene)
    assert failure.result.outcome.reason == "time_up" and failure.headline == "Time up"
    labels = [r.label for r in failure.menu.rows]
    assert labels[0] == "Retry" and "Skip mission" not in labels
    # two more failures, recorded as the scene would record them
    for _ in range(2):
        campaign.record(entry, failure.result.outcome)
    again = FailureScene(app, campaign, failure.result)
    assert "Skip mission" in [r.label for r in again.menu.rows]
    app.stack.replace(again)
    send(app, down(pygame.K_DOWN), down(pygame.K_RETURN))
    assert campaign.progress.passed(FIRST)
    assert SaveStore(app.data_dir).load().progress.missions[FIRST].skipped


def test_retry_from_failure_starts_the_mission_again(app: AppContext) -> None:
    campaign = make_campaign(app)
    entry = campaign.find(FIRST)
    assert entry is not None
    from game.sim.mission.runner import Outcome

    result = campaign.record(entry, Outcome(False, "wrecked", 12.0, "to-the-bank", 0.0, 1.0, 0, ""))
    app.stack.push(CampaignScene(app, campaign))
    app.stack.push(FailureScene(app, campaign, result))
    send(app, down(pygame.K_RETURN))
    assert isinstance(app.stack.top, MissionScene)


def test_corrupt_save_is_reported_on_the_campaign_screen(app: AppContext, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(parents=True)
    (home / "save.json").write_text("{ not json", encoding="utf-8")
    scene = CampaignScene(app)
    assert any("could not be used" in m for m in scene.campaign.messages)
    app.stack.push(scene)
    scene.draw(app.display.surface, 0.0)
    assert (home / "save.json.corrupt-1").exists()


def test_broken_custom_mission_is_listed_not_playable(app: AppContext, tmp_path: Path) -> None:
    mods = tmp_path / "mods"
    mods.mkdir()
    (mods / "bad.toml").write_text('id = "bad"\ntitle = 3\n', encoding="utf-8")
    campaign = make_campaign(app)
    bad = [e for e in campaign.custom if e.id == "bad"]
    assert bad and bad[0].error and bad[0].mission is None
    scene = CampaignScene(app, campaign)
    app.stack.push(scene)
    scene._custom()
    custom = app.stack.top
    send(app, down(pygame.K_RETURN))
    assert app.stack.top is custom  # a broken mission does not start
    custom.draw(app.display.surface, 0.0)


@pytest.mark.parametrize(
    "name", ["chapter-select", "chapter-intro", "briefing", "mission", "debrief", "failure", "garage"]
)
def test_every_campaign_screen_renders_headless(app: AppContext, name: str) -> None:
    stage(app, name)
    app.draw(app.display.surface, 0.0)
    assert colours(app.display.surface) > 12
    assert not (app.data_dir / "save.json").exists()  # shots never touch the player's save


def test_mission_command_opens_the_window_on_the_briefing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from game.app.main import play_mission

    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path / "home"))
    assert play_mission(FIRST, max_frames=3) == 0
    assert play_mission("no-such-mission", max_frames=3) == 1  # a message in the window, exit code 1


def test_the_mission_command_keeps_the_campaigns_locks_and_the_autopilot_saves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It played missions still locked and wrote their failures into the save."""
    from game.app.main import play_mission

    home = tmp_path / "home"
    monkeypatch.setenv("FAST_TRACK_HOME", str(home))
    assert play_mission("05-wheel-man", max_frames=3) == 1  # locked: a message, nothing played
    assert play_mission("05-wheel-man", max_frames=3, autopilot=True) == 0  # watched: any mission
    assert not (home / "save.json").exists()


def test_the_autopilot_drives_a_mission_in_the_window(app: AppContext) -> None:
    """``mission ID --autopilot`` without ``--headless`` left the car standing while the clock ran."""
    from game.app.scenes.campaign import open_mission

    app.autopilot = True
    campaign = make_campaign(app, persist=False)
    briefing = open_mission(app, campaign, "05-wheel-man", respect_locks=False)
    assert isinstance(briefing, BriefingScene)
    app.stack.push(briefing)
    entry = campaign.find("05-wheel-man")
    assert entry is not None
    scene = app.flow.mission(campaign, entry)
    assert isinstance(scene, MissionScene) and scene.drive is not None
    start = scene.snap.vehicles[0]
    scene.simulate(20 * 120)
    end = scene.snap.vehicles[0]
    assert abs(complex(end.x - start.x, end.y - start.y)) > 50.0


def test_quick_race_offers_what_the_campaign_has_unlocked(app: AppContext, tmp_path: Path) -> None:
    from game.app.scenes.quick_race import QuickRaceScene
    from game.app.scenes.time_trial import TimeTrialSetupScene
    from game.content.saves import START_CARS, Progress

    fresh = QuickRaceScene(app)
    assert {c.id for c in fresh.cars} <= set(START_CARS)
    assert "city-night" in {t.id for t in fresh.tracks} and "red-rock" not in {t.id for t in fresh.tracks}
    assert fresh.locked > 0 and "unlock in the campaign" in fresh.subtitle
    progress = Progress()
    progress.cars.append("enzo")
    progress.tracks.append("red-rock")
    SaveStore(tmp_path / "home").save(progress)
    later = TimeTrialSetupScene(app)  # time trial shares the rule
    assert "enzo" in {c.id for c in later.cars} and "red-rock" in {t.id for t in later.tracks}
    (tmp_path / "home" / "save.json").write_text("{ damaged", encoding="utf-8")
    damaged = QuickRaceScene(app)  # no backup yet: the starting set, and the file left for the campaign
    assert "red-rock" not in {t.id for t in damaged.tracks}
    assert (tmp_path / "home" / "save.json").read_text(encoding="utf-8") == "{ damaged"
