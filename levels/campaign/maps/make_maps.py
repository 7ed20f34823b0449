"""Build the campaign's own maps: places only the story needs (so far, the D'Orazio mansion).

The bundled circuits cover the races and ``city-free`` the streets of chapter
one; Michael D'Orazio's walled estate has no bundled twin, so it is drawn here.
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
        self.cells[max(r0, 0) : r0 + h, max(c0, 0) : c0 + w] = kind

    def building(self, c0: int, r0: int, w: int, h: int, roof: str | None = None, name: str = "") -> None:
        """A solid block: roof tiles and a closed wall round its outline."""
        self.fill(c0, r0, w, h, BUILD)
        x0, y0, x1, y1 = c0 * TILE_M, r0 * TILE_M, (c0 + w) * TILE_M, (r0 + h) * TILE_M
        self.walls.append((name or f"building {c0},{r0}", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)], True))
        self.roofs.append((c0, r0, w, h, roof or self.roof))

    def road(
        self, points: list[tuple[float, float]], speed_kmh: float = 50.0, name: str = "", lanes: int = 2
    ) -> None:
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
        model.add(
            "physics",
            MapObject(
                "Wall", "polygon" if closed else "polyline", [(x * PPM, y * PPM) for x, y in pts], name=name
            ),
        )
    for kind, x, y in plan.props:
        model.add(
            "physics",
            MapObject("Prop", "point", [(x * PPM, y * PPM)], name=kind, props={"kind": ("string", kind)}),
        )
    for i, (x, y, heading) in enumerate(plan.slots):
        model.add(
            "race",
            MapObject(
                "StartSlot", "point", [(x * PPM, y * PPM)], rotation=heading, props={"index": ("int", str(i))}
            ),
        )
    for pts, lanes, speed, name in plan.roads:
        model.add(
            "ai",
            MapObject(
                "Road",
                "polyline",
                [(x * PPM, y * PPM) for x, y in pts],
                name=name,
                props={"lanes": ("int", str(lanes)), "speed_kmh": ("float", f"{speed:g}")},
            ),
        )
    for name, x, y, w, h in plan.triggers:
        model.add(
            "mission",
            MapObject("Trigger", "rect", [(x * PPM, y * PPM)], name=name, width=w * PPM, height=h * PPM),
        )
    path = folder / f"{plan.id}.tmx"
    model.write(path)
    return path


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
    outline = [(gate0, y1), (x0, y1), (x0, y0), (x1, y0), (x1, y1), (gate1, y1)]
    plan.walls.append(("estate wall", outline, False))
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
    plan.road(
        [(gx, loop_bottom), (loop_left, loop_bottom), (loop_left, loop_top), (gx, loop_top)],
        speed_kmh=40.0,
        name="loop west",
    )
    plan.road(
        [(gx, loop_bottom), (loop_right, loop_bottom), (loop_right, loop_top), (gx, loop_top)],
        speed_kmh=40.0,
        name="loop east",
    )
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
    for plan in (mansion(),):
        print(write(plan, HERE))


if __name__ == "__main__":
    main()
