"""Pace tables: every bundled circuit ships a current one, and a bad or stale one is never used.

A stale table (another map, another physics) would balance a one-class race
on measurements of a different game, so the first test fails until
``python -m game.tools.author_pace`` has measured it again.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from game.content import pace as pace_files
from game.content.errors import ContentError
from game.content.library import Library
from game.sim.ai.pace import PACE_FACTORS, PaceCurve
from game.sim.replay import SIM_VERSION, track_fingerprint


@cache
def _library() -> Library:
    return Library()


def _bundled_circuits() -> list[str]:
    return [o.id for o in _library().tracks() if o.kind == "circuit" and o.file is not None and not o.error]


@pytest.mark.parametrize("track", _bundled_circuits())
def test_every_bundled_circuit_has_a_current_table_for_every_car(track: str) -> None:
    library = _library()
    loaded = library.load(track).track
    table = library.pace(loaded)
    stored = pace_files.read_pace(pace_files.pace_path(track))
    assert table is not None, (
        f"{track}: the pace table is stale (measured on map {stored.track_fingerprint} with sim "
        f"{stored.sim_version}; now {track_fingerprint(loaded)} and {SIM_VERSION}): "
        "run python -m game.tools.author_pace"
    )
    assert set(table) == set(library.vehicles()), f"{track}: cars without a measured lap"
    assert stored.factors == list(PACE_FACTORS)
    for car, curve in table.items():
        # A car drives its plan no quicker than the estimate allows, give or take a bike's lean.
        assert all(0.9 < r < 1.2 for r in curve.ratios), f"{track} {car}: {curve.ratios}"


HARBOUR = pace_files.pace_path("harbour")
"""The shipped table, named before any test points the tables' folder elsewhere."""


def _write(tmp_path: Path, **changes: object) -> Path:
    source = json.loads(HARBOUR.read_text())
    source.update(changes)
    path = tmp_path / "harbour.json"
    path.write_text(json.dumps(source))
    return path


def test_a_damaged_table_is_one_sentence_naming_the_file_and_the_place(tmp_path: Path) -> None:
    path = _write(tmp_path, cars={"subaru": [1.01, "fast", 1.03]})
    with pytest.raises(ContentError) as err:
        pace_files.read_pace(path)
    message = str(err.value)
    assert str(path) in message and "cars.subaru.1" in message and "fast" in message
    short = _write(tmp_path, cars={"subaru": [1.01, 1.02]})
    with pytest.raises(ContentError, match="one ratio per factor"):
        pace_files.read_pace(short)
    (tmp_path / "harbour.json").write_text("{not json")
    with pytest.raises(ContentError, match=r"harbour\.json"):
        pace_files.read_pace(tmp_path / "harbour.json")


def test_a_stale_or_damaged_table_balances_on_the_estimate_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = Library()
    track = library.load("harbour").track
    assert library.pace(track) is not None
    monkeypatch.setattr(pace_files, "PACE_DIR", tmp_path)
    _write(tmp_path, track_fingerprint="0" * 24)
    assert library.pace(track) is None, "a table measured on another map was used"
    _write(tmp_path, sim_version=SIM_VERSION - 1)
    assert library.pace(track) is None, "a table measured with other physics was used"
    (tmp_path / "harbour.json").write_text('{"format": "fast-track-pace"')
    assert library.pace(track) is None
    (tmp_path / "harbour.json").unlink()
    assert library.pace(track) is None


def test_a_curve_reads_between_its_factors_and_holds_beyond_them() -> None:
    curve = PaceCurve((0.88, 1.0, 1.12), (1.00, 1.02, 1.08))
    assert curve.ratio(1.0) == pytest.approx(1.02)
    assert curve.ratio(0.94) == pytest.approx(1.01)
    assert curve.ratio(1.06) == pytest.approx(1.05)
    assert curve.ratio(0.5) == pytest.approx(1.00) and curve.ratio(1.5) == pytest.approx(1.08)
    with pytest.raises(ValueError, match="rise"):
        PaceCurve((1.0, 0.9), (1.0, 1.0))
