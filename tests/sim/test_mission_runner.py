"""The mission runner's parts, on missions built in code: kinds, handlers, events, the HUD model."""

from __future__ import annotations

from typing import get_args

from game.sim.circuits import open_pad
from game.sim.controls import Controls
from game.sim.mission import events as ev
from game.sim.mission.actions import Action, CrashActor, PayMoney, ShowMessage
from game.sim.mission.kinds import OBJECTIVE_KINDS, ObjectiveKind, VisitObjective
from game.sim.mission.objectives import TRACKERS
from game.sim.mission.play import MissionPlay
from game.sim.mission.progress import EscapeProgress, StopProgress, TailProgress, VisitProgress
from game.sim.mission.runner import MissionRunner
from game.sim.mission.script import HANDLERS
from game.sim.mission.spec import Actor, Condition, EventSpec, Mission, Place, PlayerSpec, Zone
from game.sim.play import Play
from game.sim.vehicle import VehicleSpec


def _mission(**kw: object) -> Mission:
    args: dict[str, object] = dict(
        id="test",
        chapter=1,
        title="Test",
        place="a pad",
        map="pad",
        player=PlayerSpec("Mo", "subaru", Place(x=100.0, y=100.0)),
        objectives=(
            VisitObjective(
                id="go",
                kind=ObjectiveKind.DELIVER,
                text="Drive to the flag.",
                zones=("flag", "home"),
                time_limit_s=30.0,
            ),
        ),
        zones=(Zone("flag", 300.0, 100.0, 10.0), Zone("home", 100.0, 300.0, 10.0)),
    )
    args.update(kw)
    return Mission(**args)  # type: ignore[arg-type]


def _runner(specs: dict[str, VehicleSpec], **kw: object) -> MissionRunner:
    return MissionRunner(_mission(**kw), open_pad(size=600.0, cell_m=20.0), specs, seed=1)


def test_every_objective_kind_has_a_tracker_and_every_action_a_handler() -> None:
    assert set(TRACKERS) == set(ObjectiveKind) == set(OBJECTIVE_KINDS)
    assert set(HANDLERS) == set(get_args(Action))


def test_events_said_while_setting_up_are_drained_first(specs: dict[str, VehicleSpec]) -> None:
    parked = Actor("van", "Van", "police", "parked", at=Place(x=200.0, y=100.0))
    rt = _runner(specs, actors=(parked,))
    first = rt.drain_events()
    assert [type(e) for e in first] == [ev.VehicleSpawned, ev.ObjectiveStarted]
    assert first[0] == ev.VehicleSpawned(0, 1, "van")
    assert rt.drain_events() == []


def test_the_hud_model_is_built_once_per_step_and_typed(specs: dict[str, VehicleSpec]) -> None:
    rt = _runner(specs)
    hud = rt.hud()
    assert rt.hud() is hud  # the panel, the ring and the race panels share one model
    assert hud.kind is ObjectiveKind.DELIVER and hud.progress is None and hud.detail == ""
    assert hud.target_zone == "flag" and hud.target_point == (300.0, 100.0) and hud.target_size_m == 10.0
    assert not hud.race_panel
    for _ in range(8):
        rt.step(Controls())
    after = rt.hud()
    assert after is not hud
    assert after.progress == VisitProgress(0, 2) and after.detail == "Stops 0 of 2"
    assert after.time_left_s is not None and after.time_left_s < 30.0


def test_scripted_actions_each_do_their_own_thing(specs: dict[str, VehicleSpec]) -> None:
    wreck = Actor("wreck", "Wreck", "police", "parked", at=Place(x=200.0, y=200.0))
    events = (
        EventSpec("hello", Condition(), ShowMessage(text="Go!", speaker="Ray")),
        EventSpec("tip", Condition(after="hello", delay_s=0.5), PayMoney(amount=250)),
        EventSpec("boom", Condition(after="tip"), CrashActor(actor="wreck", style="flip", fire=True)),
    )
    rt = _runner(specs, actors=(wreck,), events=events)
    said: list[object] = []
    while rt.time_s < 1.0:
        rt.step(Controls())
        said += rt.drain_events()
    mission_events = [e for e in said if type(e).__module__ == ev.__name__]
    assert ev.Message(4, "Ray", "Go!", 4.0) in mission_events
    assert ev.MoneyEarned(64, 250, "bonus") in mission_events
    crash = next(e for e in mission_events if isinstance(e, ev.VehicleCrashed))
    assert (crash.vehicle, crash.style, crash.fire) == (1, "flip", True)
    assert rt.script.fired == ["hello", "tip", "boom"] and rt.ledger.money == 250
    assert rt.world.fleet.wrecked[1]


def test_progress_values_word_themselves() -> None:
    assert VisitProgress(1, 1).text == ""  # a single stop needs no count
    assert EscapeProgress(0.5, 42.4).text == "Heat |||||       42 m to the police"
    assert EscapeProgress(1.0, float("inf")).text == "Heat ||||||||||"
    assert TailProgress(30.2, 0.256, 0.0).text == "Distance 30 m   ·   suspicion 26%"
    assert StopProgress(0.25).text == "0.2 m to the line" and StopProgress(float("inf")).text == ""


def test_a_mission_is_a_play_with_one_seat(specs: dict[str, VehicleSpec]) -> None:
    rt = _runner(specs)
    play = MissionPlay(rt, specs)
    assert isinstance(play, Play) and play.players == (0,)
    assert [s.id for s in play.specs] == ["subaru"]
    play.step({0: Controls(throttle=1.0), 5: Controls(brake=1.0)})  # other seats' controls are no one's
    hud = play.hud(0)
    assert hud.mission is rt.hud() and hud.standing is None and hud.countdown is None
    assert play.time_s == rt.time_s and play.state_hash() == rt.state_hash()
