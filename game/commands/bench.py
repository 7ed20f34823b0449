"""``bench sim|load|race|render|start|all [--json]``: measure against the budgets.

Each benchmark is a function ``measure() -> dict[str, float]`` in its own
module under ``game.bench``; this command only runs and prints them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

BENCHES = {
    "sim": "game.bench.sim",
    "load": "game.bench.load",
    "race": "game.bench.race",
    "render": "game.bench.render",
    "start": "game.bench.start",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("which", choices=[*BENCHES, "all"], help="what to measure")
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")


def run(args: argparse.Namespace) -> int:
    names = list(BENCHES) if args.which == "all" else [args.which]
    results: dict[str, object] = {}
    for name in names:
        try:
            module = importlib.import_module(BENCHES[name])
        except ModuleNotFoundError:
            if args.which == "all":
                continue
            print(f"error: the '{name}' benchmark is not part of this build yet.", file=sys.stderr)
            return 1
        figures = module.measure()
        results.update(figures)
        if not args.json:
            for key, value in figures.items():
                print(f"{key:>24}: {value}")
    if args.json:
        print(json.dumps(results))
    return 0
