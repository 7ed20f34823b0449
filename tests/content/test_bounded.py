"""The bounded readers every loader goes through: regular files, sizes, bombs, nesting, numbers."""

from __future__ import annotations

import contextlib
import gzip
import os
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content import bounded, limits
from game.content.errors import ContentError


def test_only_regular_files_within_their_size_are_read(tmp_path: Path) -> None:
    ok = tmp_path / "ok.json"
    ok.write_text('{"a": 1}', encoding="utf-8")
    assert bounded.read_json(ok, "save") == {"a": 1}
    with pytest.raises(ContentError, match="does not exist"):
        bounded.read_bytes(tmp_path / "missing", "save", 100)
    with pytest.raises(ContentError, match="is a folder"):
        bounded.read_bytes(tmp_path, "save", 100)
    big = tmp_path / "big"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(ContentError, match="over the limit of 1 KB"):
        bounded.read_bytes(big, "save", 1024)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "tiles.tsx"
    os.mkfifo(fifo)
    with pytest.raises(ContentError, match="not a regular file"):
        bounded.read_bytes(fifo, "tileset", 1024)


def test_containment_follows_symlinks(tmp_path: Path) -> None:
    root = tmp_path / "mods"
    (root / "pack").mkdir(parents=True)
    (root / "pack" / "a.tmx").write_text("x", encoding="utf-8")
    outside = tmp_path / "secret"
    outside.write_text("x", encoding="utf-8")
    (root / "pack" / "link.tmx").symlink_to(outside)
    assert bounded.contained(root, "pack/a.tmx") == (root / "pack" / "a.tmx").resolve()
    assert bounded.contained(root, "pack/link.tmx") is None
    assert bounded.contained(root, "../secret") is None
    assert bounded.contained(root, str(outside)) is None
    with pytest.raises(ContentError, match="outside"):
        bounded.contained_file(root, "../secret", "map")


def test_a_decompression_bomb_stops_at_the_limit() -> None:
    bomb = zlib.compress(b"\0" * (20 * limits.MB), 9)
    assert len(bomb) < 100 * limits.KB
    with pytest.raises(ContentError, match="unpacks to more than 1 MB"):
        bounded.inflate(bomb, 15, limits.MB, "tile layer", "map.tmx")
    assert bounded.inflate(gzip.compress(b"abc"), 31, 10, "replay", "r.ftr") == b"abc"
    with pytest.raises(ContentError, match="cut short"):
        bounded.inflate(zlib.compress(b"abcdef" * 100)[:-6], 15, 10_000, "tile layer", "map.tmx")


@pytest.mark.parametrize(
    "text, why",
    [
        ("[" * 5000 + "]" * 5000, "nests deeper"),
        ('{"failures": 1e999}', "too large"),
        ('{"n": ' + "9" * 5000 + "}", "more than 40 digits"),
        ('{"n": NaN}', "not a number"),
        ('{"n": 1', "not valid JSON"),
    ],
)
def test_hostile_json_is_one_content_error(text: str, why: str) -> None:
    with pytest.raises(ContentError, match=why):
        bounded.parse_json(text, "save.json", "save")


@pytest.mark.parametrize(
    "text, why",
    [
        ("a = " + "[" * 3000 + "]" * 3000, "nests"),
        ("a = " + "9" * 5000, "digits"),
        ("a = " + "9" * 50, "more than 40 digits"),
        ("a = 1e400", "too large"),
        ("a = nan", "too large"),
        ("a = [", "not valid TOML"),
    ],
)
def test_hostile_toml_is_one_content_error(text: str, why: str) -> None:
    with pytest.raises(ContentError, match=why):
        bounded.parse_toml(text, "m.toml", "mission")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_data_or_a_content_error(data: bytes) -> None:
    for parse in (bounded.parse_json, bounded.parse_toml):
        with contextlib.suppress(ContentError):
            parse(data.decode("utf-8", "replace"), "f", "file")
    with contextlib.suppress(ContentError):
        bounded.inflate(data, 47, 1000, "layer", "f")
