"""Vehicle spec files: every mistake is one sentence naming the file, the vehicle and the field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.content.errors import ContentError
from game.content.vehicles import load_vehicles, parse_vehicles
from game.paths import VEHICLES_FILE

GOOD = VEHICLES_FILE.read_text(encoding="utf-8")


def _subaru_block() -> str:
    start = GOOD.index("[vehicle.subaru]")
    end = GOOD.index("[vehicle.", start + 5)
    return GOOD[start:end]


def _problems(text: str) -> list[str]:
    with pytest.raises(ContentError) as caught:
        parse_vehicles(text, "mods/cars.toml")
    return caught.value.problems


def test_bundled_specs_load_and_are_complete() -> None:
    specs = load_vehicles(VEHICLES_FILE)
    assert len(specs) >= 14
    for vid, spec in specs.items():
        assert spec.id == vid and spec.name
        assert spec.expect_accel_s[0] < spec.expect_accel_s[1]


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        (lambda b: b.replace("mass_kg = 1450\n", ""), "mass_kg", "is missing"),
        (lambda b: b.replace("mass_kg = 1450", "mass_kg = -1450"), "mass_kg", "must not be negative"),
        (lambda b: b.replace("power_kw = 221", 'power_kw = "lots"'), "power_kw", "must be a number"),
        (lambda b: b.replace("dirt = 1.25", "mud = 1.25"), "surface_grip.mud", "unknown surface"),
        (lambda b: b.replace('drive = "awd"', 'drive = "4wd"'), "drive", "must be one of fwd, rwd, awd"),
        (
            lambda b: b.replace("expect_top_kmh = [240, 270]", "expect_top_kmh = 250"),
            "expect_top_kmh",
            "[low, high] pair",
        ),
        (lambda b: b + "turbo_boost = 2\n", "turbo_boost", "not a vehicle field"),
        (lambda b: b.replace("abs_brakes", "x") + "abs_brakes = 1\n", "abs_brakes", "true or false"),
    ],
)
def test_bad_field_is_named_in_one_sentence(edit, field: str, words: str) -> None:
    problems = _problems(edit(_subaru_block()))
    assert len(problems) == 1, problems
    message = problems[0]
    assert message.startswith("mods/cars.toml: vehicle 'subaru': field ")
    assert f"'{field}'" in message and words in message
    assert message.endswith(".") and "\n" not in message


def test_every_problem_is_reported_at_once() -> None:
    broken = _subaru_block().replace("mass_kg = 1450", "mass_kg = 0")
    broken = broken.replace("width_m = 1.8", "width_m = true")
    problems = _problems(broken)
    assert {p.split("field ")[1].split("'")[1] for p in problems} == {"mass_kg", "width_m"}


def test_malformed_toml_and_empty_files() -> None:
    assert "not valid TOML" in _problems("[vehicle.x\nmass = 1")[0]
    assert "no [vehicle.ID] tables" in _problems("title = 'cars'")[0]


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="does not exist"):
        load_vehicles(tmp_path / "missing.toml")
    binary = tmp_path / "cars.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ContentError, match="not UTF-8"):
        load_vehicles(binary)


def test_command_line_reports_a_bad_spec_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "cars.toml"
    bad.write_text(_subaru_block().replace("mass_kg = 1450", "mass_kg = -5"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "game", "vehicles", "--file", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(bad) in lines[0] and "'subaru'" in lines[0] and "'mass_kg'" in lines[0]
