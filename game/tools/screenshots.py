"""``python -m game.tools.screenshots [--out DIR]``: every screen at 1280×720 and 1920×1080, and a
night pile-up, rendered headless into ``docs/screenshots/``.

The gallery is how a reviewer sees every screen without playing to it, and
how a change to the look is judged: rebuild it, look at each picture. Every
screen is reached by :func:`game.app.scenes.registry.stage`, the way ``shot``
and the layout test reach it, so the pictures show what a player would see.
Each picture is also checked by the layout probe, and the command names any
text that leaves its panel (exit code 1), so a gallery with a fault is not
quietly committed.

The night pile-up is eight cars into the first corner of a night circuit a few
seconds after the green, with the tyre smoke that goes with it: the case where
the player's own car is hardest to find.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SIZES = ((1280, 720), (1920, 1080))
PILEUP_TRACK = "city-night"
PILEUP_S = 6.5
"""Sim seconds from the grid: the countdown, then the first braking zone with the pack still close."""


def _render(
    size: tuple[int, int], scene: str, out: Path, track: str | None, night: bool, race_s: float
) -> list[str]:
    import pygame

    from game.app.context import AppContext
    from game.app.display import SurfaceDisplay
    from game.app.scenes.registry import RACE_SHOT_S, stage
    from game.app.ui.layout_probe import LayoutProbe, problems
    from game.content.library import Library

    app = AppContext(SurfaceDisplay(size), content=Library(None))
    stage(app, scene, track, night, race_s if race_s > 0 else RACE_SHOT_S)
    surface = app.display.surface
    app.draw(surface, 0.0)
    probe = LayoutProbe()
    app.theme.probe = probe
    app.draw(surface, 0.0)
    app.theme.probe = None
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(out))
    app.stack.clear()
    return problems(probe, size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder for the PNGs")
    parser.add_argument("--scenes", nargs="*", help="only these screens (default: all)")
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.app.scene_names import SCENES

    pygame.display.init()
    pygame.font.init()
    names = args.scenes or list(SCENES)
    faults: list[str] = []
    for size in SIZES:
        pygame.display.set_mode(size)
        folder = args.out / f"{size[0]}x{size[1]}"
        for name in names:
            out = folder / f"{name}.png"
            faults += [f"{out}: {p}" for p in _render(size, name, out, None, False, 0.0)]
            print(out)
        pileup = args.out / f"night-pileup-{size[0]}x{size[1]}.png"
        faults += [f"{pileup}: {p}" for p in _render(size, "race", pileup, PILEUP_TRACK, True, PILEUP_S)]
        print(pileup)
    for fault in faults:
        print(f"layout: {fault}", file=sys.stderr)
    return 1 if faults else 0


if __name__ == "__main__":
    raise SystemExit(main())
