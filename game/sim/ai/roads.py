"""The road network as cars use it: one index of the track's road graph, and a follower on it.

The graph itself (junctions where road ends meet, lanes and speed limits per
road) is the track's :class:`~game.sim.track.RoadGraph`; :class:`RoadNetwork`
is the one index of it that everything driving on roads shares: traffic and
police patrols follow its resampled roads, mission routes (A*, in
:mod:`game.sim.mission.routes`) walk its adjacency, and a road block finds
the roads through a zone with its segment arrays. Edge ``i`` of the index is
edge ``i`` of the graph, so a blocked road keeps one number everywhere.

Each road is an edge that can be driven either way. A position on the
network (:class:`RoadFollower`) is (edge, direction, distance from the start
of the edge in that direction), so "20 m further on" is simple arithmetic
plus, at a node, a choice of the next edge.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from game.sim.ai.geometry import C128, F64
from game.sim.track import Point, RoadGraph

LANE_WIDTH_M = 3.5
CORNER_ACCEL = 2.5
"""m/s²: how hard a car following the road corners (a civilian's comfort, a patrol's calm)."""


@dataclass(frozen=True, eq=False)
class Edge:
    """One road between two nodes, sampled about every 2 m."""

    index: int
    start: int
    end: int
    pts: C128
    s: F64
    length: float
    lanes: int = 2
    speed_kmh: float = 50.0

    def point(self, forward: bool, dist: float) -> tuple[complex, complex]:
        """Point ``dist`` metres along the edge in a direction, and the unit tangent there."""
        d = dist if forward else self.length - dist
        d = min(max(d, 0.0), self.length)
        k = int(np.searchsorted(self.s, d, side="right")) - 1
        k = min(max(k, 0), len(self.pts) - 2)
        seg = self.pts[k + 1] - self.pts[k]
        seg_len = abs(seg) or 1.0
        p = complex(self.pts[k] + seg * ((d - self.s[k]) / seg_len))
        t = complex(seg / seg_len)
        return p, (t if forward else -t)


def _resample_open(points: C128, spacing: float) -> C128:
    seg = np.abs(np.diff(points))
    s = np.concatenate([[0.0], np.cumsum(seg)])
    n = max(2, int(np.ceil(s[-1] / spacing)) + 1)
    at = np.linspace(0.0, s[-1], n)
    return np.interp(at, s, points.real) + 1j * np.interp(at, s, points.imag)


class RoadNetwork:
    """The one index of a track's road graph: resampled roads for following, adjacency for
    routing, segment arrays for "which roads pass here".

    A road drawn as a single point (no length) keeps its number but is left out of
    following: no follower is put on it and no turn leads onto it.
    """

    def __init__(self, graph: RoadGraph) -> None:
        self.graph = graph
        self.nodes: list[complex] = [complex(x, y) for x, y in graph.nodes]
        self.edges: list[Edge] = []
        self.incident: list[list[int]] = [[] for _ in graph.nodes]
        """Followable edges at each node, in edge order (the turns a follower draws from)."""
        self.adjacent: list[list[tuple[int, int, float]]] = [[] for _ in graph.nodes]
        """(edge, other node, length) from each node, every edge both ways: the routing graph."""
        followed: list[Edge] = []
        for i, road in enumerate(graph.edges):
            length = max(road.length, 1e-6)
            self.adjacent[road.a].append((i, road.b, length))
            if road.b != road.a:
                self.adjacent[road.b].append((i, road.a, length))
            pts = np.array([complex(x, y) for x, y in road.points], dtype=np.complex128)
            followable = len(pts) >= 2
            fine = _resample_open(pts, 2.0) if followable else np.repeat(pts, 2)
            s = np.concatenate([[0.0], np.cumsum(np.abs(np.diff(fine)))])
            edge = Edge(i, road.a, road.b, fine, s, float(s[-1]), road.lanes, road.speed_kmh)
            self.edges.append(edge)
            if followable:
                followed.append(edge)
                self.incident[road.a].append(i)
                if road.b != road.a:
                    self.incident[road.b].append(i)
        if followed:
            self._all = np.concatenate([e.pts for e in followed])
            self._owner = np.concatenate([np.full(len(e.pts), e.index) for e in followed])
            self._at = np.concatenate([e.s for e in followed])
        else:
            self._all = np.zeros(0, dtype=np.complex128)
            self._owner = np.zeros(0, dtype=np.intp)
            self._at = np.zeros(0)
        self._segments(graph)

    def _segments(self, graph: RoadGraph) -> None:
        """Every drawn segment of every road as arrays (start, direction, owning edge, its index)."""
        seg_a: list[complex] = []
        seg_b: list[complex] = []
        owner: list[int] = []
        index: list[int] = []
        for i, road in enumerate(graph.edges):
            for k, (p, q) in enumerate(itertools.pairwise(road.points)):
                seg_a.append(complex(*p))
                seg_b.append(complex(*q))
                owner.append(i)
                index.append(k)
        self._seg_a = np.array(seg_a, dtype=np.complex128)
        self._seg_d = np.array(seg_b, dtype=np.complex128) - self._seg_a
        self._seg_owner = np.array(owner, dtype=np.intp)
        self._seg_index = np.array(index, dtype=np.intp)

    def __bool__(self) -> bool:
        """Whether the map has any road at all (a circuit has none)."""
        return bool(self.graph.edges)

    # -- where the roads are ------------------------------------------------------------------

    def nearest_edge(self, p: Point, blocked: Collection[int] = ()) -> tuple[int, int, float, float]:
        """(edge, segment, fraction along the segment, distance) of the open road nearest ``p``."""
        z = complex(*p)
        dd = (self._seg_d * np.conj(self._seg_d)).real
        t = ((z - self._seg_a) * np.conj(self._seg_d)).real / np.where(dd > 0, dd, 1.0)
        t = np.clip(t, 0.0, 1.0)
        dist = np.abs(self._seg_a + t * self._seg_d - z)
        if blocked:
            dist = np.where(np.isin(self._seg_owner, list(blocked)), np.inf, dist)
        k = int(np.argmin(dist))
        return int(self._seg_owner[k]), int(self._seg_index[k]), float(t[k]), float(dist[k])

    def edges_near(self, p: Point, radius: float) -> list[int]:
        """Every road passing within ``radius`` of ``p``, in edge order."""
        z = complex(*p)
        dd = (self._seg_d * np.conj(self._seg_d)).real
        t = np.clip(((z - self._seg_a) * np.conj(self._seg_d)).real / np.where(dd > 0, dd, 1.0), 0.0, 1.0)
        near = np.abs(self._seg_a + t * self._seg_d - z) <= radius
        return sorted({int(e) for e in self._seg_owner[near]})

    # -- following ----------------------------------------------------------------------------

    def nearest(self, p: complex) -> tuple[int, float, float]:
        """(edge, distance along it from its start, distance from the road's centre line)."""
        if not len(self._all):
            raise ValueError("the road graph is empty")
        k = int(np.argmin(np.abs(self._all - p)))
        return int(self._owner[k]), float(self._at[k]), float(abs(self._all[k] - p))

    def distance_to_road(self, points: C128) -> F64:
        """Distance from each point to the nearest road centre line (sampled every 2 m)."""
        return np.asarray(np.abs(points[:, None] - self._all[None, :]).min(axis=1), dtype=np.float64)

    def next_edge(self, edge: int, forward: bool, rng: random.Random) -> tuple[int, bool]:
        """At the end of ``edge`` driven that way, pick the next edge (no U-turn unless a dead end)."""
        e = self.edges[edge]
        node = e.end if forward else e.start
        choices = [k for k in self.incident[node] if k != edge]
        if not choices:
            choices = [edge]
        pick = choices[0] if len(choices) == 1 else choices[rng.randrange(len(choices))]
        nxt = self.edges[pick]
        return pick, nxt.start == node if nxt.start != nxt.end else True


class RoadFollower:
    """A place on the road graph that moves along it, choosing turns with the world's rng."""

    def __init__(self, graph: RoadNetwork, edge: int, forward: bool, dist: float) -> None:
        self.graph = graph
        self.edge = edge
        self.forward = forward
        self.dist = dist
        self._next: tuple[int, bool] | None = None

    @classmethod
    def nearest(cls, graph: RoadNetwork, p: complex, heading: complex) -> RoadFollower:
        """Start on the road nearest ``p``, in the direction closest to ``heading``."""
        edge, along, _ = graph.nearest(p)
        _, tangent = graph.edges[edge].point(True, along)
        forward = (tangent * heading.conjugate()).real >= 0
        dist = along if forward else graph.edges[edge].length - along
        return cls(graph, edge, forward, dist)

    def advance_to(self, p: complex, rng: random.Random) -> None:
        """Move the place along to the point nearest ``p`` (never backward).

        Near the end of an edge the next one is chosen, and the place moves
        onto it as soon as the car is nearer to it than to the current edge,
        so a car that cuts a junction's corner is not left behind.
        """
        e = self.graph.edges[self.edge]
        d = np.abs(e.pts - p)
        k = int(np.argmin(d))
        along = float(e.s[k]) if self.forward else e.length - float(e.s[k])
        if along > self.dist:
            self.dist = along
        if self.dist >= e.length - 0.5:
            self._step_edge(rng)
            return
        if e.length - self.dist < 25.0:
            if self._next is None:
                self._next = self.graph.next_edge(self.edge, self.forward, rng)
            ne = self.graph.edges[self._next[0]]
            dn = np.abs(ne.pts - p)
            kn = int(np.argmin(dn))
            if dn[kn] < d[k]:
                _edge, forward = self._next
                self._step_edge(rng)
                self.dist = float(ne.s[kn]) if forward else ne.length - float(ne.s[kn])

    def _step_edge(self, rng: random.Random) -> None:
        nxt = self._next or self.graph.next_edge(self.edge, self.forward, rng)
        self.edge, self.forward = nxt
        self.dist = 0.0
        self._next = None

    def lookahead(
        self, ahead: float, rng: random.Random, lane_offset: float = 0.0
    ) -> tuple[complex, complex]:
        """Point ``ahead`` metres further along the route (choosing the next turn if needed)."""
        e = self.graph.edges[self.edge]
        d = self.dist + ahead
        if d <= e.length:
            p, t = e.point(self.forward, d)
        else:
            if self._next is None:
                self._next = self.graph.next_edge(self.edge, self.forward, rng)
            ne = self.graph.edges[self._next[0]]
            p, t = ne.point(self._next[1], min(d - e.length, ne.length))
        return p + t * 1j * lane_offset, t

    def follow(
        self, p: complex, v: float, rng: random.Random, lane: float, min_ahead: float
    ) -> tuple[complex, float]:
        """Keep to the road from ``p`` at ``v`` m/s: (the point to steer for, the speed its bends allow).

        The point is in the lane ``lane`` metres right of the centre line, a
        little further ahead the faster the car goes (at least ``min_ahead``);
        the speed is what ``CORNER_ACCEL`` allows over the bends of the next
        stretch. Traffic and police patrols drive by this one reading.
        """
        self.advance_to(p, rng)
        aim, _ = self.lookahead(max(min_ahead, 0.9 * v + 4.0), rng, lane)
        bend = self.curvature_ahead(max(20.0, 2.5 * v), rng)
        return aim, math.sqrt(CORNER_ACCEL / max(bend, 1e-4))

    def curvature_ahead(self, ahead: float, rng: random.Random) -> float:
        """Roughly how sharply the route bends over the next ``ahead`` metres (1/m)."""
        _, t0 = self.lookahead(0.0, rng)
        _, t1 = self.lookahead(ahead, rng)
        turn = abs(np.angle(t1 * t0.conjugate()))
        return float(turn / max(ahead, 1.0))
