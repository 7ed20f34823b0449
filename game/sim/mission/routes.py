"""Route finding over a map's road graph: A* from any point to any point.

Free-roam missions happen on streets, so police, scripted cars and the
autopilot all find their way the same way a player reads the map: along the
``Road`` polylines. A start or goal point need not sit on a node; it is
projected onto its nearest road, and both ends of that road are tried, so a
route never makes a car turn round to reach a junction behind it first.
Blocked roads (a broken-down car, a police block) are simply left out.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Collection, Sequence

import numpy as np

from game.sim.track import Point, RoadGraph


def polyline_length(points: Sequence[Point]) -> float:
    return sum(math.dist(p, q) for p, q in itertools.pairwise(points))


def _project(p: Point, a: Point, b: Point) -> tuple[float, float]:
    """(distance from ``p`` to segment ab, fraction 0..1 along it of the nearest point)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    dd = dx * dx + dy * dy
    t = 0.0 if dd <= 0.0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / dd))
    q = (a[0] + t * dx, a[1] + t * dy)
    return math.dist(p, q), t


class RoadMap:
    """A road graph prepared for many route queries (adjacency lists, segment arrays)."""

    def __init__(self, graph: RoadGraph) -> None:
        self.graph = graph
        self.adjacent: list[list[tuple[int, int, float]]] = [[] for _ in graph.nodes]
        for i, edge in enumerate(graph.edges):
            length = max(edge.length, 1e-6)
            self.adjacent[edge.a].append((i, edge.b, length))
            if edge.b != edge.a:
                self.adjacent[edge.b].append((i, edge.a, length))
        seg_a: list[complex] = []
        seg_b: list[complex] = []
        owner: list[int] = []
        index: list[int] = []
        for i, edge in enumerate(graph.edges):
            for k, (p, q) in enumerate(itertools.pairwise(edge.points)):
                seg_a.append(complex(*p))
                seg_b.append(complex(*q))
                owner.append(i)
                index.append(k)
        self._a = np.array(seg_a, dtype=np.complex128)
        self._d = np.array(seg_b, dtype=np.complex128) - self._a
        self._owner = np.array(owner, dtype=np.intp)
        self._index = np.array(index, dtype=np.intp)

    def __bool__(self) -> bool:
        return bool(self.graph.edges)

    def nearest_edge(self, p: Point, blocked: Collection[int] = ()) -> tuple[int, int, float, float]:
        """(edge, segment, fraction along the segment, distance) of the road nearest ``p``."""
        z = complex(*p)
        dd = (self._d * np.conj(self._d)).real
        t = ((z - self._a) * np.conj(self._d)).real / np.where(dd > 0, dd, 1.0)
        t = np.clip(t, 0.0, 1.0)
        dist = np.abs(self._a + t * self._d - z)
        if blocked:
            dist = np.where(np.isin(self._owner, list(blocked)), np.inf, dist)
        k = int(np.argmin(dist))
        return int(self._owner[k]), int(self._index[k]), float(t[k]), float(dist[k])

    def edges_near(self, p: Point, radius: float) -> list[int]:
        """Every road passing within ``radius`` of ``p``, in edge order."""
        z = complex(*p)
        dd = (self._d * np.conj(self._d)).real
        t = np.clip(((z - self._a) * np.conj(self._d)).real / np.where(dd > 0, dd, 1.0), 0.0, 1.0)
        near = np.abs(self._a + t * self._d - z) <= radius
        return sorted({int(e) for e in self._owner[near]})

    def _ends(self, p: Point, blocked: Collection[int]) -> list[tuple[int, float, list[Point]]]:
        """Both ends of the road nearest ``p``: (node, metres along the road, points from p to it)."""
        e, seg, t, _ = self.nearest_edge(p, blocked)
        edge = self.graph.edges[e]
        pts = edge.points
        a, b = pts[seg], pts[seg + 1]
        foot = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        to_a = [foot, *reversed(pts[: seg + 1])]
        to_b = [foot, *pts[seg + 1 :]]
        return [(edge.a, polyline_length(to_a), to_a), (edge.b, polyline_length(to_b), to_b)]

    def route(self, start: Point, goal: Point, blocked: Collection[int] = ()) -> list[Point] | None:
        """Points from ``start`` to ``goal`` along the roads (None when no open road joins them)."""
        if not self.graph.edges:
            return None
        nodes = self.graph.nodes
        starts = self._ends(start, blocked)
        goals = self._ends(goal, blocked)
        goal_cost = {node: (cost, pts) for node, cost, pts in goals}
        gs = self.nearest_edge(goal, blocked)[0]
        ss = self.nearest_edge(start, blocked)[0]
        best_direct: list[Point] | None = None
        if gs == ss:
            # Same road: drive straight along it.
            pts = list(self.graph.edges[ss].points)
            s_proj = self._along(pts, start)
            g_proj = self._along(pts, goal)
            best_direct = [start, *self._slice(pts, s_proj, g_proj), goal]
        gx, gy = goal
        counter = itertools.count()
        frontier: list[tuple[float, float, int, int]] = []
        came: dict[int, tuple[int, int]] = {}
        cost_at: dict[int, float] = {}
        for node, cost, _ in starts:
            if cost < cost_at.get(node, math.inf):
                cost_at[node] = cost
                came[node] = (-1, -1)
                h = math.hypot(nodes[node][0] - gx, nodes[node][1] - gy)
                heapq.heappush(frontier, (cost + h, cost, next(counter), node))
        best_total = math.inf
        best_node = -1
        while frontier:
            f, g, _, node = heapq.heappop(frontier)
            if f >= best_total:
                break
            if g > cost_at.get(node, math.inf):
                continue
            if node in goal_cost:
                total = g + goal_cost[node][0]
                if total < best_total:
                    best_total, best_node = total, node
            for edge, other, length in self.adjacent[node]:
                if edge in blocked:
                    continue
                ng = g + length
                if ng < cost_at.get(other, math.inf):
                    cost_at[other] = ng
                    came[other] = (node, edge)
                    h = math.hypot(nodes[other][0] - gx, nodes[other][1] - gy)
                    heapq.heappush(frontier, (ng + h, ng, next(counter), other))
        if best_node < 0:
            return best_direct
        if best_direct is not None and polyline_length(best_direct) <= best_total:
            return best_direct
        chain: list[tuple[int, int]] = []
        node = best_node
        while came[node][0] >= 0:
            prev, edge = came[node]
            chain.append((prev, edge))
            node = prev
        chain.reverse()
        first = next(pts for n, _, pts in starts if n == node)
        out: list[Point] = [start, *first]
        for prev, edge in chain:
            e = self.graph.edges[edge]
            pts = list(e.points) if e.a == prev else list(reversed(e.points))
            out.extend(pts[1:])
        out.extend(list(reversed(goal_cost[best_node][1]))[1:])
        out.append(goal)
        return _dedupe(out)

    @staticmethod
    def _along(pts: Sequence[Point], p: Point) -> float:
        best = (math.inf, 0.0)
        s = 0.0
        for a, b in itertools.pairwise(pts):
            d, t = _project(p, a, b)
            seg = math.dist(a, b)
            if d < best[0]:
                best = (d, s + t * seg)
            s += seg
        return best[1]

    @staticmethod
    def _slice(pts: Sequence[Point], s0: float, s1: float) -> list[Point]:
        """The polyline's vertices strictly between distances ``s0`` and ``s1`` (either order)."""
        out: list[tuple[float, Point]] = []
        s = 0.0
        for k, p in enumerate(pts):
            if k:
                s += math.dist(pts[k - 1], p)
            if min(s0, s1) < s < max(s0, s1):
                out.append((s, p))
        ordered = [p for _, p in out]
        return ordered if s0 <= s1 else ordered[::-1]


def _dedupe(points: list[Point]) -> list[Point]:
    out: list[Point] = []
    for p in points:
        if not out or math.dist(out[-1], p) > 0.05:
            out.append(p)
    return out
