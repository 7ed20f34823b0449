"""A time trial as the screens pass it around: the set-up, the laps, what was at stake.

The set-up screen makes a time-trial :class:`~game.content.sessions.RaceSetup`
(the one set-up every session is built from), the trial makes the laps and
a :class:`TrialSummary`, the results screen shows it; each screen holds only
this data about the others, so none of them imports another to get it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.content.errors import ContentError
from game.content.ghosts import BRONZE, SILVER, author_ghost

if TYPE_CHECKING:
    from game.content.replays import Replay
    from game.content.setup import RaceSetup
    from game.sim.ghost import Ghost

log = logging.getLogger(__name__)

AUTHOR, YOURS = "AUTHOR", "YOUR BEST"
"""What the ghost is labelled: the circuit author's lap, or the player's record."""


@dataclass(frozen=True, slots=True)
class TrialLap:
    """One lap of the session as the results list it."""

    number: int
    time_s: float
    clean: bool
    """No reset during the lap: only clean laps count as records and ghosts."""
    personal_best: bool = False
    medal: str | None = None


@dataclass(frozen=True, slots=True)
class TrialSummary:
    """A finished session, for its results screen."""

    setup: RaceSetup
    car_name: str
    laps: tuple[TrialLap, ...]
    best: Ghost | None
    """The session's best clean lap."""
    author: Ghost | None
    record_s: float | None
    """The player's record after the session."""
    reference: Ghost | None
    """The ghost chased at the start, which the best lap's telemetry is compared with."""
    reference_label: str
    replay: Replay | None


def load_author(track_id: str) -> Ghost | None:
    """The circuit's author ghost; a damaged file only costs the medals, never the trial."""
    try:
        return author_ghost(track_id)
    except ContentError as exc:
        log.warning("%s", exc)
        return None


def medal_times(author: Ghost | None) -> tuple[tuple[str, float], ...]:
    """The lap times of gold (the author's), silver and bronze; none without an author ghost."""
    if author is None:
        return ()
    a = author.lap_time_s
    return (("gold", a), ("silver", a * SILVER), ("bronze", a * BRONZE))
