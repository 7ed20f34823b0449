"""Traffic: civilians keep to the road graph, take turns at junctions, stop for what blocks them."""

from __future__ import annotations

import math

import numpy as np

from game.sim.ai.roads import RoadGraph
from game.sim.ai.sensing import read_fleet
from game.sim.ai.traffic import Traffic
from game.sim.circuits import open_pad
from game.sim.events import Collision
from game.sim.track import Point
from game.sim.vehicle import VehicleSpec
from game.sim.world import World


def _arc(cx: float, cy: float, r: float, a0: float, a1: float, n: int = 6) -> list[Point]:
    return [(cx + r * math.cos(a0 + (a1 - a0) * k / n), cy + r * math.sin(a0 + (a1 - a0) * k / n))
            for k in range(n + 1)]


def _town() -> list[list[Point]]:
    """A rounded square block with a road across its middle: four junctions, six roads."""
    r = 25.0
    top = [(325.0, 300.0), (675.0, 300.0)]
    right = [*_arc(675.0, 325.0, r, -math.pi / 2, 0.0), (700.0, 675.0)]
    bottom = [*_arc(675.0, 675.0, r, 0.0, math.pi / 2), (325.0, 700.0)]
    left = [*_arc(325.0, 675.0, r, math.pi / 2, math.pi), (300.0, 325.0)]
    corner = _arc(325.0, 325.0, r, math.pi, 1.5 * math.pi)
    across = [(300.0, 500.0), (700.0, 500.0)]
    # split the left and right roads at the cross road so its ends are junctions
    left_a = [p for p in left if p[1] >= 500.0] + [(300.0, 500.0)]
    left_b = [(300.0, 500.0)] + [p for p in left if p[1] < 500.0]
    right_a = [p for p in right if p[1] <= 500.0] + [(700.0, 500.0)]
    right_b = [(700.0, 500.0)] + [p for p in right if p[1] > 500.0]
    return [top, right_a, right_b, bottom, left_a, left_b, corner, across]


def test_road_graph_joins_ends_into_junctions() -> None:
    graph = RoadGraph(_town())
    degrees = sorted(len(edges) for edges in graph.incident)
    assert len(graph.edges) == 8
    assert degrees.count(3) == 2  # the cross road's two T-junctions
    assert all(d >= 2 for d in degrees)


def test_traffic_stays_on_the_road_graph_and_moves_on(specs: dict[str, VehicleSpec]) -> None:
    roads = _town()
    graph = RoadGraph(roads)
    world = World(open_pad(size=1000.0, cell_m=20.0), seed=5)
    traffic = Traffic(graph)
    starts = [(400.0, 301.75, 0.0), (701.75, 400.0, math.pi / 2), (600.0, 698.25, math.pi),
              (298.25, 600.0, -math.pi / 2), (500.0, 501.75, 0.0)]
    for x, y, h in starts:
        car = world.add_vehicle(specs["getaway"], x, y, h)
        traffic.add(car, specs["getaway"], complex(x, y), h)
    worst = 0.0
    travelled = np.zeros(len(starts))
    last = read_fleet(world).pos
    hits = []
    for step in range(120 * 60):
        if step % 4 == 0:
            fleet = read_fleet(world)
            controls = traffic.think(fleet, world.rng)
            worst = max(worst, float(graph.distance_to_road(fleet.pos).max()))
            travelled += np.abs(fleet.pos - last)
            last = fleet.pos
        world.step(controls)
        hits += [e for e in world.drain_events() if isinstance(e, Collision)]
    lane_span = 2 * 3.5  # two lanes either side of the centre line
    assert worst < lane_span, f"a civilian strayed {worst:.1f} m from the road"
    assert travelled.min() > 300.0, "every civilian keeps driving"
    assert not [h for h in hits if h.other >= 0 and h.delta_v > 1.5], "civilians do not ram each other"


def test_traffic_stops_behind_a_blocking_car(specs: dict[str, VehicleSpec]) -> None:
    graph = RoadGraph([[(100.0, 500.0), (900.0, 500.0)]])
    world = World(open_pad(size=1000.0, cell_m=20.0), seed=1)
    car = world.add_vehicle(specs["getaway"], 120.0, 501.75, 0.0)
    parked = world.add_vehicle(specs["police"], 400.0, 501.75, 0.0)
    traffic = Traffic(graph)
    traffic.add(car, specs["getaway"], complex(120.0, 501.75), 0.0)
    hits = []
    for step in range(120 * 40):
        if step % 4 == 0:
            controls = traffic.think(read_fleet(world), world.rng)
        world.step(controls)
        hits += [e for e in world.drain_events() if isinstance(e, Collision) and e.other == parked]
    view = world.snapshot().vehicles
    assert not hits, "the civilian touched the blocking car"
    assert view[car].speed < 0.5
    assert 4.0 < view[parked].x - view[car].x < 15.0
