"""Every bundled mission file validates against the schema, its map and the vehicles."""

from __future__ import annotations

import pytest

from game.content.missions import list_missions
from game.sim.mission.spec import OBJECTIVE_KINDS
from tests.campaign.helpers import MISSION_IDS, mission

EXPECTED = [
    "01-final-notice",
    "02-pizza-run",
    "03-the-phantom",
    "04-borrowed-bmw",
    "05-wheel-man",
    "06-off-duty",
    "07-drift-school",
    "08-last-race",
    "09-high-stakes",
    "10-ducati",
    "11-red-rock-canyon",
    "12-freeway",
]


def test_the_campaign_has_twelve_missions_in_order() -> None:
    assert MISSION_IDS == EXPECTED


@pytest.mark.parametrize("mid", EXPECTED)
def test_mission_validates(mid: str) -> None:
    m = mission(mid)
    assert m.id == mid
    assert m.chapter == (1 if int(mid[:2]) <= 8 else 2)
    assert m.briefing and m.debrief and m.failure
    assert all(o.kind in OBJECTIVE_KINDS for o in m.objectives)


def test_story_beats_are_data() -> None:
    """The scripted moments the story asks for are there, as events, not code."""
    assert any(e.action.kind == "block_road" for e in mission("02-pizza-run").events)
    assert any(e.action.kind == "chase" for e in mission("02-pizza-run").events)
    diablo = mission("09-high-stakes").events
    assert any(e.action.kind == "nitrous" for e in diablo)
    assert any(e.action.kind == "crash" and e.action.style == "flip" and e.action.fire for e in diablo)
    assert any(e.action.kind == "crash" and e.action.actor == "wolf" for e in mission("08-last-race").events)
    assert any(e.action.kind == "phone_call" for e in mission("11-red-rock-canyon").events)
    kinds = {o.kind for mid in EXPECTED for o in mission(mid).objectives}
    assert kinds == set(OBJECTIVE_KINDS)


def test_listing_shows_the_campaign(tmp_path) -> None:  # type: ignore[no-untyped-def]
    entries = list_missions(mods_dir=tmp_path)
    assert [e.id for e in entries] == EXPECTED
    assert all(e.error is None and e.source == "campaign" for e in entries)
