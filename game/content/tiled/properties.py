"""Custom properties as Tiled writes them: checked and typed in one pass over each block.

Tiled writes ``<property name=".." type=".." value=".."/>`` (or the text as
the element's body for multi-line strings). Anything the game cannot use is
reported and dropped here: no name, a name or value over its length limit,
``list`` and ``class`` values, unknown types, numbers that are not numbers,
``file`` values that leave the map's own folder. What passes is converted to
its Python value at the same moment and kept on the map record, so the value
a modder typed is read once. What a value *means* (the class members, their
defaults, ranges and choices) is :mod:`game.content.tiled.classes`' job.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial
from pathlib import Path
from xml.etree import ElementTree as ET

from game.content import bounded, limits
from game.content.mapdata import PropertyValue
from game.content.tiled.model import MapXml, Properties
from game.content.tiled.problems import INT_CHARS, object_label, quote, shown_name
from game.content.tiled.xmlfile import Reader, inside, int_attr

SCALAR_TYPES = ("string", "int", "float", "bool", "color", "file", "object")
MAP_NAMES = frozenset({"name", "author"})
"""Map properties that are names (shown in menus): held to ``NAME_CHARS``, not ``TEXT_CHARS``."""

Fault = tuple[str, str]
"""A property's problem and its fix, as phrases."""


def object_class(obj: ET.Element) -> str:
    """The object's class: ``type`` (Tiled <= 1.8 and >= 1.10) or ``class`` (Tiled 1.9)."""
    return (obj.get("type") or obj.get("class") or "").strip()


def tile_subject(tile: ET.Element, tileset_label: str) -> str:
    """How messages name one tile of a tileset."""
    return f"tile {bounded.short(tile.get('id') or '?', INT_CHARS)} of {tileset_label}"


def property_text(prop: ET.Element) -> str:
    """A property's value as written: the ``value`` attribute, else the body (multi-line strings)."""
    value = prop.get("value")
    return value if value is not None else (prop.text or "")


def raw_properties(element: ET.Element) -> dict[str, tuple[str, str]]:
    """``name -> (type, text)`` of an element's properties, unconverted (for the track list)."""
    out: dict[str, tuple[str, str]] = {}
    for props in element.findall("properties"):
        for prop in props.findall("property"):
            name = prop.get("name")
            if name is not None:
                out[name] = (prop.get("type", "string"), property_text(prop))
    return out


def read_properties(m: MapXml, reader: Reader) -> None:
    """Check and type every property block of the map, its tilesets, tiles, layers and objects."""
    map_dir = m.path.resolve().parent
    _read_block(m, m.root, "the map", map_dir, reader, MAP_NAMES)
    for tileset in m.tilesets:
        _read_block(m, tileset.element, tileset.label, tileset.folder, reader)
        for tile in tileset.element.findall("tile"):
            _read_block(m, tile, partial(tile_subject, tile, tileset.label), tileset.folder, reader)
    for layer in m.layers:
        child = layer.element
        _read_block(m, child, f"layer '{shown_name(child.get('name', ''))}'", map_dir, reader)
        if child.tag != "objectgroup":
            continue
        for obj in child.findall("object"):
            if not _read_block(m, obj, partial(_object_subject, obj), map_dir, reader):
                oid = int_attr(obj, "id")
                if oid is not None:
                    m.broken_objects.add(oid)


def _object_subject(obj: ET.Element) -> str:
    return object_label(obj.get("id", "?"), obj.get("name", ""), object_class(obj))


def _read_block(
    m: MapXml,
    owner: ET.Element,
    subject: str | Callable[[], str],
    folder: Path,
    reader: Reader,
    names: frozenset[str] = frozenset(),
) -> bool:
    """Type ``owner``'s usable properties into ``m.properties``; report and drop the rest.

    False if any was unusable. ``subject`` may be a function, so the label of
    each of a tileset's hundreds of tiles is only composed for a tile that
    has a problem.
    """
    ok = True
    typed: Properties = {}
    for props in owner.findall("properties"):
        for prop in list(props.findall("property")):
            limit = limits.NAME_CHARS if prop.get("name") in names else limits.TEXT_CHARS
            value = _property_value(prop, folder, reader.tree_root, limit)
            if isinstance(value, tuple):
                what, fix = value
                named = subject if isinstance(subject, str) else subject()
                reader.problems.add(named, f"property {quote(prop.get('name'))} {what}", fix)
                props.remove(prop)
                ok = False
            else:
                typed[str(prop.get("name"))] = value
    if typed:
        m.properties[owner] = typed
    return ok


def _property_value(prop: ET.Element, folder: Path, tree_root: Path, max_chars: int) -> PropertyValue | Fault:
    """The property's value as its Tiled type, or why the game cannot use it."""
    kind = prop.get("type", "string")
    text = property_text(prop)
    name = prop.get("name")
    if name is None:
        return "has no name", "give it a name or delete it"
    if len(name) > limits.NAME_CHARS:
        return f"has a name of {len(name):,} characters", f"keep property names to {limits.NAME_CHARS}"
    if len(text) > max_chars:
        return (
            f"is {len(text):,} characters long ({quote(text)}), over the limit of {max_chars:,}",
            "shorten it",
        )
    if kind == "list":
        return "is a list", "lists are not supported: use one plain property per value"
    if kind == "class":
        return "is a class value", "use plain string/int/float/bool properties"
    if kind not in SCALAR_TYPES:
        return f"has the unknown type {quote(kind)}", "use a string, int, float or bool property"
    return _typed_value(kind, text, folder, tree_root)


def _typed_value(kind: str, text: str, folder: Path, tree_root: Path) -> PropertyValue | Fault:
    if kind in ("int", "object"):
        try:
            if len(text.strip()) > limits.NUMBER_DIGITS + 1:
                raise ValueError(text)
            return int(text)
        except ValueError:
            return f"is not a whole number ({quote(text)})", "type an integer such as 3"
    if kind == "float":
        try:
            if len(text.strip()) > limits.NUMBER_DIGITS + 10:
                raise ValueError(text)
            number = float(text)
            if not math.isfinite(number):
                raise ValueError(text)
            return number
        except ValueError:
            return f"is not a number ({quote(text)})", "type a number such as 2.5"
    if kind == "bool":
        if text not in ("true", "false"):
            return f"is not true or false ({quote(text)})", "tick or untick it in Tiled"
        return text == "true"
    if kind == "file" and text and inside(tree_root, folder, text) is None:
        return (
            f"points to {quote(text)}, outside the map's own folder",
            "copy the file into the map's folder or a subfolder",
        )
    return text
