"""A race mission through the play seam: the race panels and start lights come with the mission's HUD."""

from __future__ import annotations

from game.sim.controls import Controls
from game.sim.mission.kinds import ObjectiveKind
from game.sim.mission.play import MissionPlay
from tests.campaign.helpers import runner, specs


def test_a_race_mission_shows_the_lights_and_the_standing() -> None:
    rt = runner("03-the-phantom")
    play = MissionPlay(rt, specs())
    start = play.hud(0)
    assert start.countdown == 3 and start.standing is not None and start.standing.position >= 1
    assert start.mission is rt.hud() and rt.hud().kind is ObjectiveKind.RACE and rt.hud().race_panel
    race = rt.mission.race
    assert race is not None
    while play.time_s < race.countdown_s + 0.5:
        play.step({0: Controls(throttle=1.0)})
    assert play.hud(0).countdown == 0  # the green light
