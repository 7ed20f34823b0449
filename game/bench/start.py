"""``bench start``: Start → green light, ``start_race_ms`` (budget 1.0 s on a warm cache).

**What is measured.** A fresh Python process opens the game as the player
gets it (``game.app.main.open_app``: the window under SDL's dummy video
driver, settings, audio, the library; the title screen drawn, then the
physics warm-up started, as ``run_game`` does) and is driven through the real
loop by key presses: Enter on the title, down + Enter into Quick race, the
menu left open for :data:`MENU_S` (a player choosing), then down to
"Start race". ``start_race_ms`` runs from the moment the loop takes the Enter
that chooses Start race to the end of the first frame presented in which the
race scene is on top and its session has stepped (the countdown running),
whatever was on screen in between. The set-up is the quick race's default
(city-night, five rivals, three laps).

**Warm cache.** One untimed process runs first, so numba's machine code, the
sound cache and the OS file cache are filled; then :data:`RUNS` timed
processes, and the median is reported (the machine is shared and noisy), with
the slowest run, the background warm-up's own time and how many runs showed
the loading screen (a wait over 0.3 s). ``--before`` measures the old path:
no warm-up and the race built inside the key handler, no loading screen.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile

RUNS = 5
MENU_S = 2.0
"""Seconds spent in the quick-race menu before Start: time the warm-up gets, as a player gives it."""
LIMIT_S = 30.0
"""A child that has not seen the green light by then has failed."""

_CHILD = r"""
import json, sys, time
import pygame
from game.app.main import open_app
from game.app.loop import GameLoop
from game.app.scenes.driving import DrivingScene
from game.app.scenes.loading import WARMUP, LoadingScene, start_warmup
from game.app.scenes.title import TitleScene

MENU_S, LIMIT_S, BEFORE = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3] == "before"
app = open_app()
app.flow.loading_screens = not BEFORE
app.stack.push(TitleScene(app))

def key(code):
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0)

pending = []
chosen = None
def events():
    global chosen
    out = list(pygame.event.get()) + pending
    if pending and pending[-1].key == pygame.K_RETURN and app.stack.top.name == "quick-race":
        chosen = time.perf_counter()  # the loop takes the Start key now
    pending.clear()
    return out

loop = GameLoop(app, app.display, events=events, on_event=app.on_event, pace=app.display.pace)
loop.frame()
if not BEFORE:
    start_warmup()

def frames_until(test, seconds=LIMIT_S):
    end = time.perf_counter() + seconds
    while not test() and time.perf_counter() < end:
        loop.frame()
    if not test():
        raise SystemExit(f"stuck on {app.stack.top.name}")

def press(*codes):
    pending.extend(key(c) for c in codes)
    loop.frame()

press(pygame.K_RETURN)  # title -> main menu
frames_until(lambda: app.stack.top.name == "menu")
press(pygame.K_DOWN, pygame.K_RETURN)  # Quick race
frames_until(lambda: app.stack.top.name == "quick-race")
menu_end = time.perf_counter() + MENU_S
frames_until(lambda: time.perf_counter() >= menu_end)
rows = [r.label for r in app.stack.top.rows()]
press(*[pygame.K_DOWN] * rows.index("Start race"))
shown = False
def green():
    global shown
    top = app.stack.top
    if isinstance(top, LoadingScene) and top.showing:
        shown = True
    return isinstance(top, DrivingScene) and top.play.time_s > 0.0
pending.append(key(pygame.K_RETURN))
loop.frame()
frames_until(green)
done = time.perf_counter()
warm = WARMUP.seconds
print(json.dumps({"start_ms": (done - chosen) * 1000.0, "warmup_ms": None if warm is None else warm * 1000.0,
                  "shown": shown, "track": app.stack.top.setup.track}))
pygame.quit()
"""


def run_once(home: str, before: bool = False) -> dict[str, object]:
    """One fresh process from launch to the green light; its figures."""
    env = {
        **os.environ,
        "SDL_VIDEODRIVER": "dummy",
        "SDL_AUDIODRIVER": "dummy",
        "PYGAME_HIDE_SUPPORT_PROMPT": "1",
        "FAST_TRACK_HOME": home,
    }
    mode = "before" if before else "game"
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(MENU_S), str(LIMIT_S), mode],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=LIMIT_S * 3,
    )
    figures: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def measure(runs: int = RUNS, before: bool = False) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as home:
        run_once(home, before)  # warm: numba's cache, the sound cache, the OS file cache
        samples = [run_once(home, before) for _ in range(runs)]
    times = sorted(float(str(s["start_ms"])) for s in samples)
    warm = [float(str(s["warmup_ms"])) for s in samples if s["warmup_ms"] is not None]
    prefix = "start_race_before" if before else "start_race"
    figures: dict[str, object] = {
        f"{prefix}_ms": round(statistics.median(times), 1),
        f"{prefix}_ms_max": round(times[-1], 1),
        f"{prefix}_loading_shown": sum(1 for s in samples if s["shown"]),
    }
    if warm:
        figures["warmup_ms"] = round(statistics.median(warm), 1)
    return figures


if __name__ == "__main__":
    print(measure(before="--before" in sys.argv))
