"""The committed maps and tilesets are what the build produces — on any machine.

Generated files live in git, so a rebuild anywhere must reproduce them: a
fresh clone whose rebuild differs fails its own tests. The build is run here
with every non-exact maths result nudged by an ulp (``tests/levels/nudge.py``),
the way another CPU's SIMD paths, another C library or another numpy would
differ, and must still give the committed files byte for byte (PNGs pixel for
pixel). That one run also proves the committed files are up to date.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import pytest

from assets.art.build import build_all
from game.paths import LEVELS_DIR
from tests.levels.nudge import nudged

CAMPAIGN_TILESETS = LEVELS_DIR / "campaign" / "maps" / "tilesets"
pytestmark = pytest.mark.xdist_group("art-build")  # one worker runs the build once


@pytest.fixture(scope="module")
def nudged_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build_nudged")
    with nudged():
        build_all(levels=out, previews=None)
    return out


def _files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def _same_file(mine: Path, committed: Path) -> bool:
    """Text files exactly; PNGs pixel for pixel (zlib's bytes may differ between versions)."""
    if mine.suffix != ".png":
        return mine.read_bytes() == committed.read_bytes()
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    x, y = pygame.image.load(str(mine)), pygame.image.load(str(committed))
    return x.get_size() == y.get_size() and (
        pygame.image.tobytes(x, "RGBA") == pygame.image.tobytes(y, "RGBA")
    )


def test_a_build_with_every_inexact_result_nudged_gives_the_committed_files(nudged_build: Path) -> None:
    built = _files(nudged_build)
    assert {p.suffix for p in built} == {".tmx", ".tsx", ".png"}
    assert len([p for p in built if p.suffix == ".tmx"]) == len(list(LEVELS_DIR.glob("*.tmx")))
    stale = []
    for rel in built:
        committed = LEVELS_DIR / rel
        assert committed.is_file(), f"{rel} is not committed: run python -m assets.art.build"
        if not _same_file(nudged_build / rel, committed):
            stale.append(str(rel))
    assert not stale, (
        f"{', '.join(stale)} differ from a rebuild whose inexact maths was nudged by an ulp: "
        "either they are stale (run python -m assets.art.build) or a decision in assets/art "
        "hangs on a last bit (route the maths through assets.art.exact)"
    )


def test_the_campaign_maps_carry_the_current_terrain_tileset(nudged_build: Path) -> None:
    """The mansion map keeps its own copy of the tileset (maps reference only their own tree)."""
    for copy in sorted(CAMPAIGN_TILESETS.glob("*")):
        built = nudged_build / "tilesets" / copy.name
        assert built.is_file(), copy.name
        assert _same_file(built, copy), f"{copy} is stale: run python levels/campaign/maps/make_maps.py"


def test_the_nudge_moves_every_patched_result_and_flips_a_raw_decision() -> None:
    """The check above is only as good as the nudge: results must move, both ways."""
    x = np.linspace(0.1, 1.0, 8)
    true_sin, true_norm = np.sin(x), float(np.linalg.norm([3.0, 4.0]))
    with nudged():
        moved = np.sin(x)
        assert np.all(moved != true_sin)
        assert (moved > true_sin).any() and (moved < true_sin).any()
        assert math.atan2(1.0, 1.0) != math.pi / 4
        # A decision taken on a raw result at a designed round number flips:
        lengths = [float(np.linalg.norm([3.0, 4.0])) for _ in range(2)]
        assert {length <= 5.0 for length in lengths} == {True, False}
        assert np.fft.ifft2(np.fft.fft2(np.eye(4))).real[0, 0] != 1.0
    assert np.array_equal(np.sin(x), true_sin) and float(np.linalg.norm([3.0, 4.0])) == true_norm
