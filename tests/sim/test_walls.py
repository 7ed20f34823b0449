"""Walls you can scrape: a glancing touch slides, a head-on hit stops and damages, no pocket pins.

Promise 6 of the handling issue. Every run drives through the world's own
step with plain controls (wallkit); nothing respawns a car once it moves.
"""

from __future__ import annotations

import math

import pytest

from game.content.library import Library
from game.sim import walls
from game.sim.circuits import open_pad
from game.sim.track import Track, Wall
from tests.sim import wallkit

LIBRARY = Library()
SPECS = LIBRARY.vehicles()
CARS = [vid for vid, s in SPECS.items() if s.kind == "car"]
CIRCUITS = [o.id for o in LIBRARY.circuits()]


def _track(track_id: str) -> Track:
    return LIBRARY.load(track_id).track


# -- scraping ---------------------------------------------------------------


@pytest.mark.parametrize("vid", CARS)
def test_a_shallow_hit_keeps_most_of_the_speed_and_slides_along(vid: str) -> None:
    """<= 20 deg into a straight wall: >= 70% of the speed 1 s after the touch, travelling along it.

    Wheel straight and throttle off (only the wall and the tyres take speed),
    and throttle held with the wheel turned into the wall (a car run wide).
    """
    spec = SPECS[vid]
    runs = [
        (angle, kmh, throttle, steer, wallkit.wall_run(spec, angle, kmh, throttle=throttle, steer=steer))
        for angle in (5.0, 20.0)
        for kmh, throttle, steer in ((60.0, 0.0, 0.0), (150.0, 0.0, 0.0), (100.0, 1.0, 1.0))
    ]
    for angle, kmh, throttle, steer, run in runs:
        what = f"{vid} at {angle:.0f} deg, {kmh:.0f} km/h, throttle {throttle}, steer {steer}: {run.row()}"
        assert run.kept >= 0.70, what
        assert run.travel_deg < 10.0, what  # sliding along the wall, not bounced off or stopped
        assert not run.stuck, what


@pytest.mark.parametrize("track_id", CIRCUITS)
def test_scraping_a_circuits_own_walls_keeps_the_speed(track_id: str) -> None:
    """The walls of a traced map (jogs of half a tile and all) scrape as cleanly as a straight one."""
    track = _track(track_id)
    stretches = wallkit.straight_stretches(track, per_wall=3)
    assert len(stretches) >= 4, f"{track_id}: too few straight stretches of wall to scrape"
    for vid in ("mustang", "bmw"):
        for at in stretches:
            kept = wallkit.circuit_scrape(track, SPECS[vid], at, angle_deg=20.0, kmh=100.0)
            assert kept >= 0.70, f"{track_id}: {vid} kept {kept:.0%} scraping the wall at {at}"


# -- head-on ----------------------------------------------------------------


@pytest.mark.parametrize("vid", list(SPECS))
def test_a_head_on_hit_stops_the_car_and_damages_it(vid: str) -> None:
    spec = SPECS[vid]
    kmh = min(60.0, 0.85 * spec.expect_top_kmh[0])
    run = wallkit.wall_run(spec, 90.0, kmh)
    assert run.after_kmh < 0.2 * run.entry_kmh, f"{vid}: {run.row()}"
    assert run.damage > 0.0, f"{vid}: {run.row()}"


# -- pockets ----------------------------------------------------------------


def _circuit_pockets() -> list[tuple[str, walls.PocketKind]]:
    return [
        (track_id, kind)
        for track_id in CIRCUITS
        for kind in sorted(walls.representatives(walls.pockets(_track(track_id))))
    ]


CIRCUIT_POCKETS = _circuit_pockets()


def test_every_circuit_has_a_pocket_to_test() -> None:
    """The pocket test below is not vacuous: each circuit has at least one concave corner."""
    assert {track_id for track_id, _ in CIRCUIT_POCKETS} == set(CIRCUITS)


def _escape_all(track: Track, pocket: walls.Pocket, where: str) -> None:
    failures = []
    for vid, spec in SPECS.items():
        world = wallkit.pocket_world(track, spec, (pocket.x, pocket.y), pocket.out_heading)
        run = wallkit.escape_run(world, (pocket.x, pocket.y), pocket.out_heading)
        assert run.hit_kmh > 15.0, f"{vid} reached the {pocket.kind} at {where} too slowly: {run.row()}"
        if not run.freed_s <= 3.0:
            failures.append(f"{vid}: {run.row()}")
    assert not failures, (
        f"pinned in the {pocket.kind} at {where} ({pocket.x:.1f}, {pocket.y:.1f}): {failures}"
    )


@pytest.mark.parametrize(("track_id", "kind"), CIRCUIT_POCKETS)
def test_no_vehicle_stays_pinned_in_a_circuit_pocket(track_id: str, kind: walls.PocketKind) -> None:
    """Every vehicle, nosed into the tightest pocket of each kind at 35 km/h and pushing on,
    drives free (reverse with the wheel turned, then off the other way) within 3 s."""
    track = _track(track_id)
    pocket = walls.representatives(walls.pockets(track))[kind]
    _escape_all(track, pocket, track_id)


def _pad(*wall_list: Wall) -> Track:
    return open_pad(size=400.0, cell_m=20.0, walls=wall_list)


def _vee(opening_deg: float) -> Track:
    """A V of two 30 m walls meeting at (200, 200), opening toward -y (up the screen)."""
    out = -math.pi / 2.0
    half = math.radians(opening_deg) / 2.0
    arm = [
        (200.0 + 30.0 * math.cos(out + s * half), 200.0 + 30.0 * math.sin(out + s * half)) for s in (-1, 1)
    ]
    return _pad(Wall((arm[0], (200.0, 200.0), arm[1]), name=f"vee {opening_deg:.0f}"))


def _slot(width_m: float = 3.5, depth_m: float = 14.0) -> Track:
    """A dead-end slot ``width_m`` clear between wall surfaces, open toward -x."""
    half = width_m / 2.0 + 0.5  # wall centre lines (radius 0.5)
    x0, x1, y = 170.0, 170.0 + depth_m, 200.0
    return _pad(Wall(((x0, y - half), (x1, y - half), (x1, y + half), (x0, y + half)), name="slot"))


SHAPES: dict[str, tuple[Track, walls.PocketKind]] = {
    "square vee": (_vee(90.0), "square-corner"),
    "sharp vee": (_vee(45.0), "sharp-corner"),
    "open vee": (_vee(135.0), "open-corner"),
    "dead-end slot": (_slot(), "dead-end"),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_the_pocket_finder_names_each_kind(shape: str) -> None:
    track, kind = SHAPES[shape]
    found = walls.representatives(walls.pockets(track))
    assert kind in found, f"{shape}: found {sorted(found)}"
    pocket = found[kind]
    if kind == "dead-end":
        assert pocket.gap_m == pytest.approx(3.5, abs=0.2)
        assert math.cos(pocket.out_heading - math.pi) > 0.95  # out of the slot's open end (-x)
    else:
        assert math.dist((pocket.x, pocket.y), (200.0, 200.0)) < 2.5
        assert math.sin(pocket.out_heading) < -0.95  # into the vee's mouth (-y)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_no_vehicle_stays_pinned_in_a_built_pocket(shape: str) -> None:
    """Kinds the bundled circuits lack (a sharp vee, a dead-end slot) are tested on a pad."""
    track, kind = SHAPES[shape]
    _escape_all(track, walls.representatives(walls.pockets(track))[kind], shape)


def test_collision_outline_drops_only_detail_finer_than_the_wall() -> None:
    """A half-tile jog goes; a real corner stays; the outline never moves more than the radius."""
    jog = Wall(((0.0, 0.0), (36.0, 0.0), (36.5, 0.5), (40.0, 1.0), (72.0, 1.0), (72.0, 40.0)))
    kept = [a for a, _ in walls.collision_segments(jog, 0.5)] + [walls.collision_segments(jog, 0.5)[-1][1]]
    assert (36.5, 0.5) not in kept
    assert kept[0] == (0.0, 0.0) and kept[-1] == (72.0, 40.0) and (72.0, 1.0) in kept
    for p in jog.points:
        nearest = min(_distance_to_segment(p, a, b) for a, b in walls.collision_segments(jog, 0.5))
        assert nearest <= 0.5


def _distance_to_segment(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def test_a_closed_outline_is_simplified_all_the_way_round() -> None:
    square = ((0.0, 0.0), (10.0, 0.0), (10.0, 0.2), (10.0, 10.0), (0.0, 10.0))
    assert walls.simplified(square, closed=True, tolerance=0.5) == [
        (0.0, 0.0),
        (10.0, 0.0),
        (10.0, 10.0),
        (0.0, 10.0),
    ]
