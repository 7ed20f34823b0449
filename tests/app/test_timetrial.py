"""Time trial in the app: a lap through the real loop becomes the record, the next trial chases it."""

from __future__ import annotations

import math
from pathlib import Path

import pygame
import pytest

from game.app.context import AppContext
from game.app.loop import GameLoop
from game.app.render.telemetry import LOST, draw_telemetry, telemetry
from game.app.scenes.time_trial import YOURS, TimeTrialScene, TimeTrialSetupScene
from game.app.scenes.title import MainMenuScene
from game.app.scenes.trial_results import TimeTrialResultsScene
from game.content.ghosts import Records
from game.content.setup import RaceSetup
from game.sim.controls import Controls
from game.sim.ghost import Ghost, Pose
from game.sim.timetrial import TIME_TRIAL_LAPS

SIZE = (640, 360)


class FakeClock:
    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> float:
        return self.t


def drive(
    app: AppContext,
    frames: int,
    until: object = None,
    frame_s: float = 1 / 15,
    script: dict[int, list[pygame.event.Event]] | None = None,
) -> GameLoop:
    """The real loop with an injected clock, until ``until()`` is true or ``frames`` have run."""
    clock = FakeClock()

    def events() -> list[pygame.event.Event]:
        clock.t += frame_s
        return (script or {}).get(loop.frames, [])

    loop = GameLoop(app, app.display, clock=clock, events=events, on_event=app.on_event)
    while loop.running and loop.frames < frames and not (callable(until) and until()):
        loop.frame()
    return loop


def key(code: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="")


AI = RaceSetup("time-trial", "test-stadium", "subaru", 0, TIME_TRIAL_LAPS, "hard", 2, player_ai=True)


def test_a_lap_becomes_the_record_and_the_next_trial_shows_its_ghost(app: AppContext, tmp_path: Path) -> None:
    app.stack.push(MainMenuScene(app))
    first = TimeTrialScene(app, AI)
    app.stack.push(first)
    assert first.target_label == ""  # the stadium has no author ghost and there is no record yet
    loop = drive(app, 2000, until=lambda: bool(first.laps))
    assert first.laps, f"no lap after {loop.frames} frames"
    lap = first.laps[0]
    assert lap.clean and lap.personal_best
    assert loop.steps <= 8 * loop.frames
    records = Records(tmp_path / "home")
    record = records.best("test-stadium", "subaru")
    assert record is not None and record.lap_time_s == pytest.approx(lap.time_s)
    assert (tmp_path / "home" / record.ghost_file).is_file()
    assert first.telemetry is not None and first.telemetry_showing  # the plot comes up after the lap
    assert first.trial_state().best_lap_s == pytest.approx(lap.time_s)

    # the next trial chases that lap; the player sits on the grid, so the ghost drives away from us
    setup = RaceSetup("time-trial", "test-stadium", "subaru", 0, TIME_TRIAL_LAPS, "hard", 2)
    second = TimeTrialScene(app, setup, driver=lambda snap: Controls())
    app.stack.replace(second)
    assert second.target_label == YOURS and second.trial.ghost is not None
    assert second.trial.ghost.lap_time_s == pytest.approx(lap.time_s)
    drive(app, 200, until=lambda: second.session.time_s > second.session.race.go_time + 2.5)
    surface = app.display.surface
    marker = second.ghost_marker(1.0)
    assert marker is not None
    car = second.snap.vehicles[0]
    assert math.hypot(marker.x - car.x, marker.y - car.y) > 6.0
    sx, sy = second.view.world_to_screen(marker.x, marker.y, second.prev, second.snap, 1.0)
    second.view.draw(surface, second.prev, second.snap, 1.0, second.hud)
    without = surface.copy()
    second.draw(surface, 1.0)
    box = pygame.Rect(0, 0, 24, 24)
    box.center = (round(sx), round(sy))

    def differs(x: int, y: int) -> bool:
        a, b = surface.get_at((x, y)), without.get_at((x, y))
        return sum(abs(a[i] - b[i]) for i in range(3)) > 30

    changed = sum(
        1
        for x in range(box.left, box.right)
        for y in range(box.top, box.bottom)
        if surface.get_rect().collidepoint(x, y) and differs(x, y)
    )
    assert changed > 40, f"only {changed} ghost pixels near {sx:.0f},{sy:.0f}"
    state = second.trial_state()
    assert state.delta_s is not None and state.delta_s > 0.5  # standing still: well behind the ghost


def test_time_trial_from_the_main_menu_to_results(app: AppContext) -> None:
    app.autopilot = True
    app.stack.push(MainMenuScene(app))
    menu = app.stack.top
    assert isinstance(menu, MainMenuScene)
    menu.menu.focus = 2  # Time Trial
    app.handle_event(key(pygame.K_RETURN))
    setup = app.stack.top
    assert isinstance(setup, TimeTrialSetupScene)
    app.draw(app.display.surface, 0.0)
    setup.menu.focus = 2  # Start
    app.handle_event(key(pygame.K_RETURN))
    trial = app.stack.top
    assert isinstance(trial, TimeTrialScene) and trial.setup.player_ai
    drive(app, 300, until=lambda: trial.session.time_s > 6.0)
    app.handle_event(key(pygame.K_ESCAPE))
    pause = app.stack.top
    assert pause is not None and pause.name == "pause"
    app.draw(app.display.surface, 0.0)
    app.handle_event(key(pygame.K_DOWN))
    app.handle_event(key(pygame.K_RETURN))  # End session
    results = app.stack.top
    assert isinstance(results, TimeTrialResultsScene) and results.replay is not None
    app.update(1 / 120)
    app.draw(app.display.surface, 0.0)


def _straight(speeds: list[float], step_m: float = 2.0) -> Ghost:
    """A lap along a straight line, at a given speed for each ``step_m`` stretch."""
    poses = [Pose(0.0, 0.0, 0.0, 0.0, speeds[0])]
    t = 0.0
    for k, v in enumerate(speeds):
        t += step_m / v
        poses.append(Pose(t, (k + 1) * step_m, 0.0, 0.0, v))
    return Ghost("line", "fp", "subaru", t, tuple(poses))


def test_telemetry_plot_renders_and_marks_the_worst_sector() -> None:
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode(SIZE)
    reference = _straight([30.0] * 200)  # 400 m at 30 m/s
    slow = [30.0] * 200
    for k in range(125, 150):  # 250-300 m: sector 5 of 8 (50 m each), driven at half speed
        slow[k] = 15.0
    for k in range(25, 30):  # a small loss in sector 0
        slow[k] = 25.0
    data = telemetry(_straight(slow), reference, "Lap 2", "Author")
    assert data.worst == 5
    assert data.sectors[5].delta_s == pytest.approx(50 / 15 - 50 / 30, abs=0.02)
    surface = pygame.Surface((1280, 720))
    surface.fill((60, 90, 60))
    layout = draw_telemetry(surface, pygame.Rect(40, 300, 760, 280), data)
    assert layout.worst == 5 and len(layout.sectors) == 8

    def mean(rect: pygame.Rect) -> tuple[float, float, float]:
        inner = rect.inflate(-16, -40)
        px = [
            surface.get_at((x, y))
            for x in range(inner.left, inner.right, 3)
            for y in range(inner.top, inner.bottom, 3)
        ]
        return tuple(sum(p[i] for p in px) / len(px) for i in range(3))  # type: ignore[return-value]

    worst, calm = mean(layout.sectors[5]), mean(layout.sectors[3])
    assert worst[0] > calm[0] + 25 and worst[0] > worst[1] + 25  # shaded red where the time went
    edge = layout.sectors[5]
    assert tuple(surface.get_at((edge.left, edge.centery + 30)))[:3] == LOST  # outlined
