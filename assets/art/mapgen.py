"""Turn compact track descriptions into finished Tiled maps.

A circuit is a rounded polygon (centre line), a width, a run-off and a theme.
From the distance to the centre line, sampled on a 1 m lattice, the builder
labels terrain, marches the tile grid to pick ground/edge tiles, traces the wall
contour (the same samples give the barrier tiles and the physics polygons, so
what you see is what you hit), paints markings, kerbs and the grid, places the
race objects and a smoothed racing line, then lets the theme dress the scenery.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from assets.art import exact
from assets.art import geometry as geo
from assets.art.mapmodel import PPM, MapModel, MapObject
from assets.art.tiles import VARIANTS
from assets.art.tilesets import (
    COVER_PAIRS,
    EDGE_PAIRS,
    cover_set_name,
    cut_name,
    edge_set_name,
    line_name,
)

F = npt.NDArray[np.float64]
PAIR_INSIDE = {(a, b): a for a, b, _ in EDGE_PAIRS}


@dataclass
class Circuit:
    """A closed race track, described compactly enough to restyle and rebuild.

    ``corners`` are polygon vertices in metres with a fillet radius, in driving
    order. ``finish`` must sit on an axis-aligned straight whose centre line is
    on a tile boundary (a multiple of 4 m) at a tile centre along it (4k + 2 m),
    so the chequer, the grid boxes and the start slots land on whole tiles.
    """

    id: str
    name: str
    theme: str
    style: str  # "fast" | "twisty": which lap-length band it must meet
    cols: int
    rows: int
    corners: list[tuple[float, float, float]]
    finish: tuple[float, float]
    width: float = 13.0
    runoff: float = 3.0
    laps: int = 3
    night: bool = False
    dirt: list[tuple[float, float]] = field(default_factory=list)
    lanes: list[tuple[float, str]] = field(default_factory=lambda: [(0.0, "dash_white")])
    barrier: str = "armco"
    kerbs: bool = False
    seed: int = 1
    extra: dict[str, float] = field(default_factory=dict)


@dataclass
class Ctx:
    """Everything a theme needs while it dresses a map."""

    model: MapModel
    rng: np.random.Generator
    names: list[str]
    labels: npt.NDArray[np.int16]
    sdf: F  # signed distance to the road edge (m), negative on the road
    s: F  # arc length of the nearest centre-line point
    runoff: float
    centre: F = field(default_factory=lambda: np.zeros((0, 2)))
    cuts: dict[tuple[int, int], tuple[str, tuple[int, int, int, int, int]]] = field(default_factory=dict)
    used: npt.NDArray[np.bool_] = field(init=False)

    def __post_init__(self) -> None:
        self.used = np.zeros((self.model.rows, self.model.cols), dtype=bool)

    def label(self, name: str) -> int:
        if name not in self.names:
            self.names.append(name)
        return self.names.index(name)

    def tile_sdf_min(self) -> F:
        """Smallest road-edge distance over each tile's 5x5 block (m)."""
        L = geo.LATTICE
        rows, cols = self.model.rows, self.model.cols
        out = np.full((rows, cols), np.inf)
        for dy in range(L + 1):
            for dx in range(L + 1):
                out = np.minimum(out, self.sdf[dy : dy + rows * L : L, dx : dx + cols * L : L])
        return out

    def free_tiles(self, margin: float, terrain: str) -> npt.NDArray[np.bool_]:
        """Tiles clear of the walls by ``margin`` m, wholly ``terrain``, not yet used."""
        L = geo.LATTICE
        rows, cols = self.model.rows, self.model.cols
        lab = self.label(terrain)
        ok = self.tile_sdf_min() > self.runoff + margin
        for dy in range(L + 1):
            for dx in range(L + 1):
                ok &= self.labels[dy : dy + rows * L : L, dx : dx + cols * L : L] == lab
        return ok & ~self.used


# --------------------------------------------------------------------------- ground


def compose_ground(ctx: Ctx) -> None:
    """Pick every ground tile from the label lattice (full tiles and cut tiles)."""
    model, labels, names = ctx.model, ctx.labels, ctx.names
    rows, cols = model.rows, model.cols
    L = geo.LATTICE
    mixed = geo.mixed_tiles(labels, cols, rows)
    variants = ctx.rng.integers(0, VARIANTS, size=(rows, cols))
    for r in range(rows):
        for c in range(cols):
            block = labels[r * L : (r + 1) * L + 1, c * L : (c + 1) * L + 1]
            if mixed[r, c]:
                placed = _place_cut(ctx, r, c, block)
                if placed:
                    continue
                lab = int(block[L // 2, L // 2])
            else:
                lab = int(block[0, 0])
            model.set_ground(r, c, "terrain", f"{names[lab]}.{variants[r, c]}")


CUT_PRIORITY = ("asphalt", "dirt", "rock", "concrete", "forest")
"""When three terrains meet in a tile, the highest of these keeps its edge on the ground."""

COVERS = {(a, b) for a, b, _ in COVER_PAIRS}
COVER_PRIO = 4
"""Decor priority of a cover (second cut): above markings and kerbs, below barriers."""


def _place_cut(ctx: Ctx, r: int, c: int, block: npt.NDArray[np.int16]) -> bool:
    uniq = [int(v) for v in np.unique(block)]
    if len(uniq) > 2:
        return _place_three(ctx, r, c, block, uniq)
    return _place_pair(ctx, r, c, block, uniq)


def _place_three(ctx: Ctx, r: int, c: int, block: npt.NDArray[np.int16], uniq: list[int]) -> bool:
    """Three (or more) terrains in one tile: the road's cut on the ground, and the
    other boundary as a cover tile on the decor layer, so both edges stay smooth.

    The ground cut runs between the most important terrain (``CUT_PRIORITY``) and
    a *base* terrain that every other terrain here is drawn over; the others are
    folded into the base beneath, and the biggest of them that has a cover set
    is drawn on top of it with the same cut the neighbouring tiles use.
    """
    names = ctx.names
    ranked = sorted(
        uniq, key=lambda v: CUT_PRIORITY.index(names[v]) if names[v] in CUT_PRIORITY else len(CUT_PRIORITY)
    )
    count = {v: int((block == v).sum()) for v in uniq}
    # If the top terrain's own edge is not one clean cut (a sliver in the tile),
    # the next one keeps the edge, with the more important ones folded into it.
    for i, keep in enumerate(ranked[:-1]):
        ahead = np.isin(block, ranked[: i + 1])
        rest = ranked[i + 1 :]
        for base in sorted(rest, key=lambda v: -count[v]):
            pair = (names[keep], names[base])
            if pair not in PAIR_INSIDE and pair[::-1] not in PAIR_INSIDE:
                continue
            over = [v for v in rest if v != base and (names[v], names[base]) in COVERS]
            if not over:
                continue
            top = max(over, key=lambda v: count[v])
            folded = np.where(ahead, keep, base).astype(block.dtype)
            if not _place_pair(ctx, r, c, folded, sorted((keep, base))):
                continue
            key = _cut_key(block == top)
            if key is not None:
                ctx.model.set_decor(r, c, cover_set_name(names[top], names[base]), cut_name(key), COVER_PRIO)
            return True
        # No cover fits: keep this edge and fold the rest together.
        other = max(rest, key=lambda v: count[v])
        folded = np.where(ahead, keep, other).astype(block.dtype)
        if _place_pair(ctx, r, c, folded, sorted((keep, other))):
            return True
    return False


def _place_pair(ctx: Ctx, r: int, c: int, block: npt.NDArray[np.int16], uniq: list[int]) -> bool:
    if len(uniq) != 2:
        return False
    a, b = ctx.names[uniq[0]], ctx.names[uniq[1]]
    if (a, b) in PAIR_INSIDE:
        inside, outside = a, b
    elif (b, a) in PAIR_INSIDE:
        inside, outside = b, a
    else:
        return False
    key = _cut_key(block == ctx.names.index(inside))
    if key is None:
        return False
    ctx.model.set_ground(r, c, edge_set_name(inside, outside), cut_name(key))
    ctx.cuts[(r, c)] = (f"{inside}|{outside}", key)
    return True


def _cut_key(inb: npt.NDArray[np.bool_]) -> tuple[int, int, int, int, int] | None:
    """The cut-tile key of a tile whose inside is ``inb`` (None unless one clean cut)."""
    cr = geo.block_transitions(inb)
    if len(cr) != 2:
        return None
    (e1, p1), (e2, p2) = sorted(cr)
    if e1 == e2:
        return None
    corner_pos = ((0, 0), (0, -1), (-1, -1), (-1, 0))
    first_a = corner_pos[e1 + 1]
    side = 0 if inb[first_a] else 1
    return (e1, p1, e2, p2, side)


def line_key(a: geo.Crossing, b: geo.Crossing) -> tuple[int, int, int, int] | None:
    (e1, p1), (e2, p2) = sorted((a, b))
    if e1 == e2:
        return None
    return (e1, p1, e2, p2)


def paint_polyline(ctx: Ctx, pts_m: F, style: str, prio: int, closed: bool) -> None:
    """Paint a line style along a metre polyline onto the decor layer."""
    for r, c, a, b in geo.polyline_tile_pieces(pts_m * PPM, closed):
        key = line_key(a, b)
        if key is not None:
            ctx.model.set_decor(r, c, "lines", line_name(style, key), prio)


# --------------------------------------------------------------------------- walls


def trace_walls(
    ctx: Ctx,
    drivable: npt.NDArray[np.bool_],
    style: str | None,
    skip: Callable[[int, int], bool] | None = None,
    name: str = "wall",
) -> int:
    """Wall polygons along a drivable region's boundary, plus matching barrier tiles.

    Returns the number of wall loops written.
    """
    model = ctx.model
    rows, cols = model.rows, model.cols
    if style is not None:
        mixed = geo.mixed_tiles(drivable, cols, rows)
        for r, c in zip(*np.nonzero(mixed), strict=True):
            r, c = int(r), int(c)
            if skip is not None and skip(r, c):
                continue
            segs = geo.block_segments(geo.tile_block(drivable, r, c))
            if segs:
                key = line_key(*segs[0])
                if key is not None:
                    model.set_decor(r, c, "lines", line_name(style, key), 5)
    loops = geo.contours(drivable, cols, rows)
    n = 0
    for chain in loops:
        if len(chain) < 3:
            continue
        pts = [(float(x), float(y)) for x, y in chain]
        simple = geo.simplify([*pts, pts[0]], 1.0)[:-1]
        model.add("physics", MapObject("Wall", "polygon", simple, name=f"{name}{n}"))
        n += 1
    return n


def boundary_wall(model: MapModel) -> None:
    """A wall just inside the map's edge, so nothing can ever leave the map."""
    w, h = model.cols * 32, model.rows * 32
    m = 8.0
    model.add(
        "physics",
        MapObject("Wall", "polygon", [(m, m), (w - m, m), (w - m, h - m), (m, h - m)], name="boundary"),
    )


# --------------------------------------------------------------------------- racing line


def racing_line(centre: F, half_width: float, margin: float = 2.2) -> F:
    """A smooth line through the lap that uses the road's width in the corners.

    Iterative Laplacian smoothing at several scales, each step projected back
    onto the centre-line normal and clamped inside the road: a cheap stand-in
    for minimum-curvature that cuts apexes and straightens chicanes.
    """
    nrm = geo.normals(centre)
    lim = max(0.0, half_width - margin)
    off = np.zeros(len(centre))
    for stride, iters in ((24, 60), (12, 60), (6, 60), (3, 60), (1, 30)):
        for _ in range(iters):
            p = centre + nrm * off[:, None]
            avg = 0.5 * (np.roll(p, stride, axis=0) + np.roll(p, -stride, axis=0))
            target = p + 0.8 * (avg - p)
            off = np.clip(((target - centre) * nrm).sum(axis=1), -lim, lim)
    return np.asarray(centre + nrm * off[:, None])


# --------------------------------------------------------------------------- circuit


Theme = Callable[[Circuit, Ctx, "Built"], None]


@dataclass
class Built:
    """What a built circuit exposes to its theme, its tests and its preview."""

    desc: Circuit
    model: MapModel
    centre: F
    racing: F
    lap_m: float
    ctx: Ctx


def build_circuit(desc: Circuit, themes: dict[str, tuple[Callable[..., None], Theme]]) -> Built:
    """Build one circuit map (not yet written)."""
    model = MapModel(desc.id, desc.cols, desc.rows)
    rng = np.random.default_rng(desc.seed)
    centre = geo.rounded_polygon(desc.corners, 1.0)
    centre = geo.resample_closed(centre, 1.0)
    centre = geo.rotate_to(centre, desc.finish)
    centre = geo.resample_closed(centre, 1.0)
    centre = geo.rotate_to(centre, desc.finish)
    hw = desc.width / 2
    reach = hw + desc.runoff + 48.0
    fld = geo.distance_field(centre, desc.cols, desc.rows, reach)
    sdf = fld.dist - hw
    lap = geo.polyline_length(centre)
    labeller, dresser = themes[desc.theme]
    ctx = Ctx(model, rng, [], np.zeros(sdf.shape, np.int16), sdf, fld.s, desc.runoff, centre)
    labeller(desc, ctx, lap)
    compose_ground(ctx)
    _finish_and_grid(desc, ctx, centre)
    racing = racing_line(centre, hw)
    built = Built(desc, model, centre, racing, lap, ctx)
    _markings(desc, ctx, centre, lap)
    drivable = sdf < desc.runoff
    rock = ctx.names.index("rock") if "rock" in ctx.names else -1

    def rocky(r: int, c: int) -> bool:
        block = geo.tile_block(ctx.labels, r, c)
        return bool((block == rock).any())

    trace_walls(ctx, drivable, desc.barrier, rocky)
    boundary_wall(model)
    _race_objects(desc, ctx, centre, racing)
    dresser(desc, ctx, built)
    model.properties.update(
        {
            "name": ("string", desc.name),
            "kind": ("string", "circuit"),
            "laps": ("int", str(desc.laps)),
            "night": ("bool", "true" if desc.night else "false"),
            "pixels_per_metre": ("float", _fmt(PPM)),
            "default_surface": ("string", _default_surface(ctx)),
            "author": ("string", "FAST TRACK (generated by assets/art)"),
        }
    )
    return built


def _fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


def _default_surface(ctx: Ctx) -> str:
    from assets.art.tiles import TERRAINS

    counts = np.bincount(ctx.labels.ravel(), minlength=len(ctx.names))
    return TERRAINS[ctx.names[int(np.argmax(counts))]].surface


def in_dirt(desc: Circuit, s: F | float, lap: float) -> npt.NDArray[np.bool_]:
    """Whether arc length ``s`` lies in one of the circuit's dirt sections."""
    frac = np.asarray(s) / lap
    out = np.zeros(np.shape(frac), dtype=bool)
    for a, b in desc.dirt:
        out |= (frac >= a) & (frac < b)
    return out


def _heading(centre: F) -> float:
    d = centre[1] - centre[0]
    return math.degrees(exact.atan2_1(float(d[1]), float(d[0]))) % 360


def _finish_and_grid(desc: Circuit, ctx: Ctx, centre: F) -> None:
    heading = round(_heading(centre)) % 360
    if heading % 90:
        raise ValueError(f"{desc.id}: the finish straight must be axis-aligned, not {heading}°")
    fx, fy = desc.finish
    model = ctx.model
    horizontal = heading in (0, 180)
    along, across = (fx, fy) if horizontal else (fy, fx)
    if across % 4 or (along - 2) % 4:
        raise ValueError(f"{desc.id}: finish {desc.finish} is not on the tile pattern")
    # chequer across the road, clipped at the edge tiles
    hw = desc.width / 2
    lo, hi = math.floor((across - hw) / 4), math.floor((across + hw) / 4)
    for k in range(lo, hi + 1):
        r, c = (k, int(fx // 4)) if horizontal else (int(fy // 4), k)
        cut = ctx.cuts.get((r, c))
        tag = "v" if horizontal else "h"
        if cut is None:
            model.set_decor(r, c, "decor", f"chequer.{tag}", 4)
        else:
            e1, p1, e2, p2, side = cut[1]
            if (horizontal and (e1, e2) == (1, 3) and p1 == p2) or (
                not horizontal and (e1, e2) == (0, 2) and p1 == p2
            ):
                model.set_decor(r, c, "decor", f"chequer.{tag}.{p1}{side}", 4)
    # eight slots, two abreast and staggered, behind the line
    fwd = exact.q((centre[1] - centre[0]) / exact.norm2(centre[1] - centre[0]))
    left = np.array([fwd[1], -fwd[0]])
    for i in range(8):
        back = 4.0 + 4.0 * i
        lat = 2.0 if i % 2 == 0 else -2.0
        p = np.array(desc.finish) - fwd * back + left * lat
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
        model.set_decor(int(p[1] // 4), int(p[0] // 4), "decor", f"grid.{heading}", 4)


def _markings(desc: Circuit, ctx: Ctx, centre: F, lap: float) -> None:
    nrm = geo.normals(centre)
    s = geo.arc_lengths(centre)
    dirt = in_dirt(desc, s, lap)
    near_finish = (s < 8) | (s > lap - 8)
    skip = dirt | near_finish
    for offset, style in desc.lanes:
        pts = centre + nrm * offset
        if not skip.any():
            paint_polyline(ctx, pts, style, 2, closed=True)
            continue
        start = int(np.argmax(skip))  # walk from a skipped point so runs don't wrap
        order = np.roll(np.arange(len(pts)), -start)
        run: list[int] = []
        for i in [*order, order[0]]:
            if skip[i]:
                if len(run) > 2:
                    paint_polyline(ctx, pts[run], style, 2, closed=False)
                run = []
            else:
                run.append(int(i))
    if desc.kerbs:
        k = geo.curvature(centre)
        for (r, c), (pair, key) in ctx.cuts.items():
            if not pair.startswith("asphalt|"):
                continue
            si = ctx.s[r * 4 + 2, c * 4 + 2]
            i = int(si) % len(centre)
            window = k[np.arange(i - 6, i + 7) % len(centre)]
            if np.abs(window).max() > 1 / 75:
                ctx.model.set_decor(r, c, "kerbs", cut_name(key), 3)


def _race_objects(desc: Circuit, ctx: Ctx, centre: F, racing: F) -> None:
    model = ctx.model
    lap = geo.polyline_length(centre)
    s = geo.arc_lengths(centre)
    nrm = geo.normals(centre)
    span = desc.width / 2 + desc.runoff + 1.5
    n_cp = int(min(16, max(8, round(lap / 200))))

    def gate(i: int) -> list[tuple[float, float]]:
        a = (centre[i] + nrm[i] * span) * PPM
        b = (centre[i] - nrm[i] * span) * PPM
        return [(float(a[0]), float(a[1])), (float(b[0]), float(b[1]))]

    for k in range(n_cp):
        target = lap * (k + 1) / (n_cp + 1)
        i = _straightest_near(centre, s, target, 40.0)
        model.add(
            "race",
            MapObject("Checkpoint", "polyline", gate(i), name=f"cp{k}", props={"index": ("int", str(k))}),
        )
    model.add("race", MapObject("FinishLine", "polyline", gate(0), name="finish"))
    pts = geo.resample_closed(racing, 4.0) * PPM
    model.add(
        "ai", MapObject("RacingLine", "polygon", [(float(x), float(y)) for x, y in pts], name="racing_line")
    )


def _straightest_near(centre: F, s: F, target: float, window: float) -> int:
    """Index near arc length ``target`` where the track bends least (gates read best there)."""
    k = np.abs(geo.curvature(centre))
    idx = np.nonzero(np.abs(s - target) <= window)[0]
    if len(idx) == 0:
        return int(np.argmin(np.abs(s - target)))
    smooth = exact.running_mean(np.concatenate([k, k[:10]]), 11)[: len(k)]
    return int(idx[np.argmin(exact.q(smooth[idx] + 1e-4 * np.abs(s[idx] - target)))])


# --------------------------------------------------------------------------- scenery helpers


def roof_rect(model: MapModel, r: int, c: int, h: int, w: int, style: str, rng: np.random.Generator) -> None:
    """A building seen from above: a 9-slice roof of ``h`` x ``w`` tiles."""
    for dr in range(h):
        for dc in range(w):
            v = "n" if dr == 0 else "s" if dr == h - 1 else ""
            v += "w" if dc == 0 else "e" if dc == w - 1 else ""
            if not v:
                roll = rng.random()
                v = "c1" if roll < 0.12 else "c2" if roll < 0.18 else "c"
            model.set_ground(r + dr, c + dc, "terrain", f"roof.{style}.{v}")


def building_shadows(ctx: Ctx, r: int, c: int, h: int, w: int) -> None:
    m = ctx.model
    for dr in range(h):
        if not ctx.used[r + dr, min(c + w, m.cols - 1)]:
            m.set_decor(r + dr, c + w, "decor", "shadow.e", 1)
    for dc in range(w):
        if not ctx.used[min(r + h, m.rows - 1), c + dc]:
            m.set_decor(r + h, c + dc, "decor", "shadow.s", 1)
    if not ctx.used[min(r + h, m.rows - 1), min(c + w, m.cols - 1)]:
        m.set_decor(r + h, c + w, "decor", "shadow.se", 1)


def fill_rects(
    ctx: Ctx,
    free: npt.NDArray[np.bool_],
    sizes: tuple[int, int],
    painter: Callable[[int, int, int, int], None],
    gap_chance: float = 0.4,
    step: int = 1,
) -> list[tuple[int, int, int, int]]:
    """Greedily fill free tiles with rectangles (buildings, container blocks, parks)."""
    rng = ctx.rng
    rows, cols = free.shape
    placed = []
    avail = free.copy()
    for r in range(0, rows, step):
        for c in range(0, cols, step):
            if not avail[r, c]:
                continue
            h = int(rng.integers(sizes[0], sizes[1] + 1))
            w = int(rng.integers(sizes[0], sizes[1] + 1))
            while h >= sizes[0] and not avail[r : r + h, c : c + w].all():
                h -= 1
            while w >= sizes[0] and (r + h > rows or c + w > cols or not avail[r : r + h, c : c + w].all()):
                w -= 1
            if h < sizes[0] or w < sizes[0]:
                continue
            painter(r, c, h, w)
            placed.append((r, c, h, w))
            pad = 1 if rng.random() < gap_chance else 0
            avail[max(0, r - pad) : r + h + pad, max(0, c - pad) : c + w + pad] = False
            ctx.used[r : r + h, c : c + w] = True
    return placed


def along(centre: F, lateral: float, spacing: float, phase: float = 0.0) -> F:
    """Points every ``spacing`` m along the lap at a lateral offset (left positive)."""
    nrm = geo.normals(centre)
    s = geo.arc_lengths(centre)
    lap = geo.polyline_length(centre)
    targets = np.arange(phase, lap, spacing)
    idx = np.searchsorted(s, targets).clip(0, len(centre) - 1)
    return np.asarray(centre[idx] + nrm[idx] * lateral)


def lamp_at(ctx: Ctx, x: float, y: float, night: bool) -> None:
    """A street lamp (overhead) and, at night, its pool of light on the ground."""
    r, c = int(y // 4), int(x // 4)
    if not ctx.model.inside(r, c) or ctx.used[r, c]:
        return
    ctx.model.set_overhead(r, c, "lamp")
    if night:
        cr, cc = round(y / 4), round(x / 4)
        for q, (dr, dc) in enumerate(((-1, -1), (-1, 0), (0, 0), (0, -1))):
            ctx.model.set_decor(cr + dr, cc + dc, "decor", f"lightpool.{q}", 1)
