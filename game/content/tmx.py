"""Tiled maps (``.tmx``) to a ready-to-race :class:`Track` plus a :class:`MapRender`.

The one module that imports pytmx. The work is split three ways:

* :mod:`game.content.tiledxml` reads the XML first, refuses anything unsafe or
  unsupported (one message per problem) and decodes tile layers with numpy;
* pytmx reads what is left (map properties and objects, with typed values);
* this module applies class defaults from ``levels/fasttrack.tiled-project``,
  turns pixels into metres, builds the sim's :class:`Track` and checks that it
  can be raced (an ordered checkpoint loop, start slots on the road).

The same :func:`load_map` serves bundled tracks, mods and ``check-map``, so a
map that passes ``check-map`` loads in the game and vice versa.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from xml.etree import ElementTree as ET

import numpy as np
import numpy.typing as npt

from game.content import bounded, limits
from game.content.errors import ContentError
from game.content.mapdata import MapRender, PropertyValue, TileLayer, TilesetInfo
from game.content.tiledxml import (
    GID_MASK,
    MapXml,
    ObjectXml,
    Problems,
    TilesetXml,
    object_label,
    quote,
    raw_properties,
    read_map_xml,
    read_root,
    shown_name,
)
from game.content.trackgeom import (
    cyclic_order_ok,
    fill_polygon,
    first_near_segment,
    gate_crossings,
    near_box,
    path_length,
    rotate,
    zone_crossings,
)
from game.paths import LEVELS_DIR
from game.sim.surfaces import SURFACE_NAMES, Surface
from game.sim.track import (
    ROAD_JOIN_M,
    Checkpoint,
    Point,
    Prop,
    RoadEdge,
    RoadGraph,
    StartSlot,
    SurfaceGrid,
    Track,
    Trigger,
    Wall,
)

PROJECT_FILE = LEVELS_DIR / "fasttrack.tiled-project"
MAP_CLASS = "Track"
ROAD_SURFACES = frozenset({Surface.ASPHALT, Surface.CONCRETE, Surface.KERB, Surface.DIRT})
"""Where a car may start: paved or packed ground, not grass, sand, gravel, oil or water."""
SLOT_CLEARANCE_M = 1.0
"""A start slot must be this far plus the wall radius from every wall (half a car's width)."""
NO_SURFACE = 255

PROP_DEFAULTS: dict[str, tuple[float, float]] = {
    "cone": (0.3, 4.0),
    "barrel": (0.45, 60.0),
    "crate": (0.5, 40.0),
    "tyres": (0.5, 30.0),
}
"""``kind -> (radius_m, mass_kg)`` used when a Prop leaves them at 0."""
PROP_RADIUS_M = (0.1, 4.0)
"""Allowed Prop ``radius_m`` (besides 0): the physics gives a body its moment from it, so 0 or a
hair's breadth is a body that cannot turn, and a radius of kilometres covers the map."""
PROP_MASS_KG = (0.5, 5000.0)
"""Allowed Prop ``mass_kg`` (besides 0): cars weigh 180-1800 kg; a ratio of a few thousand is
what the contact solver stays stable with, and 1e300 kg overflows the moment of inertia."""

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
class LoadedMap:
    """A map ready to race (``track``) and to draw (``render``)."""

    track: Track
    render: MapRender


# --------------------------------------------------------------------------- public API


def load_map(path: Path | str, track_id: str | None = None, *, verify_images: bool = False) -> LoadedMap:
    """Read, check and convert a ``.tmx`` file; raises ContentError listing every problem.

    Tileset images are always checked from their headers (exists, a PNG, within
    the limits, the size the tileset says). ``verify_images`` also decodes them
    as the renderer will, which ``check-map`` and the mod list do; a race start
    skips that (it costs more than the rest of the load), and the renderer
    draws a stand-in for a picture that still fails.
    """
    path = Path(path)
    problems = Problems(path)
    loaded = _load(path, track_id or path.stem, problems, verify_images)
    if problems or loaded is None:
        raise ContentError(problems.messages or [f"{path}: could not be loaded; re-save it in Tiled."])
    return loaded


def load_track(path: Path | str, track_id: str | None = None) -> Track:
    """Just the simulation's half of :func:`load_map`."""
    return load_map(path, track_id).track


def check_map(path: Path | str) -> list[str]:
    """Every problem with the map at ``path`` (an empty list if it is fine)."""
    try:
        load_map(path, verify_images=True)
    except ContentError as exc:
        return exc.problems
    return []


def read_header(path: Path | str) -> tuple[str, str]:
    """``(name, kind)`` from a map's properties without loading it, for track lists.

    Read through the same bounded reader as :func:`load_map` (size, regular
    file, no DTD, element budget), so listing tracks is never the weak spot.
    """
    path = Path(path)
    problems = Problems(path)
    root = read_root(path, problems)
    if root is None:
        raise ContentError(problems.messages)
    props = raw_properties(root)
    name = props.get("name", ("", ""))[1].strip() or _title(path.stem)
    kind = props.get("kind", ("", "circuit"))[1].strip() or "circuit"
    for what, value in (("name", name), ("kind", kind)):
        if len(value) > limits.NAME_CHARS:
            problems.add(
                "the map",
                f"has a {what} of {len(value):,} characters ({quote(value)}), "
                f"over the limit of {limits.NAME_CHARS}",
                f"shorten the map's {what}",
            )
    if problems:
        raise ContentError(problems.messages)
    return name, kind


def _title(stem: str) -> str:
    return stem.replace("_", " ").replace("-", " ").title()


# --------------------------------------------------------------------------- project schema


@dataclass(frozen=True, slots=True)
class Member:
    """One typed class member from the Tiled project, with its default value."""

    type: str
    default: PropertyValue
    choices: tuple[str, ...] = ()


@functools.cache
def schema(project_file: Path = PROJECT_FILE) -> dict[str, dict[str, Member]]:
    """Class name -> member name -> :class:`Member`, read once from the project file.

    Tiled does not write a property that still has its class default, so the
    game must know the defaults itself; keeping them in the project file means
    the editor's dropdowns and the game can never disagree.
    """
    data = json.loads(project_file.read_text(encoding="utf-8"))
    types = data.get("propertyTypes", [])
    enums = {t["name"]: tuple(t.get("values", ())) for t in types if t.get("type") == "enum"}
    classes: dict[str, dict[str, Member]] = {}
    for t in types:
        if t.get("type") != "class":
            continue
        members = {}
        for m in t.get("members", []):
            choices = enums.get(m.get("propertyType", ""), ())
            members[m["name"]] = Member(m["type"], m["value"], choices)
        classes[t["name"]] = members
    return classes


def _coerce(value: Any, member: Member) -> tuple[PropertyValue | None, str]:
    """``value`` as the member's type, or ``(None, expectation)`` if it cannot be."""
    kind = member.type
    try:
        if kind == "int":
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            return int(value), ""
        if kind == "float":
            number = float(value)
            if isinstance(value, bool) or not math.isfinite(number):
                raise ValueError
            return number, ""
        if kind == "bool":
            if isinstance(value, bool):
                return value, ""
            if str(value).strip().lower() in ("true", "false"):
                return str(value).strip().lower() == "true", ""
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        return None, {"int": "a whole number", "float": "a number", "bool": "true or false"}[kind]
    text = str(value).strip()
    if member.choices and text not in member.choices:
        return None, "one of " + ", ".join(member.choices)
    return text, ""


def _typed_properties(
    cls: str, given: dict[str, Any], subject: str, problems: Problems
) -> dict[str, PropertyValue] | None:
    """``given`` over the class defaults, each converted to the member's type.

    None (after reporting) if any member has a value of the wrong kind, so a
    bad value is never silently replaced by the default.
    """
    members = schema().get(cls, {})
    out: dict[str, PropertyValue] = {name: m.default for name, m in members.items()}
    ok = True
    for name, value in given.items():
        member = members.get(name)
        if member is None:
            out[name] = value if isinstance(value, str | int | float | bool) else str(value)
            continue
        typed, expected = _coerce(value, member)
        if typed is None:
            problems.add(subject, f"has {name} = {bounded.shown(value)}", f"set {name} to {expected}")
            ok = False
        else:
            out[name] = typed
    return out if ok else None


# --------------------------------------------------------------------------- pytmx


def _pytmx() -> ModuleType:
    """Import pytmx without letting it import pygame.

    pytmx tries ``import pygame`` for its optional image helpers; the content
    layer must stay pygame-free (and loading faster), so pygame is hidden for
    the duration of the import unless the app has already loaded it.
    """
    if "pytmx" in sys.modules:
        module: ModuleType = sys.modules["pytmx"]
        return module
    hide = "pygame" not in sys.modules
    if hide:
        sys.modules["pygame"] = None  # type: ignore[assignment]
    logging.getLogger("pytmx").addHandler(logging.NullHandler())
    try:
        import pytmx

        loaded: ModuleType = pytmx
        return loaded
    finally:
        if hide and sys.modules.get("pygame", 0) is None:
            del sys.modules["pygame"]


def _no_images(*_args: Any, **_kwargs: Any) -> Callable[..., None]:
    """pytmx image loader that loads nothing: pictures are the renderer's business."""

    def load(*_a: Any, **_k: Any) -> None:
        return None

    return load


def _int_attr_or_none(text: str | None) -> int | None:
    try:
        return int(text) if text is not None and len(text) <= 20 else None
    except ValueError:
        return None


def _without_points(obj: ET.Element) -> ET.Element:
    """A shallow copy of ``obj`` without its point list, which :mod:`tiledxml` has already read."""
    copy = ET.Element(obj.tag, obj.attrib)
    copy.extend(child for child in obj if child.tag not in ("polygon", "polyline"))
    return copy


def _pytmx_map(mx: MapXml, problems: Problems) -> Any | None:
    """Let pytmx read the map's properties and (already checked) objects.

    Tile layers and tilesets are decoded by :mod:`tiledxml`, so pytmx gets a
    small tree without them: it cannot then wander off to other files or spend
    a microsecond per tile on work we do in one numpy call. Only objects of the
    game's classes go in: notes and other objects are never used, and pytmx
    costs tens of microseconds an object.
    """
    mini = ET.Element("map", {"version": mx.root.get("version", "1.8"), "orientation": "orthogonal"})
    for key, value in (("width", mx.width), ("height", mx.height)):
        mini.set(key, str(value))
    mini.set("tilewidth", str(mx.tile_width))
    mini.set("tileheight", str(mx.tile_height))
    props = mx.root.find("properties")
    if props is not None:
        mini.append(props)
    wanted = {info.id for info in mx.objects if info.cls in CLASS_LAYER}
    for name, group in mx.object_layers.items():
        layer = ET.SubElement(mini, "objectgroup", {"name": name})
        layer.extend(
            _without_points(o) for o in group.findall("object") if _int_attr_or_none(o.get("id")) in wanted
        )
    pytmx = _pytmx()
    try:
        tiled = pytmx.TiledMap(image_loader=_no_images, allow_duplicate_names=True)
        tiled.filename = str(mx.path)
        tiled.parse_xml(mini)
    except Exception as exc:  # pytmx raises bare Exception, ValueError, KeyError...
        problems.add(
            "the map",
            f"could not be read by the Tiled reader ({type(exc).__name__}: {exc})",
            "open and re-save it in Tiled; if that does not help, report it with the file",
        )
        return None
    return tiled


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True, slots=True)
class Settings:
    name: str
    kind: str
    laps: int
    night: bool
    ppm: float
    default_surface: Surface
    extra: dict[str, str]


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


def _load(path: Path, track_id: str, problems: Problems, verify_images: bool) -> LoadedMap | None:
    mx = read_map_xml(path, problems, verify_images)
    if mx is None:
        return None
    tiled = _pytmx_map(mx, problems)
    if tiled is None:
        return None
    settings = _settings(tiled.properties, problems)
    if settings is None or not _size_ok(mx, settings, problems):
        return None
    raws = [_raw_tile_props(t) for t in mx.tilesets]
    tilesets = [_tileset_info(t, raw) for t, raw in zip(mx.tilesets, raws, strict=True)]
    grid = _surface_grid(mx, settings, raws, problems)
    objects = _objects(mx, tiled, settings.ppm, problems)
    builder = _TrackBuilder(mx, settings, grid, objects, problems)
    track = builder.build(track_id)
    if track is None:
        return None
    render = _render(mx, settings, tilesets)
    return LoadedMap(track, render)


def _settings(properties: dict[str, Any], problems: Problems) -> Settings | None:
    props = _typed_properties(MAP_CLASS, properties, "the map", problems)
    if props is None:
        return None
    ppm = float(props["pixels_per_metre"])
    if not 0.5 <= ppm <= 1000.0:
        problems.add("the map", f"has pixels_per_metre = {ppm}", "use a scale from 0.5 to 1000 (8 is usual)")
        return None
    laps = int(props["laps"])
    if not 1 <= laps <= limits.RACE_LAPS:
        problems.add("the map", f"has laps = {bounded.shown(laps)}", f"use 1 to {limits.RACE_LAPS} laps")
    for key in ("name", "author"):
        text = str(props.get(key, ""))
        if len(text) > limits.NAME_CHARS:
            problems.add(
                "the map",
                f"has a {key} of {len(text):,} characters ({quote(text)}), over the limit "
                f"of {limits.NAME_CHARS}",
                f"shorten the map's {key}",
            )
            return None
    known = schema()[MAP_CLASS]
    extra = {k: str(v) for k, v in props.items() if k not in known or k == "author"}
    return Settings(
        name=str(props["name"]),
        kind=str(props["kind"]),
        laps=laps,
        night=bool(props["night"]),
        ppm=ppm,
        default_surface=Surface.from_name(str(props["default_surface"])),
        extra=extra,
    )


def _size_ok(mx: MapXml, settings: Settings, problems: Problems) -> bool:
    """The map's size in metres within ``MAP_METRES`` (the AI lays grids over the whole map)."""
    width_m = mx.width * mx.tile_width / settings.ppm
    height_m = mx.height * mx.tile_height / settings.ppm
    if max(width_m, height_m) <= limits.MAP_METRES:
        return True
    problems.add(
        "the map",
        f"is {width_m:,.0f} m x {height_m:,.0f} m, over the limit of {limits.MAP_METRES:,} m a side",
        "use fewer tiles or a larger pixels_per_metre",
    )
    return False


# --------------------------------------------------------------------------- tiles


def _raw_tile_props(tileset: TilesetXml) -> list[tuple[int, dict[str, tuple[str, str]]]]:
    """``(local id, raw properties)`` of each tile that has any, read once per tileset and load."""
    out = []
    for tile in tileset.element.findall("tile"):
        if tile.find("properties") is not None:
            props = raw_properties(tile)
            if props:
                out.append((int(tile.get("id", "0")), props))
    return out


def _tile_props(raw: list[tuple[int, dict[str, tuple[str, str]]]]) -> dict[int, dict[str, PropertyValue]]:
    return {
        local: {name: _scalar(kind, text) for name, (kind, text) in props.items()} for local, props in raw
    }


def _scalar(kind: str, text: str) -> PropertyValue:
    if kind in ("int", "object"):
        return int(text)
    if kind == "float":
        return float(text)
    if kind == "bool":
        return text == "true"
    return text


def _tileset_info(tileset: TilesetXml, raw: list[tuple[int, dict[str, tuple[str, str]]]]) -> TilesetInfo:
    element = tileset.element
    image = element.find("image")
    tile_images = {}
    for tile in element.findall("tile[image]"):
        tile_image = tile.find("image")
        if tile_image is not None:
            tile_images[int(tile.get("id", "0"))] = (tileset.folder / tile_image.get("source", "")).resolve()
    return TilesetInfo(
        name=tileset.name,
        first_gid=tileset.first_gid,
        tile_count=tileset.tile_count,
        columns=tileset.columns,
        tile_width=tileset.tile_width,
        tile_height=tileset.tile_height,
        image=(tileset.folder / image.get("source", "")).resolve() if image is not None else None,
        image_width=_int(image, "width"),
        image_height=_int(image, "height"),
        margin=_int(element, "margin"),
        spacing=_int(element, "spacing"),
        tile_images=tile_images,
        tile_properties=_tile_props(raw),
        animations=_animations(tileset),
    )


def _animations(tileset: TilesetXml) -> dict[int, tuple[tuple[int, int], ...]]:
    out: dict[int, tuple[tuple[int, int], ...]] = {}
    for tile in tileset.element.findall("tile[animation]"):
        frames = []
        for frame in tile.findall("animation/frame"):
            local, duration = _int(frame, "tileid"), _int(frame, "duration")
            if local < tileset.tile_count and duration > 0:
                frames.append((local, duration))
        if frames:
            out[_int(tile, "id")] = tuple(frames)
    return out


def _int(element: ET.Element | None, name: str) -> int:
    """A non-negative integer attribute, 0 when absent or unusable (at most nine digits)."""
    if element is None:
        return 0
    text = element.get(name, "0")
    try:
        return max(0, int(text)) if len(text) <= 9 else 0
    except ValueError:
        return 0


RawTiles = list[tuple[int, dict[str, tuple[str, str]]]]


def _surface_lut(
    mx: MapXml, raws: list[RawTiles], problems: Problems
) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.bool_]]:
    """Per global tile id: its ``surface`` (or NO_SURFACE) and whether any tileset has it."""
    size = max((t.first_gid + t.tile_count for t in mx.tilesets), default=1)
    lut = np.full(size, NO_SURFACE, dtype=np.uint8)
    known = np.zeros(size, dtype=bool)
    known[0] = True
    for tileset, raw in zip(mx.tilesets, raws, strict=True):
        known[tileset.first_gid : tileset.first_gid + tileset.tile_count] = True
        for local, props in raw:
            kind_text = props.get("surface")
            if kind_text is None:
                continue
            name = kind_text[1].strip()
            if name not in SURFACE_NAMES:
                problems.add(
                    f"tile {local} of {tileset.label}",
                    f"has surface {quote(name)}",
                    f"set surface to one of {', '.join(SURFACE_NAMES)}",
                )
            elif 0 <= local < tileset.tile_count:
                lut[tileset.first_gid + local] = Surface.from_name(name)
    return lut, known


def _surface_grid(mx: MapXml, settings: Settings, raws: list[RawTiles], problems: Problems) -> SurfaceGrid:
    """One cell per tile: ground tile surfaces, then decor tiles that name a surface."""
    lut, known = _surface_lut(mx, raws, problems)
    cells = np.full((mx.height, mx.width), settings.default_surface, dtype=np.uint8)
    for name in ("ground", "decor"):
        layer = mx.tile_layers.get(name)
        if layer is None:
            continue
        gids = (layer.raw & GID_MASK).astype(np.int64)
        unknown = (gids >= lut.size) | ~known[np.minimum(gids, lut.size - 1)]
        if unknown.any() and not mx.broken_tilesets:
            row, col = (int(v) for v in np.argwhere(unknown)[0])
            problems.add(
                f"tile layer '{name}'",
                f"uses tile id {int(gids[row, col])} at column {col}, row {row} "
                f"({int(unknown.sum())} cells in all) that no tileset provides",
                "erase those cells or re-add the missing tileset",
            )
        surf = lut[np.where(unknown, 0, gids)]
        cells = np.where(surf != NO_SURFACE, surf, cells).astype(np.uint8)
    cell_m = mx.tile_width / settings.ppm
    return SurfaceGrid(cells=cells, cell_m=cell_m, outside=settings.default_surface)


def _render(mx: MapXml, settings: Settings, tilesets: list[TilesetInfo]) -> MapRender:
    layers = {
        name: TileLayer(
            name=name,
            gids=(layer.raw & GID_MASK).astype(np.uint32),
            flips=((layer.raw >> 29) & 7).astype(np.uint8),
            visible=layer.visible,
            opacity=layer.opacity,
            offset_px=layer.offset,
        )
        for name, layer in mx.tile_layers.items()
    }
    return MapRender(
        file=mx.path.resolve(),
        width_tiles=mx.width,
        height_tiles=mx.height,
        tile_width=mx.tile_width,
        tile_height=mx.tile_height,
        pixels_per_metre=settings.ppm,
        night=settings.night,
        layers=layers,
        layer_order=tuple(mx.layer_order),
        tilesets=tuple(sorted(tilesets, key=lambda t: t.first_gid)),
        background_color=mx.background_color,
    )


# --------------------------------------------------------------------------- objects


def _objects(mx: MapXml, tiled: Any, ppm: float, problems: Problems) -> list[MapObject]:
    """Usable objects of the game's classes; wrong classes, layers and shapes are reported."""
    out = []
    for info in mx.objects:
        label = object_label(info.id, info.name, info.cls) + f" on layer '{info.layer}'"
        if info.id in mx.broken_objects or not _placed_well(mx, info, label, problems):
            continue
        obj = tiled.objects_by_id.get(info.id)
        if obj is None:
            continue
        dx, dy = mx.object_offsets.get(info.layer, (0.0, 0.0))
        metres = (_outline(obj, info) + np.array([dx, dy])) / ppm
        if not _near_the_map(mx, ppm, metres, label, problems):
            continue
        props = _typed_properties(info.cls, dict(obj.properties), label, problems)
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


def _outline(obj: Any, info: ObjectXml) -> npt.NDArray[np.float64]:
    """The object's ``(n, 2)`` points in map pixels, with its rotation applied (about its origin).

    Polygon points are the ones :mod:`tiledxml` read, moved to the object's
    origin with the same float additions pytmx would make, so the numbers are
    the same; numpy does it because a map may have hundreds of thousands.
    """
    x, y, w, h = float(obj.x), float(obj.y), float(obj.width), float(obj.height)
    angle = float(obj.rotation or 0.0)
    shape = info.shape
    if shape == "point":
        return np.array([(x, y)], dtype=np.float64)
    if shape in ("polygon", "polyline") and info.points is not None:
        moved = info.points + np.array([x, y])
        return moved if not angle else np.array(rotate(moved.tolist(), (x, y), angle), dtype=np.float64)
    if shape == "tile":
        # Tiled anchors tile objects at their bottom-left corner; pytmx moved y to the top.
        corners = rotate([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], (x, y + h), angle)
    else:
        corners = rotate([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], (x, y), angle)
    return np.array(corners, dtype=np.float64)


def _centre(points: Iterable[Point]) -> Point:
    pts = list(points)
    return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))


class _TrackBuilder:
    """Turns checked objects into a Track, reporting every way it cannot be raced."""

    def __init__(
        self,
        mx: MapXml,
        settings: Settings,
        grid: SurfaceGrid,
        objects: list[MapObject],
        problems: Problems,
    ) -> None:
        self.mx = mx
        self.settings = settings
        self.grid = grid
        self.objects = objects
        self._by_class: dict[str, list[MapObject]] | None = None
        self.problems = problems
        self.width_m = mx.width * mx.tile_width / settings.ppm
        self.height_m = mx.height * mx.tile_height / settings.ppm

    def of(self, cls: str) -> list[MapObject]:
        """The objects of class ``cls``, in map order (grouped once: a map may have 20,000)."""
        if self._by_class is None:
            self._by_class = {}
            for obj in self.objects:
                self._by_class.setdefault(obj.cls, []).append(obj)
        return list(self._by_class.get(cls, ()))

    def _within_counts(self) -> None:
        """Drop (after one message each) a class with more objects than the game can take."""
        counts = {
            "StartSlot": limits.MAP_START_SLOTS,
            "Checkpoint": limits.MAP_GATES,
            "Road": limits.MAP_ROADS,
            "Prop": limits.MAP_PROPS,
        }
        for cls, most in counts.items():
            found = self.of(cls)
            if len(found) > most:
                self.problems.add(
                    "the map",
                    f"has {len(found):,} {cls} objects, over the limit of {most:,}",
                    f"keep {most:,} or fewer (delete some, or move them to a layer the game ignores)",
                )
                self.objects = [o for o in self.objects if o.cls != cls]
                self._by_class = None

    def build(self, track_id: str) -> Track | None:
        self._within_counts()
        self._check_layers()
        self._paint_zones()
        walls = self._walls()
        slots = self._start_slots(walls)
        checkpoints = self._indexed_gates("Checkpoint")
        finish = self._finish()
        line = self._racing_line(checkpoints, finish)
        roads = self._roads()
        props = self._props()
        triggers = self._triggers()
        self._check_kind(slots, checkpoints, finish, roads)
        if self.problems:
            return None
        s = self.settings
        return Track(
            id=track_id,
            name=s.name or _title(self.mx.path.stem),
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

    @property
    def surfaces_known(self) -> bool:
        """False when the ground could not be read: then surface checks would only mislead."""
        return "ground" in self.mx.tile_layers and not self.mx.broken_tilesets

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
            if radius < 0 or mass < 0:
                self.problems.add(obj.label, "has a negative size or mass", "use 0 for the kind's default")
                continue
            if not self._prop_in_range(obj, "radius_m", radius, PROP_RADIUS_M, "m"):
                continue
            if not self._prop_in_range(obj, "mass_kg", mass, PROP_MASS_KG, "kg"):
                continue
            x, y = _centre(obj.points)
            props.append(Prop(x, y, radius or default_r, mass or default_m, kind, obj.info.name))
        return props

    def _prop_in_range(
        self, obj: MapObject, key: str, value: float, bounds: tuple[float, float], unit: str
    ) -> bool:
        low, high = bounds
        if value == 0 or low <= value <= high:
            return True
        self.problems.add(
            obj.label, f"has {key} = {value:g}", f"use 0 (the kind's default) or {low:g} to {high:g} {unit}"
        )
        return False

    # -- race

    def _start_slots(self, walls: list[Wall]) -> list[StartSlot]:
        objs = self._indexed("StartSlot")
        owners, ends = _segment_table(walls)
        if objs:  # only segments near the grid as a whole can be near one of its slots
            reach = 0.5 + SLOT_CLEARANCE_M + 1.0
            xs = [obj.points[0][0] for _, obj in objs]
            ys = [obj.points[0][1] for _, obj in objs]
            keep = near_box(ends, (min(xs) - reach, min(ys) - reach, max(xs) + reach, max(ys) + reach))
            owners, ends = [owners[i] for i in keep.tolist()], ends[keep]
        slots = []
        for index, obj in objs:
            x, y = obj.points[0]
            heading = math.radians(float(obj.info.element.get("rotation", "0") or 0.0))
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

    def _indexed_gates(self, cls: str) -> list[Checkpoint]:
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

    def _finish(self) -> Checkpoint | None:
        finishes = self.of("FinishLine")
        for extra in finishes[1:]:
            self.problems.add(extra.label, "is a second FinishLine", "keep exactly one FinishLine")
        if not finishes or not self._two_points(finishes[0]):
            return None
        obj = finishes[0]
        return Checkpoint(index=-1, a=obj.points[0], b=obj.points[1], name=obj.info.name or "finish")

    def _racing_line(self, checkpoints: list[Checkpoint], finish: Checkpoint | None) -> tuple[Point, ...]:
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
            if not 1 <= lanes <= 8 or not 1.0 <= speed <= 400.0:
                self.problems.add(
                    obj.label,
                    f"has lanes={lanes}, speed_kmh={speed:g}",
                    "use 1-8 lanes, 1-400 km/h",
                )
                continue
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


def _segment_table(walls: list[Wall]) -> tuple[list[Wall], npt.NDArray[np.float64]]:
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


def _extent(points: tuple[Point, ...]) -> float:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return max(max(xs) - min(xs), max(ys) - min(ys))
