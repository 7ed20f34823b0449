"""The race's half of a track: start slots on the road, numbered gates, the finish, the racing line.

A circuit can be raced only if the cars start on road clear of the walls,
the Checkpoints are numbered 0, 1, 2, ... without gaps or repeats, and the
RacingLine (what the computer drivers follow) crosses every gate once, in
order, then the finish. Each way that fails is one message naming the
object, so a modder sees the whole list after one ``check-map``.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from game.content import limits
from game.content.tiled.parts import Parts
from game.content.tiled.placing import MapObject
from game.content.tiled.problems import shown_name
from game.content.trackgeom import cyclic_order_ok, first_near_segment, gate_crossings, near_box, path_length
from game.sim.surfaces import Surface
from game.sim.track import Checkpoint, Point, StartSlot, Wall

ROAD_SURFACES = frozenset({Surface.ASPHALT, Surface.CONCRETE, Surface.KERB, Surface.DIRT})
"""Where a car may start: paved or packed ground, not grass, sand, gravel, oil or water."""
SLOT_CLEARANCE_M = 1.0
"""A start slot must be this far plus the wall radius from every wall (half a car's width)."""


class RaceParts(Parts):
    """Builds (and checks) the objects of the ``race`` and ``ai`` layers' racing classes."""

    def start_slots(self, walls: list[Wall]) -> list[StartSlot]:
        objs = self._indexed("StartSlot")
        owners, ends = segment_table(walls)
        if objs:  # only segments near the grid as a whole can be near one of its slots
            reach = 0.5 + SLOT_CLEARANCE_M + 1.0
            xs = [obj.points[0][0] for _, obj in objs]
            ys = [obj.points[0][1] for _, obj in objs]
            keep = near_box(ends, (min(xs) - reach, min(ys) - reach, max(xs) + reach, max(ys) + reach))
            owners, ends = [owners[i] for i in keep.tolist()], ends[keep]
        slots = []
        for index, obj in objs:
            x, y = obj.points[0]
            heading = math.radians(obj.info.rotation)
            self._check_slot_place(obj, x, y, owners, ends)
            slots.append(StartSlot(index=index, x=x, y=y, heading=heading))
        return slots

    def _check_slot_place(
        self, obj: MapObject, x: float, y: float, owners: list[Wall], ends: npt.NDArray[np.float64]
    ) -> None:
        if not (0 <= x < self.width_m and 0 <= y < self.height_m):
            self.problems.add(obj.label, "is outside the map", "drag it onto the track")
            return
        surface = self.grid.surface_at(x, y)
        if self.surfaces_known and surface not in ROAD_SURFACES:
            road = ", ".join(sorted(s.label for s in ROAD_SURFACES))
            self.problems.add(
                obj.label,
                f"is off the track, on {surface.label}",
                f"move it onto road tiles ({road}) or paint road under it",
            )
        clearance = 0.5 + SLOT_CLEARANCE_M
        near = first_near_segment((x, y), ends, clearance)
        if near is not None:
            wall = owners[near]
            self.problems.add(
                obj.label,
                f"is inside or against the wall '{shown_name(wall.name) or 'unnamed'}'",
                f"move it at least {clearance:g} m ({clearance * self.settings.ppm:g} px) "
                "away from every wall",
            )

    def _indexed(self, cls: str) -> list[tuple[int, MapObject]]:
        """Objects of ``cls`` sorted by their ``index``; reports gaps and repeats."""
        objs = self.of(cls)
        by_index: dict[int, MapObject] = {}
        for obj in objs:
            index = int(obj.props.get("index", 0))
            if index in by_index:
                other = by_index[index]
                self.problems.add(
                    obj.label,
                    f"has index {index}, the same as {other.label}",
                    f"number the {cls}s 0, 1, 2, ... with no repeats",
                )
            elif index < 0:
                self.problems.add(obj.label, f"has index {index}", f"number the {cls}s from 0")
            else:
                by_index[index] = obj
        drawn = sum(1 for o in self.mx.objects if o.cls == cls)
        missing = [i for i in range(len(objs)) if i not in by_index]
        if missing and len(by_index) == len(objs) == drawn:
            extra = [i for i in by_index if i >= len(objs)]
            self.problems.add(
                f"the {cls}s",
                f"skip index {missing[0]}" + (f" but use {extra[0]}" if extra else ""),
                f"number the {cls}s 0 to {len(objs) - 1} with no gaps",
            )
        return sorted(by_index.items())

    def indexed_gates(self, cls: str) -> list[Checkpoint]:
        gates = []
        for index, obj in self._indexed(cls):
            if not self._two_points(obj):
                continue
            gates.append(Checkpoint(index=index, a=obj.points[0], b=obj.points[1], name=obj.info.name))
        return gates

    def _two_points(self, obj: MapObject) -> bool:
        if len(obj.points) != 2:
            self.problems.add(
                obj.label,
                f"has {len(obj.points)} points",
                "draw it as a straight 2-point polyline across the road",
            )
            return False
        if math.dist(*obj.points) < 1.0:
            self.problems.add(obj.label, "is shorter than 1 m", "draw it right across the road")
            return False
        return True

    def finish(self) -> Checkpoint | None:
        finishes = self.of("FinishLine")
        for extra in finishes[1:]:
            self.problems.add(extra.label, "is a second FinishLine", "keep exactly one FinishLine")
        if not finishes or not self._two_points(finishes[0]):
            return None
        obj = finishes[0]
        return Checkpoint(index=-1, a=obj.points[0], b=obj.points[1], name=obj.info.name or "finish")

    def racing_line(self, checkpoints: list[Checkpoint], finish: Checkpoint | None) -> tuple[Point, ...]:
        lines = self.of("RacingLine")
        for extra in lines[1:]:
            self.problems.add(extra.label, "is a second RacingLine", "keep one RacingLine round the lap")
        if not lines:
            return ()
        line = lines[0]
        if len(line.points) < 3:
            self.problems.add(
                line.label, "has fewer than 3 points", "draw the line all the way round the lap"
            )
            return ()
        length = path_length(line.points, closed=True)
        if length > limits.PATH_METRES:
            self.problems.add(
                line.label,
                f"is {length / 1000:,.0f} km long, over the limit of {limits.PATH_METRES // 1000:,} km",
                "draw it once round the lap",
            )
            return ()
        if finish is not None and checkpoints:
            self._check_gate_order(line, checkpoints, finish)
        return line.points

    def _check_gate_order(self, line: MapObject, checkpoints: list[Checkpoint], finish: Checkpoint) -> None:
        gates = [(c.a, c.b) for c in checkpoints] + [(finish.a, finish.b)]
        order = gate_crossings(line.points, gates)
        names = [f"checkpoint {c.index}" for c in checkpoints] + ["the finish"]
        for g, name in enumerate(names):
            count = order.count(g)
            if count != 1:
                self.problems.add(
                    line.label,
                    f"never crosses {name}" if count == 0 else f"crosses {name} {count} times",
                    f"make the line cross {name} exactly once, or extend that gate across it",
                )
        if all(order.count(g) == 1 for g in range(len(gates))) and not cyclic_order_ok(
            order, list(range(len(gates)))
        ):
            last = order.index(len(gates) - 1)
            seen = ", ".join(names[g] for g in order[last + 1 :] + order[: last + 1])
            self.problems.add(
                line.label,
                f"meets the gates in the order {seen}",
                "renumber the Checkpoints so the line meets 0, 1, 2, ... and then the finish",
            )


def segment_table(walls: list[Wall]) -> tuple[list[Wall], npt.NDArray[np.float64]]:
    """Every wall segment as a row ``ax, ay, bx, by`` (in :meth:`Wall.segments` order) and its wall.

    All points go into one array and the segments are index arithmetic on it:
    a segment starts at every point but each wall's last, plus the closing
    segment (last point back to the first) of a closed wall, so sorting by the
    starting point gives ``Wall.segments`` order wall by wall.
    """
    if not walls:
        return [], np.zeros((0, 4))
    lengths = np.array([len(w.points) for w in walls])
    first = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    last = first + lengths - 1
    points = np.array([p for w in walls for p in w.points], dtype=np.float64).reshape(-1, 2)
    opens = np.ones(len(points), dtype=bool)
    opens[last] = False
    starts = np.flatnonzero(opens)
    stops = starts + 1
    closing = np.array([w.closed and len(w.points) > 2 for w in walls])
    starts = np.concatenate((starts, last[closing]))
    stops = np.concatenate((stops, first[closing]))
    order = np.argsort(starts, kind="stable")
    starts, stops = starts[order], stops[order]
    wall_of = np.searchsorted(first, starts, side="right") - 1
    return [walls[i] for i in wall_of.tolist()], np.hstack((points[starts], points[stops]))
