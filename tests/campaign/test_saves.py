"""Progress and the save file: round trip, crash mid-write, corrupt and newer saves, unlocking chapter two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.content.saves import SAVE_VERSION, SKIP_AFTER, START_DEBT, Progress, SaveStore
from game.sim.mission.runner import Outcome
from tests.campaign.helpers import MISSION_IDS, mission


def won(mid: str, time_s: float = 60.0) -> Outcome:
    m = mission(mid)
    return Outcome(True, "completed", time_s, "", 0.0, 0.0, m.rewards.money, m.medals.award(time_s, 0.0))


def lost(mid: str) -> Outcome:
    return Outcome(False, "time_up", 10.0, mission(mid).objectives[0].id, 0.0, 0.0, 0, "")


def some_progress() -> Progress:
    p = Progress()
    p.record(mission("01-final-notice"), won("01-final-notice", 70.0))
    p.record(mission("03-the-phantom"), won("03-the-phantom", 100.0))
    p.record(mission("02-pizza-run"), lost("02-pizza-run"))
    return p


def test_round_trip(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    p = some_progress()
    store.save(p)
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "save" and loaded.messages == ()
    assert loaded.progress == p
    assert json.loads((tmp_path / "save.json").read_text())["version"] == SAVE_VERSION


def test_second_save_keeps_the_first_as_backup(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    first = Progress()
    store.save(first)
    store.save(some_progress())
    backup = Progress.from_json(json.loads((tmp_path / "save.json.bak").read_text()))
    assert backup == first


def test_crash_before_the_rename_leaves_the_previous_save(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    before = some_progress()
    store.save(before)

    class Crash(SaveStore):
        def _before_swap(self) -> None:
            raise KeyboardInterrupt("power cut")

    after = some_progress()
    after.money = 999_999
    with pytest.raises(KeyboardInterrupt):
        Crash(tmp_path).save(after)
    assert json.loads((tmp_path / "save.json").read_text())["money"] != 999_999
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "save" and loaded.progress == before


def test_corrupt_save_is_set_aside_and_the_backup_used(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    store.save(Progress())
    store.save(some_progress())
    (tmp_path / "save.json").write_text("{ this is not json", encoding="utf-8")
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "backup"
    assert loaded.progress == Progress()
    assert (tmp_path / "save.json.corrupt-1").read_text() == "{ this is not json"
    assert any("save.json.corrupt-1" in m for m in loaded.messages)
    assert any("backup" in m for m in loaded.messages)


def test_a_second_corrupt_save_gets_its_own_name(tmp_path: Path) -> None:
    (tmp_path / "save.json.corrupt-1").write_text("old", encoding="utf-8")
    (tmp_path / "save.json").write_text('{"version": 1, "money": "lots"}', encoding="utf-8")
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "new"
    assert (tmp_path / "save.json.corrupt-2").exists()
    assert (tmp_path / "save.json.corrupt-1").read_text() == "old"


def test_newer_version_is_set_aside_not_overwritten(tmp_path: Path) -> None:
    data = Progress().to_json() | {"version": SAVE_VERSION + 1}
    (tmp_path / "save.json").write_text(json.dumps(data), encoding="utf-8")
    loaded = SaveStore(tmp_path).load()
    assert loaded.source == "new"
    assert (tmp_path / "save.json.newer-1").exists()
    assert any("newer version" in m for m in loaded.messages)


def test_fresh_profile_unlocks_its_way_into_chapter_two() -> None:
    campaign = [mission(mid) for mid in MISSION_IDS]
    p = Progress()
    assert p.available(campaign) == ["01-final-notice"]
    assert not p.chapter_open(2, campaign)
    for m in campaign:
        if m.chapter == 1:
            p.record(m, won(m.id))
    assert p.chapter_open(2, campaign)
    assert "09-high-stakes" in p.available(campaign)
    assert p.debt < START_DEBT
    assert "mustang" in p.cars and "nicole" in p.cars
    assert p.missions["03-the-phantom"].completed


def test_debt_and_money_from_rewards() -> None:
    p = Progress()
    notes = p.record(mission("03-the-phantom"), won("03-the-phantom"))
    assert p.debt == START_DEBT - 12000 and p.money == 0
    assert any("debt" in n for n in notes)
    p.record(mission("04-borrowed-bmw"), won("04-borrowed-bmw"))
    assert p.money == 10000


def test_skip_after_three_failures() -> None:
    campaign = [mission(mid) for mid in MISSION_IDS]
    p = Progress()
    m = mission("01-final-notice")
    for _ in range(SKIP_AFTER - 1):
        p.record(m, lost(m.id))
    assert not p.can_skip(m.id) and not p.skip(m)
    notes = p.record(m, lost(m.id))
    assert any("skip" in n for n in notes)
    assert p.skip(m)
    assert p.available(campaign)[:2] == ["01-final-notice", "02-pizza-run"]


def test_best_time_and_medal_keep_the_best() -> None:
    p = Progress()
    m = mission("01-final-notice")
    p.record(m, won(m.id, 70.0))
    p.record(m, won(m.id, 200.0))
    rec = p.missions[m.id]
    assert rec.best_time_s == 70.0 and rec.medal == "gold"
