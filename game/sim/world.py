"""The world: a pymunk space stepped at a fixed 120 Hz, with vehicles, walls and props.

Each step reads every body's state in one batch call, lets the batched tyre
model (:mod:`game.sim.dynamics`) compute new velocities for all vehicles,
writes them back in one batch call and lets pymunk resolve contacts. Contact
impulses become damage and :class:`~game.sim.events.Collision` events.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping

import numpy as np
import pymunk
import pymunk.batch as batch

from game.sim.controls import IDLE, Controls
from game.sim.dynamics import Fleet, FleetInput
from game.sim.events import PROP, WALL, Collision, Event, NitrousStarted, NitrousStopped, Wrecked
from game.sim.snapshot import PropView, VehicleView, WorldSnapshot
from game.sim.surfaces import Surface
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

STEP_HZ = 120
DT = 1.0 / STEP_HZ

CAR_TYPE = 1
WALL_TYPE = 2
PROP_TYPE = 3

DAMAGE_FREE_DV = 3.0
"""Impacts that change a vehicle's speed by less than this (m/s) leave no mark."""
DAMAGE_PER_DV = 0.018
"""Damage (0..1 scale) per m/s of impact above the free threshold, at durability 1."""
EVENT_MIN_DV = 1.0

_READ_FIELDS = (
    batch.BodyFields.POSITION
    | batch.BodyFields.ANGLE
    | batch.BodyFields.VELOCITY
    | batch.BodyFields.ANGULAR_VELOCITY
)
_WRITE_FIELDS = batch.BodyFields.VELOCITY | batch.BodyFields.ANGULAR_VELOCITY


class World:
    """The whole simulated world of one race or mission.

    ``rng`` is the only source of randomness anything in the world may use;
    it is seeded here so that a seed and a control sequence fix the outcome.
    """

    def __init__(self, track: Track, seed: int = 0) -> None:
        self.track = track
        self.seed = seed
        self.rng = random.Random(seed)
        self.step_count = 0
        self.space = pymunk.Space()
        self.space.iterations = 12
        self.fleet = Fleet(track.surfaces, DT, track.wall_radius)
        self.bodies: list[pymunk.Body] = []
        self.prop_bodies: list[pymunk.Body] = []
        self._prop_kinds: list[str] = []
        self._index_of_body: dict[int, int] = {}
        self._events: list[Event] = []
        self._touching_wall = np.zeros(0, dtype=bool)
        self._read_buf = batch.Buffer()
        self._state = np.zeros((0, 6))
        self._vehicle_rows = np.zeros(0, dtype=np.intp)
        self._prop_rows = np.zeros(0, dtype=np.intp)
        self._add_walls()
        for prop in track.props:
            self._add_prop(prop.x, prop.y, prop.radius, prop.mass, prop.kind)
        self.space.on_collision(CAR_TYPE, WALL_TYPE, post_solve=self._on_contact)
        self.space.on_collision(CAR_TYPE, CAR_TYPE, post_solve=self._on_contact)
        self.space.on_collision(CAR_TYPE, PROP_TYPE, post_solve=self._on_contact)
        self._reindex()

    # -- building -----------------------------------------------------------

    def _add_walls(self) -> None:
        static = self.space.static_body
        for wall in self.track.walls:
            for a, b in wall.segments():
                seg = pymunk.Segment(static, a, b, self.track.wall_radius)
                seg.elasticity = 0.25
                seg.friction = 0.5
                seg.collision_type = WALL_TYPE
                self.space.add(seg)

    def _add_prop(self, x: float, y: float, radius: float, mass: float, kind: str) -> None:
        body = pymunk.Body(mass, pymunk.moment_for_circle(mass, 0.0, radius))
        body.position = (x, y)
        shape = pymunk.Circle(body, radius)
        shape.elasticity = 0.4
        shape.friction = 0.6
        shape.collision_type = PROP_TYPE
        self.space.add(body, shape)
        self.prop_bodies.append(body)
        self._prop_kinds.append(kind)

    def add_vehicle(self, spec: VehicleSpec, x: float, y: float, heading: float) -> int:
        """Put a vehicle in the world at rest; returns its index (0, 1, 2, ...)."""
        index = self.fleet.add(spec)
        moment = spec.mass_kg * (spec.length_m**2 + spec.width_m**2) / 12.0 * spec.inertia_factor
        body = pymunk.Body(spec.mass_kg, moment)
        body.position = (x, y)
        body.angle = heading
        shape = pymunk.Poly.create_box(body, (spec.length_m, spec.width_m), radius=0.05)
        shape.elasticity = 0.2
        shape.friction = 0.7
        shape.collision_type = CAR_TYPE
        self.space.add(body, shape)
        self.bodies.append(body)
        self._index_of_body[id(body)] = index
        self._touching_wall = np.zeros(len(self.bodies), dtype=bool)
        self._reindex()
        return index

    def place_vehicle(self, index: int, x: float, y: float, heading: float) -> None:
        """Teleport a vehicle (respawn): at rest, at the given pose."""
        body = self.bodies[index]
        body.position = (x, y)
        body.angle = heading
        body.velocity = (0.0, 0.0)
        body.angular_velocity = 0.0
        self.space.reindex_shapes_for_body(body)
        self.fleet.steer[index] = 0.0
        self._read_state()

    def repair(self, index: int) -> None:
        """Clear damage (a respawn or a garage visit), leaving a wreck a wreck."""
        self.fleet.damage[index] = 0.0

    def _reindex(self) -> None:
        """Map rows of the batch buffer (pymunk's body order) to our vehicles and props."""
        buf = batch.Buffer()
        batch.get_space_bodies(self.space, batch.BodyFields.BODY_ID, buf)
        ids = np.frombuffer(buf.int_buf(), dtype=np.uintp)
        row_of = {int(body_id): row for row, body_id in enumerate(ids)}
        self._vehicle_rows = np.array([row_of[b.id] for b in self.bodies], dtype=np.intp)
        self._prop_rows = np.array([row_of[b.id] for b in self.prop_bodies], dtype=np.intp)
        self._write = np.zeros((len(ids), 3))
        self._write_buf = batch.Buffer()
        self._write_buf.set_float_buf(self._write.reshape(-1))
        self._read_state()

    def _read_state(self) -> None:
        self._read_buf.clear()
        batch.get_space_bodies(self.space, _READ_FIELDS, self._read_buf)
        self._state = np.frombuffer(self._read_buf.float_buf(), dtype=np.float64).reshape(-1, 6).copy()

    # -- stepping -----------------------------------------------------------

    @property
    def time_s(self) -> float:
        return self.step_count * DT

    def step(self, controls_by_vehicle: Mapping[int, Controls]) -> None:
        """Advance the world by one fixed step of 1/120 s."""
        n = len(self.bodies)
        if n:
            self._drive(n, controls_by_vehicle)
        self._touching_wall[:] = False
        self.space.step(DT)
        self.step_count += 1
        self._read_state()

    def _drive(self, n: int, controls_by_vehicle: Mapping[int, Controls]) -> None:
        controls = [controls_by_vehicle.get(i, IDLE).clamped() for i in range(n)]
        inp = FleetInput(
            throttle=np.array([c.throttle for c in controls]),
            brake=np.array([c.brake for c in controls]),
            steer=np.array([c.steer for c in controls]),
            handbrake=np.array([c.handbrake for c in controls], dtype=bool),
            nitrous=np.array([c.nitrous for c in controls], dtype=bool),
        )
        rows = self._state[self._vehicle_rows]
        pos = rows[:, 0] + 1j * rows[:, 1]
        vel = rows[:, 3] + 1j * rows[:, 4]
        new_vel, new_omega, transitions = self.fleet.velocities_after(pos, rows[:, 2], vel, rows[:, 5], inp)
        write = self._write
        write[:, 0] = self._state[:, 3]
        write[:, 1] = self._state[:, 4]
        write[:, 2] = self._state[:, 5]
        write[self._vehicle_rows, 0] = new_vel.real
        write[self._vehicle_rows, 1] = new_vel.imag
        write[self._vehicle_rows, 2] = new_omega
        batch.set_space_bodies(self.space, _WRITE_FIELDS, self._write_buf)
        if transitions.any():
            for i in np.flatnonzero(transitions):
                if transitions[i] > 0:
                    self._events.append(NitrousStarted(self.step_count, int(i)))
                else:
                    empty = bool(self.fleet.nitro_tank[i] <= 0.0)
                    self._events.append(NitrousStopped(self.step_count, int(i), empty))

    def _on_contact(self, arbiter: pymunk.Arbiter, space: pymunk.Space, data: object) -> None:
        impulse = arbiter.total_impulse.length
        shape_a, shape_b = arbiter.shapes
        point = arbiter.contact_point_set.points[0].point_a if arbiter.contact_point_set.points else None
        ia = self._index_of_body.get(id(shape_a.body))
        ib = self._index_of_body.get(id(shape_b.body))
        other_a = ib if ib is not None else (WALL if shape_b.collision_type == WALL_TYPE else PROP)
        if ia is not None:
            self._hit(ia, other_a, impulse, point)
        if ib is not None and ia is not None:
            self._hit(ib, ia, impulse, point)

    def _hit(self, index: int, other: int, impulse: float, point: pymunk.Vec2d | None) -> None:
        if other == WALL:
            self._touching_wall[index] = True
        fleet = self.fleet
        delta_v = impulse * fleet.inv_mass[index]
        if delta_v > DAMAGE_FREE_DV and not fleet.wrecked[index]:
            damage = (delta_v - DAMAGE_FREE_DV) * DAMAGE_PER_DV / fleet.durability[index]
            fleet.damage[index] = min(1.0, fleet.damage[index] + damage)
            if fleet.damage[index] >= 1.0:
                fleet.wrecked[index] = True
                fleet.nitro_on[index] = False
                self._events.append(Wrecked(self.step_count, index))
        if delta_v >= EVENT_MIN_DV:
            x, y = (point.x, point.y) if point is not None else self.bodies[index].position
            self._events.append(Collision(self.step_count, index, other, impulse, delta_v, x, y))

    # -- reading ------------------------------------------------------------

    def drain_events(self) -> list[Event]:
        """Every event since the last drain, oldest first."""
        events, self._events = self._events, []
        return events

    def snapshot(self) -> WorldSnapshot:
        fleet = self.fleet
        names = [s.label for s in Surface]
        vehicles = []
        for i, row in enumerate(self._state[self._vehicle_rows]):
            x, y, angle, vx, vy, w = (float(v) for v in row)
            vehicles.append(
                VehicleView(
                    index=i,
                    spec_id=fleet.specs[i].id,
                    x=x,
                    y=y,
                    heading=angle,
                    vx=vx,
                    vy=vy,
                    yaw_rate=w,
                    speed=float(np.hypot(vx, vy)),
                    steer=float(fleet.steer[i]),
                    slip_angle=float(fleet.slip_angle[i]),
                    sliding_wheels=tuple(bool(s) for s in fleet.wheel_sliding[i][: fleet.specs[i].wheel_count]),
                    wheel_surfaces=tuple(names[s] for s in fleet.wheel_surface[i][: fleet.specs[i].wheel_count]),
                    nitrous=float(fleet.nitro_tank[i]),
                    nitrous_on=bool(fleet.nitro_on[i]),
                    damage=float(fleet.damage[i]),
                    wrecked=bool(fleet.wrecked[i]),
                    reversing=bool(fleet.reversing[i]),
                    touching_wall=bool(self._touching_wall[i]),
                )
            )
        props = tuple(
            PropView(i, self._prop_kinds[i], float(r[0]), float(r[1]), float(r[2]))
            for i, r in enumerate(self._state[self._prop_rows])
        )
        return WorldSnapshot(self.step_count, self.time_s, tuple(vehicles), props)

    def state_hash(self) -> str:
        """A digest of everything that evolves; equal hashes mean equal worlds."""
        fleet = self.fleet
        h = hashlib.blake2b(digest_size=16)
        h.update(self.step_count.to_bytes(8, "little"))
        h.update(np.ascontiguousarray(self._state[self._vehicle_rows]).tobytes())
        h.update(np.ascontiguousarray(self._state[self._prop_rows]).tobytes())
        for arr in (fleet.steer, fleet.nitro_tank, fleet.damage, fleet.wrecked, fleet.nitro_on):
            h.update(np.ascontiguousarray(arr).tobytes())
        h.update(repr(self.rng.getstate()).encode())
        return h.hexdigest()
