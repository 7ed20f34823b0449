"""Test rigs for wall contact: scrape a straight wall, hit it head-on, escape a pocket.

Every run drives the car with plain :class:`Controls` through the world's own
step, as a player would; a car is only ever given its speed (``launched``) before it moves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pymunk

from game.sim.circuits import open_pad
from game.sim.controls import Controls
from game.sim.snapshot import VehicleView
from game.sim.track import Track, Wall
from game.sim.vehicle import VehicleSpec
from game.sim.world import DT, WALL_TYPE, World

KMH = 3.6
PAD = 3000.0
WALL_Y = PAD / 2.0
"""A straight wall across the pad (y down: the car comes from above, at smaller y)."""


@dataclass(frozen=True, slots=True)
class WallRun:
    entry_kmh: float
    """Speed when the car first touched the wall."""
    after_kmh: float
    """Speed ``contact_s`` after the first touch."""
    kept: float
    """after / entry."""
    travel_deg: float
    """Direction of travel relative to the wall at the end (0 = along it, 90 = into it)."""
    damage: float
    stuck: bool
    """Still on the wall and slower than 2 m/s at the end."""

    def row(self) -> str:
        return (
            f"entry {self.entry_kmh:6.1f} km/h  after {self.after_kmh:6.1f}  kept {self.kept:5.0%}  "
            f"travel {self.travel_deg:5.1f} deg  damage {self.damage:.3f}  stuck {self.stuck}"
        )


def wall_world(spec: VehicleSpec, angle_deg: float, kmh: float) -> tuple[World, float]:
    """A pad with one long straight wall; the car placed so it reaches ``kmh`` before meeting
    the wall at ``angle_deg``. Returns the world and the target speed (m/s)."""
    target = kmh / KMH
    angle = math.radians(angle_deg)
    # Room to get up to speed (generous: slow cars take ~v^2 / 2a with a ~ 2 m/s^2 at the top).
    run = 60.0 + target * target / 3.0
    wall = Wall(((0.0, WALL_Y), (PAD, WALL_Y)), name="straight wall")
    world = World(open_pad(size=PAD, cell_m=50.0, walls=(wall,)))
    start_y = WALL_Y - 1.5 - run * math.sin(angle)
    start_x = 100.0
    world.add_vehicle(spec, start_x, start_y, angle)
    return world, target


def _cruise(view: VehicleView, target: float) -> Controls:
    error = target - view.speed
    return Controls(throttle=max(0.0, min(1.0, 0.3 + 0.5 * error)), brake=max(0.0, min(1.0, -0.2 * error)))


def wall_run(
    spec: VehicleSpec,
    angle_deg: float,
    kmh: float,
    throttle: float = 0.0,
    steer: float = 0.0,
    contact_s: float = 1.0,
    limit_s: float = 90.0,
) -> WallRun:
    """Drive straight at the wall at ``angle_deg`` and ``kmh``; then, from the first touch,
    hold ``throttle`` and ``steer`` (positive: toward the wall) for ``contact_s`` and report."""
    world, target = wall_world(spec, angle_deg, kmh)
    view = world.vehicle_view(0)
    steps = 0
    before = view.speed
    while not view.touching_wall:
        before = view.speed  # the speed of the last step before the touch
        world.step({0: _cruise(view, target)})
        view = world.vehicle_view(0)
        steps += 1
        if steps * DT > limit_s:
            raise AssertionError(f"{spec.id} never reached the wall at {angle_deg} deg, {kmh} km/h")
    entry_kmh = max(before, 1e-6) * KMH
    hold = Controls(throttle=throttle, steer=steer)
    for _ in range(round(contact_s / DT)):
        world.step({0: hold})
    view = world.vehicle_view(0)
    travel = abs(math.degrees(math.atan2(view.vy, view.vx))) if view.speed > 0.3 else 90.0
    return WallRun(
        entry_kmh=entry_kmh,
        after_kmh=view.speed * KMH,
        kept=view.speed * KMH / entry_kmh,
        travel_deg=travel,
        damage=view.damage,
        stuck=view.touching_wall and view.speed < 2.0,
    )


@dataclass(frozen=True, slots=True)
class Escape:
    hit_kmh: float
    """Speed when the car first touched the pocket's wall."""
    damage: float
    freed_s: float
    """Seconds from the start of the escape until the car was clear (inf: never, within the limit)."""
    moved_m: float
    """How far the car got from where it stopped, at the end."""

    def row(self) -> str:
        return (
            f"hit {self.hit_kmh:5.1f} km/h  damage {self.damage:.3f}  "
            f"freed {self.freed_s:4.2f} s  moved {self.moved_m:5.1f} m"
        )


APPROACH_KMH = 35.0
"""A nose-in at a moderate speed: a car that ran wide, or a player who misjudged a turn."""
PUSH_S = 0.5
"""Throttle held against the wall after the hit, as a player does before realising."""
REVERSE_S = 1.5
REVERSE_M = 2.5
"""The escape reverses for this long, or this far, whichever comes first, then drives off."""
FREE_M = 3.0
FREE_SPEED = 2.0
"""Clear means touching no wall and either this far (m) from where the car stopped or
moving away from there at this speed (m/s; 80% of its reverse limit for a vehicle that
cannot reverse that fast)."""


def free_distance(world: World, x: float, y: float, heading: float, limit: float) -> float:
    """Distance from (x, y) along ``heading`` to the first wall surface (``limit`` if none)."""
    end = (x + limit * math.cos(heading), y + limit * math.sin(heading))
    hits = [
        h for h in world.space.segment_query((x, y), end, 0.0, _ANY) if h.shape.collision_type == WALL_TYPE
    ]
    return min((h.alpha * limit for h in hits), default=limit)


_ANY = pymunk.ShapeFilter()


def escape_run(
    world: World,
    apex: tuple[float, float],
    out_heading: float,
    limit_s: float = 3.0,
    approach_kmh: float = APPROACH_KMH,
) -> Escape:
    """Nose vehicle 0 (already placed, facing ``apex``) into the pocket, push, then drive out.

    The escape is what a player does: reverse (brake held at standstill)
    with the wheel turned one way for ``REVERSE_S``, then throttle with it
    turned the other way, so the nose swings toward the side with more room.
    """
    target = approach_kmh / KMH
    view = world.vehicle_view(0)
    before = 0.0
    for _ in range(round(10.0 / DT)):
        if view.touching_wall:
            break
        before = view.speed
        world.step({0: _cruise(view, target)})
        view = world.vehicle_view(0)
    else:
        raise AssertionError(f"{view.spec_id} never reached the pocket at {apex}")
    hit_kmh = before * KMH
    for _ in range(round(PUSH_S / DT)):
        world.step({0: Controls(throttle=1.0)})
    view = world.vehicle_view(0)
    stop = (view.x, view.y)
    # The side with more room, seen from the driver's seat (right is heading + 90 deg y down).
    room_right = free_distance(world, view.x, view.y, view.heading + math.radians(70.0), 30.0)
    room_left = free_distance(world, view.x, view.y, view.heading - math.radians(70.0), 30.0)
    swing = 1.0 if room_right >= room_left else -1.0  # the way the nose should swing
    if max(room_left, room_right) < 4.0:
        swing = 0.0  # a slot: back straight out
    spec = world.fleet.specs[0]
    # a bike backs away at walking pace at most: leaving at most of that counts too
    free_speed = min(FREE_SPEED, 0.8 * spec.reverse_kmh / KMH)
    freed = math.inf
    moved = 0.0
    reversing = True
    for i in range(round(limit_s / DT)):
        if reversing and (i * DT >= REVERSE_S or moved >= REVERSE_M):
            reversing = False
        # reversing, the nose swings against the wheel; then drive off with it the other way
        controls = Controls(brake=1.0, steer=-swing) if reversing else Controls(throttle=1.0, steer=swing)
        world.step({0: controls})
        view = world.vehicle_view(0)
        away = (view.x - stop[0], view.y - stop[1])
        moved = math.hypot(*away)
        leaving = view.speed >= free_speed and away[0] * view.vx + away[1] * view.vy > 0.0
        if not view.touching_wall and (moved >= FREE_M or leaving):
            freed = (i + 1) * DT
            break
    return Escape(hit_kmh, view.damage, freed, moved)


def pocket_world(track: Track, spec: VehicleSpec, apex: tuple[float, float], out_heading: float) -> World:
    """``track``'s world with the car backed off from ``apex`` along ``out_heading``, facing it."""
    world = World(track)
    x, y = apex
    room = 0.0
    for start in (1.2, 2.0, 3.0, 5.0, 8.0):  # from the first point clear of the walls' thickness
        ahead = (x + start * math.cos(out_heading), y + start * math.sin(out_heading))
        free = free_distance(world, *ahead, out_heading, 40.0)
        if free > 0.0:
            room = start + free
            break
    back = max(min(20.0, room - spec.length_m / 2.0 - 2.0), 2.0 + spec.length_m / 2.0)
    world.add_vehicle(
        spec, x + back * math.cos(out_heading), y + back * math.sin(out_heading), out_heading + math.pi
    )
    return world


def launched(track: Track, spec: VehicleSpec, x: float, y: float, heading: float, speed: float) -> World:
    """``track``'s world with the car at (x, y) already moving at ``speed`` along ``heading``.

    For scraping a circuit's own walls, where there is no room to build up speed in a
    straight line; the world re-reads the body after the velocity is set.
    """
    world = World(track)
    world.add_vehicle(spec, x, y, heading)
    world.bodies[0].velocity = (speed * math.cos(heading), speed * math.sin(heading))
    world._read_state()
    return world


def straight_stretches(
    track: Track, per_wall: int, length_m: float = 50.0
) -> list[tuple[float, float, float]]:
    """Up to ``per_wall`` points per wall, evenly spread, where the wall runs straight (within
    6 deg over the ``length_m`` ahead): (x, y, heading of the wall's drivable-side normal)."""
    from game.sim import walls

    reach = walls.Reach(track)
    found: list[tuple[float, float, float]] = []
    for wall in track.walls:
        if len(wall.points) < 8:
            continue  # the map's outer boundary: four long sides nobody reaches
        pts = walls.resample(wall, 1.0)
        n = len(pts)
        heading = walls.headings(pts, 8, wall.closed)
        ahead = round(length_m)
        good: list[tuple[float, float, float]] = []
        for k in range(0, n - (0 if wall.closed else ahead), 5):
            turn = (heading[(k + np.arange(-5, ahead)) % n] - heading[k] + np.pi) % (2 * np.pi) - np.pi
            if np.abs(turn).max() > math.radians(6.0):
                continue
            for side in (1.0, -1.0):
                normal = float(heading[k]) + side * math.pi / 2.0
                if reach(pts[k][0] + 3.0 * math.cos(normal), pts[k][1] + 3.0 * math.sin(normal)):
                    good.append((float(pts[k][0]), float(pts[k][1]), normal))
        step = max(len(good) // per_wall, 1)
        found += good[::step][:per_wall]
    return found


def circuit_scrape(
    track: Track, spec: VehicleSpec, at: tuple[float, float, float], angle_deg: float, kmh: float
) -> float:
    """Speed kept (share) 1 s after launching the car at ``kmh`` into the wall at ``at`` at
    ``angle_deg``, moving along it, wheel straight and throttle off."""
    x, y, normal = at
    angle = math.radians(angle_deg)
    along = normal - math.pi / 2.0  # either way along the wall will do
    off = track.wall_radius + spec.width_m / 2.0 + 0.3 + 6.0 * math.sin(angle)
    # of the two headings ``angle`` off the wall, the one closing on it
    heading = min((along + angle, along - angle), key=lambda h: math.cos(h - normal))
    speed = kmh / KMH
    world = launched(track, spec, x + off * math.cos(normal), y + off * math.sin(normal), heading, speed)
    touched = False
    for _ in range(round(1.0 / DT)):
        world.step({0: Controls()})
        touched = touched or world.vehicle_view(0).touching_wall
    assert touched, f"{spec.id} never met the wall at {at}"
    return world.vehicle_view(0).speed / speed
