"""The bundled circuits: compact descriptions plus the themes that dress them.

Each ``Circuit`` is a handful of corner points; restyle a place by editing its
theme (terrain labels and scenery) and rebuild with ``python -m assets.art.build``.
Coordinates are metres, x east, y south; a tile is 4 m.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from assets.art import exact
from assets.art import geometry as geo
from assets.art.mapgen import (
    Built,
    Circuit,
    Ctx,
    MapObject,
    along,
    building_shadows,
    fill_rects,
    in_dirt,
    lamp_at,
    roof_rect,
)
from assets.art.mapmodel import PPM

F = npt.NDArray[np.float64]


def smooth_noise(shape: tuple[int, int], seed: int, scale: float) -> F:
    """Unit-deviation noise smoothed over ``scale`` lattice steps (for organic regions)."""
    rng = np.random.default_rng(seed)
    white = rng.normal(size=shape)
    fy = np.fft.fftfreq(shape[0])[:, None]
    fx = np.fft.fftfreq(shape[1])[None, :]
    filt = exact.exp(-((fx * fx + fy * fy) * (scale * np.pi) ** 2))
    return exact.normalised(exact.smooth_periodic(white, filt), 1e-12)


def _road_labels(desc: Circuit, ctx: Ctx, lap: float, off: str) -> None:
    """Asphalt (or dirt in dirt sections) on the road, ``off`` elsewhere."""
    road = ctx.label("asphalt")
    dirt = ctx.label("dirt")
    ground = ctx.label(off)
    on_road = ctx.sdf < 0
    labels = np.where(on_road, road, ground)
    if desc.dirt:
        labels = np.where(on_road & in_dirt(desc, ctx.s, lap), dirt, labels)
    ctx.labels[:] = labels


def _cones_at_corners(desc: Circuit, ctx: Ctx, built: Built, max_radius: float, kind: str = "cone") -> None:
    """Loose props on the inside run-off of tight corners: something to clip."""
    centre = built.centre
    k = geo.curvature(centre)
    nrm = geo.normals(centre)
    hw = desc.width / 2
    done = -1000
    radius, mass = {"cone": (0.3, 4.0), "barrel": (0.35, 40.0), "tyres": (0.45, 60.0)}[kind]
    for i in range(len(centre)):
        if abs(k[i]) < 1 / max_radius or i - done < 60:
            continue
        window = np.abs(k[i : i + 30])
        apex = i + int(np.argmax(window))
        side = 1.0 if k[apex] < 0 else -1.0  # inside of the corner
        for j, ds in enumerate((-6, 0, 6)):
            p = centre[(apex + ds) % len(centre)] + nrm[(apex + ds) % len(centre)] * side * (hw + 1.3)
            ctx.model.add(
                "physics",
                MapObject(
                    "Prop",
                    "point",
                    [(float(p[0] * PPM), float(p[1] * PPM))],
                    name=f"{kind}{apex}_{j}",
                    props={
                        "kind": ("string", kind),
                        "radius_m": ("float", str(radius)),
                        "mass_kg": ("float", str(mass)),
                    },
                ),
            )
        done = apex


# --------------------------------------------------------------------------- city


def label_city(desc: Circuit, ctx: Ctx, lap: float) -> None:
    """Pavement everywhere, plus a grid of side streets closed off by the barriers."""
    _road_labels(desc, ctx, lap, "concrete")
    pitch = desc.extra.get("streets", 0.0)
    if pitch:
        ys, xs = np.mgrid[0 : ctx.sdf.shape[0], 0 : ctx.sdf.shape[1]].astype(float)
        near = np.minimum(
            np.abs((xs + pitch / 2) % pitch - pitch / 2), np.abs((ys + pitch / 2) % pitch - pitch / 2)
        )
        side = (near < 4.5) & (ctx.sdf > desc.runoff)
        ctx.labels[side] = ctx.label("asphalt")


def dress_city(desc: Circuit, ctx: Ctx, built: Built) -> None:
    """Old-town blocks: terraced roofs (red tiles and flat), courtyards, street lamps."""
    model, rng = ctx.model, ctx.rng
    styles = ["red", "red", "flat", "dark"]
    rects: list[tuple[int, int, int, int]] = []

    def house(r: int, c: int, h: int, w: int) -> None:
        roof_rect(model, r, c, h, w, styles[int(rng.integers(len(styles)))], rng)

    free = erode(ctx.free_tiles(1.5, "concrete"))
    rects = fill_rects(ctx, free, (2, 6), house, gap_chance=0.35)
    for r, c, h, w in rects:
        building_shadows(ctx, r, c, h, w)
    hw = desc.width / 2
    for side in (1, -1):
        for x, y in along(built.centre, side * (hw + desc.runoff + 1.5), 28.0, 14.0 if side > 0 else 0.0):
            lamp_at(ctx, x, y, desc.night)
    _street_trees(ctx, 0.05)
    _cones_at_corners(desc, ctx, built, 30.0)


def erode(mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Shrink a tile mask by one tile (keeps a pavement between streets and houses)."""
    out = mask.copy()
    out[1:, :] &= mask[:-1, :]
    out[:-1, :] &= mask[1:, :]
    out[:, 1:] &= mask[:, :-1]
    out[:, :-1] &= mask[:, 1:]
    return out


def _street_trees(ctx: Ctx, chance: float) -> None:
    free = ctx.free_tiles(0.5, "concrete")
    picks = ctx.rng.random(free.shape) < chance
    for r, c in zip(*np.nonzero(free & picks), strict=True):
        ctx.model.set_overhead(int(r), int(c), "tree")


# --------------------------------------------------------------------------- harbour


def label_harbour(desc: Circuit, ctx: Ctx, lap: float) -> None:
    _road_labels(desc, ctx, lap, "concrete")
    water = ctx.label("water")
    ys, xs = np.mgrid[0 : ctx.sdf.shape[0], 0 : ctx.sdf.shape[1]].astype(float)
    wet = ys > desc.extra["sea_y"] - 0.5
    bx0, bx1, by = desc.extra["basin_x0"], desc.extra["basin_x1"], desc.extra["basin_y"]
    wet |= (xs > bx0 - 0.5) & (xs < bx1 + 0.5) & (ys > by - 0.5)
    ctx.labels[wet & (ctx.sdf > desc.runoff + 5)] = water


def dress_harbour(desc: Circuit, ctx: Ctx, built: Built) -> None:
    """Container stacks in rows, a few warehouses, crane rails along the quay."""
    model, rng = ctx.model, ctx.rng
    colours = ["red", "blue", "green", "orange", "grey", "yellow"]
    free = ctx.free_tiles(1.5, "concrete")

    def block(r: int, c: int, h: int, w: int) -> None:
        if h >= 5 and w >= 6 and rng.random() < 0.3:
            roof_rect(model, r, c, h, w, "warehouse", rng)
            return
        for dr in range(h):
            for k in range(w // 3):
                colour = colours[int(rng.integers(len(colours)))]
                for part in range(3):
                    model.set_ground(r + dr, c + 3 * k + part, "terrain", f"container.{colour}.h{part}")
            for dc in range(3 * (w // 3), w):
                model.set_ground(r + dr, c + dc, "terrain", f"concrete.{dc % 4}")

    rects = fill_rects(ctx, free, (3, 9), block, gap_chance=1.0, step=2)
    for r, c, h, w in rects:
        building_shadows(ctx, r, c, h, w)
    # crane rails along the open sea quay, where the apron is clear
    rail_row = int(desc.extra["sea_y"] // 4) - 3
    clear = ctx.free_tiles(0.5, "concrete")
    for c in range(model.cols):
        if clear[rail_row, c]:
            model.set_ground(rail_row, c, "terrain", "rails.h")
    scatter = ctx.free_tiles(0.5, "concrete") & (rng.random(free.shape) < 0.04)
    for r, c in zip(*np.nonzero(scatter), strict=True):
        model.set_overhead(int(r), int(c), ["barrel", "crate", "tyres"][int(rng.integers(3))])
    hw = desc.width / 2
    for x, y in along(built.centre, hw + desc.runoff + 1.5, 36.0):
        lamp_at(ctx, x, y, desc.night)
    _cones_at_corners(desc, ctx, built, 30.0, "barrel")


# --------------------------------------------------------------------------- autobahn


def label_autobahn(desc: Circuit, ctx: Ctx, lap: float) -> None:
    _road_labels(desc, ctx, lap, "grass")
    n = smooth_noise(ctx.sdf.shape, desc.seed + 7, 14.0)
    forest = (ctx.sdf > desc.runoff + 14) & (n + (ctx.sdf - 40) / 40 > 0.1)
    ctx.labels[forest] = ctx.label("forest")


def dress_autobahn(desc: Circuit, ctx: Ctx, built: Built) -> None:
    """Lone trees on the verges and the median's grass; forest does the rest."""
    free = ctx.free_tiles(2.5, "grass")
    picks = ctx.rng.random(free.shape) < 0.03
    for r, c in zip(*np.nonzero(free & picks), strict=True):
        ctx.model.set_overhead(int(r), int(c), "tree")
    flowers = ctx.free_tiles(0.5, "grass") & (ctx.rng.random(free.shape) < 0.02)
    for r, c in zip(*np.nonzero(flowers), strict=True):
        ctx.model.set_decor(int(r), int(c), "decor", f"flowers.{int(r + c) % 2}", 1)


# --------------------------------------------------------------------------- vegas


def label_vegas(desc: Circuit, ctx: Ctx, lap: float) -> None:
    _road_labels(desc, ctx, lap, "concrete")
    ys, xs = np.mgrid[0 : ctx.sdf.shape[0], 0 : ctx.sdf.shape[1]].astype(float)
    x0, y0, x1, y1 = (desc.extra[k] for k in ("lake_x0", "lake_y0", "lake_x1", "lake_y1"))
    lake = (xs > x0 - 0.5) & (xs < x1 + 0.5) & (ys > y0 - 0.5) & (ys < y1 + 0.5)
    ctx.labels[lake & (ctx.sdf > desc.runoff + 4)] = ctx.label("water")


def dress_vegas(desc: Circuit, ctx: Ctx, built: Built) -> None:
    """Casino blocks with neon rims, palms lining the boulevard, lights everywhere."""
    model, rng = ctx.model, ctx.rng
    hw = desc.width / 2
    for side in (1, -1):
        for x, y in along(built.centre, side * (hw + desc.runoff + 4.5), 16.0):
            r, c = int(y // 4), int(x // 4)
            if model.inside(r, c) and not ctx.used[r, c]:
                model.set_overhead(r, c, "palm")
                ctx.used[r, c] = True
    for side in (1, -1):
        for x, y in along(built.centre, side * (hw + desc.runoff + 1.5), 24.0, 8.0):
            lamp_at(ctx, x, y, desc.night)
    free = ctx.free_tiles(5.0, "concrete")

    def casino(r: int, c: int, h: int, w: int) -> None:
        style = "casino" if h * w >= 30 else ["flat", "dark", "casino"][int(rng.integers(3))]
        roof_rect(model, r, c, h, w, style, rng)

    rects = fill_rects(ctx, erode(free), (5, 14), casino, gap_chance=1.0)
    for r, c, h, w in rects:
        building_shadows(ctx, r, c, h, w)
    _street_trees(ctx, 0.02)


# --------------------------------------------------------------------------- desert


def label_desert(desc: Circuit, ctx: Ctx, lap: float) -> None:
    _road_labels(desc, ctx, lap, "sand")


def dress_desert(desc: Circuit, ctx: Ctx, built: Built) -> None:
    """Sparse Mojave scrub: creosote, stones, Joshua trees and cacti."""
    model, rng = ctx.model, ctx.rng
    free = ctx.free_tiles(1.0, "sand")
    roll = rng.random(free.shape)
    for r, c in zip(*np.nonzero(free), strict=True):
        r, c = int(r), int(c)
        v = roll[r, c]
        if v < 0.05:
            model.set_decor(r, c, "decor", f"scrub.{int(v * 60) % 3}", 1)
        elif v < 0.07:
            model.set_decor(r, c, "decor", f"stones.{int(v * 300) % 3}", 1)
        elif v < 0.078:
            model.set_overhead(r, c, "joshua")
        elif v < 0.082:
            model.set_overhead(r, c, "cactus")


# --------------------------------------------------------------------------- red rock


def label_canyon(desc: Circuit, ctx: Ctx, lap: float) -> None:
    _road_labels(desc, ctx, lap, "redsand")
    n = smooth_noise(ctx.sdf.shape, desc.seed + 3, 18.0)
    rock = (ctx.sdf >= desc.runoff) & (n + (ctx.sdf - desc.runoff) / 25.0 > -0.2)
    ctx.labels[rock] = ctx.label("rock")


def dress_canyon(desc: Circuit, ctx: Ctx, built: Built) -> None:
    """Scrub and desert trees where the canyon floor opens out."""
    model, rng = ctx.model, ctx.rng
    free = ctx.free_tiles(0.5, "redsand")
    roll = rng.random(free.shape)
    for r, c in zip(*np.nonzero(free), strict=True):
        r, c = int(r), int(c)
        v = roll[r, c]
        if v < 0.06:
            model.set_decor(r, c, "decor", f"scrub.{int(v * 50) % 3}", 1)
        elif v < 0.10:
            model.set_decor(r, c, "decor", f"stones.{int(v * 100) % 3}", 1)
        elif v < 0.12:
            model.set_overhead(r, c, "tree.desert")
    # a zone just short of the line for the "stop before the line" mission
    model.add(
        "mission",
        MapObject(
            "Trigger",
            "rect",
            [((desc.finish[0] - 14) * PPM, (desc.finish[1] - 8) * PPM)],
            name="before_finish",
            width=12 * PPM,
            height=16 * PPM,
        ),
    )


THEMES = {
    "city": (label_city, dress_city),
    "harbour": (label_harbour, dress_harbour),
    "autobahn": (label_autobahn, dress_autobahn),
    "vegas": (label_vegas, dress_vegas),
    "desert": (label_desert, dress_desert),
    "canyon": (label_canyon, dress_canyon),
}


# --------------------------------------------------------------------------- the circuits

CIRCUITS: list[Circuit] = [
    Circuit(
        id="city-night",
        name="Altstadt Nights",
        theme="city",
        style="twisty",
        cols=136,
        rows=112,
        night=True,
        barrier="street",
        kerbs=True,
        seed=11,
        width=13,
        runoff=3,
        corners=[
            (40, 400, 18),
            (350, 400, 18),
            (350, 300, 16),
            (490, 300, 18),
            (490, 40, 20),
            (320, 40, 16),
            (320, 180, 14),
            (210, 180, 14),
            (180, 130, 14),
            (180, 40, 18),
            (40, 40, 20),
            (40, 210, 16),
            (110, 270, 16),
            (110, 330, 16),
            (40, 330, 16),
        ],
        finish=(202, 400),
        extra={"streets": 84},
    ),
    Circuit(
        id="harbour",
        name="Hafen Containers",
        theme="harbour",
        style="twisty",
        cols=150,
        rows=100,
        barrier="concrete",
        kerbs=True,
        seed=12,
        width=13,
        runoff=3,
        corners=[
            (40, 300, 18),
            (230, 300, 16),
            (230, 120, 16),
            (400, 120, 16),
            (400, 300, 16),
            (550, 300, 18),
            (550, 40, 20),
            (300, 40, 18),
            (260, 80, 14),
            (140, 80, 14),
            (140, 180, 14),
            (40, 180, 16),
        ],
        finish=(122, 300),
        extra={"sea_y": 352, "basin_x0": 268, "basin_x1": 360, "basin_y": 160},
    ),
    Circuit(
        id="autobahn",
        name="Autobahn A9",
        theme="autobahn",
        style="fast",
        cols=292,
        rows=84,
        barrier="armco",
        seed=13,
        width=15,
        runoff=3,
        lanes=[(2.5, "dash_white"), (-2.5, "dash_white")],
        corners=[
            (900, 180, 260),
            (1120, 296, 72),
            (1120, 36, 72),
            (900, 152, 260),
            (260, 152, 260),
            (48, 36, 72),
            (48, 296, 72),
            (260, 180, 260),
        ],
        finish=(402, 180),
    ),
    Circuit(
        id="vegas-strip",
        name="The Strip",
        theme="vegas",
        style="fast",
        cols=150,
        rows=230,
        night=True,
        barrier="concrete",
        kerbs=True,
        seed=14,
        width=17,
        runoff=3,
        lanes=[(0.0, "double_yellow"), (4.25, "dash_white"), (-4.25, "dash_white")],
        corners=[
            (100, 860, 30),
            (100, 60, 30),
            (330, 60, 30),
            (330, 280, 26),
            (260, 350, 26),
            (260, 520, 26),
            (500, 600, 40),
            (500, 860, 30),
        ],
        finish=(100, 602),
        extra={"lake_x0": 140, "lake_y0": 380, "lake_x1": 220, "lake_y1": 520},
    ),
    Circuit(
        id="nevada-desert",
        name="Mojave Run",
        theme="desert",
        style="fast",
        cols=250,
        rows=200,
        barrier="armco",
        seed=15,
        width=13,
        runoff=4,
        lanes=[(0.0, "dash_yellow")],
        corners=[
            (100, 700, 120),
            (700, 700, 150),
            (920, 540, 160),
            (880, 220, 140),
            (640, 100, 120),
            (460, 320, 110),
            (260, 160, 120),
            (90, 330, 100),
        ],
        finish=(402, 700),
    ),
    Circuit(
        id="red-rock",
        name="Red Rock Canyon",
        theme="canyon",
        style="twisty",
        cols=180,
        rows=150,
        barrier="armco",
        seed=16,
        width=11,
        runoff=3,
        lanes=[(0.0, "double_yellow")],
        corners=[
            (60, 540, 30),
            (420, 540, 40),
            (520, 420, 30),
            (660, 460, 30),
            (660, 250, 35),
            (520, 200, 25),
            (560, 60, 30),
            (300, 60, 30),
            (360, 200, 25),
            (250, 330, 25),
            (120, 250, 30),
            (60, 380, 30),
        ],
        finish=(162, 540),
        dirt=[(0.40, 0.52), (0.74, 0.82)],
    ),
]
