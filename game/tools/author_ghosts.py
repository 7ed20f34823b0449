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
    from game.content import catalog, tmx
    from game.content.ghosts import AUTHOR_GHOSTS_DIR, save_ghost
    from game.content.rivals import load_rivals
    from game.content.vehicles import load_vehicles
    from game.paths import IN_CHECKOUT, RIVALS_FILE, VEHICLES_FILE
    from game.sim.timetrial import TimeTrial

    if not IN_CHECKOUT:
        raise SystemExit("author ghosts are rewritten in a source checkout, not in an installed game")

    specs = load_vehicles(VEHICLES_FILE)
    skill = load_rivals(RIVALS_FILE).skill("hard")
    made: dict[str, float] = {}
    for entry in catalog.bundled_tracks():
        if entry.kind != "circuit" or entry.error or (track_ids and entry.id not in track_ids):
            continue
        track = tmx.load_track(entry.file, track_id=entry.id)
        trial = TimeTrial(track, specs[AUTHOR_CAR], seed=SEED, laps=LAPS, driver_skill=skill)
        while not trial.session.over and trial.session.world.step_count < trial.session.last_step:
            trial.step()
        if trial.best is None:
            raise SystemExit(f"{entry.id}: the author car never finished a clean lap")
        ghost = trial.best
        from dataclasses import replace

        ghost = replace(ghost, driver="Author")
        save_ghost(ghost, AUTHOR_GHOSTS_DIR / f"{entry.id}.ghost")
        made[entry.id] = ghost.lap_time_s
        print(f"{entry.id:16} {ghost.lap_time_s:8.3f} s  ({len(ghost.poses)} poses)")
    return made


if __name__ == "__main__":
    build(sys.argv[1:] or None)
