"""The registry of hostile-input cases that ``measure.py`` runs, one fresh process each.

A case writes its crafted files into a folder and returns the command to run:
arguments after ``python``, e.g. ``["-m", "game", "check-map", "bomb.tmx"]`` or
``["-c", "..."]`` for a reader the command line does not reach. ``expect`` is a
piece of the one sentence the game should answer with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Case:
    name: str
    group: str
    make: Callable[[Path], list[str]]
    expect: str
    """A piece of the expected answer (stdout or stderr), case-insensitive."""


CASES: list[Case] = []


def case(group: str, expect: str) -> Callable[[Callable[[Path], list[str]]], Callable[[Path], list[str]]]:
    """Register ``make`` (named after the function) as a case of ``group``."""

    def register(make: Callable[[Path], list[str]]) -> Callable[[Path], list[str]]:
        CASES.append(Case(make.__name__, group, make, expect))
        return make

    return register


def python_snippet(code: str) -> list[str]:
    """Run ``code`` with the checkout's ``game``; print whatever the reader answers."""
    return ["-c", code]
