"""Ghosts: a lap's worth of poses, replayed beside a driver as a translucent car.

A ghost is not re-simulated: it is the path a car actually drove, sampled
at 30 Hz with the time since its lap began, so it runs exactly as recorded
whatever the live car does, and costs nothing but an interpolation. The lap
time is the race rules' own interpolated crossing time, so the gold-medal
time on the results screen and the ghost crossing the line agree.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from game.sim.race.events import LapCompleted, Respawned

SAMPLE_EVERY = 4
"""World steps between samples (120 Hz / 4 = 30 Hz)."""


@dataclass(frozen=True, slots=True)
class Pose:
    t: float
    """Seconds since the lap began."""
    x: float
    y: float
    heading: float
    speed: float


@dataclass(frozen=True, slots=True)
class Ghost:
    """One recorded lap of one car on one track."""

    track_id: str
    track_fingerprint: str
    car: str
    lap_time_s: float
    poses: tuple[Pose, ...]
    driver: str = ""

    def pose_at(self, t: float) -> Pose:
        """The ghost's pose ``t`` seconds into its lap (clamped to the lap), interpolated."""
        poses = self.poses
        if t <= poses[0].t:
            return poses[0]
        if t >= poses[-1].t:
            return poses[-1]
        k = bisect.bisect_right([p.t for p in poses], t)  # small lists; fine at 30 Hz of draws
        a, b = poses[k - 1], poses[k]
        f = (t - a.t) / (b.t - a.t)
        turn = (b.heading - a.heading + math.pi) % (2 * math.pi) - math.pi
        return Pose(
            t,
            a.x + (b.x - a.x) * f,
            a.y + (b.y - a.y) * f,
            a.heading + turn * f,
            a.speed + (b.speed - a.speed) * f,
        )

    def speed_trace(self) -> list[tuple[float, float]]:
        """(distance driven in m, speed in m/s) along the lap, for telemetry plots."""
        out: list[tuple[float, float]] = []
        distance = 0.0
        prev = self.poses[0]
        for p in self.poses:
            distance += math.hypot(p.x - prev.x, p.y - prev.y)
            out.append((distance, p.speed))
            prev = p
        return out


@dataclass(slots=True)
class LapRecorder:
    """Samples one vehicle's poses and keeps each completed lap as a ghost candidate.

    Feed it every world step (``sample``) and every race event (``on_event``);
    ``best`` is the fastest clean lap so far.
    """

    vehicle: int
    track_id: str
    track_fingerprint: str
    car: str
    driver: str = ""
    best: Ghost | None = None
    laps: list[Ghost] = field(default_factory=list)
    _current: list[tuple[float, float, float, float, float]] = field(default_factory=list)
    _lap_started: float | None = None
    _dirty: bool = False
    """The lap in progress had a respawn: it may not become a ghost."""

    def sample(self, step: int, time_s: float, x: float, y: float, heading: float, speed: float) -> None:
        if step % SAMPLE_EVERY == 0:
            self._current.append((time_s, x, y, heading, speed))

    def start_lap(self, time_s: float) -> None:
        """The car crossed the line (or the race went green) at ``time_s`` of world time."""
        self._lap_started = time_s
        self._dirty = False
        self._current = [s for s in self._current if s[0] >= time_s - 0.2]

    def on_event(self, event: object) -> None:
        """Handle a race event (others are ignored)."""
        if isinstance(event, Respawned) and event.vehicle == self.vehicle:
            self._dirty = True
        if not isinstance(event, LapCompleted) or event.vehicle != self.vehicle:
            return
        start = self._lap_started
        end = (start or 0.0) + event.lap_time_s
        if start is not None and not self._dirty:
            poses = tuple(
                Pose(t - start, x, y, h, v)
                for t, x, y, h, v in self._current
                if start - 0.2 <= t <= end + 0.2
            )
            if len(poses) >= 2:
                ghost = Ghost(
                    self.track_id, self.track_fingerprint, self.car, event.lap_time_s, poses, self.driver
                )
                self.laps.append(ghost)
                if self.best is None or ghost.lap_time_s < self.best.lap_time_s:
                    self.best = ghost
        self.start_lap(end)


@dataclass(frozen=True, slots=True)
class Sector:
    start_m: float
    end_m: float
    delta_s: float
    """Time lost (+) or gained (-) against the reference in this stretch."""


def sector_deltas(lap: Ghost, reference: Ghost, sectors: int = 8) -> list[Sector]:
    """Split the lap into equal stretches of distance and say where time went.

    Distance is measured along each lap's own path, scaled to the reference's
    length, so a slightly different line does not shift the sectors.
    """

    def time_at_fraction(ghost: Ghost) -> list[tuple[float, float]]:
        trace = ghost.speed_trace()
        total = trace[-1][0] or 1.0
        return [(d / total, p.t) for (d, _), p in zip(trace, ghost.poses, strict=True)]

    def t_at(points: list[tuple[float, float]], f: float) -> float:
        k = bisect.bisect_left([p[0] for p in points], f)
        if k <= 0:
            return points[0][1]
        if k >= len(points):
            return points[-1][1]
        (f0, t0), (f1, t1) = points[k - 1], points[k]
        return t0 + (t1 - t0) * ((f - f0) / (f1 - f0) if f1 > f0 else 0.0)

    mine, theirs = time_at_fraction(lap), time_at_fraction(reference)
    length = reference.speed_trace()[-1][0]
    out = []
    for k in range(sectors):
        a, b = k / sectors, (k + 1) / sectors
        if k == sectors - 1:
            mine_t = lap.lap_time_s - t_at(mine, a)
            theirs_t = reference.lap_time_s - t_at(theirs, a)
        else:
            mine_t = t_at(mine, b) - t_at(mine, a)
            theirs_t = t_at(theirs, b) - t_at(theirs, a)
        out.append(Sector(a * length, b * length, mine_t - theirs_t))
    return out
