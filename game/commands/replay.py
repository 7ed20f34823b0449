"""``replay FILE [--headless] [--json]``: play back a recorded race.

Headless, the replay is re-simulated as fast as possible and its final state
hash compared with the one recorded: equal hashes prove the playback was
exact. In the window it plays with pause, slow motion, x4 and a free camera.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a replay file (.ftr)")
    parser.add_argument("--headless", action="store_true", help="re-simulate without a window")
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")


def run(args: argparse.Namespace) -> int:
    from game.content.replays import load_replay, play_headless
    from game.sim.session import RaceSession

    replay = load_replay(args.file)
    if not args.headless:
        try:
            from game.app.main import watch_replay
        except ImportError:
            print("error: this build cannot show replays in a window; use --headless.", file=sys.stderr)
            return 1
        return int(watch_replay(args.file))
    session = play_headless(replay, args.file)
    state_hash = session.state_hash()
    in_sync = state_hash == replay.state_hash
    if not args.json:
        verdict = "matches" if in_sync else "DIFFERS from"
        print(
            f"{replay.setup.kind} on {replay.track_id}, seed {replay.setup.seed}: "
            f"{session.time_s:.2f} s simulated, state {verdict} the recording"
        )
        for r in session.results() if isinstance(session, RaceSession) else ():
            time = f"{r.time_s:.3f}" if r.time_s is not None else r.status
            print(f"  {r.position}. {r.name} ({r.car}) {time}")
    else:
        print(json.dumps({"state_hash": state_hash, "time_s": round(session.time_s, 6)}))
    if not in_sync:
        print(f"error: {args.file}: the playback did not reproduce the recorded race.", file=sys.stderr)
        return 1
    return 0
