"""Settings the game cannot fully use: hostile files start the game with a sentence, newer files are kept.

A settings file stopped the game from starting at all when it held a
5,000-digit number or deep nesting; a newer game's file lost its unknown
fields at the next save. Here each is read in well under a second into
defaults (or the values this version knows) with one sentence, and nothing
the player or the newer game wrote is written over before it is kept.
"""

from __future__ import annotations

import errno
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from game.content import settings as sf
from game.content import storage
from game.content.settings import Settings

PYTHON_WORDS = ("Traceback", "Error", "sys.", "int(", "set_int_max_str_digits", "Exceeds", "None")


def write(folder: Path, text: str) -> Path:
    path = folder / "settings.json"
    path.write_text(text, encoding="utf-8")
    return path


def one_sentence(message: str | None) -> str:
    assert message is not None and "\n" not in message and message.endswith(".")
    assert not any(word in message for word in PYTHON_WORDS), message
    return message


HOSTILE = {
    "a 5,000-digit volume": '{"version": 1, "master_volume": ' + "9" * 5000 + "}",
    "nested a hundred thousand deep": '{"keyboard": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "1e999": '{"dead_zone": 1e999}',
    "NaN": '{"dead_zone": NaN}',
    "Infinity laps": '{"race": {"laps": Infinity}}',
    "not UTF-8": '{"units": "\xff"}',
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_unreadable_settings_give_defaults_a_sentence_and_the_file_moved_aside(
    tmp_path: Path, text: str
) -> None:
    raw = text.encode("latin-1") if "\xff" in text else text.encode()
    path = tmp_path / "settings.json"
    path.write_bytes(raw)
    loaded = sf.load(path)
    assert loaded.settings == Settings()
    assert "settings.json.bad" in one_sentence(loaded.message)
    assert (tmp_path / "settings.json.bad").read_bytes() == raw and not path.exists()


WRONG_TYPES = {
    "version true": ({"version": True}, "version"),
    "version 1.5": ({"version": 1.5}, "version"),
    "rivals true": ({"race": {"rivals": True}}, "race"),
    "laps as text": ({"race": {"laps": "3"}}, "race"),
    "a car of 10,000 characters": ({"race": {"car": "W" * 10_000}}, "race"),
    "rival cars of no such kind": ({"race": {"rival_cars": "same"}}, "race"),
    "rival cars true": ({"race": {"rival_cars": True}}, "race"),
    "catch-up as a list": ({"race": {"catch_up": ["subtle"]}}, "race"),
    "catch-up of 10,000 characters": ({"race": {"catch_up": "W" * 10_000}}, "race"),
    "a key name of 10,000 characters": ({"keyboard": {"pause": ["W" * 10_000]}}, "keyboard"),
    "a width true": ({"resolution": [True, 720]}, "resolution"),
    "fullscreen 1": ({"fullscreen": 1}, "fullscreen"),
}


@pytest.mark.parametrize(("data", "field"), WRONG_TYPES.values(), ids=WRONG_TYPES.keys())
def test_wrong_types_reset_that_field_only_and_a_copy_is_kept(
    tmp_path: Path, data: dict[str, object], field: str
) -> None:
    text = json.dumps({"version": 1, "units": "mph"} | data)
    path = write(tmp_path, text)
    loaded = sf.load(path)
    assert loaded.settings.units == "mph"
    assert field in one_sentence(loaded.message)
    assert path.read_text() == text, "a file read in part stays, so its good values survive without a save"
    assert (tmp_path / "settings.json.bad").read_text() == text


def test_a_newer_games_settings_are_used_as_far_as_known_and_kept(tmp_path: Path) -> None:
    text = json.dumps({"version": 2, "units": "mph", "master_volume": 0.25, "hud": {"minimap": "round"}})
    path = write(tmp_path, text)
    loaded = sf.load(path)
    assert loaded.settings.units == "mph" and loaded.settings.master_volume == 0.25
    assert "newer version" in one_sentence(loaded.message) and "settings.json.newer" in loaded.message
    assert (tmp_path / "settings.json.newer").read_text() == text
    assert sf.load(path).message is not None  # told again until saved, without a second copy
    sf.save(replace(loaded.settings, vsync=False), path)
    assert (tmp_path / "settings.json.newer").read_text() == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json", "settings.json.newer"]
    assert sf.load(path).message is None and sf.load(path).settings.vsync is False


def test_a_newer_file_is_not_saved_over_when_no_copy_can_be_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = json.dumps({"version": 2, "units": "mph"})
    path = write(tmp_path, text)

    def refused(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(storage.tempfile, "mkstemp", refused)
    monkeypatch.setattr(storage.os, "replace", refused)
    loaded = sf.load(path)
    assert "could not be kept" in one_sentence(loaded.message)
    monkeypatch.undo()
    monkeypatch.setattr(storage, "keep_aside", refused)  # the copy still fails, the disk takes the rest
    with pytest.raises(OSError, match="could not be moved aside"):
        sf.save(loaded.settings, path)
    assert path.read_text() == text


def test_a_fifo_does_not_hang_the_start(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    loaded = sf.load(path)
    assert loaded.settings == Settings() and "not a regular file" in one_sentence(loaded.message)


def test_a_saved_file_is_written_over_quietly(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    sf.save(Settings(), path)
    sf.save(replace(Settings(), units="mph"), path)
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
