"""Every bundled map loads and validates, exactly as a mod would.

The list is read from ``levels/*.tmx`` at collection time, so maps added
later are tested with no change here; the loader's own test map is always in
the list, so this module tests a real file even before any track exists.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.catalog import bundled_tracks
from game.content.tmx import ROAD_SURFACES, check_map, load_map
from game.paths import LEVELS_DIR
from tests.content.tmx_helpers import VALID

BUNDLED = sorted(LEVELS_DIR.glob("*.tmx"))
FULL_GRID = 8
"""A quick race is the player plus up to seven rivals."""


@pytest.mark.parametrize("path", [VALID, *BUNDLED], ids=lambda p: p.name)
def test_map_loads_and_validates(path: Path) -> None:
    assert check_map(path) == []
    loaded = load_map(path)
    track, render = loaded.track, loaded.render
    assert track.name and track.kind in ("circuit", "free-roam")
    assert track.width_m > 0 and track.height_m > 0
    assert track.surfaces.cells.shape == (render.height_tiles, render.width_tiles)
    assert "ground" in render.layers and render.tilesets
    for ts in render.tilesets:
        assert ts.image is None or ts.image.is_file(), ts.image
        assert ts.image is None or ts.image.is_relative_to(path.resolve().parent)
    for slot in track.start_slots:
        assert track.surfaces.surface_at(slot.x, slot.y) in ROAD_SURFACES
    if track.kind == "circuit":
        assert track.checkpoints and track.finish is not None


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_circuits_seat_a_full_grid(path: Path) -> None:
    track = load_map(path).track
    if track.kind == "circuit":
        assert len(track.start_slots) >= FULL_GRID


def test_catalog_lists_every_bundled_map_without_errors() -> None:
    entries = bundled_tracks()
    assert [e.file for e in entries] == BUNDLED
    assert all(e.error is None and e.source == "bundled" for e in entries)
    assert len({e.id for e in entries}) == len(entries)
