"""What reading a map's XML gives: the checked tree, decoded layers and one record per object.

These records are the one copy of the map the later steps use. Each value a
modder wrote is converted once, where it is checked (tile ids by numpy,
point lists, object positions, typed custom properties), and carried here,
so nothing downstream parses the same text again. Objects, layers or
tilesets with problems are left out (and remembered as broken), so later
checks do not repeat the same fault in other words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

import numpy as np
import numpy.typing as npt

from game.content.mapdata import PropertyValue

GID_MASK = 0x0FFFFFFF
"""Tiled keeps flip/rotation flags in the top four bits of a global tile id."""

Properties = dict[str, PropertyValue]


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
    margin: int = 0
    spacing: int = 0


@dataclass(frozen=True, slots=True)
class TileLayerXml:
    """A tile layer decoded once: Tiled's global ids with the flip flags still set."""

    name: str
    raw: npt.NDArray[np.uint32]
    """``(rows, cols)`` Tiled global ids, flip flags still set."""
    visible: bool
    opacity: float
    offset: tuple[float, float]


@dataclass(frozen=True, slots=True)
class ObjectXml:
    """One object as Tiled wrote it, every number already read (in map pixels)."""

    element: ET.Element
    layer: str
    id: int
    name: str
    cls: str
    shape: str
    """``rectangle``, ``point``, ``polygon``, ``polyline`` or ``tile``."""
    x: float = 0.0
    y: float = 0.0
    """Tiled's anchor: the top-left corner, except a tile object's bottom-left corner."""
    width: float = 0.0
    height: float = 0.0
    rotation: float = 0.0
    """Degrees clockwise about the anchor."""
    points: npt.NDArray[np.float64] | None = field(default=None, compare=False)
    """A polygon's or polyline's points as written (``(n, 2)`` pixels from the object's origin)."""
    properties: Properties = field(default_factory=dict, compare=False)
    """Its custom properties, typed as written (class defaults are applied later)."""


@dataclass(frozen=True, slots=True)
class LayerXml:
    """One layer or group in drawing order, with its total pixel offset and group depth."""

    element: ET.Element
    offset: tuple[float, float]
    depth: int


@dataclass
class MapXml:
    """The whole map as read and checked: one instance per load, built step by step."""

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
    properties: dict[ET.Element, Properties] = field(default_factory=dict)
    """Typed custom properties of each element that has usable ones (the map, tiles, objects)."""

    @property
    def map_properties(self) -> Properties:
        """The map's own custom properties, typed as written."""
        return self.properties.get(self.root, {})
