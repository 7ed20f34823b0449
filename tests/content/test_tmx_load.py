"""The map loader on valid input: units, shapes, rotation, surfaces, defaults, render data."""

from __future__ import annotations

import base64
import gzip
import json
import math
import re
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

from game.content.errors import ContentError
from game.content.mapdata import FLIP_HORIZONTAL
from game.content.tmx import (
    PROJECT_FILE,
    PROP_DEFAULTS,
    LoadedMap,
    check_map,
    load_map,
    read_header,
    schema,
)
from game.sim.surfaces import SURFACE_NAMES, Surface
from tests.content.tmx_helpers import VALID, edited_copy

PPM = 8.0  # the test map uses the default scale: 32 px tiles are 4 m


@pytest.fixture(scope="module")
def ring() -> LoadedMap:
    return load_map(VALID)


def test_map_settings_and_size(ring: LoadedMap) -> None:
    t = ring.track
    assert (t.id, t.name, t.kind, t.laps, t.night) == ("ring", "Tiny Test Ring", "circuit", 2, False)
    assert (t.width_m, t.height_m) == (20 * 32 / PPM, 15 * 32 / PPM)
    assert t.properties["author"] == "tests"


def test_walls_in_metres_closed_for_rectangles_and_polygons(ring: LoadedMap) -> None:
    outer, inner = ring.track.walls
    assert outer.closed and inner.closed
    assert outer.points == ((7.5, 7.5), (72.5, 7.5), (72.5, 52.5), (7.5, 52.5))
    assert inner.points[0] == (132 / PPM, 132 / PPM) and inner.points[2] == (508 / PPM, 348 / PPM)
    assert len(outer.segments()) == 4


def test_start_slots_sorted_by_index_on_the_road(ring: LoadedMap) -> None:
    slots = ring.track.start_slots
    assert [s.index for s in slots] == [0, 1, 2, 3]
    assert (slots[0].x, slots[0].y, slots[0].heading) == (30.0, 10.5, 0.0)
    for s in slots:
        assert ring.track.surfaces.surface_at(s.x, s.y) is Surface.ASPHALT


def test_gates_and_racing_line(ring: LoadedMap) -> None:
    t = ring.track
    assert [c.name for c in t.checkpoints] == ["cp right", "cp bottom", "cp left"]
    assert t.checkpoints[0].a == (64.0, 30.0) and t.checkpoints[0].b == (72.0, 30.0)
    assert t.finish is not None and t.finish.a == (37.5, 8.0) and t.finish.b == (37.5, 16.0)
    assert t.racing_line == ((12.0, 12.0), (68.0, 12.0), (68.0, 48.0), (12.0, 48.0))


def test_surface_grid_from_tiles_decor_and_zones(ring: LoadedMap) -> None:
    grid = ring.track.surfaces
    assert grid.cells.shape == (15, 20) and grid.cell_m == 4.0
    assert grid.cells.dtype == np.uint8
    assert grid.surface_at(1, 1) is Surface.GRASS  # ground tile
    assert grid.surface_at(2 * 4 + 1, 2 * 4 + 1) is Surface.KERB  # decor tile overrides the road
    assert grid.surface_at(3 * 4 + 1, 2 * 4 + 1) is Surface.ASPHALT
    assert grid.surface_at(1, 14 * 4 + 1) is Surface.SAND
    oil = {(int(r), int(c)) for r, c in np.argwhere(grid.cells == Surface.OIL)}
    assert oil == {(11, 8), (11, 9), (12, 8), (12, 9)}  # cells whose centres lie in the zone
    assert grid.surface_at(-5, -5) is Surface.GRASS  # outside: the map's default surface


def test_props_get_kind_defaults_unless_set(ring: LoadedMap) -> None:
    cone, barrel = ring.track.props
    assert (cone.kind, cone.radius, cone.mass, cone.x, cone.y) == ("cone", 0.3, 4.0, 52.5, 12.5)
    assert (barrel.kind, barrel.radius, barrel.mass) == ("barrel", 0.6, 60.0)


def test_roads_join_ends_within_two_metres(ring: LoadedMap) -> None:
    graph = ring.track.road_graph
    assert len(graph.nodes) == 3 and len(graph.edges) == 2
    top, right = graph.edges
    assert top.b == right.a  # (68, 12) and (68.25, 12.25) are 0.35 m apart
    assert (top.lanes, top.speed_kmh, right.speed_kmh) == (2, 50.0, 80.0)
    assert graph.edges_at(top.b) == [0, 1]
    assert ring.track.roads == (top.points, right.points)
    assert top.length == pytest.approx(56.0)


def test_triggers_by_name(ring: LoadedMap) -> None:
    (pit,) = ring.track.triggers
    assert pit.name == "pit" and pit.polygon == ((8.0, 20.0), (16.0, 20.0), (16.0, 24.0), (8.0, 24.0))


def test_render_description(ring: LoadedMap) -> None:
    r = ring.render
    assert (r.width_tiles, r.height_tiles, r.tile_width, r.pixels_per_metre) == (20, 15, 32, PPM)
    assert r.layer_order == ("ground", "decor", "overhead")
    assert r.layers["ground"].gids.shape == (15, 20) and r.layers["ground"].gids.dtype == np.uint32
    assert r.layers["overhead"].gids[0, 0] == 2
    assert r.layers["overhead"].flips[0, 0] == FLIP_HORIZONTAL
    (ts,) = r.tilesets
    assert (ts.name, ts.first_gid, ts.tile_count, ts.columns) == ("tiny", 1, 4, 4)
    assert ts.image is not None and ts.image.is_file() and ts.image.name == "tiny.png"
    assert ts.tile_properties[2] == {"surface": "kerb"}
    assert r.tileset_for(3) is ts and r.tileset_for(99) is None
    assert ts.source_rect(3) == (64, 0, 32, 32)


def test_check_map_is_empty_for_a_valid_map() -> None:
    assert check_map(VALID) == []


def test_header_without_loading() -> None:
    assert read_header(VALID) == ("Tiny Test Ring", "circuit")


def test_rotation_turns_objects_clockwise_about_their_origin(tmp_path: Path) -> None:
    path = edited_copy(
        tmp_path,
        lambda t: t.replace(
            'type="StartSlot" x="210" y="108" rotation="0"', 'type="StartSlot" x="210" y="108" rotation="90"'
        ).replace('type="Trigger" x="64" y="160"', 'type="Trigger" x="64" y="160" rotation="90"'),
    )
    track = load_track_ok(path)
    assert track.start_slots[3].heading == pytest.approx(math.pi / 2)  # facing down the screen
    (pit,) = track.triggers
    # the 8 m x 4 m box swings about its top-left corner (8, 20): +x becomes +y
    expected = [(8.0, 20.0), (8.0, 28.0), (4.0, 28.0), (4.0, 20.0)]
    for got, want in zip(pit.polygon, expected, strict=True):
        assert got == pytest.approx(want)


def load_track_ok(path: Path):  # type: ignore[no-untyped-def]
    return load_map(path).track


def test_tiled_19_class_attribute_is_read_like_type(tmp_path: Path) -> None:
    path = edited_copy(tmp_path, lambda t: t.replace('type="Wall"', 'class="Wall"'))
    assert len(load_track_ok(path).walls) == 2


def test_scale_property_converts_pixels_to_metres(tmp_path: Path) -> None:
    path = edited_copy(
        tmp_path,
        lambda t: t.replace(
            '<property name="author"',
            '<property name="pixels_per_metre" type="float" value="16"/>\n  <property name="author"',
        ),
    )
    track = load_track_ok(path)
    assert track.width_m == 40.0 and track.surfaces.cell_m == 2.0
    assert track.walls[0].points[0] == (60 / 16, 60 / 16)


def _encode(rows_csv: str, compression: str | None) -> str:
    values = [int(v) for v in rows_csv.replace("\n", "").split(",")]
    raw = np.array(values, dtype="<u4").tobytes()
    if compression == "zlib":
        raw = zlib.compress(raw)
    elif compression == "gzip":
        raw = gzip.compress(raw)
    return base64.b64encode(raw).decode()


@pytest.mark.parametrize("compression", [None, "zlib", "gzip"])
def test_base64_layers_decode_like_csv(tmp_path: Path, compression: str | None) -> None:
    def to_base64(text: str) -> str:
        def repl(m: re.Match[str]) -> str:
            attrs = 'encoding="base64"' + (f' compression="{compression}"' if compression else "")
            return f"<data {attrs}>{_encode(m.group(1), compression)}</data>"

        return re.sub(r'<data encoding="csv">(.*?)</data>', repl, text, flags=re.S)

    path = edited_copy(tmp_path, to_base64)
    assert "csv" not in path.read_text()
    loaded = load_map(path)
    reference = load_map(VALID)
    assert np.array_equal(loaded.track.surfaces.cells, reference.track.surfaces.cells)
    for name, layer in reference.render.layers.items():
        assert np.array_equal(loaded.render.layers[name].gids, layer.gids)
        assert np.array_equal(loaded.render.layers[name].flips, layer.flips)


def test_templates_are_resolved_inside_the_map_folder(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "slot.tx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<template>\n'
        ' <object type="StartSlot" name="from template"><properties>'
        '<property name="index" type="int" value="3"/></properties><point/></object>\n</template>\n'
    )
    path = edited_copy(
        tmp_path,
        lambda t: re.sub(
            r'<object id="9" name="P4".*?</object>',
            '<object id="9" template="templates/slot.tx" x="210" y="108"/>',
            t,
            flags=re.S,
        ),
    )
    slots = load_track_ok(path).start_slots
    assert [s.index for s in slots] == [0, 1, 2, 3] and (slots[3].x, slots[3].y) == (26.25, 13.5)


def test_free_roam_needs_roads_not_a_race_layer(tmp_path: Path) -> None:
    def free_roam(text: str) -> str:
        text = text.replace(
            '<property name="laps"', '<property name="kind" value="free-roam"/>\n  <property name="laps"'
        )
        text = re.sub(r'<object id="1[0-3]".*?</object>', "", text, flags=re.S)  # no gates
        return re.sub(r'<object id="14".*?</object>', "", text, flags=re.S)  # no racing line

    track = load_track_ok(edited_copy(tmp_path, free_roam))
    assert track.kind == "free-roam" and not track.checkpoints and track.finish is None
    assert len(track.road_graph.edges) == 2


def test_project_file_schema_matches_the_game() -> None:
    classes = schema()
    for name in (
        "Track",
        "StartSlot",
        "Checkpoint",
        "FinishLine",
        "Wall",
        "SurfaceZone",
        "Prop",
        "RacingLine",
        "Road",
        "Trigger",
    ):
        assert name in classes
    assert classes["SurfaceZone"]["surface"].choices == SURFACE_NAMES
    assert classes["Track"]["pixels_per_metre"].default == 8
    assert classes["Track"]["kind"].choices == ("circuit", "free-roam")
    assert classes["Road"]["lanes"].default == 2 and classes["Road"]["speed_kmh"].default == 50


def test_content_never_imports_pygame() -> None:
    code = (
        "import sys\n"
        "from game.content.tmx import load_map\n"
        f"load_map({str(VALID)!r})\n"
        "print(sorted(m for m in sys.modules if m.startswith('pygame')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert "pygame" not in result.stderr


def test_missing_file_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as info:
        load_map(tmp_path / "nope.tmx")
    (message,) = info.value.problems
    assert "nope.tmx" in message and "cannot be read" in message


def test_project_file_is_in_the_shape_tiled_18_reads() -> None:
    """Tiled 1.8 reads enums and classes from ``propertyTypes``; ids and names must be unique,
    enums stored as strings, and every member typed with a default of that type."""
    data = json.loads(PROJECT_FILE.read_text(encoding="utf-8"))
    types = data["propertyTypes"]
    assert len({t["id"] for t in types}) == len(types) and all(t["id"] > 0 for t in types)
    assert len({t["name"] for t in types}) == len(types)
    enums: dict[str, list[str]] = {}
    for t in types:
        assert t["type"] in ("enum", "class")
        if t["type"] == "enum":
            assert t["storageType"] == "string" and t["valuesAsFlags"] is False
            assert t["values"] and len(set(t["values"])) == len(t["values"])
            enums[t["name"]] = t["values"]
            continue
        for m in t["members"]:
            assert m["type"] in ("string", "int", "float", "bool")
            python_type = {"string": str, "int": int, "float": (int, float), "bool": bool}[m["type"]]
            assert isinstance(m["value"], python_type), m
            if "propertyType" in m:
                assert m["value"] in enums[m["propertyType"]], m  # enums are defined before use
    assert enums["Surface"] == list(SURFACE_NAMES)
    assert set(PROP_DEFAULTS) == set(enums["PropKind"])


def test_tile_animations_reach_the_render_description(tmp_path: Path) -> None:
    path = edited_copy(tmp_path, lambda t: t)
    tsx = tmp_path / "tilesets" / "tiny.tsx"
    tsx.write_text(
        tsx.read_text().replace(
            '<tile id="3">',
            '<tile id="3"><animation><frame tileid="3" duration="200"/>'
            '<frame tileid="1" duration="300"/></animation>',
        )
    )
    (ts,) = load_map(path).render.tilesets
    assert ts.animations == {3: ((3, 200), (1, 300))}
    assert ts.tile_properties[3] == {"surface": "sand"}


def test_object_layer_offsets_move_their_objects(tmp_path: Path) -> None:
    """What you see in Tiled is what you race: a layer offset (and its group's) moves the objects."""
    path = edited_copy(
        tmp_path,
        lambda t: t.replace('<objectgroup id="7" name="mission">', '<group id="9" name="g" offsetx="8">'
                            '<objectgroup id="7" name="mission" offsety="16">')
        .replace('</objectgroup>\n <objectgroup id="8"', '</objectgroup></group>\n <objectgroup id="8"'),
    )  # fmt: skip
    (pit,) = load_map(path).track.triggers
    assert pit.polygon[0] == (9.0, 22.0)  # (64 + 8, 160 + 16) px at 8 px/m
