"""The mission file's schema: one model per objective and action kind, problems in the file's words."""

from __future__ import annotations

import typing

import pytest

from game.content.errors import ContentError
from game.content.missions import CAMPAIGN_DIR, events, objectives, parse_mission
from game.sim.mission.actions import ActionKind
from game.sim.mission.kinds import ObjectiveKind
from tests.campaign.helpers import specs

PIZZA = (CAMPAIGN_DIR / "02-pizza-run.toml").read_text(encoding="utf-8")


def test_every_kind_has_its_model_tagged_with_its_own_name() -> None:
    assert set(objectives.MODELS) == set(ObjectiveKind)
    assert set(events.MODELS) == set(ActionKind)
    for kind, model in objectives.MODELS.items():
        assert typing.get_args(model.model_fields["kind"].annotation) == (kind,)
    for do, model in events.MODELS.items():
        assert typing.get_args(model.model_fields["do"].annotation) == (do,)


def _problems(text: str) -> list[str]:
    with pytest.raises(ContentError) as caught:
        parse_mission(text, "mods/m.toml", "02-pizza-run", specs())
    return caught.value.problems


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            ('kind = "deliver"', 'kind = "deliver"\ntarget = "wolf"'),
            "objective 'deliver': 'target' does not apply to a 'deliver' objective "
            "(it belongs to tail, takedown, avoid objectives).",
        ),
        (
            ('kind = "deliver"', 'kind = "deliver"\ntrgt = "wolf"'),
            "objective 'deliver': 'trgt' does not apply to a 'deliver' objective (check the spelling).",
        ),
        (
            ('do = "park"', 'do = "park"\nroute = ["x"]'),
            "event 'chase-over': 'route' does not apply to a 'park' event (it takes actor).",
        ),
        (
            ('kind = "deliver"', 'kind = "tail"'),
            "objective 'deliver': a 'tail' objective needs a 'target' actor.",
        ),
        (
            ("when = { time_s = 1 }", 'when = { time_s = 1, weather = "rain" }'),
            "event 'breakdown': 'when.weather' is not a known key (known: vehicle, time_s, zone",
        ),
        (
            ("when = { time_s = 1 }", "when = 1"),
            "event 'breakdown': 'when' must be a table like { time_s = 5 }, got 1.",
        ),
        (
            ('when = { after = "breakdown", delay_s = 1 }', 'when = { after = "breakdown", delay_s = -1 }'),
            "event 'breakdown-line': 'when.delay_s' must be at least 0, got -1.",
        ),
        (("bronze = 134", "bronze = 90"), "[medals]: times must get harder from bronze to gold"),
    ],
)
def test_problems_name_the_file_the_table_and_the_key(edit: tuple[str, str], expected: str) -> None:
    assert edit[0] in PIZZA
    problems = _problems(PIZZA.replace(*edit, 1))
    assert any(p.startswith("mods/m.toml: " + expected) for p in problems), problems


def test_references_are_checked_in_the_same_pass_as_the_fields() -> None:
    text = PIZZA.replace('actor = "nicole"', 'actor = "nikki"').replace("gold = 97", "gold = -1")
    problems = _problems(text)
    assert problems == [
        "mods/m.toml: event 'breakdown': 'actor' names unknown actor 'nikki'.",
        "mods/m.toml: [medals]: 'gold' must be a positive number, got -1.",
    ]
