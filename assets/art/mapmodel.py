"""An in-memory Tiled map and its writer (map format version 1, Tiled 1.8 XML).

Layers hold *library gids* (one numbering over every tileset in
``assets.art.tilesets.library()``); the writer keeps only the tilesets a map
uses and renumbers, so each map references the few ``.tsx`` files it needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

import numpy as np
import numpy.typing as npt

from assets.art.tilesets import Tileset, library

PPM = 8.0
"""Pixels per metre: the map property every bundled map carries."""

PropValue = tuple[str, str]  # (tiled type, text value)


def library_offsets() -> dict[str, int]:
    """First library gid of each tileset (in library order, from 1)."""
    out: dict[str, int] = {}
    gid = 1
    for name, ts in library().items():
        out[name] = gid
        gid += len(ts.tiles)
    return out


@dataclass
class MapObject:
    """One Tiled object; coordinates in map pixels, ``points`` absolute."""

    type: str
    shape: str  # point | polygon | polyline | rect
    points: list[tuple[float, float]]
    name: str = ""
    rotation: float | None = None
    width: float = 0.0
    height: float = 0.0
    props: dict[str, PropValue] = field(default_factory=dict)


@dataclass
class MapModel:
    """A map under construction: three tile layers and four object layers."""

    id: str
    cols: int
    rows: int
    properties: dict[str, PropValue] = field(default_factory=dict)
    ground: npt.NDArray[np.int32] = field(init=False)
    decor: npt.NDArray[np.int32] = field(init=False)
    decor_prio: npt.NDArray[np.int8] = field(init=False)
    overhead: npt.NDArray[np.int32] = field(init=False)
    objects: dict[str, list[MapObject]] = field(init=False)

    def __post_init__(self) -> None:
        shape = (self.rows, self.cols)
        self.ground = np.zeros(shape, np.int32)
        self.decor = np.zeros(shape, np.int32)
        self.decor_prio = np.zeros(shape, np.int8)
        self.overhead = np.zeros(shape, np.int32)
        self.objects = {"physics": [], "race": [], "ai": [], "mission": []}
        self._offsets = library_offsets()
        self._lib = library()

    def gid(self, tileset: str, name: str) -> int:
        return self._offsets[tileset] + self._lib[tileset].id(name)

    def inside(self, r: int, c: int) -> bool:
        return 0 <= r < self.rows and 0 <= c < self.cols

    def set_ground(self, r: int, c: int, tileset: str, name: str) -> None:
        if self.inside(r, c):
            self.ground[r, c] = self.gid(tileset, name)

    def set_decor(self, r: int, c: int, tileset: str, name: str, prio: int) -> bool:
        """Place a decor tile unless something more important is already there."""
        if not self.inside(r, c) or self.decor_prio[r, c] > prio:
            return False
        self.decor[r, c] = self.gid(tileset, name)
        self.decor_prio[r, c] = prio
        return True

    def set_overhead(self, r: int, c: int, name: str) -> None:
        if self.inside(r, c):
            self.overhead[r, c] = self.gid("props", name)

    def tile_name(self, gid: int) -> tuple[str, str]:
        """(tileset, tile name) of a library gid."""
        for ts_name, first in sorted(self._offsets.items(), key=lambda kv: -kv[1]):
            if gid >= first:
                return ts_name, self._lib[ts_name].tiles[gid - first][0]
        raise KeyError(gid)

    def add(self, layer: str, obj: MapObject) -> None:
        self.objects[layer].append(obj)

    # ------------------------------------------------------------------ writing

    def used_tilesets(self) -> list[Tileset]:
        used: set[str] = set()
        for layer in (self.ground, self.decor, self.overhead):
            for gid in np.unique(layer):
                if gid:
                    used.add(self.tile_name(int(gid))[0])
        return [ts for name, ts in self._lib.items() if name in used]

    def to_tmx(self, tileset_dir: str = "tilesets") -> str:
        """The map as Tiled 1.8 XML text (CSV layers, external tilesets)."""
        sets = self.used_tilesets()
        remap: dict[int, int] = {0: 0}
        firsts: list[tuple[int, Tileset]] = []
        first = 1
        for ts in sets:
            firsts.append((first, ts))
            base = self._offsets[ts.name]
            for i in range(len(ts.tiles)):
                remap[base + i] = first + i
            first += len(ts.tiles)
        n_obj = sum(len(v) for v in self.objects.values())
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" '
            f'renderorder="right-down" width="{self.cols}" height="{self.rows}" '
            f'tilewidth="32" tileheight="32" infinite="0" nextlayerid="8" '
            f'nextobjectid="{n_obj + 1}">',
            " <properties>",
        ]
        for name, (typ, value) in sorted(self.properties.items()):
            t = "" if typ == "string" else f'type="{typ}" '
            out.append(f"  <property {t}name={quoteattr(name)} value={quoteattr(value)}/>")
        out.append(" </properties>")
        for first_gid, ts in firsts:
            out.append(f' <tileset firstgid="{first_gid}" source="{tileset_dir}/{ts.name}.tsx"/>')
        layer_id = 1
        for name, data in (("ground", self.ground), ("decor", self.decor), ("overhead", self.overhead)):
            out.append(f' <layer id="{layer_id}" name="{name}" width="{self.cols}" height="{self.rows}">')
            out.append('  <data encoding="csv">')
            mapped = np.vectorize(remap.__getitem__, otypes=[np.int64])(data)
            rows = [",".join(str(v) for v in row) for row in mapped]
            out.append(",\n".join(rows))
            out.append("</data>")
            out.append(" </layer>")
            layer_id += 1
        obj_id = 1
        for layer in ("physics", "race", "ai", "mission"):
            objs = self.objects[layer]
            if not objs and layer in ("race", "mission"):
                continue
            out.append(f' <objectgroup id="{layer_id}" name="{layer}">')
            layer_id += 1
            for obj in objs:
                out.extend(_object_xml(obj, obj_id))
                obj_id += 1
            out.append(" </objectgroup>")
        out.append("</map>")
        return "\n".join(out) + "\n"

    def write(self, path: Path) -> None:
        path.write_text(self.to_tmx(), encoding="utf-8")


def _num(v: float) -> str:
    """Compact, stable number text: integers without a decimal point."""
    r = round(v, 2)
    if r == int(r):
        return str(int(r))
    return f"{r:.2f}".rstrip("0")


def _object_xml(obj: MapObject, obj_id: int) -> list[str]:
    x0, y0 = obj.points[0]
    attrs = [f'id="{obj_id}"']
    if obj.name:
        attrs.append(f"name={quoteattr(obj.name)}")
    attrs.append(f'type="{obj.type}"')
    attrs.append(f'x="{_num(x0)}" y="{_num(y0)}"')
    if obj.shape == "rect":
        attrs.append(f'width="{_num(obj.width)}" height="{_num(obj.height)}"')
    if obj.rotation is not None:
        attrs.append(f'rotation="{_num(obj.rotation)}"')
    lines = [f"  <object {' '.join(attrs)}>"]
    if obj.props:
        lines.append("   <properties>")
        for name, (typ, value) in sorted(obj.props.items()):
            t = "" if typ == "string" else f'type="{typ}" '
            lines.append(f"    <property {t}name={quoteattr(name)} value={quoteattr(value)}/>")
        lines.append("   </properties>")
    if obj.shape == "point":
        lines.append("   <point/>")
    elif obj.shape in ("polygon", "polyline"):
        pts = " ".join(f"{_num(x - x0)},{_num(y - y0)}" for x, y in obj.points)
        lines.append(f'   <{obj.shape} points="{pts}"/>')
    lines.append("  </object>")
    return lines
