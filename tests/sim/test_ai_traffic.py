"""Traffic: civilians keep to the road graph, take turns at junctions, stop for what blocks them."""

from __future__ import annotations

import math

import numpy as np

from game.sim.ai.roads import RoadNetwork
from game.sim.ai.sensing import read_fleet
from game.sim.ai.traffic import Traffic
from game.sim.circuits import open_pad
from game.sim.events import Collision
from game.sim.track import Point, RoadGraph
from game.sim.vehicle import VehicleSpec
from game.sim.world import World


def _arc(cx: float, cy: float, r: float, a0: float, a1: float, n: int = 6) -> list[Point]:
    return [
        (cx + r * math.cos(a0 + (a1 - a0) * k / n), cy + r * math.sin(a0 + (a1 - a0) * k / n))
        for k in range(n + 1)
    ]


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
    graph = RoadNetwork(RoadGraph.joined(_town()))
    degrees = sorted(len(edges) for edges in graph.incident)
    assert len(graph.edges) == 8
    assert degrees.count(3) == 2  # the cross road's two T-junctions
    assert all(d >= 2 for d in degrees)


def test_traffic_stays_on_the_road_graph_and_moves_on(specs: dict[str, VehicleSpec]) -> None:
    roads = _town()
    graph = RoadNetwork(RoadGraph.joined(roads))
    world = World(open_pad(size=1000.0, cell_m=20.0), seed=5)
    traffic = Traffic(graph)
    starts = [
        (400.0, 301.75, 0.0),
        (701.75, 400.0, math.pi / 2),
        (600.0, 698.25, math.pi),
        (298.25, 600.0, -math.pi / 2),
        (500.0, 501.75, 0.0),
    ]
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
    graph = RoadNetwork(RoadGraph.joined([[(100.0, 500.0), (900.0, 500.0)]]))
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


def test_traffic_keeps_each_roads_speed_limit(specs: dict[str, VehicleSpec]) -> None:
    """A map's Road objects carry a speed_kmh; civilians drive to it, not above."""
    from game.sim.track import RoadEdge

    slow = RoadEdge(0, 0, ((100.0, 500.0), (900.0, 500.0)), speed_kmh=30.0)
    fast = RoadEdge(0, 0, ((100.0, 700.0), (1900.0, 700.0)), speed_kmh=80.0)
    graph = RoadNetwork(RoadGraph.joined([slow, fast]))
    world = World(open_pad(size=2000.0, cell_m=20.0), seed=1)
    a = world.add_vehicle(specs["getaway"], 120.0, 501.75, 0.0)
    b = world.add_vehicle(specs["getaway"], 120.0, 701.75, 0.0)
    traffic = Traffic(graph, cruise_kmh=120.0)
    traffic.add(a, specs["getaway"], complex(120.0, 501.75), 0.0)
    traffic.add(b, specs["getaway"], complex(120.0, 701.75), 0.0)
    top = {a: 0.0, b: 0.0}
    for step in range(120 * 15):
        if step % 4 == 0:
            controls = traffic.think(read_fleet(world), world.rng)
        world.step(controls)
        for v in world.snapshot().vehicles:
            top[v.index] = max(top[v.index], v.speed * 3.6)
    assert 25.0 < top[a] <= 36.0  # a driver eases onto the limit, a little over at most
    assert 70.0 < top[b] <= 96.0
