"""``check-map FILE...``: validate Tiled maps exactly as the game loads them.

Every problem of every file is printed (one line each, naming the file, the
object and the fix) so a modder can fix them all in one pass; exit 1 if any.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".tmx maps to check")


def run(args: argparse.Namespace) -> int:
    from game.content.tmx import check_map

    failed = False
    for path in args.files:
        problems = check_map(path)
        for problem in problems:
            print(problem)
        if problems:
            failed = True
        else:
            print(f"{path}: OK")
    return 1 if failed else 0
