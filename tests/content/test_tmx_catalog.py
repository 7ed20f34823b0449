"""Track discovery, mods, and the ``tracks`` / ``check-map`` / ``bench load`` commands."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from game.cli import main
from game.content.catalog import MOD_PREFIX, find_track, list_tracks, mod_tracks
from game.content.errors import ContentError
from tests.content.tmx_helpers import BROKEN, MAPS, VALID


@pytest.fixture
def mods(tmp_path: Path) -> Path:
    """A mods folder: one good pack with its tileset, one broken loose map, one junk file."""
    root = tmp_path / "mods"
    shutil.copytree(MAPS / "valid", root / "ringpack")
    for name in ("slot_off_road.tmx", "tiny.tsx", "tiny.png"):
        shutil.copy(BROKEN / name, root / name)
    (root / "notes.txt").write_text("not a map")
    return root


def test_mods_are_listed_with_prefixed_ids_and_errors(mods: Path) -> None:
    entries = {e.id: e for e in mod_tracks(mods)}
    assert set(entries) == {"mod:ringpack/ring", "mod:slot_off_road"}
    good = entries["mod:ringpack/ring"]
    assert (good.name, good.kind, good.source, good.error) == ("Tiny Test Ring", "circuit", "mod", None)
    bad = entries["mod:slot_off_road"]
    assert bad.error is not None and "object 6 'pole'" in bad.error


def test_mod_ids_never_shadow_bundled_ones(mods: Path, tmp_path: Path) -> None:
    levels = tmp_path / "levels"
    shutil.copytree(MAPS / "valid", levels)
    shutil.copy(levels / "ring.tmx", mods / "ring.tmx")
    shutil.copytree(levels / "tilesets", mods / "tilesets")
    entries = list_tracks(mods, levels)
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert "ring" in ids and MOD_PREFIX + "ring" in ids
    assert find_track("ring", mods, levels).source == "bundled"
    assert find_track(MOD_PREFIX + "ring", mods, levels).source == "mod"


def test_find_track_by_file_and_unknown_ids(mods: Path, tmp_path: Path) -> None:
    assert find_track(str(VALID), mods).name == "Tiny Test Ring"
    with pytest.raises(ContentError, match="no track 'nowhere'"):
        find_track("nowhere", mods, tmp_path)
    with pytest.raises(ContentError, match="off the track"):
        find_track("mod:slot_off_road", mods)


def test_missing_mods_folder_is_just_empty(tmp_path: Path) -> None:
    assert mod_tracks(tmp_path / "absent") == []


def test_tracks_command_json(mods: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tracks", "--json", "--mods", str(mods)]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out.strip().splitlines()[-1])
    ids = [t["id"] for t in data["tracks"]]
    assert "mod:ringpack/ring" in ids and "mod:slot_off_road" not in ids
    assert all(set(t) == {"id", "name", "file", "kind"} for t in data["tracks"])
    assert data["errors"][0]["id"] == "mod:slot_off_road"
    assert "broken track mod:slot_off_road" in err and "object 6 'pole'" in err


def test_check_map_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-map", str(VALID)]) == 0
    assert capsys.readouterr().out.strip() == f"{VALID}: OK"
    broken = BROKEN / "slot_in_wall.tmx"
    assert main(["check-map", str(VALID), str(broken)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == f"{VALID}: OK"
    assert len(lines) == 3 and all(line.startswith(f"{broken}: object 6 'pole'") for line in lines[1:])


def test_bench_load_reports_every_bundled_track() -> None:
    from game.bench.load import measure
    from game.content.catalog import bundled_tracks

    figures = measure()
    ids = {e.id for e in bundled_tracks() if e.error is None}
    assert set(figures["load_ms"]) == ids  # type: ignore[arg-type]
    assert figures["load_ms_max"] == max(figures["load_ms"].values(), default=0.0)  # type: ignore[attr-defined]
