"""The command line: ``fast-track`` / ``python -m game`` and its sub-commands.

Each sub-command lives in ``game/commands/<name>.py`` with ``configure(parser)``
and ``run(args) -> int``. Command modules import only the standard library at
module level, so ``--help`` and start-up stay fast and a headless command never
drags in pygame. Errors reach the user as one sentence on stderr (exit 1);
usage mistakes exit 2, as argparse does.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from game.content.errors import ContentError

COMMANDS: dict[str, str] = {
    "play": "launch the game (the default)",
    "tracks": "list bundled and mod tracks",
    "check-map": "validate Tiled maps and print every problem",
    "race": "run a race (headless: all-AI) and print the results",
    "mission": "play a campaign mission",
    "replay": "play back a replay file",
    "shot": "render one scene to a PNG",
    "bench": "measure performance against the budgets",
    "vehicles": "list vehicle specs; --measure drives each one",
    "race-report": "race many headless quick races and print the racing figures and targets",
}


def _module(name: str) -> str:
    return "game.commands." + name.replace("-", "_")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fast-track", description="FAST TRACK, a top-down street racer.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        try:
            module = importlib.import_module(_module(name))
        except ModuleNotFoundError:
            continue
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        module.configure(cmd)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help")):
        args_list = ["play", *args_list]
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        args = parser.parse_args(["play"])
    module = importlib.import_module(_module(args.command))
    try:
        return int(module.run(args) or 0)
    except ContentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output went to `head` or a closed pager: nothing left to say
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 1
