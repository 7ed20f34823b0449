"""Regenerate the author ghosts: the hard AI's best lap on every bundled circuit.

``python -m game.tools.author_ghosts [TRACK ...]`` drives each circuit alone
for three laps with the hard difficulty in the author car and saves the best
clean lap to ``assets/ghosts/<track>.ghost``. Those laps are the gold-medal
times in time trial, so re-run this after changing a map or the AI.
"""

from __future__ import annotations

import sys

AUTHOR_CAR = "subaru"
LAPS = 3
SEED = 7


def build(track_ids: list[str] | None = None) -> dict[str, float]:
    from dataclasses import replace

    from game.content.ghosts import AUTHOR_GHOSTS_DIR, save_ghost
    from game.content.library import Library
    from game.content.sessions import build as build_session
    from game.content.setup import RaceSetup
    from game.paths import IN_CHECKOUT
    from game.sim.timetrial import TimeTrial

    if not IN_CHECKOUT:
        raise SystemExit("author ghosts are rewritten in a source checkout, not in an installed game")

    library = Library()
    made: dict[str, float] = {}
    for option in library.tracks():
        if option.file is None or option.kind != "circuit" or option.error:
            continue
        if track_ids and option.id not in track_ids:
            continue
        setup = RaceSetup("time-trial", option.id, AUTHOR_CAR, 0, LAPS, "hard", SEED, player_ai=True)
        trial = build_session(setup, library).play
        assert isinstance(trial, TimeTrial)
        while not trial.session.over and trial.session.world.step_count < trial.session.last_step:
            trial.step()
        if trial.best is None:
            raise SystemExit(f"{option.id}: the author car never finished a clean lap")
        ghost = replace(trial.best, driver="Author")
        save_ghost(ghost, AUTHOR_GHOSTS_DIR / f"{option.id}.ghost")
        made[option.id] = ghost.lap_time_s
        print(f"{option.id:16} {ghost.lap_time_s:8.3f} s  ({len(ghost.poses)} poses)")
    return made


if __name__ == "__main__":
    build(sys.argv[1:] or None)
