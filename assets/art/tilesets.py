"""The tileset library: every generated tile, named, grouped and written to disk.

A ``Tileset`` is an ordered list of named tiles with properties; the map
builder looks tiles up by name (``"asphalt.2"``, ``"roof.red.nw"``) or by cut
/ line key, and the writer turns each tileset into ``levels/tilesets/NAME.png``
plus a Tiled 1.8 ``NAME.tsx`` that references the PNG by relative path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import quoteattr

import numpy as np

from assets.art import pieces
from assets.art.tiles import TERRAINS, VARIANTS, Img, T, cut_keys, line_keys, quantise

COLUMNS = 16

EDGE_PAIRS: tuple[tuple[str, str, str], ...] = (
    # (inside, outside, edge style)
    ("asphalt", "grass", "line"),
    ("asphalt", "concrete", "kerbstone"),
    ("asphalt", "sand", "line"),
    ("asphalt", "redsand", "line"),
    ("asphalt", "dirt", "soft"),
    ("dirt", "redsand", "soft"),
    ("concrete", "water", "quay"),
    ("rock", "redsand", "cliff"),
    ("forest", "grass", "canopy"),
)

COVER_PAIRS: tuple[tuple[str, str, str], ...] = (
    # Edge pairs whose inside terrain can be laid over a road cut, as a second
    # boundary in a tile where three terrains meet (the canyon's cliff foot and
    # the dirt sections' ends come within a tile of the road edge).
    ("dirt", "redsand", "soft"),
    ("rock", "redsand", "cliff"),
)

LINE_STYLES: tuple[str, ...] = (
    "dash_white",
    "dash_yellow",
    "solid_white",
    "solid_yellow",
    "double_yellow",
    "armco",
    "concrete",
    "tyres",
    "street",
    "skid",
)


@dataclass
class Tileset:
    """Named tiles in tileset order; ``properties`` become Tiled tile properties."""

    name: str
    tiles: list[tuple[str, Img, dict[str, str]]] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, img: Img, **props: str) -> None:
        if name in self.index:
            raise ValueError(f"duplicate tile {name!r} in {self.name}")
        self.index[name] = len(self.tiles)
        self.tiles.append((name, img, props))

    def id(self, name: str) -> int:
        """Local tile id of ``name`` (raises KeyError with the tileset named)."""
        try:
            return self.index[name]
        except KeyError:
            raise KeyError(f"tileset {self.name} has no tile {name!r}") from None

    def atlas(self) -> np.ndarray:
        """All tiles in a ``COLUMNS``-wide grid as one RGBA byte image."""
        rows = (len(self.tiles) + COLUMNS - 1) // COLUMNS
        out = np.zeros((rows * T, COLUMNS * T, 4), dtype=np.uint8)
        for i, (_, img, _) in enumerate(self.tiles):
            r, c = divmod(i, COLUMNS)
            out[r * T : (r + 1) * T, c * T : (c + 1) * T] = quantise(img)
        return out


def cut_name(key: tuple[int, ...]) -> str:
    return "cut." + "".join(str(k) for k in key)


def line_name(style: str, key: tuple[int, ...]) -> str:
    return f"{style}." + "".join(str(k) for k in key)


def _terrain_set() -> Tileset:
    ts = Tileset("terrain")
    for name, terr in TERRAINS.items():
        for v in range(VARIANTS):
            ts.add(f"{name}.{v}", terr.texture(v), surface=terr.surface)
    for v in range(2):
        img = TERRAINS["asphalt"].texture(v)
        img = pieces.over(img, pieces.scatter("oilstain", v))
        img = pieces.over(img, pieces.scatter("oilstain", v + 2))
        ts.add(f"oil.{v}", img, surface="oil")
    ts.add("rails.h", pieces.rails(False), surface="concrete")
    ts.add("rails.v", pieces.rails(True), surface="concrete")
    for vertical in (False, True):
        from assets.art.tiles import _XX, _YY

        u = _YY if vertical else _XX
        blocks = (np.floor(u / 8) % 2 == 0).astype(np.float64)
        img = pieces.rgba(pieces.KERB_WHITE)
        img = pieces.paint(img, pieces.KERB_RED, blocks, 1.0)
        ts.add("kerb.v" if vertical else "kerb.h", img, surface="kerb")
    for style in pieces.ROOF_STYLES:
        for part in ("nw", "n", "ne", "w", "c", "e", "sw", "s", "se"):
            ts.add(f"roof.{style}.{part}", pieces.roof_tile(style, part), surface="concrete")
        for v in (1, 2):
            ts.add(f"roof.{style}.c{v}", pieces.roof_tile(style, "c", v), surface="concrete")
    for colour in pieces.CONTAINER_COLOURS:
        for vertical in (False, True):
            for part in range(3):
                ts.add(
                    f"container.{colour}.{'v' if vertical else 'h'}{part}",
                    pieces.container_tile(colour, part, vertical),
                    surface="concrete",
                )
    return ts


def _edge_set(inside: str, outside: str, style: str) -> Tileset:
    ts = Tileset(f"edges-{inside}-{outside}")
    s_in, s_out = TERRAINS[inside].surface, TERRAINS[outside].surface
    for key in cut_keys():
        surface = s_in if pieces.inside_fraction(key) >= 0.5 else s_out
        ts.add(cut_name(key), pieces.cut_tile(inside, outside, style, key), surface=surface)
    return ts


def _cover_set(inside: str, outside: str, style: str) -> Tileset:
    ts = Tileset(cover_set_name(inside, outside))
    for key in cut_keys():
        ts.add(cut_name(key), pieces.cover_tile(inside, style, key))
    return ts


def _line_set() -> Tileset:
    ts = Tileset("lines")
    for style in LINE_STYLES:
        for key in line_keys():
            ts.add(line_name(style, key), pieces.line_tile(style, key))
    return ts


def _kerb_set() -> Tileset:
    ts = Tileset("kerbs")
    for key in cut_keys():
        ts.add(cut_name(key), pieces.kerb_tile(key))
    return ts


def _decor_set() -> Tileset:
    ts = Tileset("decor")
    ts.add("chequer.v", pieces.chequer(True))
    ts.add("chequer.h", pieces.chequer(False))
    for p in range(4):
        for side in range(2):
            ts.add(f"chequer.v.{p}{side}", pieces.chequer(True, (1, p, 3, p, side)))
            ts.add(f"chequer.h.{p}{side}", pieces.chequer(False, (0, p, 2, p, side)))
    for heading in (0, 90, 180, 270):
        ts.add(f"grid.{heading}", pieces.grid_box(heading))
    ts.add("crosswalk.v", pieces.crosswalk(True))
    ts.add("crosswalk.h", pieces.crosswalk(False))
    for kind in ("e", "s", "se"):
        ts.add(f"shadow.{kind}", pieces.building_shadow(kind))
    for q in range(4):
        ts.add(f"lightpool.{q}", pieces.light_pool(q))
    for kind, n in (("scrub", 3), ("stones", 3), ("oilstain", 2), ("manhole", 1), ("flowers", 2)):
        for v in range(n):
            ts.add(f"{kind}.{v}", pieces.scatter(kind, v))
    return ts


def _props_set() -> Tileset:
    ts = Tileset("props")
    ts.add("cone", pieces.cone(), prop="cone")
    ts.add("barrel", pieces.barrel(), prop="barrel")
    ts.add("tyres", pieces.tyre_stack(), prop="tyres")
    ts.add("crate", pieces.crate(), prop="crate")
    ts.add("lamp", pieces.street_lamp())
    ts.add("palm", pieces.palm(16, 16, 13))
    ts.add("tree", pieces.tree(16, 16, 12))
    ts.add("tree.desert", pieces.tree(16, 16, 10, desert=True))
    ts.add("joshua", pieces.joshua_tree())
    ts.add("cactus", pieces.cactus())
    for q, (ox, oy) in enumerate(((0, 0), (T, 0), (0, T), (T, T))):
        ts.add(f"palm2.{q}", pieces.palm(T, T, 26, ox, oy))
        ts.add(f"tree2.{q}", pieces.tree(T, T, 24, ox, oy))
    return ts


@cache
def library() -> dict[str, Tileset]:
    """Every tileset, built once per process, in the order maps reference them."""
    sets = [_terrain_set()]
    sets += [_edge_set(*pair) for pair in EDGE_PAIRS]
    sets += [_kerb_set(), _line_set(), _decor_set(), _props_set()]
    sets += [_cover_set(*pair) for pair in COVER_PAIRS]
    return {ts.name: ts for ts in sets}


def edge_set_name(inside: str, outside: str) -> str:
    return f"edges-{inside}-{outside}"


def cover_set_name(inside: str, outside: str) -> str:
    return f"covers-{inside}-{outside}"


def write_tileset(ts: Tileset, folder: Path) -> list[Path]:
    """Write ``NAME.png`` and ``NAME.tsx`` into ``folder``; return both paths."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    atlas = ts.atlas()
    h, w = atlas.shape[:2]
    surf = pygame.image.frombuffer(atlas.tobytes(), (w, h), "RGBA")
    png = folder / f"{ts.name}.png"
    pygame.image.save(surf, str(png))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.8" tiledversion="1.8.2" name="{ts.name}" tilewidth="{T}" '
        f'tileheight="{T}" tilecount="{len(ts.tiles)}" columns="{COLUMNS}">',
        f' <image source="{png.name}" width="{w}" height="{h}"/>',
    ]
    for i, (name, _, props) in enumerate(ts.tiles):
        lines.append(f' <tile id="{i}">')
        lines.append("  <properties>")
        lines.append(f'   <property name="name" value={quoteattr(name)}/>')
        for k, v in sorted(props.items()):
            lines.append(f"   <property name={quoteattr(k)} value={quoteattr(v)}/>")
        lines.append("  </properties>")
        lines.append(" </tile>")
    lines.append("</tileset>")
    tsx = folder / f"{ts.name}.tsx"
    tsx.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [png, tsx]
