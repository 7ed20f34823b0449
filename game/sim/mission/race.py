"""The race session a mission races in: a :class:`RaceSession` whose rivals a script can take over.

Why a subclass: story beats need a rival to do what its driver would not
(fire nitrous on the last straight, whatever the speed plan says). The
session's own ``step`` gives rivals only their AI's controls, so this one
applies the script's overrides on top, and otherwise steps exactly as the
base class does. Nothing else of the session changes.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.sim.controls import IDLE, Controls
from game.sim.session import THINK_EVERY, RaceSession


class MissionRace(RaceSession):
    """A race session plus ``forced_nitrous``: vehicle -> world time until which it boosts flat out."""

    forced_nitrous: dict[int, float]

    def step(self, controls: Mapping[int, Controls] | None = None) -> None:
        if not hasattr(self, "forced_nitrous"):
            self.forced_nitrous = {}
        world = self.world
        if world.step_count % THINK_EVERY == 0:
            self._tick()
        merged = dict(self._ai_controls)
        started = self.race.started(world.time_s)
        if controls and started:
            for k, c in controls.items():
                if k not in self._ai_slot:
                    merged[k] = c
        if started:
            for k, until in self.forced_nitrous.items():
                if world.time_s < until:
                    c = merged.get(k, IDLE)
                    merged[k] = Controls(throttle=1.0, brake=0.0, steer=c.steer, nitrous=True)
        world.step(merged)
