"""The tyre model: one compiled loop over every vehicle and wheel of the world.

Why compiled: the model runs 120 times a second for every car, and the
budget is 8 cars at well over 100x real time, i.e. well under 80 us for a
whole world step including pymunk. A per-wheel Python loop costs ~15 us per
car; the same maths as numpy array operations costs ~60 us for the fleet
because each of its ~100 calls has a fixed overhead. Compiled with numba the
whole fleet takes a few microseconds, and the code stays a plain, readable
loop over wheels. ``cache=True`` keeps the machine code between runs.

Per wheel and step: the wheel's velocity in its own frame; a lateral force
from slip (capped so it never more than cancels the sideways velocity in one
step, which keeps the explicit integration stable at rest); drive, brake and
rolling forces along the wheel; the sum clipped to the friction circle
``mu_surface * grip_axle * load``. The handbrake locks the rear wheels and cuts
their grip, which is what starts a drift; counter-steer gives the front tyres
the angle to catch it. Weight shifts between axles with the (filtered)
longitudinal acceleration, which is what lets a rear-driven car launch hard
and what unloads a bike's rear wheel under braking.

Parameters arrive as columns of two float arrays (per vehicle, per wheel),
named by the ``V_*`` and ``W_*`` indices below, so the kernel has a short,
stable signature and adding a parameter is one new column.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from numba import njit

F64 = npt.NDArray[np.float64]

MIN_SLIP_SPEED = 1.0
"""Below this forward speed (m/s) slip is measured against it, to stay stable at rest."""
DAMAGE_POWER_LOSS = 0.5
DAMAGE_STEER_LOSS = 0.4
WRECK_BRAKE = 0.35
G = 9.81
TC_SHARE = 1.0
"""Share of the grip left over by cornering that traction control lets the engine use."""
TC_FLOOR = 0.25
"""Traction control never cuts drive below this share of the grip (a car must pull away)."""
TC_MIN_SPEED = 6.0
"""Below this (m/s) traction control stays out of the way: a car pinned on a wall must push free."""
COUNTER_STEER_MAX = math.radians(55.0)
"""Most wheel angle a counter-steer can reach (see ``counter_lock``)."""
CASTER = 0.8
"""Share of the front axle's path angle that caster steers released front wheels toward."""
FALL_SLIP = math.radians(15.0)
"""A two-wheeler whose tyre slides further than this off its rolling direction goes down."""
FALL_BODY_SLIP = math.radians(20.0)
"""...or whose body slides further than this off its direction of travel, above ``FALL_BODY_SPEED``."""
FALL_BODY_SPEED = 5.0
"""m/s; slower, a bike on full lock points well off its path without sliding at all."""
FALL_MIN_SPEED = 3.0
"""m/s: below this a bike that slides just puts a foot down."""
FALL_S = 1.5
"""Shortest time a fallen rider spends on the ground; the bike is stood up once it has stopped."""
FALL_STOPPED = 0.5
"""m/s: a fallen bike slower than this has come to rest and may be stood up."""
FALL_FRICTION = 0.7
"""Friction coefficient of a bike sliding on its side."""
ABS_SHARE = 0.97
"""Share of a wheel's grip anti-lock brakes allow for braking; the rest keeps it steering."""
ABS_REAR_FLOOR = 0.3
"""Anti-lock never cuts a rear brake below this share of its grip, however hard the car corners."""

# per-vehicle parameter columns
V_MASS, V_INV_INERTIA, V_POWER, V_MAX_DRIVE, V_STEER_MAX, V_STEER_STEP = range(6)
V_INV_STEER_SPEED, V_DRAG_AREA, V_REVERSE_SPEED, V_NITRO_BURN, V_NITRO_REFILL = range(6, 11)
V_NITRO_MULT, V_TANK_MAX, V_SPEED_LIMIT, V_LEAN_LOSS, V_SPEED_CAP = range(11, 16)
V_HANDBRAKE_GRIP, V_TRANSFER_K, V_WHEELS, V_ABS, V_TC = range(16, 21)
V_COLUMNS = 21

# per-wheel parameter columns
W_RX, W_RY, W_FRONT, W_REAR, W_STATIC_LOAD, W_MASS, W_STIFFNESS = range(7)
W_DRIVE_SHARE, W_BRAKE, W_ROLLING, W_TRANSFER_SIGN = range(7, 11)
W_COLUMNS = 11

# per-vehicle state columns (mutable, carried from step to step)
S_STEER, S_TANK, S_NITRO_ON, S_DAMAGE, S_WRECKED, S_ACCEL_LONG = range(6)
S_FALL_T, S_FALL_HEADING = 6, 7
S_COLUMNS = 8

# per-vehicle observation columns (written each step, for the snapshot)
O_FWD, O_SIDE, O_REVERSING, O_NITRO_CHANGE, O_FALL_CHANGE = range(5)
O_COLUMNS = 5


@njit(cache=True)
def fleet_step(
    bodies: F64,
    rows: npt.NDArray[np.intp],
    controls: F64,
    vp: F64,
    wp: F64,
    mu_table: F64,
    drag_table: F64,
    draft: F64,
    grid: npt.NDArray[np.uint8],
    grid_geometry: F64,
    state: F64,
    out_bodies: F64,
    out_observed: F64,
    out_surface: npt.NDArray[np.uint8],
    out_sliding: npt.NDArray[np.bool_],
    dt: float,
) -> int:
    """Advance every vehicle's velocity by one step of tyre and air forces.

    ``bodies`` holds pymunk's batch rows (x, y, angle, vx, vy, omega); vehicle
    ``i`` is row ``rows[i]``. New (vx, vy, omega) go to the same row of
    ``out_bodies``. ``controls`` rows are (throttle, brake, steer, handbrake,
    nitrous); out-of-range values are clamped and non-finite ones read as 0,
    so no input can blow the physics up. ``draft[i]`` is the share of vehicle
    ``i``'s air drag spared by slipstream (:mod:`game.sim.draft`).
    ``grid_geometry`` is (origin x, origin y, 1/cell size, outside surface id).
    Returns how many vehicles switched
    their nitrous on or off, fell or got back up (``O_NITRO_CHANGE``,
    ``O_FALL_CHANGE``).
    """
    changes = 0
    n_rows, n_cols = grid.shape
    ox, oy, inv_cell, outside = grid_geometry[0], grid_geometry[1], grid_geometry[2], grid_geometry[3]
    for i in range(rows.shape[0]):
        r = rows[i]
        x, y, angle = bodies[r, 0], bodies[r, 1], bodies[r, 2]
        vx, vy, omega = bodies[r, 3], bodies[r, 4], bodies[r, 5]
        throttle = _unit(controls[i, 0], 0.0)
        brake = _unit(controls[i, 1], 0.0)
        steer_in = _unit(controls[i, 2], -1.0)
        handbrake = controls[i, 3] > 0.5
        nitrous = controls[i, 4] > 0.5
        damage = state[i, S_DAMAGE]
        wrecked = state[i, S_WRECKED] > 0.5
        if wrecked:
            throttle, brake, steer_in, handbrake, nitrous = 0.0, WRECK_BRAKE, 0.0, False, False

        c, s = math.cos(angle), math.sin(angle)
        fwd = c * vx + s * vy
        side = -s * vx + c * vy
        speed = math.sqrt(vx * vx + vy * vy)
        out_observed[i, O_FALL_CHANGE] = 0.0
        if state[i, S_FALL_T] > 0.0:
            changes += _slide_fallen(
                i, r, vx, vy, omega, speed, fwd, side, vp, state, out_bodies, out_observed, dt
            )
            continue

        # Brake held at (near) standstill with the throttle released means reverse.
        reversing = brake > 0.0 and throttle <= 0.0 and fwd < 0.5 and not wrecked
        drive = -brake if reversing else throttle
        brake_cmd = 0.0 if reversing else brake

        was_on = state[i, S_NITRO_ON] > 0.5
        tank = state[i, S_TANK]
        boosting = nitrous and tank > 0.0 and drive > 0.0
        if boosting:
            tank = max(tank - vp[i, V_NITRO_BURN] * dt, 0.0)
        elif not nitrous:
            tank = min(tank + vp[i, V_NITRO_REFILL] * dt, vp[i, V_TANK_MAX])
        state[i, S_TANK] = tank
        state[i, S_NITRO_ON] = 1.0 if boosting else 0.0
        boost = vp[i, V_NITRO_MULT] if boosting else 1.0

        power = vp[i, V_POWER] * boost
        engine = min(power / max(abs(fwd), MIN_SLIP_SPEED), vp[i, V_MAX_DRIVE] * boost)
        engine *= 1.0 - DAMAGE_POWER_LOSS * damage  # a battered engine pulls less at every speed
        if (fwd > vp[i, V_SPEED_LIMIT] and not boosting) or fwd < -vp[i, V_REVERSE_SPEED]:
            engine = 0.0
        engine_force = drive * engine

        steer_max = vp[i, V_STEER_MAX]
        lock = speed_lock(steer_max, vp[i, V_INV_STEER_SPEED], speed)
        # Counter-steer: steering toward where the tail is sliding may add the
        # slide angle to the speed-limited lock, so a driver can always point
        # the front wheels where the car is going and catch a slide. The
        # tail's slide is the rear axle's: in a turn the tyres hold it is
        # zero, however far the body points off its path at parking speed.
        slip = math.atan2(side, fwd) if speed > 2.0 else 0.0  # over +-pi, as dynamics.slip_angle
        rear_x = wp[i, int(vp[i, V_WHEELS]) - 1, W_RX]
        tail = math.atan2(side + omega * rear_x, fwd) if speed > 2.0 else 0.0
        lock = available_lock(steer_max, lock, steer_in, slip, tail)
        lock *= 1.0 - DAMAGE_STEER_LOSS * damage
        target = steer_in * lock
        if steer_in == 0.0 and fwd > 2.0:
            # Hands off, caster turns the front wheels toward where the front
            # axle is going, as a real steering wheel spins in a slide: a
            # released key lets a moderate slide straighten itself.
            front_path = math.atan2(side + omega * wp[i, 0, W_RX], fwd)
            reach = counter_lock(steer_max, lock, tail)
            target = CASTER * min(max(front_path, -reach), reach)
        step = vp[i, V_STEER_STEP]
        steer = state[i, S_STEER]
        steer += min(max(target - steer, -step), step)
        state[i, S_STEER] = steer
        cos_steer, sin_steer = math.cos(steer), math.sin(steer)
        shift = vp[i, V_TRANSFER_K] * state[i, S_ACCEL_LONG]
        has_abs = vp[i, V_ABS] > 0.5
        has_tc = vp[i, V_TC] > 0.5 and not handbrake and speed > TC_MIN_SPEED
        # how far over a bike leans: its cornering force in g (1 = full lean)
        lean = min(1.0, abs(speed * omega) / G)

        fx = 0.0
        fy = 0.0
        torque = 0.0
        worst_tyre_slip = 0.0
        for k in range(int(vp[i, V_WHEELS])):
            rx, ry = wp[i, k, W_RX], wp[i, k, W_RY]
            front = wp[i, k, W_FRONT] > 0.5
            rear = wp[i, k, W_REAR] > 0.5
            wc, ws = (cos_steer, sin_steer) if front else (1.0, 0.0)
            # velocity of the contact patch, then in the wheel's own frame
            wvx = fwd - omega * ry
            wvy = side + omega * rx
            vf = wvx * wc + wvy * ws
            vs = -wvx * ws + wvy * wc

            col = math.floor((x + c * rx - s * ry - ox) * inv_cell)
            row = math.floor((y + s * rx + c * ry - oy) * inv_cell)
            inside = 0 <= row < n_rows and 0 <= col < n_cols
            surface = grid[row, col] if inside else np.uint8(outside)
            out_surface[i, k] = surface

            static = wp[i, k, W_STATIC_LOAD]
            load = max(static + shift * wp[i, k, W_TRANSFER_SIGN], 0.1 * static)
            mu = mu_table[i, k, surface]
            if handbrake and rear:
                mu *= vp[i, V_HANDBRAKE_GRIP]
            if front:
                mu *= 1.0 - vp[i, V_LEAN_LOSS] * brake_cmd * lean
            f_max = mu * load

            wheel_mass = wp[i, k, W_MASS]
            stop_force = wheel_mass / dt  # per m/s: stops the wheel's share of mass in one step
            lateral = -vs * min(wp[i, k, W_STIFFNESS] * load / max(abs(vf), MIN_SLIP_SPEED), stop_force)
            resist = brake_cmd * wp[i, k, W_BRAKE] + wp[i, k, W_ROLLING]
            if has_abs:
                # anti-lock: never brake harder than the tyre can take and still steer;
                # at the rear, brake only from the grip the corner leaves over, so
                # braking into a bend does not throw the tail out
                resist = min(resist, ABS_SHARE * f_max)
                if rear:
                    spare = math.sqrt(max(f_max * f_max - lateral * lateral, 0.0))
                    resist = min(resist, max(spare, ABS_REAR_FLOOR * f_max))
            if handbrake and rear:
                resist = f_max  # locked wheel: all the grip it has goes to stopping it
            drive_force = engine_force * wp[i, k, W_DRIVE_SHARE]
            if has_tc and drive_force > 0.0:
                # traction control: power only from the grip the corner leaves over
                spare = TC_SHARE * math.sqrt(max(f_max * f_max - lateral * lateral, 0.0))
                drive_force = min(drive_force, max(spare, TC_FLOOR * f_max))
            longitudinal = drive_force - min(max(vf * stop_force, -resist), resist)
            magnitude = math.sqrt(longitudinal * longitudinal + lateral * lateral)
            sliding = magnitude > f_max
            if sliding:
                scale = f_max / magnitude
                longitudinal *= scale
                lateral *= scale
            out_sliding[i, k] = sliding
            if sliding:
                worst_tyre_slip = max(worst_tyre_slip, math.atan2(abs(vs), max(abs(vf), MIN_SLIP_SPEED)))
            sink = drag_table[surface] * wheel_mass  # sand and grass drag at the wheel
            longitudinal -= sink * vf
            lateral -= sink * vs

            bx = longitudinal * wc - lateral * ws
            by = longitudinal * ws + lateral * wc
            fx += bx
            fy += by
            torque += rx * by - ry * bx

        mass = vp[i, V_MASS]
        # Filtered, so the shifted load cannot feed back into a step-to-step oscillation.
        state[i, S_ACCEL_LONG] = 0.75 * state[i, S_ACCEL_LONG] + 0.25 * fx / mass
        drag = vp[i, V_DRAG_AREA] * (1.0 - draft[i]) * speed  # x 1.0 exactly in clean air
        nvx = vx + (c * fx - s * fy - drag * vx) * dt / mass
        nvy = vy + (s * fx + c * fy - drag * vy) * dt / mass
        new_speed = math.sqrt(nvx * nvx + nvy * nvy)
        cap = vp[i, V_SPEED_CAP]
        if new_speed > cap:
            nvx *= cap / new_speed
            nvy *= cap / new_speed
        out_bodies[r, 0] = nvx
        out_bodies[r, 1] = nvy
        out_bodies[r, 2] = omega + torque * dt * vp[i, V_INV_INERTIA]

        out_observed[i, O_FWD] = fwd
        out_observed[i, O_SIDE] = side
        out_observed[i, O_REVERSING] = 1.0 if reversing else 0.0
        out_observed[i, O_NITRO_CHANGE] = (1.0 if boosting else 0.0) - (1.0 if was_on else 0.0)
        if boosting != was_on:
            changes += 1
        slid = worst_tyre_slip > FALL_SLIP or (abs(slip) > FALL_BODY_SLIP and speed > FALL_BODY_SPEED)
        if vp[i, V_WHEELS] < 3.0 and slid and speed > FALL_MIN_SPEED:
            # a two-wheeler does not slide sideways for long: it goes down
            state[i, S_FALL_T] = FALL_S
            state[i, S_FALL_HEADING] = math.atan2(vy, vx)
            state[i, S_NITRO_ON] = 0.0
            out_observed[i, O_FALL_CHANGE] = 1.0
            changes += 1
    return changes


@njit(cache=True)
def _slide_fallen(
    i: int,
    r: int,
    vx: float,
    vy: float,
    omega: float,
    speed: float,
    fwd: float,
    side: float,
    vp: F64,
    state: F64,
    out_bodies: F64,
    out_observed: F64,
    dt: float,
) -> int:
    """One step of a fallen bike sliding to a stop on its side; returns 1 on the step it is stood up."""
    slow = min(FALL_FRICTION * G * dt, speed)
    scale = (speed - slow) / speed if speed > 1e-9 else 0.0
    out_bodies[r, 0] = vx * scale
    out_bodies[r, 1] = vy * scale
    out_bodies[r, 2] = omega * max(0.0, 1.0 - 4.0 * dt)
    out_observed[i, O_FWD] = fwd
    out_observed[i, O_SIDE] = side
    out_observed[i, O_REVERSING] = 0.0
    out_observed[i, O_NITRO_CHANGE] = 0.0
    left = state[i, S_FALL_T] - dt
    if left <= 0.0 and speed - slow > FALL_STOPPED:
        left = dt  # still sliding: the rider gets up once the bike has stopped
    state[i, S_FALL_T] = max(left, 0.0)
    if state[i, S_FALL_T] > 0.0:
        return 0
    out_observed[i, O_FALL_CHANGE] = -1.0
    return 1


@njit(cache=True)
def speed_lock(steer_max: float, inv_steer_speed: float, speed: float) -> float:
    """Steering lock (rad) available at ``speed``, before counter-steer and damage.

    It narrows with speed, as a real rack's useful range does; how a
    player's digital key maps onto it is the steering assist's business
    (``game.sim.assist``), not the physics'.
    """
    return steer_max / (1.0 + speed * inv_steer_speed)


@njit(cache=True)
def available_lock(steer_max: float, lock: float, steer: float, slip: float, tail: float) -> float:
    """Full-lock wheel angle (rad) for a steering input of sign ``steer``, before damage.

    Steering the way the body is already pointing off its path (the inward
    slip of any tight turn) may use the whole rack, up to ``steer_max``;
    steering toward a sliding tail (a catch) may use ``counter_lock``.
    """
    out = lock
    if steer * slip > 0.0:
        out = min(steer_max, lock + abs(slip))
    if steer * tail > 0.0:
        out = max(out, counter_lock(steer_max, lock, tail))
    return out


@njit(cache=True)
def counter_lock(steer_max: float, lock: float, slip: float) -> float:
    """Wheel angle (rad) available when steering toward the direction of travel.

    The speed-limited ``lock`` plus the slide angle, up to the larger of the
    car's own full lock and ``COUNTER_STEER_MAX``: a front wheel that cannot
    point where the front axle is going keeps pulling the slide round, so
    every car gets the lock a drift car has for the catch.
    """
    return min(max(steer_max, COUNTER_STEER_MAX), lock + abs(slip))


@njit(cache=True)
def _unit(value: float, low: float) -> float:
    """``value`` clamped to [low, 1]; NaN reads as 0 (no input)."""
    if not math.isfinite(value):
        return 0.0
    return min(max(value, low), 1.0)
