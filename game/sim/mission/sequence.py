"""Objective sequencing: one objective open at a time, standing ones beside it, in file order.

The sequence opens the next objective when one is met (standing objectives
such as ``avoid`` open and stay open while the one after them opens too),
reports each start and completion, and says when the mission is decided by
its objectives: a failure reason from any tracker, or the last one met.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.mission import events as ev
from game.sim.mission.objectives import DONE, AnyTracker, tracker_for
from game.sim.mission.spec import Mission
from game.sim.mission.stage import Stage


@dataclass(frozen=True, slots=True)
class Failed:
    """The objectives failed the mission: ``tracker`` (the open one, if any) for ``reason``."""

    tracker: AnyTracker | None
    reason: str


class Sequence:
    """The trackers of one mission and which of them are open."""

    def __init__(self, mission: Mission) -> None:
        self.trackers: list[AnyTracker] = [tracker_for(o, i) for i, o in enumerate(mission.objectives)]
        self.current = -1
        self.standing: list[AnyTracker] = []
        self.done: list[str] = []
        """Ids of the objectives met, in order (part of the mission's state)."""

    @property
    def objective(self) -> AnyTracker | None:
        """The open objective (None before the first and after the last)."""
        if 0 <= self.current < len(self.trackers):
            return self.trackers[self.current]
        return None

    def active(self) -> list[str]:
        """Ids of every open objective: the standing ones, then the current one."""
        t = self.objective
        return [s.o.id for s in self.standing] + ([t.o.id] if t is not None else [])

    def score(self) -> float:
        """The points of the scoring objectives (drifts), for a score medal."""
        return sum(s for s in (t.score for t in self.trackers) if s is not None)

    def advance(self, stage: Stage) -> bool:
        """Open the next objective (and the next after any standing one); True when none is left."""
        while True:
            self.current += 1
            t = self.objective
            if t is None:
                return True
            t.start(stage)
            stage.post(ev.ObjectiveStarted(stage.step, t.o.id, t.index, t.o.text, t.o.time_limit_s))
            if not t.standing:
                return False
            self.standing.append(t)

    def update(self, stage: Stage, dt: float) -> Failed | bool:
        """Look at every open objective: a :class:`Failed`, True when the last was met, else False."""
        for t in self.standing:
            reason = t.update(stage, dt)
            if reason is not None and reason != DONE:
                return Failed(t, reason)
        cur = self.objective
        if cur is None:
            return False
        reason = cur.limits(stage) or cur.update(stage, dt)
        if reason == DONE:
            self.done.append(cur.o.id)
            stage.post(ev.ObjectiveDone(stage.step, cur.o.id, cur.index))
            return self.advance(stage)
        if reason is not None:
            return Failed(cur, reason)
        return False
