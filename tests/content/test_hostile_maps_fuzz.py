"""Fuzzed tilesets and tileset pictures: only ContentError ever escapes the loaders.

Hypothesis damages the valid map's picture (flipped bytes, cuts, headers with
any size, depth or colour type and a correct checksum so the deeper checks
run, pixel data of any length) and its tileset's numbers (sizes, margins,
columns, counts, the picture's declared size), then asks ``load_map``,
``check_map``, the mod list and the PNG checks about it.
"""

from __future__ import annotations

import shutil
import struct
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content import images
from game.content.catalog import mod_tracks
from game.content.errors import ContentError
from game.content.tmx import check_map, load_map
from tests.content.tmx_helpers import MAPS

TINY_PNG = (MAPS / "valid" / "tilesets" / "tiny.png").read_bytes()
TSX = (MAPS / "valid" / "tilesets" / "tiny.tsx").read_text(encoding="utf-8")
NUMBERS = st.one_of(
    st.integers(-5, 300).map(str),
    st.sampled_from(["", "x", "1e9", "99999999999999999999999", "4294967296", "-0", "3.5", "nan"]),
)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@st.composite
def pictures(draw: st.DrawFn) -> bytes:
    """A PNG-ish file: the real one damaged, or one built with an arbitrary (checksummed) header."""
    if draw(st.booleans()):
        data = bytearray(TINY_PNG)
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data[: draw(st.integers(0, len(data)))]) if draw(st.booleans()) else bytes(data)
    width = draw(st.sampled_from([0, 1, 64, 127, 128, 129, 256, 20000, 2**31, 2**32 - 1]))
    height = draw(st.sampled_from([0, 1, 31, 32, 33, 64, 60000]))
    depth = draw(st.sampled_from([1, 2, 4, 8, 16, 3]))
    colour = draw(st.sampled_from([0, 2, 3, 4, 6, 5]))
    interlace = draw(st.sampled_from([0, 1, 2]))
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, interlace)
    raw = draw(st.binary(max_size=64)) * draw(st.integers(0, 80))
    body = _chunk(b"IHDR", header)
    if colour == 3 and draw(st.booleans()):
        body += _chunk(b"PLTE", bytes(12))
    body += _chunk(b"IDAT", zlib.compress(raw) if draw(st.booleans()) else raw)
    return b"\x89PNG\r\n\x1a\n" + body + (_chunk(b"IEND", b"") if draw(st.booleans()) else b"")


@st.composite
def tilesets(draw: st.DrawFn) -> str:
    """The tileset with some of its numbers (and its picture's declared size) replaced."""
    text = TSX
    for attribute in draw(
        st.lists(
            st.sampled_from(
                [
                    'tilewidth="32"',
                    'tileheight="32"',
                    'tilecount="4"',
                    'columns="4"',
                    'width="128"',
                    'height="32"',
                ]
            ),
            max_size=3,
            unique=True,
        )
    ):
        name = attribute.split("=")[0]
        text = text.replace(attribute, f'{name}="{draw(NUMBERS)}"', 1)
    if draw(st.booleans()):
        text = text.replace("<tileset ", f'<tileset margin="{draw(NUMBERS)}" spacing="{draw(NUMBERS)}" ', 1)
    if draw(st.integers(0, 5)) == 0:
        text = text.replace(
            'source="tiny.png"', f'source="{draw(st.sampled_from(["", "/", "..", "x.png"]))}"'
        )
    return text


@pytest.fixture(scope="module")
def mods() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="fuzzpictures")) / "mods"
    shutil.copytree(MAPS / "valid", folder / "pack")
    yield folder
    shutil.rmtree(folder.parent, ignore_errors=True)


def _only_content_errors(path: Path, mods_dir: Path) -> None:
    for problem in check_map(path):
        assert problem.startswith(str(path)) and len(problem) < 2000
    try:
        load_map(path)
    except ContentError as exc:
        assert exc.problems
    (entry,) = mod_tracks(mods_dir)
    assert entry.error is None or entry.error.startswith(str(path))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picture=pictures())
def test_fuzzed_pictures_only_raise_content_errors(mods: Path, picture: bytes) -> None:
    pack = mods / "pack"
    (pack / "tilesets" / "tiny.tsx").write_text(TSX, encoding="utf-8")
    (pack / "tilesets" / "tiny.png").write_bytes(picture)
    _only_content_errors(pack / "ring.tmx", mods)
    try:
        images.verify_png(pack / "tilesets" / "tiny.png")
    except images.ImageError as exc:
        assert exc.problem and str(exc).startswith(str(pack / "tilesets" / "tiny.png"))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tsx=tilesets(), picture=st.one_of(st.just(TINY_PNG), pictures()))
def test_fuzzed_tilesets_only_raise_content_errors(mods: Path, tsx: str, picture: bytes) -> None:
    pack = mods / "pack"
    (pack / "tilesets" / "tiny.tsx").write_text(tsx, encoding="utf-8")
    (pack / "tilesets" / "tiny.png").write_bytes(picture)
    _only_content_errors(pack / "ring.tmx", mods)


def test_the_fuzzers_start_from_a_map_that_checks_clean(mods: Path) -> None:
    (mods / "pack" / "tilesets" / "tiny.tsx").write_text(TSX, encoding="utf-8")
    (mods / "pack" / "tilesets" / "tiny.png").write_bytes(TINY_PNG)
    assert check_map(mods / "pack" / "ring.tmx") == []
