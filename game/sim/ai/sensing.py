"""What computer drivers and race rules read from the world, as arrays.

``read_fleet`` turns the world's body state into complex positions and
velocities without building a snapshot (eight ``VehicleView`` objects per
read would cost more than the drivers' thinking). ``LineTracker`` keeps
where each vehicle is along a racing line, searching only a short window
round last time's answer, so a tick costs a few array operations.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from game.sim.ai.geometry import C128, F64
from game.sim.ai.line import RacingLine
from game.sim.world import World

I64 = npt.NDArray[np.intp]


@dataclass(slots=True)
class FleetState:
    """Every vehicle's pose and motion at one instant; row i is vehicle i."""

    time_s: float
    pos: C128
    heading: F64
    vel: C128
    yaw_rate: F64

    @property
    def speed(self) -> F64:
        return np.asarray(np.abs(self.vel), dtype=np.float64)

    @property
    def facing(self) -> C128:
        return np.asarray(np.exp(1j * self.heading), dtype=np.complex128)


def read_fleet(world: World) -> FleetState:
    """The current pose and velocity of every vehicle, read in one go.

    Uses the world's ``vehicle_states`` (an (n, 6) array of x, y, angle, vx,
    vy, angular velocity) and, on a world without it, the bodies one by one.
    Reading never changes the world.
    """
    states = getattr(world, "vehicle_states", None)
    if isinstance(states, np.ndarray):
        rows = states
    else:
        rows = np.array(
            [
                (b.position.x, b.position.y, b.angle, b.velocity.x, b.velocity.y, b.angular_velocity)
                for b in world.bodies
            ],
            dtype=np.float64,
        ).reshape(-1, 6)
    return FleetState(
        time_s=world.time_s,
        pos=rows[:, 0] + 1j * rows[:, 1],
        heading=rows[:, 2].copy(),
        vel=rows[:, 3] + 1j * rows[:, 4],
        yaw_rate=rows[:, 5].copy(),
    )


_WINDOW = np.arange(-3, 12)
_LOST_M = 12.0
"""Further than this from the windowed answer, a vehicle is searched for along the whole line."""


class LineTracker:
    """Where every vehicle is along a racing line: index, distance ``s`` and sideways offset."""

    def __init__(self, line: RacingLine) -> None:
        self.line = line
        self.idx: I64 = np.zeros(0, dtype=np.intp)
        self.s: F64 = np.zeros(0)
        self.lateral: F64 = np.zeros(0)

    def reset(self, vehicle: int, p: complex) -> None:
        """Forget a vehicle's last place (after a teleport): next update searches everywhere."""
        if vehicle < len(self.idx):
            self.idx[vehicle] = self.line.nearest(p)

    def update(self, pos: C128) -> None:
        line = self.line
        n = len(line)
        if len(self.idx) != len(pos):
            old = self.idx
            self.idx = np.array([line.nearest(complex(p)) for p in pos], dtype=np.intp)
            self.idx[: len(old)] = old[: len(pos)]
        cand = (self.idx[:, None] + _WINDOW[None, :]) % n
        dist = np.abs(line.pts[cand] - pos[:, None])
        best = np.argmin(dist, axis=1)
        rows = np.arange(len(pos))
        idx = cand[rows, best]
        lost = dist[rows, best] > _LOST_M
        if lost.any():
            for i in np.flatnonzero(lost):
                idx[i] = line.nearest(complex(pos[i]))
        rel = (pos - line.pts[idx]) * np.conj(line.tangent[idx])
        self.idx = idx
        self.s = line.s[idx] + rel.real
        self.lateral = np.asarray(rel.imag, dtype=np.float64)
