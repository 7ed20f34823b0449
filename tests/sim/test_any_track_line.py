"""A line for any drivable track: missing, coarse or poor map lines are replaced, fast, alike every time."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest

from game.content.rivals import load_rivals
from game.paths import ASSETS_DIR
from game.sim.ai.line import RacingLine, build_line
from game.sim.ai.line_check import check_line, measure_line
from game.sim.ai.planner import NoLineError, compute_racing_line, plan_line
from game.sim.ai.profile import Personality
from game.sim.circuits import stadium_circuit
from game.sim.race import RaceConfig
from game.sim.session import Entrant, RaceSession
from game.sim.surfaces import Surface
from game.sim.track import Checkpoint, SurfaceGrid, Track, Wall
from game.sim.vehicle import VehicleSpec
from tests.sim.linekit import VARIANTS, coarse, no_line, small_polygons

BOOK = load_rivals(ASSETS_DIR / "rivals.toml")
FIELDS = ("pts", "tangent", "s", "curvature", "left", "right", "grip", "surface")


def _bundled(track_id: str) -> Track:
    if track_id == "test-stadium":
        return stadium_circuit()
    from game.content import catalog, tmx

    entry = catalog.find_track(track_id)
    return tmx.load_track(entry.file, track_id=entry.id)


def _circuit_ids() -> list[str]:
    from game.content import catalog

    return ["test-stadium", *(e.id for e in catalog.bundled_tracks() if e.kind == "circuit" and not e.error)]


def _same(a: RacingLine, b: RacingLine) -> bool:
    return a.length == b.length and all(np.array_equal(getattr(a, f), getattr(b, f)) for f in FIELDS)


@pytest.mark.parametrize("track_id", _circuit_ids())
def test_a_good_map_line_is_raced_exactly_as_drawn(track_id: str) -> None:
    track = _bundled(track_id)
    plan = plan_line(track)
    assert plan.source == "map" and plan.faults == ()
    assert _same(plan.line, build_line(track, track.racing_line))


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_a_poor_line_is_found_out_and_replaced(variant: str) -> None:
    track = VARIANTS[variant](_bundled("harbour"))
    plan = plan_line(track)
    assert plan.source == "computed"
    if track.racing_line:
        assert {f.kind for f in plan.faults} & {"wall", "off"}
    assert check_line(track, plan.line.pts, plan.line) == []


def _race(track: Track, spec: VehicleSpec) -> list[tuple[str, bool, int, int]]:
    field = [Entrant(f"car {i}", spec, BOOK.skill("normal"), Personality()) for i in range(8)]
    session = RaceSession(track, field, RaceConfig(laps=3), seed=1)
    return [(r.name, r.finished and r.laps == 3, r.respawns, r.stuck_respawns) for r in session.run()]


RACES: list[tuple[str, str]] = [
    ("harbour", "no line"),
    ("harbour", "coarse line"),
    ("harbour", "line through a wall"),
    ("harbour", "small wall polygons, coarse line"),
    ("red-rock", "no line"),  # a dirt stage: the planner must drive on it
    ("city-night", "small wall polygons, coarse line"),
]


@pytest.mark.parametrize(("track_id", "variant"), RACES)
def test_eight_rivals_finish_three_laps_without_a_respawn_loop(
    track_id: str, variant: str, specs: dict[str, VehicleSpec]
) -> None:
    results = _race(VARIANTS[variant](_bundled(track_id)), specs["subaru"])
    assert all(done for _, done, _, _ in results), results
    assert sum(r for _, _, r, _ in results) <= 1 and all(s == 0 for _, _, _, s in results), results


def test_many_small_wall_polygons_are_measured_exactly_and_quickly() -> None:
    track = small_polygons(_bundled("autobahn"), piece_m=1.0)  # about 8,000 polygons
    assert len(track.walls) > 5000
    line = measure_line(track, track.racing_line)
    assert _same(line, build_line(track, track.racing_line))
    bare = no_line(track)
    start = time.perf_counter()
    plan_line(bare)
    assert time.perf_counter() - start < 8.0  # 7 s before the grid and the room were vectorised, ~1 s now


def test_the_computed_line_is_the_same_every_time() -> None:
    track = coarse(small_polygons(_bundled("red-rock")), 8)
    first = compute_racing_line(track)
    assert np.array_equal(first, compute_racing_line(track))
    assert _same(plan_line(track).line, plan_line(track).line)


def test_gates_with_no_drivable_way_between_them_are_named() -> None:
    track = stadium_circuit()
    gate = sorted(track.checkpoints, key=lambda c: c.index)[1]
    a, b = complex(*gate.a), complex(*gate.b)
    along = (b - a) / abs(b - a)
    p, q = a - 20 * along + 6 * along * 1j, b + 20 * along + 6 * along * 1j  # across the road, past the gate
    block = Wall(((p.real, p.imag), (q.real, q.imag)), name="blocker")
    blocked = dataclasses.replace(track, walls=(*track.walls, block), racing_line=())
    with pytest.raises(NoLineError) as err:
        plan_line(blocked)
    assert err.value.here and err.value.there
    # with its own line (which now crosses the wall) the map keeps it, and says what is wrong
    poor = dataclasses.replace(blocked, racing_line=track.racing_line)
    plan = plan_line(poor)
    assert plan.source == "map-poor" and plan.error is not None and plan.faults[0].kind == "wall"


def _square_ring(line_at: float) -> Track:
    """A square ring road 20 m wide; the line a square ``line_at`` m outside the inner wall."""
    cells = np.full((100, 100), Surface.ASPHALT, dtype=np.uint8)
    inner = ((40.0, 40.0), (160.0, 40.0), (160.0, 160.0), (40.0, 160.0))
    outer = ((20.0, 20.0), (180.0, 20.0), (180.0, 180.0), (20.0, 180.0))
    lo, hi = 40.0 - line_at, 160.0 + line_at
    return Track(
        id="square",
        name="Square",
        width_m=200.0,
        height_m=200.0,
        surfaces=SurfaceGrid(cells, 2.0),
        walls=(Wall(inner, closed=True, name="inner"), Wall(outer, closed=True, name="outer")),
        finish=Checkpoint(-1, (100.0, 20.0), (100.0, 40.0)),
        racing_line=((lo, lo), (hi, lo), (hi, hi), (lo, hi)),
    )


@pytest.mark.parametrize(
    ("line_at", "kind"),
    [(10.0, None), (1.8, "kink"), (1.2, "narrow"), (-1.0, "wall")],
)
def test_line_faults(line_at: float, kind: str | None) -> None:
    track = _square_ring(abs(line_at))
    if line_at < 0:  # one corner cut across the infield
        track = dataclasses.replace(track, racing_line=(*track.racing_line[:3], (60.0, 140.0)))
    faults = check_line(track, track.racing_line)
    assert [f.kind for f in faults][:1] == ([kind] if kind else [])
    if kind in ("narrow", "wall"):
        assert faults[0].wall == "inner"


def test_a_line_over_the_grass_is_off_the_track() -> None:
    track = _square_ring(10.0)
    cells = track.surfaces.cells.copy()
    cells[:, 5:12] = Surface.GRASS  # the left side of the ring, 10..24 m, where the line runs at 30 m
    cells[:, 12:17] = Surface.GRASS
    grassy = dataclasses.replace(track, surfaces=SurfaceGrid(cells, 2.0))
    assert [f.kind for f in check_line(grassy, grassy.racing_line)] == ["off"]
