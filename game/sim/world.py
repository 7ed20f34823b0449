"""The world: a pymunk space stepped at a fixed 120 Hz, with vehicles, walls and props.

Each step reads every body's state in one batch call, lets the compiled tyre
model (:mod:`game.sim.tyres`) compute new velocities for all vehicles, writes
them back in one batch call and lets pymunk resolve contacts. Contact
impulses are read back in one batch call too and become damage and
:class:`~game.sim.events.Collision` events. No Python runs per body or per
contact inside the solver, which is what keeps 8 cars far above real time.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Mapping

import numpy as np
import numpy.typing as npt
import pymunk
import pymunk.batch as batch

from game.sim import materials, walls
from game.sim.contacts import sort_contacts
from game.sim.controls import IDLE, Controls
from game.sim.dynamics import Fleet, slip_angle
from game.sim.events import (
    PROP,
    WALL,
    Collision,
    Event,
    Fell,
    NitrousStarted,
    NitrousStopped,
    Remounted,
    Wrecked,
)
from game.sim.rates import DT, STEP_HZ, THINK_DT, THINK_EVERY
from game.sim.snapshot import PropView, VehicleView, WorldSnapshot
from game.sim.surfaces import Surface
from game.sim.track import Track
from game.sim.tyres import O_FALL_CHANGE, O_FWD, O_NITRO_CHANGE, O_REVERSING, O_SIDE
from game.sim.vehicle import VehicleSpec

__all__ = ["DT", "STEP_HZ", "THINK_DT", "THINK_EVERY", "World"]


CAR_TYPE = 1
WALL_TYPE = 2
PROP_TYPE = 3

DAMAGE_FREE_DV = 3.0
"""Impacts that change a vehicle's speed by less than this (m/s) leave no mark."""
DAMAGE_PER_DV = 0.018
"""Damage (0..1 scale) per m/s of impact above the free threshold, at durability 1."""
EVENT_MIN_DV = 1.0
"""Contacts softer than this (m/s of speed change) are scrapes: a flag, not an event."""

_READ_FIELDS = (
    batch.BodyFields.POSITION
    | batch.BodyFields.ANGLE
    | batch.BodyFields.VELOCITY
    | batch.BodyFields.ANGULAR_VELOCITY
)
_WRITE_FIELDS = batch.BodyFields.VELOCITY | batch.BodyFields.ANGULAR_VELOCITY
_CONTACT_FIELDS = (
    batch.ArbiterFields.BODY_A_ID
    | batch.ArbiterFields.BODY_B_ID
    | batch.ArbiterFields.TOTAL_IMPULSE
    | batch.ArbiterFields.POINT_A_1
)
_SURFACE_NAMES = tuple(s.label for s in Surface)


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
        # Keep only this step's arbiters, so the batch read of contact
        # impulses never sees a stale one from an earlier step.
        self.space.collision_persistence = 1
        self.fleet = Fleet(track.surfaces, DT, track.wall_radius)
        self.bodies: list[pymunk.Body] = []
        self.prop_bodies: list[pymunk.Body] = []
        self._prop_kinds: list[str] = []
        self._prop_ids: set[int] = set()
        self._events: list[Event] = []
        self._controls = np.zeros((0, 5))
        self._touching_wall = np.zeros(0, dtype=bool)
        self._sorted_ids = np.zeros(0, dtype=np.int64)
        self._sorted_index = np.zeros(0, dtype=np.int64)
        self._read_buf = batch.Buffer()
        self._contact_buf = batch.Buffer()
        self._hits = np.zeros((0, 7))
        self._bodies_state = np.zeros((0, 6))
        self._vehicle_rows = np.zeros(0, dtype=np.intp)
        self._prop_rows = np.zeros(0, dtype=np.intp)
        self._add_walls()
        for prop in track.props:
            self._add_prop(prop.x, prop.y, prop.radius, prop.mass, prop.kind)
        self._reindex()

    # -- building -----------------------------------------------------------

    def _add_walls(self) -> None:
        static = self.space.static_body
        for wall in self.track.walls:
            # Detail finer than the wall's own radius (half-tile jogs of a traced map) is
            # dropped from the collision outline: a scraping car's nose would catch on it.
            for a, b in walls.collision_segments(wall, self.track.wall_radius):
                seg = pymunk.Segment(static, a, b, self.track.wall_radius)
                seg.elasticity = materials.WALL.elasticity
                seg.friction = materials.WALL.friction
                seg.collision_type = WALL_TYPE
                self.space.add(seg)

    def _add_prop(self, x: float, y: float, radius: float, mass: float, kind: str) -> None:
        body = pymunk.Body(mass, pymunk.moment_for_circle(mass, 0.0, radius))
        body.position = (x, y)
        shape = pymunk.Circle(body, radius)
        shape.elasticity = materials.PROP.elasticity
        shape.friction = materials.PROP.friction
        shape.collision_type = PROP_TYPE
        self.space.add(body, shape)
        self.prop_bodies.append(body)
        self._prop_ids.add(body.id)
        self._prop_kinds.append(kind)

    def add_vehicle(self, spec: VehicleSpec, x: float, y: float, heading: float) -> int:
        """Put a vehicle in the world at rest; returns its index (0, 1, 2, ...)."""
        index = self.fleet.add(spec)
        moment = spec.mass_kg * (spec.length_m**2 + spec.width_m**2) / 12.0 * spec.inertia_factor
        body = pymunk.Body(spec.mass_kg, moment)
        body.position = (x, y)
        body.angle = heading
        shape = pymunk.Poly.create_box(
            body, (spec.length_m, spec.width_m), radius=materials.CAR_CORNER_RADIUS_M
        )
        shape.elasticity = materials.CAR.elasticity
        shape.friction = materials.CAR.friction
        shape.collision_type = CAR_TYPE
        self.space.add(body, shape)
        self.bodies.append(body)
        n = len(self.bodies)
        self._touching_wall = np.zeros(n, dtype=bool)
        self._controls = np.zeros((n, 5))
        ids = np.array([b.id for b in self.bodies], dtype=np.int64)
        order = np.argsort(ids)
        self._sorted_ids = ids[order]
        self._sorted_index = order.astype(np.int64)
        self._reindex()
        return index

    def place_vehicle(self, index: int, x: float, y: float, heading: float) -> None:
        """Teleport a vehicle (a respawn): at rest, wheels straight, at the given pose."""
        body = self.bodies[index]
        body.position = (x, y)
        body.angle = heading
        body.velocity = (0.0, 0.0)
        body.angular_velocity = 0.0
        self.space.reindex_shapes_for_body(body)
        self.fleet.steer[index] = 0.0
        self._read_state()

    def repair(self, index: int) -> None:
        """Clear damage and a wreck (a respawn or a garage visit)."""
        self.fleet.damage[index] = 0.0
        self.fleet.set_wrecked(index, False)

    def _reindex(self) -> None:
        """Map rows of pymunk's batch order to our vehicles and props.

        pymunk iterates bodies in its own order (which changes when a body is
        removed), so the mapping is rebuilt whenever the set of bodies changes.
        """
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
        raw = np.frombuffer(self._read_buf.float_buf(), dtype=np.float64)
        self._bodies_state = raw.reshape(-1, 6).copy()

    # -- stepping -----------------------------------------------------------

    @property
    def time_s(self) -> float:
        return self.step_count * DT

    def step(self, controls_by_vehicle: Mapping[int, Controls]) -> None:
        """Advance the world by one fixed step of 1/120 s.

        Vehicles missing from ``controls_by_vehicle`` coast (idle controls);
        out-of-range or non-finite inputs are clamped, never trusted.
        """
        if self.bodies:
            self._drive(controls_by_vehicle)
        self._touching_wall[:] = False
        self.space.step(DT)
        self.step_count += 1
        self._read_contacts()
        self._read_state()

    def _drive(self, controls_by_vehicle: Mapping[int, Controls]) -> None:
        raw = self._controls  # clamped (and NaN made idle) inside the tyre model
        for i in range(len(self.bodies)):
            c = controls_by_vehicle.get(i, IDLE)
            raw[i] = (c.throttle, c.brake, c.steer, c.handbrake, c.nitrous)
        state = self._bodies_state
        write = self._write
        write[:, 0:3] = state[:, 3:6]  # props keep their velocities
        self.fleet.update_draft(state, self._vehicle_rows)
        changed = self.fleet.step(state, self._vehicle_rows, raw, write)
        batch.set_space_bodies(self.space, _WRITE_FIELDS, self._write_buf)
        if changed:
            self._note_changes()

    def _note_changes(self) -> None:
        """Events for nitrous switched and riders fallen or back up; a rider stands the bike up."""
        observed = self.fleet.observed
        nitrous = observed[:, O_NITRO_CHANGE]
        for index in np.flatnonzero(nitrous).tolist():
            if nitrous[index] > 0:
                self._events.append(NitrousStarted(self.step_count, index))
            else:
                empty = bool(self.fleet.nitro_tank[index] <= 0.0)
                self._events.append(NitrousStopped(self.step_count, index, empty))
        falls = observed[:, O_FALL_CHANGE]
        for index in np.flatnonzero(falls).tolist():
            if falls[index] > 0:
                speed = math.hypot(*self._bodies_state[self._vehicle_rows[index], 3:5])
                self._events.append(Fell(self.step_count, index, speed))
            else:
                body = self.bodies[index]
                x, y = body.position
                self.place_vehicle(index, x, y, float(self.fleet.fall_heading[index]))
                self._events.append(Remounted(self.step_count, index))

    def _read_contacts(self) -> None:
        """Turn this step's contact impulses into damage, wall flags and events.

        One batch call returns every arbiter of the step; a compiled pass
        (:func:`game.sim.contacts.sort_contacts`) flags scrapes and picks out
        the hits, and only hits reach Python.
        """
        buf = self._contact_buf
        buf.clear()
        batch.get_space_arbiters(self.space, _CONTACT_FIELDS, buf)
        ints = np.frombuffer(buf.int_buf(), dtype=np.uintp)
        if not len(ints) or not self.bodies:
            return
        floats = np.frombuffer(buf.float_buf(), dtype=np.float64).reshape(-1, 4)
        if len(self._hits) < len(ints):
            self._hits = np.zeros((2 * len(ints), 7))
        count = sort_contacts(
            ints,
            floats,
            self._sorted_ids,
            self._sorted_index,
            self.fleet.inv_mass,
            self._touching_wall,
            EVENT_MIN_DV,
            self._hits,
        )
        # pymunk lists arbiters in an order that follows memory addresses, which
        # differ from run to run; sorted, two hits in one step always add their
        # damage in the same order (float sums are not associative).
        for row in sorted(self._hits[:count].tolist()):
            me, other, impulse, delta_v, px, py, other_body = row
            if other < 0:
                other = PROP if int(other_body) in self._prop_ids else WALL
            self._hit(int(me), int(other), impulse, delta_v, (px, py))

    def _hit(
        self, index: int, other: int, impulse: float, delta_v: float, point: tuple[float, float]
    ) -> None:
        fleet = self.fleet
        if delta_v > DAMAGE_FREE_DV and not fleet.wrecked[index]:
            damage = (delta_v - DAMAGE_FREE_DV) * DAMAGE_PER_DV / fleet.durability[index]
            fleet.damage[index] = min(1.0, fleet.damage[index] + damage)
            if fleet.damage[index] >= 1.0:
                fleet.set_wrecked(index, True)
                self._events.append(Wrecked(self.step_count, index))
        self._events.append(Collision(self.step_count, index, other, impulse, delta_v, *point))

    # -- reading ------------------------------------------------------------

    def drain_events(self) -> list[Event]:
        """Every event since the last drain, oldest first."""
        events, self._events = self._events, []
        return events

    @property
    def vehicle_states(self) -> npt.NDArray[np.float64]:
        """Rows of (x, y, heading, vx, vy, yaw rate) per vehicle: the cheap read for AI."""
        return self._bodies_state[self._vehicle_rows]

    def snapshot(self) -> WorldSnapshot:
        """A read-only copy of everything the view shows, after the last step."""
        vehicles = tuple(self.vehicle_view(i, row) for i, row in enumerate(self.vehicle_states.tolist()))
        props = tuple(
            PropView(i, self._prop_kinds[i], r[0], r[1], r[2])
            for i, r in enumerate(self._bodies_state[self._prop_rows].tolist())
        )
        return WorldSnapshot(self.step_count, self.time_s, vehicles, props)

    def vehicle_view(self, i: int, row: list[float] | None = None) -> VehicleView:
        """One vehicle as the view shows it: for a reader that follows one car, without the rest."""
        fleet = self.fleet
        observed = fleet.observed
        x, y, angle, vx, vy, w = self._bodies_state[self._vehicle_rows[i]].tolist() if row is None else row
        fwd, side = float(observed[i, O_FWD]), float(observed[i, O_SIDE])
        wheels = fleet.specs[i].wheel_count
        return VehicleView(
            index=i,
            spec_id=fleet.specs[i].id,
            x=x,
            y=y,
            heading=angle,
            vx=vx,
            vy=vy,
            yaw_rate=w,
            speed=math.hypot(vx, vy),
            steer=float(fleet.steer[i]),
            slip_angle=slip_angle(fwd, side),
            sliding_wheels=tuple(bool(s) for s in fleet.sliding[i, :wheels]),
            wheel_surfaces=tuple(_SURFACE_NAMES[s] for s in fleet.wheel_surface[i, :wheels]),
            nitrous=float(fleet.nitro_tank[i]),
            nitrous_on=bool(fleet.nitro_on[i]),
            damage=float(fleet.damage[i]),
            wrecked=bool(fleet.wrecked[i]),
            reversing=bool(observed[i, O_REVERSING] > 0.5),
            touching_wall=bool(self._touching_wall[i]),
            fallen=bool(fleet.fallen[i]),
            draft=float(fleet.draft[i]),
        )

    def state_hash(self) -> str:
        """A digest of everything that evolves; equal hashes mean equal worlds."""
        h = hashlib.blake2b(digest_size=16)
        h.update(self.step_count.to_bytes(8, "little"))
        h.update(np.ascontiguousarray(self._bodies_state[self._vehicle_rows]).tobytes())
        h.update(np.ascontiguousarray(self._bodies_state[self._prop_rows]).tobytes())
        h.update(np.ascontiguousarray(self.fleet.state).tobytes())
        h.update(repr(self.rng.getstate()).encode())
        return h.hexdigest()
