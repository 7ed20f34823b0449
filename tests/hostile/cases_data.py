"""Hostile missions, vehicles, rivals and replays, as a hostile modder or a damaged disk would make them.

Each case writes its files into the case folder and runs one command line a
player (or the game) would run on them: ``mission``, ``race --headless``,
``replay --headless``, ``vehicles --file``, or a short snippet for what only
the game reaches (the campaign's list of custom missions, the rivals file).
The replays are made from a real recording, damaged in one place, so the
only thing wrong with each is what the case is about.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import shutil
import zlib
from pathlib import Path
from typing import Any

from tests.hostile.cases import case, python_snippet

ROOT = Path(__file__).resolve().parents[2]
CAMPAIGN = ROOT / "levels" / "campaign"
VALID_MAPS = ROOT / "tests" / "content" / "maps" / "valid"
PIZZA = (CAMPAIGN / "02-pizza-run.toml").read_text(encoding="utf-8")
VEHICLES = (ROOT / "assets" / "vehicles.toml").read_text(encoding="utf-8")
RIVALS = (ROOT / "assets" / "rivals.toml").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- helpers


def _mods(folder: Path) -> Path:
    """The data folder's mods folder (``FAST_TRACK_HOME`` is ``folder/home``)."""
    mods = folder / "home" / "mods"
    mods.mkdir(parents=True, exist_ok=True)
    return mods


def _custom_mission(folder: Path, mission_id: str, text: str) -> list[str]:
    """``text`` as the custom mission ``mission_id``; the headless autopilot asked to play it."""
    (_mods(folder) / f"{mission_id}.toml").write_text(text, encoding="utf-8")
    return ["-m", "game", "mission", mission_id, "--headless", "--autopilot"]


def _pizza(mission_id: str) -> str:
    return PIZZA.replace('id = "02-pizza-run"', f'id = "{mission_id}"')


def _estate_outside(folder: Path) -> Path:
    """The bundled estate map copied to a folder outside the mods folder; its path."""
    outside = folder / "outside"
    shutil.copytree(CAMPAIGN / "maps", outside / "maps")
    return outside / "maps" / "mansion.tmx"


def _estate_mission(mission_id: str, map_ref: str) -> str:
    text = (CAMPAIGN / "10-ducati.toml").read_text(encoding="utf-8")
    text = text.replace('id = "10-ducati"', f'id = "{mission_id}"')
    return text.replace('map = "maps/mansion.tmx"', f'map = "{map_ref}"')


def _vehicles_file(folder: Path, text: str) -> list[str]:
    (folder / "cars.toml").write_text(text, encoding="utf-8")
    return ["-m", "game", "vehicles", "--file", "cars.toml"]


def _subaru(edit: tuple[str, str]) -> str:
    start = VEHICLES.index("[vehicle.subaru]")
    block = VEHICLES[start : VEHICLES.index("[vehicle.", start + 5)]
    assert edit[0] in block
    return block.replace(*edit)


_RIVALS_SNIPPET = """
from pathlib import Path
from game.content.errors import ContentError
from game.content.rivals import load_rivals
try:
    book = load_rivals(Path("rivals.toml"))
except ContentError as exc:
    print("error:", exc)
else:
    print("loaded", len(book.rivals), "rivals")
"""


def _rivals_file(folder: Path, text: str) -> list[str]:
    (folder / "rivals.toml").write_text(text, encoding="utf-8")
    return python_snippet(_RIVALS_SNIPPET)


@functools.cache
def _recorded(player_ai: bool) -> str:
    """A real two-second stadium race as replay JSON text (the player driving unless ``player_ai``)."""
    from game.content.replays import RaceSetup, Recorder, build_session, to_bytes
    from game.sim.controls import Controls

    setup = RaceSetup("quick-race", "test-stadium", "subaru", 1, 1, "normal", 3, player_ai=player_ai)
    track, session = build_session(setup)
    recorder = Recorder(setup, track, session)
    for step in range(240):
        recorder.step({0: Controls(throttle=1.0, steer=0.2 if step > 120 else 0.0)})
    return gzip.decompress(to_bytes(recorder.replay())).decode("utf-8")


def _replay_data(player_ai: bool = True) -> dict[str, Any]:
    data = json.loads(_recorded(player_ai))
    assert isinstance(data, dict)
    return data


def _replay_file(folder: Path, data: object, name: str = "bad.ftr") -> list[str]:
    (folder / name).write_bytes(gzip.compress(json.dumps(data).encode("utf-8"), mtime=0))
    return ["-m", "game", "replay", name, "--headless"]


def _before_tables(text: str, top: str) -> str:
    """``top`` (top-level keys) placed before the first table of ``text``, where TOML wants it."""
    first = text.index("\n[")
    return text[:first] + "\n" + top + text[first:]


def _nested(depth: int, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


# --------------------------------------------------------------------------- missions


@case("data", "outside")
def mission_map_absolute_path_outside_mods(folder: Path) -> list[str]:
    tmx = _estate_outside(folder)
    return _custom_mission(folder, "estate", _estate_mission("estate", tmx.as_posix()))


@case("data", "outside")
def mission_map_dotdot_path_outside_mods(folder: Path) -> list[str]:
    _estate_outside(folder)
    return _custom_mission(folder, "estate", _estate_mission("estate", "../../outside/maps/mansion.tmx"))


@case("data", "outside")
def mission_file_naming_a_map_beside_its_folder(folder: Path) -> list[str]:
    """``mission FILE`` with a loose file: its own folder is all it may use."""
    _estate_outside(folder)
    (folder / "loose").mkdir()
    (folder / "loose" / "estate.toml").write_text(
        _estate_mission("estate", "../outside/maps/mansion.tmx"), encoding="utf-8"
    )
    return ["-m", "game", "mission", "loose/estate.toml", "--headless", "--autopilot"]


@case("data", "not a regular file")
def mission_map_is_a_fifo(folder: Path) -> list[str]:
    mods = _mods(folder)
    shutil.copytree(CAMPAIGN / "maps", mods / "maps")
    os.mkfifo(mods / "maps" / "pipe.tmx")
    return _custom_mission(folder, "estate", _estate_mission("estate", "maps/pipe.tmx"))


def _flood(count: int) -> str:
    """The pizza run with ``count`` compact money events (34 bytes each)."""
    events = ",\n".join(f'{{id="e{k}",do="money",amount=1}}' for k in range(count))
    return _before_tables(_pizza("flood").split("[[event]]")[0], f"event = [\n{events}\n]\n")


@case("data", "over the limit of 512 KB")
def mission_fifty_thousand_events(folder: Path) -> list[str]:
    """The issue's file: 1.7 MB of events, the O(n^2) duplicate check's 100 s load."""
    return _custom_mission(folder, "flood", _flood(50_000))


@case("data", "over the limit of 1,000")
def mission_fourteen_thousand_events(folder: Path) -> list[str]:
    """As many events as fit the mission file limit: refused by their count."""
    return _custom_mission(folder, "flood", _flood(14_000))


@case("data", "over the limit of 100")
def mission_five_thousand_objectives(folder: Path) -> list[str]:
    rows = ",\n".join(f'{{id = "o{k}", kind = "reach", zone = "z", text = "Go"}}' for k in range(5_000))
    text = _before_tables(
        _pizza("chores").replace("[[objective]]", "[[old_objective]]"), f"objective = [\n{rows}\n]\n"
    )
    return _custom_mission(folder, "chores", text)


@case("data", "nests")
def mission_deeply_nested_toml(folder: Path) -> list[str]:
    return _custom_mission(folder, "deep", _pizza("deep") + f"\nextra = {_nested(100_000)}\n")


@case("data", "over the limit")
def mission_text_ten_million_characters(folder: Path) -> list[str]:
    text = _pizza("long").replace('title = "', 'title = "' + "W" * 10_000_000, 1)
    return _custom_mission(folder, "long", text)


@case("data", "over the limit of 4,000")
def mission_line_four_hundred_thousand_characters(folder: Path) -> list[str]:
    """One unbroken briefing line that fits the mission file limit: refused by its length."""
    text = _pizza("long")
    start = text.index("[[briefing]]")
    line = text.index('text = "', start) + len('text = "')
    return _custom_mission(folder, "long", text[:line] + "W" * 400_000 + text[line:])


@case("data", "over the limit of 120")
def mission_title_hundred_thousand_characters(folder: Path) -> list[str]:
    text = _pizza("long").replace('title = "', 'title = "' + "W" * 100_000, 1)
    return _custom_mission(folder, "long", text)


@case("data", "got a list")
def mission_list_where_a_number_belongs(folder: Path) -> list[str]:
    text = _pizza("typo").replace("time_limit_s = 150", "time_limit_s = [150]")
    return _custom_mission(folder, "typo", text)


@case("data", "got a date")
def mission_date_where_a_number_belongs(folder: Path) -> list[str]:
    text = _pizza("typo").replace("time_limit_s = 150", "time_limit_s = 1979-05-27")
    return _custom_mission(folder, "typo", text)


_LIST_SNIPPET = """
from game.content.missions import list_missions
for entry in list_missions():
    if entry.source == "mod":
        print(entry.id, "->", (entry.error or "playable").splitlines()[0][:200])
"""


@case("data", "over the limit of 512 KB")
def campaign_lists_fifty_thousand_event_mission(folder: Path) -> list[str]:
    mission_fifty_thousand_events(folder)
    return python_snippet(_LIST_SNIPPET)


@case("data", "outside")
def campaign_lists_mission_with_outside_map(folder: Path) -> list[str]:
    mission_map_absolute_path_outside_mods(folder)
    return python_snippet(_LIST_SNIPPET)


# --------------------------------------------------------------------------- vehicles and rivals


@case("data", "digits")
def vehicle_integer_too_large(folder: Path) -> list[str]:
    return _vehicles_file(folder, _subaru(("mass_kg = 1450", "mass_kg = 1" + "0" * 400)))


@case("data", "nests")
def vehicle_deeply_nested_toml(folder: Path) -> list[str]:
    return _vehicles_file(folder, _subaru(("mass_kg = 1450", f"mass_kg = {_nested(100_000)}")))


@case("data", "got a date")
def vehicle_date_where_a_number_belongs(folder: Path) -> list[str]:
    return _vehicles_file(folder, _subaru(("mass_kg = 1450", "mass_kg = 1979-05-27")))


@case("data", "not a regular file")
def vehicle_file_is_a_fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / "cars.toml")
    return ["-m", "game", "vehicles", "--file", "cars.toml"]


@case("data", "over the limit of 120")
def vehicle_name_million_characters(folder: Path) -> list[str]:
    return _vehicles_file(folder, _subaru(('name = "', 'name = "' + "W" * 1_000_000)))


@case("data", "'difficulty' must be")
def rivals_difficulty_is_a_list(folder: Path) -> list[str]:
    return _rivals_file(folder, "difficulty = [1, 2]\n" + RIVALS.split("[difficulty.easy]")[0])


@case("data", "digits")
def rivals_integer_too_large(folder: Path) -> list[str]:
    return _rivals_file(folder, RIVALS.replace("corner_grip = 0.76", "corner_grip = 1" + "0" * 400))


# --------------------------------------------------------------------------- replays


@case("data", "track id")
def replay_names_an_absolute_track_path(folder: Path) -> list[str]:
    outside = folder / "outside"
    shutil.copytree(VALID_MAPS, outside)
    data = _replay_data()
    data["setup"]["track"] = (outside / "ring.tmx").as_posix()
    return _replay_file(folder, data)


@case("data", "mission id")
def replay_names_a_mission_file_outside(folder: Path) -> list[str]:
    outside = folder / "outside"
    outside.mkdir()
    (outside / "02-pizza-run.toml").write_text(PIZZA, encoding="utf-8")
    data = _replay_data()
    data["setup"].update(kind="mission", track=(outside / "02-pizza-run.toml").as_posix(), car="scooter")
    return _replay_file(folder, data)


@case("data", "rivals")
def replay_hundred_million_rivals(folder: Path) -> list[str]:
    data = _replay_data()
    data["setup"]["rivals"] = 100_000_000
    return _replay_file(folder, data)


@case("data", "laps")
def replay_billion_laps(folder: Path) -> list[str]:
    data = _replay_data()
    data["setup"]["laps"] = 1_000_000_000
    return _replay_file(folder, data)


@case("data", "steps")
def replay_run_length_of_a_trillion_steps(folder: Path) -> list[str]:
    data = _replay_data(player_ai=False)
    data["tape"]["steps"] = 10**12
    data["tape"]["vehicles"]["0"] = [[10**12, 1.0, 0.0, 0.0, False, False]]
    return _replay_file(folder, data)


@case("data", "over the limit")
def replay_one_point_six_million_runs(folder: Path) -> list[str]:
    """Two cars' tapes of 800,000 one-step runs each: within the steps, over the runs."""
    data = _replay_data(player_ai=False)
    steps = 800_000
    data["tape"]["steps"] = steps
    data["tape"]["vehicles"] = {
        v: [[1, 1.0, 0.0, (k % 2) * 0.5, False, False] for k in range(steps)] for v in "01"
    }
    return _replay_file(folder, data)


@case("data", "respawn")
def replay_million_respawns_on_one_step(folder: Path) -> list[str]:
    data = _replay_data(player_ai=False)
    data["tape"]["respawns"] = [[1, 0]] * 1_000_000
    return _replay_file(folder, data)


@case("data", "unpacks to more than")
def replay_gzip_bomb(folder: Path) -> list[str]:
    """Three gigabytes of JSON whitespace after a replay's opening, packed to a few megabytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b" " * (16 * 1024 * 1024)
    with (folder / "bomb.ftr").open("wb") as out:
        out.write(packer.compress(b'{"format": "fast-track-replay"'))
        for _ in range(3 * 64):
            out.write(packer.compress(chunk))
        out.write(packer.compress(b"}"))
        out.write(packer.flush())
    return ["-m", "game", "replay", "bomb.ftr", "--headless"]


def _numbers_replay(folder: Path, megabytes: float) -> list[str]:
    """A replay whose JSON is a list of single-digit numbers: the costliest JSON per byte to parse."""
    count = int(megabytes * 1024 * 1024 / 2)
    body = b'{"format": "fast-track-replay", "pad": [' + b"0," * (count - 1) + b"0]}"
    (folder / "numbers.ftr").write_bytes(gzip.compress(body, 9))
    return ["-m", "game", "replay", "numbers.ftr", "--headless"]


@case("data", "unpacks to more than")
def replay_unpacking_to_sixty_megabytes_of_numbers(folder: Path) -> list[str]:
    return _numbers_replay(folder, 60)


@case("data", "damaged")
def replay_just_under_the_unpacked_limit_of_numbers(folder: Path) -> list[str]:
    return _numbers_replay(folder, 7.9)


@case("data", "format_version")
def replay_format_version_true(folder: Path) -> list[str]:
    data = _replay_data()
    data["format_version"] = True
    return _replay_file(folder, data)


@case("data", "format_version")
def replay_format_version_text(folder: Path) -> list[str]:
    data = _replay_data()
    data["format_version"] = "2"
    return _replay_file(folder, data)


@case("data", "nests")
def replay_deeply_nested_json(folder: Path) -> list[str]:
    data = _replay_data()
    text = json.dumps(data).replace('"setup": {', '"setup": ' + "[" * 100_000 + "]" * 100_000 + ', "x": {')
    (folder / "bad.ftr").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return ["-m", "game", "replay", "bad.ftr", "--headless"]


@case("data", "whole number")
def replay_rivals_as_text(folder: Path) -> list[str]:
    data = _replay_data()
    data["setup"]["rivals"] = "7"
    return _replay_file(folder, data)


@case("data", "vehicle")
def replay_tape_vehicle_of_five_thousand_digits(folder: Path) -> list[str]:
    data = _replay_data()
    data["tape"]["vehicles"] = {"9" * 5000: []}
    data["tape"]["steps"] = 0
    return _replay_file(folder, data)


@case("data", "final")
def replay_final_is_a_list(folder: Path) -> list[str]:
    data = _replay_data()
    data["final"] = []
    return _replay_file(folder, data)


_VIEWER_SNIPPET = """
from pathlib import Path
import pygame
from game.app.context import AppContext
from game.app.display import SurfaceDisplay
from game.content.library import Library
from game.app.scenes.replay_viewer import open_replay
pygame.display.init(); pygame.font.init(); pygame.display.set_mode((640, 360))
app = AppContext(SurfaceDisplay((640, 360)), content=Library(None))
scene = open_replay(app, Path("bad.ftr"))
print("scene:", scene.name, "|", " ".join(getattr(scene, "lines", [])))
"""


@case("data", "scene: replay-error | bad.ftr: is damaged: the set-up's 'rivals'")
def viewer_opens_a_replay_of_a_hundred_million_rivals(folder: Path) -> list[str]:
    replay_hundred_million_rivals(folder)
    return python_snippet(_VIEWER_SNIPPET)


@case("data", "a replay may name only a track id")
def viewer_opens_a_replay_with_an_absolute_track_path(folder: Path) -> list[str]:
    replay_names_an_absolute_track_path(folder)
    return python_snippet(_VIEWER_SNIPPET)


# --------------------------------------------------------------------------- races from the command line


@case("data", "rivals")
def race_hundred_million_rivals(folder: Path) -> list[str]:
    return ["-m", "game", "race", "--headless", "--track", "test-stadium", "--rivals", "100000000"]


@case("data", "laps")
def race_billion_laps(folder: Path) -> list[str]:
    return [
        "-m",
        "game",
        "race",
        "--headless",
        "--track",
        "test-stadium",
        "--rivals",
        "1",
        "--laps",
        "1000000000",
    ]
