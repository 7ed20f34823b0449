"""``play [--fullscreen] [--mods DIR]``: launch the game (what ``fast-track`` alone does)."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

_STARTED = time.perf_counter()


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fullscreen", action="store_true", help="start in full screen")
    parser.add_argument(
        "--mods",
        type=Path,
        metavar="DIR",
        help="read mod tracks from DIR (default: the mods folder in the user data dir)",
    )


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from game.app.main import run_game

    return run_game(fullscreen=args.fullscreen, mods_dir=args.mods, started=_STARTED)
