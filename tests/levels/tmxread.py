"""A small, independent TMX reader for the level tests.

The game's loader (``game.content.tmx``) is tested on its own; these tests read
the XML directly with ElementTree so that a bug shared by the generator and the
loader cannot hide itself, and so the maps are checked against the written
format (docs/ARCHITECTURE.md, "Map format (Tiled) — version 1").
"""

from __future__ import annotations

import itertools
import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

Point = tuple[float, float]
SURFACES = frozenset(["asphalt", "concrete", "kerb", "dirt", "sand", "grass", "gravel", "oil", "water"])


@dataclass
class Obj:
    """One object in metres (points absolute)."""

    layer: str
    type: str
    name: str
    shape: str  # point | polygon | polyline | rect
    points: list[Point]
    rotation: float
    props: dict[str, str] = field(default_factory=dict)

    def segments(self) -> list[tuple[Point, Point]]:
        pts = self.points
        pairs = list(itertools.pairwise(pts))
        if self.shape in ("polygon", "rect") and len(pts) > 2:
            pairs.append((pts[-1], pts[0]))
        return pairs


@dataclass
class Map:
    path: Path
    width: int
    height: int
    attrs: dict[str, str]
    props: dict[str, tuple[str, str]]
    tile_layers: dict[str, list[int]]
    object_layers: dict[str, list[Obj]]
    tilesets: list[tuple[int, Path]]
    encodings: dict[str, str]

    @property
    def ppm(self) -> float:
        return float(self.props["pixels_per_metre"][1])

    def objects(self, type_: str) -> list[Obj]:
        return [o for layer in self.object_layers.values() for o in layer if o.type == type_]

    def walls(self) -> list[tuple[Point, Point]]:
        return [s for w in self.objects("Wall") for s in w.segments()]

    def tile_props(self, gid: int) -> dict[str, str]:
        """Properties of the tile with global id ``gid`` (flip bits cleared)."""
        gid &= 0x1FFFFFFF
        first, path = max((f, p) for f, p in self.tilesets if f <= gid)
        return tileset_props(path).get(gid - first, {})

    def surface_at(self, x_m: float, y_m: float) -> str | None:
        col, row = int(x_m * self.ppm // 32), int(y_m * self.ppm // 32)
        if not (0 <= col < self.width and 0 <= row < self.height):
            return None
        gid = self.tile_layers["ground"][row * self.width + col]
        return self.tile_props(gid).get("surface") if gid else None


@cache
def tileset_props(path: Path) -> dict[int, dict[str, str]]:
    root = ET.parse(path).getroot()
    out: dict[int, dict[str, str]] = {}
    for tile in root.iter("tile"):
        props = {p.get("name", ""): p.get("value", "") for p in tile.iter("property")}
        out[int(tile.get("id", "-1"))] = props
    return out


def read_map(path: Path) -> Map:
    root = ET.parse(path).getroot()
    props = {
        p.get("name", ""): (p.get("type", "string"), p.get("value", ""))
        for p in root.findall("./properties/property")
    }
    tilesets = [
        (int(t.get("firstgid", "0")), (path.parent / t.get("source", "")).resolve())
        for t in root.findall("tileset")
    ]
    w, h = int(root.get("width", "0")), int(root.get("height", "0"))
    ppm = float(props.get("pixels_per_metre", ("float", "8"))[1])
    layers: dict[str, list[int]] = {}
    encodings: dict[str, str] = {}
    for layer in root.findall("layer"):
        data = layer.find("data")
        assert data is not None
        encodings[layer.get("name", "")] = data.get("encoding", "")
        layers[layer.get("name", "")] = [
            int(v) for v in (data.text or "").replace("\n", "").split(",") if v.strip()
        ]
    groups: dict[str, list[Obj]] = {}
    for group in root.findall("objectgroup"):
        name = group.get("name", "")
        objs = []
        for o in group.findall("object"):
            x, y = float(o.get("x", "0")), float(o.get("y", "0"))
            shape, pts = "rect", [(x, y)]
            if o.find("point") is not None:
                shape = "point"
            for tag in ("polygon", "polyline"):
                el = o.find(tag)
                if el is not None:
                    shape = tag
                    pts = [
                        (x + float(a), y + float(b))
                        for a, b in (pair.split(",") for pair in el.get("points", "").split())
                    ]
            if shape == "rect":
                ow, oh = float(o.get("width", "0")), float(o.get("height", "0"))
                pts = [(x, y), (x + ow, y), (x + ow, y + oh), (x, y + oh)]
            objs.append(
                Obj(
                    layer=name,
                    type=o.get("type", o.get("class", "")),
                    name=o.get("name", ""),
                    shape=shape,
                    points=[(px / ppm, py / ppm) for px, py in pts],
                    rotation=float(o.get("rotation", "0")),
                    props={p.get("name", ""): p.get("value", "") for p in o.iter("property")},
                )
            )
        groups[name] = objs
    return Map(path, w, h, dict(root.attrib), props, layers, groups, tilesets, encodings)


# --------------------------------------------------------------------------- geometry


def seg_point_distance(p: Point, a: Point, b: Point) -> float:
    vx, vy = b[0] - a[0], b[1] - a[1]
    ln2 = vx * vx + vy * vy
    t = 0.0 if ln2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / ln2))
    return math.hypot(p[0] - a[0] - t * vx, p[1] - a[1] - t * vy)


def seg_intersection(a: Point, b: Point, c: Point, d: Point) -> tuple[float, float] | None:
    """Parameters (t on AB, u on CD) where two segments cross, or None."""
    ex, ey = b[0] - a[0], b[1] - a[1]
    fx, fy = d[0] - c[0], d[1] - c[1]
    den = ex * fy - ey * fx
    if abs(den) < 1e-12:
        return None
    t = ((c[0] - a[0]) * fy - (c[1] - a[1]) * fx) / den
    u = ((c[0] - a[0]) * ey - (c[1] - a[1]) * ex) / den
    if 0 <= t <= 1 and 0 <= u <= 1:
        return t, u
    return None


def closed_length(points: list[Point]) -> float:
    return sum(math.dist(p, q) for p, q in zip(points, points[1:] + points[:1], strict=True))


def crossings_along(line: list[Point], a: Point, b: Point) -> list[float]:
    """Arc lengths along the closed ``line`` where segment AB crosses it.

    A crossing exactly at a vertex is reported once, not once per segment.
    """
    hits, s = [], 0.0
    for p, q in zip(line, line[1:] + line[:1], strict=True):
        hit = seg_intersection(p, q, a, b)
        if hit is not None:
            hits.append(s + hit[0] * math.dist(p, q))
        s += math.dist(p, q)
    out: list[float] = []
    for h in sorted(hits):
        if out and h - out[-1] < 0.5:
            continue
        out.append(h)
    if len(out) > 1 and out[0] + s - out[-1] < 0.5:
        out.pop()
    return out
