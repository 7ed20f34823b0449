"""Broken mission files: each problem is one precise sentence naming the file and the key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.content.errors import ContentError
from game.content.missions import CAMPAIGN_DIR, list_missions, load_mission
from tests.campaign.helpers import specs

GOOD = (CAMPAIGN_DIR / "02-pizza-run.toml").read_text(encoding="utf-8")

CASES = {
    "not_toml": ("id = [", "is not valid TOML"),
    "unknown_top_key": ('weather = "rain"\n' + GOOD, "the file: 'weather' is not a known key"),
    "wrong_id": (
        GOOD.replace('id = "02-pizza-run"', 'id = "pizza"'),
        "'id' is 'pizza' but the file is named",
    ),
    "bad_kind": (
        GOOD.replace('kind = "deliver"', 'kind = "deliverr"'),
        "objective 'deliver': 'kind' must be one of",
    ),
    "key_for_other_kind": (
        GOOD.replace("ordered = true", "").replace("time_limit_s = 150", "time_limit_s = 150\nmin_m = 3"),
        "objective 'deliver': 'min_m' does not apply to a 'deliver' objective (it belongs to tail",
    ),
    "negative_time": (
        GOOD.replace("time_limit_s = 150", "time_limit_s = -5"),
        "objective 'deliver': 'time_limit_s' must be a positive number, got -5",
    ),
    "unknown_vehicle": (
        GOOD.replace('vehicle = "scooter"', 'vehicle = "vespa"'),
        "[player]: 'vehicle' names unknown vehicle 'vespa'",
    ),
    "unknown_actor": (
        GOOD.replace('actor = "nicole"', 'actor = "nikki"'),
        "'actor' names unknown actor 'nikki'",
    ),
    "unknown_zone": (GOOD.replace('"delivery_2"', '"delivery_9"'), "zone 'delivery_9' is neither a Trigger"),
    "bad_action": (GOOD.replace('do = "park"', 'do = "explode"'), "'do' must be one of"),
    "missing_action_key": (
        GOOD.replace('zone = "nicole_breakdown"\n', ""),
        "a 'block_road' event needs 'zone'",
    ),
    "bad_after": (
        GOOD.replace('after = "breakdown"', 'after = "breakfast"'),
        "'when.after' names unknown event 'breakfast'",
    ),
    "rival_without_race": (
        GOOD.replace('role = "scripted"', 'role = "rival"', 1),
        "is a rival, but the mission has no [race]",
    ),
    "missing_map": (
        GOOD.replace('map = "city-free"', 'map = "maps/atlantis.tmx"'),
        "'map': the file 'maps/atlantis.tmx' does not exist",
    ),
    "unknown_track": (
        GOOD.replace('map = "city-free"', 'map = "moon-base"'),
        "there is no bundled track 'moon-base'",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_file_gives_a_precise_message(tmp_path: Path, case: str) -> None:
    text, expected = CASES[case]
    path = tmp_path / "02-pizza-run.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_mission(path, specs())
    message = str(info.value)
    assert expected in message
    assert str(path) in message
    assert "Traceback" not in message
    for line in info.value.problems:
        assert line.startswith(str(path)) and line.endswith(".")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = GOOD.replace('vehicle = "scooter"', 'vehicle = "vespa"').replace(
        "time_limit_s = 150", "time_limit_s = -5"
    )
    path = tmp_path / "02-pizza-run.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_mission(path, specs())
    assert len(info.value.problems) == 2


def test_custom_missions_are_listed_broken_ones_with_their_error(tmp_path: Path) -> None:
    mods = tmp_path / "mods"
    mods.mkdir()
    (mods / "my-run.toml").write_text(GOOD.replace('id = "02-pizza-run"', 'id = "my-run"'), encoding="utf-8")
    (mods / "broken.toml").write_text(
        GOOD.replace('id = "02-pizza-run"', 'id = "broken"').replace('kind = "deliver"', 'kind = "fly"'),
        encoding="utf-8",
    )
    pack = mods / "pack"
    pack.mkdir()
    shutil.copytree(CAMPAIGN_DIR / "maps", pack / "maps")
    (pack / "estate.toml").write_text(
        (CAMPAIGN_DIR / "10-ducati.toml")
        .read_text(encoding="utf-8")
        .replace('id = "10-ducati"', 'id = "estate"'),
        encoding="utf-8",
    )
    entries = {e.id: e for e in list_missions(mods_dir=mods) if e.source == "mod"}
    assert set(entries) == {"my-run", "broken", "estate"}
    assert entries["my-run"].mission is not None and entries["my-run"].error is None
    assert entries["estate"].mission is not None
    assert entries["broken"].mission is None and "'kind' must be one of" in (entries["broken"].error or "")
