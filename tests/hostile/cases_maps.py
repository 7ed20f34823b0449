"""Hostile maps, tilesets and tileset images, and tricks played on the mods folder.

Each case starts from the valid test map (``tests/content/maps/valid``: a
20x15 ring, one 4-tile tileset, one 128x32 PNG) and damages one thing, so the
only problem in the folder is the one the case is about. ``expect`` is a piece
of the sentence the game answers with once the input is refused.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from pathlib import Path

from tests.hostile.cases import case, python_snippet

VALID = Path(__file__).resolve().parents[1] / "content" / "maps" / "valid"
RING = (VALID / "ring.tmx").read_text(encoding="utf-8")
TSX = (VALID / "tilesets" / "tiny.tsx").read_text(encoding="utf-8")
W, H = 20, 15
GROUND_CSV_START = '<layer id="1" name="ground" width="20" height="15">\n  <data encoding="csv">'
PHYSICS_END = "</objectgroup>"


# --------------------------------------------------------------------------- building blocks


def _ring(folder: Path, text: str = RING, name: str = "ring.tmx") -> Path:
    """The valid map (possibly edited) in ``folder`` beside a copy of its tileset."""
    shutil.copytree(VALID / "tilesets", folder / "tilesets", dirs_exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _mod(folder: Path, text: str = RING) -> Path:
    """The valid map as a loose mod: ``home/mods/ring.tmx`` with its tileset."""
    mods = folder / "home" / "mods"
    mods.mkdir(parents=True, exist_ok=True)
    return _ring(mods, text)


def _with_ground(data_element: str) -> str:
    """The ring with its ground layer's ``<data>`` replaced."""
    start = RING.index(GROUND_CSV_START) + len(GROUND_CSV_START) - len('<data encoding="csv">')
    end = RING.index("</data>", start) + len("</data>")
    return RING[:start] + data_element + RING[end:]


def _physics(extra: str) -> str:
    """The ring with ``extra`` objects appended to its ``physics`` layer."""
    at = RING.index(PHYSICS_END)
    return RING[:at] + extra + RING[at:]


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def _png(width: int, height: int, idat: bytes | None = None, colour: int = 2) -> bytes:
    """A PNG claiming ``width`` x ``height``; its IDAT is one row's worth unless given."""
    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    pixels = idat if idat is not None else zlib.compress(b"\x00" * (1 + 3 * min(width, 4096)))
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND", b"")


def _deflate_zeros(total: int) -> tuple[bytes, int]:
    """Raw deflate data for ``total`` zero bytes, built from one repeated 1 MB block."""
    block = 1 << 20
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = packer.compress(b"\x00" * block) + packer.flush(zlib.Z_FULL_FLUSH)
    count = total // block
    return chunk * count + b"\x03\x00", count * block


def _zlib_bomb(total: int) -> bytes:
    raw, size = _deflate_zeros(total)
    adler = ((size % 65521) << 16) | 1  # adler32 of zeros: a stays 1, b counts the bytes
    return b"\x78\xda" + raw + struct.pack(">I", adler)


def _gzip_bomb(total: int) -> bytes:
    raw, size = _deflate_zeros(total)
    crc, zeros = 0, b"\x00" * (64 << 20)
    for _ in range(size // len(zeros)):
        crc = zlib.crc32(zeros, crc)
    crc = zlib.crc32(b"\x00" * (size % len(zeros)), crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + raw + struct.pack("<II", crc, size & 0xFFFFFFFF)


def _base64_layer(data: bytes, compression: str) -> str:
    import base64

    return f'<data encoding="base64" compression="{compression}">{base64.b64encode(data).decode()}</data>'


BOMB_BYTES = 8_250_000_000
"""What the bomb unpacks to (the issue's 8.25 GB); the layer needs 4 x 20 x 15 = 1200 bytes."""


def _check(path: str) -> list[str]:
    return ["-m", "game", "check-map", path]


_GAME_RACE = """
import sys
from pathlib import Path
import pygame
from game.app.context import AppContext
from game.app.display import SurfaceDisplay
from game.content.library import Library
from game.content.setup import RaceSetup
from game.content.errors import ContentError
pygame.display.init(); pygame.font.init(); pygame.display.set_mode((1280, 720))
app = AppContext(SurfaceDisplay((1280, 720)), content=Library(Path("home/mods")))
mods = [t for t in app.content.tracks() if t.id.startswith("mod:")]
listed = [(t.id, (t.error or "OK").splitlines()[0][:300]) for t in mods]
print("quick race list:", listed, flush=True)
from game.app.scenes.race import RaceScene
try:
    scene = RaceScene(app, RaceSetup(track="mod:ring", rivals=1, laps=1, player_ai=True, seed=7, grid="back"))
except ContentError as exc:
    print("race refused:", str(exc).splitlines()[0][:300])
    sys.exit(1)
app.stack.push(scene)
for _ in range(10):
    app.update(1 / 60)
    app.draw(app.display.surface, 0.0)
print("race drawn; reported:", [t.text[:300] for t in app.toasts])
"""
"""The game's own path: the quick race list (every mod checked), then a race started and drawn."""

_MOD_LIST = """
from pathlib import Path
from game.content.catalog import mod_tracks
print([(e.id, (e.error or "OK").splitlines()[0][:200]) for e in mod_tracks(Path("home/mods"))])
"""


# --------------------------------------------------------------------------- bombs and sizes


@case("maps", "larger than a layer of 300 tiles can need")
def tile_layer_zlib_bomb(folder: Path) -> list[str]:
    _ring(folder, _with_ground(_base64_layer(_zlib_bomb(BOMB_BYTES), "zlib")), "bomb.tmx")
    return _check("bomb.tmx")


@case("maps", "larger than a layer of 300 tiles can need")
def tile_layer_gzip_bomb(folder: Path) -> list[str]:
    _ring(folder, _with_ground(_base64_layer(_gzip_bomb(BOMB_BYTES), "gzip")), "bomb.tmx")
    return _check("bomb.tmx")


def _big_map_bomb(compression: str) -> str:
    """A 1024x1024 map (4 MB of tile ids) whose one tile layer is ~4 MB of gzip/zlib for 4 GB."""
    size, total = 1024, 4 << 30
    bomb = _zlib_bomb(total) if compression == "zlib" else _gzip_bomb(total)
    text = _with_ground(_base64_layer(bomb, compression))
    for name in ("decor", "overhead"):
        start = text.index(f'<layer id="{2 if name == "decor" else 3}" name="{name}"')
        text = text[:start] + text[text.index("</layer>", start) + len("</layer>") :]
    text = text.replace('width="20" height="15" tilewidth', f'width="{size}" height="{size}" tilewidth')
    return text.replace('width="20" height="15">', f'width="{size}" height="{size}">')


@case("maps", "unpacks to more than 4 MB")
def tile_layer_zlib_bomb_on_a_big_map(folder: Path) -> list[str]:
    _ring(folder, _big_map_bomb("zlib"), "bomb.tmx")
    return _check("bomb.tmx")


@case("maps", "unpacks to more than 4 MB")
def tile_layer_gzip_bomb_on_a_big_map(folder: Path) -> list[str]:
    _ring(folder, _big_map_bomb("gzip"), "bomb.tmx")
    return _check("bomb.tmx")


@case("maps", "holds 1,000,000 tiles but the map is 20x15")
def tile_layer_csv_million_cells(folder: Path) -> list[str]:
    _ring(folder, _with_ground('<data encoding="csv">' + ",".join(["1"] * 1_000_000) + "</data>"), "csv.tmx")
    return _check("csv.tmx")


def _image(folder: Path, data: bytes | None, *, tsx: str = TSX) -> Path:
    path = _mod(folder)
    image = path.parent / "tilesets" / "tiny.png"
    if data is not None:
        image.write_bytes(data)
    (path.parent / "tilesets" / "tiny.tsx").write_text(tsx, encoding="utf-8")
    return path


@case("maps", "60000x60000 pixels")
def png_header_60000_check_map(folder: Path) -> list[str]:
    _image(folder, _png(60000, 60000))
    return _check("home/mods/ring.tmx")


@case("maps", "60000x60000 pixels")
def png_header_60000_race(folder: Path) -> list[str]:
    _image(folder, _png(60000, 60000))
    return python_snippet(_GAME_RACE)


@case("maps", "20000x20000 pixels")
def png_header_20000_race(folder: Path) -> list[str]:
    _image(folder, _png(20000, 20000))
    return python_snippet(_GAME_RACE)


@case("maps", "does not exist")
def tileset_image_missing_race(folder: Path) -> list[str]:
    (_image(folder, None).parent / "tilesets" / "tiny.png").unlink()
    return python_snippet(_GAME_RACE)


@case("maps", "not a PNG")
def tileset_image_not_png_check_map(folder: Path) -> list[str]:
    _image(folder, b"GIF89a" + b"\x00" * 200)
    return _check("home/mods/ring.tmx")


@case("maps", "damaged")
def tileset_image_corrupt_check_map(folder: Path) -> list[str]:
    _image(folder, _png(128, 32, idat=b"\x78\x9c" + os.urandom(400)))
    return _check("home/mods/ring.tmx")


@case("maps", "tiny.png")
def tileset_image_corrupt_race(folder: Path) -> list[str]:
    _image(folder, _png(128, 32, idat=b"\x78\x9c" + os.urandom(400)))
    return python_snippet(_GAME_RACE)


@case("maps", "is a folder")
def tileset_image_folder_check_map(folder: Path) -> list[str]:
    image = _image(folder, None).parent / "tilesets" / "tiny.png"
    image.unlink()
    image.mkdir()
    return _check("home/mods/ring.tmx")


@case("maps", "64x32 pixels but the tileset says 128x32")
def tileset_image_wrong_size_check_map(folder: Path) -> list[str]:
    _image(folder, _png(64, 32, idat=zlib.compress(b"\x00" * (32 * (1 + 64 * 3)))))
    return _check("home/mods/ring.tmx")


@case("maps", "16 MB")
def fifty_mb_map(folder: Path) -> list[str]:
    notes = "".join(
        f'  <object id="{1000 + i}" name="note {i}" x="{i % 500}" y="{i % 300}" width="4" height="4"/>\n'
        for i in range(600_000)
    )
    at = RING.index('<objectgroup id="8" name="notes">') + len('<objectgroup id="8" name="notes">\n')
    _ring(folder, RING[:at] + notes + RING[at:], "big.tmx")
    return _check("big.tmx")


@case("maps", "16 MB")
def fifty_mb_map_track_list(folder: Path) -> list[str]:
    """``read_header`` (find a track by file, list tracks) goes through the same bounded read."""
    fifty_mb_map(folder)
    return python_snippet(
        "from game.content.catalog import find_track\nfrom game.content.errors import ContentError\n"
        "try:\n    print(find_track('big.tmx'))\nexcept ContentError as exc:\n    print('refused:', exc)"
    )


@case("maps", "10,000")
def million_point_polygon(folder: Path) -> list[str]:
    points = " ".join(f"{i % 400},{(i * 7) % 300}" for i in range(1_000_000))
    _ring(
        folder,
        _physics(
            f'  <object id="90" name="spiky" type="Wall" x="60" y="60">\n'
            f'   <polygon points="{points}"/>\n  </object>\n '
        ),
        "spiky.tmx",
    )
    return _check("spiky.tmx")


@case("maps", "500")
def five_thousand_props_race(folder: Path) -> list[str]:
    props = "".join(
        f'  <object id="{100 + i}" name="cone {i}" type="Prop" x="{70 + (i % 100) * 5}" '
        f'y="{140 + (i // 100) * 5}">\n   <point/>\n  </object>\n'
        for i in range(5000)
    )
    _ring(folder, _physics(props + " "), "props.tmx")
    return ["-m", "game", "race", "--headless", "--track", "props.tmx", "--laps", "1", "--rivals", "1"]


def _group_nest(depth: int) -> str:
    inner = (
        '<layer id="99" name="deep" width="20" height="15"><data encoding="csv">'
        + ",".join(["0"] * (W * H))
        + "</data></layer>"
    )
    return "".join(f'<group id="{1000 + i}" name="g{i}">' for i in range(depth)) + inner + "</group>" * depth


@case("maps", "nest")
def ten_thousand_nested_groups(folder: Path) -> list[str]:
    _ring(folder, RING.replace("</map>", _group_nest(10_000) + "\n</map>"), "deep.tmx")
    return _check("deep.tmx")


def _prop(props: str) -> str:
    return _physics(
        '  <object id="95" name="odd barrel" type="Prop" x="420" y="120">\n   <properties>\n'
        f"{props}   </properties>\n   <point/>\n  </object>\n "
    )


@case("maps", "mass_kg")
def prop_mass_1e300_race(folder: Path) -> list[str]:
    _ring(folder, _prop('    <property name="mass_kg" type="float" value="1e300"/>\n'), "heavy.tmx")
    return ["-m", "game", "race", "--headless", "--track", "heavy.tmx", "--laps", "1", "--rivals", "1"]


@case("maps", "radius_m")
def prop_radius_tiny_race(folder: Path) -> list[str]:
    _ring(folder, _prop('    <property name="radius_m" type="float" value="1e-300"/>\n'), "tiny.tmx")
    return ["-m", "game", "race", "--headless", "--track", "tiny.tmx", "--laps", "1", "--rivals", "1"]


@case("maps", "radius_m")
def prop_radius_huge_race(folder: Path) -> list[str]:
    _ring(folder, _prop('    <property name="radius_m" type="float" value="1e6"/>\n'), "huge.tmx")
    return ["-m", "game", "race", "--headless", "--track", "huge.tmx", "--laps", "1", "--rivals", "1"]


@case("maps", "SurfaceZones over 2,000,000")
def surface_zone_ten_thousand_edges(folder: Path) -> list[str]:
    """A 1024x1024 map painted by one zig-zag zone: today each edge is a pass over a million cells."""
    size = 1024
    zig = " ".join(f"{(i // 2) * 3.2:.1f},{0 if i % 4 in (0, 3) else size * 32 - 1}" for i in range(10_000))
    text = RING.replace('width="20" height="15" tilewidth', f'width="{size}" height="{size}" tilewidth')
    text = text.replace('width="20" height="15">', f'width="{size}" height="{size}">')
    zero_layer = '<data encoding="csv">' + ",".join(["1"] * (size * size)) + "</data>"
    for _ in range(3):
        start = text.index('<data encoding="csv">')
        end = text.index("</data>", start) + len("</data>")
        text = text[:start] + zero_layer.replace("csv", "CSV", 1) + text[end:]
    text = text.replace('encoding="CSV"', 'encoding="csv"')
    zone = (
        '  <object id="96" name="zigzag" type="SurfaceZone" x="0" y="0">\n'
        f'   <polygon points="{zig}"/>\n  </object>\n '
    )
    at = text.index(PHYSICS_END)
    _ring(folder, text[:at] + zone + text[at:], "zone.tmx")
    return _check("zone.tmx")


@case("maps", "elements")
def template_multiplied_nineteen_thousand_times(folder: Path) -> list[str]:
    props = "".join(f'<property name="p{i}" value="{i}"/>' for i in range(5000))
    (folder / "note.tx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<template><object type="" width="4" height="4">'
        f"<properties>{props}</properties></object></template>\n",
        encoding="utf-8",
    )
    objs = "".join(
        f'  <object id="{1000 + i}" template="note.tx" x="{i % 500}" y="10"/>\n' for i in range(19_000)
    )
    at = RING.index('<objectgroup id="8" name="notes">') + len('<objectgroup id="8" name="notes">\n')
    _ring(folder, RING[:at] + objs + RING[at:], "templates.tmx")
    return _check("templates.tmx")


@case("maps", "32 MB")
def sixty_three_tilesets_of_fifteen_mb(folder: Path) -> list[str]:
    """Each tileset file is under the per-file limit; together they are 960 MB of text."""
    filler = "x" * (15 << 20)
    tsx = TSX.replace("<tileset ", f'<tileset class="{filler}" ', 1)
    refs = "".join(f' <tileset firstgid="{10 + 4 * i}" source="tilesets/t{i}.tsx"/>\n' for i in range(63))
    path = _ring(folder, RING.replace(' <layer id="1"', refs + ' <layer id="1"', 1), "many.tmx")
    for i in range(63):
        (path.parent / "tilesets" / f"t{i}.tsx").write_text(tsx, encoding="utf-8")
    return _check("many.tmx")


# --------------------------------------------------------------------------- names


@case("maps", "over the limit of 120")
def ten_million_char_track_name(folder: Path) -> list[str]:
    _ring(folder, RING.replace("Tiny Test Ring", "W" * 10_000_000), "long.tmx")
    return _check("long.tmx")


@case("maps", "over the limit of 120")
def ten_million_char_object_name(folder: Path) -> list[str]:
    _ring(folder, RING.replace('name="outer"', f'name="{"W" * 10_000_000}"'), "long.tmx")
    return _check("long.tmx")


# --------------------------------------------------------------------------- pipes and links


@case("maps", "not a regular file")
def fifo_tileset_check_map(folder: Path) -> list[str]:
    tsx = _ring(folder).parent / "tilesets" / "tiny.tsx"
    tsx.unlink()
    os.mkfifo(tsx)
    return _check("ring.tmx")


@case("maps", "not a regular file")
def fifo_tileset_tracks(folder: Path) -> list[str]:
    tsx = _mod(folder).parent / "tilesets" / "tiny.tsx"
    tsx.unlink()
    os.mkfifo(tsx)
    return ["-m", "game", "tracks"]


@case("maps", "mods.png")
def fifo_tileset_mods_screen(folder: Path) -> list[str]:
    tsx = _mod(folder).parent / "tilesets" / "tiny.tsx"
    tsx.unlink()
    os.mkfifo(tsx)
    return ["-m", "game", "shot", "--scene", "mods", "--mods", "home/mods", "--out", "mods.png"]


@case("maps", "not a regular file")
def fifo_tileset_image_check_map(folder: Path) -> list[str]:
    png = _mod(folder).parent / "tilesets" / "tiny.png"
    png.unlink()
    os.mkfifo(png)
    return _check("home/mods/ring.tmx")


@case("maps", "[('mod:ring', 'OK')]")
def fifo_tmx_in_mods(folder: Path) -> list[str]:
    mods = _mod(folder).parent
    os.mkfifo(mods / "pipe.tmx")
    return python_snippet(_MOD_LIST)


def _outside(folder: Path) -> Path:
    """A folder beside the mods folder holding a secret and a complete pack."""
    outside = folder / "outside"
    outside.mkdir()
    (outside / "secret.tmx").write_text("root:SECRET-PASSWORD-HASH:19000:0:99999:7:::\n" * 3)
    _ring(outside / "pack")
    return outside


@case("maps", "[('mod:ring', 'OK')]")
def symlinked_tmx_outside_mods(folder: Path) -> list[str]:
    mods = _mod(folder).parent
    os.symlink(_outside(folder) / "secret.tmx", mods / "secret.tmx")
    return python_snippet(_MOD_LIST)


@case("maps", "[('mod:ring', 'OK')]")
def symlinked_pack_outside_mods(folder: Path) -> list[str]:
    mods = _mod(folder).parent
    os.symlink(_outside(folder) / "pack", mods / "pack", target_is_directory=True)
    return python_snippet(_MOD_LIST)


@case("maps", "outside the map's own folder")
def symlinked_tileset_outside_pack(folder: Path) -> list[str]:
    outside = _outside(folder)
    tsx = _mod(folder).parent / "tilesets" / "tiny.tsx"
    tsx.unlink()
    os.symlink(outside / "pack" / "tilesets" / "tiny.tsx", tsx)
    return ["-m", "game", "tracks"]


# --------------------------------------------------------------------------- the old corpus stays refused


@case("maps", "DTD")
def billion_laughs(folder: Path) -> list[str]:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    text = RING.replace("<map ", f"<!DOCTYPE map [{entities}]>\n<map ", 1).replace("Tiny Test Ring", "&lol9;")
    _ring(folder, text, "laughs.tmx")
    return _check("laughs.tmx")


@case("maps", "DTD")
def external_entity(folder: Path) -> list[str]:
    text = RING.replace("<map ", '<!DOCTYPE map [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<map ', 1)
    _ring(folder, text.replace("Tiny Test Ring", "&xxe;"), "xxe.tmx")
    return _check("xxe.tmx")


@case("maps", "outside the map's own folder")
def tileset_path_traversal(folder: Path) -> list[str]:
    _ring(folder, RING.replace('source="tilesets/tiny.tsx"', 'source="../../../../etc/passwd"'), "up.tmx")
    return _check("up.tmx")


@case("maps", "not well-formed XML")
def truncated_map(folder: Path) -> list[str]:
    _ring(folder, RING[: len(RING) // 2], "cut.tmx")
    return _check("cut.tmx")


@case("maps", "infinite")
def infinite_map(folder: Path) -> list[str]:
    _ring(folder, RING.replace('infinite="0"', 'infinite="1"'), "inf.tmx")
    return _check("inf.tmx")


@case("maps", "has a bad 'x'")
def nan_coordinates(folder: Path) -> list[str]:
    _ring(
        folder, RING.replace('name="outer" type="Wall" x="60"', 'name="outer" type="Wall" x="nan"'), "nan.tmx"
    )
    return _check("nan.tmx")


@case("maps", "broken polygon point list")
def infinite_polygon_point(folder: Path) -> list[str]:
    _ring(folder, RING.replace("0,0 376,0 376,216 0,216", "0,0 inf,0 376,216 0,216"), "inf.tmx")
    return _check("inf.tmx")


# --------------------------------------------------------------------------- at every limit at once


@case("maps", "over the limit of 200 km")
def every_limit_at_once(folder: Path) -> list[str]:
    """A 1024x1024 map just inside every count: 38 walls of 10,000 points, 64 start slots,
    250 checkpoints, 495 props and roads, 200 zones, 18,000 notes, a 9,000-point racing line.
    It is refused (its lines are too long), and answering must still be quick."""
    import random

    rng = random.Random(1)
    size = 1024
    text = RING.replace('width="20" height="15" tilewidth', f'width="{size}" height="{size}" tilewidth')
    text = text.replace('width="20" height="15">', f'width="{size}" height="{size}">')
    layer = '<data encoding="csv">' + ",".join(["1"] * (size * size)) + "</data>"
    parts = text.split('<data encoding="csv">')
    text = parts[0] + "".join(layer + p[p.index("</data>") + len("</data>") :] for p in parts[1:])

    def pts(n: int) -> str:
        return " ".join(f"{rng.uniform(0, 32000):.1f},{rng.uniform(0, 32000):.1f}" for _ in range(n))

    oid = iter(range(1000, 100_000))
    physics = [
        f'<object id="{next(oid)}" name="w{k}" type="Wall"><polyline points="{pts(10000)}"/></object>'
        for k in range(38)
    ]
    physics += [
        f'<object id="{next(oid)}" name="z{k}" type="SurfaceZone"><polygon points="{pts(5)}"/></object>'
        for k in range(200)
    ]
    physics += [
        f'<object id="{next(oid)}" name="p{k}" type="Prop" x="{rng.uniform(0, 32000):.0f}" '
        f'y="{rng.uniform(0, 32000):.0f}"><point/></object>'
        for k in range(495)
    ]
    race = [
        f'<object id="{next(oid)}" name="s{k}" type="StartSlot" x="{100 + 3 * k}" y="100"><properties>'
        f'<property name="index" type="int" value="{k + 4}"/></properties><point/></object>'
        for k in range(60)
    ]
    race += [
        f'<object id="{next(oid)}" name="c{k}" type="Checkpoint" x="{k * 100}" y="0"><properties>'
        f'<property name="index" type="int" value="{k + 3}"/></properties><polyline points="0,0 0,30000"/>'
        "</object>"
        for k in range(250)
    ]
    ai = [f'<object id="{next(oid)}" name="line2" type="RacingLine"><polygon points="{pts(9000)}"/></object>']
    ai += [
        f'<object id="{next(oid)}" name="r{k}" type="Road"><polyline points="{pts(2)}"/></object>'
        for k in range(495)
    ]
    notes = [f'<object id="{next(oid)}" name="n{k}" x="1" y="1" width="2" height="2"/>' for k in range(18000)]
    for name, objs in (("physics", physics), ("race", race), ("ai", ai), ("notes", notes)):
        at = text.index(f'name="{name}">') + len(f'name="{name}">')
        text = text[:at] + "\n".join(objs) + text[at:]
    _ring(folder, text, "limits.tmx")
    return _check("limits.tmx")
