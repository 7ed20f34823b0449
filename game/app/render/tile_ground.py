"""Ground from a Tiled map: tile layers painted into chunks at each zoom level.

Tiles are cut from their tileset pictures once, scaled once per zoom level
(the camera only uses scales at which a tile is a whole number of pixels, so
tiles meet without seams) and flipped as Tiled's flip bits say. A chunk is
then one ``fblits`` call per layer. The map's tile layers split at the
``overhead`` layer: everything before it is ground (below the cars), it and
anything after it is drawn above the cars.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pygame

from game.content.mapdata import (
    FLIP_DIAGONAL,
    FLIP_HORIZONTAL,
    FLIP_VERTICAL,
    MapRender,
    TileLayer,
    TilesetInfo,
)

OVERHEAD = "overhead"


def split_layers(render: MapRender) -> tuple[list[TileLayer], list[TileLayer]]:
    """(below the cars, above the cars), bottom to top, visible layers only."""
    below: list[TileLayer] = []
    above: list[TileLayer] = []
    target = below
    for name in render.layer_order:
        if name == OVERHEAD:
            target = above
        layer = render.layers.get(name)
        if layer is not None and layer.visible:
            target.append(layer)
    return below, above


def flip_tile(tile: pygame.Surface, flips: int) -> pygame.Surface:
    """Apply Tiled's flip bits: the diagonal flip (a transpose) first, then horizontal and vertical."""
    if flips & FLIP_DIAGONAL:
        tile = pygame.transform.flip(pygame.transform.rotate(tile, 90), False, True)
    h = bool(flips & FLIP_HORIZONTAL)
    v = bool(flips & FLIP_VERTICAL)
    if h or v:
        tile = pygame.transform.flip(tile, h, v)
    return tile


class TileImages:
    """Tile pictures by (gid, flips, size, opacity), cut, scaled and flipped on first use."""

    def __init__(self, render: MapRender) -> None:
        self.render = render
        self._sheets: dict[Path, pygame.Surface] = {}
        self._tiles: dict[tuple[int, int, int, int, int], pygame.Surface | None] = {}

    def _sheet(self, path: Path) -> pygame.Surface:
        sheet = self._sheets.get(path)
        if sheet is None:
            sheet = pygame.image.load(str(path)).convert_alpha()
            self._sheets[path] = sheet
        return sheet

    def _source(self, ts: TilesetInfo, gid: int) -> pygame.Surface | None:
        local = gid - ts.first_gid
        if ts.image is None:
            path = ts.tile_images.get(local)
            return self._sheet(path) if path is not None else None
        sheet = self._sheet(ts.image)
        rect = pygame.Rect(ts.source_rect(gid)).clip(sheet.get_rect())
        return sheet.subsurface(rect) if rect.w and rect.h else None

    def get(
        self, gid: int, flips: int, width: int, height: int, opacity: float = 1.0
    ) -> pygame.Surface | None:
        """The tile scaled to ``width`` x ``height`` pixels (None for an unknown gid)."""
        alpha = round(opacity * 255)
        key = (gid, flips, width, height, alpha)
        if key in self._tiles:
            return self._tiles[key]
        ts = self.render.tileset_for(gid)
        tile = self._source(ts, gid) if ts is not None else None
        if tile is not None:
            if flips:
                tile = flip_tile(tile, flips)
            if tile.get_size() != (width, height):
                tile = pygame.transform.smoothscale(tile, (width, height))
            else:
                tile = tile.copy()
            if alpha < 255:
                tile.set_alpha(alpha)
        self._tiles[key] = tile
        return tile


class TileGround:
    """Painter of one layer group of a map (see :class:`~game.app.render.chunks.ChunkCache`)."""

    def __init__(
        self,
        render: MapRender,
        layers: list[TileLayer],
        images: TileImages,
        background: tuple[int, int, int] | None,
    ) -> None:
        self.render = render
        self.layers = layers
        self.images = images
        self.background = background

    def tile_size(self, scale: float) -> tuple[int, int]:
        ppm = self.render.pixels_per_metre
        return (
            max(1, round(self.render.tile_width * scale / ppm)),
            max(1, round(self.render.tile_height * scale / ppm)),
        )

    def paint(self, surface: pygame.Surface, scale: float, x0: int, y0: int) -> bool:
        tw, th = self.tile_size(scale)
        w, h = surface.get_size()
        if self.background is not None:
            surface.fill(self.background)
        drew = False
        rows, cols = self.render.height_tiles, self.render.width_tiles
        for layer in self.layers:
            ox = round(layer.offset_px[0] * scale / self.render.pixels_per_metre)
            oy = round(layer.offset_px[1] * scale / self.render.pixels_per_metre)
            c0 = max(0, math.floor((x0 - ox) / tw))
            r0 = max(0, math.floor((y0 - oy) / th))
            c1 = min(cols, math.ceil((x0 - ox + w) / tw))
            r1 = min(rows, math.ceil((y0 - oy + h) / th))
            if c0 >= c1 or r0 >= r1:
                continue
            gids = layer.gids[r0:r1, c0:c1]
            flips = layer.flips[r0:r1, c0:c1]
            rr, cc = np.nonzero(gids)
            if not len(rr):
                continue
            batch = []
            get = self.images.get
            for r, c, g, f in zip(
                rr.tolist(), cc.tolist(), gids[rr, cc].tolist(), flips[rr, cc].tolist(), strict=True
            ):
                tile = get(g, f, tw, th, layer.opacity)
                if tile is not None:
                    batch.append((tile, ((c0 + c) * tw + ox - x0, (r0 + r) * th + oy - y0)))
            if batch:
                surface.fblits(batch)
                drew = True
        return drew or self.background is not None


def parse_colour(text: str | None) -> tuple[int, int, int] | None:
    """Tiled's ``#rrggbb`` / ``#aarrggbb`` background colour, or None."""
    if not text:
        return None
    t = text.lstrip("#")
    if len(t) == 8:
        t = t[2:]
    if len(t) != 6:
        return None
    try:
        return int(t[0:2], 16), int(t[2:4], 16), int(t[4:6], 16)
    except ValueError:
        return None
