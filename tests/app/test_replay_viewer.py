"""Replays in the app: every race is recorded, the results screen saves it, the viewer plays it back."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.app import main
from game.app.context import AppContext
from game.app.scenes.race import RaceScene
from game.app.scenes.replay_viewer import ReplayViewerScene, open_replay
from game.app.scenes.results import ResultsScene
from game.app.scenes.title import MainMenuScene
from game.content.replays import load_replay, play_headless
from game.content.setup import RaceSetup
from game.sim.controls import Controls
from game.sim.snapshot import WorldSnapshot
from tests.app.conftest import app_in
from tests.app.test_timetrial import drive, key


def wiggle(snap: WorldSnapshot) -> Controls:
    """A player who floors it, weaves, taps the handbrake and fires nitrous now and then."""
    t = snap.time_s
    return Controls(
        throttle=1.0 if t % 5 < 4 else 0.0,
        brake=0.5 if t % 5 >= 4.5 else 0.0,
        steer=round(math.sin(t * 0.9) * 0.5, 2),
        handbrake=t % 7 < 0.3,
        nitrous=t % 9 < 1.0,
    )


pytestmark = pytest.mark.xdist_group("replay-viewer")  # one worker drives the saved race once


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A quick race driven through the real loop (with a reset), finished, and saved from the results.

    Module-scoped: the four tests below only read the file, and driving the race is the slow part.
    """
    tmp_path = tmp_path_factory.mktemp("saved-race")
    with app_in(tmp_path) as app:
        yield _drive_and_save(app, tmp_path)


def _drive_and_save(app: AppContext, tmp_path: Path) -> Path:
    app.stack.push(MainMenuScene(app))
    setup = RaceSetup(track="test-stadium", rivals=2, laps=1, seed=5, grid="back")
    race = RaceScene(app, setup, driver=wiggle)
    app.stack.push(race)
    drive(app, 200, script={120: [key(pygame.K_r)]})  # 13 s of driving, a reset at ~8 s
    assert race.recorder.tape.respawns, "the reset key was not recorded"
    race._finish_now()
    results = app.stack.top
    assert isinstance(results, ResultsScene) and results.replay is not None
    assert results.replay.state_hash == race.session.state_hash()
    app.handle_event(key(pygame.K_DOWN))
    app.handle_event(key(pygame.K_DOWN))
    app.handle_event(key(pygame.K_RETURN))  # Save replay
    assert results.saved is not None
    files = list((tmp_path / "home" / "replays").glob("test-stadium-*.ftr"))
    assert files == [results.saved]
    app.draw(app.display.surface, 0.0)  # the path is shown
    return results.saved


def test_a_saved_race_replays_headless_to_the_same_state(saved: Path) -> None:
    replay = load_replay(saved)
    assert replay.setup.grid == "back" and replay.tape.vehicles == (2,)
    assert play_headless(replay, saved).state_hash() == replay.state_hash


def test_the_viewer_plays_a_saved_replay_to_the_end_in_sync(app: AppContext, saved: Path) -> None:
    app.stack.clear()
    viewer = open_replay(app, saved)
    assert isinstance(viewer, ReplayViewerScene)
    app.stack.push(viewer)
    drive(app, 3, script={1: [key(pygame.K_RIGHTBRACKET)]})  # x4
    assert viewer.speed == 4.0
    loop = drive(app, 5000, until=lambda: viewer.ended)
    assert viewer.ended, f"not at the end after {loop.frames} frames ({viewer.step_i}/{viewer.total_steps})"
    assert viewer.step_i == viewer.total_steps
    assert viewer.in_sync and viewer.session.state_hash() == load_replay(saved).state_hash
    app.draw(app.display.surface, 0.0)
    app.handle_event(key(pygame.K_ESCAPE))
    assert app.stack.empty  # closing the viewer from the command line ends the game


def test_pause_slow_motion_and_fast_forward(app: AppContext, saved: Path) -> None:
    viewer = open_replay(app, saved)
    assert isinstance(viewer, ReplayViewerScene)
    app.stack.push(viewer)

    def steps_over(frames: int) -> int:
        before = viewer.step_i
        drive(app, frames, frame_s=1 / 60)  # 2 updates a frame (the loop's first frame has none)
        return viewer.step_i - before

    normal = steps_over(30)
    assert normal == 58
    app.handle_event(key(pygame.K_RIGHTBRACKET))
    assert steps_over(30) == 4 * normal
    app.handle_event(key(pygame.K_SPACE))
    frozen = viewer.session.world.step_count
    assert steps_over(30) == 0 and viewer.session.world.step_count == frozen
    app.handle_event(key(pygame.K_SPACE))
    app.handle_event(key(pygame.K_LEFTBRACKET))
    app.handle_event(key(pygame.K_LEFTBRACKET))
    assert viewer.speed == 0.25 and abs(steps_over(30) - normal / 4) <= 1
    app.draw(app.display.surface, 0.3)


def test_free_camera_zoom_and_following_cars(app: AppContext, saved: Path) -> None:
    viewer = open_replay(app, saved)
    assert isinstance(viewer, ReplayViewerScene)
    app.stack.push(viewer)
    drive(app, 20)
    assert viewer.follow == viewer.player == 2 and viewer.free is None
    drive(app, 10, script={0: [key(pygame.K_LEFT)]})
    free = viewer.free
    assert free is not None
    x0 = free.x
    drive(app, 10)
    assert free.x < x0  # still held: keeps panning left
    app.handle_event(pygame.event.Event(pygame.KEYUP, key=pygame.K_LEFT, mod=0))
    bucket = free.bucket
    app.handle_event(key(pygame.K_MINUS))
    assert free.bucket == bucket + 1
    app.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(100, 100), button=1))
    app.handle_event(pygame.event.Event(pygame.MOUSEMOTION, pos=(140, 100), rel=(40, 0), buttons=(1, 0, 0)))
    assert free.x < x0 - 40 / viewer.view.scales[free.bucket] + 1e-6
    pose = viewer.camera_pose(0.0)
    assert pose is not None and pose.bucket == free.bucket
    app.draw(app.display.surface, 0.0)
    app.handle_event(key(pygame.K_1))
    assert viewer.free is None and viewer.follow == 0 and viewer.view.player_index == 0
    app.handle_event(key(pygame.K_EQUALS))
    assert viewer.zoom is not None
    app.handle_event(key(pygame.K_f))
    assert viewer.zoom is None and viewer.camera_pose(0.0) is None
    app.draw(app.display.surface, 0.0)


def test_a_corrupt_replay_shows_a_message_not_a_traceback(
    app: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "broken.ftr"
    bad.write_bytes(b"definitely not a replay")
    scene = open_replay(app, bad)
    assert scene.name == "replay-error"
    lines = getattr(scene, "lines", [])
    assert "not a FAST TRACK replay" in " ".join(lines)
    app.stack.push(scene)
    app.draw(app.display.surface, 0.0)
    app.handle_event(key(pygame.K_RETURN))  # Back
    assert app.stack.empty
    # the command line's window: the message shows, and the exit code says the replay did not play
    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path))
    from game.content import settings as sf

    monkeypatch.setattr(sf, "default_path", lambda: tmp_path / "config" / "settings.json")
    assert main.watch_replay(bad, max_frames=3) == 1


def test_the_viewer_plays_a_mission_replay_in_sync(app: AppContext, tmp_path: Path) -> None:
    """A campaign attempt (here the autopilot's first 20 s of mission 1) plays back in the window."""
    from game.content.replays import RaceSetup, Recorder, build_mission, save_replay
    from game.sim.mission.autopilot import Autopilot

    setup = RaceSetup("mission", "01-final-notice", "subaru", 0, 1, "normal", 2, player_ai=False)
    track, play = build_mission(setup)
    recorder = Recorder(setup, track, play)
    pilot = Autopilot(play.runner, seed=2)
    for _ in range(20 * 120):
        recorder.step({0: pilot.controls()})
    path = tmp_path / "mission.ftr"
    save_replay(recorder.replay(), path)
    app.stack.clear()
    viewer = open_replay(app, path)
    assert isinstance(viewer, ReplayViewerScene)
    assert viewer.car_name(0).startswith("Katie")
    app.stack.push(viewer)
    drive(app, 3, script={1: [key(pygame.K_RIGHTBRACKET)]})  # x4
    drive(app, 3000, until=lambda: viewer.ended)
    assert viewer.ended and viewer.in_sync
    app.draw(app.display.surface, 0.0)
