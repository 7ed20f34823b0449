"""A mission as a :class:`~game.sim.play.Play`: what the driving scene, the recorder and replays drive.

The runner takes the player's controls alone and has its own HUD model;
this adapter gives it the play seam's shape: one seat (the player is
vehicle 0), controls by vehicle, the race standing and start lights while a
race objective is on screen, and the mission's :class:`~game.sim.mission.hud.Hud`
as ``PlayHud.mission``. It also fingerprints what a replay of the mission
depends on besides the track.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from game.sim.controls import Controls
from game.sim.mission.runner import MissionRunner
from game.sim.mission.spec import PLAYER
from game.sim.play import PlayHud, countdown_light
from game.sim.replay import content_fingerprint
from game.sim.session import Entrant
from game.sim.snapshot import WorldSnapshot
from game.sim.vehicle import VehicleSpec

PLAYER_SEAT = 0


class MissionPlay:
    """A mission runner seen through the play seam; ``vehicles`` are the game's cars by id."""

    players: tuple[int, ...] = (PLAYER_SEAT,)

    def __init__(self, runner: MissionRunner, vehicles: Mapping[str, VehicleSpec]) -> None:
        self.runner = runner
        self._vehicles = vehicles

    @property
    def time_s(self) -> float:
        return self.runner.time_s

    @property
    def over(self) -> bool:
        return self.runner.over

    @property
    def specs(self) -> Sequence[VehicleSpec]:
        return self.runner.world.fleet.specs

    @property
    def entrants(self) -> tuple[Entrant, ...]:
        """Every vehicle of the mission as a named entrant (the player first), for a viewer."""
        mission = self.runner.mission
        names = {PLAYER: mission.player.driver, **{a.id: a.name for a in mission.actors}}
        by_vehicle = {v: names.get(actor, actor) for actor, v in self.runner.view.vehicles.items()}
        return tuple(Entrant(by_vehicle.get(i, f"car {i + 1}"), spec) for i, spec in enumerate(self.specs))

    def step(self, controls: Mapping[int, Controls] | None = None) -> None:
        self.runner.step(controls.get(PLAYER_SEAT) if controls else None)

    def request_respawn(self, vehicle: int) -> None:
        """Missions have no reset key; nothing to do."""

    def snapshot(self) -> WorldSnapshot:
        return self.runner.snapshot()

    def drain_events(self) -> list[object]:
        return list(self.runner.drain_events())

    def state_hash(self) -> str:
        return self.runner.state_hash()

    def hud(self, vehicle: int) -> PlayHud:
        """The mission's model, with the race's standing and lights while the race panels are up."""
        rt = self.runner
        mission = rt.hud()
        session = rt.session
        if session is None or not mission.race_panel:
            return PlayHud(rt.time_s, None, None, mission)
        countdown = countdown_light(session.race.clock(rt.time_s))
        return PlayHud(rt.time_s, countdown, session.standing(vehicle), mission)

    def fingerprint(self) -> str:
        """What a replay depends on besides the track: the whole mission and the cars it uses."""
        mission = self.runner.mission
        cars = sorted({mission.player.vehicle, *(a.vehicle for a in mission.actors)})
        return content_fingerprint([mission, *(self._vehicles[c] for c in cars if c in self._vehicles)])
