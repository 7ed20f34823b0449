"""Generated tilesets: well-formed Tiled files, surfaces where the game needs them,
seamless terrain, and road edges that read against every verge."""

from __future__ import annotations

import itertools
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from assets.art import pieces
from assets.art.tiles import TERRAINS, VARIANTS, quantise
from assets.art.tilesets import EDGE_PAIRS
from game.paths import LEVELS_DIR

TILESETS = sorted((LEVELS_DIR / "tilesets").glob("*.tsx"))
SURFACES = set(["asphalt", "concrete", "kerb", "dirt", "sand", "grass", "gravel", "oil", "water"])
GROUND_SETS = {"terrain"} | {f"edges-{a}-{b}" for a, b, _ in EDGE_PAIRS}


def _lum(img: np.ndarray) -> np.ndarray:
    rgb = img[..., :3].astype(np.float64)
    return rgb @ np.array([0.299, 0.587, 0.114])


def test_every_tileset_is_bundled() -> None:
    names = {p.stem for p in TILESETS}
    assert GROUND_SETS | {"lines", "kerbs", "decor", "props"} <= names


@pytest.mark.parametrize("tsx", TILESETS, ids=lambda p: p.stem)
def test_tsx_matches_its_image_and_tags_ground_surfaces(tsx: Path) -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    root = ET.parse(tsx).getroot()
    assert root.get("tilewidth") == root.get("tileheight") == "32"
    image = root.find("image")
    assert image is not None
    png = tsx.parent / image.get("source", "")
    assert png.is_file() and png.parent == tsx.parent
    w, h = pygame.image.load(str(png)).get_size()
    assert (w, h) == (int(image.get("width", "0")), int(image.get("height", "0")))
    columns, count = int(root.get("columns", "0")), int(root.get("tilecount", "0"))
    assert w == columns * 32 and (count + columns - 1) // columns == h // 32
    tiles = root.findall("tile")
    assert len(tiles) == count
    assert not root.findall(".//objectgroup"), "no embedded collision shapes"
    for tile in tiles:
        props = {p.get("name"): p.get("value") for p in tile.iter("property")}
        if tsx.stem in GROUND_SETS:
            assert props.get("surface") in SURFACES, (tile.get("id"), props)
        else:
            assert "surface" not in props


@pytest.mark.parametrize("name", sorted(TERRAINS))
def test_terrain_variants_tile_seamlessly_in_any_mix(name: str) -> None:
    """Across a tile border the colour jumps no more than it does inside a tile."""
    tiles = [quantise(TERRAINS[name].texture(v)).astype(np.float64) for v in range(VARIANTS)]
    # the roughest step between neighbouring columns or rows inside a tile
    # (concrete has slab joints inside its tiles as well as on their borders)
    inside = max(
        max(np.abs(np.diff(_lum(t), axis=ax)).mean(axis=1 - ax).max() for ax in (0, 1)) for t in tiles
    )
    for a, b in itertools.product(tiles, repeat=2):
        seam_h = np.abs(_lum(a)[:, -1] - _lum(b)[:, 0]).mean()
        seam_v = np.abs(_lum(a)[-1, :] - _lum(b)[0, :]).mean()
        assert seam_h <= 1.5 * inside + 2.0, (seam_h, inside)
        assert seam_v <= 1.5 * inside + 2.0, (seam_v, inside)


@pytest.mark.parametrize(
    ("inside", "outside", "style"), [p for p in EDGE_PAIRS if p[2] in ("line", "kerbstone")]
)
def test_road_edges_read_against_the_verge(inside: str, outside: str, style: str) -> None:
    road = _lum(quantise(TERRAINS[inside].texture(0))).mean()
    verge = _lum(quantise(TERRAINS[outside].texture(0))).mean()
    edge = quantise(pieces.cut_tile(inside, outside, style, (1, 1, 3, 1, 0)))
    lum = _lum(edge)
    # the edge treatment adds a bright stripe (painted line or kerbstone) ...
    assert (lum > 175).mean() > 0.05, style
    # ... and the verge is far from asphalt grey in colour or brightness
    colour_gap = np.abs(
        TERRAINS[inside].texture(0)[..., :3].mean(axis=(0, 1))
        - TERRAINS[outside].texture(0)[..., :3].mean(axis=(0, 1))
    ).max()
    assert abs(road - verge) >= 25 or colour_gap >= 40


@pytest.mark.parametrize(
    ("inside", "outside", "style"), [p for p in EDGE_PAIRS if p[2] not in ("soft", "canopy")]
)
def test_a_straight_edge_continues_across_tiles(inside: str, outside: str, style: str) -> None:
    """Painted edges (lines, kerbstones, quay lips, cliff rims) line up tile to tile.

    Ragged styles (soft, canopy) wobble inside the tile by design.
    """
    for pos in range(4):
        tile = quantise(pieces.cut_tile(inside, outside, style, (1, pos, 3, pos, 0)))
        diff = np.abs(_lum(tile)[:, -2] - _lum(tile)[:, 1])
        assert np.median(diff) < 12, (pos, np.median(diff))


def test_barriers_are_as_wide_as_a_physics_wall() -> None:
    """Walls are 0.5 m radius segments (8 px wide at 8 px/m); the drawn barrier matches."""
    for style in ("armco", "concrete", "tyres", "street"):
        tile = quantise(pieces.line_tile(style, (1, 1, 3, 1)))
        solid = (tile[..., 3] > 200).any(axis=1)
        rows = np.nonzero(solid)[0]
        assert 5 <= rows.max() - rows.min() + 1 <= 10, style
