"""Race rules: countdown, ordered checkpoints, laps, positions, timing, respawns, results.

The rules read the world (through arrays, see :mod:`game.sim.ai.sensing`)
and never move a body themselves: they ask their owner, the
:class:`~game.sim.session.RaceSession`, to respawn a car, so the world stays
the only thing that changes bodies.
"""

from game.sim.race.events import (
    CheckpointPassed,
    CountdownTick,
    Finished,
    LapCompleted,
    RaceEvent,
    RaceOver,
    RaceStarted,
    Respawned,
    WrongWay,
)
from game.sim.race.results import RaceResult
from game.sim.race.rules import Race, RaceConfig, Racer

__all__ = [
    "CheckpointPassed",
    "CountdownTick",
    "Finished",
    "LapCompleted",
    "Race",
    "RaceConfig",
    "RaceEvent",
    "RaceOver",
    "RaceResult",
    "RaceStarted",
    "Racer",
    "Respawned",
    "WrongWay",
]
