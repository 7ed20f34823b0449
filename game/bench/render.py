"""``bench render``: one rendered race frame at 1280×720 with 8 cars, night, every effect, HUD.

Eight computer drivers race a session (a bundled night map if one loads,
else the stadium circuit forced to night); each frame the sim is stepped
(not timed), then the renderer's ``update`` + ``draw`` + ``display.flip`` are
timed with SDL's dummy video driver. ``startup_ms`` is a fresh Python process
running the real game until its first screen is drawn and the game quits,
interpreter start-up included: an upper bound on "start to main menu".
"""

from __future__ import annotations

import gc
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import pygame

SIZE = (1280, 720)
CARS = ("subaru", "bmw", "wolf", "nicole", "fordgt", "diablo", "enzo", "police")
WARMUP_FRAMES = 240
FRAMES = 900
FRAME_DT = 1.0 / 60.0
NIGHT_MAP = "city-night.tmx"


@dataclass
class Demo:
    """A race in progress with a renderer attached: what the bench and the screenshots drive."""

    session: object
    renderer: object
    previous: object
    snapshot: object


def build_demo(
    night: bool,
    size: tuple[int, int] = SIZE,
    seed: int = 3,
    map_file: Path | None = None,
    effects: str = "high",
) -> Demo:
    """A session of 8 AI cars (player = car 0) and its renderer on an already-open display."""
    from game.app.render import RaceRenderer, RenderOptions
    from game.content.vehicles import load_vehicles
    from game.paths import VEHICLES_FILE
    from game.sim.ai.profile import Personality, Skill
    from game.sim.circuits import stadium_circuit
    from game.sim.session import Entrant, RaceSession

    specs = load_vehicles(VEHICLES_FILE)
    track, render = None, None
    if map_file is not None:
        try:
            from game.content.tmx import load_map

            loaded = load_map(map_file)
            track, render = loaded.track, loaded.render
        except Exception as exc:  # a broken or missing map must not stop the bench
            print(f"note: {map_file} did not load ({exc}); using the stadium", file=sys.stderr)
    if track is None:
        track = stadium_circuit()
    if night and not (track.night or (render is not None and render.night)):
        track = replace(track, night=True)
    n = min(len(CARS), len(track.start_slots))
    entrants = [
        Entrant(f"Driver {i + 1}", specs[CARS[i]], Skill(), Personality(aggression=0.7)) for i in range(n)
    ]
    session = RaceSession(track, entrants, seed=seed)
    options = RenderOptions(effects=effects)  # type: ignore[arg-type]
    renderer = RaceRenderer(size, track, render, [e.spec for e in entrants], 0, options)
    snap = session.snapshot()
    return Demo(session, renderer, snap, snap)


def hud_for(session: object) -> object:
    """A HudState from a RaceSession's rules, as the race scene would fill it."""
    import math

    from game.app.render import HudState

    race = session.race  # type: ignore[attr-defined]
    t = session.time_s  # type: ignore[attr-defined]
    clock = race.clock(t)
    order = race.order()
    me = 0
    card = race.cards[me]
    countdown = None
    if clock < 0:
        countdown = max(1, math.ceil(-clock))
    elif clock < 1.0:
        countdown = 0
    best = min(card.lap_times) if card.lap_times else None
    return HudState(
        lap=card.laps + 1,
        laps=race.config.laps,
        position=order.index(me) + 1,
        cars=len(race.cards),
        lap_time_s=max(0.0, clock - card.lap_start) if clock >= 0 else 0.0,
        best_lap_s=best,
        race_time_s=max(0.0, clock),
        wrong_way=card.wrong,
        countdown=countdown,
        time_s=t,
    )


def advance(demo: Demo, frame_dt: float = FRAME_DT) -> list[object]:
    """Step the sim by one display frame; returns the drained events."""
    session = demo.session
    steps = round(frame_dt * 120)
    for _ in range(steps):
        session.step()  # type: ignore[attr-defined]
    demo.previous = demo.snapshot
    demo.snapshot = session.snapshot()  # type: ignore[attr-defined]
    return session.drain_events()  # type: ignore[attr-defined,no-any-return]


_FIRST_SCREEN = "from game.app.main import run_game\nraise SystemExit(run_game(max_frames=2))\n"


def startup_ms(runs: int = 3) -> float:
    """Best of ``runs`` fresh processes: launch, draw the first screen, quit (ms)."""
    env = {
        **os.environ,
        "SDL_VIDEODRIVER": "dummy",
        "SDL_AUDIODRIVER": "dummy",
        "PYGAME_HIDE_SUPPORT_PROMPT": "1",
    }
    best = float("inf")
    with tempfile.TemporaryDirectory() as home:
        env["FAST_TRACK_HOME"] = home  # a first start: no settings, no cached sounds
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", _FIRST_SCREEN], env=env, check=True, capture_output=True)
            best = min(best, (time.perf_counter() - start) * 1000.0)
    return best


def measure() -> dict[str, float]:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    started_ms = startup_ms()
    pygame.display.init()
    pygame.font.init()
    screen = pygame.display.set_mode(SIZE)

    from game.paths import LEVELS_DIR

    night_map = LEVELS_DIR / NIGHT_MAP
    demo = build_demo(True, map_file=night_map if night_map.exists() else None)
    # As the game does once a race is loaded: keep the collector from walking
    # every long-lived object (numba, pymunk, the map) in a 25 ms gen-2 pass.
    gc.collect()
    gc.freeze()
    renderer = demo.renderer
    times: list[float] = []
    for frame in range(WARMUP_FRAMES + FRAMES):
        events = advance(demo)
        hud = hud_for(demo.session)
        t0 = time.perf_counter()
        renderer.update(FRAME_DT, demo.snapshot, events, hud)  # type: ignore[attr-defined]
        renderer.draw(screen, demo.previous, demo.snapshot, 0.5, hud)  # type: ignore[attr-defined]
        pygame.display.flip()
        if frame >= WARMUP_FRAMES:
            times.append((time.perf_counter() - t0) * 1000.0)
    times.sort()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "frame_ms_median": round(statistics.median(times), 3),
        "frame_ms_p99": round(times[min(len(times) - 1, int(len(times) * 0.99))], 3),
        "startup_ms": round(started_ms, 1),
        "rss_mb": round(rss_kb / 1024.0, 1),
    }


def screenshot(out: Path, map_file: Path | None, night: bool, frames: int = 700, seed: int = 3) -> None:
    """Race ``frames`` display frames of the demo and save the last one (for docs/screenshots)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    pygame.display.init()
    pygame.font.init()
    screen = pygame.display.set_mode(SIZE)
    demo = build_demo(night, map_file=map_file, seed=seed)
    for _ in range(frames):
        events = advance(demo)
        hud = hud_for(demo.session)
        demo.renderer.update(FRAME_DT, demo.snapshot, events, hud)  # type: ignore[attr-defined]
        demo.renderer.draw(screen, demo.previous, demo.snapshot, 0.5, hud)  # type: ignore[attr-defined]
    pygame.image.save(screen, str(out))


if __name__ == "__main__":
    print(measure())
