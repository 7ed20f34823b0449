"""Building a mission's world: a race session for a race mission, else a free world with the player.

A race mission races on the grid (the player on slot 0, the rivals behind
in file order, their skills looked up by difficulty); a free-roam mission
puts the player's car where the mission says. Either way the player is
vehicle 0 and the other actors are added later, by the cast.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.sim.ai.profile import Personality, Skill
from game.sim.mission.spec import PLAYER, Mission
from game.sim.mission.view import MissionView
from game.sim.race import RaceConfig
from game.sim.session import Entrant, RaceSession
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec


def race_session(
    mission: Mission, track: Track, specs: Mapping[str, VehicleSpec], skills: Mapping[str, Skill], seed: int
) -> RaceSession:
    """The race of a race mission (which must have a ``[race]``)."""
    race = mission.race
    assert race is not None
    entrants = [Entrant(mission.player.driver, specs[mission.player.vehicle])]
    for a in mission.actors:
        if a.role == "rival":
            personality = Personality(a.aggression, a.consistency, a.nitrous_use)
            entrants.append(Entrant(a.name, specs[a.vehicle], skills.get(a.difficulty, Skill()), personality))
    # A mission's rivals are authored, not balanced on the fly: no catch-up.
    config = RaceConfig(laps=race.laps, countdown_s=race.countdown_s, wreck_respawns=False, catch_up="off")
    return RaceSession(track, entrants, config, seed=seed)


def seat_player(view: MissionView, mission: Mission, specs: Mapping[str, VehicleSpec]) -> None:
    """The player as vehicle 0 (already on the grid in a race) and the rivals after, by actor id."""
    view.vehicles[PLAYER] = 0
    if view.session is not None:
        rivals = [a for a in mission.actors if a.role == "rival"]
        view.vehicles.update({a.id: k for k, a in enumerate(rivals, start=1)})
    else:
        x, y, h = view.place(mission.player.start)
        view.world.add_vehicle(specs[mission.player.vehicle], x, y, h)
