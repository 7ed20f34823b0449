"""Police: catch a target that sits still; lose a fast one that gets out of sight behind a building."""

from __future__ import annotations

import math

from game.sim.ai.geometry import WallIndex
from game.sim.ai.police import Busted, Police, PoliceConfig, PursuitLost, PursuitStarted
from game.sim.ai.roads import RoadNetwork
from game.sim.ai.sensing import read_fleet
from game.sim.ai.traffic import Traffic
from game.sim.circuits import open_pad
from game.sim.controls import Controls
from game.sim.track import RoadEdge, RoadGraph, Wall
from game.sim.vehicle import VehicleSpec
from game.sim.world import World

# A road east along y=1000, then a rounded bend south; a building fills the inside of the bend.
BEND = [
    (560.0 + 40.0 * math.sin(a * math.pi / 12), 1040.0 - 40.0 * math.cos(a * math.pi / 12))
    for a in range(1, 7)
]
ROAD = [(100.0, 1000.0), (560.0, 1000.0), *BEND, (600.0, 1800.0)]
BUILDING = Wall(
    ((300.0, 1015.0), (580.0, 1015.0), (585.0, 1040.0), (585.0, 1500.0), (300.0, 1500.0)),
    closed=True,
    name="building",
)


def _world(walls: tuple[Wall, ...] = ()) -> World:
    return World(open_pad(size=2000.0, walls=walls, cell_m=20.0), seed=3)


def test_police_catch_a_stationary_target(specs: dict[str, VehicleSpec]) -> None:
    world = _world()
    target = world.add_vehicle(specs["subaru"], 300.0, 1000.0, 0.0)
    cop = world.add_vehicle(specs["police"], 120.0, 1010.0, 0.0)
    police = Police(WallIndex(world.track), RoadNetwork(RoadGraph.joined([ROAD])), target)
    police.add_unit(cop, specs["police"], complex(120.0, 1010.0), 0.0)
    events = []
    controls: dict[int, Controls] = {}
    for step in range(120 * 30):
        if step % 4 == 0:
            controls = police.think(read_fleet(world), world.rng, step)
        world.step(controls)
        events += police.drain_events()
        if police.busted:
            break
    assert any(isinstance(e, PursuitStarted) for e in events)
    assert police.busted and any(isinstance(e, Busted) for e in events)
    assert police.heat >= 1


def test_police_lose_a_fast_target_out_of_sight(specs: dict[str, VehicleSpec]) -> None:
    world = _world((BUILDING,))
    # a road without a speed limit worth the name, so the getaway can drive it flat out
    graph = RoadNetwork(RoadGraph.joined([RoadEdge(0, 0, tuple(ROAD), speed_kmh=330.0)]))
    target = world.add_vehicle(specs["saleen"], 160.0, 1001.75, 0.0)
    cop = world.add_vehicle(specs["police"], 100.0, 1001.75, 0.0)
    getaway = Traffic(graph, cruise_kmh=330.0)  # the target drives the road flat out
    getaway.add(target, specs["saleen"], complex(160.0, 1001.75), 0.0)
    # Sight reaches 400 m here, so only the building can break it.
    police = Police(WallIndex(world.track), graph, target, PoliceConfig(sight_m=400.0))
    police.add_unit(cop, specs["police"], complex(100.0, 1001.75), 0.0)
    events = []
    states = set()
    for step in range(120 * 40):
        if step % 4 == 0:
            fleet = read_fleet(world)
            controls = {**getaway.think(fleet, world.rng, others=[]), **police.think(fleet, world.rng, step)}
            states.add(police.state)
        world.step(controls)
        events += police.drain_events()
        if any(isinstance(e, PursuitLost) for e in events):
            break
    assert any(isinstance(e, PursuitStarted) for e in events), "the police never saw the target"
    assert "search" in states, "sight was never broken"
    assert any(isinstance(e, PursuitLost) for e in events), "the police kept the target"
    assert police.heat == 0 and not police.busted
    assert world.snapshot().vehicles[target].y > 1100.0, "the target did not get round the building"


def test_heat_escalates_with_time_and_calls_more_units(specs: dict[str, VehicleSpec]) -> None:
    world = _world()
    target = world.add_vehicle(specs["subaru"], 300.0, 1000.0, 0.0)
    cop = world.add_vehicle(specs["police"], 250.0, 1000.0, 0.0)
    police = Police(WallIndex(world.track), None, target, PoliceConfig(heat_up_s=10.0))
    police.add_unit(cop, specs["police"], complex(250.0, 1000.0), 0.0)
    assert police.heat == 0 and police.units_wanted == police.config.units_by_heat[0]
    levels = []
    for step in range(0, 120 * 32, 4):
        # the target circles slowly in the open, always in sight
        fleet = read_fleet(world)
        controls = police.think(fleet, world.rng, step)
        controls[target] = Controls(throttle=0.3, steer=0.8)
        for _ in range(4):
            world.step(controls)
        levels.append(police.heat)
    assert levels[0] == 1 and max(levels) >= 3
    assert levels == sorted(levels), "heat only climbs while the target stays in sight"
    assert police.units_wanted >= 2
