"""Safety and structure checks on a Tiled map's XML, before any map reader sees it.

pytmx trusts its input: it follows any relative path, raises whatever a bad
attribute makes Python raise, and cannot tell a point from an empty rectangle.
So the map is first read here with :mod:`xml.etree`, and everything a modder
can get wrong is turned into one message per problem: files outside the map's
own folder, tilesets with collision shapes, templates, ``list`` or ``class``
properties, ellipses, broken numbers. Tile layers are decoded here too, with
numpy, because that is ~30x faster than pytmx's per-tile Python loop and gives
Tiled's own global tile ids, which the renderer needs.

Everything is bounded before the work (limits in :mod:`game.content.limits`):
files are read only if they are regular files within their size, the map and
every file it uses share one budget of bytes and XML elements (so 64 tilesets
or 20,000 template copies cannot multiply it), documents with a DTD are
refused (Tiled never writes one; entities are how XML bombs and external
entity tricks work), nesting is checked while parsing and every walk over the
tree is iterative, tile data is checked against the declared layer size
before it is decoded or inflated, and tileset images are checked from their
headers (:mod:`game.content.images`). Messages quote at most a short excerpt
of what a file says.

What comes out (:class:`MapXml`) is the cleaned tree plus decoded layers and
one :class:`ObjectXml` per usable object; objects or tilesets with problems are
left out so that later checks do not repeat the same fault in other words.
"""

from __future__ import annotations

import base64
import binascii
import copy
import math
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from xml.etree import ElementTree as ET

import numpy as np
import numpy.typing as npt

from game.content import bounded, images, limits
from game.content.errors import ContentError

MAX_GID = limits.MAP_TILE_IDS
GID_MASK = 0x0FFFFFFF
"""Tiled keeps flip/rotation flags in the top four bits of a global tile id."""
MAX_DEPTH = limits.NESTING + 8
"""XML nesting: group layers, then objectgroup > object > properties > property and a margin."""
INT_CHARS = 20
"""Characters in an integer attribute (ids, sizes); anything longer is not a Tiled number."""
FEED_BYTES = 1 << 20

SHAPES = ("point", "polygon", "polyline", "ellipse", "capsule", "text")
SCALAR_TYPES = ("string", "int", "float", "bool", "color", "file", "object")
LAYER_TAGS = ("layer", "objectgroup", "imagelayer")
ENCODINGS = ("utf-8", "utf8", "us-ascii", "ascii")
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([^"']{0,40})["']""")
MESSAGE_PART_CHARS = 600
"""A message's subject or problem is cut here: a safety net under the excerpts below."""


class Problems:
    """One readable message per problem, each starting with the map file."""

    def __init__(self, file: Path | str) -> None:
        self.file = str(file)
        self.messages: list[str] = []

    def add(self, subject: str, problem: str, fix: str) -> None:
        self.messages.append(f"{self.file}: {_cut(subject)} {_cut(problem)}; {fix}.")

    def __bool__(self) -> bool:
        return bool(self.messages)


def _cut(text: str) -> str:
    return text if len(text) <= MESSAGE_PART_CHARS else text[:MESSAGE_PART_CHARS] + "..."


def quote(value: str | None) -> str:
    """How a message quotes a value from a file: a short excerpt, or ``nothing``."""
    return "nothing" if value is None else f"'{bounded.short(value)}'"


def shown_name(name: str) -> str:
    """A name as messages show it: in full within the name limit, else a short prefix."""
    if len(name) <= limits.NAME_CHARS and name.isprintable():
        return name
    return bounded.short(name, limits.NAME_CHARS if len(name) <= limits.NAME_CHARS else bounded.SHOWN_CHARS)


def object_label(oid: int | str, name: str, cls: str = "") -> str:
    """How messages name an object: by id (what Tiled shows) and name."""
    kind = f" ({shown_name(cls)})" if cls else ""
    ident = str(oid) if isinstance(oid, int) or len(oid) <= INT_CHARS else bounded.short(oid, INT_CHARS)
    return f"object {ident} '{shown_name(name)}'{kind}" if name else f"object {ident} (unnamed){kind}"


def _tile_subject(tile: ET.Element, tileset_label: str) -> str:
    return f"tile {bounded.short(tile.get('id') or '?', INT_CHARS)} of {tileset_label}"


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
    points: npt.NDArray[np.float64] | None = field(default=None, compare=False)
    """A polygon's or polyline's points as written (``(n, 2)`` pixels from the object's origin)."""


@dataclass(frozen=True, slots=True)
class LayerXml:
    """One layer or group in drawing order, with its total pixel offset and group depth."""

    element: ET.Element
    offset: tuple[float, float]
    depth: int


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
    layers: list[LayerXml] = field(default_factory=list)
    """Every layer and group in drawing order (walked once, without recursion)."""
    points: int = 0
    """Polygon and polyline points read so far, against ``MAP_POINTS``."""

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


# --------------------------------------------------------------------------- budgets


@dataclass
class Budget:
    """What one map may still read: bytes and XML elements over the map and every file it uses.

    Shared, so 64 tilesets of 15 MB each, or one template copied onto 20,000
    objects, cannot multiply the per-file limits. The first overrun is
    reported; later reads fail quietly (the one message explains them all).
    """

    bytes_left: int = limits.MAP_XML_BYTES
    elements_left: int = limits.MAP_ELEMENTS
    images_left: int = limits.MAP_IMAGES
    pixels_left: int = limits.MAP_IMAGE_PIXELS
    spent: bool = False

    def take_elements(self, count: int, subject: str, problems: Problems) -> bool:
        if self.spent:
            return False
        if count > self.elements_left:
            self.spent = True
            problems.add(
                subject,
                f"brings the map over {limits.MAP_ELEMENTS:,} XML elements in all (the map, its "
                "tilesets and templates together)",
                "save tile layers as CSV or Base64 (Map > Map Properties > Tile Layer Format) "
                "and remove unused tiles, objects and properties",
            )
            return False
        self.elements_left -= count
        return True

    def take_bytes(self, count: int, subject: str, problems: Problems) -> bool:
        if self.spent:
            return False
        if count > self.bytes_left:
            self.spent = True
            problems.add(
                subject,
                f"brings the map and the files it uses over {limits.MAP_XML_BYTES // limits.MB} MB in all",
                "use fewer or smaller tilesets and templates",
            )
            return False
        self.bytes_left -= count
        return True


@dataclass
class Reader:
    """Everything one map's reading shares: where files may come from, problems, budgets."""

    problems: Problems
    tree_root: Path
    verify_images: bool = False
    """Decode-check every tileset image (``check-map``, the mod list) rather than its header only."""
    budget: Budget = field(default_factory=Budget)
    templates: dict[Path, tuple[ET.Element, int] | None] = field(default_factory=dict)
    """Each template read once: its object and how many elements a copy of it costs."""
    images: dict[Path, images.PngInfo | str] = field(default_factory=dict)
    """Each image file checked once: its header, or the problem found."""
    resolved: dict[tuple[Path, str], Path | None] = field(default_factory=dict)

    def inside(self, folder: Path, reference: str) -> Path | None:
        """:func:`inside` for this map, each reference resolved once (templates repeat them)."""
        key = (folder, reference)
        if key not in self.resolved:
            self.resolved[key] = inside(self.tree_root, folder, reference)
        return self.resolved[key]


# --------------------------------------------------------------------------- files


def inside(tree_root: Path, folder: Path, reference: str) -> Path | None:
    """``reference`` resolved from ``folder``, or None if it leaves ``tree_root``.

    Resolving follows symlinks, so a link pointing out of a mod's folder is
    caught as well as a ``../`` path or an absolute one.
    """
    if not reference or "\x00" in reference or len(reference) > limits.TEXT_CHARS:
        return None
    try:
        target = (folder / reference).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    return target if target.is_relative_to(tree_root) else None


def read_xml(path: Path, what: str, reader: Reader, subject: str) -> ET.Element | None:
    """Read and parse one of the map's XML files within the limits; None (reported) if unusable."""
    problems = reader.problems
    if reader.budget.spent:
        return None
    problem = bounded.file_problem(path, limits.MAP_FILE_BYTES)
    if problem is not None:
        problems.add(subject, f"cannot be read: the file {problem}", _read_fix(what, problem))
        return None
    try:
        size = path.stat().st_size
    except OSError:
        size = limits.MAP_FILE_BYTES
    if not reader.budget.take_bytes(size, subject, problems):  # charged before the read
        return None
    try:
        # Read what the file holds, not the limit's worth: the reader sizes its buffer by the bound.
        data = bounded.read_bytes(path, what, min(limits.MAP_FILE_BYTES, size))
    except (ContentError, OSError):
        problems.add(subject, "cannot be read: the file changed while it was read", f"save the {what} again")
        return None
    problem = _prolog_problem(data)
    if problem is not None:
        problems.add(subject, problem, f"open and re-save the {what} in Tiled (it writes plain UTF-8 XML)")
        return None
    return _parse(data, what, reader, subject)


def _read_fix(what: str, problem: str) -> str:
    if problem.startswith("is ") and "over the limit" in problem:
        return f"use a smaller {what} (split it, or save tile layers as Base64 zlib)"
    if problem == "does not exist":
        return f"check that the {what} exists and the path to it is right"
    return f"make the {what} a plain file Tiled saved"


def _prolog_problem(data: bytes) -> str | None:
    """Why ``data`` is not the plain UTF-8 XML Tiled writes, judged before parsing."""
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in body:
        return "is not UTF-8 text"
    declared = _DECLARED_ENCODING.match(body.lstrip()[:400])
    if declared is not None and declared.group(1).decode("latin-1").lower() not in ENCODINGS:
        return f"declares the text encoding {quote(declared.group(1).decode('latin-1'))}"
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        return "declares a DTD (a <!DOCTYPE> with entities), which Tiled never writes"
    return None


def _parse(data: bytes, what: str, reader: Reader, subject: str) -> ET.Element | None:
    """Parse ``data``, charging its elements to the map's budget (and stopping at it)."""
    problems = reader.problems
    try:
        root = _parse_counted(data, reader.budget.elements_left)
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
    element, count = root
    if not reader.budget.take_elements(count, subject, problems):
        return None
    return element


def _parse_counted(data: bytes, allowed: int) -> tuple[ET.Element | None, int]:
    """The document and its element count; ``(None, count)`` as soon as it has more than ``allowed``.

    Every element has a ``<``, so a document with no more ``<`` than allowed is
    parsed in one call; a bigger one is parsed incrementally and abandoned at
    the limit, so memory never holds more than the budget's worth of elements.
    """
    if data.count(b"<") <= allowed:
        root = ET.fromstring(data)
        return root, sum(1 for _ in root.iter())
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start",))
    first: ET.Element | None = None
    count = 0
    for at in range(0, len(data), FEED_BYTES):
        parser.feed(data[at : at + FEED_BYTES])
        for event in parser.read_events():
            element = event[1] if isinstance(event, tuple) and len(event) == 2 else None
            if first is None and isinstance(element, ET.Element):
                first = element
            count += 1
        if count > allowed:
            return None, count
    parser.close()
    return first, count


def depth_within(element: ET.Element, max_depth: int) -> bool:
    """Whether ``element``'s subtree nests at most ``max_depth`` levels (walked without recursion)."""
    stack = [(element, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            return False
        stack.extend((child, depth + 1) for child in node)
    return True


# --------------------------------------------------------------------------- numbers


def _int_attr(element: ET.Element, name: str, default: int | None = None) -> int | None:
    text = element.get(name)
    if text is None:
        return default
    if len(text) > INT_CHARS:
        return None
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


def parse_points(text: str) -> npt.NDArray[np.float64] | None:
    """Tiled's ``"x,y x,y ..."`` point list as an ``(n, 2)`` array, or None if it is not one.

    Each pair must be two finite numbers joined by one comma. The numbers are
    converted by numpy in one call (with Python's own float syntax), because a
    map may hold hundreds of thousands of points; pytmx never sees them.
    """
    pairs = text.split()
    if any(pair.count(",") != 1 for pair in pairs):
        return None
    try:
        values = np.array(text.replace(",", " ").split(), dtype=np.float64)
    except ValueError:
        return None
    if len(values) != 2 * len(pairs) or not np.isfinite(values).all():
        return None
    return values.reshape(-1, 2)


# --------------------------------------------------------------------------- reading


def read_map_xml(path: Path, problems: Problems, verify_images: bool = False) -> MapXml | None:
    """Parse and check ``path``; None when the file is unusable as a whole."""
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
    header = _read_header(root, problems)
    if header is None:
        return None
    width, height, tile_w, tile_h = header
    m = MapXml(path, root, width, height, tile_w, tile_h, root.get("backgroundcolor"))
    if not _walk_layers(m, problems) or not _count_objects(m, problems):
        return None
    if not _read_tilesets(m, reader):
        return None
    _resolve_templates(m, reader)
    _check_properties(m, reader)
    _read_layers(m, reader)
    return m


def read_root(path: Path, problems: Problems) -> ET.Element | None:
    """Just the map's parsed XML, within the same limits (for track lists)."""
    try:
        tree_root = path.resolve().parent
    except (OSError, RuntimeError, ValueError):
        problems.add("the map", "cannot be read: its path does not resolve", "check the path")
        return None
    root = read_xml(path, "map", Reader(problems, tree_root), "the map")
    if root is not None and root.tag != "map":
        problems.add(
            "the file", f"is a <{bounded.short(root.tag)}> document, not a Tiled map", "open a .tmx map file"
        )
        return None
    return root


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
            f"is {bounded.short(orientation)}",
            "make an Orthogonal map (File > New > New Map, Orientation: Orthogonal)",
        )
    values: list[int] = []
    for name in ("width", "height", "tilewidth", "tileheight"):
        value = _int_attr(root, name)
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
        own = _offset(child)
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


def _object_groups(m: MapXml) -> Iterator[ET.Element]:
    """Object layers of the map, including those inside group layers."""
    return (layer.element for layer in m.layers if layer.element.tag == "objectgroup")


def _count_objects(m: MapXml, problems: Problems) -> bool:
    count = sum(len(group.findall("object")) for group in _object_groups(m))
    if count > limits.MAP_OBJECTS:
        problems.add(
            "the map",
            f"has {count:,} objects, over the limit of {limits.MAP_OBJECTS:,}",
            "delete objects (or move notes to a separate map)",
        )
        return False
    return True


# --------------------------------------------------------------------------- tilesets


def _read_tilesets(m: MapXml, reader: Reader) -> bool:
    elements = list(m.root.findall("tileset"))
    if len(elements) > limits.MAP_TILESETS:
        reader.problems.add(
            "the map",
            f"uses {len(elements)} tilesets, over the limit of {limits.MAP_TILESETS}",
            "merge tilesets or remove unused ones (Map > Remove Unused Tilesets... in a copy)",
        )
        return False
    map_dir = m.path.resolve().parent
    for index, element in enumerate(elements):
        m.root.remove(element)
        tileset = _read_tileset(element, index, map_dir, reader)
        if tileset is None:
            m.broken_tilesets = True
        else:
            m.tilesets.append(tileset)
    m.tilesets.sort(key=lambda t: t.first_gid)
    for a, b in zip(m.tilesets, m.tilesets[1:], strict=False):
        if a.first_gid + a.tile_count > b.first_gid:
            reader.problems.add(
                a.label,
                f"overlaps the tile ids of {b.label}",
                "remove and re-add the tilesets in Tiled so it renumbers them",
            )
            m.broken_tilesets = True
    return True


def _read_tileset(element: ET.Element, index: int, map_dir: Path, reader: Reader) -> TilesetXml | None:
    problems = reader.problems
    first_gid = _int_attr(element, "firstgid")
    source = element.get("source")
    label = f"tileset {index + 1}" + (f" ({bounded.short(source, 80)})" if source else "")
    if first_gid is None or not 1 <= first_gid < MAX_GID:
        problems.add(
            label,
            f"has no valid 'firstgid' (got {quote(element.get('firstgid'))})",
            "re-add it in Tiled",
        )
        return None
    folder = map_dir
    if source is not None:
        target = inside(reader.tree_root, map_dir, source)
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
        loaded = read_xml(target, "tileset", reader, label)
        if loaded is None:
            return None
        if loaded.tag != "tileset":
            problems.add(
                label, f"is a <{bounded.short(loaded.tag)}> document", "link a Tiled .tsx tileset instead"
            )
            return None
        element = loaded
        folder = target.parent
    name = element.get("name", "") or (Path(source).stem if source else f"#{index + 1}")
    label = f"tileset '{shown_name(name)}'" + (f" ({bounded.short(source, 80)})" if source else "")
    if len(name) > limits.NAME_CHARS:
        problems.add(label, f"has a name of {len(name):,} characters", f"keep it to {limits.NAME_CHARS}")
        return None
    return _tileset_fields(element, first_gid, folder, label, name, reader)


def _tileset_numbers(element: ET.Element, label: str, problems: Problems) -> dict[str, int] | None:
    numbers = {}
    for attr in ("tilewidth", "tileheight", "tilecount", "columns", "margin", "spacing"):
        value = _int_attr(element, attr, 0 if attr in ("columns", "margin", "spacing") else None)
        if value is None or value < 0 or (attr in ("tilewidth", "tileheight", "tilecount") and value == 0):
            problems.add(
                label, f"has no valid '{attr}' (got {quote(element.get(attr))})", "re-save it in Tiled"
            )
            return None
        numbers[attr] = value
    if max(numbers["tilewidth"], numbers["tileheight"]) > limits.TILE_SIDE:
        problems.add(
            label,
            f"has {numbers['tilewidth']}x{numbers['tileheight']} px tiles",
            f"use tiles of at most {limits.TILE_SIDE} px",
        )
        return None
    if max(numbers["margin"], numbers["spacing"], numbers["columns"]) > limits.IMAGE_SIDE:
        problems.add(
            label, "has a margin, spacing or column count larger than any picture", "re-save it in Tiled"
        )
        return None
    if numbers["tilecount"] > limits.TILESET_TILES:
        problems.add(
            label,
            f"has {numbers['tilecount']:,} tiles, over the limit of {limits.TILESET_TILES:,}",
            "split it into smaller tilesets",
        )
        return None
    return numbers


def _tileset_fields(
    element: ET.Element, first_gid: int, folder: Path, label: str, name: str, reader: Reader
) -> TilesetXml | None:
    numbers = _tileset_numbers(element, label, reader.problems)
    if numbers is None:
        return None
    if first_gid + numbers["tilecount"] > MAX_GID:
        reader.problems.add(label, f"has {numbers['tilecount']} tiles", f"keep tile ids below {MAX_GID}")
        return None
    ok = _check_tileset_content(element, label, folder, reader)
    ok = _check_tileset_images(element, label, folder, numbers, reader) and ok
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


def _check_tileset_content(element: ET.Element, label: str, folder: Path, reader: Reader) -> bool:
    problems = reader.problems
    ok = True
    for image in element.iter("image"):
        source = image.get("source")
        if source is None or inside(reader.tree_root, folder, source) is None:
            problems.add(
                label,
                f"uses the image {quote(source)}, which is outside the map's own folder",
                "keep tileset images in the map's folder or a subfolder",
            )
            ok = False
    for tile in element.findall("tile"):
        if tile.find("objectgroup") is not None:
            problems.add(
                _tile_subject(tile, label),
                "has collision shapes",
                "delete them in Tiled's Tile Collision Editor and draw Wall objects on the "
                "'physics' layer instead",
            )
            ok = False
        tile_id = _int_attr(tile, "id")
        if tile_id is None or not 0 <= tile_id < MAX_GID:
            problems.add(
                f"a tile of {label}", f"has an invalid id {quote(tile.get('id'))}", "re-save it in Tiled"
            )
            ok = False
    return ok


# --------------------------------------------------------------------------- tileset images


def _check_tileset_images(
    element: ET.Element, label: str, folder: Path, numbers: dict[str, int], reader: Reader
) -> bool:
    """The atlas picture (or each tile's picture) exists, is a PNG within the limits and fits."""
    atlas = element.find("image")
    if atlas is not None:
        info = _image_info(atlas, label, folder, reader)
        return info is not None and _atlas_fits(atlas, info, label, numbers, reader.problems)
    ok = True
    for tile in element.findall("tile"):
        picture = tile.find("image")
        if picture is not None:
            ok = _image_info(picture, _tile_subject(tile, label), folder, reader) is not None and ok
    return ok


def _image_info(image: ET.Element, label: str, folder: Path, reader: Reader) -> images.PngInfo | None:
    """The picture's header (every picture file checked once per map); None once reported."""
    source = image.get("source", "")
    target = inside(reader.tree_root, folder, source)
    if target is None:
        return None  # already reported as outside the map's folder
    known = reader.images.get(target)
    if known is None:
        known = _check_image(target, reader)
        reader.images[target] = known
    if isinstance(known, str):
        reader.problems.add(label, f"uses the image {quote(source)}, which {known}", _image_fix(known))
        return None
    return known


def _check_image(target: Path, reader: Reader) -> images.PngInfo | str:
    budget = reader.budget
    if budget.images_left <= 0:
        return f"is one image too many: a map may use {limits.MAP_IMAGES} image files at most"
    budget.images_left -= 1
    try:
        info = images.verify_png(target) if reader.verify_images else images.png_header(target)
    except images.ImageError as exc:
        return exc.problem
    if info.pixels > budget.pixels_left:
        return (
            f"brings the map's tileset images over {limits.MAP_IMAGE_PIXELS:,} pixels in all, "
            "the most the game keeps in memory"
        )
    budget.pixels_left -= info.pixels
    return info


def _image_fix(problem: str) -> str:
    if problem == "does not exist":
        return "put the PNG next to the tileset, or fix the image path in Tiled's tileset properties"
    if "over the limit" in problem or "in all" in problem or "too many" in problem:
        return "use fewer or smaller tileset pictures (split big atlases)"
    return "export the picture again as a PNG from your image editor"


def _atlas_fits(
    image: ET.Element, info: images.PngInfo, label: str, numbers: dict[str, int], problems: Problems
) -> bool:
    """The picture is the size the tileset declares and holds its columns and tiles."""
    source = quote(image.get("source"))
    declared = (_int_attr(image, "width", info.width), _int_attr(image, "height", info.height))
    if declared != (info.width, info.height):
        shown = "x".join("?" if v is None else str(v) for v in declared)
        problems.add(
            label,
            f"uses the image {source}, which is {info.width}x{info.height} pixels "
            f"but the tileset says {shown}",
            "open the tileset in Tiled (it re-reads the picture) and save it, or restore the picture",
        )
        return False
    margin, spacing = numbers["margin"], numbers["spacing"]
    columns = (info.width - 2 * margin + spacing) // (numbers["tilewidth"] + spacing)
    rows = (info.height - 2 * margin + spacing) // (numbers["tileheight"] + spacing)
    if numbers["columns"] not in (0, columns) or numbers["tilecount"] > max(columns, 0) * max(rows, 0):
        problems.add(
            label,
            f"declares {numbers['columns']} columns and {numbers['tilecount']} tiles, but its image "
            f"{source} holds {max(columns, 0)} columns and {max(columns, 0) * max(rows, 0)} tiles",
            "open the tileset in Tiled and save it, so the counts match the picture",
        )
        return False
    return True


# --------------------------------------------------------------------------- templates


def _resolve_templates(m: MapXml, reader: Reader) -> None:
    """Replace each template instance by the object it stands for.

    Tiled stores only what an instance overrides; the rest (shape, class,
    default properties) lives in the ``.tx`` file, which pytmx never reads.
    Each ``.tx`` is read once per map, and every copy is charged to the
    map's element budget.
    """
    map_dir = m.path.resolve().parent
    for group in _object_groups(m):
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


# --------------------------------------------------------------------------- properties


MAP_NAMES = frozenset({"name", "author"})
"""Map properties that are names (shown in menus): held to ``NAME_CHARS``, not ``TEXT_CHARS``."""


def _check_properties(m: MapXml, reader: Reader) -> None:
    map_dir = m.path.resolve().parent
    _check_property_block(m.root, "the map", map_dir, reader, MAP_NAMES)
    for tileset in m.tilesets:
        _check_property_block(tileset.element, tileset.label, tileset.folder, reader)
        for tile in tileset.element.findall("tile"):
            _check_property_block(tile, partial(_tile_subject, tile, tileset.label), tileset.folder, reader)
    for layer in m.layers:
        child = layer.element
        _check_property_block(child, f"layer '{shown_name(child.get('name', ''))}'", map_dir, reader)
        if child.tag != "objectgroup":
            continue
        for obj in child.findall("object"):
            label = partial(_object_subject, obj)
            if not _check_property_block(obj, label, map_dir, reader):
                oid = _int_attr(obj, "id")
                if oid is not None:
                    m.broken_objects.add(oid)


def _object_subject(obj: ET.Element) -> str:
    return object_label(obj.get("id", "?"), obj.get("name", ""), object_class(obj))


def _check_property_block(
    owner: ET.Element,
    subject: str | Callable[[], str],
    folder: Path,
    reader: Reader,
    names: frozenset[str] = frozenset(),
) -> bool:
    """Report and drop unusable properties; False if there were any.

    ``subject`` may be a function, so the label of each of a tileset's hundreds
    of tiles is only composed for a tile that has a problem.
    """
    ok = True
    for props in owner.findall("properties"):
        for prop in list(props.findall("property")):
            limit = limits.NAME_CHARS if prop.get("name") in names else limits.TEXT_CHARS
            problem = _property_problem(prop, folder, reader.tree_root, limit)
            if problem is not None:
                what, fix = problem
                named = subject if isinstance(subject, str) else subject()
                reader.problems.add(named, f"property {quote(prop.get('name'))} {what}", fix)
                props.remove(prop)
                ok = False
    return ok


def _property_problem(
    prop: ET.Element, folder: Path, tree_root: Path, max_chars: int
) -> tuple[str, str] | None:
    """Why pytmx (or the game) cannot use this property, or None if it is fine."""
    kind = prop.get("type", "string")
    text = _property_text(prop)
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
    return _value_problem(kind, text, folder, tree_root)


def _value_problem(kind: str, text: str, folder: Path, tree_root: Path) -> tuple[str, str] | None:
    if kind in ("int", "object"):
        try:
            if len(text.strip()) > limits.NUMBER_DIGITS + 1:
                raise ValueError(text)
            int(text)
        except ValueError:
            return f"is not a whole number ({quote(text)})", "type an integer such as 3"
    elif kind == "float":
        try:
            if len(text.strip()) > limits.NUMBER_DIGITS + 10 or not math.isfinite(float(text)):
                raise ValueError(text)
        except ValueError:
            return f"is not a number ({quote(text)})", "type a number such as 2.5"
    elif kind == "bool" and text not in ("true", "false"):
        return f"is not true or false ({quote(text)})", "tick or untick it in Tiled"
    elif kind == "file" and text and inside(tree_root, folder, text) is None:
        return (
            f"points to {quote(text)}, outside the map's own folder",
            "copy the file into the map's folder or a subfolder",
        )
    return None


# --------------------------------------------------------------------------- layers


def object_class(obj: ET.Element) -> str:
    """The object's class: ``type`` (Tiled <= 1.8 and >= 1.10) or ``class`` (Tiled 1.9)."""
    return (obj.get("type") or obj.get("class") or "").strip()


def _read_layers(m: MapXml, reader: Reader) -> None:
    problems = reader.problems
    seen: dict[str, str] = {}
    map_dir = m.path.resolve().parent
    for layer in m.layers:
        element, offset = layer.element, layer.offset
        if element.tag == "group":
            continue
        name = element.get("name", "")
        if len(name) > limits.NAME_CHARS:
            problems.add(
                f"layer '{shown_name(name)}'",
                f"has a name of {len(name):,} characters",
                f"keep layer names to {limits.NAME_CHARS}",
            )
            continue
        if name in seen:
            problems.add(
                f"layer '{name}'",
                "appears twice",
                "give every layer its own name (the game finds layers by name)",
            )
            continue
        seen[name] = element.tag
        if element.tag == "layer":
            tiles = _decode_layer(m, element, name, offset, problems)
            if tiles is None:
                m.broken_layers.add(name)
            else:
                m.tile_layers[name] = tiles
                m.layer_order.append(name)
        elif element.tag == "objectgroup":
            m.object_layers[name] = element
            m.object_offsets[name] = offset
            _read_objects(m, element, name, problems)
        elif element.tag == "imagelayer":
            for image in element.findall("image"):
                if inside(reader.tree_root, map_dir, image.get("source", "")) is None:
                    problems.add(
                        f"image layer '{name}'",
                        "uses an image outside the map's own folder",
                        "keep images in the map's folder or a subfolder",
                    )


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
    expected = m.width * m.height
    try:
        flat = _decode_data(data, expected, m.path)
    except _SizeMismatch as exc:
        problems.add(
            subject,
            f"holds {exc.count:,} tiles but the map is {m.width}x{m.height}",
            "resize the map in Tiled (Map > Resize Map) so every layer matches",
        )
        return None
    except ValueError as exc:
        problems.add(
            subject,
            f"has unreadable tile data ({exc})",
            "re-save the map in Tiled (CSV or Base64 zlib)",
        )
        return None
    visible, opacity = _layer_look(element)
    return TileLayerXml(name, flat.reshape(m.height, m.width), visible, opacity, offset)


class _SizeMismatch(ValueError):
    def __init__(self, count: int) -> None:
        super().__init__(f"{count} tiles")
        self.count = count


def _decode_data(data: ET.Element, cells: int, source: Path) -> npt.NDArray[np.uint32]:
    """The layer's ``cells`` tile ids; the data's size is checked against ``cells`` first."""
    encoding = data.get("encoding")
    text = (data.text or "").strip()
    if encoding is None:
        tiles = data.findall("tile")
        if len(tiles) != cells:
            raise _SizeMismatch(len(tiles))
        try:
            values = [int(t.get("gid", "0")) for t in tiles]
        except ValueError:
            raise ValueError("a <tile> has a bad gid") from None
        return _as_gids(np.array(values, dtype=np.int64))
    if encoding == "csv":
        count = text.count(",") + 1 if text else 0
        if count != cells:
            raise _SizeMismatch(count)
        return _as_gids(_csv_ids(text, cells))
    if encoding != "base64":
        raise ValueError(f"unknown encoding {quote(encoding)}")
    return _decode_base64(text, data.get("compression"), cells, source)


def _csv_ids(text: str, cells: int) -> npt.NDArray[np.int64]:
    """The CSV's ``cells`` integers, parsed in C (ten times faster than splitting in Python).

    numpy stops at the first thing that is not an integer (and warns); the
    warning is made an error and the count checked, so nothing is half-read.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            values = np.fromstring(text, dtype=np.int64, sep=",")
    except (ValueError, DeprecationWarning, OverflowError):
        raise ValueError("the CSV holds something that is not a tile id") from None
    if values.size != cells:
        raise ValueError("the CSV holds something that is not a tile id")
    return values


def _decode_base64(text: str, compression: str | None, cells: int, source: Path) -> npt.NDArray[np.uint32]:
    wbits = {None: 0, "": 0, "zlib": 15, "gzip": 31}.get(compression)
    if wbits is None:
        raise ValueError(f"compression {quote(compression)} is not supported, use zlib")
    size = 4 * cells
    packed_bound = size if not wbits else size + size // 1000 + 64
    if len(text) > 4 * ((packed_bound + 2) // 3) * 2:  # allow for line breaks between groups
        raise ValueError(f"its data is larger than a layer of {cells:,} tiles can need")
    try:
        raw = base64.b64decode(text)
    except binascii.Error:
        raise ValueError("bad Base64") from None
    if wbits:
        try:
            raw = bounded.inflate(raw, wbits, size, "tile data", source)
        except ContentError as exc:
            raise ValueError(_phrase(exc, source)) from None
    if len(raw) % 4:
        raise ValueError("the data is not a whole number of tiles")
    if len(raw) != size:
        raise _SizeMismatch(len(raw) // 4)
    return np.frombuffer(raw, dtype="<u4").astype(np.uint32)


def _phrase(exc: ContentError, source: Path | str) -> str:
    """A bounded reader's sentence as a phrase for one of our own: no file name, no full stop."""
    text = exc.problems[0] if exc.problems else str(exc)
    prefix = f"{source}: "
    return (text[len(prefix) :] if text.startswith(prefix) else text).rstrip(".")


def _as_gids(values: npt.NDArray[np.int64]) -> npt.NDArray[np.uint32]:
    if values.size and (int(np.min(values)) < 0 or int(np.max(values)) > 0xFFFFFFFF):
        raise ValueError("a tile id is out of range")
    return values.astype(np.uint32)


# --------------------------------------------------------------------------- objects


def _read_objects(m: MapXml, group: ET.Element, layer: str, problems: Problems) -> None:
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
    cls = object_class(obj)
    name = obj.get("name", "")
    oid = _int_attr(obj, "id")
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
    for attr in ("x", "y", "width", "height", "rotation"):
        if _float_attr(obj, attr, 0.0) is None:
            problems.add(label, f"has a bad '{attr}' ({quote(obj.get(attr))})", "move or resize it in Tiled")
            return None
    if obj.get("visible", "1") not in ("0", "1"):
        problems.add(label, f"has a bad 'visible' ({quote(obj.get('visible'))})", "re-save the map in Tiled")
        return None
    found = _shape(m, obj, label, problems)
    if found is None:
        return None
    shape, points = found
    return ObjectXml(obj, layer, oid, name, cls, shape, points)


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
    gid = _int_attr(obj, "gid", 0)
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
