"""The one schema layer: every problem with its location, one sentence each, never pydantic's words."""

from __future__ import annotations

import re
from typing import Annotated, Any

import pytest
from pydantic import Field

from game.content import limits, schema
from game.content.errors import ContentError

PYDANTIC_WORDS = re.compile(
    r"Input should|validation error|pydantic|errors\.pydantic|\btype=|\bNone\b|\bTrue\b|\bFalse\b|\{'|\['"
)


class Seat(schema.Model):
    unknown = "is not a seat field"
    grip: Annotated[float, schema.number(0.1, 3.0)]
    doors: Annotated[int, schema.number(0, 6, whole=True)] = 4
    colour: Annotated[str, schema.choice("red", "blue")] = "red"
    heated: schema.Flag = False
    label: schema.Name = "seat"


class Garage(schema.Open):
    seat: Annotated[dict[schema.Name, Seat], schema.tables("[seat.NAME] tables")] = Field(
        default_factory=dict
    )


def _problems(data: Any) -> list[str]:
    with pytest.raises(ContentError) as caught:
        schema.validate(Garage, data, "cars.toml")
    problems = caught.value.problems
    assert str(caught.value) == "\n".join(problems)
    for p in problems:
        assert p.startswith("cars.toml: ") and p.endswith(".") and "\n" not in p, p
        assert not PYDANTIC_WORDS.search(p), p
    return problems


def test_a_good_document_is_its_values() -> None:
    data = {"seat": {"a": {"grip": 1, "heated": True}}, "note": "mine"}
    garage = schema.validate(Garage, data, "cars.toml")
    assert garage.seat["a"] == Seat(grip=1.0, heated=True)
    assert isinstance(garage.seat["a"].grip, float)


def test_every_problem_is_reported_with_its_location() -> None:
    problems = _problems(
        {
            "seat": {
                "a": {"grip": True, "doors": 1.5},
                "b": {"grip": 9, "colour": "green", "heated": 1},
                "c": 5,
            }
        }
    )
    assert problems == [
        "cars.toml: [seat.a] 'grip' must be a number, got true.",
        "cars.toml: [seat.a] 'doors' must be a whole number, got 1.5.",
        "cars.toml: [seat.b] 'grip' must be from 0.1 to 3, got 9.",
        "cars.toml: [seat.b] 'colour' must be one of red, blue, got 'green'.",
        "cars.toml: [seat.b] 'heated' must be true or false, got 1.",
        "cars.toml: [seat] 'c' must be a table, got 5.",
    ]


def test_an_unknown_key_is_named_with_the_known_ones() -> None:
    (message,) = _problems({"seat": {"a": {"grip": 1, "gripp": 2}}})
    assert message == (
        "cars.toml: [seat.a] 'gripp' is not a seat field (known: grip, doors, colour, heated, label)."
    )


def test_a_missing_key_and_a_wrong_container() -> None:
    assert _problems({"seat": {"a": {}}}) == ["cars.toml: [seat.a] 'grip' is missing."]
    assert _problems({"seat": [1, 2]}) == ["cars.toml: 'seat' must be [seat.NAME] tables, got a list."]


def test_a_custom_namer_words_the_location() -> None:
    def name(loc: schema.Loc) -> str:
        return f"seat '{loc[1]}': field '{loc[2]}'" if len(loc) == 3 else "the file"

    with pytest.raises(ContentError) as caught:
        schema.validate(Garage, {"seat": {"a": {"grip": -1}}}, "cars.toml", name)
    assert str(caught.value) == (
        "cars.toml: seat 'a': field 'grip' must not be negative, got -1 (allowed 0.1 to 3)."
    )


def test_long_texts_and_huge_values_are_quoted_short() -> None:
    problems = _problems({"seat": {"a": {"grip": 1, "label": "W" * 1_000_000}, "k" * 10_000: {"grip": 1}}})
    assert len(problems) == 2 and all(len(p) < 300 for p in problems)
    assert f"over the limit of {limits.NAME_CHARS}" in problems[0]
    assert "its name is 10,000 characters long" in problems[1]


def test_a_player_file_reads_as_a_reason() -> None:
    with pytest.raises(schema.Invalid) as caught:
        schema.check(Garage, {"seat": {"a": {"grip": 0.0, "doors": "3"}}})
    assert [p.is_ for p in caught.value.problems] == ["is 0.0, below 0.1", "is '3', not a whole number"]
    assert [p.loc for p in caught.value.problems] == [("seat", "a", "grip"), ("seat", "a", "doors")]


def test_past_the_cap_one_sentence_sums_up() -> None:
    problems = _problems({"seat": {f"s{k}": {"grip": "x"} for k in range(schema.MAX_PROBLEMS + 7)}})
    assert len(problems) == schema.MAX_PROBLEMS + 1
    assert problems[-1] == "cars.toml: and 7 more problems; fix the ones above first."


def test_nothing_and_not_numbers_in_the_files_words() -> None:
    problems = _problems({"seat": {"a": {"grip": None}, "b": {"grip": float("nan")}, "c": {"grip": {}}}})
    assert [p.rsplit("got ", 1)[1] for p in problems] == ["nothing (null).", "nan.", "a table."]


# --------------------------------------------------------------------------- through the real loaders


def test_a_vehicles_file_names_file_vehicle_and_field_in_each_sentence() -> None:
    from game.content.vehicles import parse_vehicles
    from game.paths import VEHICLES_FILE

    text = VEHICLES_FILE.read_text(encoding="utf-8")
    start = text.index("[vehicle.subaru]")
    block = text[start : text.index("[vehicle.", start + 5)]
    broken = block.replace("mass_kg = 1450", "mass_kg = true").replace("width_m = 1.8", "width_m = 99")
    with pytest.raises(ContentError) as caught:
        parse_vehicles(broken + "mass_kgg = 3\n", "mods/cars.toml")
    assert sorted(caught.value.problems) == [
        "mods/cars.toml: vehicle 'subaru': field 'mass_kg' must be a number, got true.",
        "mods/cars.toml: vehicle 'subaru': field 'mass_kgg' is not a vehicle field "
        "(did you mean 'mass_kg'?).",
        "mods/cars.toml: vehicle 'subaru': field 'width_m' must be from 0.4 to 3, got 99.",
    ]


def test_a_rivals_file_names_an_unknown_key_with_the_known_ones() -> None:
    from game.content.rivals import parse_rivals
    from game.paths import RIVALS_FILE

    text = RIVALS_FILE.read_text(encoding="utf-8") + "\n[rival.zed]\ncar = 'subaru'\nagression = 0.5\n"
    with pytest.raises(ContentError) as caught:
        parse_rivals(text, "rivals.toml")
    assert caught.value.problems == [
        "rivals.toml: rival 'zed': 'agression' is not a rival field "
        "(known: name, car, aggression, consistency, nitrous_use)."
    ]


def test_a_player_file_problem_is_a_reason_not_pydantic_text() -> None:
    from game.content.saves import Progress

    with pytest.raises(ValueError, match=r"^the 'failures' of mission 'm1' is '3', not a whole number$"):
        Progress.from_json(
            {"money": 0, "debt": 0, "cars": [], "tracks": [], "missions": {"m1": {"failures": "3"}}}
        )


def test_only_the_content_layer_imports_pydantic() -> None:
    import ast
    from pathlib import Path

    import game

    root = Path(game.__file__).parent
    importers = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            if any(n.split(".")[0] in ("pydantic", "pydantic_core") for n in names):
                importers.add(path.relative_to(root).parts[0])
    assert importers == {"content"}


def test_a_list_over_its_length_says_how_long() -> None:
    class Route(schema.Model):
        stops: Annotated[list[schema.Name], Field(max_length=2)]

    with pytest.raises(ContentError) as caught:
        schema.validate(Route, {"stops": ["a", "b", "c"]}, "route.toml")
    assert str(caught.value) == "route.toml: 'stops' holds 3 items, over the limit of 2."
