"""Template instances replaced by the objects they stand for, each ``.tx`` read once per map.

Tiled stores only what an instance overrides; the rest (shape, class,
default properties) lives in the ``.tx`` file. Resolving them here, before
properties and objects are read, means the rest of the reader sees plain
objects only. A template must resolve inside the map's own folder, and every
copy is charged to the map's element budget, so one template placed 20,000
times cannot multiply the limits.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

from game.content import bounded, limits
from game.content.tiled.model import MapXml
from game.content.tiled.problems import object_label, quote
from game.content.tiled.xmlfile import Reader, depth_within, read_xml

MAX_DEPTH = limits.NESTING + 8
"""XML nesting: group layers, then objectgroup > object > properties > property and a margin."""
SHAPES = ("point", "polygon", "polyline", "ellipse", "capsule", "text")


def object_groups(m: MapXml) -> Iterator[ET.Element]:
    """Object layers of the map, including those inside group layers."""
    return (layer.element for layer in m.layers if layer.element.tag == "objectgroup")


def resolve_templates(m: MapXml, reader: Reader) -> None:
    """Replace each template instance by the object it stands for.

    Tiled stores only what an instance overrides; the rest (shape, class,
    default properties) lives in the ``.tx`` file.
    Each ``.tx`` is read once per map, and every copy is charged to the
    map's element budget.
    """
    map_dir = m.path.resolve().parent
    for group in object_groups(m):
        for index, obj in enumerate(list(group)):
            if obj.tag != "object" or obj.get("template") is None:
                continue
            merged = _merge_template(obj, map_dir, reader)
            group.remove(obj)
            if merged is not None:
                group.insert(index, merged)


def _template_base(target: Path, label: str, source: str, reader: Reader) -> tuple[ET.Element, int] | None:
    if target in reader.templates:
        return reader.templates[target]
    doc = read_xml(target, "template", reader, f"the template of {label}")
    if doc is not None and not depth_within(doc, MAX_DEPTH):
        reader.problems.add(
            f"the template of {label}",
            f"nests its XML more than {MAX_DEPTH} levels deep",
            "re-save the template in Tiled",
        )
        doc = None
    base = doc.find("object") if doc is not None and doc.tag == "template" else None
    if doc is not None and (base is None or doc.find("tileset") is not None):
        reader.problems.add(
            label,
            f"uses the template {quote(source)}, which could not be resolved (no plain object in it)",
            "detach the template (right-click > Detach) so the object is stored in the map",
        )
        base = None
    known = None if base is None else (base, sum(1 for _ in base.iter()))
    reader.templates[target] = known
    return known


def _merge_template(obj: ET.Element, map_dir: Path, reader: Reader) -> ET.Element | None:
    problems = reader.problems
    if reader.budget.spent:
        return None  # the one message about the budget explains every object after it
    source = obj.get("template", "")
    label = object_label(obj.get("id", "?"), obj.get("name", ""), obj.get("type", obj.get("class", "")))
    target = reader.inside(map_dir, source)
    if target is None:
        problems.add(
            label,
            f"uses the template {quote(source)}, which is outside the map's own folder",
            "copy the .tx into the map's folder, or detach the template (right-click > Detach)",
        )
        return None
    if (
        target not in reader.templates
        and bounded.file_problem(target, limits.MAP_FILE_BYTES) == "does not exist"
    ):
        problems.add(
            label,
            f"uses the template {quote(source)}, which does not exist",
            "restore the .tx file, or detach the template (right-click > Detach)",
        )
        return None
    if not depth_within(obj, MAX_DEPTH):
        problems.add(label, f"nests its XML more than {MAX_DEPTH} levels deep", "re-save the map in Tiled")
        return None
    known = _template_base(target, label, source, reader)
    if known is None or not reader.budget.take_elements(known[1], label, problems):
        return None
    merged = copy.deepcopy(known[0])
    for key, value in obj.attrib.items():
        if key != "template":
            merged.set(key, value)
    if any(obj.find(s) is not None for s in SHAPES):
        for shape in SHAPES:
            for old in merged.findall(shape):
                merged.remove(old)
            for new in obj.findall(shape):
                merged.append(copy.deepcopy(new))
    _merge_properties(merged, obj)
    return merged


def _merge_properties(merged: ET.Element, instance: ET.Element) -> None:
    overrides = instance.find("properties")
    if overrides is None:
        return
    target = merged.find("properties")
    if target is None:
        target = ET.SubElement(merged, "properties")
    by_name = {p.get("name"): p for p in target.findall("property")}
    for prop in overrides.findall("property"):
        old = by_name.get(prop.get("name"))
        if old is not None:
            target.remove(old)
        target.append(copy.deepcopy(prop))
