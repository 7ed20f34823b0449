"""A race session: one world, its race rules and its computer drivers, stepped together.

This is what the race scene (and the headless ``race`` command, the tests
and the benchmark) drives: ``step()`` at 120 Hz with the human players'
controls; the rivals think and the rules look every 4th step (30 Hz), which
keeps them cheap beside the physics. Everything flows one way: the rules and
the drivers read the world; only the world moves bodies, including the
respawns the rules ask for.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from game.sim.ai.driver import AICar, RaceDrivers, hold_controls
from game.sim.ai.geometry import F64
from game.sim.ai.line import RacingLine
from game.sim.ai.pace import PaceTable
from game.sim.ai.planner import racing_line_for
from game.sim.ai.profile import Personality, Skill
from game.sim.ai.sensing import FleetState, LineTracker, read_fleet
from game.sim.controls import IDLE, Controls
from game.sim.events import WALL, Collision, Event
from game.sim.play import PlayHud, Standing, countdown_light
from game.sim.race import Race, RaceConfig, Racer, RaceResult
from game.sim.race.events import RaceEvent, Respawned, RespawnReason
from game.sim.rates import THINK_EVERY
from game.sim.snapshot import WorldSnapshot
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec
from game.sim.world import DT, World

CATCH_UP_SHARE = {"off": 0.0, "subtle": 0.02}
"""Pace a rival gains when last (and gives up when leading) under each catch-up setting."""


@dataclass(frozen=True, slots=True)
class Entrant:
    """One car on the grid. ``skill`` None means a player drives it (controls come from outside)."""

    name: str
    spec: VehicleSpec
    skill: Skill | None = None
    personality: Personality = field(default_factory=Personality)


class RaceSession:
    """A circuit race from the grid to the results table."""

    def __init__(
        self,
        track: Track,
        entrants: Sequence[Entrant],
        config: RaceConfig | None = None,
        seed: int = 0,
        line: RacingLine | None = None,
        players: Sequence[int] | None = None,
        balance_to: VehicleSpec | None = None,
        pace: PaceTable | None = None,
    ) -> None:
        """``players``: the vehicles with a seat (default: every entrant without a skill).

        ``balance_to``: the car every computer driver's car is balanced to
        (``ai.driver.balance_of_performance``), so that in a race of one class
        the drivers decide it, not the cars; None races the cars as they are.
        ``pace``: the circuit's measured pace table, which calibrates that
        balance (``ai.pace``).
        """
        if track.finish is None:
            raise ValueError(f"track '{track.id}' has no finish line, so it cannot hold a race")
        slots = sorted(track.start_slots, key=lambda s: s.index)
        if len(entrants) > len(slots):
            raise ValueError(
                f"track '{track.id}' has {len(slots)} start slots, not enough for {len(entrants)} cars"
            )
        self.track = track
        self.config = config or RaceConfig(laps=track.laps)
        self.world = World(track, seed=seed)
        self.line = line if line is not None else racing_line_for(track)
        self.entrants = tuple(entrants)
        self._players = (
            tuple(players)
            if players is not None
            else tuple(i for i, e in enumerate(entrants) if e.skill is None)
        )
        for entrant, slot in zip(entrants, slots, strict=False):
            self.world.add_vehicle(entrant.spec, slot.x, slot.y, slot.heading)
        gates = [*sorted(track.checkpoints, key=lambda c: c.index), track.finish]
        racers = [
            Racer(i, e.name, e.spec.id, human=i in self._players and e.skill is None)
            for i, e in enumerate(entrants)
        ]
        self.race = Race(self.line, gates, racers, self.config)
        self.tracker = LineTracker(self.line)
        self.ai_cars = [
            AICar(i, e.spec, e.skill, e.personality) for i, e in enumerate(entrants) if e.skill is not None
        ]
        share = CATCH_UP_SHARE.get(self.config.catch_up, 0.0)
        catch_up = [0.0 if car.vehicle in self._players else share for car in self.ai_cars]
        self.drivers = RaceDrivers(self.line, self.ai_cars, self._half_widths(), catch_up, balance_to, pace)
        self._ai_slot = {car.vehicle: k for k, car in enumerate(self.ai_cars)}
        self._ai_controls: dict[int, Controls] = {}
        self.forced_nitrous: dict[int, float] = {}
        """vehicle -> world time until which a script holds it flat out on nitrous."""
        self._events: list[Event | RaceEvent] = []
        self._rank: F64 | None = None
        self.fleet: FleetState = read_fleet(self.world)

    def _half_widths(self) -> F64:
        return np.array([s.width_m / 2.0 for s in self.world.fleet.specs])

    def add_obstacle(self, spec: VehicleSpec, x: float, y: float, heading: float) -> int:
        """A vehicle that is not racing (a parked car, a breakdown); returns its index."""
        index = self.world.add_vehicle(spec, x, y, heading)
        self.drivers.half_widths = self._half_widths()
        return index

    # -- stepping --------------------------------------------------------------

    @property
    def time_s(self) -> float:
        return self.world.time_s

    @property
    def over(self) -> bool:
        return self.race.over

    def step(self, controls: Mapping[int, Controls] | None = None) -> None:
        """One world step of 1/120 s; ``controls`` drive the players' cars (held during the countdown)."""
        world = self.world
        if world.step_count % THINK_EVERY == 0:
            self._tick()
        merged = self._ai_controls
        if self.race.started(world.time_s) and (controls or self.forced_nitrous):
            merged = dict(merged)
            for k, c in (controls or {}).items():
                if k not in self._ai_slot:
                    merged[k] = c
            for k, until in self.forced_nitrous.items():
                if world.time_s < until:  # a story beat: flat out on nitrous, whatever the driver wants
                    merged[k] = Controls(throttle=1.0, steer=merged.get(k, IDLE).steer, nitrous=True)
        world.step(merged)

    def _tick(self) -> None:
        world = self.world
        fleet = read_fleet(world)
        self.tracker.update(fleet.pos)
        for ev in world.drain_events():
            if isinstance(ev, Collision) and ev.other == WALL:
                self.race.wall_hit(ev.vehicle, ev.step * DT)
            self._events.append(ev)
        respawns = self.race.update(world.step_count, fleet, self.tracker, world.fleet.wrecked)
        if respawns:
            for racer, reason in respawns:
                self._respawn(racer, reason, fleet)
            fleet = read_fleet(world)
            self.tracker.update(fleet.pos)
        self._events.extend(self.race.drain_events())
        self.fleet = fleet
        if not self.race.started(world.time_s):
            hold = hold_controls()
            self._ai_controls = {i: hold for i in range(len(self.entrants))}
            return
        if self._rank is None or world.step_count % (THINK_EVERY * 30) == 0:
            self._rank = self.race.rank()
        rank = self._rank[self.drivers.vehicle]  # racer i drives vehicle i
        out = self.drivers.think(
            fleet, self.tracker, world.rng, world.fleet.nitro_tank, world.fleet.damage, rank
        )
        self._ai_controls = {car.vehicle: c for car, c in zip(self.ai_cars, out, strict=True)}

    def request_respawn(self, vehicle: int) -> None:
        """A player asked to be put back on the track (a reset button)."""
        for i, r in enumerate(self.race.racers):
            if r.vehicle == vehicle:
                self._respawn(i, "requested", read_fleet(self.world))

    @property
    def can_skip(self) -> bool:
        """Every computer driver is done and a player is still racing: the end may be projected."""
        return self.race.can_project(self.world.time_s)

    def skip_to_finish(self) -> None:
        """Finish the players still racing at the times their pace projects (``Race.project_finish``)."""
        self.race.project_finish(self.world.step_count, self.world.time_s)
        self._events.extend(self.race.drain_events())

    def _respawn(self, racer: int, reason: RespawnReason, fleet: FleetState) -> None:
        """Put a racer back on the line just past its last gate, clear of other cars."""
        vehicle = self.race.racers[racer].vehicle
        base = self.race.respawn_s(racer)
        others = np.delete(fleet.pos, vehicle)
        line = self.line
        choice = None
        for ahead in (6.0, 14.0, 22.0, 30.0, 40.0, 50.0, 60.0):
            for lateral in (0.0, -3.0, 3.0, -5.0, 5.0):
                p, tangent = line.point_at(base + ahead, lateral)
                k = line.nearest(p)
                if not -line.left[k] + 1.2 <= lateral <= line.right[k] - 1.2 and lateral != 0.0:
                    continue
                if not len(others) or float(np.abs(others - p).min()) > 7.0:
                    choice = (ahead, p, tangent)
                    break
            if choice:
                break
        if choice is None:
            p, tangent = line.point_at(base + 6.0)
            choice = (6.0, p, tangent)
        ahead, p, tangent = choice
        heading = float(np.angle(tangent))
        world = self.world
        world.place_vehicle(vehicle, p.real, p.imag, heading)
        # Arcade rule: a wreck comes back repaired, and only a wreck. A reset is a way
        # back onto the road, not a garage: R used to take a car from 80% damage to none.
        if reason == "wrecked":
            world.repair(vehicle)
        penalty = self.race.respawned(racer, reason, base + ahead, world.time_s)
        self.race.moved(racer, p)
        self.tracker.reset(vehicle, p)
        if vehicle in self._ai_slot:
            self.drivers.forget(self._ai_slot[vehicle])
        self._events.append(Respawned(world.step_count, vehicle, reason, penalty, p.real, p.imag))

    @property
    def last_step(self) -> int:
        """The step by which every race is over: the rules' time limit, plus a margin."""
        return round((self.race.go_time + self.race.time_limit + 5.0) / DT)

    def run(self, max_s: float | None = None) -> list[RaceResult]:
        """Step an all-AI race until it is over (or ``max_s`` of sim time); returns the results."""
        steps = self.last_step if max_s is None else round(max_s / DT)
        while not self.race.over and self.world.step_count < steps:
            self.step()
        self._events.clear()
        return self.results()

    # -- reading -----------------------------------------------------------------

    @property
    def players(self) -> tuple[int, ...]:
        return self._players

    @property
    def specs(self) -> Sequence[VehicleSpec]:
        return self.world.fleet.specs

    def standing(self, vehicle: int) -> Standing:
        """``vehicle``'s race as its HUD shows it."""
        race = self.race
        clock = race.clock(self.time_s)
        order = race.order()
        card = race.cards[vehicle]  # racer i drives vehicle i
        laps = self.config.laps
        return Standing(
            lap=min(laps, card.laps + 1),
            laps=laps,
            position=order.index(vehicle) + 1 if vehicle in order else 1,
            cars=len(race.cards),
            lap_time_s=max(0.0, clock - card.lap_start) if clock >= 0 and not card.finished else None,
            best_lap_s=min(card.lap_times) if card.lap_times else None,
            race_time_s=max(0.0, clock),
            finished=card.finished,
        )

    def hud(self, vehicle: int) -> PlayHud:
        return PlayHud(self.time_s, countdown_light(self.race.clock(self.time_s)), self.standing(vehicle))

    def results(self) -> list[RaceResult]:
        return self.race.results()

    def drain_events(self) -> list[Event | RaceEvent]:
        """World and race events since the last drain, oldest first (world events at 30 Hz)."""
        events, self._events = self._events, []
        return events

    def snapshot(self) -> WorldSnapshot:
        return self.world.snapshot()

    def state_hash(self) -> str:
        """The world's hash folded with the race rules' state: same seed, same hash."""
        h = hashlib.blake2b(digest_size=16)
        h.update(self.world.state_hash().encode())
        h.update(self.race.digest())
        return h.hexdigest()
