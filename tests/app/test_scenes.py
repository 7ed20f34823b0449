"""Every screen renders headless and answers input; a whole race runs through the real loop."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from game.app.context import AppContext
from game.app.display import SurfaceDisplay
from game.app.input import Pad
from game.app.loop import GameLoop
from game.app.scenes.pause import ConfirmScene, PauseScene
from game.app.scenes.quick_race import QuickRaceScene
from game.app.scenes.race import RaceScene
from game.app.scenes.registry import SCENES, stage
from game.app.scenes.results import ResultsScene
from game.app.scenes.settings import ControlsScene, SettingsScene
from game.app.scenes.title import MainMenuScene, TitleScene
from game.content import settings as sf
from game.content.library import Library
from game.content.settings import RaceChoice, Settings

SIZE = (640, 360)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppContext]:
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode(SIZE)
    settings = replace(Settings(), race=RaceChoice("test-stadium", "mustang", 1, 1, "normal"))
    ctx = AppContext(
        SurfaceDisplay(SIZE),
        settings=settings,
        settings_path=tmp_path / "settings.json",
        content=Library(None),
        data_dir=tmp_path / "data",
    )
    yield ctx
    ctx.stack.clear()


def down(code: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="")


def send(app: AppContext, *events: pygame.event.Event) -> None:
    for event in events:
        if not app.on_event(event):
            app.handle_event(event)


def colours(surface: pygame.Surface) -> int:
    small = pygame.transform.scale(surface, (64, 36))
    return len({small.get_at((x, y))[:3] for x in range(64) for y in range(36)})


class FakeClock:
    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> float:
        return self.t


def run_loop(
    app: AppContext,
    script: dict[int, list[pygame.event.Event]],
    frames: int,
    until: type | None = None,
    frame_s: float = 1 / 30,
) -> GameLoop:
    """The real loop with an injected clock; ``script`` maps frame numbers to events."""
    clock = FakeClock()

    def events() -> list[pygame.event.Event]:
        clock.t += frame_s
        return script.get(loop.frames, [])

    loop = GameLoop(app, app.display, clock=clock, events=events, on_event=app.on_event)
    while loop.running and loop.frames < frames:
        loop.frame()
        if until is not None and isinstance(app.stack.top, until):
            break
    return loop


@pytest.mark.parametrize("name", SCENES)
def test_every_scene_renders_and_answers_input(app: AppContext, name: str) -> None:
    stage(app, name, track="test-stadium", race_s=4.0)
    surface = app.display.surface
    app.draw(surface, 0.5)
    assert colours(surface) > 12, f"{name} looks blank"
    top = app.stack.top
    assert top is not None
    send(app, down(pygame.K_DOWN), down(pygame.K_UP))
    for _ in range(3):
        app.update(1 / 120)
    app.draw(surface, 0.0)
    assert not app.stack.empty


def test_drawing_changes_no_state(app: AppContext) -> None:
    stage(app, "race", track="test-stadium", race_s=4.0)
    race = app.stack.top
    assert isinstance(race, RaceScene)
    step = race.session.world.step_count
    for alpha in (0.0, 0.5, 1.0):
        app.draw(app.display.surface, alpha)
    assert race.session.world.step_count == step


def test_keyboard_from_title_to_a_finished_race_through_the_real_loop(app: AppContext) -> None:
    app.autopilot = True  # the AI drives the player's car; everything else is the real game
    app.stack.push(TitleScene(app))
    enter, key_down = down(pygame.K_RETURN), down(pygame.K_DOWN)
    script = {2: [enter], 4: [key_down], 5: [enter], 7: [key_down] * 7, 8: [enter]}  # to Start race
    loop = run_loop(app, script, frames=12)
    race = app.stack.top
    assert isinstance(race, RaceScene), app.stack.scenes
    assert [type(s) for s in app.stack.scenes] == [MainMenuScene, QuickRaceScene, RaceScene]
    assert (race.setup.track, race.setup.laps, race.setup.rivals) == ("test-stadium", 1, 1)
    loop = run_loop(app, {}, frames=4000, until=ResultsScene)
    results = app.stack.top
    assert isinstance(results, ResultsScene), f"no results after {loop.frames} frames"
    assert loop.steps <= 8 * loop.frames
    assert results.results[0].finished and len(results.results) == 2
    app.draw(app.display.surface, 0.0)
    send(app, down(pygame.K_DOWN), down(pygame.K_RETURN))  # Main menu
    assert isinstance(app.stack.top, MainMenuScene) and len(app.stack.scenes) == 1


def _hands_on_race(app: AppContext) -> RaceScene:
    """A one-lap stadium race against one rival, the player's car driven by the devices."""
    stage(app, "race", track="test-stadium", race_s=0.0)
    race = app.stack.top
    assert isinstance(race, RaceScene)
    fresh = RaceScene(app, replace(race.setup, player_ai=False, rivals=1, laps=1))
    app.stack.replace(fresh)
    return fresh


def test_keyboard_drives_the_players_car(app: AppContext) -> None:
    fresh = _hands_on_race(app)
    run_loop(app, {1: [down(pygame.K_UP)]}, frames=150)  # 3 s countdown, then 2 s of throttle
    car = fresh.snap.vehicles[fresh.player]
    assert car.speed > 5.0


def test_unplugging_the_pad_mid_race_pauses(app: AppContext) -> None:
    app.add_pad(Pad(5, "Test Pad"))
    stage(app, "race", track="test-stadium", race_s=4.0)
    press_a = pygame.event.Event(
        pygame.CONTROLLERBUTTONDOWN, instance_id=5, button=pygame.CONTROLLER_BUTTON_A
    )
    send(app, press_a)
    send(app, pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=5))
    top = app.stack.top
    assert isinstance(top, PauseScene) and "disconnected" in top.message
    app.draw(app.display.surface, 0.0)
    race = app.stack.scenes[-2]
    assert isinstance(race, RaceScene)
    step = race.session.world.step_count
    app.update(1 / 120)
    assert race.session.world.step_count == step  # paused means paused
    send(app, down(pygame.K_ESCAPE))
    assert app.stack.top is race


def test_a_key_held_through_the_pause_drives_on_when_the_race_resumes(app: AppContext) -> None:
    fresh = _hands_on_race(app)
    fresh.simulate(4 * 120)  # past the green light
    send(app, down(pygame.K_UP), down(pygame.K_ESCAPE))
    assert isinstance(app.stack.top, PauseScene)
    send(app, down(pygame.K_ESCAPE))  # resume, throttle still held
    assert app.stack.top is fresh
    speed = fresh.snap.vehicles[fresh.player].speed
    for _ in range(120):
        app.update(1 / 120)
    assert fresh.snap.vehicles[fresh.player].speed > speed + 3.0


def test_a_player_left_behind_skips_to_a_projected_finish_with_enter(app: AppContext) -> None:
    from game.app.scenes.results import finish_text

    fresh = _hands_on_race(app)
    send(app, down(pygame.K_RETURN))  # nothing to skip yet
    assert app.stack.top is fresh and not fresh.session.over
    while not fresh.session.can_skip:
        fresh.simulate(120)
    frame = pygame.Surface(SIZE)
    app.draw(frame, 0.0)
    send(app, down(pygame.K_RETURN))
    app.update(1 / 60)  # the next update hands over to the results
    assert isinstance(app.stack.top, ResultsScene)
    mine = next(r for r in app.stack.top.results if r.vehicle == fresh.player)
    assert (mine.position, mine.status) == (2, "projected")
    assert finish_text(mine).startswith("~")


def test_focus_loss_pauses_a_race(app: AppContext) -> None:
    stage(app, "race", track="test-stadium", race_s=4.0)
    loop = run_loop(app, {1: [pygame.event.Event(pygame.WINDOWFOCUSLOST)]}, frames=3)
    assert isinstance(app.stack.top, PauseScene)
    assert loop.running


def test_the_frozen_race_under_the_pause_menu_is_drawn_once_not_every_frame(
    app: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pause screen used half a core redrawing the race beneath it each frame."""
    stage(app, "pause", track="test-stadium", race_s=4.0)
    race = app.stack.scenes[-2]
    assert isinstance(race, RaceScene) and app.stack.idle
    drawn: list[int] = []
    real = race.draw
    monkeypatch.setattr(race, "draw", lambda surface, alpha: (drawn.append(1), real(surface, alpha)))
    frames = [pygame.Surface(SIZE) for _ in range(3)]
    for frame in frames:
        app.draw(frame, 0.0)
    assert len(drawn) == 1
    assert pygame.image.tobytes(frames[0], "RGB") == pygame.image.tobytes(frames[2], "RGB")
    send(app, down(pygame.K_DOWN), down(pygame.K_DOWN), down(pygame.K_RETURN))  # Settings, over it
    assert not app.stack.idle
    send(app, down(pygame.K_ESCAPE))  # back to the pause menu: the picture beneath is drawn afresh
    app.draw(frames[0], 0.0)
    assert len(drawn) == 2 and app.stack.idle


def test_pause_menu_restart_and_quit(app: AppContext) -> None:
    stage(app, "pause", track="test-stadium", race_s=4.0)
    old = app.stack.scenes[-2]
    send(app, down(pygame.K_DOWN), down(pygame.K_RETURN))  # Restart
    assert isinstance(app.stack.top, RaceScene) and app.stack.top is not old
    assert app.stack.top.session.world.step_count == 0
    race = app.stack.top
    send(app, down(pygame.K_ESCAPE), down(pygame.K_UP), down(pygame.K_RETURN))  # Quit to menu: it asks
    assert isinstance(app.stack.top, ConfirmScene)
    send(app, down(pygame.K_RETURN))  # "Stay" is the default
    assert isinstance(app.stack.top, PauseScene) and app.stack.scenes[-2] is race
    send(app, down(pygame.K_RETURN), down(pygame.K_ESCAPE))  # still on Quit: asked again; Esc stays
    assert isinstance(app.stack.top, PauseScene)
    send(app, down(pygame.K_RETURN), down(pygame.K_DOWN), down(pygame.K_RETURN))
    assert [type(s) for s in app.stack.scenes] == [MainMenuScene]


def test_mouse_hover_and_click(app: AppContext) -> None:
    app.stack.push(MainMenuScene(app))
    menu = app.stack.top
    assert isinstance(menu, MainMenuScene)
    rect = menu.menu.rects(app.size)[1]  # Quick Race
    send(app, pygame.event.Event(pygame.MOUSEMOTION, pos=rect.center, rel=(0, 0), buttons=(0, 0, 0)))
    assert menu.menu.focus == 1
    send(app, pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=rect.center, button=1))
    assert isinstance(app.stack.top, QuickRaceScene)


def test_settings_change_is_applied_and_saved(app: AppContext) -> None:
    app.stack.push(SettingsScene(app))
    send(app, *[down(pygame.K_DOWN)] * 3, down(pygame.K_LEFT))  # master volume -10 %
    assert app.settings.master_volume == pytest.approx(0.7)
    assert app.settings_path is not None
    assert sf.load(app.settings_path).settings.master_volume == pytest.approx(0.7)


class _LaptopScreen(SurfaceDisplay):
    """An off-screen display that says it sits on a 1366×768 laptop screen."""

    @property
    def desktop_size(self) -> tuple[int, int] | None:
        return (1366, 768)


def test_window_sizes_fit_the_screen_go_down_to_960x540_and_do_not_wrap(app: AppContext) -> None:
    """The list wrapped from 1280×720 to 2560×1440, beyond the screen, and had nothing below 720p."""
    assert sf.resolutions_for((1366, 768)) == ((960, 540), (1024, 576), (1280, 720), (1366, 768))
    assert sf.resolutions_for((800, 600)) == ((960, 540),)
    assert sf.resolutions_for(None) == sf.RESOLUTIONS
    app.display = _LaptopScreen(SIZE)
    app.stack.push(SettingsScene(app))
    row = next(i for i, r in enumerate(app.stack.top.menu.rows) if r.label.startswith("Resolution"))
    send(app, *[down(pygame.K_DOWN)] * row)
    seen = []
    for _ in range(6):
        send(app, down(pygame.K_RIGHT))
        seen.append(app.settings.resolution)
    assert seen == [(1366, 768)] * 6
    for _ in range(6):
        send(app, down(pygame.K_LEFT))
    assert app.settings.resolution == (960, 540)


def test_rebinding_in_the_controls_screen(app: AppContext) -> None:
    app.stack.push(ControlsScene(app, "keyboard"))
    send(app, *[down(pygame.K_DOWN)] * 5, down(pygame.K_RETURN), down(pygame.K_n))  # Nitrous → N
    assert app.settings.keyboard["nitrous"][0] == "n"
    send(app, pygame.event.Event(pygame.KEYUP, key=pygame.K_n))
    app.input.release_all()
    app.input.process(down(pygame.K_n))
    assert app.input.controls().nitrous


def test_f12_saves_a_screenshot(app: AppContext) -> None:
    app.stack.push(TitleScene(app))
    app.draw(app.display.surface, 0.0)
    send(app, down(pygame.K_F12))
    assert app.data_dir is not None
    shots = list((app.data_dir / "screenshots").glob("*.png"))
    assert len(shots) == 1 and shots[0].stat().st_size > 1000


def test_a_corrupt_settings_file_shows_a_message_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{oops", encoding="utf-8")
    loaded = sf.load(path)
    ctx = AppContext(SurfaceDisplay(SIZE), settings=loaded.settings, content=Library(None))
    assert loaded.message
    ctx.toast(loaded.message)
    ctx.stack.push(TitleScene(ctx))
    ctx.draw(ctx.display.surface, 0.0)
    assert ctx.toasts and (tmp_path / "settings.json.bad").exists()


def test_the_quick_race_menu_sets_rival_cars_and_catch_up_by_keys_and_pad(app: AppContext) -> None:
    app.add_pad(Pad(5, "Test Pad"))
    app.stack.push(QuickRaceScene(app))
    scene = app.stack.top
    assert isinstance(scene, QuickRaceScene)
    labels = [row.label for row in scene.menu.rows]
    car = scene.menu.rows[labels.index("Car")]
    from game.sim.classes import vehicle_class

    chosen = scene.cars[scene.car_i]
    assert car.value is not None and car.value() == f"{chosen.name} ({vehicle_class(chosen)})"
    assert (scene.rival_cars, scene.catch_up) == ("class", "subtle")
    send(app, *[down(pygame.K_DOWN)] * labels.index("Rival cars"), down(pygame.K_RIGHT))
    assert scene.rival_cars == "any" and "own car" in scene.menu.rows[scene.menu.focus].hint

    def pad(button: int) -> pygame.event.Event:
        return pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=5, button=button)

    steps = labels.index("Catch-up") - labels.index("Rival cars")
    send(app, *[pad(pygame.CONTROLLER_BUTTON_DPAD_DOWN)] * steps, pad(pygame.CONTROLLER_BUTTON_DPAD_LEFT))
    assert scene.catch_up == "off" and labels[scene.menu.focus] == "Catch-up"
    app.draw(app.display.surface, 0.0)
    setup = scene.setup()
    assert (setup.rival_cars, setup.catch_up) == ("any", "off")
    app.autopilot = True
    send(app, down(pygame.K_DOWN), down(pygame.K_RETURN))  # Start race
    race = app.stack.top
    assert isinstance(race, RaceScene)
    assert (race.setup.rival_cars, race.setup.catch_up) == ("any", "off")
    assert app.settings_path is not None
    saved = sf.load(app.settings_path).settings.race
    assert (saved.rival_cars, saved.catch_up, saved.car) == ("any", "off", chosen.id)
    again = QuickRaceScene(app)  # the menu opens where the player left it
    assert (again.rival_cars, again.catch_up) == ("any", "off")
