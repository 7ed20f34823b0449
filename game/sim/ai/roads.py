"""The road network as cars drive it: the track's road graph, resampled for following.

Traffic and police patrols drive it. The graph itself (junctions where road
ends meet, lanes and speed limits per road) is the track's
:class:`~game.sim.track.RoadGraph`; this module adds what following needs.
Each road is an edge that can be driven either way. A position on the
network is (edge, direction, distance from the start of the edge in that
direction), so "20 m further on" is simple arithmetic plus, at a node, a
choice of the next edge.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

from game.sim.ai.geometry import C128, F64
from game.sim.track import RoadGraph

LANE_WIDTH_M = 3.5


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
    """The track's road graph with every road resampled about every 2 m, for following."""

    def __init__(self, graph: RoadGraph) -> None:
        self.nodes: list[complex] = [complex(x, y) for x, y in graph.nodes]
        self.edges: list[Edge] = []
        self.incident: list[list[int]] = [[] for _ in graph.nodes]
        for road in graph.edges:
            pts = np.array([complex(x, y) for x, y in road.points], dtype=np.complex128)
            if len(pts) < 2:
                continue
            fine = _resample_open(pts, 2.0)
            s = np.concatenate([[0.0], np.cumsum(np.abs(np.diff(fine)))])
            edge = Edge(len(self.edges), road.a, road.b, fine, s, float(s[-1]), road.lanes, road.speed_kmh)
            self.edges.append(edge)
            self.incident[road.a].append(edge.index)
            if road.b != road.a:
                self.incident[road.b].append(edge.index)
        if self.edges:
            self._all = np.concatenate([e.pts for e in self.edges])
            self._owner = np.concatenate([np.full(len(e.pts), e.index) for e in self.edges])
            self._at = np.concatenate([e.s for e in self.edges])
        else:
            self._all = np.zeros(0, dtype=np.complex128)
            self._owner = np.zeros(0, dtype=np.intp)
            self._at = np.zeros(0)

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

    def lookahead(self, ahead: float, rng: random.Random,
                  lane_offset: float = 0.0) -> tuple[complex, complex]:
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

    def curvature_ahead(self, ahead: float, rng: random.Random) -> float:
        """Roughly how sharply the route bends over the next ``ahead`` metres (1/m)."""
        _, t0 = self.lookahead(0.0, rng)
        _, t1 = self.lookahead(ahead, rng)
        turn = abs(np.angle(t1 * t0.conjugate()))
        return float(turn / max(ahead, 1.0))

