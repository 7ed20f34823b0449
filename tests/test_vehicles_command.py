"""``python -m game vehicles --measure``: the handling table a modder tunes with, and the plots.

One car is measured in-process (a few seconds); the numbers are checked for
shape and plausibility, not for the tuning, which the sim tests pin.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

import pytest

from game import cli
from game.commands import vehicles


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    vehicles.configure(parser)
    return vehicles.run(parser.parse_args(argv))


@pytest.fixture(scope="module")
def subaru() -> dict[str, Any]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = _run(["--measure", "--car", "subaru", "--json"])
    assert status == 0
    data = json.loads(out.getvalue().splitlines()[-1])
    [row] = data["vehicles"]
    return {"status": status, **row}


def test_measure_json_has_every_number_for_the_one_car_asked_for(subaru: dict[str, Any]) -> None:
    assert subaru["id"] == "subaru" and subaru["kind"] == "car"
    assert 3.0 < subaru["accel_s"] < 10.0
    assert subaru["accel_kmh"] == 100.0
    assert 150.0 < subaru["top_kmh"] < 350.0
    assert 25.0 < subaru["brake_100_m"] < 60.0 and subaru["brake_from_kmh"] == 100.0
    assert 0.5 < subaru["lateral_g"] < 2.0
    assert 6.0 < subaru["turning_circle_m"] < 16.0
    assert 0.0 < subaru["yaw_response_s"] < 2.0
    held = subaru["held_key"]
    assert math.isfinite(held["peak_slip_deg"]) and 0.0 <= held["peak_slip_deg"] <= 180.0
    assert 25.0 <= held["kmh"] <= 300.0 and held["throttle"] in (0.0, 1.0)
    assert held["limit_deg"] == 25.0 and isinstance(held["spun"], bool)
    assert subaru["held_key_ok"] == (held["peak_slip_deg"] <= held["limit_deg"] and not held["spun"])
    for key in ("flick", "flick_hands_off"):
        assert set(subaru[key]) == {"80", "120", "160"}
        for target, run in subaru[key].items():
            assert abs(run["kmh"] - float(target)) < 3.0
            assert 0.0 < run["peak_slip_deg"] <= 180.0 and isinstance(run["spun"], bool)
            assert run["caught_s"] is None or 0.0 <= run["caught_s"] <= 4.0  # null: never caught
    assert isinstance(subaru["flick_ok"], bool) and isinstance(subaru["ok"], bool)


def test_the_table_has_a_row_per_car_with_aligned_columns(subaru: dict[str, Any]) -> None:
    from game.content.vehicles import load_vehicles
    from game.paths import VEHICLES_FILE

    spec = load_vehicles(VEHICLES_FILE)["subaru"]
    lines = vehicles.table([spec], [subaru])
    header, units, rule, row = lines
    assert "km/h" in units
    assert "0-100" in header and "held key slip" in header and "flick 160" in header and "yaw" in header
    assert row.startswith("subaru ") and len(rule) == len(header)
    assert header.index("top") < header.index("100-0") < header.index("circle")
    assert f"{subaru['brake_100_m']:.1f}" in row and ("ok" in row.split()[-1] or "OUT OF RANGE" in row)


def test_a_bike_too_slow_for_the_flick_speeds_reports_them_as_null() -> None:
    from game.content.vehicles import load_vehicles
    from game.paths import VEHICLES_FILE

    scooter = load_vehicles(VEHICLES_FILE)["scooter"]
    row = vehicles.measure(scooter)
    assert row["flick"] == {"80": None, "120": None, "160": None}
    assert row["flick_hands_off"] == {"80": None, "120": None, "160": None}
    assert row["flick_ok"] is None  # a bike falls rather than slides: no verdict
    assert row["brake_from_kmh"] == scooter.accel_kmh < 100.0
    [line] = vehicles.table([scooter], [{"id": "scooter", **row}])[3:]
    assert line.split()[:3] == ["scooter", "bike", scooter.drive] and " bike " in line


def test_an_unknown_car_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["--car", "batmobile"]) == 2
    err = capsys.readouterr().err
    assert "batmobile" in err and "subaru" in err and err.startswith("error: ")


def test_a_broken_vehicles_file_is_one_clear_message_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "vehicles.toml"
    broken.write_text('[vehicle.kart]\nname = "Kart"\nmass_kg = "heavy"\n', encoding="utf-8")
    assert cli.main(["vehicles", "--file", str(broken), "--measure"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"error: {broken}: vehicle 'kart': ")
    assert "field 'mass_kg' must be a number, got 'heavy'" in captured.err

    broken.write_text("[vehicle.kart\n", encoding="utf-8")
    assert cli.main(["vehicles", "--file", str(broken)]) == 1
    assert "not valid TOML" in capsys.readouterr().err


def test_the_plot_tool_draws_one_car(tmp_path: Path) -> None:
    from game.tools import handling_plots

    assert handling_plots.main(["--out", str(tmp_path), "subaru"]) == 0
    png = tmp_path / "subaru.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000

    import pygame

    image = pygame.image.load(str(png))
    assert image.get_size() == (handling_plots.WIDTH, handling_plots.HEIGHT)
    colours = {tuple(image.get_at((x, y)))[:3] for x in range(0, 900, 7) for y in range(0, 420, 7)}
    assert len(colours) > 30  # lines, bands, text: not a blank canvas


def test_the_listing_shows_each_vehicles_class_and_index(capsys: pytest.CaptureFixture[str]) -> None:
    from game.content.vehicles import load_vehicles
    from game.paths import VEHICLES_FILE
    from game.sim.classes import CLASSES, performance_index

    assert _run([]) == 0
    lines = capsys.readouterr().out.splitlines()
    subaru = next(line for line in lines if line.startswith("subaru "))
    index = performance_index(load_vehicles(VEHICLES_FILE)["subaru"])
    assert subaru.split()[-2:] == ["B", f"{index:.1f}"]
    assert _run(["--json"]) == 0
    rows = json.loads(capsys.readouterr().out.splitlines()[-1])["vehicles"]
    assert all(r["class"] in CLASSES and r["index"] > 0 for r in rows) and len(rows) == len(lines)
    assert vehicles.HEADERS[3] == ("class", "index")
