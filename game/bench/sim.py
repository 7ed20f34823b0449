"""``bench sim``: raw physics speed, 1 and 8 vehicles on the closed test circuit.

A scripted controller drives every car round the stadium (steering toward
the centre line, easing off in the bends) so the tyres, surfaces and wall
contacts all do real work, as in a race.
"""

from __future__ import annotations

import cmath
import math
import time

from game.content.vehicles import load_vehicles
from game.paths import VEHICLES_FILE
from game.sim.circuits import stadium_circuit
from game.sim.controls import Controls
from game.sim.snapshot import VehicleView
from game.sim.track import Track
from game.sim.world import STEP_HZ, World

SIM_SECONDS = 60.0
CARS = ("subaru", "bmw", "wolf", "nicole", "fordgt", "diablo", "enzo", "police")


def stadium_driver(track: Track) -> "StadiumDriver":
    return StadiumDriver(track)


class StadiumDriver:
    """Steers toward a point ahead on the stadium's centre line; brakes for the bends."""

    def __init__(self, track: Track) -> None:
        self.line = [complex(x, y) for x, y in track.racing_line]

    def controls(self, v: VehicleView) -> Controls:
        here = complex(v.x, v.y)
        nearest = min(range(len(self.line)), key=lambda i: abs(self.line[i] - here))
        look = 2 if v.speed < 30 else 3
        target = self.line[(nearest + look) % len(self.line)]
        bearing = cmath.phase((target - here) * cmath.exp(-1j * v.heading))
        steer = max(-1.0, min(1.0, bearing * 2.5))
        fast = v.speed > 38.0 and abs(bearing) > 0.12
        return Controls(throttle=0.0 if fast else 1.0, brake=0.6 if fast else 0.0, steer=steer)


def run_cars(n: int, seconds: float = SIM_SECONDS, seed: int = 1) -> tuple[World, float]:
    """Drive ``n`` cars for ``seconds`` of simulated time; returns the world and wall seconds."""
    specs = load_vehicles(VEHICLES_FILE)
    track = stadium_circuit()
    world = World(track, seed=seed)
    for i in range(n):
        slot = track.start_slots[i]
        world.add_vehicle(specs[CARS[i % len(CARS)]], slot.x, slot.y, slot.heading)
    driver = StadiumDriver(track)
    steps = round(seconds * STEP_HZ)
    start = time.perf_counter()
    controls: dict[int, Controls] = {}
    for step in range(steps):
        if step % 4 == 0:  # drivers think at 30 Hz, as the AI does
            snap = world.snapshot()
            controls = {v.index: driver.controls(v) for v in snap.vehicles}
        world.step(controls)
    return world, time.perf_counter() - start


def _physics_only(n: int, seconds: float) -> float:
    """Wall seconds for the physics alone (controls fixed), to isolate it from the driver."""
    _, wall = run_cars(n, seconds)
    return wall


def measure() -> dict[str, float]:
    _, wall_1 = run_cars(1)
    _, wall_8 = run_cars(8)
    steps = SIM_SECONDS * STEP_HZ
    return {
        "sim_x_realtime_1": round(SIM_SECONDS / wall_1, 1),
        "sim_x_realtime_8": round(SIM_SECONDS / wall_8, 1),
        "us_per_vehicle_step": round(wall_8 / (steps * 8) * 1e6, 2),
    }


if __name__ == "__main__":
    print(measure(), math.nan)
