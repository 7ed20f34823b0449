"""Hostile mission files: refused with one sentence each, within the limits, never reaching outside.

A custom mission comes from a stranger. Whatever it says, the loader may only
read files inside the mission's own folder tree, does no more work than the
limits allow (counts are checked before anything is validated), and reports
each problem in the file's own words, quoting at most a short prefix of a
long value.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from game.content import limits
from game.content.errors import ContentError
from game.content.missions import (
    CAMPAIGN_DIR,
    MAX_PROBLEMS,
    list_missions,
    load_mission,
    map_path,
    mission_root,
    mod_mission_files,
    parse_mission,
)
from game.paths import LEVELS_DIR
from tests.campaign.helpers import specs

PIZZA = (CAMPAIGN_DIR / "02-pizza-run.toml").read_text(encoding="utf-8")
ESTATE = (CAMPAIGN_DIR / "10-ducati.toml").read_text(encoding="utf-8")
PYTHON_WORDS = re.compile(r"\b(True|False|None|datetime|Traceback)\b|\{'|\['")


def _problems(text: str, stem: str = "02-pizza-run") -> list[str]:
    with pytest.raises(ContentError) as caught:
        parse_mission(text, "mods/m.toml", stem, specs())
    return caught.value.problems


def _estate_in(mods: Path, map_ref: str, name: str = "estate") -> Path:
    path = mods / f"{name}.toml"
    text = ESTATE.replace('id = "10-ducati"', f'id = "{name}"').replace('"maps/mansion.tmx"', f'"{map_ref}"')
    path.write_text(text, encoding="utf-8")
    return path


def _before_tables(text: str, top: str) -> str:
    first = text.index("\n[")
    return text[:first] + "\n" + top + "\n" + text[first:]


# --------------------------------------------------------------------------- containment


@pytest.fixture
def mods(tmp_path: Path) -> Path:
    folder = tmp_path / "mods"
    shutil.copytree(CAMPAIGN_DIR / "maps", folder / "pack" / "maps")
    shutil.copytree(CAMPAIGN_DIR / "maps", tmp_path / "outside" / "maps")
    return folder


@pytest.mark.parametrize("ref", ["ABSOLUTE", "../../outside/maps/mansion.tmx", "../outside/maps/mansion.tmx"])
def test_a_map_outside_the_mods_folder_is_refused(mods: Path, ref: str) -> None:
    outside = (mods.parent / "outside" / "maps" / "mansion.tmx").as_posix()
    path = _estate_in(mods, outside if ref == "ABSOLUTE" else ref)
    with pytest.raises(ContentError) as caught:
        load_mission(path, specs(), mods_dir=mods)
    (message,) = caught.value.problems
    assert message.startswith(str(path)) and "'map'" in message and "is outside" in message


def test_a_symlink_leading_out_of_the_mods_folder_is_refused(mods: Path) -> None:
    os.symlink(mods.parent / "outside" / "maps", mods / "linked")
    path = _estate_in(mods, "linked/mansion.tmx")
    with pytest.raises(ContentError, match="is outside"):
        load_mission(path, specs(), mods_dir=mods)


def test_maps_inside_the_mods_folder_load_from_a_pack_or_beside_it(mods: Path) -> None:
    beside = _estate_in(mods / "pack", "maps/mansion.tmx", "beside")
    shared = _estate_in(mods / "pack", "../pack/maps/mansion.tmx", "shared")
    for path in (beside, shared):
        mission = load_mission(path, specs(), mods_dir=mods)
        assert map_path(mission, mods_dir=mods) == (mods / "pack" / "maps" / "mansion.tmx").resolve()


def test_a_mission_keeps_the_folder_tree_it_was_loaded_with(mods: Path) -> None:
    """The campaign starts a custom mission later, without the mods folder at hand: same folders."""
    shutil.copytree(mods / "pack" / "maps", mods / "shared" / "maps")
    path = _estate_in(mods / "pack", "../shared/maps/mansion.tmx", "sharing")
    mission = load_mission(path, specs(), check_map=False, mods_dir=mods)
    assert map_path(mission) == (mods / "shared" / "maps" / "mansion.tmx").resolve()


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_map_that_is_not_a_regular_file_is_refused(mods: Path, kind: str) -> None:
    target = mods / "pack" / "maps" / "odd.tmx"
    if kind == "folder":
        target.mkdir()
    else:
        os.mkfifo(target)
    path = _estate_in(mods / "pack", "maps/odd.tmx")
    with pytest.raises(ContentError, match="is not a regular file"):
        load_mission(path, specs(), mods_dir=mods)


def test_the_folder_tree_a_mission_may_use(mods: Path, tmp_path: Path) -> None:
    assert mission_root(CAMPAIGN_DIR / "10-ducati.toml") == LEVELS_DIR
    assert mission_root(mods / "pack" / "m.toml", mods) == mods
    assert mission_root(tmp_path / "loose" / "m.toml", mods) == tmp_path / "loose"


def test_a_mission_file_linked_from_outside_is_not_listed(mods: Path, tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.toml"
    secret.write_text('id = "secret"', encoding="utf-8")
    os.symlink(secret, mods / "secret.toml")
    _estate_in(mods / "pack", "maps/mansion.tmx")
    assert [p.name for p in mod_mission_files(mods)] == ["estate.toml"]


def test_the_campaign_lists_a_custom_mission_with_an_outside_map_and_its_problem(mods: Path) -> None:
    _estate_in(mods, "../outside/maps/mansion.tmx")
    (entry,) = [e for e in list_missions(mods_dir=mods) if e.source == "mod"]
    assert entry.mission is None and entry.error is not None and "is outside" in entry.error


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("key", "limit", "row"),
    [
        ("event", limits.MISSION_EVENTS, '{{id = "e{k}", do = "money", amount = 1}}'),
        ("objective", limits.MISSION_OBJECTIVES, '{{id = "o{k}", kind = "reach", zone = "z", text = "Go"}}'),
        ("actor", limits.MISSION_ACTORS, '{{id = "a{k}", vehicle = "scooter", role = "parked"}}'),
        ("zone", limits.MISSION_ZONES, '{{name = "z{k}", x = 1, y = 2}}'),
        ("briefing", limits.MISSION_LINES, '{{text = "line {k}"}}'),
    ],
)
def test_more_tables_than_the_limit_are_refused_by_their_count(key: str, limit: int, row: str) -> None:
    rows = ",\n".join(row.format(k=k) for k in range(limit + 1))
    text = _before_tables(PIZZA.replace(f"[[{key}]]", f"[[old_{key}]]"), f"{key} = [\n{rows}\n]")
    problems = _problems(text)
    expected = f"the file: has {limit + 1:,} [[{key}]] tables, over the limit of {limit:,}."
    assert any(p.endswith(expected) for p in problems), problems


def test_events_at_the_limit_load() -> None:
    rows = ",\n".join(f'{{id = "e{k}", do = "money", amount = 1}}' for k in range(limits.MISSION_EVENTS))
    text = _before_tables(PIZZA.split("[[event]]")[0], f"event = [\n{rows}\n]")
    mission = parse_mission(text, "m.toml", "02-pizza-run", specs())
    assert len(mission.events) == limits.MISSION_EVENTS


def test_repeated_ids_are_found_and_the_list_of_problems_is_capped() -> None:
    rows = ",\n".join('{id = "same", do = "money", amount = 1}' for _ in range(limits.MISSION_EVENTS))
    problems = _problems(_before_tables(PIZZA.split("[[event]]")[0], f"event = [\n{rows}\n]"))
    assert len(problems) == MAX_PROBLEMS + 1
    assert all("event 'same': its id is used twice" in p for p in problems[:MAX_PROBLEMS])
    assert (
        problems[-1] == f"mods/m.toml: and {limits.MISSION_EVENTS - 1 - MAX_PROBLEMS:,} more problems; "
        "fix the ones above first."
    )


def test_a_list_of_names_over_the_limit_is_refused() -> None:
    route = ", ".join(f'"z{k}"' for k in range(limits.LIST_NAMES + 1))
    problems = _problems(PIZZA.replace("[[actor]]\n", f"[[actor]]\nroute = [{route}]\n", 1))
    assert any(f"'route' has {limits.LIST_NAMES + 1:,} names, over the limit" in p for p in problems)


# --------------------------------------------------------------------------- texts and names


def _first_briefing_text(text: str, new: str) -> str:
    start = text.index('text = "', text.index("[[briefing]]")) + len('text = "')
    end = text.index('"', start)
    return text[:start] + new + text[end:]


def test_a_line_over_the_text_limit_is_refused_quoting_only_its_start() -> None:
    problems = _problems(_first_briefing_text(PIZZA, "W" * (limits.TEXT_CHARS + 1)))
    (message,) = problems
    assert f"over the limit of {limits.TEXT_CHARS:,}" in message and "briefing #1" in message
    assert len(message) < 300


def test_a_line_at_the_text_limit_loads() -> None:
    mission = parse_mission(
        _first_briefing_text(PIZZA, "W" * limits.TEXT_CHARS), "m.toml", "02-pizza-run", specs()
    )
    assert len(mission.briefing[0].text) == limits.TEXT_CHARS


@pytest.mark.parametrize("key", ["title", "place"])
def test_a_name_over_the_name_limit_is_refused(key: str) -> None:
    line = next(x for x in PIZZA.splitlines() if x.startswith(f"{key} = "))
    (message,) = _problems(PIZZA.replace(line, f'{key} = "{"W" * 100_000}"'))
    assert f"'{key}' is 100,000 characters long, over the limit of {limits.NAME_CHARS}" in message
    assert len(message) < 300


def test_an_unknown_key_of_a_million_characters_is_quoted_short() -> None:
    (message,) = _problems(f"{'k' * 1_000_000} = 1\n" + PIZZA)
    assert "is not a known key" in message and len(message) < 400


# --------------------------------------------------------------------------- parser failures and types


def test_deep_nesting_and_huge_numbers_are_one_content_error() -> None:
    deep = PIZZA.replace("chapter = 1", "chapter = " + "[" * 50_000 + "]" * 50_000)
    assert "nests" in _problems(deep)[0]
    huge = PIZZA.replace("time_limit_s = 150", "time_limit_s = 1" + "0" * 400)
    assert "digits" in _problems(huge)[0]


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (("time_limit_s = 150", "time_limit_s = true"), "got true"),
        (("time_limit_s = 150", "time_limit_s = [150]"), "got a list"),
        (("time_limit_s = 150", "time_limit_s = 1979-05-27"), "got a date"),
        (("time_limit_s = 150", "time_limit_s = 07:30:00"), "got a time of day"),
        (("time_limit_s = 150", "time_limit_s = {s = 1}"), "got a table"),
        (('kind = "deliver"', "kind = false"), "got false"),
        (('vehicle = "scooter"', "vehicle = [1, 2]"), "got a list"),
        (("[player]", "player = 5\n[old_player]"), "[player] is missing"),
    ],
)
def test_wrong_types_are_named_in_the_files_words(edit: tuple[str, str], words: str) -> None:
    assert edit[0] in PIZZA
    problems = _problems(PIZZA.replace(*edit, 1))
    assert any(words in p for p in problems), problems
    assert not any(PYTHON_WORDS.search(p) for p in problems), problems


@pytest.mark.parametrize("table", ["rewards", "medals"])
def test_a_rewards_or_medals_value_that_is_not_a_table_is_a_problem(table: str) -> None:
    text = _before_tables(PIZZA.replace(f"[{table}]", f"[old_{table}]"), f"{table} = 5")
    assert any(f"[{table}] must be a table, got 5" in p for p in _problems(text))


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "02-pizza-run.toml"
    huge = PIZZA.replace('title = "', 'title = "' + "W" * limits.MISSION_FILE_BYTES, 1)
    path.write_text(huge, encoding="utf-8")
    with pytest.raises(ContentError, match="over the limit of 512 KB"):
        load_mission(path, specs())


def test_a_mission_that_is_a_fifo_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "m.toml")
    with pytest.raises(ContentError, match="not a regular file"):
        load_mission(tmp_path / "m.toml", specs())
