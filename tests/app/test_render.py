"""The race renderer: cars where the sim says, HUD figures from the sim, drawing changes nothing,
caches stay bounded, and night is dark except where lights fall."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import pygame
import pytest

from game.app.render import HudState, RaceRenderer, RenderOptions
from game.app.render.chunks import ChunkCache
from game.app.render.hud_texts import format_time, hud_texts
from game.app.render.vehicle_art import parse_hex
from game.content.vehicles import load_vehicles
from game.paths import VEHICLES_FILE
from game.sim.circuits import open_pad, stadium_circuit
from game.sim.controls import Controls
from game.sim.snapshot import WorldSnapshot
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec
from game.sim.world import World

SIZE = (800, 450)


@pytest.fixture(scope="module")
def screen() -> Iterator[pygame.Surface]:
    pygame.display.init()
    pygame.font.init()
    yield pygame.display.set_mode(SIZE)


@pytest.fixture(scope="module")
def specs() -> dict[str, VehicleSpec]:
    return load_vehicles(VEHICLES_FILE)


def race(
    track: Track, cars: list[VehicleSpec], night: bool = False, units: str = "kmh"
) -> tuple[World, RaceRenderer]:
    if night:
        track = replace(track, night=True)
    world = World(track, seed=1)
    for spec, slot in zip(cars, track.start_slots, strict=False):
        world.add_vehicle(spec, slot.x, slot.y, slot.heading)
    renderer = RaceRenderer(SIZE, track, None, cars, 0, RenderOptions(units=units))  # type: ignore[arg-type]
    return world, renderer


def drive(world: World, steps: int, controls: Controls) -> None:
    for _ in range(steps):
        world.step({0: controls})


def frame(
    renderer: RaceRenderer, screen: pygame.Surface, snap: WorldSnapshot, hud: HudState | None = None
) -> np.ndarray:
    renderer.update(1 / 60, snap, [], hud)
    renderer.draw(screen, snap, snap, 1.0, hud)
    return pygame.surfarray.array3d(screen).astype(np.int32)


def near(
    pixels: np.ndarray, x: float, y: float, colour: tuple[int, int, int], radius: int = 3, tol: int = 45
) -> bool:
    xs = slice(max(0, round(x) - radius), round(x) + radius + 1)
    ys = slice(max(0, round(y) - radius), round(y) + radius + 1)
    patch = pixels[xs, ys].reshape(-1, 3)
    return bool((np.abs(patch - np.array(colour)).max(axis=1) <= tol).any())


def test_player_car_is_drawn_where_the_sim_puts_it(
    screen: pygame.Surface, specs: dict[str, VehicleSpec]
) -> None:
    world, renderer = race(stadium_circuit(), [specs["diablo"], specs["subaru"]])
    drive(world, 240, Controls(throttle=1.0))
    snap = world.snapshot()
    pixels = frame(renderer, screen, snap)
    me = snap.vehicles[0]
    body = parse_hex(specs["diablo"].color)
    # the bonnet, a metre ahead of the centre along the heading
    fx, fy = me.x + np.cos(me.heading) * 1.3, me.y + np.sin(me.heading) * 1.3
    sx, sy = renderer.world_to_screen(fx, fy, snap, snap, 1.0)
    assert 0 <= sx < SIZE[0] and 0 <= sy < SIZE[1]
    assert near(pixels, sx, sy, body)
    # ten metres to the side there is track, not car
    ox, oy = renderer.world_to_screen(me.x, me.y - 10.0, snap, snap, 1.0)
    assert not near(pixels, ox, oy, body, radius=2, tol=25)


def test_speedometer_shows_the_snapshot_speed(screen: pygame.Surface, specs: dict[str, VehicleSpec]) -> None:
    for units, factor in (("kmh", 3.6), ("mph", 2.2369363)):
        world, renderer = race(stadium_circuit(), [specs["subaru"]], units=units)
        drive(world, 360, Controls(throttle=1.0))
        snap = world.snapshot()
        hud = HudState(
            lap=2,
            laps=3,
            position=4,
            cars=8,
            lap_time_s=61.234,
            best_lap_s=59.5,
            race_time_s=125.0,
            time_s=snap.time_s,
        )
        renderer.update(1 / 60, snap, [], hud)
        drawn = renderer.draw(screen, snap, snap, 1.0, hud)
        speed = snap.vehicles[0].speed
        assert speed > 10.0
        assert drawn.speed == str(round(speed * factor))
        assert drawn == renderer.hud_texts(snap, hud)
        assert drawn.units == ("MPH" if units == "mph" else "KM/H")
        assert (drawn.lap, drawn.position, drawn.cars) == ("2/3", "4", "/8")
        assert (drawn.lap_time, drawn.best_lap, drawn.race_time) == ("1:01.23", "0:59.50", "2:05.00")
    # the figures are really painted: white pixels in the speed box on a black screen
    screen.fill((0, 0, 0))
    renderer.hud.draw(screen, hud, snap.vehicles[0], [])
    box = renderer.hud.layout.speed_rect
    patch = pygame.surfarray.array3d(screen.subsurface(box.clip(screen.get_rect())))
    assert int((patch.min(axis=2) > 200).sum()) > 40


def test_hud_strings() -> None:
    assert format_time(None) == "-:--.--"
    assert format_time(83.456) == "1:23.46"
    state = HudState(countdown=0, banner="Incoming call", banner_until_s=5.0, time_s=4.0, wrong_way=True)
    texts = hud_texts(state, None, "kmh")
    assert (texts.countdown, texts.banner, texts.wrong_way, texts.speed) == (
        "GO!",
        "Incoming call",
        "WRONG WAY",
        "0",
    )
    assert hud_texts(replace(state, time_s=6.0), None, "kmh").banner == ""


def renderer_state(r: RaceRenderer) -> tuple[object, ...]:
    cam = r.camera
    return (
        r.effects.pool.state(),
        len(r.effects.skids),
        r.effects.skids.head,
        r.effects.clock,
        cam.offset_x,
        cam.offset_y,
        cam.bucket,
        cam.wish_scale,
        cam.trauma,
        cam.clock,
        r.effects.rng.bit_generator.state["state"]["state"],
    )


def test_drawing_changes_nothing(screen: pygame.Surface, specs: dict[str, VehicleSpec]) -> None:
    world, renderer = race(stadium_circuit(), [specs["subaru"], specs["police"], specs["bmw"]], night=True)
    drive(world, 300, Controls(throttle=1.0))
    prev = world.snapshot()
    for _ in range(40):  # slide about a bit so there are particles and skid marks
        drive(world, 2, Controls(throttle=1.0, steer=0.8, handbrake=True))
        snap = world.snapshot()
        renderer.update(1 / 60, snap, world.drain_events(), None)
        prev = snap
    drive(world, 2, Controls(throttle=1.0))
    snap = world.snapshot()
    renderer.update(1 / 60, snap, world.drain_events(), None)
    assert renderer.effects.pool.alive() > 0
    assert len(renderer.effects.skids) > 0
    before = renderer_state(renderer)
    snap_before = repr(snap)
    renderer.draw(screen, prev, snap, 0.3)
    first = pygame.surfarray.array3d(screen).copy()
    renderer.draw(screen, prev, snap, 0.3)
    second = pygame.surfarray.array3d(screen)
    assert renderer_state(renderer) == before
    assert repr(snap) == snap_before
    assert np.array_equal(first, second)


class CountingPainter:
    def __init__(self) -> None:
        self.painted = 0

    def paint(self, surface: pygame.Surface, scale: float, x0: int, y0: int) -> bool:
        self.painted += 1
        surface.fill((x0 % 256, y0 % 256, 0))
        return True


def test_chunk_cache_is_bounded(screen: pygame.Surface) -> None:
    painter = CountingPainter()
    cache = ChunkCache(painter, (10.0, 5.0), capacity=6, chunk_px=64)
    for i in range(40):
        cache.get((i % 2, i, -i))
        assert len(cache) <= 6
    assert painter.painted == 40
    before = painter.painted
    cache.get((1, 39, -39))  # still cached: no repaint
    assert painter.painted == before


def test_renderer_caches_stay_bounded_on_a_long_drive(
    screen: pygame.Surface, specs: dict[str, VehicleSpec]
) -> None:
    world, renderer = race(open_pad(3000.0, cell_m=20.0), [specs["fordgt"]])
    for _ in range(240):
        drive(world, 2, Controls(throttle=1.0, steer=0.05))
        snap = world.snapshot()
        renderer.update(1 / 60, snap, [], None)
        renderer.draw(screen, snap, snap, 1.0)
    assert len(renderer.ground) <= renderer.ground.capacity
    assert len(renderer.sprites) <= renderer.sprites.capacity
    assert renderer.effects.pool.alive() <= renderer.effects.pool.capacity


def test_night_is_darker_but_headlights_light_the_road(
    screen: pygame.Surface, specs: dict[str, VehicleSpec]
) -> None:
    track = open_pad(400.0, cell_m=10.0)
    world_d, day = race(track, [specs["subaru"]])
    world_n, night = race(track, [specs["subaru"]], night=True)
    snap = world_d.snapshot()
    lit_day = frame(day, screen, snap)
    lit_night = frame(night, screen, world_n.snapshot())
    assert lit_night.mean() < lit_day.mean() * 0.6
    me = snap.vehicles[0]
    ax, ay = night.world_to_screen(me.x + 12.0, me.y, snap, snap, 1.0)
    bx, by = night.world_to_screen(me.x - 12.0, me.y, snap, snap, 1.0)

    def brightness(px: np.ndarray, x: float, y: float) -> float:
        return float(px[round(x) - 6 : round(x) + 6, round(y) - 6 : round(y) + 6].mean())

    assert brightness(lit_night, ax, ay) > brightness(lit_night, bx, by) * 1.8
    assert brightness(lit_night, ax, ay) <= brightness(lit_day, ax, ay) + 1


def test_renders_a_tiled_map_with_overhead_layer(
    screen: pygame.Surface, specs: dict[str, VehicleSpec]
) -> None:
    from game.content.tmx import load_map
    from game.paths import PROJECT_ROOT

    loaded = load_map(PROJECT_ROOT / "tests/content/maps/valid/ring.tmx")
    world = World(loaded.track, seed=1)
    slot = loaded.track.start_slots[0]
    world.add_vehicle(specs["subaru"], slot.x, slot.y, slot.heading)
    renderer = RaceRenderer(SIZE, loaded.track, loaded.render, [specs["subaru"]], 0)
    snap = world.snapshot()
    pixels = frame(renderer, screen, snap)
    assert renderer.overhead is not None
    assert pixels.std() > 5  # tiles were drawn, not a flat fill
