"""Measure the pace tables: how each car really laps each bundled circuit against its estimate.

``python -m game.tools.author_pace [TRACK ...] [--jobs N]`` drives every
vehicle alone on every bundled circuit, at the normal rival's skill, with its
plan scaled by each of :data:`game.sim.ai.pace.PACE_FACTORS`, and writes
best lap / estimated lap to ``assets/pace/<track>.json``. The driver makes
no mistakes and laps at one steady pace: the table is of the car, and a
driver's luck (a late brake, an off lap) would put half a per cent of noise
into it, as much as the differences it is there to measure. The one-class quick
race balances its rivals on those ratios (:mod:`game.sim.ai.pace` says why).
Re-run it after changing a map, a car, the rivals' skills or the physics;
a test fails while any table is stale. About 20 minutes on two cores.
"""

from __future__ import annotations

import argparse
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.content.library import Library

SKILL = "normal"
SEED = 3
LAPS = 2


@cache
def _library() -> Library:
    from game.content.library import Library

    return Library()


def measure(track_id: str, car: str, factor: float) -> float | None:
    """Best lap / estimated lap for ``car`` alone on ``track_id``, its plan scaled by ``factor``."""
    from dataclasses import replace

    from game.sim.ai.profile import Personality
    from game.sim.ai.speed import plan_lap_s
    from game.sim.race import RaceConfig
    from game.sim.session import Entrant, RaceSession

    library = _library()
    spec = library.vehicles()[car]
    skill = replace(library.rivals().skill(SKILL), mistake_rate=0.0)
    steady = Personality(consistency=1.0)
    session = RaceSession(
        library.load(track_id).track, [Entrant("Pace", spec, skill, steady)], RaceConfig(laps=LAPS), SEED
    )
    session.drivers.set_balance([factor])
    estimate = plan_lap_s(session.line, spec, session.drivers.plan[0], float(session.drivers.throttle_cap[0]))
    while not session.over and session.world.step_count < session.last_step:
        session.step()
    laps = session.results()[0].lap_times
    return min(laps) / estimate if laps else None


def _task(job: tuple[str, str, float]) -> tuple[str, str, float, float | None]:
    return (*job, measure(*job))


def build(track_ids: list[str] | None = None, jobs: int = 2) -> dict[str, dict[str, tuple[float, ...]]]:
    from multiprocessing import Pool

    from game.content.pace import write_pace
    from game.paths import IN_CHECKOUT
    from game.sim.ai.pace import PACE_FACTORS
    from game.sim.replay import track_fingerprint

    if not IN_CHECKOUT:
        raise SystemExit("pace tables are rewritten in a source checkout, not in an installed game")
    library = _library()
    tracks = [
        o.id
        for o in library.tracks()
        if o.file is not None and o.kind == "circuit" and not o.error and (not track_ids or o.id in track_ids)
    ]
    work = [(t, car, f) for t in tracks for car in library.vehicles() for f in PACE_FACTORS]
    found: dict[str, dict[str, dict[float, float]]] = {t: {} for t in tracks}
    with Pool(max(1, jobs)) as pool:
        for track_id, car, factor, ratio in pool.imap_unordered(_task, work):
            if ratio is not None:
                found[track_id].setdefault(car, {})[factor] = ratio
            print(
                f"{track_id:16} {car:9} x{factor:.2f}  {'no lap' if ratio is None else f'{ratio:.4f}'}",
                flush=True,
            )
    made: dict[str, dict[str, tuple[float, ...]]] = {}
    for track_id in tracks:
        cars = {
            car: tuple(by[f] for f in PACE_FACTORS)
            for car, by in found[track_id].items()
            if len(by) == len(PACE_FACTORS)
        }
        fingerprint = track_fingerprint(library.load(track_id).track)
        print(write_pace(track_id, fingerprint, SKILL, PACE_FACTORS, cars))
        made[track_id] = cars
    return made


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.author_pace", description=__doc__.splitlines()[0]
    )
    parser.add_argument("tracks", nargs="*", help="circuit ids (default: every bundled circuit)")
    parser.add_argument("--jobs", type=int, default=2, help="processes to drive in (default 2)")
    args = parser.parse_args(argv)
    build(args.tracks or None, args.jobs)


if __name__ == "__main__":
    main()
