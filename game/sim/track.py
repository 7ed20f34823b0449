"""Track geometry in metres: what the world collides with and drives on.

A ``Track`` is plain, pygame-free data produced by the map loader (or built
in code for tests and benchmarks). The simulation reads it; nothing here knows
about tiles, pixels or Tiled.

Axes follow the map: x to the right, y *down*, so a heading of 0 points along
+x and a positive heading change turns clockwise on screen (to the right).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

from game.sim.surfaces import Surface

Point = tuple[float, float]
ROAD_JOIN_M = 2.0
"""Road ends closer than this (m) are one junction."""
TrackKind = Literal["circuit", "free-roam"]


@dataclass(frozen=True, slots=True)
class Wall:
    """A solid barrier: a polyline (or closed polygon) of wall segments."""

    points: tuple[Point, ...]
    closed: bool = False
    name: str = ""

    def segments(self) -> list[tuple[Point, Point]]:
        pts = list(self.points)
        pairs = list(itertools.pairwise(pts))
        if self.closed and len(pts) > 2:
            pairs.append((pts[-1], pts[0]))
        return pairs


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A gate a racer must cross, in ``index`` order (0 is the first after the start)."""

    index: int
    a: Point
    b: Point
    name: str = ""


@dataclass(frozen=True, slots=True)
class StartSlot:
    """A grid position; ``heading`` in radians (0 = +x, clockwise positive)."""

    index: int
    x: float
    y: float
    heading: float


@dataclass(frozen=True, slots=True)
class Prop:
    """A loose object that can be knocked about (cone, barrel, crate)."""

    x: float
    y: float
    radius: float
    mass: float
    kind: str = "cone"
    name: str = ""


@dataclass(frozen=True, slots=True)
class Trigger:
    """A named zone that missions react to."""

    name: str
    polygon: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class SurfaceGrid:
    """Surface ids on a regular grid; anything outside reads as ``outside``."""

    cells: npt.NDArray[np.uint8]
    cell_m: float
    origin: Point = (0.0, 0.0)
    outside: Surface = Surface.GRASS

    def surface_at(self, x: float, y: float) -> Surface:
        col = math.floor((x - self.origin[0]) / self.cell_m)
        row = math.floor((y - self.origin[1]) / self.cell_m)
        rows, cols = self.cells.shape
        if 0 <= row < rows and 0 <= col < cols:
            return Surface(int(self.cells[row, col]))
        return self.outside


@dataclass(frozen=True, slots=True)
class RoadEdge:
    """One drawn road between two graph nodes, with its polyline in metres."""

    a: int
    b: int
    points: tuple[Point, ...]
    lanes: int = 2
    speed_kmh: float = 50.0
    name: str = ""

    @property
    def length(self) -> float:
        return sum(math.dist(p, q) for p, q in itertools.pairwise(self.points))


@dataclass(frozen=True, slots=True)
class RoadGraph:
    """Roads for traffic, police and navigation: nodes are joined road ends.

    Edge ``i`` runs from ``nodes[edges[i].a]`` along ``edges[i].points`` to
    ``nodes[edges[i].b]``; it may be driven both ways.
    """

    nodes: tuple[Point, ...] = ()
    edges: tuple[RoadEdge, ...] = ()

    def edges_at(self, node: int) -> list[int]:
        """Indices of the edges that start or end at ``node``, in edge order."""
        return [i for i, e in enumerate(self.edges) if node in (e.a, e.b)]

    @classmethod
    def joined(cls, roads: Sequence[RoadEdge | Sequence[Point]], join_m: float = ROAD_JOIN_M) -> RoadGraph:
        """The graph of ``roads`` (polylines, or edges whose ``a``/``b`` are ignored).

        Ends are merged greedily in road order, each to the first existing node
        within ``join_m``; a node sits where its first end was drawn. Greedy
        and ordered so the same map always gives the same graph.
        """
        nodes: list[Point] = []
        edges: list[RoadEdge] = []

        def node_for(p: Point) -> int:
            for i, q in enumerate(nodes):
                if math.dist(p, q) <= join_m:
                    return i
            nodes.append(p)
            return len(nodes) - 1

        for road in roads:
            edge = road if isinstance(road, RoadEdge) else RoadEdge(0, 0, tuple(road))
            a = node_for(edge.points[0])
            b = node_for(edge.points[-1])
            edges.append(RoadEdge(a, b, tuple(edge.points), edge.lanes, edge.speed_kmh, edge.name))
        return cls(tuple(nodes), tuple(edges))


@dataclass(frozen=True, slots=True)
class Track:
    """Everything the simulation needs to know about a place to drive."""

    id: str
    name: str
    width_m: float
    height_m: float
    surfaces: SurfaceGrid
    walls: tuple[Wall, ...] = ()
    wall_radius: float = 0.5
    start_slots: tuple[StartSlot, ...] = ()
    checkpoints: tuple[Checkpoint, ...] = ()
    finish: Checkpoint | None = None
    racing_line: tuple[Point, ...] = ()
    props: tuple[Prop, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    kind: TrackKind = "circuit"
    night: bool = False
    laps: int = 3
    properties: dict[str, str] = field(default_factory=dict)
    road_graph: RoadGraph = field(default_factory=RoadGraph)
    """Roads for traffic, police and route finding (see :meth:`RoadGraph.joined`)."""

    @property
    def roads(self) -> tuple[tuple[Point, ...], ...]:
        """Every road's polyline, in map order."""
        return tuple(e.points for e in self.road_graph.edges)
