"""``bench sim``: raw physics speed, 1 and 8 vehicles on the closed test circuit.

A scripted controller drives every car round the stadium (steering toward a
point ahead on the centre line, braking for the bends) so the tyres, surfaces
and wall contacts all do real work, as in a race. It thinks at 30 Hz, as the
AI does, and reads the world's state arrays rather than building snapshots,
so the figure is the simulation's, not the benchmark driver's.
"""

from __future__ import annotations

import time

import numpy as np

from game.content.vehicles import load_vehicles
from game.paths import VEHICLES_FILE
from game.sim.circuits import stadium_circuit
from game.sim.controls import Controls
from game.sim.track import Track
from game.sim.world import STEP_HZ, World

SIM_SECONDS = 60.0
CARS = ("subaru", "bmw", "wolf", "nicole", "fordgt", "diablo", "enzo", "police")


class LineFollower:
    """Steers toward a point ahead on a closed line; brakes when the point is far off the nose."""

    def __init__(self, track: Track) -> None:
        self.line = np.array([complex(x, y) for x, y in track.racing_line])

    def controls(self, state: np.ndarray) -> dict[int, Controls]:
        pos = state[:, 0] + 1j * state[:, 1]
        nearest = np.abs(self.line[None, :] - pos[:, None]).argmin(axis=1)
        speed = np.hypot(state[:, 3], state[:, 4])
        look = np.where(speed < 30.0, 2, 3)
        target = self.line[(nearest + look) % len(self.line)]
        bearing = np.angle((target - pos) * np.exp(-1j * state[:, 2]))
        out = {}
        for i in range(len(state)):
            fast = speed[i] > 38.0 and abs(bearing[i]) > 0.12
            steer = max(-1.0, min(1.0, float(bearing[i]) * 2.5))
            out[i] = Controls(throttle=0.0 if fast else 1.0, brake=0.6 if fast else 0.0, steer=steer)
        return out


def run_cars(n: int, seconds: float = SIM_SECONDS, seed: int = 1) -> tuple[World, float]:
    """Drive ``n`` cars for ``seconds`` of simulated time; returns the world and wall seconds."""
    specs = load_vehicles(VEHICLES_FILE)
    track = stadium_circuit()
    world = World(track, seed=seed)
    for i in range(n):
        slot = track.start_slots[i]
        world.add_vehicle(specs[CARS[i % len(CARS)]], slot.x, slot.y, slot.heading)
    driver = LineFollower(track)
    world.step({})  # compile (or load from cache) the physics outside the timing
    steps = round(seconds * STEP_HZ)
    start = time.perf_counter()
    controls: dict[int, Controls] = {}
    for step in range(steps):
        if step % 4 == 0:
            controls = driver.controls(world.vehicle_states)
        world.step(controls)
    return world, time.perf_counter() - start


def measure() -> dict[str, float]:
    _, wall_1 = run_cars(1)
    _, wall_8 = run_cars(8)
    steps = SIM_SECONDS * STEP_HZ
    return {
        "sim_x_realtime_1": round(SIM_SECONDS / wall_1, 1),
        "sim_x_realtime_8": round(SIM_SECONDS / wall_8, 1),
        "us_per_vehicle_step": round(wall_8 / (steps * 8) * 1e6, 2),
    }
