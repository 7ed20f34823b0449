"""Damaged maps never crash the loader: the only exception it may raise is ContentError.

Hypothesis picks elements of the valid map's XML (and of its tileset) and
removes attributes, scribbles over them, deletes or duplicates elements, or
cuts the file short. Whatever comes out must load or be rejected politely.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.errors import ContentError
from game.content.tmx import load_map
from tests.content.tmx_helpers import MAPS, VALID

NASTY = ["", "0", "-1", "1.5", "abc", "nan", "inf", "1e999", "99999999999", "../../../etc/passwd",
         "/tmp", "true", "0,0 1", "1,1 2,2 3,3", "\u00e9", "-2147483648", "4294967296"]  # fmt: skip

TSX_TEXT = (MAPS / "valid" / "tilesets" / "tiny.tsx").read_text(encoding="utf-8")
MAP_TEXT = VALID.read_text(encoding="utf-8")


def _elements(text: str) -> int:
    return sum(1 for _ in ET.fromstring(text).iter())


@st.composite
def damage(draw: st.DrawFn, text: str) -> str:
    root = ET.fromstring(text)
    elements = list(root.iter())
    parents = {child: parent for parent in elements for child in parent}
    for _ in range(draw(st.integers(1, 4))):
        target = draw(st.sampled_from(elements))
        action = draw(st.sampled_from(["drop_attr", "set_attr", "drop_elem", "dup_elem", "text"]))
        attrs = sorted(target.attrib)
        if action == "drop_attr" and attrs:
            del target.attrib[draw(st.sampled_from(attrs))]
        elif action == "set_attr":
            name = draw(st.sampled_from([*attrs, "type", "rotation", "id", "template", "source"]))
            target.set(name, draw(st.sampled_from(NASTY) | st.text(max_size=8)))
        elif action == "drop_elem" and target in parents:
            if target in list(parents[target]):
                parents[target].remove(target)
        elif action == "dup_elem" and target in parents:
            parents[target].append(copy.deepcopy(target))
        elif action == "text":
            target.text = draw(st.sampled_from(NASTY) | st.text(max_size=20))
    out = ET.tostring(root, encoding="unicode")
    if draw(st.booleans()) and draw(st.integers(0, 9)) == 0:
        out = out[: draw(st.integers(0, len(out)))]
    return out


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="fuzzmap"))
    shutil.copytree(MAPS / "valid" / "tilesets", folder / "tilesets")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _load_politely(path: Path) -> None:
    try:
        loaded = load_map(path)
    except ContentError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
        assert all(p.startswith(str(path)) for p in exc.problems), exc.problems
        return
    assert loaded.track.surfaces.cells.shape == (loaded.render.height_tiles, loaded.render.width_tiles)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=damage(MAP_TEXT))
def test_damaged_map_only_raises_content_error(workdir: Path, text: str) -> None:
    (workdir / "tilesets" / "tiny.tsx").write_text(TSX_TEXT, encoding="utf-8")
    path = workdir / "ring.tmx"
    path.write_text(text, encoding="utf-8")
    _load_politely(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=damage(TSX_TEXT))
def test_damaged_tileset_only_raises_content_error(workdir: Path, text: str) -> None:
    (workdir / "tilesets" / "tiny.tsx").write_text(text, encoding="utf-8")
    path = workdir / "ring.tmx"
    path.write_text(MAP_TEXT, encoding="utf-8")
    _load_politely(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=64), at=st.integers(0, len(MAP_TEXT)))
def test_random_bytes_spliced_in_only_raise_content_error(workdir: Path, data: bytes, at: int) -> None:
    (workdir / "tilesets" / "tiny.tsx").write_text(TSX_TEXT, encoding="utf-8")
    raw = MAP_TEXT.encode()
    path = workdir / "ring.tmx"
    path.write_bytes(raw[:at] + data + raw[at:])
    _load_politely(path)


def test_the_fuzzer_starts_from_a_map_that_loads() -> None:
    assert _elements(MAP_TEXT) > 50
    load_map(VALID)
