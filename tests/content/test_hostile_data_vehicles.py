"""Hostile vehicle and rivals files: one ContentError, one sentence per problem, in the file's words."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from game.content import limits
from game.content.errors import ContentError
from game.content.rivals import load_rivals, parse_rivals
from game.content.vehicles import load_vehicles, parse_vehicles
from game.paths import ASSETS_DIR, VEHICLES_FILE

GOOD = VEHICLES_FILE.read_text(encoding="utf-8")
RIVALS = (ASSETS_DIR / "rivals.toml").read_text(encoding="utf-8")
PYTHON_WORDS = re.compile(r"\b(True|False|None|datetime|Traceback)\b|\{'|\['")


def _subaru(edit: tuple[str, str] = ("", "")) -> str:
    start = GOOD.index("[vehicle.subaru]")
    block = GOOD[start : GOOD.index("[vehicle.", start + 5)]
    assert edit[0] in block
    return block.replace(*edit) if edit[0] else block


def _vehicle_problems(text: str) -> list[str]:
    with pytest.raises(ContentError) as caught:
        parse_vehicles(text, "cars.toml")
    assert not any(PYTHON_WORDS.search(p) for p in caught.value.problems), caught.value.problems
    return caught.value.problems


def _with_first_corner_grip(value: str) -> str:
    """The shipped rivals file with its first corner_grip set to `value` (whatever the tuned number is)."""
    changed, count = re.subn(r"(?m)^corner_grip = [0-9.]+$", f"corner_grip = {value}", RIVALS, count=1)
    assert count == 1, "assets/rivals.toml has no corner_grip line to break"
    return changed


def _rival_problems(text: str) -> list[str]:
    with pytest.raises(ContentError) as caught:
        parse_rivals(text, "rivals.toml")
    assert not any(PYTHON_WORDS.search(p) for p in caught.value.problems), caught.value.problems
    return caught.value.problems


# --------------------------------------------------------------------------- vehicles


def test_an_integer_too_large_for_a_float_is_refused_by_its_digits() -> None:
    (message,) = _vehicle_problems(_subaru(("mass_kg = 1450", "mass_kg = 1" + "0" * 400)))
    assert f"more than {limits.NUMBER_DIGITS} digits" in message and len(message) < 200


def test_an_integer_under_the_digit_limit_is_out_of_range_not_a_crash() -> None:
    (message,) = _vehicle_problems(_subaru(("mass_kg = 1450", "mass_kg = 1" + "0" * 38)))
    assert "'mass_kg' must be from 50 to 10000" in message


def test_deep_nesting_is_one_sentence() -> None:
    (message,) = _vehicle_problems(_subaru(("mass_kg = 1450", "mass_kg = " + "[" * 50_000 + "]" * 50_000)))
    assert message.startswith("cars.toml:") and "nests" in message


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (("mass_kg = 1450", "mass_kg = 1979-05-27"), "got a date"),
        (("mass_kg = 1450", "mass_kg = true"), "got true"),
        (("mass_kg = 1450", "mass_kg = {a = 1}"), "got a table"),
        (('drive = "awd"', "drive = [1]"), "got a list"),
        (("mass_kg = 1450", "mass_kg = 1979-05-27T07:00:00"), "got a date and time"),
        (("expect_top_kmh = [240, 270]", "expect_top_kmh = [true, 270]"), "got [true, 270]"),
        (("dirt = 1.25", "dirt = false"), "got false"),
    ],
)
def test_wrong_types_are_named_in_the_files_words(edit: tuple[str, str], words: str) -> None:
    problems = _vehicle_problems(_subaru(edit))
    assert any(words in p for p in problems), problems


def test_a_name_over_the_limit_is_refused_quoting_only_its_start() -> None:
    (message,) = _vehicle_problems(_subaru(('name = "', 'name = "' + "W" * 1_000_000)))
    assert f"over the limit of {limits.NAME_CHARS}" in message and len(message) < 300


def test_an_id_over_the_limit_is_refused() -> None:
    (message,) = _vehicle_problems(_subaru(("[vehicle.subaru]", f"[vehicle.{'s' * 10_000}]")))
    assert "its id is 10,000 characters long" in message and len(message) < 300


def test_more_vehicles_than_the_limit_are_refused_before_any_is_checked() -> None:
    text = "".join(f"[vehicle.v{k}]\n" for k in range(limits.VEHICLES + 1))
    (message,) = _vehicle_problems(text)
    assert message == f"cars.toml: has {limits.VEHICLES + 1} vehicles, over the limit of {limits.VEHICLES}."


def test_a_vehicle_that_is_not_a_table() -> None:
    (message,) = _vehicle_problems("[vehicle]\nsubaru = 5\n")
    assert message == "cars.toml: vehicle 'subaru' must be a table of fields, got 5."


@pytest.mark.parametrize("kind", ["fifo", "folder", "big"])
def test_files_that_are_not_vehicle_files(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "cars.toml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.write_bytes(b"#" * (limits.DATA_FILE_BYTES + 1))
    words = {"fifo": "not a regular file", "folder": "is a folder", "big": "over the limit"}[kind]
    with pytest.raises(ContentError, match=words):
        load_vehicles(path)


def test_the_command_line_refuses_a_fifo_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "cars.toml")
    result = subprocess.run(
        [sys.executable, "-m", "game", "vehicles", "--file", str(tmp_path / "cars.toml")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "not a regular file" in result.stderr


# --------------------------------------------------------------------------- rivals


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("difficulty = [1, 2]\n", "'difficulty' must be [difficulty.NAME] tables, got a list"),
        ("rival = 5\n" + RIVALS.split("[rival.")[0], "'rival' must be [rival.NAME] tables, got 5"),
        ("[difficulty]\neasy = 3\n", "difficulty 'easy' must be a table, got 3"),
        (_with_first_corner_grip("1" + "0" * 400), "digits"),
        (_with_first_corner_grip("true"), "got true"),
        (
            RIVALS.replace("[difficulty.easy]", "[difficulty.easy]\nx = " + "[" * 50_000 + "]" * 50_000),
            "nests",
        ),
        (
            "[rival.x]\nname = 5\ncar = 'subaru'\n" + RIVALS.split("[rival.")[0],
            "'name' must be a non-empty text",
        ),
        (
            f"[rival.x]\nname = '{'W' * 10_000}'\ncar = 'subaru'\n" + RIVALS.split("[rival.")[0],
            f"over the limit of {limits.NAME_CHARS}",
        ),
    ],
)
def test_bad_rivals_files_give_one_content_error(text: str, words: str) -> None:
    problems = _rival_problems(text)
    assert any(words in p for p in problems), problems
    assert all(len(p) < 400 for p in problems)


def test_a_rivals_file_that_is_a_fifo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "rivals.toml")
    with pytest.raises(ContentError, match="not a regular file"):
        load_rivals(tmp_path / "rivals.toml")
