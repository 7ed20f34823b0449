"""``shot --scene NAME [--track ID] [--night] --out FILE.png``: render one screen headless.

Runs without a window or a sound device (SDL's dummy drivers), so it works
on a build server; the race screens show a few seconds of AI driving.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from game.app.scene_names import SCENES


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x720") from None
    if not (160 <= w <= 7680 and 120 <= h <= 4320):
        raise argparse.ArgumentTypeError(f"'{text}' is outside 160x120 .. 7680x4320")
    return w, h


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scene", required=True, choices=SCENES, help="which screen to render")
    parser.add_argument("--track", help="track id for the quick-race, race, pause and results screens")
    parser.add_argument("--night", action="store_true", help="race at night")
    parser.add_argument("--size", type=_size, default=(1280, 720), help="image size (default 1280x720)")
    parser.add_argument("--mods", type=Path, metavar="DIR", help="also list mod tracks from DIR")
    parser.add_argument("--out", type=Path, required=True, help="the PNG file to write")


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.app.context import AppContext
    from game.app.display import SurfaceDisplay
    from game.app.scenes.registry import stage
    from game.content.errors import ContentError
    from game.content.library import Library

    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode(args.size)
    app = AppContext(SurfaceDisplay(args.size), content=Library(args.mods))
    try:
        stage(app, args.scene, args.track, args.night)
    except (ValueError, ContentError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    app.draw(app.display.surface, 0.0)
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(app.display.surface, str(args.out))
    except (OSError, pygame.error) as exc:
        print(f"error: could not write {args.out}: {exc}", file=sys.stderr)
        return 1
    print(args.out)
    return 0
