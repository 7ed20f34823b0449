"""Police pursuit: patrol the roads, chase what they see, ram, block and box in; lose what they don't.

One :class:`Police` object runs every unit of a world against one target
(the player in a mission). Sight is a range plus a ray against the walls:
a target behind a building is not seen, however close. While any unit sees
the target the pursuit goes on and its heat (0-5) climbs with time and with
hits on the target; heat decides how many units a mission should field
(:attr:`Police.units_wanted`) and how rough they are (ramming from heat 2,
blocking and boxing in with more units). With no unit seeing the target for
``lose_s`` the police give up: heat drops to 0 and they go back to patrol.

Roles in a pursuit, by the units' order: the first chases (and rams), the
second drives past to block ahead, the rest box the target in from its
sides.
"""

from __future__ import annotations

import cmath
import math
import random
from dataclasses import dataclass, field

from game.sim.ai.geometry import WallIndex
from game.sim.ai.roads import LANE_WIDTH_M, RoadFollower, RoadNetwork
from game.sim.ai.sensing import FleetState
from game.sim.ai.steering import drive_to, reverse_out
from game.sim.controls import Controls
from game.sim.events import Collision
from game.sim.rates import THINK_DT
from game.sim.vehicle import VehicleSpec

PATROL_KMH = 45.0


@dataclass(frozen=True, slots=True)
class PoliceConfig:
    sight_m: float = 120.0
    lose_s: float = 6.0
    bust_s: float = 2.0
    bust_radius_m: float = 9.0
    bust_speed: float = 2.5
    heat_up_s: float = 20.0
    """Seconds of continuous pursuit per heat level."""
    hits_per_heat: int = 3
    units_by_heat: tuple[int, ...] = (1, 1, 2, 3, 4, 6)
    ram_heat: int = 2
    pursuit_max_ms: float = math.inf
    """Top speed of a pursuit (m/s); a film's police are a little slower than the hero's car."""


@dataclass(frozen=True, slots=True)
class PursuitStarted:
    step: int
    unit: int
    target: int


@dataclass(frozen=True, slots=True)
class HeatChanged:
    step: int
    level: int


@dataclass(frozen=True, slots=True)
class Busted:
    step: int
    target: int


@dataclass(frozen=True, slots=True)
class PursuitLost:
    step: int
    target: int


PoliceEvent = PursuitStarted | HeatChanged | Busted | PursuitLost


@dataclass(slots=True)
class Unit:
    vehicle: int
    spec: VehicleSpec
    follower: RoadFollower | None
    stuck_t: float = 0.0
    reverse_t: float = 0.0
    sees: bool = False


@dataclass(slots=True)
class _Pursuit:
    state: str = "patrol"
    heat: int = 0
    pursuit_t: float = 0.0
    unseen_t: float = 0.0
    bust_t: float = 0.0
    hits: int = 0
    last_seen: complex = 0j
    busted: bool = False
    events: list[PoliceEvent] = field(default_factory=list)


class Police:
    """Every police unit of a world, hunting one target vehicle."""

    def __init__(
        self, walls: WallIndex, graph: RoadNetwork | None, target: int, config: PoliceConfig | None = None
    ) -> None:
        self.walls = walls
        self.graph = graph if graph is not None and graph.edges else None
        self.target = target
        self.config = config or PoliceConfig()
        self.units: list[Unit] = []
        self._p = _Pursuit()

    # -- reading ---------------------------------------------------------------

    @property
    def heat(self) -> int:
        return self._p.heat

    @property
    def state(self) -> str:
        """ "patrol", "pursuit" (someone sees the target) or "search" (lost sight, still looking)."""
        return self._p.state

    @property
    def busted(self) -> bool:
        return self._p.busted

    @property
    def units_wanted(self) -> int:
        """How many units the current heat calls for (a mission spawns the difference)."""
        table = self.config.units_by_heat
        return table[min(self._p.heat, len(table) - 1)]

    def drain_events(self) -> list[PoliceEvent]:
        events, self._p.events = self._p.events, []
        return events

    # -- setting up --------------------------------------------------------------

    def add_unit(self, vehicle: int, spec: VehicleSpec, pos: complex, heading: float) -> Unit:
        follower = RoadFollower.nearest(self.graph, pos, cmath.exp(1j * heading)) if self.graph else None
        unit = Unit(vehicle, spec, follower)
        self.units.append(unit)
        return unit

    def note(self, event: object) -> None:
        """Feed world events: a unit hitting the target raises the heat."""
        if (
            isinstance(event, Collision)
            and event.other == self.target
            and any(u.vehicle == event.vehicle for u in self.units)
            and event.delta_v >= 2.0
        ):
            self._p.hits += 1

    # -- thinking ----------------------------------------------------------------

    def think(self, fleet: FleetState, rng: random.Random, step: int) -> dict[int, Controls]:
        p = self._p
        cfg = self.config
        tgt = complex(fleet.pos[self.target])
        tgt_vel = complex(fleet.vel[self.target])
        seen = False
        for u in self.units:
            here = complex(fleet.pos[u.vehicle])
            u.sees = abs(tgt - here) <= cfg.sight_m and not self.walls.blocked(here, tgt)
            if u.sees and p.state == "patrol":
                p.events.append(PursuitStarted(step, u.vehicle, self.target))
            seen = seen or u.sees
        old_heat = p.heat
        if seen:
            p.last_seen = tgt
            p.unseen_t = 0.0
            p.state = "pursuit"
            p.pursuit_t += THINK_DT
            p.heat = min(5, max(1, 1 + int(p.pursuit_t // cfg.heat_up_s) + p.hits // cfg.hits_per_heat))
        elif p.state != "patrol":
            p.state = "search"
            p.unseen_t += THINK_DT
            if p.unseen_t >= cfg.lose_s:
                p.state = "patrol"
                p.heat = 0
                p.pursuit_t = 0.0
                p.hits = 0
                p.events.append(PursuitLost(step, self.target))
                for u in self.units:
                    if self.graph is not None:
                        u.follower = RoadFollower.nearest(
                            self.graph,
                            complex(fleet.pos[u.vehicle]),
                            cmath.exp(1j * float(fleet.heading[u.vehicle])),
                        )
        if p.heat != old_heat:
            p.events.append(HeatChanged(step, p.heat))
        close = any(abs(complex(fleet.pos[u.vehicle]) - tgt) <= cfg.bust_radius_m for u in self.units)
        if seen and close and abs(tgt_vel) < cfg.bust_speed:
            p.bust_t += THINK_DT
            if p.bust_t >= cfg.bust_s and not p.busted:
                p.busted = True
                p.events.append(Busted(step, self.target))
        else:
            p.bust_t = 0.0
        return {u.vehicle: self._drive(u, k, fleet, rng, tgt, tgt_vel) for k, u in enumerate(self.units)}

    def _drive(
        self, u: Unit, role: int, fleet: FleetState, rng: random.Random, tgt: complex, tgt_vel: complex
    ) -> Controls:
        i = u.vehicle
        here = complex(fleet.pos[i])
        heading = float(fleet.heading[i])
        vel = complex(fleet.vel[i])
        v = abs(vel)
        p = self._p
        if p.state == "patrol":
            if u.follower is None:
                return Controls(handbrake=True)
            aim, v_bends = u.follower.follow(here, v, rng, LANE_WIDTH_M * 0.5, min_ahead=8.0)
            want = min(PATROL_KMH / 3.6, v_bends)
        elif p.state == "search":
            aim = p.last_seen
            want = 25.0 if abs(aim - here) > 15.0 else 0.0
        else:
            aim, want = self._pursuit_aim(role, here, v, tgt, tgt_vel)
            want = min(want, self.config.pursuit_max_ms)
        # Recovery: stopped while meaning to go means back off and swing round.
        if u.reverse_t > 0.0:
            u.reverse_t -= THINK_DT
            return reverse_out(here, heading, aim)
        if v < 1.0 and want > 3.0:
            u.stuck_t += THINK_DT
            if u.stuck_t > 1.5:
                u.stuck_t = 0.0
                u.reverse_t = 1.2
        else:
            u.stuck_t = 0.0
        return drive_to(here, heading, vel, float(fleet.yaw_rate[i]), aim, want, u.spec)

    def _pursuit_aim(
        self, role: int, here: complex, v: float, tgt: complex, tgt_vel: complex
    ) -> tuple[complex, float]:
        """Where a unit in a given role heads for, and how fast."""
        v_t = abs(tgt_vel)
        facing = tgt_vel / v_t if v_t > 2.0 else (tgt - here) / max(abs(tgt - here), 1e-6)
        dist = abs(tgt - here)
        if v_t < self.config.bust_speed:
            # A stopped target: pull up close behind it (braking in time) and hold it there.
            gap = dist - 7.0
            return tgt, 0.0 if gap <= 0.0 else min(25.0, math.sqrt(2.0 * 4.0 * gap))
        if role == 0:
            if dist < 25.0 and self._p.heat >= self.config.ram_heat:
                return tgt + tgt_vel * 0.15, v_t + 6.0
            lead = min(1.2, dist / max(v, 10.0))
            return tgt + tgt_vel * lead, max(v_t + 15.0, 25.0) if dist > 15.0 else v_t + 2.0
        if role == 1:
            ahead = tgt + facing * (20.0 + 0.8 * v_t)
            in_front = ((here - tgt) * facing.conjugate()).real > 10.0
            return ahead, (0.7 * v_t if in_front else v_t + 20.0)
        side = 1j if role % 2 == 0 else -1j
        return tgt + facing * 4.0 + facing * side * 4.0, v_t + 5.0
