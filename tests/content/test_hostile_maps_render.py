"""The renderer never raises on a tileset picture: it reports the file and draws stand-ins.

A race start checks picture headers only (decoding every picture would cost
more than loading the map), so a picture whose pixels are damaged, or one that
changes after the track was listed, reaches the renderer. These tests hand it
such pictures and check that it draws, says which file failed, and colours the
missing tiles by their surface so the road stays visible.
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
pygame = pytest.importorskip("pygame")

from game.app.render.tile_ground import TileGround, TileImages, load_picture, split_layers  # noqa: E402
from game.app.render.track_ground import PALETTE  # noqa: E402
from game.content.tmx import load_map  # noqa: E402
from game.sim.surfaces import Surface  # noqa: E402
from tests.content.tmx_helpers import MAPS, edited_copy  # noqa: E402

TINY_PNG = (MAPS / "valid" / "tilesets" / "tiny.png").read_bytes()


def _png(width: int, height: int, pixels: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


CORRUPT = _png(128, 32, b"\x78\x9c" + bytes(range(256)) * 2)


@pytest.fixture
def ring(tmp_path: Path) -> Path:
    return edited_copy(tmp_path, lambda text: text)


def test_a_good_picture_loads(tmp_path: Path) -> None:
    path = tmp_path / "good.png"
    path.write_bytes(TINY_PNG)
    picture, problem = load_picture(path)
    assert problem is None and picture is not None and picture.get_size() == (128, 32)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (None, "does not exist"),
        (b"GIF89a" + bytes(64), "not a PNG"),
        (CORRUPT, "could not be decoded"),
        (_png(60000, 60000, zlib.compress(bytes(8))), "60000x60000 pixels"),
        (TINY_PNG[:60], "could not be decoded"),
    ],
)
def test_a_bad_picture_is_a_sentence_naming_the_file(tmp_path: Path, data: bytes | None, words: str) -> None:
    path = tmp_path / "bad.png"
    if data is not None:
        path.write_bytes(data)
    picture, problem = load_picture(path)
    assert picture is None and problem is not None
    assert str(path) in problem and words in problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_pipe_or_a_folder_never_blocks_the_renderer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.png")
    (tmp_path / "folder.png").mkdir()
    for name, words in (("pipe.png", "not a regular file"), ("folder.png", "is a folder")):
        picture, problem = load_picture(tmp_path / name)
        assert picture is None and problem is not None and words in problem


def test_tiles_of_a_damaged_picture_are_drawn_in_their_surface_colour(ring: Path) -> None:
    render = load_map(ring).render  # headers only: the damage is in the pixels
    (ring.parent / "tilesets" / "tiny.png").write_bytes(CORRUPT)
    images = TileImages(render)
    problems = images.preload()
    assert len(problems) == 1 and "tiny.png" in problems[0]
    asphalt = images.get(1, 0, 16, 16)
    assert asphalt is not None and asphalt.get_size() == (16, 16)
    assert tuple(asphalt.get_at((8, 8)))[:3] == PALETTE[Surface.ASPHALT]
    below, above = split_layers(render)
    canvas = pygame.Surface((256, 256))
    assert TileGround(render, below, images, (0, 0, 0)).paint(canvas, 8.0, 0, 0)
    TileGround(render, above, images, None).paint(canvas, 8.0, 0, 0)
    assert images.problems == problems  # reported once, however often it is drawn


def test_a_picture_removed_after_loading_is_reported_not_raised(ring: Path) -> None:
    render = load_map(ring).render
    (ring.parent / "tilesets" / "tiny.png").unlink()
    images = TileImages(render)
    assert images.get(2, 0, 32, 32) is not None  # grass, drawn as grass colour
    assert any("does not exist" in p for p in images.problems)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(at=st.integers(0, len(TINY_PNG) - 1), value=st.integers(0, 255), cut=st.integers(0, len(TINY_PNG)))
def test_damaged_pictures_never_raise_in_the_renderer(tmp_path: Path, at: int, value: int, cut: int) -> None:
    data = bytearray(TINY_PNG)
    data[at] = value
    path = tmp_path / "fuzzed.png"
    path.write_bytes(bytes(data[: max(cut, 8)]))
    picture, problem = load_picture(path)
    assert (picture is None) != (problem is None)


def test_the_mods_screen_shows_the_problem_not_the_path() -> None:
    from game.app.scenes.mods import PROBLEM_CHARS, problem_line

    file = Path("/home/someone/.local/share/fast-track/mods/pack/ring.tmx")
    error = (
        f"{file}: tileset 'tiny' uses the image 'tiny.png', which does not exist; put it back.\n{file}: two"
    )
    line = problem_line(error, file)
    assert line.startswith("ring.tmx: tileset 'tiny'") and line.endswith("(+1 more)")
    assert len(problem_line("W" * 10_000, None)) == PROBLEM_CHARS
