"""A driver that follows a path: scripted cars, police, mission targets and the autopilot.

Racing rivals have their own batched driver tied to a closed racing line;
mission traffic drives open paths (a road route, a chase) that change as the
mission goes, so it gets this small one: pure pursuit toward a point ahead on
the path, a speed plan from the path's bends (``v² · κ ≤ a_lat``) with braking
points found backwards from each bend and from the end of the path, a yaw
damper, a brake for whatever stands in the way, and reversing out when stuck.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from game.sim.controls import Controls
from game.sim.dynamics import steering_lock
from game.sim.track import Point
from game.sim.vehicle import VehicleSpec

SPACING_M = 2.0
LATERAL_G = 0.72
"""Share of 1 g the pilot plans to corner at: safe, not racy."""
BRAKE_MS2 = 5.5
STUCK_S = 1.2
REVERSE_S = 1.3


def resample(points: Sequence[Point], spacing: float = SPACING_M) -> np.ndarray:
    """An open polyline as complex points ``spacing`` metres apart (ends kept)."""
    raw = np.array([complex(x, y) for x, y in points], dtype=np.complex128)
    if len(raw) < 2:
        return raw
    seg = np.abs(np.diff(raw))
    keep = np.concatenate([[True], seg > 1e-6])
    raw = np.asarray(raw[keep], dtype=np.complex128)
    if len(raw) < 2:
        return raw
    s = np.concatenate([[0.0], np.cumsum(np.abs(np.diff(raw)))])
    n = max(2, math.ceil(s[-1] / spacing) + 1)
    at = np.linspace(0.0, s[-1], n)
    out: np.ndarray = np.asarray(
        np.interp(at, s, raw.real) + 1j * np.interp(at, s, raw.imag), dtype=np.complex128
    )
    return out


def speed_profile(pts: np.ndarray, cruise: float, end_speed: float | None, grip: float) -> np.ndarray:
    """Planned speed at each point: the cruise speed, less for bends, braking before them."""
    n = len(pts)
    if n < 3:
        return np.full(n, cruise if end_speed is None else end_speed)
    heading = np.angle(np.diff(pts))
    turn = (np.diff(heading) + np.pi) % (2 * np.pi) - np.pi
    ds = np.maximum(np.abs(np.diff(pts)), 1e-6)
    kappa = np.zeros(n)
    kappa[1:-1] = np.abs(turn) / ds[1:]
    kappa = np.convolve(kappa, np.ones(3) / 3, mode="same")
    a_lat = 9.81 * LATERAL_G * grip
    v = np.minimum(np.sqrt(a_lat / np.maximum(kappa, 1e-6)), cruise)
    v = np.maximum(v, 4.0)
    if end_speed is not None:
        v[-1] = end_speed
    out = v.tolist()
    step = ds.tolist()
    for i in range(n - 2, -1, -1):
        cap = math.sqrt(out[i + 1] ** 2 + 2.0 * BRAKE_MS2 * step[i])
        if cap < out[i]:
            out[i] = cap
    return np.array(out)


class PathPilot:
    """Drives one vehicle along an open path at up to ``cruise`` m/s.

    ``stop_at_end`` plans a stop on the path's last point; otherwise the car
    keeps its speed to the end (a chase re-plans long before that).
    """

    def __init__(self, spec: VehicleSpec, cruise: float, lateral_g: float = LATERAL_G) -> None:
        self.spec = spec
        self.cruise = cruise
        self.lateral_g = lateral_g
        """Share of 1 g it corners at: police drive carefully, the autopilot closer to the limit."""
        self.pts = np.zeros(0, dtype=np.complex128)
        self.plan = np.zeros(0)
        self.idx = 0
        self.stuck_t = 0.0
        self.reverse_t = 0.0
        self.stop_at_end = True

    def set_path(
        self, points: Sequence[Point], stop_at_end: bool = True, cruise: float | None = None
    ) -> None:
        if cruise is not None:
            self.cruise = cruise
        self.pts = resample(points)
        self.stop_at_end = stop_at_end
        grip = min(self.spec.grip_front, self.spec.grip_rear)
        self.plan = speed_profile(
            self.pts, self.cruise, 0.0 if stop_at_end else None, grip * self.lateral_g / LATERAL_G
        )
        self.idx = 0

    @property
    def has_path(self) -> bool:
        return len(self.pts) >= 2

    def arrived(self, pos: complex, radius: float = 4.0) -> bool:
        return not self.has_path or (self.idx >= len(self.pts) - 3 and abs(pos - self.pts[-1]) < radius)

    def _advance(self, pos: complex) -> None:
        n = len(self.pts)
        lo = self.idx
        hi = min(n, lo + 25)
        window = self.pts[lo:hi]
        k = int(np.argmin(np.abs(window - pos)))
        self.idx = lo + k

    def controls(
        self,
        pos: complex,
        heading: float,
        vel: complex,
        yaw_rate: float,
        dt: float,
        limit: float | None = None,
    ) -> Controls:
        """Controls for the next tick of ``dt`` seconds; ``limit`` caps the speed (m/s) for traffic."""
        if not self.has_path:
            return Controls(brake=1.0 if abs(vel) > 0.5 else 0.0, handbrake=abs(vel) <= 0.5)
        self._advance(pos)
        spec = self.spec
        v = abs(vel)
        facing = complex(math.cos(heading), math.sin(heading))
        n = len(self.pts)
        reach = min(max(5.0 + 0.45 * v, 7.0), 40.0)
        la = min(n - 1, self.idx + max(1, round(reach / SPACING_M)))
        target = complex(self.pts[la])
        at_end = self.stop_at_end and self.idx >= n - 2
        if self.stop_at_end and la == n - 1 and abs(target - pos) < 3.0:
            at_end = True
        rel = (target - pos) * facing.conjugate()
        dist = max(abs(rel), 1.0)
        alpha = math.atan2(rel.imag, rel.real)
        curv = 2.0 * math.sin(alpha) / dist
        wheel = math.atan(spec.wheelbase_m * curv)
        wheel += 0.22 * (v * curv - yaw_rate)
        steer = max(-1.0, min(1.0, wheel / max(steering_lock(spec, v), 1e-3)))
        if abs(alpha) > 1.2:
            # The path is behind us: pure pursuit's curvature vanishes there, so turn at full lock.
            steer = 1.0 if alpha >= 0.0 else -1.0
        window = self.plan[self.idx : min(n, self.idx + 1 + max(1, round((v * 0.25 + 2.0) / SPACING_M)))]
        want = float(np.min(window)) if len(window) else 0.0
        if abs(alpha) > 1.2:
            want = min(want, 6.0)
        if limit is not None:
            want = min(want, limit)
        if at_end:
            want = 0.0
        err = want - v
        fwd = (vel * facing.conjugate()).real
        # Stuck: wanting to go, not moving, not reversing already.
        if want > 2.0 and v < 0.8 and self.reverse_t <= 0.0:
            self.stuck_t += dt
        else:
            self.stuck_t = 0.0
        if self.stuck_t > STUCK_S:
            self.stuck_t = 0.0
            self.reverse_t = REVERSE_S
        if self.reverse_t > 0.0:
            self.reverse_t -= dt
            return Controls(brake=1.0, steer=-1.0 if alpha > 0 else 1.0)
        if want <= 0.0 and v < 0.6:
            return Controls(handbrake=True)
        throttle = max(0.0, min(1.0, 0.45 + 0.3 * err))
        brake = max(0.0, min(1.0, -0.3 * (err + 0.5)))
        if fwd < -0.5 and want > 0.0:
            brake = 0.0
            throttle = 1.0
        if brake > 0.0:
            throttle = 0.0
        if v < 1.0 and brake > 0.0:
            return Controls(handbrake=True, steer=steer)
        return Controls(throttle=throttle, brake=brake, steer=steer)
