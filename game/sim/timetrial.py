"""Time trial: one car alone against the clock, chasing a ghost of a best lap.

A :class:`TimeTrial` wraps a one-car race session with a lap recorder, so
every clean lap becomes a ghost candidate and the best one can be saved and
chased next time. The ghost is shown where it was at the same time into its
own lap, which is what makes "ahead" and "behind" mean something to a player.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from game.sim.ai.line import RacingLine
from game.sim.ai.profile import Skill
from game.sim.controls import Controls
from game.sim.events import Event
from game.sim.ghost import Ghost, LapRecorder, Pose
from game.sim.play import PlayHud
from game.sim.race import RaceConfig
from game.sim.race.events import LapCompleted, RaceEvent
from game.sim.replay import track_fingerprint
from game.sim.session import Entrant, RaceSession
from game.sim.snapshot import WorldSnapshot
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

TIME_TRIAL_LAPS = 99
"""Effectively open-ended: the player stops when they like."""


class TimeTrial:
    """A solo session with lap recording and an optional ghost to chase."""

    def __init__(
        self,
        track: Track,
        spec: VehicleSpec,
        ghost: Ghost | None = None,
        seed: int = 0,
        laps: int = TIME_TRIAL_LAPS,
        driver_skill: Skill | None = None,
    ) -> None:
        config = RaceConfig(laps=laps, time_limit_s=laps * 600.0)
        self.session = RaceSession(track, [Entrant("You", spec, driver_skill)], config, seed=seed)
        self.track = track
        self.fingerprint = track_fingerprint(track)
        self.ghost = ghost if ghost is not None and ghost.track_fingerprint == self.fingerprint else None
        self.recorder = LapRecorder(0, track.id, self.fingerprint, spec.id)
        self.recorder.start_lap(self.session.race.go_time)
        self.lap_started = self.session.race.go_time
        self._events: list[Event | RaceEvent] = []
        self._ghost_s: np.ndarray | None = None
        self._ghost_t: np.ndarray | None = None
        if self.ghost is not None:
            self._ghost_s, self._ghost_t = ghost_progress(self.session.line, self.ghost)

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

    # -- the play seam: a one-car race session underneath ------------------------------------

    @property
    def time_s(self) -> float:
        return self.session.time_s

    @property
    def over(self) -> bool:
        return self.session.over

    @property
    def players(self) -> tuple[int, ...]:
        return (0,)

    @property
    def specs(self) -> Sequence[VehicleSpec]:
        return self.session.specs

    def request_respawn(self, vehicle: int) -> None:
        self.session.request_respawn(vehicle)

    def snapshot(self) -> WorldSnapshot:
        return self.session.snapshot()

    def state_hash(self) -> str:
        return self.session.state_hash()

    def hud(self, vehicle: int) -> PlayHud:
        return self.session.hud(vehicle)

    @property
    def best(self) -> Ghost | None:
        """The best clean lap driven in this session."""
        return self.recorder.best

    def chase(self, ghost: Ghost | None) -> None:
        """Chase another ghost from now on (a new personal best set in this session, say).

        A ghost of another version of the track is ignored, as at the start.
        """
        self.ghost = ghost if ghost is not None and ghost.track_fingerprint == self.fingerprint else None
        self._ghost_s, self._ghost_t = None, None
        if self.ghost is not None:
            self._ghost_s, self._ghost_t = ghost_progress(self.session.line, self.ghost)

    def ghost_pose(self) -> Pose | None:
        """Where the ghost is now: as far into its lap as the player is into theirs."""
        if self.ghost is None or not self.session.race.started(self.session.time_s):
            return None
        return self.ghost.pose_at(self.session.time_s - self.lap_started)

    def delta_s(self) -> float | None:
        """Seconds behind (+) or ahead (-) of the ghost, measured where the player is now.

        It is the player's time into the lap less the time the ghost took to
        reach the same point of the racing line, so it reads true whatever
        line either car drives, and does not swing when the ghost is simply
        on a faster stretch at the same clock time. None before the start or
        without a ghost.
        """
        s_ghost, t_ghost = self._ghost_s, self._ghost_t
        tracker = self.session.tracker
        if s_ghost is None or t_ghost is None or not len(tracker.s):
            return None
        if not self.session.race.started(self.session.time_s):
            return None
        lap_t = self.session.time_s - self.lap_started
        length = self.session.line.length
        expected = float(np.interp(lap_t, t_ghost, s_ghost))
        here = float(tracker.s[0])
        progress = min((here + k * length for k in (-1, 0, 1)), key=lambda v: abs(v - expected))
        return lap_t - float(np.interp(progress, s_ghost, t_ghost))


def ghost_progress(line: RacingLine, ghost: Ghost) -> tuple[np.ndarray, np.ndarray]:
    """Each ghost pose's distance along ``line`` since its lap began, never decreasing, and its time.

    The line is measured from the finish, so a lap runs from about 0 to the
    line's length; poses sampled just before the line come out slightly negative.
    """
    pts = np.array([complex(p.x, p.y) for p in ghost.poses])
    idx = np.array([int(np.argmin(np.abs(line.pts - p))) for p in pts])
    along = ((pts - line.pts[idx]) * np.conj(line.tangent[idx])).real
    s = line.s[idx] + along
    start = float(line.wrap_ds(s[0]))
    progress = np.concatenate(([start], start + np.cumsum(line.wrap_ds(np.diff(s)))))
    times = np.array([p.t for p in ghost.poses])
    return np.maximum.accumulate(progress), times
