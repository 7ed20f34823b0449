"""Objects: each one's id, class, shape, position and points read once, within the limits.

An object Tiled can draw but the game cannot use (an ellipse, a capsule, a
text note, a broken number, a repeated id, a point list over its limit) is
reported here with its id, name and layer, and left out, so no later check
trips over it. Point lists are counted before they are split and converted
by numpy in one call, because a map may hold hundreds of thousands of points.
What the game makes of each class is :mod:`game.content.tiled.placing`'s job.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

import numpy as np
import numpy.typing as npt

from game.content import limits
from game.content.tiled.model import MapXml, ObjectXml
from game.content.tiled.problems import Problems, object_label, quote
from game.content.tiled.properties import object_class
from game.content.tiled.xmlfile import float_attr, int_attr, parse_points

PLACEMENT = ("x", "y", "width", "height", "rotation")
"""Number attributes of an object: each must be a finite number when present (absent is 0)."""


def read_objects(m: MapXml, group: ET.Element, layer: str, problems: Problems) -> None:
    """Every usable object of ``group`` into ``m.objects``; the others are reported and removed."""
    ids = {o.id for o in m.objects}
    for obj in list(group.findall("object")):
        info = _object_info(m, obj, layer, problems)
        if info is not None and info.id in ids:
            problems.add(
                object_label(info.id, info.name, info.cls),
                "shares its id with another object",
                "copy and paste it in Tiled so it gets a fresh id",
            )
            info = None
        if info is None:
            group.remove(obj)
            continue
        ids.add(info.id)
        m.objects.append(info)


def _object_info(m: MapXml, obj: ET.Element, layer: str, problems: Problems) -> ObjectXml | None:
    """The object's record, or None once its first problem is reported."""
    cls = object_class(obj)
    name = obj.get("name", "")
    oid = int_attr(obj, "id")
    label = object_label(obj.get("id", "?"), name, cls) + f" on layer '{layer}'"
    if oid is None or oid <= 0:
        problems.add(label, f"has no valid id (got {quote(obj.get('id'))})", "re-save the map in Tiled")
        return None
    if len(name) > limits.NAME_CHARS or len(cls) > limits.NAME_CHARS:
        what = "name" if len(name) > limits.NAME_CHARS else "class"
        size = len(name) if what == "name" else len(cls)
        problems.add(
            label,
            f"has a {what} of {size:,} characters, over the limit of {limits.NAME_CHARS}",
            f"shorten its {what}",
        )
        return None
    placement: list[float] = []
    for attr in PLACEMENT:
        value = float_attr(obj, attr, 0.0)
        if value is None:
            problems.add(label, f"has a bad '{attr}' ({quote(obj.get(attr))})", "move or resize it in Tiled")
            return None
        placement.append(value)
    if obj.get("visible", "1") not in ("0", "1"):
        problems.add(label, f"has a bad 'visible' ({quote(obj.get('visible'))})", "re-save the map in Tiled")
        return None
    found = _shape(m, obj, label, problems)
    if found is None:
        return None
    shape, points = found
    x, y, width, height, rotation = placement
    properties = m.properties.get(obj, {})
    return ObjectXml(obj, layer, oid, name, cls, shape, x, y, width, height, rotation, points, properties)


def _shape(
    m: MapXml, obj: ET.Element, label: str, problems: Problems
) -> tuple[str, npt.NDArray[np.float64] | None] | None:
    """The object's shape (and a polygon's or polyline's points); None once reported."""
    for tag in ("ellipse", "capsule"):
        if obj.find(tag) is not None:
            problems.add(
                label,
                f"is an {tag}" if tag == "ellipse" else f"is a {tag}",
                "redraw it as a polygon (the game only understands straight edges)",
            )
            return None
    if obj.find("text") is not None:
        problems.add(label, "is a text object", "move notes to a layer the game ignores, e.g. 'notes'")
        return None
    if obj.find("point") is not None:
        return "point", None
    for tag in ("polygon", "polyline"):
        node = obj.find(tag)
        if node is not None:
            points = _points(m, node, tag, label, problems)
            return None if points is None else (tag, points)
    gid = int_attr(obj, "gid", 0)
    if gid is None or not 0 <= gid <= 0xFFFFFFFF:
        problems.add(
            label, f"has a bad tile id ({quote(obj.get('gid'))})", "re-place the tile object in Tiled"
        )
        return None
    return ("tile" if gid else "rectangle"), None


def _points(
    m: MapXml, node: ET.Element, tag: str, label: str, problems: Problems
) -> npt.NDArray[np.float64] | None:
    """The point list, within the limits (counted before it is split); None once reported."""
    text = node.get("points")
    count = text.count(",") if text is not None else 0
    if count > limits.OBJECT_POINTS:
        problems.add(
            label,
            f"has {count:,} points, over the limit of {limits.OBJECT_POINTS:,}",
            f"simplify the {tag} (Tiled: select its points and delete some)",
        )
        return None
    if m.points + count > limits.MAP_POINTS:
        if m.points <= limits.MAP_POINTS:
            problems.add(
                label,
                f"brings the map over {limits.MAP_POINTS:,} polygon and polyline points",
                "simplify the map's walls, zones and lines",
            )
        m.points = limits.MAP_POINTS + 1
        return None
    m.points += count
    points = parse_points(text) if text is not None else None
    if points is None or len(points) < 2:
        problems.add(label, f"has a broken {tag} point list", f"redraw the {tag} in Tiled")
        return None
    return points
