"""The tyre model, batched over every vehicle in the world at once.

Why batched: a per-wheel Python loop costs a few microseconds per wheel and
the game needs 8 cars at 120 Hz well over 100x real time. Here every vehicle
is a row and every wheel a column of small numpy arrays (bikes use two of
the four columns and leave the others with zero load), and planar vectors are
complex numbers, so a rotation is one multiplication. The whole fleet costs
about the same handful of array operations whether it holds one car or eight.

Per wheel and step: the wheel's velocity in its own frame; a lateral force
from slip (capped so it never more than cancels the sideways velocity in one
step); drive, brake and rolling forces along the wheel; the sum clipped to the
friction circle ``mu_surface * grip_axle * load``. The handbrake locks the rear
wheels and cuts their grip, which is what starts a drift; counter-steer gives
the front tyres the angle to catch it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from game.sim.surfaces import SURFACE_PROPS, Surface
from game.sim.track import SurfaceGrid
from game.sim.vehicle import VehicleSpec

F64 = npt.NDArray[np.float64]
C128 = npt.NDArray[np.complex128]
B = npt.NDArray[np.bool_]

G = 9.81
KMH = 1.0 / 3.6
WHEELS = 4
MIN_SLIP_SPEED = 1.0
"""Below this forward speed (m/s) slip is measured against it, to stay stable at rest."""
DAMAGE_POWER_LOSS = 0.5
DAMAGE_STEER_LOSS = 0.4
WRECK_BRAKE = 0.35


@dataclass(slots=True)
class FleetInput:
    """Controls for every vehicle, one array entry per row."""

    throttle: F64
    brake: F64
    steer: F64
    handbrake: B
    nitrous: B


def _wheel_layout(spec: VehicleSpec) -> tuple[list[complex], list[float], list[float]]:
    """Wheel offsets from the centre of mass (x forward, y right) and axle flags."""
    a = spec.wheelbase_m * (1.0 - spec.front_weight)  # CG to front axle
    b = spec.wheelbase_m * spec.front_weight  # CG to rear axle
    if spec.kind == "bike":
        return [complex(a, 0.0), complex(-b, 0.0), 0j, 0j], [1, 0, 0, 0], [0, 1, 0, 0]
    t = spec.track_m / 2.0
    offsets = [complex(a, -t), complex(a, t), complex(-b, -t), complex(-b, t)]
    return offsets, [1, 1, 0, 0], [0, 0, 1, 1]


class Fleet:
    """Array state of every vehicle; row ``i`` is the i-th vehicle added."""

    def __init__(self, surfaces: SurfaceGrid, dt: float, wall_radius: float) -> None:
        self.dt = dt
        self.inv_dt = 1.0 / dt
        self.wall_radius = wall_radius
        self.grid = surfaces.cells
        self.grid_rows, self.grid_cols = surfaces.cells.shape
        self.grid_origin = surfaces.origin
        self.inv_cell = 1.0 / surfaces.cell_m
        # Cells outside the grid read the track's "outside" surface: pad the grid
        # by one ring of it and clip indices into the padded range.
        self.grid = np.pad(surfaces.cells, 1, constant_values=int(surfaces.outside))
        self.specs: list[VehicleSpec] = []
        n_surf = len(Surface)
        self.surface_drag = np.array([SURFACE_PROPS[s].drag for s in Surface])
        self._surface_grip = np.array([SURFACE_PROPS[s].grip for s in Surface])
        self._n_surf = n_surf
        self._alloc(0)

    # -- construction -------------------------------------------------------

    def _alloc(self, n: int) -> None:
        """(Re)create every per-vehicle array with ``n`` rows, zero-filled."""
        before = set(self.__dict__)
        z = np.zeros
        self.mass = z(n)
        self.inv_mass = z(n)
        self.inv_inertia = z(n)
        self.power_w = z(n)
        self.max_drive = z(n)
        self.brake_force = z(n)
        self.steer_max = z(n)
        self.steer_rate = z(n)
        self.steer_speed = z(n)
        self.drag_area = z(n)
        self.rolling = z(n)
        self.reverse_speed = z(n)
        self.nitro_burn = z(n)
        self.nitro_refill = z(n)
        self.nitro_mult = z(n)
        self.speed_limit = z(n)
        self.lean_loss = z(n)
        self.speed_cap = z(n)
        self.durability = z(n)
        self.handbrake_grip = z(n)
        self.transfer_k = z(n)
        self.accel_long = z(n)
        # per wheel
        self.r = z((n, WHEELS), dtype=np.complex128)
        self.front = z((n, WHEELS))
        self.rear = z((n, WHEELS), dtype=bool)
        self.load = z((n, WHEELS))
        self.static_load = z((n, WHEELS))
        self.transfer_sign = z((n, WHEELS))
        self.wheel_mass = z((n, WHEELS))
        self.stiffness = z((n, WHEELS))
        self.drive_share = z((n, WHEELS))
        self.brake_share = z((n, WHEELS))
        self.mu_table = z((n, self._n_surf))
        self.axle_grip = z((n, WHEELS))
        # mutable state
        self.steer = z(n)
        self.nitro_tank = z(n)
        self.nitro_on = z(n, dtype=bool)
        self.damage = z(n)
        self.wrecked = z(n, dtype=bool)
        # last step's observations, for the snapshot
        self.slip_angle = z(n)
        self.wheel_surface = z((n, WHEELS), dtype=np.uint8)
        self.wheel_sliding = z((n, WHEELS), dtype=bool)
        self.reversing = z(n, dtype=bool)
        if not hasattr(self, "_row_arrays"):
            self._row_arrays = tuple(sorted(set(self.__dict__) - before))

    def add(self, spec: VehicleSpec) -> int:
        """Append a vehicle row; returns its index."""
        n = len(self.specs)
        old = {name: getattr(self, name) for name in self._row_arrays}
        self._alloc(n + 1)
        for name, value in old.items():
            getattr(self, name)[:n] = value
        self.specs.append(spec)
        self._fill_row(n, spec)
        return n

    def _fill_row(self, i: int, spec: VehicleSpec) -> None:
        m = spec.mass_kg
        self.mass[i] = m
        self.inv_mass[i] = 1.0 / m
        inertia = m * (spec.length_m**2 + spec.width_m**2) / 12.0 * spec.inertia_factor
        self.inv_inertia[i] = 1.0 / inertia
        self.power_w[i] = spec.power_kw * 1000.0
        self.max_drive[i] = spec.max_drive_force_n
        self.brake_force[i] = spec.brake_force_n
        self.steer_max[i] = np.radians(spec.max_steer_deg)
        self.steer_rate[i] = np.radians(spec.steer_rate_dps)
        self.steer_speed[i] = spec.steer_speed_ms
        self.drag_area[i] = spec.drag_area
        self.rolling[i] = spec.rolling_resistance
        self.reverse_speed[i] = spec.reverse_kmh * KMH
        self.nitro_burn[i] = 1.0 / spec.nitrous_s if spec.nitrous_s > 0 else 0.0
        self.nitro_refill[i] = 1.0 / spec.nitrous_refill_s if spec.nitrous_refill_s > 0 else 0.0
        self.nitro_mult[i] = spec.nitrous_power
        self.nitro_tank[i] = 1.0 if spec.nitrous_s > 0 else 0.0
        self.speed_limit[i] = spec.speed_limit_kmh * KMH if spec.speed_limit_kmh > 0 else np.inf
        self.lean_loss[i] = spec.lean_brake_loss if spec.kind == "bike" else 0.0
        self.durability[i] = spec.durability
        self.handbrake_grip[i] = spec.handbrake_grip
        # Never move further in one step than the car's half width plus the
        # wall radius: then no wall can be skipped over (no tunnelling).
        self.speed_cap[i] = 0.9 * (spec.width_m / 2.0 + self.wall_radius) * self.inv_dt

        offsets, front, rear = _wheel_layout(spec)
        self.r[i] = offsets
        self.front[i] = front
        self.rear[i] = np.array(rear, dtype=bool)
        n_axle = 1 if spec.kind == "bike" else 2
        front_load = m * G * spec.front_weight / n_axle
        rear_load = m * G * (1.0 - spec.front_weight) / n_axle
        loads = [front_load if f else rear_load if r else 0.0 for f, r in zip(front, rear, strict=True)]
        self.static_load[i] = loads
        self.load[i] = loads
        # Weight shifts rearward under power and forward under braking:
        # per wheel, +load on the rear and -load on the front per unit of
        # longitudinal acceleration.
        self.transfer_k[i] = m * spec.cg_height_m / spec.wheelbase_m
        self.transfer_sign[i] = [(-1.0 if f else 1.0 if r else 0.0) / n_axle
                                 for f, r in zip(front, rear, strict=True)]
        self.wheel_mass[i] = np.array(loads) / G
        self.stiffness[i] = spec.cornering_stiffness
        self.axle_grip[i] = [
            spec.grip_front if f else spec.grip_rear if r else 0.0
            for f, r in zip(front, rear, strict=True)
        ]
        driven = {
            "fwd": [f for f in front],
            "rwd": [r for r in rear],
            "awd": [f or r for f, r in zip(front, rear, strict=True)],
        }[spec.drive]
        if spec.drive == "awd":
            shares = [0.4 if f else 0.6 if r else 0.0 for f, r in zip(front, rear, strict=True)]
            shares = [s / n_axle for s in shares]
        else:
            count = sum(1 for d in driven if d)
            shares = [1.0 / count if d else 0.0 for d in driven]
        self.drive_share[i] = shares
        self.brake_share[i] = [
            spec.brake_bias_front / n_axle if f else (1 - spec.brake_bias_front) / n_axle if r else 0.0
            for f, r in zip(front, rear, strict=True)
        ]
        self.mu_table[i] = self._surface_grip
        for name, factor in spec.surface_grip:
            self.mu_table[i, Surface.from_name(name)] *= factor

    def __len__(self) -> int:
        return len(self.specs)

    # -- the step -----------------------------------------------------------

    def velocities_after(
        self,
        pos: C128,
        angle: F64,
        vel: C128,
        omega: F64,
        inp: FleetInput,
    ) -> tuple[C128, F64, npt.NDArray[np.int8]]:
        """New (velocity, angular velocity) for every vehicle after one step of tyre forces.

        Also updates steering, nitrous and last-step observations, and returns
        per-vehicle nitrous transitions (+1 started, -1 stopped, 0 none).
        """
        dt = self.dt
        wrecked = self.wrecked
        throttle = np.where(wrecked, 0.0, inp.throttle)
        brake_in = np.where(wrecked, WRECK_BRAKE, inp.brake)
        steer_in = np.where(wrecked, 0.0, inp.steer)
        handbrake = inp.handbrake & ~wrecked

        rot = np.cos(angle) + 1j * np.sin(angle)
        local = vel * rot.conjugate()
        fwd = local.real
        speed = np.abs(vel)

        # Brake held at a standstill (throttle released) means reverse.
        reversing = (brake_in > 0.0) & (throttle <= 0.0) & (fwd < 0.5) & ~wrecked
        drive_cmd = np.where(reversing, -brake_in, throttle)
        brake_cmd = np.where(reversing, 0.0, brake_in)

        was_on = self.nitro_on
        nitro_on = inp.nitrous & (self.nitro_tank > 0.0) & (drive_cmd > 0.0) & ~wrecked
        self.nitro_tank = np.where(
            nitro_on,
            np.maximum(self.nitro_tank - self.nitro_burn * dt, 0.0),
            np.where(inp.nitrous, self.nitro_tank, np.minimum(self.nitro_tank + self.nitro_refill * dt, 1.0)),
        )
        self.nitro_on = nitro_on
        boost = np.where(nitro_on, self.nitro_mult, 1.0)
        power = self.power_w * (1.0 - DAMAGE_POWER_LOSS * self.damage) * boost
        engine = np.minimum(power / np.maximum(np.abs(fwd), MIN_SLIP_SPEED), self.max_drive * boost)
        over_limit = np.where(reversing, -fwd > self.reverse_speed, (fwd > self.speed_limit) & ~nitro_on)
        engine_force = np.where(over_limit, 0.0, drive_cmd * engine)

        lock = self.steer_max / (1.0 + speed / self.steer_speed) * (1.0 - DAMAGE_STEER_LOSS * self.damage)
        step = self.steer_rate * dt
        self.steer = self.steer + np.clip(steer_in * lock - self.steer, -step, step)

        # --- per wheel, shape (n, 4) ---
        r = self.r
        wheel_rot = np.cos(self.steer[:, None] * self.front) + 1j * np.sin(self.steer[:, None] * self.front)
        v_wheel = (local[:, None] + 1j * omega[:, None] * r) * wheel_rot.conjugate()
        vf = v_wheel.real
        vs = v_wheel.imag

        world = pos[:, None] + rot[:, None] * r
        col = np.clip(((world.real - self.grid_origin[0]) * self.inv_cell).astype(np.intp) + 1, 0,
                      self.grid_cols + 1)
        row = np.clip(((world.imag - self.grid_origin[1]) * self.inv_cell).astype(np.intp) + 1, 0,
                      self.grid_rows + 1)
        surface = self.grid[row, col]
        shift = (self.transfer_k * self.accel_long)[:, None] * self.transfer_sign
        self.load = np.clip(self.static_load + shift, 0.1 * self.static_load, None)
        mu = np.take_along_axis(self.mu_table, surface.astype(np.intp), axis=1) * self.axle_grip
        hb = handbrake[:, None] & self.rear
        mu = np.where(hb, mu * self.handbrake_grip[:, None], mu)
        mu = mu * (1.0 - (self.lean_loss * brake_cmd * np.abs(steer_in))[:, None] * self.front)
        f_max = mu * self.load

        wm = self.wheel_mass * self.inv_dt  # force that stops the wheel's mass in one step
        lateral = -vs * np.minimum(self.stiffness * self.load / np.maximum(np.abs(vf), MIN_SLIP_SPEED), wm)
        resist = (brake_cmd * self.brake_force)[:, None] * self.brake_share + (self.rolling * G)[:, None] * self.wheel_mass
        resist = np.where(hb, f_max, resist)
        longitudinal = engine_force[:, None] * self.drive_share - np.clip(vf * wm, -resist, resist)
        force = longitudinal + 1j * lateral
        magnitude = np.abs(force)
        sliding = magnitude > f_max
        force = force * np.minimum(1.0, f_max / np.maximum(magnitude, 1e-9))
        force -= self.surface_drag[surface] * self.wheel_mass * v_wheel

        body_force = force * wheel_rot
        total = body_force.sum(axis=1)
        torque = (r.conjugate() * body_force).imag.sum(axis=1)

        # Filtered, so the shifted load cannot feed back into a step-to-step oscillation.
        self.accel_long = 0.9 * self.accel_long + 0.1 * total.real * self.inv_mass
        world_force = total * rot - self.drag_area * speed * vel
        new_vel = vel + world_force * (self.inv_mass * dt)
        new_omega = omega + torque * (self.inv_inertia * dt)
        new_speed = np.abs(new_vel)
        new_vel = new_vel * np.minimum(1.0, self.speed_cap / np.maximum(new_speed, 1e-9))

        self.slip_angle = np.where(speed > 2.0, np.arctan2(local.imag, np.abs(fwd)), 0.0)
        self.wheel_surface = surface
        self.wheel_sliding = sliding & (self.load > 0.0)
        self.reversing = reversing
        transitions = nitro_on.astype(np.int8) - was_on.astype(np.int8)
        return new_vel, new_omega, transitions
