# ruff: noqa: E501  (the XML below is kept one element per line, as Tiled writes it)
"""Write the loader's test maps: one tiny valid ring and a corpus of broken ones.

Run ``python tests/content/maps/make_maps.py`` after changing this file; a test
checks that the files on disk match what this script writes. Each broken map
is the valid map with one fault, listed in :data:`BROKEN` with the words its
rejection message must contain (the object's id and name, and the fix).

Layout::

    valid/ring.tmx             the valid map
    valid/tilesets/tiny.tsx    its tileset (4 tiles: asphalt, grass, kerb, sand)
    valid/tilesets/tiny.png    generated with zlib alone, no imaging library
    broken/*.tmx               one fault each, with their own copy of the tileset
"""

from __future__ import annotations

import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
W, H = 20, 15
TILE = 32
ASPHALT, GRASS, KERB, SAND = 1, 2, 3, 4
FLIP_H = 0x80000000

COLOURS = [(70, 70, 76), (60, 140, 60), (200, 40, 40), (220, 200, 140)]


def png(width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int]]) -> bytes:
    """A truecolour PNG, written by hand so the tests need no imaging library."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def tileset_png() -> bytes:
    def pixel(x: int, y: int) -> tuple[int, int, int]:
        tile = x // TILE
        if tile == 2 and (x // 8 + y // 8) % 2:  # kerb stripes
            return (240, 240, 240)
        return COLOURS[tile]

    return png(4 * TILE, TILE, pixel)


TSX = """<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="tiny" tilewidth="32" tileheight="32" tilecount="4" columns="4">
 <image source="tiny.png" width="128" height="32"/>
 <tile id="0"><properties><property name="surface" propertytype="Surface" value="asphalt"/></properties></tile>
 <tile id="1"><properties><property name="surface" propertytype="Surface" value="grass"/></properties></tile>
 <tile id="2"><properties><property name="surface" propertytype="Surface" value="kerb"/></properties></tile>
 <tile id="3"><properties><property name="surface" propertytype="Surface" value="sand"/></properties></tile>
</tileset>
"""


def ground() -> list[list[int]]:
    """A ring road two tiles wide round a grass infield, grass outside."""
    rows = []
    for r in range(H):
        row = []
        for c in range(W):
            on_ring = 2 <= r <= 12 and 2 <= c <= 17 and (r in (2, 3, 11, 12) or c in (2, 3, 16, 17))
            row.append(ASPHALT if on_ring else (SAND if r == 14 else GRASS))
        rows.append(row)
    return rows


def decor() -> list[list[int]]:
    rows = [[0] * W for _ in range(H)]
    for r, c in ((2, 2), (2, 17), (12, 2), (12, 17)):
        rows[r][c] = KERB
    return rows


def overhead() -> list[list[int]]:
    rows = [[0] * W for _ in range(H)]
    rows[0][0] = GRASS | FLIP_H
    return rows


def csv(rows: list[list[int]]) -> str:
    return "\n" + ",\n".join(",".join(str(v) for v in row) for row in rows) + "\n"


OBJECTS = """ <objectgroup id="4" name="physics">
  <object id="1" name="outer" type="Wall" x="60" y="60" width="520" height="360"/>
  <object id="2" name="inner" type="Wall" x="132" y="132">
   <polygon points="0,0 376,0 376,216 0,216"/>
  </object>
  <object id="3" name="oil slick" type="SurfaceZone" x="256" y="360" width="64" height="48">
   <properties>
    <property name="surface" propertytype="Surface" value="oil"/>
   </properties>
  </object>
  <object id="4" name="cone" type="Prop" x="420" y="100">
   <point/>
  </object>
  <object id="5" name="barrel" type="Prop" x="440" y="110">
   <properties>
    <property name="kind" propertytype="PropKind" value="barrel"/>
    <property name="radius_m" type="float" value="0.6"/>
   </properties>
   <point/>
  </object>
 </objectgroup>
 <objectgroup id="5" name="race">
  <object id="6" name="pole" type="StartSlot" x="240" y="84">
   <point/>
  </object>
  <object id="7" name="P2" type="StartSlot" x="240" y="108">
   <properties>
    <property name="index" type="int" value="1"/>
   </properties>
   <point/>
  </object>
  <object id="8" name="P3" type="StartSlot" x="210" y="84">
   <properties>
    <property name="index" type="int" value="2"/>
   </properties>
   <point/>
  </object>
  <object id="9" name="P4" type="StartSlot" x="210" y="108" rotation="0">
   <properties>
    <property name="index" type="int" value="3"/>
   </properties>
   <point/>
  </object>
  <object id="10" name="finish" type="FinishLine" x="300" y="64">
   <polyline points="0,0 0,64"/>
  </object>
  <object id="11" name="cp right" type="Checkpoint" x="512" y="240">
   <polyline points="0,0 64,0"/>
  </object>
  <object id="12" name="cp bottom" type="Checkpoint" x="320" y="352">
   <properties>
    <property name="index" type="int" value="1"/>
   </properties>
   <polyline points="0,0 0,64"/>
  </object>
  <object id="13" name="cp left" type="Checkpoint" x="64" y="240">
   <properties>
    <property name="index" type="int" value="2"/>
   </properties>
   <polyline points="0,0 64,0"/>
  </object>
 </objectgroup>
 <objectgroup id="6" name="ai">
  <object id="14" name="line" type="RacingLine" x="96" y="96">
   <polygon points="0,0 448,0 448,288 0,288"/>
  </object>
  <object id="15" name="top" type="Road" x="96" y="96">
   <polyline points="0,0 448,0"/>
  </object>
  <object id="16" name="right" type="Road" x="546" y="98">
   <properties>
    <property name="speed_kmh" type="float" value="80"/>
   </properties>
   <polyline points="0,0 0,288"/>
  </object>
 </objectgroup>
 <objectgroup id="7" name="mission">
  <object id="17" name="pit" type="Trigger" x="64" y="160" width="64" height="32"/>
 </objectgroup>
 <objectgroup id="8" name="notes">
  <object id="18" name="remember the kerbs" x="10" y="10" width="20" height="20"/>
 </objectgroup>
"""


def valid_map(tileset: str = "tilesets/tiny.tsx") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" width="{W}" height="{H}" tilewidth="{TILE}" tileheight="{TILE}" infinite="0" nextlayerid="9" nextobjectid="19">
 <properties>
  <property name="author" value="tests"/>
  <property name="laps" type="int" value="2"/>
  <property name="name" value="Tiny Test Ring"/>
 </properties>
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="{W}" height="{H}">
  <data encoding="csv">{csv(ground())}</data>
 </layer>
 <layer id="2" name="decor" width="{W}" height="{H}">
  <data encoding="csv">{csv(decor())}</data>
 </layer>
{OBJECTS} <layer id="3" name="overhead" width="{W}" height="{H}">
  <data encoding="csv">{csv(overhead())}</data>
 </layer>
</map>
"""


BROKEN_BASE = valid_map("tiny.tsx")
EMBEDDED = (
    '<tileset firstgid="1" name="embedded" tilewidth="32" tileheight="32" tilecount="4" columns="4">'
    '<image source="tiny.png" width="128" height="32"/>{inner}</tileset>'
)


def swap(old: str, new: str, count: int = 1) -> Callable[[str], str]:
    """A fault made by replacing text; fails loudly if the text is not there."""

    def apply(text: str) -> str:
        assert text.count(old) >= count, old
        return text.replace(old, new, count)

    return apply


def obj(oid: int) -> str:
    return f'<object id="{oid}" '


TRIGGER = '<object id="17" name="pit" type="Trigger" x="64" y="160" width="64" height="32"/>'
GIF = b"GIF89a" + bytes(64)
"""Not a PNG: a tileset picture in another format."""


def huge_png_header(side: int = 60000) -> bytes:
    """A PNG whose header claims ``side`` x ``side`` pixels (14 GB decoded); its data is one row."""
    good = png(1, 1, lambda x, y: (0, 0, 0))
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    body = b"IHDR" + header
    return good[:8] + struct.pack(">I", 13) + body + struct.pack(">I", zlib.crc32(body)) + good[33:]


def embedded(image: str, width: int = 128, height: int = 32) -> Callable[[str], str]:
    """The map with its tileset embedded, using the picture ``image`` declared ``width`` x ``height``."""
    return swap(
        '<tileset firstgid="1" source="tiny.tsx"/>',
        EMBEDDED.format(inner="")
        .replace("tiny.png", image)
        .replace('width="128" height="32"', f'width="{width}" height="{height}"'),
    )


def nested_groups(depth: int) -> Callable[[str], str]:
    """The notes layer wrapped in ``depth`` group layers."""
    notes = '<objectgroup id="8" name="notes">'
    opening = "".join(f'<group id="{100 + i}" name="group {i}">' for i in range(depth))

    def apply(text: str) -> str:
        start = text.index(notes)
        end = text.index("</objectgroup>", start) + len("</objectgroup>")
        return text[:start] + opening + text[start:end] + "</group>" * depth + text[end:]

    return apply


def prop_with(props: str) -> Callable[[str], str]:
    return swap(
        '<object id="4" name="cone" type="Prop" x="420" y="100">',
        f'<object id="4" name="cone" type="Prop" x="420" y="100">\n   <properties>\n{props}   </properties>',
    )


# name -> (fault, words the message must contain)
BROKEN: dict[str, tuple[Callable[[str], str], list[str]]] = {
    "malformed_xml": (lambda t: t[: len(t) // 2], ["not well-formed XML", "line", "re-save"]),
    "not_a_map": (lambda t: '<?xml version="1.0"?><tileset/>', ["not a Tiled map", ".tmx"]),
    "infinite": (swap('infinite="0"', 'infinite="1"'), ["infinite", "untick", "Infinite"]),
    "missing_ground": (
        swap('name="ground"', 'name="grund"'),
        ["no tile layer named 'ground'", "add a new Tile Layer called 'ground'"],
    ),
    "missing_physics": (
        swap('name="physics"', 'name="fysics"'),
        ["no object layer named 'physics'", "Object Layer called 'physics'", "on 'fysics'"],
    ),
    "missing_race": (
        swap('name="race"', 'name="racing"'),
        ["no object layer named 'race'", "Layer > New > Object Layer"],
    ),
    "no_finish": (
        swap('type="FinishLine"', 'type="Checkpoint"'),
        ["no FinishLine", "add one 2-point polyline of class FinishLine"],
    ),
    "two_finishes": (
        swap(
            '<object id="11" name="cp right" type="Checkpoint"',
            '<object id="11" name="cp right" type="FinishLine"',
        ),
        ["object 11 'cp right'", "second FinishLine", "keep exactly one FinishLine"],
    ),
    "checkpoint_repeat": (
        swap(
            '<property name="index" type="int" value="2"/>\n   </properties>\n   <polyline',
            '<property name="index" type="int" value="1"/>\n   </properties>\n   <polyline',
        ),
        ["object 13 'cp left'", "index 1, the same as object 12 'cp bottom'", "no repeats"],
    ),
    "checkpoint_gap": (
        swap(
            '<property name="index" type="int" value="2"/>\n   </properties>\n   <polyline',
            '<property name="index" type="int" value="5"/>\n   </properties>\n   <polyline',
        ),
        ["Checkpoints", "skip index 2 but use 5", "number the Checkpoints 0 to 2"],
    ),
    "checkpoint_order": (
        lambda t: t.replace(
            'name="cp right" type="Checkpoint" x="512" y="240">',
            'name="cp right" type="Checkpoint" x="512" y="240">\n   <properties>\n    <property name="index" type="int" value="1"/>\n   </properties>',
        ).replace(
            'name="cp bottom" type="Checkpoint" x="320" y="352">\n   <properties>\n    <property name="index" type="int" value="1"/>',
            'name="cp bottom" type="Checkpoint" x="320" y="352">\n   <properties>\n    <property name="index" type="int" value="0"/>',
        ),
        ["object 14 'line'", "order checkpoint 1, checkpoint 0, checkpoint 2, the finish", "renumber"],
    ),
    "checkpoint_missed": (
        swap(
            'name="cp bottom" type="Checkpoint" x="320" y="352"',
            'name="cp bottom" type="Checkpoint" x="320" y="400"',
        ),
        ["object 14 'line'", "never crosses checkpoint 1", "extend that gate"],
    ),
    "checkpoint_shape": (
        swap('<polyline points="0,0 64,0"/>', '<polyline points="0,0 32,0 64,0"/>'),
        ["object 11 'cp right'", "has 3 points", "2-point polyline"],
    ),
    "checkpoint_polygon": (
        swap('<polyline points="0,0 64,0"/>', '<polygon points="0,0 64,0 64,10"/>'),
        ["object 11 'cp right'", "is a polygon", "draw a Checkpoint as a polyline"],
    ),
    "slot_in_wall": (
        swap(
            'name="pole" type="StartSlot" x="240" y="84"',
            'name="pole" type="StartSlot" x="240" y="62"',
        ),
        ["object 6 'pole'", "against the wall 'outer'", "away from every wall"],
    ),
    "slot_off_road": (
        swap(
            'name="pole" type="StartSlot" x="240" y="84"',
            'name="pole" type="StartSlot" x="240" y="250"',
        ),
        ["object 6 'pole'", "off the track, on grass", "move it onto road tiles"],
    ),
    "slot_outside_map": (
        swap(
            'name="pole" type="StartSlot" x="240" y="84"',
            'name="pole" type="StartSlot" x="-40" y="84"',
        ),
        ["object 6 'pole'", "outside the map", "drag it onto the track"],
    ),
    "slot_repeat": (
        swap(
            '<property name="index" type="int" value="3"/>',
            '<property name="index" type="int" value="0"/>',
        ),
        ["object 9 'P4'", "the same as object 6 'pole'", "no repeats"],
    ),
    "template_missing": (
        swap(TRIGGER, '<object id="17" name="pit" template="pit.tx" x="64" y="160"/>'),
        ["object 17 'pit'", "template 'pit.tx'", "does not exist", "Detach"],
    ),
    "template_outside": (
        swap(TRIGGER, '<object id="17" name="pit" template="../../secret/pit.tx" x="64" y="160"/>'),
        ["object 17 'pit'", "outside the map's own folder", "Detach"],
    ),
    "list_property": (
        swap(
            '<object id="4" name="cone" type="Prop" x="420" y="100">',
            '<object id="4" name="cone" type="Prop" x="420" y="100">\n   <properties>\n'
            '    <property name="colours" type="list"><item type="string" value="red"/></property>\n'
            "   </properties>",
        ),
        ["object 4 'cone'", "property 'colours' is a list", "one plain property per value"],
    ),
    "ellipse": (
        swap(TRIGGER, TRIGGER.replace("/>", "><ellipse/></object>")),
        ["object 17 'pit'", "is an ellipse", "redraw it as a polygon"],
    ),
    "capsule": (
        swap(TRIGGER, TRIGGER.replace("/>", "><capsule/></object>")),
        ["object 17 'pit'", "is a capsule", "redraw it as a polygon"],
    ),
    "tile_collision": (
        swap(
            '<tileset firstgid="1" source="tiny.tsx"/>',
            EMBEDDED.format(
                inner='<tile id="1"><objectgroup draworder="index" id="2">'
                '<object id="1" x="0" y="0" width="32" height="32"/></objectgroup></tile>'
            ),
        ),
        ["tile 1 of tileset 'embedded'", "collision shapes", "draw Wall objects"],
    ),
    "tileset_outside": (
        swap('source="tiny.tsx"', 'source="../../elsewhere/tiny.tsx"'),
        ["tileset 1 (../../elsewhere/tiny.tsx)", "outside the map's own folder", "copy the .tsx"],
    ),
    "image_outside": (
        swap(
            '<tileset firstgid="1" source="tiny.tsx"/>',
            EMBEDDED.format(inner="").replace("tiny.png", "/etc/tiny.png"),
        ),
        [
            "tileset 'embedded'",
            "'/etc/tiny.png'",
            "outside the map's own folder",
            "keep tileset images",
        ],
    ),
    "wall_on_race_layer": (
        swap('name="finish" type="FinishLine"', 'name="finish" type="Wall"'),
        ["object 10 'finish' (Wall) on layer 'race'", "wrong layer", "move it to the 'physics'"],
    ),
    "unknown_class": (
        swap('name="barrel" type="Prop"', 'name="barrel" type="Barrel"'),
        ["object 5 'barrel' (Barrel)", "has the class 'Barrel'", "Wall, SurfaceZone, Prop"],
    ),
    "bad_int": (
        swap(
            '<property name="index" type="int" value="1"/>',
            '<property name="index" type="int" value="one"/>',
        ),
        ["object 7 'P2'", "property 'index' is not a whole number ('one')", "type an integer"],
    ),
    "bad_surface_zone": (
        swap('propertytype="Surface" value="oil"', 'propertytype="Surface" value="lava"'),
        ["object 3 'oil slick'", "surface = 'lava'", "set surface to one of asphalt"],
    ),
    "duplicate_layer": (
        swap('name="decor"', 'name="ground"'),
        ["layer 'ground'", "appears twice", "give every layer its own name"],
    ),
    "zstd_layer": (
        swap('<data encoding="csv">', '<data encoding="base64" compression="zstd">', 1),
        ["tile layer 'ground'", "zstd", "re-save the map in Tiled"],
    ),
    "unknown_tile": (
        swap('<data encoding="csv">\n2,', '<data encoding="csv">\n99,'),
        ["tile layer 'ground'", "tile id 99", "no tileset provides", "erase those cells"],
    ),
    "no_slots": (
        lambda t: t.replace('type="StartSlot"', 'type="Note"').replace('name="race"', 'name="race"'),
        ["no StartSlot", "class StartSlot with index 0"],
    ),
    "bad_kind": (
        swap(
            '<property name="laps" type="int" value="2"/>',
            '<property name="kind" value="drag-strip"/>',
        ),
        ["the map", "kind = 'drag-strip'", "one of circuit, free-roam"],
    ),
    "image_missing": (
        embedded("gone.png"),
        ["tileset 'embedded'", "'gone.png'", "does not exist", "put the PNG next to the tileset"],
    ),
    "image_not_png": (
        embedded("picture.gif.png"),
        ["tileset 'embedded'", "'picture.gif.png'", "not a PNG file (it looks like a GIF)", "must be PNG"],
    ),
    "image_too_big": (
        embedded("huge.png", 60000, 60000),
        ["tileset 'embedded'", "'huge.png'", "60000x60000 pixels, over the limit of 16,777,216", "split"],
    ),
    "image_wrong_size": (
        embedded("tiny.png", 256, 32),
        ["tileset 'embedded'", "'tiny.png'", "128x32 pixels but the tileset says 256x32", "open the tileset"],
    ),
    "dtd_entities": (
        lambda t: t.replace("<map ", '<!DOCTYPE map [<!ENTITY e "x">]>\n<map ', 1),
        ["the map", "declares a DTD", "re-save the map in Tiled"],
    ),
    "groups_too_deep": (
        nested_groups(65),
        ["layer 'group 64'", "nests group layers more than 64 levels deep", "move its layers up"],
    ),
    "name_too_long": (
        swap("Tiny Test Ring", "W" * 200),
        ["the map", "property 'name' is 200 characters long", "over the limit of 120", "shorten it"],
    ),
    "prop_too_heavy": (
        prop_with('    <property name="mass_kg" type="float" value="1e300"/>\n'),
        ["object 4 'cone'", "mass_kg = 1e+300", "0.5 to 5000 kg"],
    ),
    "prop_too_small": (
        prop_with('    <property name="radius_m" type="float" value="1e-300"/>\n'),
        ["object 4 'cone'", "radius_m = 1e-300", "0.1 to 4 m"],
    ),
    "object_far_away": (
        swap('name="outer" type="Wall" x="60" y="60"', 'name="outer" type="Wall" x="60" y="1e30"'),
        ["object 1 'outer'", "lies far outside the map", "move it onto the map"],
    ),
    "bad_scale": (
        swap(
            '<property name="laps" type="int" value="2"/>',
            '<property name="pixels_per_metre" type="float" value="0"/>',
        ),
        ["the map", "pixels_per_metre = 0", "8 is usual"],
    ),
}


def write_all(out: Path = HERE) -> list[Path]:
    """Write every map; returns the files written (for the drift test)."""
    written: list[Path] = []

    def put(path: Path, data: bytes | str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        written.append(path)

    image = tileset_png()
    put(out / "valid" / "ring.tmx", valid_map())
    put(out / "valid" / "tilesets" / "tiny.tsx", TSX)
    put(out / "valid" / "tilesets" / "tiny.png", image)
    put(out / "broken" / "tiny.tsx", TSX)
    put(out / "broken" / "tiny.png", image)
    put(out / "broken" / "huge.png", huge_png_header())
    put(out / "broken" / "picture.gif.png", GIF)
    for name, (fault, _words) in BROKEN.items():
        put(out / "broken" / f"{name}.tmx", fault(BROKEN_BASE))
    return written


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(path)
