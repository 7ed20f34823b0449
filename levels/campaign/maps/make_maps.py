"""Build the campaign's own free-roam maps: the Neustadt street grid, the industrial lot, the mansion.

The bundled circuits cover the races; these three places only the story needs.
They are drawn from a tiny plan: a grid of 4 m tiles labelled road, pavement,
building, grass or lot, from which the ground tiles, the building walls (one
closed rectangle per block, so what you see is what you hit), the ``Road``
centre lines (split at every junction, so route finding can branch there) and
the named ``Trigger`` zones the missions refer to are all written.

Run from the project root: ``.venv/bin/python levels/campaign/maps/make_maps.py``.
It reuses the art library's tiles and map writer (``assets/art``) and copies the
tilesets it uses next to the maps, because a map may only reference files in
its own folder tree.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from assets.art.mapmodel import PPM, MapModel, MapObject  # noqa: E402
from assets.art.tilesets import library, write_tileset  # noqa: E402

TILE_M = 4.0
PX = TILE_M * PPM  # pixels per tile

ROAD, PAVE, BUILD, GRASS, LOT = 0, 1, 2, 3, 4
GROUND = {ROAD: "asphalt", PAVE: "concrete", LOT: "concrete", GRASS: "grass", BUILD: "concrete"}


@dataclass
class Plan:
    """A map being planned on the tile grid; rectangles in tiles, zones in metres."""

    id: str
    name: str
    cols: int
    rows: int
    night: bool = False
    default_surface: str = "concrete"
    roof: str = "flat"
    cells: np.ndarray = field(init=False)
    roads: list[tuple[list[tuple[float, float]], int, float, str]] = field(default_factory=list)
    triggers: list[tuple[str, float, float, float, float]] = field(default_factory=list)
    slots: list[tuple[float, float, float]] = field(default_factory=list)
    walls: list[tuple[str, list[tuple[float, float]], bool]] = field(default_factory=list)
    props: list[tuple[str, float, float]] = field(default_factory=list)
    roofs: list[tuple[int, int, int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cells = np.full((self.rows, self.cols), BUILD, dtype=np.int8)

    def fill(self, c0: int, r0: int, w: int, h: int, kind: int) -> None:
        self.cells[max(r0, 0):r0 + h, max(c0, 0):c0 + w] = kind

    def building(self, c0: int, r0: int, w: int, h: int, roof: str | None = None, name: str = "") -> None:
        """A solid block: roof tiles and a closed wall round its outline."""
        self.fill(c0, r0, w, h, BUILD)
        x0, y0, x1, y1 = c0 * TILE_M, r0 * TILE_M, (c0 + w) * TILE_M, (r0 + h) * TILE_M
        self.walls.append((name or f"building {c0},{r0}", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)], True))
        self.roofs.append((c0, r0, w, h, roof or self.roof))

    def road(self, points: list[tuple[float, float]], speed_kmh: float = 50.0, name: str = "",
             lanes: int = 2) -> None:
        self.roads.append((points, lanes, speed_kmh, name))

    def trigger(self, name: str, x: float, y: float, w: float = 12.0, h: float = 12.0) -> None:
        """A rectangular zone ``w`` x ``h`` metres centred on (x, y)."""
        self.triggers.append((name, x - w / 2, y - h / 2, w, h))


def _roof_part(r: int, c: int, h: int, w: int) -> str:
    ns = "n" if r == 0 else "s" if r == h - 1 else ""
    ew = "w" if c == 0 else "e" if c == w - 1 else ""
    return (ns + ew) or "c"


def write(plan: Plan, folder: Path) -> Path:
    model = MapModel(plan.id, plan.cols, plan.rows)
    model.properties = {
        "name": ("string", plan.name),
        "kind": ("string", "free-roam"),
        "night": ("bool", "true" if plan.night else "false"),
        "pixels_per_metre": ("float", f"{PPM:g}"),
        "default_surface": ("string", plan.default_surface),
        "author": ("string", "FAST TRACK campaign (levels/campaign/maps/make_maps.py)"),
    }
    rng = np.random.default_rng(7)
    for r in range(plan.rows):
        for c in range(plan.cols):
            kind = int(plan.cells[r, c])
            model.set_ground(r, c, "terrain", f"{GROUND[kind]}.{int(rng.integers(0, 4))}")
    for c0, r0, w, h, style in plan.roofs:
        for r in range(h):
            for c in range(w):
                model.set_ground(r0 + r, c0 + c, "terrain", f"roof.{style}.{_roof_part(r, c, h, w)}")
    # the map's edge is a wall too: nothing drives off the world
    W, H = plan.cols * PX, plan.rows * PX
    model.add("physics", MapObject("Wall", "polygon", [(0, 0), (W, 0), (W, H), (0, H)], name="map edge"))
    for name, pts, closed in plan.walls:
        model.add("physics", MapObject("Wall", "polygon" if closed else "polyline",
                                       [(x * PPM, y * PPM) for x, y in pts], name=name))
    for kind, x, y in plan.props:
        model.add("physics", MapObject("Prop", "point", [(x * PPM, y * PPM)], name=kind,
                                       props={"kind": ("string", kind)}))
    for i, (x, y, heading) in enumerate(plan.slots):
        model.add("race", MapObject("StartSlot", "point", [(x * PPM, y * PPM)], rotation=heading,
                                    props={"index": ("int", str(i))}))
    for pts, lanes, speed, name in plan.roads:
        model.add("ai", MapObject("Road", "polyline", [(x * PPM, y * PPM) for x, y in pts], name=name,
                                  props={"lanes": ("int", str(lanes)), "speed_kmh": ("float", f"{speed:g}")}))
    for name, x, y, w, h in plan.triggers:
        model.add("mission", MapObject("Trigger", "rect", [(x * PPM, y * PPM)], name=name,
                                       width=w * PPM, height=h * PPM))
    path = folder / f"{plan.id}.tmx"
    model.write(path)
    return path


# --------------------------------------------------------------------------- Neustadt

STREETS = (4, 28, 52, 76, 100)
"""First tile of each 4-tile (16 m) street, across and down."""
CENTRE = tuple((s + 2) * TILE_M for s in STREETS)
"""Street centre lines in metres: 24, 120, 216, 312, 408."""


def neustadt(night: bool) -> Plan:
    """Chapter one's German city: a 5 x 5 street grid, 80 m blocks, named places on the kerb."""
    plan = Plan("neustadt-night" if night else "neustadt",
                "Neustadt by Night" if night else "Neustadt", 108, 108, night=night)
    for s in STREETS:
        plan.fill(s, 0, 4, plan.rows, ROAD)
        plan.fill(0, s, plan.cols, 4, ROAD)
    plan.fill(0, 0, plan.cols, STREETS[0], BUILD)
    plan.fill(0, 0, STREETS[0], plan.rows, BUILD)
    plan.fill(0, STREETS[-1] + 4, plan.cols, plan.rows, BUILD)
    plan.fill(STREETS[-1] + 4, 0, plan.cols, plan.rows, BUILD)
    # border buildings (outside the outer ring road)
    edge = STREETS[-1] + 4
    plan.building(0, 0, plan.cols, STREETS[0], "dark", "north terrace")
    plan.building(0, edge, plan.cols, plan.rows - edge, "dark", "south terrace")
    plan.building(0, STREETS[0], STREETS[0], edge - STREETS[0], "dark", "west terrace")
    plan.building(edge, STREETS[0], plan.cols - edge, edge - STREETS[0], "dark", "east terrace")
    roofs = ("flat", "red", "dark", "warehouse")
    for j in range(len(STREETS) - 1):
        for i in range(len(STREETS) - 1):
            c0, r0 = STREETS[i] + 4, STREETS[j] + 4
            size = STREETS[i + 1] - c0
            plan.fill(c0, r0, size, size, PAVE)
            if (i, j) == (1, 2):  # the park
                plan.fill(c0 + 1, r0 + 1, size - 2, size - 2, GRASS)
                for k in range(4):
                    plan.props.append(("barrel", (c0 + 4 + 4 * k) * TILE_M, (r0 + 3) * TILE_M))
                continue
            if (i, j) == (3, 3):  # the warehouse yard: open lot behind a gate
                plan.fill(c0 + 1, r0 + 1, size - 2, size - 2, LOT)
                plan.building(c0 + 10, r0 + 2, size - 12, 8, "warehouse", "warehouse")
                continue
            plan.building(c0 + 1, r0 + 1, size - 2, size - 2, roofs[(i + 2 * j) % len(roofs)],
                          f"block {i}{j}")
    # Roads: every street split at every junction.
    xs, ys = CENTRE, CENTRE
    for x in xs:
        for a, b in zip(ys, ys[1:], strict=False):
            plan.road([(x, a), (x, b)])
    yard_x = CENTRE[3] + 48.0
    for y in ys:
        for a, b in zip(xs, xs[1:], strict=False):
            if y == ys[-1] and a < yard_x < b:  # the yard spur joins here: split the street
                plan.road([(a, y), (yard_x, y)])
                plan.road([(yard_x, y), (b, y)])
            else:
                plan.road([(a, y), (b, y)])
    # The warehouse yard's gate: a short spur road in from the south street.
    plan.road([(yard_x, CENTRE[4]), (yard_x, CENTRE[4] - 30.0)], speed_kmh=20.0, name="yard spur")
    plan.fill(int(yard_x / TILE_M) - 2, STREETS[4] - 1, 4, 2, LOT)
    mid = [(a + b) / 2 for a, b in zip(CENTRE, CENTRE[1:], strict=False)]
    X, Y = CENTRE, CENTRE
    places = {
        "garage": (mid[0], Y[0]),
        "bank": (X[3], mid[1]),
        "parts-shop": (mid[3], Y[2]),
        "cp-1": (X[1], mid[0]),
        "cp-2": (mid[1], Y[1]),
        "cp-3": (X[2], mid[2]),
        "cp-4": (mid[0], Y[3]),
        "pizzeria": (mid[0], Y[1]),
        "customer-1": (X[2], mid[1]),
        "customer-2": (mid[3], Y[1]),
        "customer-3": (X[4], mid[2]),
        "breakdown": (mid[1], Y[1]),
        "chase-start": (X[2], mid[0]),
        "chase-end": (X[2], mid[3]),
        "crossing": (X[2], Y[1]),
        "city-bank": (mid[2], Y[2]),
        "crew": (X[3], mid[0]),
        "hideout": (mid[0], Y[4]),
        "police-north": (X[4], mid[0]),
        "police-east": (mid[3], Y[0]),
        "police-south": (mid[2], Y[3]),
        "stakeout": (mid[1], Y[3]),
        "warehouse": (yard_x, CENTRE[4] - 26.0),
        "flee-end": (X[0], mid[3]),
        "getaway-start": (mid[3], Y[3]),
    }
    for name, (x, y) in places.items():
        plan.trigger(name, x, y)
    plan.slots.append((mid[0] - 20.0, Y[0], 0.0))  # slot 0: outside Katie's garage, facing east
    plan.slots.append((mid[0] - 20.0, Y[1], 0.0))  # slot 1: outside the pizzeria
    plan.slots.append((X[1], mid[3], 270.0))  # slot 2: Eric's stakeout, facing north
    return plan


# --------------------------------------------------------------------------- the lot

def industrial_lot() -> Plan:
    """An empty concrete lot between warehouses: room to drift, a few containers to dodge."""
    plan = Plan("industrial-lot", "Empty Lot, Hafenviertel", 64, 52, default_surface="concrete")
    plan.building(0, 0, 64, 3, "warehouse", "north sheds")
    plan.building(0, 49, 64, 3, "warehouse", "south sheds")
    plan.building(0, 3, 3, 46, "warehouse", "west sheds")
    plan.building(61, 3, 3, 46, "warehouse", "east sheds")
    plan.fill(3, 3, 58, 46, LOT)
    plan.building(29, 22, 6, 8, "dark", "container stack")
    for k in range(6):
        plan.props.append(("cone", 40.0 + 16.0 * k, 40.0))
        plan.props.append(("cone", 40.0 + 16.0 * k, 168.0))
    loop = [(28.0, 28.0), (228.0, 28.0), (228.0, 180.0), (28.0, 180.0), (28.0, 28.0)]
    plan.road(loop, speed_kmh=40.0, name="lot loop")
    plan.trigger("lot", 128.0, 104.0, 200.0, 150.0)
    plan.slots.append((60.0, 104.0, 270.0))
    return plan


# --------------------------------------------------------------------------- the mansion

def mansion() -> Plan:
    """Michael D'Orazio's estate: walled grounds, a driveway loop, one gate onto the desert road."""
    plan = Plan("mansion", "D'Orazio Estate, Summerlin", 90, 84, default_surface="grass")
    plan.fill(0, 0, 90, 84, GRASS)
    road_r = 74  # desert road along the south, outside the wall
    plan.fill(0, road_r, 90, 4, ROAD)
    plan.building(0, road_r + 4, 90, 84 - road_r - 4, "dark", "south scrub")
    # estate wall with a gate gap (tiles 41..48) in the south side
    x0, y0, x1, y1 = 6 * TILE_M, 6 * TILE_M, 84 * TILE_M, 70 * TILE_M
    gate0, gate1 = 40 * TILE_M, 50 * TILE_M
    plan.walls.append(("estate wall", [(gate0, y1), (x0, y1), (x0, y0), (x1, y0), (x1, y1), (gate1, y1)], False))
    # drive: gate up to a loop round the house
    plan.fill(42, 58, 6, 16, ROAD)
    plan.fill(16, 16, 58, 5, ROAD)
    plan.fill(16, 53, 58, 5, ROAD)
    plan.fill(16, 16, 5, 42, ROAD)
    plan.fill(69, 16, 5, 42, ROAD)
    plan.building(27, 26, 36, 22, "red", "the mansion")
    plan.building(10, 24, 4, 10, "dark", "garages west")
    plan.building(76, 24, 4, 10, "dark", "garages east")
    gx = 45 * TILE_M
    loop_top, loop_bottom, loop_left, loop_right = 18.5 * TILE_M, 55.5 * TILE_M, 18.5 * TILE_M, 71.5 * TILE_M
    road_y = (road_r + 2) * TILE_M
    plan.road([(0.0, road_y), (gx, road_y)], speed_kmh=90.0, name="desert road west")
    plan.road([(gx, road_y), (90 * TILE_M, road_y)], speed_kmh=90.0, name="desert road east")
    plan.road([(gx, road_y), (gx, loop_bottom)], speed_kmh=40.0, name="drive")
    plan.road([(gx, loop_bottom), (loop_left, loop_bottom), (loop_left, loop_top), (gx, loop_top)],
              speed_kmh=40.0, name="loop west")
    plan.road([(gx, loop_bottom), (loop_right, loop_bottom), (loop_right, loop_top), (gx, loop_top)],
              speed_kmh=40.0, name="loop east")
    plan.trigger("gate", gx, (70 + 1) * TILE_M, 24.0, 10.0)
    plan.trigger("terrace", gx, loop_top, 14.0, 12.0)
    plan.trigger("highway-east", 86 * TILE_M, road_y, 10.0, 16.0)
    plan.trigger("highway-west", 4 * TILE_M, road_y, 10.0, 16.0)
    plan.trigger("garages-west", loop_left, 29 * TILE_M, 14.0, 14.0)
    plan.trigger("garages-east", loop_right, 29 * TILE_M, 14.0, 14.0)
    plan.slots.append((12 * TILE_M, road_y, 0.0))  # slot 0: Carlo on the desert road, facing east
    for k in range(3):
        plan.props.append(("crate", (44 + k) * TILE_M, 64 * TILE_M))
    return plan


def main() -> None:
    tilesets = HERE / "tilesets"
    tilesets.mkdir(exist_ok=True)
    lib = library()
    write_tileset(lib["terrain"], tilesets)
    for plan in (neustadt(False), neustadt(True), industrial_lot(), mansion()):
        print(write(plan, HERE))


if __name__ == "__main__":
    main()
