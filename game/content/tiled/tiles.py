"""Tiles to what the game uses: the surface under every cell and the render description.

Both come from the layers and tilesets as they were read, once: tile
properties arrive already typed, the surface of every global tile id is put
into one lookup table so a 250x200 layer becomes surfaces in a single numpy
index, and the renderer gets Tiled's own numbering (global ids, first gids,
flip bits) so it can slice pictures exactly as Tiled does.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

import numpy as np
import numpy.typing as npt

from game.content.mapdata import MapRender, PropertyValue, TileLayer, TilesetInfo
from game.content.tiled.mapsettings import Settings
from game.content.tiled.model import GID_MASK, MapXml, Properties, TilesetXml
from game.content.tiled.problems import Problems, quote
from game.sim.surfaces import SURFACE_NAMES, Surface
from game.sim.track import SurfaceGrid

NO_SURFACE = 255
TileProperties = list[tuple[int, Properties]]
"""``(local tile id, typed custom properties)`` of each tile that has any, in file order."""


def tile_properties(mx: MapXml, tileset: TilesetXml) -> TileProperties:
    """The typed properties of each of the tileset's tiles that has any, in file order."""
    out: TileProperties = []
    for tile in tileset.element.findall("tile"):
        props = mx.properties.get(tile)
        if props:
            out.append((int(tile.get("id", "0")), props))
    return out


def tileset_info(tileset: TilesetXml, props: TileProperties) -> TilesetInfo:
    """One tileset for the renderer, picture paths made absolute."""
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
        margin=tileset.margin,
        spacing=tileset.spacing,
        tile_images=tile_images,
        tile_properties={local: dict(values) for local, values in props},
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
    """A non-negative integer attribute, 0 when absent or unusable (at most nine digits).

    For what only draws (picture sizes, animation frames): the loader has
    checked everything the rules or the picture slicing depend on.
    """
    if element is None:
        return 0
    text = element.get(name, "0")
    try:
        return max(0, int(text)) if len(text) <= 9 else 0
    except ValueError:
        return 0


def _as_text(value: PropertyValue) -> str:
    """A typed value as Tiled would have written it, for a message."""
    return ("true" if value else "false") if isinstance(value, bool) else str(value).strip()


def _surface_lut(
    mx: MapXml, props: list[TileProperties], problems: Problems
) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.bool_]]:
    """Per global tile id: its ``surface`` (or NO_SURFACE) and whether any tileset has it."""
    size = max((t.first_gid + t.tile_count for t in mx.tilesets), default=1)
    lut = np.full(size, NO_SURFACE, dtype=np.uint8)
    known = np.zeros(size, dtype=bool)
    known[0] = True
    for tileset, tiles in zip(mx.tilesets, props, strict=True):
        known[tileset.first_gid : tileset.first_gid + tileset.tile_count] = True
        for local, values in tiles:
            value = values.get("surface")
            if value is None:
                continue
            name = _as_text(value)
            if name not in SURFACE_NAMES:
                problems.add(
                    f"tile {local} of {tileset.label}",
                    f"has surface {quote(name)}",
                    f"set surface to one of {', '.join(SURFACE_NAMES)}",
                )
            elif 0 <= local < tileset.tile_count:
                lut[tileset.first_gid + local] = Surface.from_name(name)
    return lut, known


def surface_grid(
    mx: MapXml, settings: Settings, props: list[TileProperties], problems: Problems
) -> SurfaceGrid:
    """One cell per tile: ground tile surfaces, then decor tiles that name a surface."""
    lut, known = _surface_lut(mx, props, problems)
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


def map_render(mx: MapXml, settings: Settings, tilesets: list[TilesetInfo]) -> MapRender:
    """What the renderer draws: tile layers as gid and flip arrays, tilesets, scale, night."""
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
