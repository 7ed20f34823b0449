"""What the renderer needs to draw a Tiled map, as plain pygame-free data.

The map loader (:mod:`game.content.tmx`) produces one :class:`MapRender` per
map beside the simulation's :class:`~game.sim.track.Track`. It keeps Tiled's
own numbering (global tile ids, first gids, tileset-local ids) so the renderer
can slice tileset images exactly as Tiled does, and it never holds an image:
loading pictures is the renderer's job, which keeps map loading fast and
headless tools (check-map, benchmarks, the race server) free of pygame.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

PropertyValue = str | int | float | bool

FLIP_HORIZONTAL = 4
"""Bit in :attr:`TileLayer.flips`: the tile is mirrored left-right."""
FLIP_VERTICAL = 2
"""Bit in :attr:`TileLayer.flips`: the tile is mirrored top-bottom."""
FLIP_DIAGONAL = 1
"""Bit in :attr:`TileLayer.flips`: x and y swapped (with the others, a 90° turn)."""


@dataclass(frozen=True, slots=True)
class TilesetInfo:
    """One tileset as Tiled numbers it: tile ``gid`` is local id ``gid - first_gid``."""

    name: str
    first_gid: int
    tile_count: int
    columns: int
    tile_width: int
    tile_height: int
    image: Path | None
    """Absolute path of the tileset picture; ``None`` for an image-collection tileset."""
    image_width: int = 0
    image_height: int = 0
    margin: int = 0
    spacing: int = 0
    tile_images: dict[int, Path] = field(default_factory=dict)
    """Per-tile pictures (local id -> absolute path) for image-collection tilesets."""
    tile_properties: dict[int, dict[str, PropertyValue]] = field(default_factory=dict)
    """Custom properties by local tile id (e.g. ``surface``); tiles without any are absent."""
    animations: dict[int, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    """Animated tiles: local id -> ``(frame local id, duration ms)`` in play order."""

    def contains(self, gid: int) -> bool:
        return self.first_gid <= gid < self.first_gid + self.tile_count

    def source_rect(self, gid: int) -> tuple[int, int, int, int]:
        """``(x, y, w, h)`` of tile ``gid`` inside :attr:`image`, in pixels."""
        local = gid - self.first_gid
        row, col = divmod(local, max(self.columns, 1))
        x = self.margin + col * (self.tile_width + self.spacing)
        y = self.margin + row * (self.tile_height + self.spacing)
        return x, y, self.tile_width, self.tile_height


@dataclass(frozen=True, slots=True)
class TileLayer:
    """A tile layer as two ``(rows, cols)`` arrays; gid 0 means no tile."""

    name: str
    gids: npt.NDArray[np.uint32]
    """Tiled global tile ids with the flip bits cleared."""
    flips: npt.NDArray[np.uint8]
    """Per-cell OR of :data:`FLIP_HORIZONTAL`, :data:`FLIP_VERTICAL`, :data:`FLIP_DIAGONAL`."""
    visible: bool = True
    opacity: float = 1.0
    offset_px: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True, slots=True)
class MapRender:
    """Everything about a map that is drawn rather than simulated."""

    file: Path
    width_tiles: int
    height_tiles: int
    tile_width: int
    tile_height: int
    pixels_per_metre: float
    night: bool
    layers: dict[str, TileLayer]
    """Tile layers by name (``ground`` always; ``decor`` and ``overhead`` when present)."""
    layer_order: tuple[str, ...]
    """Tile layer names bottom to top, as stacked in Tiled."""
    tilesets: tuple[TilesetInfo, ...]
    """Sorted by ``first_gid``."""
    background_color: str | None = None

    def tileset_for(self, gid: int) -> TilesetInfo | None:
        """The tileset that owns global tile id ``gid`` (flip bits cleared), if any."""
        for ts in reversed(self.tilesets):
            if gid >= ts.first_gid:
                return ts if ts.contains(gid) else None
        return None
