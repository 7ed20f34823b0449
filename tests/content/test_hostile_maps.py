"""Hostile maps, tilesets and pictures: each is refused with one sentence, within its limit.

Every test damages one thing in a copy of the valid test map and checks what
the modder is told (the file, the object, the limit) and, where the danger was
memory, that refusing it stays within a few megabytes (``tracemalloc`` counts
numpy's and zlib's allocations too).
"""

from __future__ import annotations

import base64
import os
import shutil
import struct
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from game.content import images, limits
from game.content.catalog import find_track, mod_files, mod_tracks
from game.content.errors import ContentError
from game.content.tmx import check_map, load_map, read_header
from tests.content.tmx_helpers import MAPS, VALID, edited_copy

RING = VALID.read_text(encoding="utf-8")
GROUND_DATA = RING[RING.index('<data encoding="csv">') : RING.index("</data>") + len("</data>")]
PHYSICS_END = "</objectgroup>"


def refused(path: Path, *words: str, check: Callable[[Path], list[str]] = check_map) -> str:
    """The one message naming all ``words`` (every message starts with the file and says what to do)."""
    problems = check(path)
    assert problems, f"{path} was accepted"
    assert all(p.startswith(f"{path}: ") and ";" in p and p.endswith(".") for p in problems), problems
    matching = [p for p in problems if all(w in p for w in words)]
    assert matching, f"no message has all of {words}:\n" + "\n".join(problems)
    return matching[0]


def map_with(tmp_path: Path, edit: Callable[[str], str], name: str = "ring.tmx") -> Path:
    return edited_copy(tmp_path, edit, name)


def physics(extra: str) -> Callable[[str], str]:
    return lambda text: text.replace(PHYSICS_END, extra + PHYSICS_END, 1)


def peak_bytes(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
    finally:
        _now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


def zeros_deflated(total: int, wbits: int) -> bytes:
    """zlib (15) or gzip (31) data for ``total`` zero bytes, built from one repeated block."""
    block = 1 << 20
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = packer.compress(bytes(block)) + packer.flush(zlib.Z_FULL_FLUSH)
    raw = chunk * (total // block) + b"\x03\x00"
    if wbits == 15:
        return b"\x78\xda" + raw + struct.pack(">I", ((total % 65521) << 16) | 1)
    crc = 0
    for _ in range(total // block):
        crc = zlib.crc32(bytes(block), crc)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + raw + struct.pack("<II", crc, total & 0xFFFFFFFF)


def ground_base64(data: bytes, compression: str) -> Callable[[str], str]:
    encoded = base64.b64encode(data).decode()
    return lambda text: text.replace(
        GROUND_DATA, f'<data encoding="base64" compression="{compression}">{encoded}</data>', 1
    )


# --------------------------------------------------------------------------- tile data


@pytest.mark.parametrize(("compression", "wbits"), [("zlib", 15), ("gzip", 31)])
def test_a_bomb_that_fits_the_layer_size_is_inflated_only_to_the_layer(
    tmp_path: Path, compression: str, wbits: int
) -> None:
    """A 1 MB stream for a 1200-byte layer: inflation stops at the layer's size."""
    packed = zlib.compress(bytes(1 << 20), 9) if wbits == 15 else _gzip(bytes(1 << 20))
    assert len(packed) < 1200
    path = map_with(tmp_path, ground_base64(packed, compression))
    refused(path, "tile layer 'ground'", "unpacks to more than 1.2 KB")


def _gzip(data: bytes) -> bytes:
    import gzip

    return gzip.compress(data, 9)


@pytest.mark.parametrize(("compression", "wbits"), [("zlib", 15), ("gzip", 31)])
def test_a_gigabyte_bomb_is_refused_by_its_size_before_decoding(
    tmp_path: Path, compression: str, wbits: int
) -> None:
    path = map_with(tmp_path, ground_base64(zeros_deflated(1 << 30, wbits), compression))
    peak = peak_bytes(lambda: refused(path, "tile layer 'ground'", "larger than a layer of 300 tiles"))
    assert peak < 40 * limits.MB  # the file is ~1.4 MB of Base64; nothing near a gigabyte


def test_a_bomb_on_a_big_map_is_inflated_at_most_to_four_bytes_a_cell(tmp_path: Path) -> None:
    """1024x1024 cells may hold 4 MB of tile data; 512 MB of zeros stop at 4 MB."""
    size = 1024
    text = RING.replace('width="20" height="15" tilewidth', f'width="{size}" height="{size}" tilewidth')
    text = text.replace('width="20" height="15">', f'width="{size}" height="{size}">')
    for name, layer_id in (("decor", 2), ("overhead", 3)):
        start = text.index(f'<layer id="{layer_id}" name="{name}"')
        text = text[:start] + text[text.index("</layer>", start) + len("</layer>") :]
    bomb = base64.b64encode(zeros_deflated(512 << 20, 15)).decode()
    text = text.replace(GROUND_DATA, f'<data encoding="base64" compression="zlib">{bomb}</data>', 1)
    path = map_with(tmp_path, lambda _t: text)
    peak = peak_bytes(lambda: refused(path, "tile layer 'ground'", "unpacks to more than 4 MB"))
    assert peak < 64 * limits.MB


def test_csv_and_base64_are_checked_against_the_layer_size_before_decoding(tmp_path: Path) -> None:
    many = '<data encoding="csv">' + ",".join(["1"] * 1_000_000) + "</data>"
    path = map_with(tmp_path, lambda t: t.replace(GROUND_DATA, many, 1))
    refused(path, "tile layer 'ground'", "holds 1,000,000 tiles but the map is 20x15", "resize the map")
    plain = base64.b64encode(bytes(4 * 301)).decode()
    path = map_with(tmp_path, lambda t: t.replace(GROUND_DATA, f'<data encoding="base64">{plain}</data>', 1))
    refused(path, "tile layer 'ground'", "holds 301 tiles")


# --------------------------------------------------------------------------- tileset pictures


def _picture(tmp_path: Path, data: bytes | None, *, tsx_edit: Callable[[str], str] = lambda t: t) -> Path:
    path = map_with(tmp_path, lambda t: t)
    image = tmp_path / "tilesets" / "tiny.png"
    image.unlink()
    if data is not None:
        image.write_bytes(data)
    tsx = tmp_path / "tilesets" / "tiny.tsx"
    tsx.write_text(tsx_edit(tsx.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def _png(width: int, height: int, pixels: bytes | None = None, colour: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = (
        pixels
        if pixels is not None
        else zlib.compress(b"".join(b"\x00" + bytes(3 * width) for _ in range(height)))
    )
    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


@pytest.mark.parametrize("side", [60000, 20000])
def test_a_picture_too_big_to_decode_is_refused_from_its_header(tmp_path: Path, side: int) -> None:
    header_only = _png(side, side, pixels=zlib.compress(bytes(16)))
    path = _picture(tmp_path, header_only)
    for check in (check_map, _load_problems):  # a race start reads headers too
        peak = peak_bytes(
            lambda check=check: refused(  # type: ignore[misc]
                path, "tileset 'tiny'", "'tiny.png'", f"{side}x{side} pixels", "16,777,216", check=check
            )
        )
        assert peak < 16 * limits.MB


def _load_problems(path: Path) -> list[str]:
    try:
        load_map(path)
    except ContentError as exc:
        return exc.problems
    return []


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (None, ("does not exist", "put the PNG next to the tileset")),
        (b"GIF89a" + bytes(100), ("not a PNG file (it looks like a GIF)", "must be PNG")),
        (b"\xff\xd8\xff\xe0" + bytes(100), ("not a PNG file (it looks like a JPEG)",)),
        (b"\x89PNG\r\n\x1a\n\x00\x00", ("cut short",)),
        (_png(64, 32), ("64x32 pixels but the tileset says 128x32",)),
    ],
)
def test_every_picture_a_race_would_choke_on_is_named_at_load(
    tmp_path: Path, data: bytes | None, words: tuple[str, ...]
) -> None:
    path = _picture(tmp_path, data)
    refused(path, "tileset 'tiny' (tilesets/tiny.tsx)", "'tiny.png'", *words, check=_load_problems)


def test_damaged_pixel_data_is_found_by_check_map_not_at_every_race_start(tmp_path: Path) -> None:
    """The header is fine, the pixels are not: check-map and the mod list decode; a race start does not."""
    path = _picture(tmp_path, _png(128, 32, pixels=b"\x78\x9c" + os.urandom(300)))
    refused(path, "'tiny.png'", "damaged", "export the picture again")
    load_map(path)  # the renderer draws stand-ins for its tiles (tests/content/test_hostile_maps_render.py)


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda png: png[:-20], "cut short"),
        (lambda png: png[:40] + bytes([png[40] ^ 0xFF]) + png[41:], "checksum"),
        (lambda png: png.replace(b"IEND", b"IEN\x00"), "checksum"),
    ],
)
def test_check_map_walks_every_chunk(tmp_path: Path, damage: Callable[[bytes], bytes], words: str) -> None:
    path = _picture(tmp_path, damage((MAPS / "valid" / "tilesets" / "tiny.png").read_bytes()))
    refused(path, "'tiny.png'", words)


def test_a_picture_that_is_a_folder_or_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    path = _picture(tmp_path, None)
    (tmp_path / "tilesets" / "tiny.png").mkdir()
    refused(path, "'tiny.png'", "is a folder", check=_load_problems)
    if hasattr(os, "mkfifo"):
        (tmp_path / "tilesets" / "tiny.png").rmdir()
        os.mkfifo(tmp_path / "tilesets" / "tiny.png")
        refused(path, "'tiny.png'", "not a regular file")


def test_the_tileset_must_fit_its_picture(tmp_path: Path) -> None:
    path = _picture(
        tmp_path,
        (MAPS / "valid" / "tilesets" / "tiny.png").read_bytes(),
        tsx_edit=lambda t: t.replace('tilecount="4" columns="4"', 'tilecount="9" columns="4"'),
    )
    refused(path, "declares 4 columns and 9 tiles", "holds 4 columns and 4 tiles")


def test_bundled_pictures_pass_the_full_check() -> None:
    for png in sorted((MAPS.parents[2] / "levels" / "tilesets").glob("*.png")):
        info = images.verify_png(png)
        assert info.pixels <= limits.IMAGE_PIXELS


# --------------------------------------------------------------------------- structure and counts


def test_ten_thousand_nested_groups_are_refused_without_recursion(tmp_path: Path) -> None:
    depth = 10_000
    nest = "".join(f'<group id="{1000 + i}" name="g{i}">' for i in range(depth)) + "</group>" * depth
    path = map_with(tmp_path, lambda t: t.replace("</map>", nest + "</map>"))
    refused(path, "layer 'g64'", "nests group layers more than 64 levels deep")


def test_too_many_layers(tmp_path: Path) -> None:
    extra = "".join(f'<objectgroup id="{100 + i}" name="n{i}"/>' for i in range(limits.MAP_LAYERS))
    path = map_with(tmp_path, lambda t: t.replace("</map>", extra + "</map>"))
    refused(path, f"more than {limits.MAP_LAYERS} layers")


def test_too_many_objects_and_points(tmp_path: Path) -> None:
    notes = "".join(f'<object id="{1000 + i}" x="1" y="1"/>' for i in range(limits.MAP_OBJECTS))
    path = map_with(tmp_path, lambda t: t.replace('name="notes">', 'name="notes">' + notes, 1))
    refused(path, f"over the limit of {limits.MAP_OBJECTS:,}")
    points = " ".join(f"{i % 300},{i % 200}" for i in range(limits.OBJECT_POINTS + 1))
    path = map_with(
        tmp_path, physics(f'<object id="90" name="spiky" type="Wall"><polygon points="{points}"/></object>')
    )
    refused(
        path, "object 90 'spiky' (Wall)", f"{limits.OBJECT_POINTS + 1:,} points", "over the limit of 10,000"
    )
    each = " ".join(f"{i % 300},{i % 200}" for i in range(limits.OBJECT_POINTS))
    walls = "".join(
        f'<object id="{200 + k}" name="w{k}" type="Wall"><polyline points="{each}"/></object>'
        for k in range(limits.MAP_POINTS // limits.OBJECT_POINTS + 1)
    )
    path = map_with(tmp_path, physics(walls))
    refused(path, f"brings the map over {limits.MAP_POINTS:,} polygon and polyline points")


@pytest.mark.parametrize(
    ("cls", "most", "shape"),
    [
        ("Prop", limits.MAP_PROPS, "<point/>"),
        ("StartSlot", limits.MAP_START_SLOTS, "<point/>"),
        ("Checkpoint", limits.MAP_GATES, '<polyline points="0,0 0,20"/>'),
        ("Road", limits.MAP_ROADS, '<polyline points="0,0 20,0"/>'),
    ],
)
def test_each_class_has_a_count_limit(tmp_path: Path, cls: str, most: int, shape: str) -> None:
    objs = "".join(
        f'<object id="{1000 + i}" type="{cls}" x="300" y="90">{shape}</object>' for i in range(most + 1)
    )
    layer = {"Prop": "physics", "StartSlot": "race", "Checkpoint": "race", "Road": "ai"}[cls]
    path = map_with(tmp_path, lambda t: t.replace(f'name="{layer}">', f'name="{layer}">' + objs, 1))
    refused(path, f"{cls} objects, over the limit of {most:,}")


def test_lines_too_long_for_the_ai_and_zones_too_costly_to_paint(tmp_path: Path) -> None:
    zigzag = " ".join(f"{(i % 2) * 640},{i % 400}" for i in range(4000))
    path = map_with(tmp_path, lambda t: t.replace("0,0 448,0 448,288 0,288", zigzag, 1))
    refused(path, "object 14 'line' (RacingLine)", "over the limit of 200 km")


def test_zones_are_charged_for_their_rows(tmp_path: Path) -> None:
    edges = " ".join(f"{(i // 2) * 0.1:.1f},{0 if i % 4 in (0, 3) else 470}" for i in range(9_000))
    zones = "".join(
        f'<object id="{300 + k}" name="z{k}" type="SurfaceZone"><polygon points="{edges}"/></object>'
        for k in range(40)
    )
    path = map_with(tmp_path, physics(zones))
    refused(path, "SurfaceZone", "over 2,000,000 edge-by-row tests", "fewer points")


def test_the_map_size_in_metres_is_bounded(tmp_path: Path) -> None:
    path = map_with(
        tmp_path,
        lambda t: t.replace(
            '<property name="laps" type="int" value="2"/>',
            '<property name="pixels_per_metre" type="float" value="0.5"/>',
        ),
    )
    assert not any("m a side" in p for p in check_map(path))  # 640 px at 0.5 px/m: 1.3 km, fine
    text = RING.replace(
        'tilewidth="32" tileheight="32" infinite', 'tilewidth="512" tileheight="512" infinite'
    )
    text = text.replace(
        '<property name="laps" type="int" value="2"/>',
        '<property name="pixels_per_metre" type="float" value="0.5"/>',
    )
    path = map_with(tmp_path, lambda _t: text, "wide.tmx")
    refused(path, "the map", "over the limit of 6,000 m a side")


def test_tile_sizes_and_counts_are_bounded(tmp_path: Path) -> None:
    text = RING.replace(
        'tilewidth="32" tileheight="32" infinite', 'tilewidth="4096" tileheight="4096" infinite'
    )
    refused(map_with(tmp_path, lambda _t: text, "big-tiles.tmx"), "4096x4096 px tiles", "at most 512 px")
    path = _picture(
        tmp_path,
        (MAPS / "valid" / "tilesets" / "tiny.png").read_bytes(),
        tsx_edit=lambda t: t.replace('tilecount="4"', 'tilecount="70000"'),
    )
    refused(path, "70,000 tiles, over the limit of 65,536")
    refs = "".join(f'<tileset firstgid="{100 + 4 * i}" source="tilesets/tiny.tsx"/>' for i in range(64))
    refused(
        map_with(tmp_path, lambda t: t.replace('<layer id="1"', refs + '<layer id="1"', 1), "many.tmx"),
        "uses 65 tilesets, over the limit of 64",
    )


# --------------------------------------------------------------------------- budgets shared by a map's files


def test_tilesets_and_templates_share_one_budget(tmp_path: Path) -> None:
    filler = "x" * (12 << 20)
    path = map_with(tmp_path, lambda t: t)
    refs = ""
    for i in range(3):
        tsx = (
            (tmp_path / "tilesets" / "tiny.tsx")
            .read_text()
            .replace("<tileset ", f'<tileset class="{filler}" ', 1)
        )
        (tmp_path / "tilesets" / f"t{i}.tsx").write_text(tsx, encoding="utf-8")
        refs += f'<tileset firstgid="{10 + 4 * i}" source="tilesets/t{i}.tsx"/>'
    path.write_text(RING.replace('<layer id="1"', refs + '<layer id="1"', 1), encoding="utf-8")
    peak = peak_bytes(lambda: refused(path, "tileset 4 (tilesets/t2.tsx)", "over 32 MB in all"))
    assert peak < 4 * limits.MAP_XML_BYTES  # the parser's copies of what the budget let in, no more


def test_a_template_is_read_once_and_each_copy_is_charged(tmp_path: Path) -> None:
    props = "".join(f'<property name="p{i}" value="{i}"/>' for i in range(1000))
    (tmp_path / "note.tx").write_text(
        f'<template><object width="4" height="4"><properties>{props}</properties></object></template>',
        encoding="utf-8",
    )
    copies = "".join(f'<object id="{1000 + i}" template="note.tx" x="1" y="1"/>' for i in range(300))
    path = map_with(tmp_path, lambda t: t.replace('name="notes">', 'name="notes">' + copies, 1))
    refused(path, f"over {limits.MAP_ELEMENTS:,} XML elements in all")


def test_a_map_larger_than_the_file_limit_is_not_read(tmp_path: Path) -> None:
    path = map_with(tmp_path, lambda t: t.replace("</map>", "<!--" + "x" * (17 << 20) + "--></map>"))
    message = refused(path, "the map cannot be read", "over the limit of 16 MB")
    with pytest.raises(ContentError, match="over the limit of 16 MB"):
        read_header(path)
    assert len(message) < 300


# --------------------------------------------------------------------------- XML tricks


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE map [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        '<!DOCTYPE map [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ],
)
def test_documents_with_a_dtd_are_refused(tmp_path: Path, prolog: str) -> None:
    path = map_with(
        tmp_path, lambda t: t.replace("<map ", prolog + "\n<map ", 1).replace("Tiny Test Ring", "&b;")
    )
    refused(path, "the map", "declares a DTD")
    with pytest.raises(ContentError, match="declares a DTD"):
        read_header(path)


def test_other_encodings_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "utf16.tmx"
    shutil.copytree(MAPS / "valid" / "tilesets", tmp_path / "tilesets")
    path.write_bytes(RING.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    refused(path, "the map", "is not UTF-8 text")
    path.write_bytes(RING.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode())
    refused(path, "the map", "declares the text encoding 'ISO-8859-1'")


# --------------------------------------------------------------------------- names and texts


def test_a_ten_million_character_name_is_refused_quoting_a_short_prefix(tmp_path: Path) -> None:
    path = map_with(tmp_path, lambda t: t.replace("Tiny Test Ring", "W" * 10_000_000))
    message = refused(path, "the map", "property 'name'", "10,000,000 characters", "over the limit of 120")
    assert len(message) < 400 and "W" * 41 not in message
    with pytest.raises(ContentError) as info:
        read_header(path)
    assert "over the limit of 120" in str(info.value) and len(str(info.value)) < 400


def test_long_object_names_and_property_texts(tmp_path: Path) -> None:
    path = map_with(tmp_path, lambda t: t.replace('name="outer"', f'name="{"W" * 500}"'))
    message = refused(path, "(Wall)", "a name of 500 characters, over the limit of 120")
    assert "W" * 41 not in message
    path = map_with(tmp_path, lambda t: t.replace('value="tests"', f'value="{"a" * 300}"'))
    refused(path, "property 'author'", "over the limit of 120")
    note = f'<properties><property name="note" value="{"n" * (limits.TEXT_CHARS + 1)}"/></properties>'
    path = map_with(
        tmp_path,
        lambda t: t.replace(
            'name="pit" type="Trigger" x="64" y="160" width="64" height="32"/>',
            f'name="pit" type="Trigger" x="64" y="160" width="64" height="32">{note}</object>',
        ),
    )
    refused(path, "object 17 'pit'", "property 'note'", "over the limit of 4,000")


def test_huge_numbers_are_refused_without_quoting_them(tmp_path: Path) -> None:
    path = map_with(
        tmp_path,
        lambda t: t.replace(
            'name="index" type="int" value="1"', f'name="index" type="int" value="{"9" * 1000}"'
        ),
    )
    message = refused(path, "property 'index' is not a whole number")
    assert "9" * 41 not in message
    path = map_with(
        tmp_path,
        lambda t: t.replace('<object id="1" name="outer"', f'<object id="{"7" * 5000}" name="outer"'),
    )
    message = refused(path, "has no valid id")
    assert "7" * 41 not in message


# --------------------------------------------------------------------------- props and coordinates


@pytest.mark.parametrize(
    ("prop", "value", "words"),
    [
        ("mass_kg", "1e300", "0.5 to 5000 kg"),
        ("mass_kg", "0.01", "0.5 to 5000 kg"),
        ("radius_m", "1e-300", "0.1 to 4 m"),
        ("radius_m", "1e6", "0.1 to 4 m"),
    ],
)
def test_prop_sizes_and_masses_stay_where_the_physics_works(
    tmp_path: Path, prop: str, value: str, words: str
) -> None:
    extra = (
        f'<object id="95" name="odd" type="Prop" x="420" y="120"><properties>'
        f'<property name="{prop}" type="float" value="{value}"/></properties><point/></object>'
    )
    refused(map_with(tmp_path, physics(extra)), "object 95 'odd' (Prop)", f"{prop} = ", words)


def test_props_at_the_ends_of_their_ranges_load_and_zero_is_the_default(tmp_path: Path) -> None:
    extra = "".join(
        f'<object id="{95 + k}" name="p{k}" type="Prop" x="{300 + 20 * k}" y="300"><properties>'
        f'<property name="radius_m" type="float" value="{r}"/>'
        f'<property name="mass_kg" type="float" value="{m}"/>'
        "</properties><point/></object>"
        for k, (r, m) in enumerate([(0.1, 0.5), (4.0, 5000.0), (0.0, 0.0)])
    )
    track = load_map(map_with(tmp_path, physics(extra))).track
    by_name = {p.name: p for p in track.props}
    assert (by_name["p0"].radius, by_name["p0"].mass) == (0.1, 0.5)
    assert (by_name["p1"].radius, by_name["p1"].mass) == (4.0, 5000.0)
    assert (by_name["p2"].radius, by_name["p2"].mass) == (0.3, 4.0)  # a cone's defaults


def test_extreme_props_keep_the_physics_finite(tmp_path: Path) -> None:
    """A car driven through props at both ends of the ranges: every body stays finite and on the map."""
    from game.content.vehicles import load_vehicles
    from game.paths import VEHICLES_FILE
    from game.sim.controls import Controls
    from game.sim.world import World

    extra = "".join(
        f'<object id="{95 + k}" name="p{k}" type="Prop" x="{280 + 12 * k}" y="{80 + 8 * (k % 3)}">'
        "<properties>"
        f'<property name="radius_m" type="float" value="{r}"/>'
        f'<property name="mass_kg" type="float" value="{m}"/>'
        "</properties><point/></object>"
        for k, (r, m) in enumerate([(0.1, 0.5), (0.1, 5000.0), (4.0, 0.5), (4.0, 5000.0)] * 3)
    )
    track = load_map(map_with(tmp_path, physics(extra))).track
    world = World(track, seed=1)
    spec = next(iter(load_vehicles(VEHICLES_FILE).values()))
    slot = track.start_slots[0]
    car = world.add_vehicle(spec, slot.x, slot.y, slot.heading)
    for _ in range(120 * 8):
        world.step({car: Controls(throttle=1.0)})
    state = world._bodies_state
    assert np.isfinite(state).all()
    assert np.abs(state[:, :2]).max() < 10 * max(track.width_m, track.height_m)


def test_objects_far_outside_the_map_are_refused(tmp_path: Path) -> None:
    path = map_with(
        tmp_path,
        lambda t: t.replace(
            'name="top" type="Road" x="96" y="96"', 'name="top" type="Road" x="1e300" y="96"'
        ),
    )
    refused(path, "object 15 'top' (Road)", "lies far outside the map")


# --------------------------------------------------------------------------- the mods folder


@pytest.fixture
def mods(tmp_path: Path) -> Path:
    root = tmp_path / "mods"
    shutil.copytree(MAPS / "valid", root / "pack")
    return root


def test_links_leading_out_of_the_mods_folder_are_never_listed(mods: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    shutil.copytree(MAPS / "valid", outside)
    secret = outside / "secret.tmx"
    secret.write_text("root:SECRET-HASH:19000:0:99999:7:::\n")
    os.symlink(secret, mods / "secret.tmx")
    os.symlink(outside, mods / "linked", target_is_directory=True)
    entries = mod_tracks(mods)
    assert [e.id for e in entries] == ["mod:pack/ring"]
    assert all("SECRET" not in (e.error or "") for e in entries)


def test_links_inside_the_mods_folder_and_a_linked_mods_folder_are_fine(mods: Path, tmp_path: Path) -> None:
    os.symlink(mods / "pack" / "ring.tmx", mods / "pack" / "again.tmx")
    os.symlink(mods, tmp_path / "mods-link", target_is_directory=True)
    assert [e.id for e in mod_tracks(tmp_path / "mods-link") if e.error is None] == [
        "mod:pack/again",
        "mod:pack/ring",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_pipes_in_the_mods_folder_never_block_the_list(mods: Path) -> None:
    os.mkfifo(mods / "pipe.tmx")
    assert mods / "pipe.tmx" not in mod_files(mods)
    (mods / "pack" / "tilesets" / "tiny.tsx").unlink()
    os.mkfifo(mods / "pack" / "tilesets" / "tiny.tsx")
    (entry,) = mod_tracks(mods)
    assert entry.error is not None and "not a regular file" in entry.error
    with pytest.raises(ContentError, match="not a regular file"):
        find_track(str(mods / "pipe.tmx"))


def test_the_mod_list_decodes_pictures(mods: Path) -> None:
    image = mods / "pack" / "tilesets" / "tiny.png"
    data = bytearray(image.read_bytes())
    data[-20] ^= 0xFF  # inside the pixel data: header fine, checksum not
    image.write_bytes(bytes(data))
    (entry,) = mod_tracks(mods)
    assert entry.error is not None and "tiny.png" in entry.error
