"""What the rules work on: the mission, the view of the world, its cars, police, money and outbox.

Trackers and action handlers take one :class:`Stage` rather than the runner,
so they depend on the parts they use and not on the coordinator (which
depends on them): no import cycle, and a test can build a stage of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.mission import events as ev
from game.sim.mission.cast import Cast
from game.sim.mission.pursuit import Pursuit
from game.sim.mission.scoring import Ledger
from game.sim.mission.spec import Mission
from game.sim.mission.view import MissionView


@dataclass(frozen=True, slots=True)
class Stage:
    mission: Mission
    view: MissionView
    cast: Cast
    pursuit: Pursuit
    ledger: Ledger
    outbox: ev.Outbox

    @property
    def step(self) -> int:
        """The world step events are stamped with."""
        return self.view.world.step_count

    def post(self, event: ev.AnyEvent) -> None:
        self.outbox.post(event)
