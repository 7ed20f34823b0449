"""``check-map FILE...``: validate Tiled maps exactly as the game loads them.

Every problem of every file is printed (one line each, naming the file, the
object and the fix) so a modder can fix them all in one pass; exit 1 if any.
Warnings (``<file>: warning: ...``, e.g. a RacingLine the computer drivers
cannot follow, replaced by a computed one) are printed the same way but do
not fail the check: the map can be raced.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".tmx maps to check")


def run(args: argparse.Namespace) -> int:
    from game.content.tmx import check_map_report

    failed = False
    for path in args.files:
        report = check_map_report(path)
        for message in [*report.problems, *report.warnings]:
            print(message)
        if report.problems:
            failed = True
        elif report.warnings:
            count = len(report.warnings)
            print(f"{path}: OK, with {count} warning{'s' if count > 1 else ''}")
        else:
            print(f"{path}: OK")
    return 1 if failed else 0
