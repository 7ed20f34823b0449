"""The mission's view of the world: where each car is, what touched what, how the race stands.

The rules, the actors and the autopilot all read the world through one
:class:`MissionView`, refreshed once per rules tick (30 Hz), so every part
sees the same positions within a tick and nobody reads the physics arrays
mid-step. It answers questions and changes nothing in the world.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from game.sim.ai.geometry import WallIndex
from game.sim.dynamics import slip_angle
from game.sim.events import WALL, Collision, Event
from game.sim.mission.zones import Area, Place
from game.sim.race import LapCompleted, RaceEvent
from game.sim.race.rules import Race
from game.sim.session import RaceSession
from game.sim.track import Track
from game.sim.world import World


class MissionView:
    """World queries for one mission; ``start_s`` is when mission time starts (the green light)."""

    def __init__(
        self, world: World, session: RaceSession | None, track: Track, zones: dict[str, Area], start_s: float
    ) -> None:
        self.world = world
        self.session = session
        self.track = track
        self.zones = zones
        self.walls = WallIndex(track)
        self.start_s = start_s
        self.vehicles: dict[str, int] = {}
        """Actor id -> vehicle index, for every actor in the world (the player is ``player``)."""
        self.laps: dict[int, int] = {}
        """Laps completed by vehicle (race missions)."""
        self._state: np.ndarray = world.vehicle_states.copy()
        self._touch: list[tuple[int, int]] = []
        self._wall: list[int] = []

    # -- the tick's look ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read positions again (after a car is spawned, so the rest of the tick sees it)."""
        self._state = self.world.vehicle_states.copy()

    def look(self, raw: Iterable[Event | RaceEvent]) -> None:
        """Start a tick: fresh positions, and who hit what since the last one (from ``raw``)."""
        self.refresh()
        self._touch = []
        self._wall = []
        for e in raw:
            if isinstance(e, Collision):
                if e.other == WALL:
                    if e.vehicle not in self._wall:
                        self._wall.append(e.vehicle)
                elif e.other >= 0:
                    pair = (min(e.vehicle, e.other), max(e.vehicle, e.other))
                    if pair not in self._touch:
                        self._touch.append(pair)
            elif isinstance(e, LapCompleted):
                self.laps[e.vehicle] = e.lap

    # -- time ----------------------------------------------------------------------------

    @property
    def time_s(self) -> float:
        return self.world.time_s

    @property
    def mission_time_s(self) -> float:
        """Time since the green light (race missions) or since the start."""
        return max(0.0, self.world.time_s - self.start_s)

    # -- vehicles --------------------------------------------------------------------------

    def vehicle_of(self, actor: str) -> int:
        return self.vehicles.get(actor, -1)

    def pos(self, v: int) -> complex:
        r = self._state[v]
        return complex(r[0], r[1])

    def vel(self, v: int) -> complex:
        r = self._state[v]
        return complex(r[3], r[4])

    def heading(self, v: int) -> float:
        return float(self._state[v][2])

    def yaw_rate(self, v: int) -> float:
        return float(self._state[v][5])

    def speed(self, v: int) -> float:
        return abs(self.vel(v))

    def slip(self, v: int) -> float:
        """Angle between where the car points and where it goes (radians, -pi..pi; 0 when slow)."""
        rel = self.vel(v) * complex(math.cos(self.heading(v)), -math.sin(self.heading(v)))
        return slip_angle(rel.real, rel.imag)

    def damage(self, v: int) -> float:
        return float(self.world.fleet.damage[v]) if 0 <= v < len(self.world.bodies) else 0.0

    def wrecked(self, v: int) -> bool:
        return bool(self.world.fleet.wrecked[v]) if 0 <= v < len(self.world.bodies) else False

    def in_zone(self, v: int, zone: str) -> bool:
        area = self.zones.get(zone)
        if area is None or v < 0:
            return False
        p = self.pos(v)
        return area.contains(p.real, p.imag)

    def visible(self, a: int, b: int) -> bool:
        """A clear line of sight between two vehicles (no wall between them)."""
        return not self.walls.blocked(self.pos(a), self.pos(b))

    def touched(self, a: int, b: int) -> bool:
        """Whether ``a`` and ``b`` hit each other since the last look."""
        return (min(a, b), max(a, b)) in self._touch

    def hit_wall(self, v: int) -> bool:
        return v in self._wall

    # -- places ----------------------------------------------------------------------------

    def place(self, place: Place) -> tuple[float, float, float]:
        """(x, y, heading in radians) of a place; unknown zones fall back to start slot 0."""
        heading = math.radians(place.heading_deg) if place.heading_deg is not None else None
        if place.zone and place.zone in self.zones:
            x, y = self.zones[place.zone].centre
            return x, y, heading if heading is not None else 0.0
        if place.slot >= 0 or not place.zone:
            slots = sorted(self.track.start_slots, key=lambda s: s.index)
            if place.slot >= 0 and place.slot < len(slots):
                s = slots[place.slot]
                return s.x, s.y, heading if heading is not None else s.heading
            if place.slot < 0 and (place.x or place.y):
                return place.x, place.y, heading or 0.0
            s = slots[0]
            return s.x, s.y, heading if heading is not None else s.heading
        return place.x, place.y, heading or 0.0

    # -- the race ----------------------------------------------------------------------------

    def race_rules(self) -> Race | None:
        return self.session.race if self.session is not None else None

    def nose_to_finish(self, v: int) -> float:
        """Metres from the car's nose to the finish line along the lap (negative once across)."""
        race = self.race_rules()
        if race is None:
            return math.inf
        a = complex(race.gate_a[-1])
        fwd = complex(race.gate_fwd[-1])
        facing = complex(math.cos(self.heading(v)), math.sin(self.heading(v)))
        nose = self.pos(v) + facing * self.world.fleet.specs[v].length_m / 2.0
        return -((nose - a) * fwd.conjugate()).real

    def finish_distance(self, v: int) -> float:
        """Distance along the racing line to the finish on ``v``'s final lap (inf otherwise)."""
        session = self.session
        if session is None or v >= len(session.race.cards):
            return math.inf
        race = session.race
        card = race.cards[v]
        # On the final lap, past half its gates (so a car just over the line is not "at the finish").
        if card.laps != race.config.laps - 1 or card.next_gate < race.n_gates // 2:
            return math.inf
        s = float(session.tracker.s[v]) % session.line.length
        return session.line.length - s
