"""Safety and structure checks on a Tiled map's XML, before any map reader sees it.

pytmx trusts its input: it follows any relative path, raises whatever a bad
attribute makes Python raise, and cannot tell a point from an empty rectangle.
So the map is first read here with :mod:`xml.etree`, and everything a modder
can get wrong is turned into one message per problem: files outside the map's
own folder, tilesets with collision shapes, templates, ``list`` or ``class``
properties, ellipses, broken numbers. Tile layers are decoded here too, with
numpy, because that is ~30x faster than pytmx's per-tile Python loop and gives
Tiled's own global tile ids, which the renderer needs.

What comes out (:class:`MapXml`) is the cleaned tree plus decoded layers and
one :class:`ObjectXml` per usable object; objects or tilesets with problems are
left out so that later checks do not repeat the same fault in other words.
"""

from __future__ import annotations

import base64
import binascii
import copy
import gzip
import math
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

import numpy as np
import numpy.typing as npt

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TILES = 1024 * 1024
"""Cells per layer; a 1024x1024 map is already 4 km across at the default scale."""
MAX_GID = 1 << 20
GID_MASK = 0x0FFFFFFF
"""Tiled keeps flip/rotation flags in the top four bits of a global tile id."""

SHAPES = ("point", "polygon", "polyline", "ellipse", "capsule", "text")
SCALAR_TYPES = ("string", "int", "float", "bool", "color", "file", "object")


class Problems:
    """One readable message per problem, each starting with the map file."""

    def __init__(self, file: Path | str) -> None:
        self.file = str(file)
        self.messages: list[str] = []

    def add(self, subject: str, problem: str, fix: str) -> None:
        self.messages.append(f"{self.file}: {subject} {problem}; {fix}.")

    def __bool__(self) -> bool:
        return bool(self.messages)


def object_label(oid: int | str, name: str, cls: str = "") -> str:
    """How messages name an object: by id (what Tiled shows) and name."""
    kind = f" ({cls})" if cls else ""
    return f"object {oid} '{name}'{kind}" if name else f"object {oid} (unnamed){kind}"


@dataclass(frozen=True, slots=True)
class TilesetXml:
    """A tileset's XML (inlined if it came from a .tsx) and where its images live."""

    first_gid: int
    element: ET.Element
    folder: Path
    label: str
    name: str
    tile_count: int
    columns: int
    tile_width: int
    tile_height: int


@dataclass(frozen=True, slots=True)
class TileLayerXml:
    name: str
    raw: npt.NDArray[np.uint32]
    """``(rows, cols)`` Tiled global ids, flip flags still set."""
    visible: bool
    opacity: float
    offset: tuple[float, float]


@dataclass(frozen=True, slots=True)
class ObjectXml:
    """Facts about one object that only the XML knows (pytmx drops them)."""

    element: ET.Element
    layer: str
    id: int
    name: str
    cls: str
    shape: str
    """``rectangle``, ``point``, ``polygon``, ``polyline`` or ``tile``."""


@dataclass
class MapXml:
    path: Path
    root: ET.Element
    width: int
    height: int
    tile_width: int
    tile_height: int
    background_color: str | None
    tilesets: list[TilesetXml] = field(default_factory=list)
    tile_layers: dict[str, TileLayerXml] = field(default_factory=dict)
    layer_order: list[str] = field(default_factory=list)
    object_layers: dict[str, ET.Element] = field(default_factory=dict)
    object_offsets: dict[str, tuple[float, float]] = field(default_factory=dict)
    """Pixel offset of each object layer (its own plus its groups'), applied to its objects."""
    objects: list[ObjectXml] = field(default_factory=list)
    broken_tilesets: bool = False
    broken_layers: set[str] = field(default_factory=set)
    """Layers that exist but could not be read (already reported)."""
    broken_objects: set[int] = field(default_factory=set)
    """Ids of objects whose properties were unusable (already reported)."""

    def properties(self) -> dict[str, tuple[str, str]]:
        """Map custom properties as ``name -> (type, text)``, unconverted."""
        return raw_properties(self.root)


def raw_properties(element: ET.Element) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for props in element.findall("properties"):
        for prop in props.findall("property"):
            name = prop.get("name")
            if name is not None:
                out[name] = (prop.get("type", "string"), _property_text(prop))
    return out


def _property_text(prop: ET.Element) -> str:
    value = prop.get("value")
    return value if value is not None else (prop.text or "")


# --------------------------------------------------------------------------- files


def inside(tree_root: Path, folder: Path, reference: str) -> Path | None:
    """``reference`` resolved from ``folder``, or None if it leaves ``tree_root``.

    Resolving follows symlinks, so a link pointing out of a mod's folder is
    caught as well as a ``../`` path or an absolute one.
    """
    if not reference or "\x00" in reference:
        return None
    try:
        target = (folder / reference).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    return target if target.is_relative_to(tree_root) else None


def _read_xml(path: Path, what: str, problems: Problems, subject: str) -> ET.Element | None:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.add(subject, f"is larger than {MAX_FILE_BYTES >> 20} MB", f"use a smaller {what}")
            return None
        data = path.read_bytes()
    except OSError as exc:
        problems.add(subject, f"cannot be read ({exc.strerror or exc})", f"check that the {what} exists")
        return None
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        line, col = exc.position
        problems.add(
            subject,
            f"is not well-formed XML (line {line}, column {col})",
            f"open and re-save the {what} in Tiled, or undo the last hand edit",
        )
        return None
    except (LookupError, ValueError):
        problems.add(
            subject,
            "declares a text encoding that does not exist",
            f"open and re-save the {what} in Tiled (it writes UTF-8)",
        )
        return None


# --------------------------------------------------------------------------- numbers


def _int_attr(element: ET.Element, name: str, default: int | None = None) -> int | None:
    text = element.get(name)
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        return None


def _float_attr(element: ET.Element, name: str, default: float) -> float | None:
    text = element.get(name)
    if text is None:
        return default
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_points(text: str | None) -> list[tuple[float, float]] | None:
    """Tiled's ``"x,y x,y ..."`` point list, or None if it is not one."""
    if text is None:
        return None
    pts: list[tuple[float, float]] = []
    for pair in text.split():
        parts = pair.split(",")
        if len(parts) != 2:
            return None
        try:
            x, y = float(parts[0]), float(parts[1])
        except ValueError:
            return None
        if not (math.isfinite(x) and math.isfinite(y)):
            return None
        pts.append((x, y))
    return pts


# --------------------------------------------------------------------------- reading


def read_map_xml(path: Path, problems: Problems) -> MapXml | None:
    """Parse and check ``path``; None when the file is unusable as a whole."""
    root = _read_xml(path, "map", problems, "the map")
    if root is None:
        return None
    if root.tag != "map":
        problems.add("the file", f"is a <{root.tag}> document, not a Tiled map", "open a .tmx map file")
        return None
    header = _read_header(root, problems)
    if header is None:
        return None
    width, height, tile_w, tile_h = header
    tree_root = path.resolve().parent
    m = MapXml(path, root, width, height, tile_w, tile_h, root.get("backgroundcolor"))
    _read_tilesets(m, tree_root, problems)
    _resolve_templates(m, tree_root, problems)
    _check_properties(m, tree_root, problems)
    _read_layers(m, tree_root, problems)
    return m


def _read_header(root: ET.Element, problems: Problems) -> tuple[int, int, int, int] | None:
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
            f"is {orientation}",
            "make an Orthogonal map (File > New > New Map, Orientation: Orthogonal)",
        )
    values: list[int] = []
    for name in ("width", "height", "tilewidth", "tileheight"):
        value = _int_attr(root, name)
        if value is None or value <= 0:
            problems.add(
                "the map",
                f"has no valid '{name}' attribute (got {root.get(name)!r})",
                "set the map size and tile size in Tiled's Map Properties",
            )
            return None
        values.append(value)
    width, height, tile_w, tile_h = values
    if width * height > MAX_TILES:
        problems.add("the map", f"has {width}x{height} tiles", f"keep it under {MAX_TILES} tiles")
        return None
    if tile_w != tile_h:
        problems.add(
            "the map",
            f"has {tile_w}x{tile_h} px tiles",
            "use square tiles (32x32 like the bundled tileset)",
        )
    return width, height, tile_w, tile_h


def _read_tilesets(m: MapXml, tree_root: Path, problems: Problems) -> None:
    map_dir = m.path.resolve().parent
    for index, element in enumerate(list(m.root.findall("tileset"))):
        m.root.remove(element)
        tileset = _read_tileset(element, index, map_dir, tree_root, problems)
        if tileset is None:
            m.broken_tilesets = True
        else:
            m.tilesets.append(tileset)
    m.tilesets.sort(key=lambda t: t.first_gid)
    for a, b in zip(m.tilesets, m.tilesets[1:], strict=False):
        if a.first_gid + a.tile_count > b.first_gid:
            problems.add(
                a.label,
                f"overlaps the tile ids of {b.label}",
                "remove and re-add the tilesets in Tiled so it renumbers them",
            )
            m.broken_tilesets = True


def _read_tileset(
    element: ET.Element, index: int, map_dir: Path, tree_root: Path, problems: Problems
) -> TilesetXml | None:
    first_gid = _int_attr(element, "firstgid")
    source = element.get("source")
    label = f"tileset {index + 1}" + (f" ({source})" if source else "")
    if first_gid is None or not 1 <= first_gid < MAX_GID:
        problems.add(
            label,
            f"has no valid 'firstgid' (got {element.get('firstgid')!r})",
            "re-add it in Tiled",
        )
        return None
    folder = map_dir
    if source is not None:
        target = inside(tree_root, map_dir, source)
        if target is None:
            problems.add(
                label,
                "is outside the map's own folder",
                "copy the .tsx and its image into the map's folder or a subfolder, and re-link it",
            )
            return None
        if target.suffix.lower() != ".tsx":
            problems.add(label, "is not a .tsx file", "export the tileset as a Tiled .tsx tileset")
            return None
        loaded = _read_xml(target, "tileset", problems, label)
        if loaded is None:
            return None
        if loaded.tag != "tileset":
            problems.add(label, f"is a <{loaded.tag}> document", "link a Tiled .tsx tileset instead")
            return None
        element = loaded
        folder = target.parent
    name = element.get("name", "") or (Path(source).stem if source else f"#{index + 1}")
    label = f"tileset '{name}'" + (f" ({source})" if source else "")
    return _tileset_fields(element, first_gid, folder, label, name, tree_root, problems)


def _tileset_fields(
    element: ET.Element,
    first_gid: int,
    folder: Path,
    label: str,
    name: str,
    tree_root: Path,
    problems: Problems,
) -> TilesetXml | None:
    numbers = {}
    for attr in ("tilewidth", "tileheight", "tilecount", "columns"):
        value = _int_attr(element, attr, 0 if attr == "columns" else None)
        if value is None or value < 0 or (attr != "columns" and value == 0):
            problems.add(label, f"has no valid '{attr}' (got {element.get(attr)!r})", "re-save it in Tiled")
            return None
        numbers[attr] = value
    if first_gid + numbers["tilecount"] > MAX_GID:
        problems.add(label, f"has {numbers['tilecount']} tiles", f"keep tile ids below {MAX_GID}")
        return None
    ok = _check_tileset_content(element, label, folder, tree_root, problems)
    element.set("firstgid", str(first_gid))
    element.attrib.pop("source", None)
    if not ok:
        return None
    return TilesetXml(
        first_gid,
        element,
        folder,
        label,
        name,
        numbers["tilecount"],
        numbers["columns"],
        numbers["tilewidth"],
        numbers["tileheight"],
    )


def _check_tileset_content(
    element: ET.Element, label: str, folder: Path, tree_root: Path, problems: Problems
) -> bool:
    ok = True
    for image in element.iter("image"):
        source = image.get("source")
        if source is None or inside(tree_root, folder, source) is None:
            problems.add(
                label,
                f"uses the image {source!r}, which is outside the map's own folder",
                "keep tileset images in the map's folder or a subfolder",
            )
            ok = False
    for tile in element.findall("tile"):
        if tile.find("objectgroup") is not None:
            problems.add(
                f"tile {tile.get('id')} of {label}",
                "has collision shapes",
                "delete them in Tiled's Tile Collision Editor and draw Wall objects on the "
                "'physics' layer instead",
            )
            ok = False
        if _int_attr(tile, "id") is None:
            problems.add(f"a tile of {label}", f"has an invalid id {tile.get('id')!r}", "re-save it in Tiled")
            ok = False
    return ok


# --------------------------------------------------------------------------- templates


def _object_groups(root: ET.Element) -> Iterator[ET.Element]:
    """Object layers of the map, including those inside group layers."""
    for child in root:
        if child.tag == "objectgroup":
            yield child
        elif child.tag == "group":
            yield from _object_groups(child)


def _resolve_templates(m: MapXml, tree_root: Path, problems: Problems) -> None:
    """Replace each template instance by the object it stands for.

    Tiled stores only what an instance overrides; the rest (shape, class,
    default properties) lives in the ``.tx`` file, which pytmx never reads.
    """
    map_dir = m.path.resolve().parent
    for group in _object_groups(m.root):
        for index, obj in enumerate(list(group)):
            if obj.tag != "object" or obj.get("template") is None:
                continue
            merged = _merge_template(obj, map_dir, tree_root, problems)
            group.remove(obj)
            if merged is not None:
                group.insert(index, merged)


def _merge_template(obj: ET.Element, map_dir: Path, tree_root: Path, problems: Problems) -> ET.Element | None:
    source = obj.get("template", "")
    label = object_label(obj.get("id", "?"), obj.get("name", ""), obj.get("type", obj.get("class", "")))
    target = inside(tree_root, map_dir, source)
    if target is None:
        problems.add(
            label,
            f"uses the template {source!r}, which is outside the map's own folder",
            "copy the .tx into the map's folder, or detach the template (right-click > Detach)",
        )
        return None
    if not target.is_file():
        problems.add(
            label,
            f"uses the template {source!r}, which does not exist",
            "restore the .tx file, or detach the template (right-click > Detach)",
        )
        return None
    doc = _read_xml(target, "template", problems, f"the template of {label}")
    if doc is None:
        return None
    base = doc.find("object") if doc.tag == "template" else None
    if base is None or doc.find("tileset") is not None:
        problems.add(
            label,
            f"uses the template {source!r}, which could not be resolved (no plain object in it)",
            "detach the template (right-click > Detach) so the object is stored in the map",
        )
        return None
    merged = copy.deepcopy(base)
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


# --------------------------------------------------------------------------- properties


def _check_properties(m: MapXml, tree_root: Path, problems: Problems) -> None:
    map_dir = m.path.resolve().parent
    _check_property_block(m.root, "the map", map_dir, tree_root, problems)
    for tileset in m.tilesets:
        _check_property_block(tileset.element, tileset.label, tileset.folder, tree_root, problems)
        for tile in tileset.element.findall("tile"):
            subject = f"tile {tile.get('id')} of {tileset.label}"
            _check_property_block(tile, subject, tileset.folder, tree_root, problems)
    _check_layer_properties(m, m.root, map_dir, tree_root, problems)


def _check_layer_properties(
    m: MapXml, parent: ET.Element, map_dir: Path, tree_root: Path, problems: Problems
) -> None:
    for child in parent:
        if child.tag not in ("layer", "objectgroup", "imagelayer", "group"):
            continue
        _check_property_block(child, f"layer '{child.get('name', '')}'", map_dir, tree_root, problems)
        if child.tag == "group":
            _check_layer_properties(m, child, map_dir, tree_root, problems)
        if child.tag == "objectgroup":
            for obj in child.findall("object"):
                label = object_label(obj.get("id", "?"), obj.get("name", ""), object_class(obj))
                if not _check_property_block(obj, label, map_dir, tree_root, problems):
                    oid = _int_attr(obj, "id")
                    if oid is not None:
                        m.broken_objects.add(oid)


def _check_property_block(
    owner: ET.Element, subject: str, folder: Path, tree_root: Path, problems: Problems
) -> bool:
    """Report and drop unusable properties; False if there were any."""
    ok = True
    for props in owner.findall("properties"):
        for prop in list(props.findall("property")):
            problem = _property_problem(prop, folder, tree_root)
            if problem is not None:
                what, fix = problem
                problems.add(subject, f"property '{prop.get('name')}' {what}", fix)
                props.remove(prop)
                ok = False
    return ok


def _property_problem(prop: ET.Element, folder: Path, tree_root: Path) -> tuple[str, str] | None:
    """Why pytmx (or the game) cannot use this property, or None if it is fine."""
    kind = prop.get("type", "string")
    text = _property_text(prop)
    if prop.get("name") is None:
        return "has no name", "give it a name or delete it"
    if kind == "list":
        return "is a list", "lists are not supported: use one plain property per value"
    if kind == "class":
        return "is a class value", "use plain string/int/float/bool properties"
    if kind not in SCALAR_TYPES:
        return f"has the unknown type '{kind}'", "use a string, int, float or bool property"
    if kind == "int" or kind == "object":
        try:
            int(text)
        except ValueError:
            return f"is not a whole number ({text!r})", "type an integer such as 3"
    elif kind == "float":
        try:
            if not math.isfinite(float(text)):
                raise ValueError(text)
        except ValueError:
            return f"is not a number ({text!r})", "type a number such as 2.5"
    elif kind == "bool" and text not in ("true", "false"):
        return f"is not true or false ({text!r})", "tick or untick it in Tiled"
    elif kind == "file" and text and inside(tree_root, folder, text) is None:
        return (
            f"points to {text!r}, outside the map's own folder",
            "copy the file into the map's folder or a subfolder",
        )
    return None


# --------------------------------------------------------------------------- layers


def object_class(obj: ET.Element) -> str:
    """The object's class: ``type`` (Tiled <= 1.8 and >= 1.10) or ``class`` (Tiled 1.9)."""
    return (obj.get("type") or obj.get("class") or "").strip()


def _read_layers(m: MapXml, tree_root: Path, problems: Problems) -> None:
    seen: dict[str, str] = {}
    map_dir = m.path.resolve().parent
    for element, offset in _walk_layers(m.root, (0.0, 0.0)):
        name = element.get("name", "")
        if name in seen:
            problems.add(
                f"layer '{name}'",
                "appears twice",
                "give every layer its own name (the game finds layers by name)",
            )
            continue
        seen[name] = element.tag
        if element.tag == "layer":
            layer = _decode_layer(m, element, name, offset, problems)
            if layer is None:
                m.broken_layers.add(name)
            else:
                m.tile_layers[name] = layer
                m.layer_order.append(name)
        elif element.tag == "objectgroup":
            m.object_layers[name] = element
            m.object_offsets[name] = offset
            _read_objects(m, element, name, problems)
        elif element.tag == "imagelayer":
            for image in element.findall("image"):
                if inside(tree_root, map_dir, image.get("source", "")) is None:
                    problems.add(
                        f"image layer '{name}'",
                        "uses an image outside the map's own folder",
                        "keep images in the map's folder or a subfolder",
                    )


def _walk_layers(
    parent: ET.Element, offset: tuple[float, float]
) -> Iterator[tuple[ET.Element, tuple[float, float]]]:
    """Layers in drawing order with their total pixel offset (group offsets add up)."""
    for child in parent:
        own = _offset(child)
        total = (offset[0] + own[0], offset[1] + own[1])
        if child.tag in ("layer", "objectgroup", "imagelayer"):
            yield child, total
        elif child.tag == "group":
            yield from _walk_layers(child, total)


def _offset(element: ET.Element) -> tuple[float, float]:
    return (_float_attr(element, "offsetx", 0.0) or 0.0, _float_attr(element, "offsety", 0.0) or 0.0)


def _layer_look(element: ET.Element) -> tuple[bool, float]:
    visible = element.get("visible", "1") != "0"
    opacity = _float_attr(element, "opacity", 1.0)
    return visible, 1.0 if opacity is None else opacity


def _decode_layer(
    m: MapXml, element: ET.Element, name: str, offset: tuple[float, float], problems: Problems
) -> TileLayerXml | None:
    subject = f"tile layer '{name}'"
    data = element.find("data")
    if data is None:
        problems.add(subject, "has no tile data", "re-save the map in Tiled")
        return None
    if data.find("chunk") is not None:
        problems.add(subject, "is stored in chunks (an infinite map)", "untick Infinite in Map Properties")
        return None
    try:
        flat = _decode_data(data)
    except ValueError as exc:
        problems.add(
            subject,
            f"has unreadable tile data ({exc})",
            "re-save the map in Tiled (CSV or Base64 zlib)",
        )
        return None
    expected = m.width * m.height
    if flat.size != expected:
        problems.add(
            subject,
            f"has {flat.size} tiles but the map is {m.width}x{m.height}",
            "resize the map in Tiled (Map > Resize Map) so every layer matches",
        )
        return None
    visible, opacity = _layer_look(element)
    return TileLayerXml(name, flat.reshape(m.height, m.width), visible, opacity, offset)


def _decode_data(data: ET.Element) -> npt.NDArray[np.uint32]:
    encoding = data.get("encoding")
    compression = data.get("compression")
    text = (data.text or "").strip()
    if encoding is None:
        try:
            values = [int(t.get("gid", "0")) for t in data.findall("tile")]
        except ValueError:
            raise ValueError("a <tile> has a bad gid") from None
        return _as_gids(np.array(values, dtype=np.int64))
    if encoding == "csv":
        try:
            return _as_gids(np.array(text.replace("\n", "").split(","), dtype=np.int64))
        except (ValueError, OverflowError):
            raise ValueError("the CSV holds something that is not a tile id") from None
    if encoding != "base64":
        raise ValueError(f"unknown encoding {encoding!r}")
    try:
        raw = base64.b64decode(text)
    except binascii.Error:
        raise ValueError("bad Base64") from None
    raw = _decompress(raw, compression)
    if len(raw) % 4:
        raise ValueError("the data is not a whole number of tiles")
    return np.frombuffer(raw, dtype="<u4").astype(np.uint32)


def _decompress(raw: bytes, compression: str | None) -> bytes:
    try:
        if compression == "zlib":
            return zlib.decompress(raw)
        if compression == "gzip":
            return gzip.decompress(raw)
    except (zlib.error, OSError, EOFError):
        raise ValueError(f"bad {compression} data") from None
    if compression:
        raise ValueError(f"compression {compression!r} is not supported, use zlib")
    return raw


def _as_gids(values: npt.NDArray[np.int64]) -> npt.NDArray[np.uint32]:
    if values.size and (int(np.min(values)) < 0 or int(np.max(values)) > 0xFFFFFFFF):
        raise ValueError("a tile id is out of range")
    return values.astype(np.uint32)


# --------------------------------------------------------------------------- objects


def _read_objects(m: MapXml, group: ET.Element, layer: str, problems: Problems) -> None:
    ids = {o.id for o in m.objects}
    for obj in list(group.findall("object")):
        info = _object_info(obj, layer, problems)
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


def _object_info(obj: ET.Element, layer: str, problems: Problems) -> ObjectXml | None:
    cls = object_class(obj)
    name = obj.get("name", "")
    oid = _int_attr(obj, "id")
    label = object_label(obj.get("id", "?"), name, cls) + f" on layer '{layer}'"
    if oid is None or oid <= 0:
        problems.add(label, f"has no valid id (got {obj.get('id')!r})", "re-save the map in Tiled")
        return None
    for attr in ("x", "y", "width", "height", "rotation"):
        if _float_attr(obj, attr, 0.0) is None:
            problems.add(label, f"has a bad '{attr}' ({obj.get(attr)!r})", "move or resize it in Tiled")
            return None
    if obj.get("visible", "1") not in ("0", "1"):
        problems.add(label, f"has a bad 'visible' ({obj.get('visible')!r})", "re-save the map in Tiled")
        return None
    shape = _shape(obj, label, problems)
    if shape is None:
        return None
    return ObjectXml(obj, layer, oid, name, cls, shape)


def _shape(obj: ET.Element, label: str, problems: Problems) -> str | None:
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
        return "point"
    for tag in ("polygon", "polyline"):
        node = obj.find(tag)
        if node is not None:
            pts = parse_points(node.get("points"))
            if pts is None or len(pts) < 2:
                problems.add(label, f"has a broken {tag} point list", f"redraw the {tag} in Tiled")
                return None
            return tag
    gid = _int_attr(obj, "gid", 0)
    if gid is None or gid < 0:
        problems.add(label, f"has a bad tile id ({obj.get('gid')!r})", "re-place the tile object in Tiled")
        return None
    return "tile" if gid else "rectangle"
