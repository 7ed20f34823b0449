"""Civilian traffic: keep to the right-hand lane of the road graph, stop for obstacles, never ram.

A traffic car follows a :class:`~game.sim.ai.roads.RoadFollower` on the
road index every road user shares, at the road's cruising speed, slows for
bends, and looks down a corridor ahead of its own nose: anything in it (a
car, a police roadblock, the player) makes it brake to stop a few metres
short. Turns at junctions are drawn from the world's rng, so a seed replays
the same traffic.
"""

from __future__ import annotations

import cmath
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from game.sim.ai.roads import LANE_WIDTH_M, RoadFollower, RoadNetwork
from game.sim.ai.sensing import FleetState
from game.sim.ai.steering import drive_to
from game.sim.controls import Controls
from game.sim.vehicle import VehicleSpec

CRUISE_KMH = 50.0
STOP_GAP_M = 7.0
"""Distance (nose to centre of the obstacle) a civilian stops short of what blocks it."""
CORRIDOR_M = 1.8
COMFORT_DECEL = 4.0


@dataclass(slots=True)
class TrafficCar:
    vehicle: int
    spec: VehicleSpec
    follower: RoadFollower
    cruise: float
    lane: float


class Traffic:
    """Every civilian car of a world, stepped together at 30 Hz."""

    def __init__(self, graph: RoadNetwork, cruise_kmh: float = CRUISE_KMH) -> None:
        self.graph = graph
        self.cruise = cruise_kmh / 3.6
        self.cars: list[TrafficCar] = []

    def add(
        self, vehicle: int, spec: VehicleSpec, pos: complex, heading: float, cruise_kmh: float | None = None
    ) -> TrafficCar:
        """Hand a vehicle already in the world to the traffic; it joins the nearest road."""
        follower = RoadFollower.nearest(self.graph, pos, cmath.exp(1j * heading))
        lanes = self.graph.edges[follower.edge].lanes
        lane = LANE_WIDTH_M * (0.5 if lanes >= 2 else 0.0)
        car = TrafficCar(vehicle, spec, follower, (cruise_kmh / 3.6) if cruise_kmh else self.cruise, lane)
        self.cars.append(car)
        return car

    def think(
        self, fleet: FleetState, rng: random.Random, others: Sequence[int] | None = None
    ) -> dict[int, Controls]:
        """Controls for every traffic car; ``others`` limits which vehicles count as obstacles."""
        out: dict[int, Controls] = {}
        pos_all = fleet.pos
        for car in self.cars:
            i = car.vehicle
            p = complex(pos_all[i])
            heading = float(fleet.heading[i])
            vel = complex(fleet.vel[i])
            v = abs(vel)
            target, v_bends = car.follower.follow(p, v, rng, car.lane, min_ahead=6.0)
            limit = self.graph.edges[car.follower.edge].speed_kmh / 3.6  # the road's own limit
            v_target = min(car.cruise, limit, v_bends)
            v_target = min(v_target, self._obstacle_speed(i, p, heading, v, pos_all, others))
            out[i] = drive_to(p, heading, vel, float(fleet.yaw_rate[i]), target, v_target, car.spec)
        return out

    @staticmethod
    def _obstacle_speed(
        i: int, p: complex, heading: float, v: float, pos_all: np.ndarray, others: Sequence[int] | None
    ) -> float:
        """Highest speed from which the car can still stop ``STOP_GAP_M`` short of anything ahead."""
        rel = (pos_all - p) * cmath.exp(-1j * heading)
        look = STOP_GAP_M + v * v / (2 * COMFORT_DECEL) + 10.0
        mask = (rel.real > 0.5) & (rel.real < look) & (np.abs(rel.imag) < CORRIDOR_M + 0.9)
        mask[i] = False
        if others is not None:
            allowed = np.zeros(len(pos_all), dtype=bool)
            allowed[list(others)] = True
            mask &= allowed
        if not mask.any():
            return math.inf
        gap = float(np.min(rel.real[mask])) - STOP_GAP_M
        if gap <= 0.0:
            return 0.0
        return math.sqrt(2 * COMFORT_DECEL * gap)
