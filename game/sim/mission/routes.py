"""Route finding over a map's roads: A* from any point to any point, on the one road index.

Free-roam missions happen on streets, so scripted cars, chasers and the
autopilot all find their way the same way a player reads the map: along the
``Road`` polylines of :class:`~game.sim.ai.roads.RoadNetwork` (the index
traffic and the police follow too). A start or goal point need not sit on a node; it is
projected onto its nearest road, and both ends of that road are tried, so a
route never makes a car turn round to reach a junction behind it first.
Blocked roads (a broken-down car, a police block) are simply left out.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Collection, Sequence

from game.sim.ai.roads import RoadNetwork
from game.sim.track import Point


def polyline_length(points: Sequence[Point]) -> float:
    return sum(math.dist(p, q) for p, q in itertools.pairwise(points))


def _project(p: Point, a: Point, b: Point) -> tuple[float, float]:
    """(distance from ``p`` to segment ab, fraction 0..1 along it of the nearest point)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    dd = dx * dx + dy * dy
    t = 0.0 if dd <= 0.0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / dd))
    q = (a[0] + t * dx, a[1] + t * dy)
    return math.dist(p, q), t


def _ends(roads: RoadNetwork, p: Point, blocked: Collection[int]) -> list[tuple[int, float, list[Point]]]:
    """Both ends of the road nearest ``p``: (node, metres along the road, points from p to it)."""
    e, seg, t, _ = roads.nearest_edge(p, blocked)
    edge = roads.graph.edges[e]
    pts = edge.points
    a, b = pts[seg], pts[seg + 1]
    foot = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
    to_a = [foot, *reversed(pts[: seg + 1])]
    to_b = [foot, *pts[seg + 1 :]]
    return [(edge.a, polyline_length(to_a), to_a), (edge.b, polyline_length(to_b), to_b)]


def route(roads: RoadNetwork, start: Point, goal: Point, blocked: Collection[int] = ()) -> list[Point] | None:
    """Points from ``start`` to ``goal`` along the open roads (None when no open road joins them)."""
    graph = roads.graph
    if not graph.edges:
        return None
    nodes = graph.nodes
    starts = _ends(roads, start, blocked)
    goals = _ends(roads, goal, blocked)
    goal_cost = {node: (cost, pts) for node, cost, pts in goals}
    gs = roads.nearest_edge(goal, blocked)[0]
    ss = roads.nearest_edge(start, blocked)[0]
    best_direct: list[Point] | None = None
    if gs == ss:
        # Same road: drive straight along it.
        pts = list(graph.edges[ss].points)
        s_proj = _along(pts, start)
        g_proj = _along(pts, goal)
        best_direct = [start, *_slice(pts, s_proj, g_proj), goal]
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
        for edge, other, length in roads.adjacent[node]:
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
        e = graph.edges[edge]
        pts = list(e.points) if e.a == prev else list(reversed(e.points))
        out.extend(pts[1:])
    out.extend(list(reversed(goal_cost[best_node][1]))[1:])
    out.append(goal)
    return _dedupe(out)


def _along(pts: Sequence[Point], p: Point) -> float:
    """Distance along the polyline ``pts`` to the point nearest ``p``."""
    best = (math.inf, 0.0)
    s = 0.0
    for a, b in itertools.pairwise(pts):
        d, t = _project(p, a, b)
        seg = math.dist(a, b)
        if d < best[0]:
            best = (d, s + t * seg)
        s += seg
    return best[1]


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
