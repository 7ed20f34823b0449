"""The map build is reproducible, and the committed maps are what it produces.

Determinism is what lets generated maps live in git: a rebuild that changes
nothing must write nothing new, so any diff in a commit is a real change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assets.art.build import build_all
from game.paths import LEVELS_DIR

SAMPLE = ["red-rock", "city-free"]


@pytest.fixture(scope="module")
def twice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    a = tmp_path_factory.mktemp("build_a")
    b = tmp_path_factory.mktemp("build_b")
    build_all(levels=a, previews=None, only=SAMPLE)
    build_all(levels=b, previews=None, only=SAMPLE)
    return a, b


def _files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def test_building_twice_gives_identical_files(twice: tuple[Path, Path]) -> None:
    a, b = twice
    assert _files(a) == _files(b)
    assert len(_files(a)) > len(SAMPLE)
    for rel in _files(a):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_committed_maps_and_tilesets_are_up_to_date(twice: tuple[Path, Path]) -> None:
    """Text files must match exactly; PNGs must match pixel for pixel (zlib may differ)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    built, _ = twice
    for rel in _files(built):
        mine, committed = built / rel, LEVELS_DIR / rel
        assert committed.is_file(), f"{rel} is not committed: run python -m assets.art.build"
        if rel.suffix == ".png":
            x, y = pygame.image.load(str(mine)), pygame.image.load(str(committed))
            assert x.get_size() == y.get_size(), rel
            assert pygame.image.tobytes(x, "RGBA") == pygame.image.tobytes(y, "RGBA"), rel
        else:
            assert mine.read_text() == committed.read_text(), (
                f"{rel} is stale: run python -m assets.art.build")
