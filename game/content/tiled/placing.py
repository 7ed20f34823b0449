"""Objects of the game's classes: on their layer, in an allowed shape, typed, in metres.

The game's classes each live on one object layer (so a modder finds them
where the docs say) and are drawn in the shapes their rule understands: a
StartSlot is a point, a Checkpoint a two-point line, a Wall any outline.
Objects of other classes on the game's layers are reported (a typo in a
class would otherwise make a wall silently vanish); on other layers, such
as ``notes``, they are ignored. Outlines become metres here, with the
layer's offset and the object's rotation applied, as Tiled draws them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from game.content.mapdata import PropertyValue
from game.content.tiled.classes import typed_properties
from game.content.tiled.model import MapXml, ObjectXml
from game.content.tiled.problems import Problems, object_label
from game.content.trackgeom import rotate
from game.sim.track import Point

LAYER_CLASSES: dict[str, tuple[str, ...]] = {
    "physics": ("Wall", "SurfaceZone", "Prop"),
    "race": ("StartSlot", "Checkpoint", "FinishLine"),
    "ai": ("RacingLine", "Road"),
    "mission": ("Trigger",),
}
CLASS_LAYER = {cls: layer for layer, classes in LAYER_CLASSES.items() for cls in classes}

SHAPES_ALLOWED: dict[str, tuple[str, ...]] = {
    "Wall": ("polygon", "polyline", "rectangle"),
    "SurfaceZone": ("polygon", "rectangle"),
    "Prop": ("point", "tile"),
    "StartSlot": ("point",),
    "Checkpoint": ("polyline",),
    "FinishLine": ("polyline",),
    "RacingLine": ("polygon", "polyline"),
    "Road": ("polyline",),
    "Trigger": ("polygon", "rectangle"),
}


@dataclass(frozen=True, slots=True)
class MapObject:
    """One usable object: its class, typed properties and outline in metres."""

    info: ObjectXml
    props: dict[str, PropertyValue]
    points: tuple[Point, ...]
    label: str

    @property
    def cls(self) -> str:
        return self.info.cls


def map_objects(mx: MapXml, ppm: float, problems: Problems) -> list[MapObject]:
    """Usable objects of the game's classes; wrong classes, layers and shapes are reported."""
    out = []
    for info in mx.objects:
        label = object_label(info.id, info.name, info.cls) + f" on layer '{info.layer}'"
        if info.id in mx.broken_objects or not _placed_well(mx, info, label, problems):
            continue
        dx, dy = mx.object_offsets.get(info.layer, (0.0, 0.0))
        metres = (outline(info) + np.array([dx, dy])) / ppm
        if not _near_the_map(mx, ppm, metres, label, problems):
            continue
        props = typed_properties(info.cls, info.properties, label, problems)
        if props is None:
            continue
        out.append(MapObject(info, props, tuple(map(tuple, metres.tolist())), label))
    return out


def _near_the_map(
    mx: MapXml, ppm: float, points: npt.NDArray[np.float64], label: str, problems: Problems
) -> bool:
    """Every point within one map's size of the map: farther is a typo, and to the AI and the
    physics a coordinate of 1e300 m is an overflow waiting to happen."""
    width, height = mx.width * mx.tile_width / ppm, mx.height * mx.tile_height / ppm
    low, high = points.min(axis=0), points.max(axis=0)
    if -width <= low[0] and high[0] <= 2 * width and -height <= low[1] and high[1] <= 2 * height:
        return True
    problems.add(label, "lies far outside the map", "move it onto the map (or delete it)")
    return False


def _placed_well(mx: MapXml, info: ObjectXml, label: str, problems: Problems) -> bool:
    home = CLASS_LAYER.get(info.cls)
    if home is None:
        if info.layer in LAYER_CLASSES:
            wanted = ", ".join(LAYER_CLASSES[info.layer])
            got = f"has the class '{info.cls}'" if info.cls else "has no class"
            problems.add(label, got, f"set its Class (Type in Tiled 1.8) to one of {wanted}")
        return False
    if info.layer != home and home in mx.object_layers:
        problems.add(label, f"is a {info.cls} on the wrong layer", f"move it to the '{home}' object layer")
        return False
    allowed = SHAPES_ALLOWED[info.cls]
    if info.shape not in allowed:
        problems.add(label, f"is a {info.shape}", f"draw a {info.cls} as a {' or '.join(allowed)}")
        return False
    return True


def outline(info: ObjectXml) -> npt.NDArray[np.float64]:
    """The object's ``(n, 2)`` points in map pixels, with its rotation applied (about its anchor).

    numpy moves polygon points to the object's origin because a map may have
    hundreds of thousands. Tiled anchors a tile object at its bottom-left
    corner (and turns it about that corner), every other object at its top-left.
    """
    x, y, w, h = info.x, info.y, info.width, info.height
    angle = info.rotation
    shape = info.shape
    if shape == "point":
        return np.array([(x, y)], dtype=np.float64)
    if shape in ("polygon", "polyline") and info.points is not None:
        moved = info.points + np.array([x, y])
        return moved if not angle else np.array(rotate(moved.tolist(), (x, y), angle), dtype=np.float64)
    if shape == "tile":
        top = y - h
        corners = rotate([(x, top), (x + w, top), (x + w, y), (x, y)], (x, y), angle)
    else:
        corners = rotate([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], (x, y), angle)
    return np.array(corners, dtype=np.float64)


def centre(points: Iterable[Point]) -> Point:
    """The mean of the points: where a Prop drawn as a tile or a point stands."""
    pts = list(points)
    return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
