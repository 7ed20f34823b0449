"""``race --headless --track ID|FILE [...] [--json]``: an all-computer race, then its results.

Every car is driven by the AI (the player's car too, with ``--car``); the
race runs as fast as the machine allows and prints the results table, each
car's laps, and with ``--json`` one line of machine-readable results, whose
``state_hash`` lets a script check that a seed replays exactly.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--headless", action="store_true", help="no window: an all-AI race (required)")
    parser.add_argument("--track", required=True, help="track id (e.g. test-stadium) or a .tmx file")
    parser.add_argument("--car", default="subaru", help="vehicle id of the player's car (default: subaru)")
    parser.add_argument("--rivals", type=int, default=7, help="number of rivals (default: 7)")
    parser.add_argument("--laps", type=int, help="laps (default: the track's own)")
    parser.add_argument("--difficulty", choices=("easy", "normal", "hard"), default="normal")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--rival-cars",
        choices=("class", "any"),
        default="class",
        help="rivals drive cars of the player's class (default) or each its own car",
    )
    parser.add_argument(
        "--catch-up", choices=("off", "subtle"), default="subtle", help="help for whoever is behind"
    )
    parser.add_argument("--record", type=Path, metavar="FILE", help="write a replay of the race to FILE")
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the numbers asked for, checked before a car is built."""
    from game.content import limits

    if not 0 <= args.rivals <= limits.RACE_RIVALS:
        places = limits.RACE_RIVALS + 1
        return f"--rivals must be from 0 to {limits.RACE_RIVALS} (the grid has {places} places)."
    if args.laps is not None and not 1 <= args.laps <= limits.RACE_LAPS:
        return f"--laps must be from 1 to {limits.RACE_LAPS}."
    return None


def replay_track_ref(ref: str) -> str:
    """How a replay of a race on ``ref`` names its track: an id, never a file path.

    Replays may only name tracks by id (a file path in a shared replay could
    point anywhere on the disk), so a map file inside the mods folder is
    recorded by its ``mod:`` id; any other file cannot be recorded.
    """
    from game.content.catalog import default_mods_dir, mod_files, mod_id
    from game.content.errors import ContentError
    from game.content.library import is_track_id

    if is_track_id(ref) and not Path(ref).is_file():
        return ref
    mods = default_mods_dir()
    path = Path(ref).resolve()
    for found in mod_files(mods):
        if found.resolve() == path:
            return mod_id(mods, found)
    raise ContentError(
        f"{ref}: a replay can name only a track id, and this map file is not a track of the "
        f"mods folder ({mods}); put it there and race its mod: id to record it."
    )


def run(args: argparse.Namespace) -> int:
    if not args.headless:
        print("error: only --headless races can be run from the command line so far.", file=sys.stderr)
        return 2
    problem = _usage_problem(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2

    from game.content.errors import ContentError
    from game.content.library import Library
    from game.content.replays import Recorder, save_replay
    from game.content.sessions import build
    from game.content.setup import RaceSetup
    from game.sim.ai.planner import NoLineError
    from game.sim.session import RaceSession

    try:
        track_ref = replay_track_ref(args.track) if args.record is not None else args.track
        setup = RaceSetup(
            "quick-race",
            args.track,
            args.car,
            args.rivals,
            args.laps,
            args.difficulty,
            args.seed,
            player_ai=True,
            rival_cars=args.rival_cars,
            catch_up=args.catch_up,
        )
        built = build(setup, Library(), files=True)
    except (ContentError, NoLineError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    session, track = built.play, built.track
    assert isinstance(session, RaceSession)
    if args.record is None:
        results = session.run()
    else:
        recorder = Recorder(replace(built.setup, track=track_ref), track, session)
        while not session.over and session.world.step_count < session.last_step:
            recorder.step()
        results = session.results()
        try:
            save_replay(recorder.replay(), args.record)
        except ContentError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(
        f"{track.name} ({track.id}), {session.config.laps} laps, {args.difficulty}, seed {args.seed}, "
        f"rival cars: {args.rival_cars}, catch-up: {args.catch_up}"
    )
    print(
        f"{'pos':>3}  {'driver':<16} {'car':<9} {'time':>9} {'gap':>8} {'best lap':>9} "
        f"{'laps':>4} {'resp':>4} {'walls':>5}"
    )
    for r in results:
        time = f"{r.time_s:9.3f}" if r.time_s is not None else f"{r.status.upper():>9}"
        gap = f"+{r.gap_s:7.3f}" if r.gap_s else ("" if r.gap_s is None else "   -    ")
        best = f"{r.best_lap_s:9.3f}" if r.best_lap_s is not None else "        -"
        print(
            f"{r.position:>3}  {r.name:<16.16} {r.car:<9.9} {time} {gap:>8} {best} "
            f"{r.laps:>4} {r.respawns:>4} {r.wall_hits:>5}"
        )
    print("laps:")
    for r in results:
        print(f"  {r.name:<16.16} " + " ".join(f"{t:7.3f}" for t in r.lap_times))
    if args.json:
        print(
            json.dumps(
                {
                    "track": track.id,
                    "seed": args.seed,
                    "state_hash": session.state_hash(),
                    "results": [r.as_json() for r in results],
                }
            )
        )
    return 0
