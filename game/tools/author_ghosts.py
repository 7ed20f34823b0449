"""Regenerate the author ghosts: a full-skill AI lap on every bundled circuit.

``python -m game.tools.author_ghosts [TRACK ...]`` drives each circuit alone
for three laps in the author car and saves the best clean lap to
``assets/ghosts/<track>.ghost``. Those laps are the gold-medal times in time
trial, so re-run this after changing a map or the AI.

The author drives a plan whose every corner was tuned on the physics
(:mod:`game.tools.author_lap`), from the hard rival's skill with the brakes,
the throttle and the look ahead let go: gold must be beyond what the hardest
rival does, or a player who beats hard rivals has nothing left to chase.
"""

from __future__ import annotations

import sys

AUTHOR_CAR = "subaru"


def build(track_ids: list[str] | None = None) -> dict[str, float]:
    from dataclasses import replace

    from game.content.ghosts import AUTHOR_GHOSTS_DIR, save_ghost
    from game.content.library import Library
    from game.paths import IN_CHECKOUT
    from game.tools.author_lap import author_ghost

    if not IN_CHECKOUT:
        raise SystemExit("author ghosts are rewritten in a source checkout, not in an installed game")

    library = Library()
    hard = library.rivals().skill("hard")
    made: dict[str, float] = {}
    for option in library.tracks():
        if option.file is None or option.kind != "circuit" or option.error:
            continue
        if track_ids and option.id not in track_ids:
            continue
        loaded = library.load(option.id)
        best = author_ghost(loaded.track, library.vehicles()[AUTHOR_CAR], hard)
        if best is None:
            raise SystemExit(f"{option.id}: the author car never finished a clean lap")
        ghost = replace(best, driver="Author")
        save_ghost(ghost, AUTHOR_GHOSTS_DIR / f"{option.id}.ghost")
        made[option.id] = ghost.lap_time_s
        print(f"{option.id:16} {ghost.lap_time_s:8.3f} s  ({len(ghost.poses)} poses)")
    return made


if __name__ == "__main__":
    build(sys.argv[1:] or None)
