"""``mission ID [--headless --autopilot] [--json] [--seed S] [--mods DIR]``: play a campaign mission.

Without ``--headless`` the window opens on the mission's briefing (the
campaign menu underneath), and the attempt is saved like any other; a
mission the campaign has not opened yet is refused. ``--autopilot`` in the
window lets the AI drive any mission on a campaign kept in memory (the save
is not touched).

Headless with ``--autopilot`` an AI player drives the mission (route finding
over the map's roads, the racing line in races) and the outcome is printed;
with ``--json`` the last line is ``{"id", "outcome", "reason", "time_s",
"state_hash"}``. ID is a mission file's name without ``.toml`` (``02-pizza-run``),
a custom mission's name, or a path to a ``.toml`` file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

MAX_SIM_S = 600.0
"""A mission that has not ended after this much sim time is stopped (no mission is this long)."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", help="mission id, e.g. 02-pizza-run (or a .toml file)")
    parser.add_argument("--headless", action="store_true", help="no window (requires --autopilot for now)")
    parser.add_argument("--autopilot", action="store_true", help="an AI player drives the mission")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mods", type=Path, metavar="DIR", help="folder of custom missions")
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")


def run(args: argparse.Namespace) -> int:
    if not args.headless:
        from game.app.main import play_mission

        return play_mission(args.id, args.mods, autopilot=args.autopilot)
    if not args.autopilot:
        print("error: a headless mission needs --autopilot (nobody is at the wheel).", file=sys.stderr)
        return 2
    from game.content.errors import ContentError
    from game.content.library import Library
    from game.content.sessions import build
    from game.content.setup import RaceSetup
    from game.sim.mission.autopilot import Autopilot
    from game.sim.mission.play import MissionPlay

    try:
        built = build(RaceSetup("mission", args.id, seed=args.seed), Library(args.mods))
    except ContentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    assert isinstance(built.play, MissionPlay)
    runner = built.play.runner
    mission = runner.mission
    pilot = Autopilot(runner, seed=args.seed)
    limit = round(MAX_SIM_S * 120)
    while not runner.over and runner.world.step_count < limit:
        runner.step(pilot.controls())
        runner.drain_events()
    outcome = runner.outcome
    won = outcome is not None and outcome.won
    reason = outcome.reason if outcome is not None else "unfinished"
    time_s = outcome.time_s if outcome is not None else runner.mission_time_s
    print(f"{mission.title} ({mission.id}), chapter {mission.chapter}, {mission.place}")
    print(
        f"{'WON' if won else 'FAILED'}: {reason}, {time_s:.2f} s"
        + (f", medal {outcome.medal}" if outcome and outcome.medal else "")
        + (f", money {outcome.money:+,}" if outcome and outcome.money else "")
    )
    if args.json:
        print(
            json.dumps(
                {
                    "id": mission.id,
                    "outcome": "won" if won else "failed",
                    "reason": reason,
                    "time_s": round(time_s, 3),
                    "state_hash": runner.state_hash(),
                }
            )
        )
    return 0
