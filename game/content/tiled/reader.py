"""The map read in one pass: document, header, layers, tilesets, templates, properties, objects.

pytmx (the reader this project used first) trusted its input, read tile
layers with a per-tile Python loop, re-parsed every ``.tsx`` and needed
pygame hidden to import; docs/ARCHITECTURE.md ("Why no pytmx") has the
measurements. So the map is read here with :mod:`xml.etree` once, within
the limits, and everything a modder can get wrong becomes one message per
problem. The steps run in this order because each needs the one before:
templates are merged before properties are checked (an instance inherits
the template's), and properties are typed before objects are read (each
object record carries its own).

What comes out (:class:`~game.content.tiled.model.MapXml`) is all the
track builder and the render description need.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

from game.content import bounded, limits
from game.content.tiled.layers import LAYER_TAGS, layer_offset, read_layers
from game.content.tiled.model import LayerXml, MapXml
from game.content.tiled.problems import Problems, quote, shown_name
from game.content.tiled.properties import read_properties
from game.content.tiled.templates import object_groups, resolve_templates
from game.content.tiled.tilesets import read_tilesets
from game.content.tiled.xmlfile import Reader, int_attr, read_xml


def read_map_xml(path: Path, problems: Problems, verify_images: bool = False) -> MapXml | None:
    """Parse and check ``path``; None when the file is unusable as a whole."""
    opened = read_root(path, problems, verify_images)
    if opened is None:
        return None
    root, reader = opened
    header = _read_header(root, problems)
    if header is None:
        return None
    width, height, tile_w, tile_h = header
    m = MapXml(path, root, width, height, tile_w, tile_h, root.get("backgroundcolor"))
    if not _walk_layers(m, problems) or not _count_objects(m, problems):
        return None
    if not read_tilesets(m, reader):
        return None
    resolve_templates(m, reader)
    read_properties(m, reader)
    read_layers(m, reader)
    return m


def read_root(
    path: Path, problems: Problems, verify_images: bool = False
) -> tuple[ET.Element, Reader] | None:
    """The map's parsed ``<map>`` element and the reader (limits, budget) its other files share.

    The track list reads map headers through this same function, so listing
    tracks is held to exactly the limits of loading one.
    """
    try:
        tree_root = path.resolve().parent
    except (OSError, RuntimeError, ValueError):
        problems.add("the map", "cannot be read: its path does not resolve", "check the path")
        return None
    reader = Reader(problems, tree_root, verify_images)
    root = read_xml(path, "map", reader, "the map")
    if root is None:
        return None
    if root.tag != "map":
        problems.add(
            "the file", f"is a <{bounded.short(root.tag)}> document, not a Tiled map", "open a .tmx map file"
        )
        return None
    return root, reader


def _read_header(root: ET.Element, problems: Problems) -> tuple[int, int, int, int] | None:
    """``(width, height, tile width, tile height)`` of a finite map within the tile limits."""
    if root.get("infinite", "0") not in ("0", ""):
        problems.add(
            "the map",
            "is infinite",
            "untick Map > Map Properties > Infinite in Tiled and give the map a fixed size",
        )
        return None
    orientation = root.get("orientation", "orthogonal")
    if orientation != "orthogonal":
        problems.add(
            "the map",
            f"is {bounded.short(orientation)}",
            "make an Orthogonal map (File > New > New Map, Orientation: Orthogonal)",
        )
    values: list[int] = []
    for name in ("width", "height", "tilewidth", "tileheight"):
        value = int_attr(root, name)
        if value is None or value <= 0:
            problems.add(
                "the map",
                f"has no valid '{name}' attribute (got {quote(root.get(name))})",
                "set the map size and tile size in Tiled's Map Properties",
            )
            return None
        values.append(value)
    width, height, tile_w, tile_h = values
    if width * height > limits.MAP_TILES:
        problems.add(
            "the map",
            f"has {width}x{height} tiles, over the limit of {limits.MAP_TILES:,}",
            f"keep it to {limits.MAP_TILES:,} tiles or fewer",
        )
        return None
    if max(tile_w, tile_h) > limits.TILE_SIDE:
        problems.add(
            "the map", f"has {tile_w}x{tile_h} px tiles", f"use tiles of at most {limits.TILE_SIDE} px"
        )
        return None
    if tile_w != tile_h:
        problems.add(
            "the map",
            f"has {tile_w}x{tile_h} px tiles",
            "use square tiles (32x32 like the bundled tileset)",
        )
    return width, height, tile_w, tile_h


# --------------------------------------------------------------------------- layers, walked once


def _walk_layers(m: MapXml, problems: Problems) -> bool:
    """Every layer and group in drawing order into ``m.layers``, with an explicit stack.

    An explicit stack instead of recursion, so nesting can never overflow
    Python's stack; group depth and the number of layers are checked on the way.
    """
    stack: list[tuple[Iterator[ET.Element], tuple[float, float], int]] = [(iter(m.root), (0.0, 0.0), 0)]
    while stack:
        children, offset, depth = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        if child.tag not in (*LAYER_TAGS, "group"):
            continue
        own = layer_offset(child)
        total = (offset[0] + own[0], offset[1] + own[1])
        m.layers.append(LayerXml(child, total, depth))
        if len(m.layers) > limits.MAP_LAYERS:
            problems.add("the map", f"has more than {limits.MAP_LAYERS} layers", "merge or delete layers")
            return False
        if child.tag == "group":
            if depth + 1 > limits.NESTING:
                problems.add(
                    f"layer '{shown_name(child.get('name', ''))}'",
                    f"nests group layers more than {limits.NESTING} levels deep",
                    "move its layers up out of the inner groups",
                )
                return False
            stack.append((iter(child), total, depth + 1))
    return True


def _count_objects(m: MapXml, problems: Problems) -> bool:
    count = sum(len(group.findall("object")) for group in object_groups(m))
    if count > limits.MAP_OBJECTS:
        problems.add(
            "the map",
            f"has {count:,} objects, over the limit of {limits.MAP_OBJECTS:,}",
            "delete objects (or move notes to a separate map)",
        )
        return False
    return True
