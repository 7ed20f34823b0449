"""The map reader's own promises: each file parsed once, no map library, Tiled's anchors, declared ranges."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.content.tiled import classes, xmlfile
from game.content.tmx import check_map, load_map, read_header
from tests.content.tmx_helpers import VALID, edited_copy

PHYSICS_END = "</objectgroup>"


def test_every_file_of_a_map_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = xmlfile.read_xml

    def counting(path: Path, *args: object) -> object:
        read.append(path.name)
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(xmlfile, "read_xml", counting)
    monkeypatch.setattr("game.content.tiled.reader.read_xml", counting)
    monkeypatch.setattr("game.content.tiled.tilesets.read_xml", counting)
    load_map(VALID)
    assert sorted(read) == ["ring.tmx", "tiny.tsx"]
    read.clear()
    read_header(VALID)
    assert read == ["ring.tmx"]  # the track list goes through the same bounded reader


def test_no_map_library_is_imported() -> None:
    code = (
        "import sys\nfrom game.content.tmx import load_map\n"
        f"load_map({str(VALID)!r})\nprint('pytmx' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_tile_object_stands_where_tiled_draws_it(tmp_path: Path) -> None:
    """Tiled anchors a tile object at its bottom-left corner: a 32 px crate written at y=96
    covers 64..96 px, so its centre is at 80 px (10 m at 8 px a metre)."""
    crate = (
        '<object id="95" name="crate" type="Prop" gid="1" x="400" y="96" width="32" height="32">'
        '<properties><property name="kind" value="crate"/></properties></object>'
    )
    path = edited_copy(tmp_path, lambda t: t.replace(PHYSICS_END, crate + PHYSICS_END, 1))
    (prop,) = [p for p in load_map(path).track.props if p.name == "crate"]
    assert (prop.x, prop.y) == (416 / 8, 80 / 8)


@pytest.mark.parametrize(("cls", "member"), sorted(classes.RANGES), ids=lambda v: str(v))
def test_every_declared_range_is_a_member_of_the_project_file(cls: str, member: str) -> None:
    known = classes.schema()[cls][member]
    bounds = classes.RANGES[(cls, member)]
    assert known.type in ("int", "float")
    assert bounds.low <= float(known.default) <= bounds.high or (bounds.zero and known.default == 0)


def test_a_road_out_of_range_is_named_with_its_field(tmp_path: Path) -> None:
    path = edited_copy(
        tmp_path,
        lambda t: t.replace(
            '<property name="speed_kmh" type="float" value="80"/>',
            '<property name="speed_kmh" type="float" value="900"/>',
        ),
    )
    (message,) = check_map(path)
    assert "(Road) on layer 'ai' has speed_kmh = 900; use 1 to 400 km/h." in message
