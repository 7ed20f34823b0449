"""Time trial: one car alone against the clock, chasing a ghost of a best lap.

A :class:`TimeTrial` wraps a one-car race session with a lap recorder, so
every clean lap becomes a ghost candidate and the best one can be saved and
chased next time. The ghost is shown where it was at the same time into its
own lap, which is what makes "ahead" and "behind" mean something to a player.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.sim.ai.profile import Skill
from game.sim.controls import Controls
from game.sim.events import Event
from game.sim.ghost import Ghost, LapRecorder, Pose
from game.sim.race import RaceConfig
from game.sim.race.events import LapCompleted, RaceEvent
from game.sim.replay import track_fingerprint
from game.sim.session import Entrant, RaceSession
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

TIME_TRIAL_LAPS = 99
"""Effectively open-ended: the player stops when they like."""


class TimeTrial:
    """A solo session with lap recording and an optional ghost to chase."""

    def __init__(self, track: Track, spec: VehicleSpec, ghost: Ghost | None = None, seed: int = 0,
                 laps: int = TIME_TRIAL_LAPS, driver_skill: Skill | None = None) -> None:
        config = RaceConfig(laps=laps, time_limit_s=laps * 600.0)
        self.session = RaceSession(track, [Entrant("You", spec, driver_skill)], config, seed=seed)
        self.track = track
        self.fingerprint = track_fingerprint(track)
        self.ghost = ghost if ghost is not None and ghost.track_fingerprint == self.fingerprint else None
        self.recorder = LapRecorder(0, track.id, self.fingerprint, spec.id)
        self.recorder.start_lap(self.session.race.go_time)
        self.lap_started = self.session.race.go_time
        self._events: list[Event | RaceEvent] = []

    def step(self, controls: Mapping[int, Controls] | None = None) -> None:
        session = self.session
        session.step(controls)
        x, y, heading, vx, vy, _ = session.world.vehicle_states[0].tolist()
        speed = (vx * vx + vy * vy) ** 0.5
        self.recorder.sample(session.world.step_count, session.time_s, x, y, heading, speed)
        for event in session.drain_events():
            self.recorder.on_event(event)
            if isinstance(event, LapCompleted) and event.vehicle == 0:
                self.lap_started += event.lap_time_s
            self._events.append(event)

    def drain_events(self) -> list[Event | RaceEvent]:
        events, self._events = self._events, []
        return events

    @property
    def best(self) -> Ghost | None:
        """The best clean lap driven in this session."""
        return self.recorder.best

    def ghost_pose(self) -> Pose | None:
        """Where the ghost is now: as far into its lap as the player is into theirs."""
        if self.ghost is None or not self.session.race.started(self.session.time_s):
            return None
        return self.ghost.pose_at(self.session.time_s - self.lap_started)
