"""Checked objects to a :class:`Track`: the world's half (layers, surfaces, walls, props, roads,
triggers) here, the race's half in :mod:`game.content.tiled.racing`.

Every way the map cannot be raced or driven is reported (one message per
object and fault) and no Track is made then, so a map that passes
``check-map`` is a map the game can play.
"""

from __future__ import annotations

from game.content import limits
from game.content.tiled.placing import CLASS_LAYER, centre
from game.content.tiled.racing import RaceParts
from game.content.trackgeom import fill_polygon, path_length, zone_crossings
from game.sim.surfaces import Surface
from game.sim.track import (
    ROAD_JOIN_M,
    Checkpoint,
    Point,
    Prop,
    RoadEdge,
    RoadGraph,
    StartSlot,
    Track,
    Trigger,
    Wall,
)

PROP_DEFAULTS: dict[str, tuple[float, float]] = {
    "cone": (0.3, 4.0),
    "barrel": (0.45, 60.0),
    "crate": (0.5, 40.0),
    "tyres": (0.5, 30.0),
}
"""``kind -> (radius_m, mass_kg)`` used when a Prop leaves them at 0 (their ranges: ``classes.RANGES``)."""


def title(stem: str) -> str:
    """A track name from its file name when the map gives none."""
    return stem.replace("_", " ").replace("-", " ").title()


class TrackBuilder(RaceParts):
    """Turns checked objects into a Track, reporting every way it cannot be raced."""

    def build(self, track_id: str) -> Track | None:
        self.within_counts()
        self._check_layers()
        self._paint_zones()
        walls = self._walls()
        slots = self.start_slots(walls)
        checkpoints = self.indexed_gates("Checkpoint")
        finish = self.finish()
        line = self.racing_line(checkpoints, finish)
        roads = self._roads()
        props = self._props()
        triggers = self._triggers()
        self._check_kind(slots, checkpoints, finish, roads)
        if self.problems:
            return None
        s = self.settings
        return Track(
            id=track_id,
            name=s.name or title(self.mx.path.stem),
            width_m=self.width_m,
            height_m=self.height_m,
            surfaces=self.grid,
            walls=tuple(walls),
            start_slots=tuple(slots),
            checkpoints=tuple(checkpoints),
            finish=finish,
            racing_line=line,
            road_graph=roads,
            props=tuple(props),
            triggers=tuple(triggers),
            kind="free-roam" if s.kind == "free-roam" else "circuit",
            night=s.night,
            laps=s.laps,
            properties=dict(s.extra),
        )

    # -- layers and surfaces

    def _check_layers(self) -> None:
        mx = self.mx
        needs = [("ground", "Tile Layer"), ("physics", "Object Layer")]
        if self.settings.kind == "circuit":
            needs.append(("race", "Object Layer"))
        for name, kind in needs:
            found = mx.tile_layers if kind == "Tile Layer" else mx.object_layers
            if name in found or name in mx.broken_layers:
                continue
            strays = sorted({o.info.layer for o in self.objects if CLASS_LAYER[o.cls] == name})
            hint = f" (its objects are on '{strays[0]}': rename that layer)" if strays else ""
            self.problems.add(
                "the map",
                f"has no {kind.lower()} named '{name}'",
                f"add a new {kind} called '{name}' (Layer > New > {kind}){hint}",
            )

    def _paint_zones(self) -> None:
        budget, area = limits.ZONE_CROSSINGS, limits.ZONE_CELLS
        for zone in self.of("SurfaceZone"):
            crossings, cells = zone_crossings(self.grid.cells.shape, self.grid.cell_m, zone.points)
            budget, area = budget - crossings, area - cells
            if area < 0:
                self.problems.add(
                    zone.label,
                    f"brings the map's SurfaceZones over {limits.ZONE_CELLS:,} tile cells in all "
                    "(counting each zone's bounding box)",
                    "use fewer or smaller zones, or paint the surface with tiles",
                )
                return
            if budget < 0:
                self.problems.add(
                    zone.label,
                    f"brings the map's SurfaceZones over {limits.ZONE_CROSSINGS:,} edge-by-row tests "
                    "(edges times the tile rows each edge spans)",
                    "draw the zones with fewer points, or paint the surface with tiles",
                )
                return
            surface = Surface.from_name(str(zone.props["surface"]))
            fill_polygon(self.grid.cells, self.grid.cell_m, zone.points, surface)

    # -- physics

    def _walls(self) -> list[Wall]:
        walls = []
        for obj in self.of("Wall"):
            closed = obj.info.shape != "polyline"
            if _extent(obj.points) < 1e-6:
                self.problems.add(obj.label, "has no length", "drag its points apart or delete it")
                continue
            walls.append(Wall(points=obj.points, closed=closed, name=obj.info.name))
        return walls

    def _props(self) -> list[Prop]:
        props = []
        for obj in self.of("Prop"):
            kind = str(obj.props["kind"])
            radius, mass = float(obj.props["radius_m"]), float(obj.props["mass_kg"])
            default_r, default_m = PROP_DEFAULTS.get(kind, (0.4, 20.0))
            x, y = centre(obj.points)
            props.append(Prop(x, y, radius or default_r, mass or default_m, kind, obj.info.name))
        return props

    # -- roads and triggers

    def _roads(self) -> RoadGraph:
        roads = []
        total = 0.0
        for obj in self.of("Road"):
            total += path_length(obj.points, closed=False)
            if total > limits.PATH_METRES:
                self.problems.add(
                    obj.label,
                    f"brings the map's Roads over {limits.PATH_METRES // 1000:,} km in all",
                    "draw each road once, with fewer zig-zags",
                )
                break
            lanes, speed = int(obj.props["lanes"]), float(obj.props["speed_kmh"])
            roads.append(RoadEdge(0, 0, tuple(obj.points), lanes, speed, obj.info.name))
        return RoadGraph.joined(roads, ROAD_JOIN_M)

    def _triggers(self) -> list[Trigger]:
        triggers: list[Trigger] = []
        names: set[str] = set()
        for obj in self.of("Trigger"):
            name = obj.info.name.strip()
            if not name or name in names:
                self.problems.add(
                    obj.label,
                    "has no name" if not name else "has the same name as another Trigger",
                    "give every Trigger its own name; missions refer to it by name",
                )
                continue
            names.add(name)
            triggers.append(Trigger(name=name, polygon=obj.points))
        return triggers

    def _check_kind(
        self,
        slots: list[StartSlot],
        checkpoints: list[Checkpoint],
        finish: Checkpoint | None,
        roads: RoadGraph,
    ) -> None:
        kind = self.settings.kind
        if not slots:
            self.problems.add(
                "the map",
                "has no StartSlot",
                "add a point object of class StartSlot with index 0 on 'race'",
            )
        if kind == "circuit":
            if not checkpoints:
                self.problems.add(
                    "the map",
                    "has no Checkpoint",
                    "add 2-point polylines of class Checkpoint (index 0, 1, ...) across the road",
                )
            if finish is None and not self.of("FinishLine"):
                self.problems.add(
                    "the map",
                    "has no FinishLine",
                    "add one 2-point polyline of class FinishLine on 'race'",
                )
        elif not roads.edges:
            self.problems.add(
                "the map", "is free-roam but has no Road", "draw Road polylines on the 'ai' layer"
            )


def _extent(points: tuple[Point, ...]) -> float:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return max(max(xs) - min(xs), max(ys) - min(ys))
