"""``race-report [--tracks all|ID,ID] [--seeds N] [--difficulty D|all] [--jobs N] [--json] [--check]``.

Runs headless all-AI quick races over circuits, difficulties and seeds and
prints the figures a racer would look at (finishers, winner margin, passes on
lap 1 and after, lead changes, wall hits, respawns, best lap against the
author's, the most frequent winner), then the issue-14 targets as PASS/FAIL
lines. The measurement is the developer tool ``game.tools.race_report``
(also runnable on its own as ``python -m game.tools.race_report``); this
command only hands it the command line, loading it by name as ``bench`` loads
its benchmarks, so the command layer does not import the tools layer.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

TOOL = "game.tools.race_report"


def _tool() -> Any:
    return importlib.import_module(TOOL)  # standard library only at import time: --help stays quick


def configure(parser: argparse.ArgumentParser) -> None:
    _tool().add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    return int(_tool().run(args))
