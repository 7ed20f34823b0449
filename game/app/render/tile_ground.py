"""Ground from a Tiled map: tile layers painted into chunks at each zoom level.

Tiles are cut from their tileset pictures once, scaled once per zoom level
(the camera only uses scales at which a tile is a whole number of pixels, so
tiles meet without seams) and flipped as Tiled's flip bits say. A chunk is
then one ``fblits`` call per layer. The map's tile layers split at the
``overhead`` layer: everything before it is ground (below the cars), it and
anything after it is drawn above the cars.

Tileset pictures never stop the game: each is checked from its header
(:func:`game.content.images.png_header`: a PNG within the size limits) and
read through the bounded reader before pygame decodes it, and a picture that
is missing, damaged or refused is reported once (``TileImages.problems`` and
the log) and its tiles drawn as flat patches of their surface's colour, so
the race still shows where the road is.
"""

from __future__ import annotations

import io
import logging
import math
from pathlib import Path

import numpy as np
import pygame

from game.app.render.track_ground import PALETTE
from game.content import bounded, images
from game.content.errors import ContentError
from game.content.mapdata import (
    FLIP_DIAGONAL,
    FLIP_HORIZONTAL,
    FLIP_VERTICAL,
    MapRender,
    TileLayer,
    TilesetInfo,
)

OVERHEAD = "overhead"
log = logging.getLogger(__name__)


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


def load_picture(path: Path) -> tuple[pygame.Surface | None, str | None]:
    """The picture at ``path`` decoded, or ``(None, the problem as a sentence)``; never raises.

    The header is checked first, so a PNG claiming 60000x60000 pixels is
    refused before a byte is decoded; the bytes come from the bounded reader,
    so a pipe or a swapped file cannot block or grow.
    """
    try:
        info = images.png_header(path)
        data = images.read_image_bytes(path)
        picture = pygame.image.load(io.BytesIO(data), "tileset.png")
        if picture.get_size() != (info.width, info.height):
            raise ValueError("the decoded size differs from the header")
        if pygame.display.get_surface() is not None:
            picture = picture.convert_alpha()
    except ContentError as exc:
        return None, f"{exc} The tiles it holds are drawn as plain colour."
    except (pygame.error, OSError, ValueError, MemoryError, OverflowError) as exc:
        reason = bounded.short(str(exc) or type(exc).__name__, 80)
        return (
            None,
            f"{path}: the tileset image could not be decoded ({reason}); "
            "its tiles are drawn as plain colour.",
        )
    return picture, None


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
        self._sheets: dict[Path, pygame.Surface | None] = {}
        self._tiles: dict[tuple[int, int, int, int, int], pygame.Surface | None] = {}
        self.problems: list[str] = []
        """One sentence per tileset picture that could not be used (its tiles are stand-ins)."""

    def _sheet(self, path: Path) -> pygame.Surface | None:
        if path in self._sheets:
            return self._sheets[path]
        sheet, problem = load_picture(path)
        if problem is not None:
            self.problems.append(problem)
            log.warning("%s", problem)
        self._sheets[path] = sheet
        return sheet

    def preload(self) -> list[str]:
        """Decode every tileset picture now (not mid-race); the problems found, as sentences."""
        for ts in self.render.tilesets:
            for path in [ts.image] if ts.image is not None else ts.tile_images.values():
                self._sheet(path)
        return list(self.problems)

    def _source(self, ts: TilesetInfo, gid: int) -> tuple[pygame.Surface | None, bool]:
        """The tile's pixels, and whether its picture could be read at all."""
        local = gid - ts.first_gid
        if ts.image is None:
            path = ts.tile_images.get(local)
            if path is None:
                return None, True
            sheet = self._sheet(path)
            return sheet, sheet is not None
        sheet = self._sheet(ts.image)
        if sheet is None:
            return None, False
        try:
            rect = pygame.Rect(ts.source_rect(gid)).clip(sheet.get_rect())
        except (TypeError, OverflowError):  # a margin or spacing no picture can have
            return None, True
        return (sheet.subsurface(rect) if rect.w and rect.h else None), True

    def _stand_in(self, ts: TilesetInfo, gid: int) -> pygame.Surface | None:
        """A flat tile in its surface's colour, for a picture that cannot be drawn.

        Only tiles that name a surface get one (ground, kerbs): a decor or
        overhead tile without a surface is left out rather than drawn as a
        block over the road.
        """
        name = ts.tile_properties.get(gid - ts.first_gid, {}).get("surface")
        colour = next((rgb for surface, rgb in PALETTE.items() if surface.label == name), None)
        if colour is None:
            return None
        tile = pygame.Surface((max(1, ts.tile_width), max(1, ts.tile_height)))
        tile.fill(colour)
        return tile

    def get(
        self, gid: int, flips: int, width: int, height: int, opacity: float = 1.0
    ) -> pygame.Surface | None:
        """The tile scaled to ``width`` x ``height`` pixels (None for an unknown gid)."""
        alpha = round(opacity * 255)
        key = (gid, flips, width, height, alpha)
        if key in self._tiles:
            return self._tiles[key]
        ts = self.render.tileset_for(gid)
        tile, readable = self._source(ts, gid) if ts is not None else (None, True)
        if ts is not None and not readable:
            tile = self._stand_in(ts, gid)
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
