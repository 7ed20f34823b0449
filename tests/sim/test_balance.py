"""Balance of performance: in a one-class quick race a rival's car laps as the player's car would.

A class spans up to a tenth of performance index, and unbalanced the
quickest car of the class won nearly every race whoever drove it. These
tests hold the balance to what it is for: on the plan every car of a class
laps within a whisker of the player's car; on the physics a quicker car is
really held back and a slower one really helped, without any car planned
past its own limits; and a race with "any car" is not balanced at all.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from game.content.library import Library
from game.sim.ai.driver import BALANCE_RANGE, LIMIT_SKILL, AICar, balance_of_performance, balanced_throttle
from game.sim.ai.planner import racing_line_for
from game.sim.ai.profile import Personality
from game.sim.ai.speed import plan_lap_s, speed_plan
from game.sim.classes import class_members, vehicle_class
from game.sim.quickrace import quick_race
from game.sim.race import RaceConfig
from game.sim.session import Entrant, RaceSession


@cache
def _library() -> Library:
    return Library()


def _circuits() -> list[str]:
    return [o.id for o in _library().tracks() if o.kind == "circuit" and not o.error]


@pytest.mark.parametrize("track", _circuits())
def test_every_car_of_a_class_plans_the_reference_cars_lap(track: str) -> None:
    library = _library()
    specs = library.vehicles()
    normal = library.rivals().skill("normal")
    line = racing_line_for(library.load(track).track)
    for reference in ("subaru", "police", "fordgt"):
        ref = specs[reference]
        members = [specs[v] for v in class_members(specs, vehicle_class(ref))]
        cars = [AICar(i, spec, normal, Personality()) for i, spec in enumerate(members)]
        plans = np.array([speed_plan(line, s, normal) for s in members])
        limits = np.array([speed_plan(line, s, LIMIT_SKILL) for s in members])
        factor = balance_of_performance(line, cars, plans, limits, ref)
        goal = plan_lap_s(line, ref, speed_plan(line, ref, normal), normal.throttle)
        for k, spec in enumerate(members):
            raw = plan_lap_s(line, spec, plans[k], normal.throttle)
            throttle = balanced_throttle(normal.throttle, factor[k])
            balanced = plan_lap_s(line, spec, np.minimum(plans[k] * factor[k], limits[k]), throttle)
            shown = (
                f"{spec.id} on {track}: {raw:.2f} s raw, {balanced:.2f} s balanced, {reference} {goal:.2f} s"
            )
            assert (factor[k] < 1.0) == (raw < goal) or spec.id == reference, shown
            assert (limits[k] >= np.minimum(plans[k] * factor[k], limits[k])).all()
            # A slower car is helped as far as its own limits let it, and no further.
            if factor[k] < BALANCE_RANGE[1] - 0.01:
                assert balanced == pytest.approx(goal, rel=0.002), shown
            else:
                assert balanced > goal, shown


@cache
def _solo_best(track: str, car: str, balance_to: str | None, seed: int = 3) -> float:
    library = _library()
    specs = library.vehicles()
    loaded = library.load(track).track
    normal = library.rivals().skill("normal")
    session = RaceSession(
        loaded,
        [Entrant("Rival", specs[car], normal)],
        RaceConfig(laps=2),
        seed=seed,
        balance_to=None if balance_to is None else specs[balance_to],
        pace=library.pace(loaded),
    )
    while not session.over and session.world.step_count < session.last_step:
        session.step()
    laps = session.results()[0].lap_times
    assert laps, f"{car} set no lap on {track}"
    return min(laps)


@pytest.mark.parametrize(("car", "reference"), [("wolf", "subaru"), ("subaru", "wolf")])
def test_balance_brings_a_car_to_the_reference_on_the_physics(car: str, reference: str) -> None:
    own = _solo_best("harbour", car, None)
    ref = _solo_best("harbour", reference, None)
    balanced = _solo_best("harbour", car, reference)
    assert abs(balanced - ref) < 0.5 * abs(own - ref), (
        f"{car}: {own:.2f} s as it is, {balanced:.2f} s balanced to the {reference}'s {ref:.2f} s"
    )


def test_a_balanced_class_laps_within_a_whisker_of_the_reference_on_the_physics() -> None:
    """Vegas Strip, where balancing on the estimate alone left the Diablo 2% quicker than the rest.

    Seed 5, not the pace table's seed 3: the rivals' mistakes differ, so the
    table is judged on laps it was not measured on.
    """
    specs = _library().vehicles()
    reference = _solo_best("vegas-strip", "subaru", None, seed=5)
    laps = {
        car: _solo_best("vegas-strip", car, "subaru", seed=5)
        for car in class_members(specs, vehicle_class(specs["subaru"]))
        if car != "subaru"
    }
    shown = ", ".join(f"{car} {lap:.2f} s" for car, lap in laps.items())
    assert len(laps) >= 3
    for lap in laps.values():
        assert abs(lap / reference - 1.0) < 0.0075, f"subaru {reference:.2f} s; balanced: {shown}"


def test_a_class_race_is_balanced_and_an_any_car_race_is_not() -> None:
    library = _library()
    track = library.load("harbour").track
    kw = {"car": "subaru", "rivals": 7, "seed": 4}
    balanced = quick_race(track, library.vehicles(), library.rivals(), rival_cars="class", **kw)
    plain = quick_race(track, library.vehicles(), library.rivals(), rival_cars="any", **kw)
    cars = [e.spec.id for e in balanced.entrants]
    factor = dict(zip(cars, balanced.drivers.balance, strict=False))
    assert factor["subaru"] == pytest.approx(1.0)
    assert any(f < 0.97 for f in balanced.drivers.balance), f"nothing held back: {factor}"
    assert np.all(plain.drivers.balance == 1.0)
