"""Turns what the simulation reports into smoke, dust, sparks, fire and skid marks.

The sim says which wheels slide and on what, whether a car scrapes a wall,
how damaged it is, and (as events) where collisions happened; this module
decides what that looks like and feeds the particle pool and the skid-mark
ring. It keeps a little memory of its own (last wheel positions, last wall
contact points), all advanced in :meth:`Effects.update` only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from game.app.render.particles import DAMAGE_SMOKE, DUST, FIRE, SMOKE, SPARK, ParticlePool
from game.app.render.skids import SkidMarks
from game.sim.dynamics import wheel_layout
from game.sim.events import Collision
from game.sim.snapshot import VehicleView, WorldSnapshot
from game.sim.surfaces import SURFACE_PROPS, Surface
from game.sim.vehicle import VehicleSpec

LOOSE = frozenset(s.label for s, p in SURFACE_PROPS.items() if p.loose)
SMOKE_RATE = 26.0
"""Puffs per second per sliding wheel on tarmac."""
DUST_RATE = 0.9
"""Puffs per second per m/s per driven-over wheel on loose ground."""
SPARK_RATE = 70.0
DAMAGE_SMOKE_FROM = 0.45
SKID_MAX_JUMP = 4.0
"""A wheel that moved further than this in one update was respawned: no stroke."""
WALL_MEMORY_S = 0.6


@dataclass(frozen=True, slots=True)
class Impact:
    """A collision worth shaking the camera for."""

    vehicle: int
    other: int
    delta_v: float
    x: float
    y: float


class Effects:
    """Particles and skid marks for every vehicle in a race."""

    def __init__(self, specs: Mapping[str, VehicleSpec], quality: str = "high", seed: int = 0) -> None:
        capacity = {"low": 300, "medium": 600}.get(quality, 900)
        self.quality = quality
        self.pool = ParticlePool(capacity)
        self.skids = SkidMarks()
        self.rng = np.random.default_rng(seed)
        self.specs = specs
        self.clock = 0.0
        self._layouts = {sid: np.array([(w[0], w[1]) for w in wheel_layout(s)]) for sid, s in specs.items()}
        self._rear = {sid: np.array([w[3] for w in wheel_layout(s)]) for sid, s in specs.items()}
        self._last_wheels: dict[int, np.ndarray] = {}
        self._wall: dict[int, tuple[float, float, float]] = {}
        self.impacts: list[Impact] = []

    def wheels(self, v: VehicleView) -> np.ndarray:
        """World positions of a vehicle's wheels, (n, 2), in the sim's wheel order."""
        layout = self._layouts[v.spec_id]
        c, s = math.cos(v.heading), math.sin(v.heading)
        fx, fy = layout[:, 0], layout[:, 1]
        return np.stack([v.x + c * fx - s * fy, v.y + s * fx + c * fy], axis=1)

    def update(self, dt: float, snapshot: WorldSnapshot, events: Iterable[object]) -> list[Impact]:
        """Advance particles by ``dt`` and emit new ones; returns this update's hard impacts."""
        self.clock += dt
        self.pool.update(dt)
        impacts: list[Impact] = []
        for ev in events:
            if isinstance(ev, Collision):
                self._collision(ev)
                impacts.append(Impact(ev.vehicle, ev.other, ev.delta_v, ev.x, ev.y))
        for key in [k for k, (_, _, t) in self._wall.items() if self.clock - t > WALL_MEMORY_S]:
            del self._wall[key]
        for v in snapshot.vehicles:
            if v.fallen and v.speed > 2.0:
                self._scrape(dt, v)
            elif v.spec_id in self._layouts:
                self._vehicle(dt, v)
        self.impacts = impacts
        return impacts

    def _poisson(self, rate: float, dt: float) -> int:
        return int(self.rng.poisson(rate * dt)) if rate > 0 else 0

    def _scrape(self, dt: float, v: VehicleView) -> None:
        """A fallen bike sliding on its side: a trail of sparks, more the faster it goes."""
        n = self._poisson(6.0 * v.speed, dt)
        if n:
            ang = self.rng.uniform(0, 2 * math.pi, n)
            spd = self.rng.uniform(1.0, 3.0, n)
            vx = v.vx * 0.5 + np.cos(ang) * spd
            vy = v.vy * 0.5 + np.sin(ang) * spd
            self.pool.emit(SPARK, v.x, v.y, vx, vy, self.rng.uniform(0.3, 0.8, n))

    def _collision(self, ev: Collision) -> None:
        self._wall[ev.vehicle] = (ev.x, ev.y, self.clock)
        if ev.delta_v < 1.5:
            return
        n = min(36, int(ev.delta_v * 2.5))
        ang = self.rng.uniform(0, 2 * math.pi, n)
        spd = self.rng.uniform(3.0, 6.0 + ev.delta_v, n)
        self.pool.emit(SPARK, ev.x, ev.y, np.cos(ang) * spd, np.sin(ang) * spd, self.rng.uniform(0.6, 1.4, n))
        if ev.delta_v > 6.0:
            k = min(8, int(ev.delta_v / 2))
            self.pool.emit(
                DAMAGE_SMOKE,
                ev.x + self.rng.normal(0, 0.4, k),
                ev.y + self.rng.normal(0, 0.4, k),
                self.rng.normal(0, 1.5, k),
                self.rng.normal(0, 1.5, k),
                0.7,
            )

    def _vehicle(self, dt: float, v: VehicleView) -> None:
        rng = self.rng
        wheels = self.wheels(v)
        prev = self._last_wheels.get(v.index)
        self._last_wheels[v.index] = wheels
        speed = v.speed
        slip = min(1.0, abs(math.sin(v.slip_angle)) / 0.45)  # sideways, not backwards
        rear = self._rear[v.spec_id]
        smoky = self.quality != "low"
        for w in range(min(len(wheels), len(v.sliding_wheels))):
            wx, wy = float(wheels[w, 0]), float(wheels[w, 1])
            surface = v.wheel_surfaces[w] if w < len(v.wheel_surfaces) else "asphalt"
            loose = surface in LOOSE
            sliding = v.sliding_wheels[w] and speed > 2.0 and not v.wrecked
            if sliding and prev is not None and w < len(prev):
                px, py = float(prev[w, 0]), float(prev[w, 1])
                if math.hypot(wx - px, wy - py) < SKID_MAX_JUMP and surface != Surface.WATER.label:
                    self.skids.add(px, py, wx, wy, loose, 0.5 + 0.5 * slip)
            if sliding and not loose and smoky:
                n = self._poisson(SMOKE_RATE * (0.5 + slip), dt)
                if n:
                    self.pool.emit(
                        SMOKE,
                        wx + rng.normal(0, 0.2, n),
                        wy + rng.normal(0, 0.2, n),
                        v.vx * 0.25 + rng.normal(0, 1.2, n),
                        v.vy * 0.25 + rng.normal(0, 1.2, n),
                        rng.uniform(0.7, 1.3, n),
                    )
            if loose and speed > 3.0 and (rear[w] or len(wheels) == 2):
                n = self._poisson(DUST_RATE * speed * (1.6 if sliding else 1.0), dt)
                if n:
                    self.pool.emit(
                        DUST,
                        wx + rng.normal(0, 0.3, n),
                        wy + rng.normal(0, 0.3, n),
                        v.vx * 0.15 + rng.normal(0, 1.4, n),
                        v.vy * 0.15 + rng.normal(0, 1.4, n),
                        rng.uniform(0.7, 1.3, n),
                    )
        if v.touching_wall and speed > 3.0:
            n = self._poisson(SPARK_RATE * min(1.0, speed / 20.0), dt)
            if n:
                hit = self._wall.get(v.index)
                if hit is not None:
                    sx, sy = hit[0], hit[1]
                else:
                    sx, sy = v.x, v.y
                self.pool.emit(
                    SPARK,
                    sx + rng.normal(0, 0.3, n),
                    sy + rng.normal(0, 0.3, n),
                    v.vx * 0.6 + rng.normal(0, 4.0, n),
                    v.vy * 0.6 + rng.normal(0, 4.0, n),
                    rng.uniform(0.5, 1.2, n),
                )
        spec = self.specs[v.spec_id]
        c, s = math.cos(v.heading), math.sin(v.heading)
        if v.wrecked:
            fx, fy = v.x + c * spec.length_m * 0.2, v.y + s * spec.length_m * 0.2
            n = self._poisson(22.0, dt)
            if n:
                self.pool.emit(
                    DAMAGE_SMOKE,
                    fx + rng.normal(0, 0.4, n),
                    fy + rng.normal(0, 0.4, n),
                    rng.normal(0.8, 0.8, n),
                    rng.normal(-1.2, 0.8, n),
                    rng.uniform(0.9, 1.5, n),
                )
            n = self._poisson(30.0, dt)
            if n:
                self.pool.emit(
                    FIRE,
                    fx + rng.normal(0, 0.5, n),
                    fy + rng.normal(0, 0.4, n),
                    rng.normal(0, 0.6, n),
                    rng.normal(-0.8, 0.6, n),
                    rng.uniform(0.6, 1.2, n),
                )
        elif v.damage > DAMAGE_SMOKE_FROM:
            n = self._poisson((v.damage - DAMAGE_SMOKE_FROM) * 40.0, dt)
            if n:
                fx, fy = v.x + c * spec.length_m * 0.32, v.y + s * spec.length_m * 0.32
                self.pool.emit(
                    DAMAGE_SMOKE,
                    fx + rng.normal(0, 0.2, n),
                    fy + rng.normal(0, 0.2, n),
                    v.vx * 0.4 + rng.normal(0, 0.8, n),
                    v.vy * 0.4 + rng.normal(0, 0.8, n),
                    rng.uniform(0.6, 1.1, n),
                )
        if v.nitrous_on and self.quality != "low":
            n = self._poisson(28.0, dt)
            if n:
                back = spec.length_m * 0.5 + 0.6
                bx, by = v.x - c * back, v.y - s * back
                self.pool.emit(
                    FIRE,
                    bx + rng.normal(0, 0.15, n),
                    by + rng.normal(0, 0.15, n),
                    v.vx * 0.7 - c * 4.0 + rng.normal(0, 0.6, n),
                    v.vy * 0.7 - s * 4.0 + rng.normal(0, 0.6, n),
                    rng.uniform(0.3, 0.6, n),
                )

    def forget(self, vehicle: int) -> None:
        """A respawned car should not leave a skid mark across the map."""
        self._last_wheels.pop(vehicle, None)
