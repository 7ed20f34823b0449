"""Layers: each found by name once, tile layers decoded with numpy into Tiled's global ids.

Tile data is decoded once, here, in C where possible (CSV by
``numpy.fromstring``, Base64 by ``base64`` and ``numpy.frombuffer``): about
30 times faster than a per-tile Python loop, and it keeps Tiled's own global
tile ids with their flip flags, which the renderer needs. The data's size is
checked against the declared layer size before it is split or inflated,
and zlib/gzip data is inflated at most to the layer's size. Object layers
hand their objects to :mod:`game.content.tiled.objects`.
"""

from __future__ import annotations

import base64
import binascii
import warnings
from pathlib import Path
from xml.etree import ElementTree as ET

import numpy as np
import numpy.typing as npt

from game.content import bounded, limits
from game.content.errors import ContentError
from game.content.tiled.model import MapXml, TileLayerXml
from game.content.tiled.objects import read_objects
from game.content.tiled.problems import Problems, phrase, quote, shown_name
from game.content.tiled.xmlfile import Reader, float_attr, inside

LAYER_TAGS = ("layer", "objectgroup", "imagelayer")


def read_layers(m: MapXml, reader: Reader) -> None:
    """Sort ``m.layers`` by kind: tile layers decoded, object layers read, image layers checked.

    Names must be unique (the game finds layers by name); a layer that cannot
    be read is remembered as broken, so it is not also reported missing.
    """
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
            read_objects(m, element, name, problems)
        elif element.tag == "imagelayer":
            for image in element.findall("image"):
                if inside(reader.tree_root, map_dir, image.get("source", "")) is None:
                    problems.add(
                        f"image layer '{name}'",
                        "uses an image outside the map's own folder",
                        "keep images in the map's folder or a subfolder",
                    )


def layer_offset(element: ET.Element) -> tuple[float, float]:
    """A layer's own pixel offset (a bad number counts as none: it moves drawing, not rules)."""
    return (float_attr(element, "offsetx", 0.0) or 0.0, float_attr(element, "offsety", 0.0) or 0.0)


def _layer_look(element: ET.Element) -> tuple[bool, float]:
    visible = element.get("visible", "1") != "0"
    opacity = float_attr(element, "opacity", 1.0)
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
            raise ValueError(phrase(exc, source)) from None
    if len(raw) % 4:
        raise ValueError("the data is not a whole number of tiles")
    if len(raw) != size:
        raise _SizeMismatch(len(raw) // 4)
    return np.frombuffer(raw, dtype="<u4").astype(np.uint32)


def _as_gids(values: npt.NDArray[np.int64]) -> npt.NDArray[np.uint32]:
    if values.size and (int(np.min(values)) < 0 or int(np.max(values)) > 0xFFFFFFFF):
        raise ValueError("a tile id is out of range")
    return values.astype(np.uint32)
