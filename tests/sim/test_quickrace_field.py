"""Quick race fairness: rivals in cars of the player's class, grid order and skills drawn from the seed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from game.content import settings, setup
from game.content.library import Library
from game.content.sessions import build
from game.content.setup import RaceSetup
from game.sim import quickrace
from game.sim.ai.profile import RivalBook
from game.sim.classes import class_members, vehicle_class
from game.sim.quickrace import SKILL_SPREAD, quick_race
from game.sim.race import RaceConfig
from game.sim.session import RaceSession
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

pytestmark = pytest.mark.xdist_group("quickrace-field")


@pytest.fixture(scope="module")
def library() -> Library:
    return Library(None)


@pytest.fixture(scope="module")
def stadium(library: Library) -> Track:
    return library.load("test-stadium").track


@pytest.fixture(scope="module")
def book(library: Library) -> RivalBook:
    return library.rivals()


def _rivals(session: RaceSession) -> Iterator[tuple[str, str]]:
    """(name, car id) of every computer rival, in grid order (the player is the one named You)."""
    for entrant in session.entrants:
        if entrant.name != "You":
            yield entrant.name, entrant.spec.id


def _race(library: Library, car: str, seed: int, **more: object) -> RaceSession:
    wanted = RaceSetup("quick-race", "test-stadium", car, 7, 1, "normal", seed, grid="back", **more)
    built = build(wanted, library)
    assert isinstance(built.play, RaceSession)
    return built.play


def test_a_default_quick_race_puts_only_cars_of_the_players_class_on_the_grid(library: Library) -> None:
    specs = library.vehicles()
    for spec in library.cars():
        for seed in (1, 2):
            session = _race(library, spec.id, seed)
            classes = {vehicle_class(e.spec) for e in session.entrants}
            assert classes == {vehicle_class(spec)}, (spec.id, seed, list(_rivals(session)))
            assert len(session.entrants) == 8
            mine = set(class_members(specs, vehicle_class(spec)))
            assert {car for _, car in _rivals(session)} <= mine


def test_a_rival_keeps_its_own_car_when_that_is_in_the_class(library: Library, book: RivalBook) -> None:
    own = {r.name: r.car for r in book.rivals}
    specs = library.vehicles()
    for car in ("subaru", "enzo", "mustang"):
        cls = vehicle_class(specs[car])
        for name, vid in _rivals(_race(library, car, 5)):
            if vehicle_class(specs[own[name]]) == cls:
                assert vid == own[name], (car, name, vid)


def test_the_field_has_as_many_different_cars_as_the_class_offers(library: Library) -> None:
    specs = library.vehicles()
    for car in ("subaru", "enzo"):  # five cars in each class, eight on the grid: all of them race
        session = _race(library, car, 3)
        assert {e.spec.id for e in session.entrants} == set(class_members(specs, vehicle_class(specs[car])))


def test_drawn_cars_stay_within_reach_of_the_players(library: Library) -> None:
    """The scooter is class C, but a Mustang driver races cars near its own pace."""
    for seed in range(6):
        assert "scooter" not in {car for _, car in _rivals(_race(library, "mustang", seed))}


def test_any_car_gives_each_rival_its_own(library: Library, book: RivalBook) -> None:
    own = {r.name: r.car for r in book.rivals}
    for seed in (1, 2, 3):
        session = _race(library, "subaru", seed, rival_cars="any")
        rivals = list(_rivals(session))
        assert len(rivals) == 7 and all(vid == own[name] for name, vid in rivals)
    assert any(vehicle_class(library.vehicles()[car]) == "A" for _, car in rivals)  # the Enzo is back


def test_the_seed_draws_the_grid_and_the_same_seed_draws_it_again(library: Library) -> None:
    orders = {seed: [name for name, _ in _rivals(_race(library, "subaru", seed))] for seed in range(8)}
    assert orders[1] != orders[2]
    assert len({tuple(o) for o in orders.values()}) >= 6
    for seed in (1, 2):
        again = _race(library, "subaru", seed)
        assert [name for name, _ in _rivals(again)] == orders[seed]
        assert [e.skill for e in again.entrants] == [e.skill for e in _race(library, "subaru", seed).entrants]
    counts = {len(o) for o in orders.values()}
    assert counts == {7}
    assert len({name for o in orders.values() for name in o}) == 9  # each of the nine rivals made a grid


def test_more_rivals_than_the_book_go_round_it_again(
    stadium: Track, book: RivalBook, library: Library
) -> None:
    small = RivalBook(book.difficulties, book.rivals[:3])
    session = quick_race(stadium, library.vehicles(), small, rivals=7, seed=4)
    names = [e.name for e in session.entrants[1:]]
    assert len(set(names)) == 7
    firsts = names[:3]
    assert sorted(firsts) == sorted(r.name for r in small.rivals)
    assert names[3:6] == [f"{n} 2" for n in firsts] and names[6] == f"{firsts[0]} 3"


def test_rival_skills_vary_by_seed_and_keep_the_difficulties_in_order(
    stadium: Track, book: RivalBook, library: Library
) -> None:
    specs = library.vehicles()
    seen: dict[str, list[tuple[float, float]]] = {d: [] for d in ("easy", "normal", "hard")}
    for difficulty in seen:
        base = book.skill(difficulty)
        for seed in range(12):
            session = quick_race(stadium, specs, book, car="wolf", difficulty=difficulty, seed=seed)
            for entrant in session.entrants[1:]:
                skill = entrant.skill
                assert skill is not None
                assert skill.corner_grip <= 1.0 and skill.brake_grip <= 1.0
                for got, want in ((skill.corner_grip, base.corner_grip), (skill.brake_grip, base.brake_grip)):
                    assert abs(got / want - 1.0) <= SKILL_SPREAD + 1e-12
                assert (skill.mistake_rate, skill.reaction_s) == (base.mistake_rate, base.reaction_s)
                seen[difficulty].append((skill.corner_grip, skill.brake_grip))
            assert session.entrants[0].skill == base  # the player's own car drives the difficulty as written
    for lower, higher in (("easy", "normal"), ("normal", "hard")):
        for k in (0, 1):
            assert max(s[k] for s in seen[lower]) <= min(s[k] for s in seen[higher]), (lower, higher, k)
    assert len({s for s in seen["normal"]}) > 20  # varied, not one value


def test_a_difficulty_at_the_limit_never_plans_past_it(
    stadium: Track, book: RivalBook, library: Library
) -> None:
    from dataclasses import replace

    flat_out = replace(book.skill("hard"), corner_grip=1.0, brake_grip=0.99)
    tight = RivalBook(
        {**book.difficulties, "hard": flat_out, "harder": replace(flat_out, brake_grip=1.0)}, book.rivals
    )
    for seed in range(10):
        session = quick_race(stadium, library.vehicles(), tight, difficulty="hard", seed=seed)
        for entrant in session.entrants[1:]:
            assert entrant.skill is not None
            assert entrant.skill.corner_grip <= 1.0 and entrant.skill.brake_grip <= 0.995


def test_catch_up_reaches_the_race_configuration(library: Library) -> None:
    assert RaceConfig().catch_up == "subtle"
    assert _race(library, "subaru", 1).config.catch_up == "subtle"
    assert _race(library, "subaru", 1, catch_up="off").config.catch_up == "off"


def test_unknown_choices_are_refused_by_name(stadium: Track, book: RivalBook, library: Library) -> None:
    with pytest.raises(ValueError, match="rival cars 'same'"):
        quick_race(stadium, library.vehicles(), book, rival_cars="same")
    with pytest.raises(ValueError, match="catch-up 'lots'"):
        quick_race(stadium, library.vehicles(), book, catch_up="lots")


def test_the_choices_are_named_alike_in_the_sim_the_set_up_and_the_settings() -> None:
    assert quickrace.RIVAL_CARS == setup.RIVAL_CARS == settings.RIVAL_CARS
    assert quickrace.CATCH_UP == setup.CATCH_UP == settings.CATCH_UP
    assert RaceSetup().rival_cars == settings.RaceChoice().rival_cars == "class"
    assert RaceSetup().catch_up == settings.RaceChoice().catch_up == "subtle"


def test_old_call_sites_keep_working(stadium: Track, book: RivalBook, specs: dict[str, VehicleSpec]) -> None:
    session = quick_race(stadium, specs, book, "bmw", 2, 1, "easy", 3, True, False)
    assert len(session.entrants) == 3 and session.config.catch_up == "subtle"
    assert RaceSetup("quick-race", "test-stadium", "bmw", 2, 1, "easy", 3, False).rival_cars == "class"


def test_the_race_command_takes_rival_cars_and_catch_up(
    capsys: pytest.CaptureFixture[str], book: RivalBook
) -> None:
    import argparse
    import json

    from game.commands import race

    parser = argparse.ArgumentParser()
    race.configure(parser)
    common = ["--headless", "--track", "test-stadium", "--rivals", "1", "--laps", "1", "--seed", "2"]
    args = parser.parse_args([*common, "--rival-cars", "any", "--catch-up", "off", "--json"])
    assert race.run(args) == 0
    out = capsys.readouterr().out
    assert "rival cars: any, catch-up: off" in out.splitlines()[0]
    results = json.loads(out.splitlines()[-1])["results"]
    own = {r.name: r.car for r in book.rivals}
    [rival] = [r for r in results if r["name"] != "You"]
    assert rival["car"] == own[rival["name"]]
    defaults = parser.parse_args(common)
    assert (defaults.rival_cars, defaults.catch_up) == ("class", "subtle")
    with pytest.raises(SystemExit) as usage:
        parser.parse_args([*common, "--rival-cars", "mine"])
    assert usage.value.code == 2
