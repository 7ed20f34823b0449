"""Free-roam maps: a street grid with buildings, a Road graph and mission Triggers.

The campaign's city missions (deliveries, the getaway, the tail) need streets
to drive anywhere, a road graph for traffic, police and navigation, and named
zones. A ``FreeMap`` lists streets as straight centre lines with a lane count;
the builder splits them at every crossing so each ``Road`` runs node to node.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import numpy as np

from assets.art import exact
from assets.art import geometry as geo
from assets.art.mapgen import (
    Ctx,
    MapObject,
    boundary_wall,
    building_shadows,
    compose_ground,
    fill_rects,
    lamp_at,
    paint_polyline,
    roof_rect,
)
from assets.art.mapmodel import PPM, MapModel
from assets.art.tracks import erode

Point = tuple[float, float]


@dataclass
class Street:
    """A straight street between two points (metres), ``lanes`` wide (3.5 m each + 2 m)."""

    a: Point
    b: Point
    lanes: int = 2
    speed_kmh: int = 50
    name: str = ""

    @property
    def half_width(self) -> float:
        return 5.5 if self.lanes <= 2 else 7.5


@dataclass
class FreeMap:
    id: str
    name: str
    cols: int
    rows: int
    streets: list[Street]
    triggers: dict[str, Point]
    start: tuple[Point, float]  # first slot position and heading (degrees)
    parks: list[tuple[int, int, int, int]] = field(default_factory=list)  # r, c, h, w tiles
    lots: list[tuple[int, int, int, int]] = field(default_factory=list)  # open asphalt lots
    night: bool = False
    seed: int = 21


def _crossings(streets: list[Street]) -> list[list[tuple[float, Point]]]:
    """For each street, the (t, point) where others cross or end on it, sorted by t."""
    out: list[list[tuple[float, Point]]] = []
    for i, s in enumerate(streets):
        ax, ay = s.a
        bx, by = s.b
        hits: list[tuple[float, Point]] = [(0.0, s.a), (1.0, s.b)]
        for j, o in enumerate(streets):
            if i == j:
                continue
            cx, cy = o.a
            dx, dy = o.b[0] - cx, o.b[1] - cy
            ex, ey = bx - ax, by - ay
            den = ex * dy - ey * dx
            if abs(den) < 1e-9:
                continue
            t = ((cx - ax) * dy - (cy - ay) * dx) / den
            u = ((cx - ax) * ey - (cy - ay) * ex) / den
            if -1e-9 <= t <= 1 + 1e-9 and -1e-9 <= u <= 1 + 1e-9:
                p = (round(ax + t * ex, 3), round(ay + t * ey, 3))
                hits.append((t, p))
        hits.sort()
        dedup: list[tuple[float, Point]] = []
        for t, p in hits:
            if not dedup or abs(t - dedup[-1][0]) > 1e-6:
                dedup.append((t, p))
        out.append(dedup)
    return out


def build_free(desc: FreeMap) -> tuple[MapModel, bool, Point]:
    """Build a free-roam map; returns the model, its night flag and a preview focus (px)."""
    model = MapModel(desc.id, desc.cols, desc.rows)
    rng = np.random.default_rng(desc.seed)
    shape = geo.lattice_shape(desc.cols, desc.rows)
    sdf = np.full(shape, np.inf)
    for st in desc.streets:
        pts = np.array([st.a, st.b], dtype=np.float64)
        fld = geo.distance_field(pts, desc.cols, desc.rows, 30.0, closed=False)
        sdf = np.minimum(sdf, fld.dist - st.half_width)
    ctx = Ctx(model, rng, [], np.zeros(shape, np.int16), sdf, np.zeros(shape), 0.0)
    road, pave, grass = ctx.label("asphalt"), ctx.label("concrete"), ctx.label("grass")
    ctx.labels[:] = np.where(sdf < 0, road, pave)
    L = geo.LATTICE
    for r, c, h, w in desc.parks:
        ctx.labels[r * L + 2 : (r + h) * L - 1, c * L + 2 : (c + w) * L - 1] = grass
    for r, c, h, w in desc.lots:
        ctx.labels[r * L : (r + h) * L + 1, c * L : (c + w) * L + 1] = road
    compose_ground(ctx)
    for r, c, h, w in desc.parks + desc.lots:
        ctx.used[r : r + h, c : c + w] = True
    for r, c, h, w in desc.parks:
        for dr in range(1, h - 1):
            for dc in range(1, w - 1):
                if rng.random() < 0.22:
                    model.set_overhead(r + dr, c + dc, "tree" if rng.random() < 0.7 else "tree2.0")
                elif rng.random() < 0.1:
                    model.set_decor(r + dr, c + dc, "decor", f"flowers.{(dr + dc) % 2}", 1)

    styles = ["red", "red", "flat", "dark"]

    def house(r: int, c: int, h: int, w: int) -> None:
        roof_rect(model, r, c, h, w, styles[int(rng.integers(len(styles)))], rng)
        model.add(
            "physics",
            MapObject(
                "Wall",
                "rect",
                [(c * 32.0, r * 32.0)],
                name=f"building{r}_{c}",
                width=w * 32.0,
                height=h * 32.0,
            ),
        )

    free = erode(ctx.free_tiles(1.0, "concrete"))
    rects = fill_rects(ctx, free, (2, 6), house, gap_chance=0.3)
    for r, c, h, w in rects:
        building_shadows(ctx, r, c, h, w)
    boundary_wall(model)
    _roads(desc, ctx)
    _lamps(desc, ctx)
    _objects(desc, model)
    model.properties.update(
        {
            "name": ("string", desc.name),
            "kind": ("string", "free-roam"),
            "laps": ("int", "1"),
            "night": ("bool", "true" if desc.night else "false"),
            "pixels_per_metre": ("float", "8"),
            "default_surface": ("string", "concrete"),
            "author": ("string", "FAST TRACK (generated by assets/art)"),
        }
    )
    (sx, sy), _ = desc.start
    return model, desc.night, (sx * PPM, sy * PPM)


def _roads(desc: FreeMap, ctx: Ctx) -> None:
    """Road objects node to node, and lane markings that stop short of junctions."""
    cuts = _crossings(desc.streets)
    for st, hits in zip(desc.streets, cuts, strict=True):
        for (_, p), (_, q) in itertools.pairwise(hits):
            ctx.model.add(
                "ai",
                MapObject(
                    "Road",
                    "polyline",
                    [(p[0] * PPM, p[1] * PPM), (q[0] * PPM, q[1] * PPM)],
                    name=st.name,
                    props={"lanes": ("int", str(st.lanes)), "speed_kmh": ("float", str(st.speed_kmh))},
                ),
            )
            # markings: from one junction mouth to the next
            v = np.array(q) - np.array(p)
            ln = exact.norm2(v)
            trim = 12.0
            if ln <= 2 * trim + 4:
                continue
            u = exact.q(v / ln)
            a = np.array(p) + u * trim
            b = np.array(q) - u * trim
            pts = np.linspace(a, b, max(2, int((ln - 2 * trim) // 2)))
            if st.lanes <= 2:
                paint_polyline(ctx, pts, "dash_white", 2, closed=False)
            else:
                nrm = np.array([u[1], -u[0]])
                paint_polyline(ctx, pts, "solid_white", 2, closed=False)
                for off in (3.75, -3.75):
                    paint_polyline(ctx, pts + nrm * off, "dash_white", 2, closed=False)


def _lamps(desc: FreeMap, ctx: Ctx) -> None:
    for st in desc.streets:
        a, b = np.array(st.a), np.array(st.b)
        v = b - a
        ln = exact.norm2(v)
        u = exact.q(v / ln)
        nrm = np.array([u[1], -u[0]])
        for k, d in enumerate(np.arange(16.0, ln - 8, 32.0)):
            p = a + u * d + nrm * (st.half_width + 1.5) * (1 if k % 2 else -1)
            lamp_at(ctx, float(p[0]), float(p[1]), desc.night)


def _objects(desc: FreeMap, model: MapModel) -> None:
    (sx, sy), heading = desc.start
    rad = math.radians(heading)
    fwd = np.array([exact.cos1(rad), exact.sin1(rad)])
    for i in range(8):
        p = np.array([sx, sy]) - fwd * 8.0 * i
        model.add(
            "race",
            MapObject(
                "StartSlot",
                "point",
                [(p[0] * PPM, p[1] * PPM)],
                name=f"slot{i}",
                rotation=float(heading),
                props={"index": ("int", str(i))},
            ),
        )
    for name, (x, y) in sorted(desc.triggers.items()):
        model.add(
            "mission",
            MapObject(
                "Trigger",
                "rect",
                [((x - 6) * PPM, (y - 6) * PPM)],
                name=name,
                width=12 * PPM,
                height=12 * PPM,
            ),
        )


# --------------------------------------------------------------------------- the maps

_XS = (40, 152, 260, 368, 472)  # the outermost streets form a four-lane ring
_YS = (40, 140, 240, 340)


def _grid_streets() -> list[Street]:
    out: list[Street] = []
    ring = (_YS[0], _YS[-1])
    for y in _YS:
        lanes = 4 if y in (140, *ring) else 2
        out.append(Street((_XS[0], y), (_XS[-1], y), lanes, 50 if lanes == 2 else 60, name=f"street_y{y}"))
    for x in _XS:
        lanes = 4 if x in (260, _XS[0], _XS[-1]) else 2
        out.append(Street((x, _YS[0]), (x, _YS[-1]), lanes, 50 if lanes == 2 else 60, name=f"street_x{x}"))
    return out


FREE_MAPS: list[FreeMap] = [
    FreeMap(
        id="city-free",
        name="Altstadt by Day",
        cols=128,
        rows=96,
        streets=_grid_streets(),
        triggers={
            "garage": (96, 40),
            "bank": (314, 140),
            "pizzeria": (206, 240),
            "delivery_1": (420, 40),
            "delivery_2": (472, 290),
            "delivery_3": (96, 340),
            "delivery_4": (152, 190),
            "crew_pickup": (368, 190),
            "hideout": (420, 340),
            "police_station": (260, 90),
            "nicole_breakdown": (314, 240),
            "drift_lot": (206, 300),
            "park": (96, 190),
        },
        start=((126, 42), 0.0),  # eastbound, inner lane of the ring
        parks=[(37, 12, 21, 22)],
        lots=[(64, 42, 17, 20)],
    ),
]
