"""Regenerate the author ghosts: a full-skill AI lap on every bundled circuit.

``python -m game.tools.author_ghosts [TRACK ...]`` drives each circuit alone
for three laps in the author car and saves the best clean lap to
``assets/ghosts/<track>.ghost``. Those laps are the gold-medal times in time
trial, so re-run this after changing a map or the AI.

The author is the hard rival with nothing held back (all the grip the plan
allows, all the brakes, no mistakes): gold must be beyond what the hardest
rival does, or a player who beats hard rivals has nothing left to chase.
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
    from game.paths import IN_CHECKOUT
    from game.sim.timetrial import TimeTrial

    if not IN_CHECKOUT:
        raise SystemExit("author ghosts are rewritten in a source checkout, not in an installed game")

    library = Library()
    hard = library.rivals().skill("hard")
    author = replace(hard, corner_grip=1.0, brake_grip=1.0, mistake_rate=0.0, throttle=1.0)
    made: dict[str, float] = {}
    for option in library.tracks():
        if option.file is None or option.kind != "circuit" or option.error:
            continue
        if track_ids and option.id not in track_ids:
            continue
        loaded = library.load(option.id)
        trial = TimeTrial(
            loaded.track, library.vehicles()[AUTHOR_CAR], seed=SEED, laps=LAPS, driver_skill=author
        )
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
