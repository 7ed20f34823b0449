"""Police for an escape objective: spawned when it opens, driven by the pursuit AI, called off after.

The units are ordinary cast members (they have brains, so the script can
park or crash them), but while they pursue, :class:`~game.sim.ai.police.Police`
drives them: ram, block, box in, lose sight. It is built with the first
escape and kept, so a second escape adds units to the same pursuit.
"""

from __future__ import annotations

import math

from game.sim.ai.police import Police, PoliceConfig
from game.sim.ai.sensing import read_fleet
from game.sim.controls import Controls
from game.sim.mission.cast import Cast
from game.sim.mission.kinds import EscapeObjective
from game.sim.mission.spec import Actor, Place

PLAYER_VEHICLE = 0
POLICE_CRUISE = 30.0
"""m/s: how fast police drive a pursuit (a little below a sports car, so it can be lost)."""


class Pursuit:
    """The police side of a mission's escapes."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.police: Police | None = None
        """The pursuit AI of escape objectives, once the first is spawned."""

    def spawn(self, o: EscapeObjective) -> list[int]:
        """Police (or henchmen) for an escape: spawned at its zones, else behind the player."""
        view = self.cast.view
        out: list[int] = []
        for k in range(o.pursuers):
            actor_id = f"{o.id}-pursuer-{k + 1}"
            if o.pursuer_spawns:
                at = Place(zone=o.pursuer_spawns[k % len(o.pursuer_spawns)])
            else:
                p = view.pos(0)
                h = view.heading(0)
                back = p - complex(math.cos(h), math.sin(h)) * (30.0 + 10.0 * k)
                back += complex(-math.sin(h), math.cos(h)) * (3.0 if k % 2 else -3.0)
                at = Place(x=back.real, y=back.imag, heading_deg=math.degrees(h))
            v = self.cast.spawn(Actor(actor_id, "Police", o.pursuer_vehicle, "police", at=at), None)
            self.cast.brains[v].mode = "police"  # driven by the pursuit AI, not by a route
            if self.police is None:
                config = PoliceConfig(pursuit_max_ms=POLICE_CRUISE, ram_heat=3)
                self.police = Police(view.walls, self.cast.roads, PLAYER_VEHICLE, config)
            self.police.add_unit(v, view.world.fleet.specs[v], view.pos(v), view.heading(v))
            out.append(v)
        return out

    def call_off(self, vehicles: list[int]) -> None:
        """The pursuit is over for these units: they park and leave the pursuit AI."""
        for v in vehicles:
            self.cast.park(v)
        if self.police is not None:
            self.police.units = [u for u in self.police.units if u.vehicle not in vehicles]

    def drive(self) -> dict[int, Controls]:
        """The pursuing units' controls for the next tick (first, so the cast may override a wreck's)."""
        if self.police is None or not self.police.units:
            return {}
        world = self.cast.view.world
        return self.police.think(read_fleet(world), world.rng, world.step_count)
