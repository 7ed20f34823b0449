"""Every bundled map meets the map format and is fit to race on.

Read with an independent ElementTree parser (``tmxread``) and, as a second
opinion, through the game's own loader. The checks are the ones a player would
notice: the grid is on the road and clear of the walls, checkpoints come in
driving order and span the track, and a lap takes 45 s to 2 min.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from assets.art.freeroam import FREE_MAPS
from assets.art.tracks import CIRCUITS
from game.paths import LEVELS_DIR
from tests.levels.tmxread import (
    SURFACES,
    Map,
    closed_length,
    crossings_along,
    read_map,
    seg_intersection,
    seg_point_distance,
)

CIRCUIT_IDS = [c.id for c in CIRCUITS]
FREE_IDS = [m.id for m in FREE_MAPS]
STYLE = {c.id: c.style for c in CIRCUITS}
LAP_RANGE = {"fast": (2000.0, 3500.0), "twisty": (1500.0, 2500.0)}
REQUIRED_PLACES = {"city-night", "harbour", "autobahn", "vegas-strip", "nevada-desert", "red-rock"}
LAYER_CLASSES = {
    "physics": {"Wall", "SurfaceZone", "Prop"},
    "race": {"StartSlot", "Checkpoint", "FinishLine"},
    "ai": {"RacingLine", "Road"},
    "mission": {"Trigger"},
}
ROAD = {"asphalt", "concrete", "kerb", "dirt"}


def _map(map_id: str) -> Map:
    return read_map(LEVELS_DIR / f"{map_id}.tmx")


def test_the_brief_s_places_are_all_bundled() -> None:
    assert set(CIRCUIT_IDS) >= REQUIRED_PLACES
    assert len(CIRCUIT_IDS) >= 6 and FREE_IDS
    for map_id in CIRCUIT_IDS + FREE_IDS:
        assert (LEVELS_DIR / f"{map_id}.tmx").is_file(), map_id


@pytest.mark.parametrize("map_id", CIRCUIT_IDS + FREE_IDS)
def test_map_header_layers_and_tilesets(map_id: str) -> None:
    m = _map(map_id)
    assert m.attrs["orientation"] == "orthogonal" and m.attrs["infinite"] == "0"
    assert m.attrs["tilewidth"] == m.attrs["tileheight"] == "32"
    assert 0 < m.width <= 400 and 0 < m.height <= 400
    assert m.props["pixels_per_metre"] == ("float", "8")
    assert m.props["name"][1]
    assert m.props["kind"][1] == ("free-roam" if map_id in FREE_IDS else "circuit")
    assert m.props["night"][0] == "bool" and m.props["laps"][0] == "int"
    assert set(m.tile_layers) == {"ground", "decor", "overhead"}
    assert set(m.encodings.values()) == {"csv"}
    for name, data in m.tile_layers.items():
        assert len(data) == m.width * m.height, name
    for _, ts in m.tilesets:
        assert ts.is_file() and ts.suffix == ".tsx"
        assert ts.is_relative_to(m.path.parent.resolve())
    for layer, objs in m.object_layers.items():
        assert layer in LAYER_CLASSES
        for o in objs:
            assert o.type in LAYER_CLASSES[layer], (layer, o.type, o.name)
            assert o.shape in ("point", "polygon", "polyline", "rect")


@pytest.mark.parametrize("map_id", CIRCUIT_IDS + FREE_IDS)
def test_every_ground_tile_has_a_surface(map_id: str) -> None:
    m = _map(map_id)
    seen = set()
    for gid in set(m.tile_layers["ground"]):
        assert gid, "ground has holes"
        surface = m.tile_props(gid).get("surface")
        assert surface in SURFACES, (gid, surface)
        seen.add(surface)
    assert "asphalt" in seen


@pytest.mark.parametrize("map_id", CIRCUIT_IDS)
def test_grid_sits_on_asphalt_clear_of_walls(map_id: str) -> None:
    m = _map(map_id)
    slots = sorted(m.objects("StartSlot"), key=lambda o: int(o.props["index"]))
    assert [int(s.props["index"]) for s in slots] == list(range(8))
    walls = m.walls()
    finish = m.objects("FinishLine")[0].points
    fx, fy = (finish[0][0] + finish[1][0]) / 2, (finish[0][1] + finish[1][1]) / 2
    for s in slots:
        (x, y), heading = s.points[0], math.radians(s.rotation)
        assert m.surface_at(x, y) == "asphalt", s.name
        clearance = min(seg_point_distance((x, y), a, b) for a, b in walls)
        assert clearance >= 4.0, (s.name, clearance)
        # behind the line and facing it
        to_line = (fx - x) * math.cos(heading) + (fy - y) * math.sin(heading)
        assert 2.0 < to_line < 40.0, (s.name, to_line)
    pole = slots[0].points[0]
    assert all(math.dist(pole, s.points[0]) >= 3.9 for s in slots[1:])


@pytest.mark.parametrize("map_id", CIRCUIT_IDS)
def test_checkpoints_follow_the_racing_line_and_span_the_track(map_id: str) -> None:
    m = _map(map_id)
    line = m.objects("RacingLine")
    assert len(line) == 1 and line[0].shape == "polygon"
    racing = line[0].points
    lap = closed_length(racing)
    finishes = m.objects("FinishLine")
    assert len(finishes) == 1 and len(finishes[0].points) == 2
    (s_finish,) = crossings_along(racing, *finishes[0].points)
    cps = sorted(m.objects("Checkpoint"), key=lambda o: int(o.props["index"]))
    assert 8 <= len(cps) <= 16
    assert [int(c.props["index"]) for c in cps] == list(range(len(cps)))
    walls = m.walls()
    last = 0.0
    for cp in cps:
        assert len(cp.points) == 2
        hits = crossings_along(racing, *cp.points)
        assert len(hits) == 1, (cp.name, hits)
        along = (hits[0] - s_finish) % lap
        assert along > last, (cp.name, along, last)
        last = along
        a, b = cp.points
        wall_hits = [seg_intersection(a, b, p, q) for p, q in walls]
        ts = sorted(h[0] for h in wall_hits if h is not None)
        assert len(ts) >= 2 and ts[0] < 0.5 < ts[-1], (cp.name, "must reach both walls")
    assert last < lap


@pytest.mark.parametrize("map_id", CIRCUIT_IDS)
def test_lap_length_suits_the_track(map_id: str) -> None:
    m = _map(map_id)
    lap = closed_length(m.objects("RacingLine")[0].points)
    lo, hi = LAP_RANGE[STYLE[map_id]]
    assert lo <= lap <= hi, (map_id, round(lap))


@pytest.mark.parametrize("map_id", CIRCUIT_IDS)
def test_racing_line_stays_on_the_road_and_off_the_walls(map_id: str) -> None:
    m = _map(map_id)
    racing = m.objects("RacingLine")[0].points
    walls = m.walls()
    on_road = sum(m.surface_at(x, y) in ROAD for x, y in racing)
    assert on_road / len(racing) >= 0.97
    step = max(1, len(racing) // 150)
    worst = min(min(seg_point_distance(p, a, b) for a, b in walls) for p in racing[::step])
    assert worst >= 2.0, worst


@pytest.mark.parametrize("map_id", CIRCUIT_IDS)
def test_walls_enclose_the_track_on_both_sides(map_id: str) -> None:
    m = _map(map_id)
    walls = [w for w in m.objects("Wall") if w.name != "boundary"]
    assert len(walls) >= 2
    assert all(w.shape == "polygon" and len(w.points) >= 4 for w in walls)
    assert any(w.name == "boundary" for w in m.objects("Wall"))


@pytest.mark.parametrize("map_id", FREE_IDS)
def test_free_roam_has_a_connected_road_graph_and_named_triggers(map_id: str) -> None:
    m = _map(map_id)
    slots = {int(s.props["index"]): s for s in m.objects("StartSlot")}
    assert 0 in slots and m.surface_at(*slots[0].points[0]) == "asphalt"
    roads = m.objects("Road")
    assert len(roads) >= 10
    ends = [p for r in roads for p in (r.points[0], r.points[-1])]
    parent = list(range(len(ends)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(ends)):
        parent[find(i)] = find(i ^ 1)  # both ends of one road
        for j in range(i):
            if math.dist(ends[i], ends[j]) <= 2.0:
                parent[find(i)] = find(j)
    assert len({find(i) for i in range(len(ends))}) == 1, "the road graph is in pieces"
    for r in roads:
        assert all(m.surface_at(x, y) == "asphalt" for x, y in r.points)
        assert int(r.props["lanes"]) >= 1 and float(r.props["speed_kmh"]) > 0
    names = [t.name for t in m.objects("Trigger")]
    assert len(names) == len(set(names)) and all(names)
    assert {"garage", "pizzeria", "bank", "hideout"} <= set(names)
    for t in m.objects("Trigger"):
        assert all(0 <= x <= m.width * 4 and 0 <= y <= m.height * 4 for x, y in t.points)


@pytest.mark.parametrize("path", sorted(LEVELS_DIR.glob("*.tmx")), ids=lambda p: p.stem)
def test_the_game_loader_accepts_every_map(path: Path) -> None:
    from game.content.tmx import check_map, load_map

    assert check_map(path) == []
    track = load_map(path).track
    assert track.walls
    if track.kind == "circuit":
        assert len(track.start_slots) == 8 and track.finish is not None
        assert len(track.racing_line) > 100
    else:
        assert track.road_graph.edges
