"""Vehicle specs turned into the parameter arrays the tyre model runs on.

``Fleet`` holds every vehicle of a world as one row of a few arrays: constant
parameters derived from its ``VehicleSpec`` once, mutable state (steering,
nitrous tank, damage, wreck) that evolves, and last-step observations for the
snapshot. The physics itself is the compiled loop in :mod:`game.sim.tyres`.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from game.sim import draft as d
from game.sim import tyres as t
from game.sim.surfaces import SURFACE_PROPS, Surface
from game.sim.track import SurfaceGrid
from game.sim.vehicle import VehicleSpec

F64 = npt.NDArray[np.float64]

G = 9.81
KMH = 1.0 / 3.6
WHEELS = 4


def wheel_layout(spec: VehicleSpec) -> list[tuple[float, float, bool, bool]]:
    """Wheel offsets from the centre of mass (x forward, y right) and (front, rear) flags.

    Bikes have two wheels on the centre line; the other two columns stay
    empty (zero load), so bikes and cars share one array shape.
    """
    a = spec.wheelbase_m * (1.0 - spec.front_weight)  # centre of mass to front axle
    b = spec.wheelbase_m * spec.front_weight  # centre of mass to rear axle
    if spec.kind == "bike":
        return [(a, 0.0, True, False), (-b, 0.0, False, True)]
    half = spec.track_m / 2.0
    return [
        (a, -half, True, False),
        (a, half, True, False),
        (-b, -half, False, True),
        (-b, half, False, True),
    ]


def steering_lock(spec: VehicleSpec, speed: float, damage: float = 0.0) -> float:
    """The front wheels' full-lock angle (rad) at ``speed``: what a steer input of 1 gives.

    The same rule the physics applies, for drivers (AI, test rigs, the
    steering assist) that turn a wanted wheel angle into a steering input.
    """
    lock = t.speed_lock(math.radians(spec.max_steer_deg), 1.0 / spec.steer_speed_ms, speed)
    return float(lock) * (1.0 - t.DAMAGE_STEER_LOSS * damage)


def braking_limit(spec: VehicleSpec, surface_grip: F64 | float = 1.0) -> F64:
    """Steepest straight-line deceleration (m/s^2) the brakes deliver on a surface of ``surface_grip``.

    The same limits the tyre model applies, solved for the steady state: each
    axle brakes with its share of the brake force, capped by its grip under
    the load the braking itself moves forward (and by anti-lock's share of it).
    Computer drivers plan their braking points with this, so a plan never
    asks for more than the car can do.
    """
    grip = np.asarray(surface_grip, dtype=np.float64)
    m = spec.mass_kg
    share = t.ABS_SHARE if spec.abs_brakes else 1.0
    transfer = spec.cg_height_m / spec.wheelbase_m
    front_brake = spec.brake_force_n * spec.brake_bias_front
    rear_brake = spec.brake_force_n * (1.0 - spec.brake_bias_front)
    decel = np.full_like(grip, spec.brake_force_n / m)
    for _ in range(40):  # fixed point: the decel sets the loads, the loads the decel
        shift = m * decel * transfer
        front_load = m * G * spec.front_weight + shift
        rear_load = np.maximum(
            m * G * (1.0 - spec.front_weight) - shift, 0.1 * m * G * (1.0 - spec.front_weight)
        )
        front = np.minimum(front_brake, share * spec.grip_front * grip * front_load)
        rear = np.minimum(rear_brake, share * spec.grip_rear * grip * rear_load)
        decel = 0.5 * decel + 0.5 * (front + rear) / m
    out: F64 = decel
    return out


def lateral_limit(spec: VehicleSpec, surface_grip: F64 | float = 1.0) -> F64:
    """Steepest steady cornering (m/s^2) the tyres hold on a surface of ``surface_grip``.

    In a steady turn each axle carries the sideways force of the mass over
    it, so the car corners as hard as its weaker axle allows: ``g`` times the
    smaller axle grip times the surface's. The proving ground's skid pad
    (``game.sim.handling.lateral_g``) measures the same figure on the real
    physics; a test holds the two together.
    """
    grip = np.asarray(surface_grip, dtype=np.float64)
    out: F64 = G * min(spec.grip_front, spec.grip_rear) * grip
    return out


SLIP_MIN_SPEED = 2.0
"""Below this speed (m/s) a car has no meaningful slip: parking is not sliding."""


def slip_angle(fwd: float, side: float) -> float:
    """Body slip (rad, -pi..pi): how far the direction of travel is from where the nose points.

    Measured over the whole circle, so a car sliding backwards reads +-180 deg
    (not "gripping" as an angle folded onto +-90 deg would), and the assist,
    the counter-steer rule and drift scoring see a spin for what it is.
    Positive: travelling to the right of the nose.
    """
    if fwd * fwd + side * side < SLIP_MIN_SPEED * SLIP_MIN_SPEED:
        return 0.0
    return math.atan2(side, fwd)


def steering_locks(max_lock: F64, steer_speed: F64, speed: F64) -> F64:
    """:func:`steering_lock` for arrays of vehicles (no damage)."""
    lock: F64 = max_lock / (1.0 + speed / steer_speed)
    return lock


def _vehicle_row(spec: VehicleSpec, dt: float, wall_radius: float) -> list[float]:
    row = [0.0] * t.V_COLUMNS
    m = spec.mass_kg
    inertia = m * (spec.length_m**2 + spec.width_m**2) / 12.0 * spec.inertia_factor
    row[t.V_MASS] = m
    row[t.V_INV_INERTIA] = 1.0 / inertia
    row[t.V_POWER] = spec.power_kw * 1000.0
    row[t.V_MAX_DRIVE] = spec.max_drive_force_n
    row[t.V_STEER_MAX] = math.radians(spec.max_steer_deg)
    row[t.V_STEER_STEP] = math.radians(spec.steer_rate_dps) * dt
    row[t.V_INV_STEER_SPEED] = 1.0 / spec.steer_speed_ms
    row[t.V_DRAG_AREA] = spec.drag_area
    row[t.V_REVERSE_SPEED] = spec.reverse_kmh * KMH
    row[t.V_NITRO_BURN] = 1.0 / spec.nitrous_s if spec.nitrous_s > 0 else 0.0
    row[t.V_NITRO_REFILL] = 1.0 / spec.nitrous_refill_s if spec.nitrous_refill_s > 0 else 0.0
    row[t.V_NITRO_MULT] = spec.nitrous_power
    row[t.V_TANK_MAX] = 1.0 if spec.nitrous_s > 0 else 0.0
    row[t.V_SPEED_LIMIT] = spec.speed_limit_kmh * KMH if spec.speed_limit_kmh > 0 else math.inf
    row[t.V_LEAN_LOSS] = spec.lean_brake_loss if spec.kind == "bike" else 0.0
    # Never move further in one step than the half width plus the wall radius:
    # then no wall can be skipped over (no tunnelling), nitrous included.
    row[t.V_SPEED_CAP] = 0.9 * (spec.width_m / 2.0 + wall_radius) / dt
    row[t.V_HANDBRAKE_GRIP] = spec.handbrake_grip
    row[t.V_TRANSFER_K] = m * spec.cg_height_m / spec.wheelbase_m
    row[t.V_WHEELS] = spec.wheel_count
    row[t.V_ABS] = 1.0 if spec.abs_brakes else 0.0
    row[t.V_TC] = 1.0 if spec.traction_control else 0.0
    return row


def _wheel_rows(spec: VehicleSpec) -> list[list[float]]:
    layout = wheel_layout(spec)
    per_axle = 1 if spec.kind == "bike" else 2
    m = spec.mass_kg
    driven_front = spec.drive in ("fwd", "awd")
    driven_rear = spec.drive in ("rwd", "awd")
    front_drive = (0.4 if spec.drive == "awd" else 1.0) / per_axle
    rear_drive = (0.6 if spec.drive == "awd" else 1.0) / per_axle
    rows = []
    for rx, ry, front, rear in layout:
        row = [0.0] * t.W_COLUMNS
        share = spec.front_weight if front else 1.0 - spec.front_weight
        load = m * G * share / per_axle
        row[t.W_RX], row[t.W_RY] = rx, ry
        row[t.W_FRONT], row[t.W_REAR] = float(front), float(rear)
        row[t.W_STATIC_LOAD] = load
        row[t.W_MASS] = load / G
        row[t.W_STIFFNESS] = spec.cornering_stiffness
        row[t.W_DRIVE_SHARE] = (front_drive if front and driven_front else 0.0) + (
            rear_drive if rear and driven_rear else 0.0
        )
        bias = spec.brake_bias_front if front else 1.0 - spec.brake_bias_front
        row[t.W_BRAKE] = spec.brake_force_n * bias / per_axle
        row[t.W_ROLLING] = spec.rolling_resistance * load
        # weight moves to the rear under acceleration, to the front under braking
        row[t.W_TRANSFER_SIGN] = (-1.0 if front else 1.0) / per_axle
        rows.append(row)
    while len(rows) < WHEELS:
        rows.append([0.0] * t.W_COLUMNS)
    return rows


def _grip_row(spec: VehicleSpec, wheels: list[list[float]]) -> F64:
    """Friction coefficient per (wheel, surface): surface grip x the car's axle grip x its surface bonus."""
    surface = np.array([SURFACE_PROPS[s].grip for s in Surface])
    for name, factor in spec.surface_grip:
        surface[Surface.from_name(name)] *= factor
    axle = np.array(
        [spec.grip_front if w[t.W_FRONT] else spec.grip_rear if w[t.W_REAR] else 0.0 for w in wheels]
    )
    table: F64 = axle[:, None] * surface[None, :]
    return table


class Fleet:
    """Every vehicle of a world as array rows; row ``i`` is the i-th vehicle added."""

    def __init__(self, surfaces: SurfaceGrid, dt: float, wall_radius: float) -> None:
        self.dt = dt
        self.wall_radius = wall_radius
        self.grid = np.ascontiguousarray(surfaces.cells, dtype=np.uint8)
        self.grid_geometry = np.array(
            [surfaces.origin[0], surfaces.origin[1], 1.0 / surfaces.cell_m, float(int(surfaces.outside))]
        )
        self.drag_table = np.array([SURFACE_PROPS[s].drag for s in Surface])
        self.specs: list[VehicleSpec] = []
        self.vp = np.zeros((0, t.V_COLUMNS))
        self.wp = np.zeros((0, WHEELS, t.W_COLUMNS))
        self.mu_table = np.zeros((0, WHEELS, len(Surface)))
        self.state = np.zeros((0, t.S_COLUMNS))
        self.observed = np.zeros((0, t.O_COLUMNS))
        self.wheel_surface = np.zeros((0, WHEELS), dtype=np.uint8)
        self.sliding = np.zeros((0, WHEELS), dtype=bool)
        self.inv_mass = np.zeros(0)
        self.durability = np.zeros(0)
        self.length = np.zeros(0)
        self.width = np.zeros(0)
        self.draft = np.zeros(0)
        """Share of each vehicle's air drag spared by slipstream this step (:mod:`game.sim.draft`)."""
        self._draft_scratch = np.zeros((0, d.SCRATCH_COLUMNS))

    def add(self, spec: VehicleSpec) -> int:
        """Append a vehicle row, at rest with a full tank; returns its index."""
        wheels = _wheel_rows(spec)
        state = [0.0] * t.S_COLUMNS
        state[t.S_TANK] = 1.0 if spec.nitrous_s > 0 else 0.0
        self.vp = np.vstack([self.vp, [_vehicle_row(spec, self.dt, self.wall_radius)]])
        self.wp = np.concatenate([self.wp, [wheels]])
        self.mu_table = np.concatenate([self.mu_table, [_grip_row(spec, wheels)]])
        self.state = np.vstack([self.state, [state]])
        self.observed = np.vstack([self.observed, np.zeros((1, t.O_COLUMNS))])
        self.wheel_surface = np.vstack([self.wheel_surface, np.zeros((1, WHEELS), dtype=np.uint8)])
        self.sliding = np.vstack([self.sliding, np.zeros((1, WHEELS), dtype=bool)])
        self.inv_mass = np.append(self.inv_mass, 1.0 / spec.mass_kg)
        self.durability = np.append(self.durability, spec.durability)
        self.length = np.append(self.length, spec.length_m)
        self.width = np.append(self.width, spec.width_m)
        self.draft = np.append(self.draft, 0.0)
        self._draft_scratch = np.zeros((len(self.specs) + 1, d.SCRATCH_COLUMNS))
        self.specs.append(spec)
        return len(self.specs) - 1

    def __len__(self) -> int:
        return len(self.specs)

    # Named views of the state columns; writing through them changes the state.
    @property
    def steer(self) -> F64:
        return self.state[:, t.S_STEER]

    @property
    def nitro_tank(self) -> F64:
        return self.state[:, t.S_TANK]

    @property
    def nitro_on(self) -> npt.NDArray[np.bool_]:
        return self.state[:, t.S_NITRO_ON] > 0.5

    @property
    def damage(self) -> F64:
        return self.state[:, t.S_DAMAGE]

    @property
    def fallen(self) -> npt.NDArray[np.bool_]:
        """Two-wheelers on the ground after losing grip (see ``tyres.FALL_S``)."""
        return self.state[:, t.S_FALL_T] > 0.0

    @property
    def fall_heading(self) -> F64:
        return self.state[:, t.S_FALL_HEADING]

    @property
    def wrecked(self) -> npt.NDArray[np.bool_]:
        return self.state[:, t.S_WRECKED] > 0.5

    def set_wrecked(self, index: int, wrecked: bool) -> None:
        self.state[index, t.S_WRECKED] = 1.0 if wrecked else 0.0
        if wrecked:
            self.state[index, t.S_NITRO_ON] = 0.0

    def update_draft(self, bodies: F64, rows: npt.NDArray[np.intp]) -> None:
        """Measure every vehicle's slipstream from the bodies' state (rows as in :meth:`step`)."""
        d.spared_drag(bodies, rows, self.length, self.width, self._draft_scratch, self.draft)

    def step(self, bodies: F64, rows: npt.NDArray[np.intp], controls: F64, out_bodies: F64) -> int:
        """Compute every vehicle's new velocity into ``out_bodies`` (see ``tyres.fleet_step``).

        Returns how many vehicles started or stopped their nitrous, fell or got up this step.
        """
        return t.fleet_step(
            bodies,
            rows,
            controls,
            self.vp,
            self.wp,
            self.mu_table,
            self.drag_table,
            self.draft,
            self.grid,
            self.grid_geometry,
            self.state,
            out_bodies,
            self.observed,
            self.wheel_surface,
            self.sliding,
            self.dt,
        )
