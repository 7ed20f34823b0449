"""The game's entry point: window, services, title screen, main loop, and a safety net.

Only what the title screen needs is started before the first frame; maps,
vehicle specs and the music are loaded when first wanted, which is what
keeps start → menu well under a second. Once the title is drawn, the
physics (imports and numba's cached kernels) warms up on a daemon thread
while the player is in the menus, and drives start under the loading screen
(``game.app.scenes.loading``), so Start → green light is short and never a
frozen window. Any unexpected error ends the game
with one readable sentence (and the full traceback in a log file for a bug
report, the last few kept), never a traceback in the player's face. At start
the temp files of interrupted writes are swept from the player's folders.
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from game.content import storage
from game.content.bounded import short

if TYPE_CHECKING:
    from game.app.context import AppContext
    from game.app.scenes.base import Scene

log = logging.getLogger("game")


def _data_dir() -> Path:
    return storage.user_data_dir()


def run_game(
    fullscreen: bool = False,
    mods_dir: Path | None = None,
    max_frames: int | None = None,
    started: float | None = None,
) -> int:
    """Play until the player quits; returns the process exit code."""
    return _safely(lambda: _run(fullscreen, mods_dir, max_frames, started))


def watch_replay(path: Path, max_frames: int | None = None) -> int:
    """``python -m game replay FILE``: the window opens on the replay viewer and closes with it.

    A replay that cannot be played shows its one-sentence reason in the window
    (and the process exits 1 after it is closed); never a traceback.
    """
    from game.app.scenes.replay_viewer import ReplayViewerScene, open_replay

    outcome: list[bool] = []

    def first(app: AppContext) -> Scene:
        scene = open_replay(app, Path(path))
        outcome.append(isinstance(scene, ReplayViewerScene))
        return scene

    code = _safely(lambda: _run(False, None, max_frames, None, first))
    return code if code or not outcome or outcome[0] else 1


def play_mission(
    mission_id: str, mods_dir: Path | None = None, max_frames: int | None = None, autopilot: bool = False
) -> int:
    """``python -m game mission ID``: the window opens on that mission's briefing.

    The campaign menu sits underneath (Back and the debrief lead there), and
    the attempt is saved like any campaign attempt; a mission still locked in
    that campaign is not opened. With ``autopilot`` the AI drives, on a
    campaign kept in memory only: any mission, and the save is never touched.
    A mission that cannot be found, loaded or opened shows its reason in the
    window (exit code 1), never a traceback.
    """
    found: list[bool] = []

    def first(app: AppContext) -> Scene:
        from game.app.scenes.campaign import CampaignScene, make_campaign, open_mission
        from game.app.scenes.title import MainMenuScene

        app.autopilot = autopilot
        campaign = make_campaign(app, persist=not autopilot)
        app.stack.push(MainMenuScene(app))
        app.stack.push(CampaignScene(app, campaign))
        scene = open_mission(app, campaign, mission_id, respect_locks=not autopilot)
        found.append(scene.name == "briefing")
        return scene

    code = _safely(lambda: _run(False, mods_dir, max_frames, None, first))
    return code if code or not found or found[0] else 1


def _safely(run: Callable[[], int]) -> int:
    """Run the game; any unexpected error becomes one sentence and a crash log."""
    try:
        return run()
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        report = _write_crash_log()
        detail = short(str(exc), 200).strip()
        problem = f"an unexpected problem ({detail})" if detail else "an unexpected problem"
        where = f"are in {report}" if report else "could not be written down"
        print(
            f"FAST TRACK stopped because of {problem}; the details for a bug report {where}.", file=sys.stderr
        )
        return 1
    finally:
        try:
            import pygame

            pygame.quit()
        except Exception:
            pass


CRASH_LOGS_KEPT = 5
"""Crash reports kept in the log folder: enough to see a pattern, never a pile."""


def _write_crash_log(when: datetime | None = None) -> Path | None:
    """The current traceback in a new ``crash-<date>-<time>.log``; the oldest beyond the last few go.

    Each crash gets its own file, so the report of the crash that mattered is
    not overwritten by the next one; the names sort by time.
    """
    try:
        folder = storage.user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
        path = folder / f"crash-{stamp}.log"
        storage.write_atomic(path, traceback.format_exc().encode("utf-8"))
    except OSError:
        return None
    _forget_old_crash_logs(folder)
    return path


def _forget_old_crash_logs(folder: Path) -> None:
    for old in sorted(folder.glob("crash-*.log"))[:-CRASH_LOGS_KEPT]:
        try:
            old.unlink()
        except OSError:
            continue


def _sweep_temp_files() -> None:
    """Remove what interrupted writes left behind (never a file another running game is writing)."""
    removed = storage.remove_stale_temps(storage.player_folders())
    if removed:
        log.info("removed %d temp file(s) left by interrupted writes", len(removed))


def open_app(fullscreen: bool = False, mods_dir: Path | None = None) -> AppContext:
    """The window and the services of a game, as the player gets them (the ``start`` benchmark too).

    Settings are read (with a toast if they were unusable), the temp files of
    interrupted writes swept, the window and the pads opened; drives start
    under the loading screen.
    """
    import pygame

    from game.app.audio.device import create_audio
    from game.app.context import AppContext
    from game.app.display import WindowDisplay
    from game.content import settings as settings_file
    from game.content.library import Library

    _sweep_temp_files()
    loaded = settings_file.load()
    settings = loaded.settings
    if fullscreen and not settings.fullscreen:
        from dataclasses import replace

        settings = replace(settings, fullscreen=True)
    pygame.display.init()
    pygame.font.init()
    display = WindowDisplay(settings)
    try:
        from pygame._sdl2 import controller

        controller.init()
    except (ImportError, pygame.error) as exc:
        log.info("gamepads are off: %s", exc)
    if mods_dir is None:
        from game.content.catalog import default_mods_dir

        mods_dir = default_mods_dir()
    app = AppContext(
        display,
        settings=settings,
        settings_path=settings_file.default_path(),
        audio=create_audio(cache_dir=storage.user_cache_dir()),
        content=Library(mods_dir),
        data_dir=_data_dir(),
    )
    if loaded.message:
        app.toast(loaded.message, 8.0)
    app.flow.loading_screens = True  # every drive the player starts goes through the loading screen
    return app


def _run(
    fullscreen: bool,
    mods_dir: Path | None,
    max_frames: int | None,
    started: float | None,
    first: Callable[[AppContext], Scene] | None = None,
) -> int:
    """Open the window and run the loop from ``first`` (default: the title screen)."""
    import pygame

    from game.app.loop import GameLoop
    from game.app.scenes.loading import start_warmup
    from game.app.scenes.title import TitleScene

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = open_app(fullscreen, mods_dir)
    display = app.display
    app.stack.push(first(app) if first is not None else TitleScene(app))
    loop = GameLoop(app, display, on_event=app.on_event, pace=display.pace)
    loop.frame()
    if started is not None:
        log.info("start → title in %.0f ms", (time.perf_counter() - started) * 1000)
    # only now, with the title on screen: the physics loads while the player is in the menus
    start_warmup()
    loop.run(max_frames)
    # The window goes first: closing the audio device and tearing down the
    # interpreter left a black window on screen for a couple of seconds after Quit.
    pygame.display.quit()
    app.audio.close()
    return 0
