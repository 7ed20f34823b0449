"""The broken-map corpus: each fault is rejected with its own message, naming the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.errors import ContentError
from game.content.tmx import load_map
from tests.content.tmx_helpers import BROKEN, MAPS, make_maps

GENERATOR = make_maps()
CASES = sorted(GENERATOR.BROKEN.items())


@pytest.mark.parametrize(("name", "words"), [(name, words) for name, (_, words) in CASES])
def test_each_broken_map_names_its_problem_and_fix(name: str, words: list[str]) -> None:
    path = BROKEN / f"{name}.tmx"
    with pytest.raises(ContentError) as info:
        load_map(path)
    problems = info.value.problems
    assert all(p.startswith(f"{path}: ") for p in problems), problems
    assert all(p.endswith(".") and "Traceback" not in p for p in problems)
    matching = [p for p in problems if all(w in p for w in words)]
    assert matching, f"no message has all of {words}:\n" + "\n".join(problems)
    assert all(";" in p for p in problems), "every message says what to do after a ';'"


def test_every_rejection_rule_has_a_broken_map() -> None:
    rules = {
        "malformed_xml", "infinite", "missing_ground", "missing_physics", "missing_race",
        "checkpoint_repeat", "checkpoint_gap", "checkpoint_order", "checkpoint_missed",
        "slot_in_wall", "slot_off_road", "slot_outside_map", "template_missing",
        "template_outside", "list_property", "ellipse", "capsule", "tile_collision",
        "tileset_outside", "image_outside", "no_slots", "no_finish",
        "image_missing", "image_not_png", "image_too_big", "image_wrong_size", "dtd_entities",
        "groups_too_deep", "name_too_long", "prop_too_heavy", "prop_too_small", "object_far_away",
    }  # fmt: skip
    assert rules <= set(GENERATOR.BROKEN)


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    """Two unrelated faults in one map: both come back in one ContentError."""
    source = (BROKEN / "slot_off_road.tmx").read_text()
    twice = source.replace('name="cp right" type="Checkpoint"', 'name="cp right" type="Checkpont"')
    for extra in ("tiny.tsx", "tiny.png"):
        (tmp_path / extra).write_bytes((BROKEN / extra).read_bytes())
    path = tmp_path / "two.tmx"
    path.write_text(twice)
    with pytest.raises(ContentError) as info:
        load_map(path)
    text = str(info.value)
    assert "object 6 'pole'" in text and "off the track" in text
    assert "object 11 'cp right' (Checkpont)" in text and "set its Class" in text


def test_checked_in_corpus_matches_the_generator(tmp_path: Path) -> None:
    written = GENERATOR.write_all(tmp_path)
    for path in written:
        committed = MAPS / path.relative_to(tmp_path)
        assert committed.read_bytes() == path.read_bytes(), (
            f"{committed} is stale: run python tests/content/maps/make_maps.py"
        )
