"""The game world: physics, vehicles, race and mission rules.

Nothing in here imports pygame, reads the wall clock or iterates an unordered
container, so the same seed and the same controls always give the same world.
"""

from game.sim.controls import IDLE, Controls
from game.sim.surfaces import Surface
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec
from game.sim.world import World

__all__ = ["IDLE", "Controls", "Surface", "Track", "VehicleSpec", "World"]
