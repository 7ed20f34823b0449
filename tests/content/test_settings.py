"""Settings persist as JSON: round trip, atomic write, and a damaged file never stops the game."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from game.content import settings as sf
from game.content.settings import RaceChoice, Settings


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    original = replace(
        Settings(),
        resolution=(1920, 1080),
        fullscreen=True,
        vsync=False,
        master_volume=0.3,
        music_volume=0.0,
        effects_volume=1.0,
        units="mph",
        dead_zone=0.2,
        race=RaceChoice("harbour", "subaru", 3, 5, "hard"),
    ).with_binding("keyboard", "nitrous", ["n"])
    sf.save(original, path)
    loaded = sf.load(path)
    assert loaded.message is None
    assert loaded.settings == original


def test_missing_file_is_a_quiet_first_run(tmp_path: Path) -> None:
    loaded = sf.load(tmp_path / "nope.json")
    assert loaded.settings == Settings() and loaded.message is None


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    sf.save(Settings(), path)
    sf.save(replace(Settings(), units="mph"), path)
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    assert json.loads(path.read_text())["units"] == "mph"


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    sf.save(Settings(), path)
    before = path.read_text()

    def boom(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    from game.content import storage

    monkeypatch.setattr(storage.os, "replace", boom)
    with pytest.raises(OSError):
        sf.save(replace(Settings(), units="mph"), path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


@pytest.mark.parametrize("garbage", ["{not json", "", "\x00\x01", "[1, 2, 3]"])
def test_corrupt_file_falls_back_to_defaults_and_is_kept(tmp_path: Path, garbage: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(garbage, encoding="utf-8")
    loaded = sf.load(path)
    assert loaded.settings == Settings()
    assert loaded.message and "settings.json.bad" in loaded.message
    assert (tmp_path / "settings.json.bad").read_text(encoding="utf-8") == garbage


def test_one_bad_value_keeps_the_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    data = Settings().to_json() | {"master_volume": 7, "units": "mph", "keyboard": {"fly": ["f"]}}
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = sf.load(path)
    assert loaded.settings.units == "mph"
    assert loaded.settings.master_volume == Settings().master_volume
    assert loaded.settings.keyboard == Settings().keyboard
    assert loaded.message and "master_volume" in loaded.message and "keyboard" in loaded.message


def test_rebinding_takes_the_key_off_other_actions() -> None:
    st = Settings().with_binding("keyboard", "nitrous", ["space"])
    assert st.keyboard["nitrous"] == ["space"]
    assert "space" not in st.keyboard["handbrake"]
    with pytest.raises(ValueError):
        Settings().with_binding("keyboard", "fly", ["f"])


def test_rival_cars_and_catch_up_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    race = RaceChoice("harbour", "wolf", 4, 2, "hard", rival_cars="any", catch_up="off")
    sf.save(replace(Settings(), race=race), path)
    written = json.loads(path.read_text())["race"]
    assert (written["rival_cars"], written["catch_up"]) == ("any", "off")
    loaded = sf.load(path)
    assert loaded.message is None and loaded.settings.race == race


def test_a_settings_file_from_before_rival_cars_and_catch_up_reads_their_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    old = {
        "version": 1,
        "race": {"track": "harbour", "car": "bmw", "rivals": 3, "laps": 2, "difficulty": "easy"},
    }
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = sf.load(path)
    assert loaded.message is None
    assert loaded.settings.race == RaceChoice("harbour", "bmw", 3, 2, "easy", "class", "subtle")


@pytest.mark.parametrize("bad", [{"rival_cars": "everyone"}, {"catch_up": "strong"}, {"catch_up": None}])
def test_a_wrong_rival_cars_or_catch_up_resets_the_race_choice(
    tmp_path: Path, bad: dict[str, object]
) -> None:
    path = tmp_path / "settings.json"
    race = {"track": "harbour", "car": "bmw", "rivals": 3, "laps": 2, "difficulty": "easy"} | bad
    path.write_text(json.dumps({"version": 1, "units": "mph", "race": race}), encoding="utf-8")
    loaded = sf.load(path)
    assert loaded.settings.race == RaceChoice() and loaded.settings.units == "mph"
    assert loaded.message is not None and "race" in loaded.message
    sf.save(loaded.settings, path)  # the reset value is what is written next
    assert sf.load(path).settings.race == RaceChoice()
