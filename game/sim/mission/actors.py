"""What each non-racing mission vehicle is doing: parked, driving a route, chasing, pursuing.

One ``Brain`` per vehicle, re-thought at 30 Hz by the runner. Routes come
from the road graph (:mod:`game.sim.mission.routes`); on a map without roads
a route is the straight line through its zones. A chase re-plans toward its
target every second and, once it can see the target close by, drives straight
at where the target is going.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from game.sim.controls import Controls
from game.sim.mission.pilot import PathPilot
from game.sim.track import Point

Mode = Literal["idle", "parked", "route", "chase", "police", "disabled"]
"""``police``: driven by the pursuit AI (game.sim.ai.police), not by this brain."""

REPLAN_S = 1.0
DIRECT_M = 30.0
"""Closer than this, with a clear view, a chaser drives straight at its target."""


@dataclass
class Brain:
    vehicle: int
    actor: str
    pilot: PathPilot
    mode: Mode = "idle"
    target: int = -1
    """Vehicle a chase follows."""
    replan_t: float = 0.0
    route_done: bool = False
    nitrous_t: float = 0.0
    cruise: float = 15.0

    def park(self) -> None:
        self.mode = "parked"

    def drive(self, path: list[Point], cruise: float, stop_at_end: bool = True) -> None:
        self.mode = "route"
        self.cruise = cruise
        self.route_done = False
        self.pilot.set_path(path, stop_at_end=stop_at_end, cruise=cruise)

    def chase(self, target: int, cruise: float) -> None:
        self.mode = "chase"
        self.target = target
        self.cruise = cruise
        self.replan_t = 0.0


def lead_point(pos: complex, vel: complex, seconds: float) -> Point:
    p = pos + vel * seconds
    return (p.real, p.imag)


def controls_for(
    brain: Brain,
    pos: complex,
    heading: float,
    vel: complex,
    yaw: float,
    dt: float,
    limit: float | None = None,
) -> Controls:
    """The brain's controls for one tick (the runner has already re-planned any chase)."""
    if brain.mode in ("parked", "disabled", "idle"):
        return Controls(handbrake=True, brake=0.0)
    c = brain.pilot.controls(pos, heading, vel, yaw, dt, limit)
    if brain.mode == "route" and brain.pilot.arrived(pos, 6.0) and abs(vel) < 1.0:
        brain.route_done = True
    if brain.nitrous_t > 0.0:
        brain.nitrous_t -= dt
        return Controls(throttle=1.0, steer=c.steer, nitrous=True)
    return c


def chase_speed(distance: float, cruise: float, target_speed: float) -> float:
    """Flat out from afar; close up, match the target's speed and hang on rather than ram it."""
    if distance > 30.0:
        return cruise
    return max(6.0, min(cruise, target_speed + 0.35 * (distance - 10.0)))
