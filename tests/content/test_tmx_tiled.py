"""Our maps against the real Tiled (Debian's 1.8): it renders them and round-trips them.

``tmxrasterizer`` proves Tiled itself can open and draw every map (and its
tilesets and images); ``tiled --export-map`` proves a modder who opens and
saves a map in Tiled 1.8 keeps a map the game loads the same way. Both run
headless (QT_QPA_PLATFORM=offscreen). Without the tools these tests skip,
unless FAST_TRACK_REQUIRE_TILED=1 (CI) makes the missing tools a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from game.content.tmx import load_map
from game.paths import LEVELS_DIR
from game.sim.track import Track
from tests.content.tmx_helpers import VALID

MAPS = [VALID, *sorted(LEVELS_DIR.glob("*.tmx"))]
IDS = [p.relative_to(p.parents[1]).as_posix() for p in MAPS]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        message = f"{name} is not installed (Debian package 'tiled')"
        if os.environ.get("FAST_TRACK_REQUIRE_TILED") == "1":
            pytest.fail(message + " but FAST_TRACK_REQUIRE_TILED=1")
        pytest.skip(message)
    return found


def copy_map_tree(map_path: Path, dest: Path) -> Path:
    """Copy the map's folder tree (maps, tilesets, images) so Tiled can write beside it."""
    ignore = shutil.ignore_patterns("*.py", "__pycache__", "broken", "tests")
    shutil.copytree(map_path.parent, dest, ignore=ignore)
    return dest / map_path.name


@pytest.mark.parametrize("map_path", MAPS, ids=IDS)
def test_tmxrasterizer_draws_the_map(map_path: Path, tmp_path: Path) -> None:
    rasterizer = tool("tmxrasterizer")
    out = tmp_path / "map.png"
    result = subprocess.run(
        [rasterizer, "--size", "512", str(map_path), str(out)],
        capture_output=True, text=True, env=ENV, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.is_file() and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(out.read_bytes()[16:20]), int.from_bytes(out.read_bytes()[20:24])
    assert max(width, height) == 512
    assert "failed" not in result.stderr.lower() and "error" not in result.stderr.lower()
    _assert_not_blank(out)


def _assert_not_blank(png: Path) -> None:
    """A drawn map has many colours; a map whose tileset image failed to load has one."""
    pygame = pytest.importorskip("pygame")
    surface = pygame.image.load(str(png))
    w, h = surface.get_size()
    colours = {tuple(surface.get_at((x, y)))[:3] for x in range(0, w, 7) for y in range(0, h, 7)}
    assert len(colours) >= 3, f"{png} looks blank: {colours}"


def _key(track: Track) -> tuple[object, ...]:
    def r(points: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
        return tuple((round(x, 3), round(y, 3)) for x, y in points)

    return (
        sorted((r(w.points), w.closed) for w in track.walls),
        [(c.index, r((c.a, c.b))) for c in track.checkpoints],
        None if track.finish is None else r((track.finish.a, track.finish.b)),
        [(s.index, round(s.x, 3), round(s.y, 3), round(s.heading, 4)) for s in track.start_slots],
        track.surfaces.cells.tobytes(),
        (track.name, track.kind, track.laps, track.night),
    )


@pytest.mark.parametrize("map_path", MAPS, ids=IDS)
def test_tiled_export_round_trip_keeps_the_track(map_path: Path, tmp_path: Path) -> None:
    tiled = tool("tiled")
    source = copy_map_tree(map_path, tmp_path / "tree")
    exported = source.with_name("exported.tmx")
    result = subprocess.run(
        [tiled, "--export-map", str(source), str(exported)],
        capture_output=True, text=True, env=ENV, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert exported.is_file()
    before = load_map(source).track
    after = load_map(exported).track
    assert _key(after) == _key(before)
    assert len(after.props) == len(before.props) and after.triggers == before.triggers
