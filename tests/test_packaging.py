"""The installed game is the whole game.

The wheel must carry every data file the game reads, at the place
``game.paths`` looks for it, and no junk; ``game.paths`` must find the data in
both layouts. The file list is hatchling's own (what ``pip wheel`` would pack),
computed without building. ``.ci/wheel-smoke`` installs a real wheel and plays it.
"""

from __future__ import annotations

import re
import tomllib
import zipfile
from pathlib import Path

import pytest
from hatchling.builders.wheel import WheelBuilder

from game import paths
from game.content.catalog import bundled_tracks

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "game"


@pytest.fixture(scope="module")
def wheel() -> dict[str, Path]:
    """Path inside the wheel -> the file it is copied from."""
    return {f.distribution_path: Path(f.path) for f in WheelBuilder(str(ROOT)).recurse_included_files()}


def _is_code_or_cache(relative: Path) -> bool:
    return relative.suffix in (".py", ".pyc") or "__pycache__" in relative.parts


def test_the_tests_read_the_checkout_itself() -> None:
    """A stray ``game/_bundled`` in a checkout would silently shadow the files being edited."""
    assert paths.IN_CHECKOUT
    assert (paths.LEVELS_DIR, paths.ASSETS_DIR) == (ROOT / "levels", ROOT / "assets")


def test_the_wheel_carries_every_level_and_asset_file_and_no_code(wheel: dict[str, Path]) -> None:
    for folder, inside in ((paths.LEVELS_DIR, "levels"), (paths.ASSETS_DIR, "assets")):
        expected = {
            f"game/{paths.BUNDLED}/{inside}/{p.relative_to(folder).as_posix()}"
            for p in folder.rglob("*")
            if p.is_file()
            and not _is_code_or_cache(p.relative_to(folder))
            and not p.relative_to(folder).as_posix().startswith("art/")  # assets/art: the art generator
        }
        packed = {d for d in wheel if d.startswith(f"game/{paths.BUNDLED}/{inside}/")}
        assert expected, folder
        assert sorted(expected - packed) == [], f"data files left out of the wheel ({inside}/)"
        assert sorted(packed - expected) == [], f"code or junk packed as data ({inside}/)"


def test_the_wheel_carries_a_preview_of_every_bundled_track(wheel: dict[str, Path]) -> None:
    tracks = [t.id for t in bundled_tracks()]
    assert tracks
    for track in tracks:
        if (paths.PREVIEWS_DIR / f"{track}.png").is_file():
            assert f"game/{paths.BUNDLED}/previews/{track}.png" in wheel, track
    previews = [d for d in wheel if d.startswith(f"game/{paths.BUNDLED}/previews/")]
    assert previews and all(d.endswith(".png") for d in previews)


def test_the_package_code_is_all_there_and_clean(wheel: dict[str, Path]) -> None:
    code = {d for d in wheel if not d.startswith(f"game/{paths.BUNDLED}/")}
    sources = {
        f"game/{p.relative_to(PACKAGE).as_posix()}"
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert code == sources


def test_every_map_and_tileset_reference_stays_inside_the_wheel(wheel: dict[str, Path]) -> None:
    """Tiled files point at their tilesets and images by relative path; none may lead out of the data."""
    broken = []
    for inside, source in wheel.items():
        if source.suffix not in (".tmx", ".tsx", ".tx"):
            continue
        for ref in re.findall(r'\bsource="([^"]+)"', source.read_text(encoding="utf-8")):
            target = "/".join([*inside.split("/")[:-1], ref])
            parts: list[str] = []
            for part in target.split("/"):
                if part == "..":
                    parts = parts[:-1]
                elif part not in ("", "."):
                    parts.append(part)
            if "/".join(parts) not in wheel:
                broken.append(f"{inside} -> {ref}")
    assert broken == []


def test_the_test_extra_bounds_hatchling_as_the_build_does() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    build = [r for r in project["build-system"]["requires"] if r.startswith("hatchling")]
    tested = [r for r in project["project"]["optional-dependencies"]["test"] if r.startswith("hatchling")]
    assert build == tested and len(build) == 1


def _fake_install(tmp_path: Path) -> Path:
    package = tmp_path / "site-packages" / "game"
    for folder in ("levels", "assets", "previews"):
        (package / paths.BUNDLED / folder).mkdir(parents=True)
    return package


def test_paths_use_the_installed_layout_when_the_package_has_one(tmp_path: Path) -> None:
    package = _fake_install(tmp_path)
    dirs = paths.locate(package, checkout=ROOT)  # preferred even beside a full checkout
    bundled = package / paths.BUNDLED
    expected = paths.DataDirs(bundled / "levels", bundled / "assets", bundled / "previews", installed=True)
    assert dirs == expected


def test_paths_without_any_data_say_where_they_looked(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "game"
    package.mkdir(parents=True)
    with pytest.raises(paths.DataNotFound) as caught:
        paths.locate(package, checkout=tmp_path / "nowhere")
    message = str(caught.value)
    assert "levels, assets" in message and str(package / paths.BUNDLED) in message
    assert str(tmp_path / "nowhere") in message


def test_paths_refuse_data_that_is_not_on_a_real_file_system(tmp_path: Path) -> None:
    archive = tmp_path / "game.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("game/__init__.py", "")
        z.writestr(f"game/{paths.BUNDLED}/levels/a.tmx", "")
        z.writestr(f"game/{paths.BUNDLED}/assets/vehicles.toml", "")
    with pytest.raises(paths.DataNotFound, match="not on a real file system"):
        paths.locate(zipfile.Path(archive, "game/"), checkout=tmp_path / "nowhere")
