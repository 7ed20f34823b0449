"""One road index for every road user: numbered like the graph, followed, routed and blocked alike."""

from __future__ import annotations

import random

from game.sim.ai.roads import RoadFollower, RoadNetwork
from game.sim.mission.routes import route
from game.sim.track import RoadGraph

# An L of two roads and a spur; the spur is drawn as a single point (no length).
ROADS = [[(0.0, 0.0), (200.0, 0.0)], [(200.0, 0.0), (200.0, 200.0)], [(200.0, 200.0)]]


def test_edges_keep_the_graphs_numbers_and_a_pointlike_road_is_never_followed() -> None:
    graph = RoadGraph.joined(ROADS)
    roads = RoadNetwork(graph)
    assert [e.index for e in roads.edges] == [0, 1, 2]
    assert roads.edges[2].length == 0.0
    assert all(2 not in at for at in roads.incident)  # no turn leads onto it
    assert roads.nearest(complex(200.0, 205.0))[0] == 1  # and nobody is put on it
    assert bool(roads) and not RoadNetwork(RoadGraph())


def test_routing_and_road_blocks_use_the_same_index_the_followers_drive() -> None:
    roads = RoadNetwork(RoadGraph.joined(ROADS))
    path = route(roads, (10.0, 2.0), (198.0, 150.0))
    assert path is not None and path[0] == (10.0, 2.0) and path[-1] == (198.0, 150.0)
    assert (200.0, 0.0) in path  # round the corner, not across the field
    assert roads.edges_near((200.0, 100.0), 5.0) == [1]
    assert route(roads, (10.0, 2.0), (198.0, 150.0), blocked=[1]) != path  # a blocked road is left out
    follower = RoadFollower.nearest(roads, complex(50.0, 1.0), 1 + 0j)
    aim, corner = follower.follow(complex(50.0, 1.0), 10.0, random.Random(1), lane=1.75, min_ahead=6.0)
    assert follower.edge == 0 and follower.forward
    assert abs(aim - complex(63.0, 1.75)) < 1e-9 and corner > 10.0
