"""Tile pieces built on the terrain textures: cuts, lines, decor, roofs and props.

Each public function returns one float RGBA tile (see ``assets.art.tiles``).
Cut and line tiles share one parametrisation (edge, position) so a road edge,
its kerb and the barrier beside it line up exactly where tiles meet.
"""

from __future__ import annotations

import numpy as np

from assets.art import exact
from assets.art.tiles import (
    _XX,
    _YY,
    CORNERS,
    TERRAINS,
    Img,
    T,
    band,
    corners_group_a,
    coverage,
    disc,
    edge_point,
    interior_window,
    over,
    paint,
    periodic_noise,
    rgba,
    seg_distance,
)

WHITE = (232, 232, 224)
YELLOW = (234, 184, 44)
KERB_RED = (204, 44, 38)
KERB_WHITE = (238, 236, 230)
SHADOW = (8, 10, 18)

CutKey = tuple[int, int, int, int, int]
LineKey = tuple[int, int, int, int]


def cut_signed_distance(key: CutKey) -> Img:
    """Signed distance (px) of every pixel to the cut line, positive on the inside."""
    e1, p1, e2, p2, side = key
    ax, ay = edge_point(e1, p1)
    bx, by = edge_point(e2, p2)
    nx, ny = -(by - ay), bx - ax
    norm = exact.hypot1(nx, ny)
    nx, ny = exact.q(nx / norm), exact.q(ny / norm)
    d = exact.q((_XX - ax) * nx + (_YY - ay) * ny)
    cx, cy = CORNERS[corners_group_a(e1, e2)[0]]
    s = exact.q((cx - ax) * nx + (cy - ay) * ny)
    inside_is_a = side == 0
    sign = 1.0 if (s > 0) == inside_is_a else -1.0
    return np.asarray(d * sign)


def inside_fraction(key: CutKey) -> float:
    """Share of the tile on the inside of the cut (decides the tile's surface).

    Computed exactly, in integers, from the polygon the cut leaves: a cut
    through the tile's centre is exactly one half, which a sum over anti-aliased
    pixels gets only to within its rounding, one way or the other.
    """
    e1, p1, e2, p2, side = key
    a = edge_point(e1, p1)
    b = edge_point(e2, p2)
    group_a = [CORNERS[i] for i in corners_group_a(e1, e2)]
    ring = [a, *group_a, b]
    twice = 0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        twice += int(x0) * int(y1) - int(x1) * int(y0)
    area_a = abs(twice)  # twice the area of corner group a's side
    inside = area_a if side == 0 else 2 * T * T - area_a
    return inside / (2 * T * T)


def _shade(img: Img, factor: Img) -> Img:
    out = img.copy()
    out[..., :3] *= factor[..., None]
    return out


def cut_tile(inside: str, outside: str, style: str, key: CutKey) -> Img:
    """A tile split by a cut: ``inside`` terrain on one side, ``outside`` on the other.

    ``style`` is the edge treatment that makes the boundary read at game zoom:
    ``line`` (white edge line on the road plus a dark rim on the verge),
    ``kerbstone`` (raised pavement edge), ``soft`` (ragged unpaved edge),
    ``cliff`` (rock rim and cast shadow), ``quay`` (concrete lip over water),
    ``canopy`` (bumpy tree line with shadow).
    """
    return _cut_image(TERRAINS[inside].texture(0), TERRAINS[outside].texture(0), style, key)


def cover_tile(inside: str, style: str, key: CutKey) -> Img:
    """The ``inside`` half of a cut tile alone, over transparency, for a second cut in a tile.

    Where three terrains meet in one tile the ground tile can carry only one cut
    (the road's); this overlay, placed on the decor layer, draws the other
    boundary with the same edge treatment, so it is exactly the matching
    ``cut_tile`` wherever the ground beneath is the pair's outside terrain.
    Every step of ``_cut_image`` is linear in the outside image, so rendering
    over black and over white recovers each pixel's colour and opacity.
    """
    a = TERRAINS[inside].texture(0)
    on_black = _cut_image(a, rgba((0, 0, 0)), style, key)[..., :3]
    on_white = _cut_image(a, rgba((255, 255, 255)), style, key)[..., :3]
    alpha = np.clip(1.0 - (on_white - on_black).mean(axis=2) / 255.0, 0.0, 1.0)
    img = np.zeros((T, T, 4))
    safe = np.where(alpha > 1e-6, alpha, 1.0)[..., None]
    img[..., :3] = np.where(alpha[..., None] > 1e-6, on_black / safe, 0.0)
    img[..., 3] = alpha * 255.0
    return img


def _cut_image(a: Img, b: Img, style: str, key: CutKey) -> Img:
    """``a`` inside the cut, ``b`` outside, with ``style``'s edge treatment."""
    d = cut_signed_distance(key)
    win = interior_window(8.0)
    if style in ("soft", "canopy"):
        rng = np.random.default_rng(hash_key(key) + (11 if style == "soft" else 12))
        amp = 1.4 if style == "soft" else 2.6
        d = d + amp * win * periodic_noise(rng, 1.6)
    cov = coverage(d)[..., None]
    img = b * (1.0 - cov) + a * cov
    if style == "line":
        img = _shade(img, 1.0 - 0.30 * band(d, -3.0, 0.0))
        img = _shade(img, 1.0 - 0.22 * band(d, 0.0, 1.2))
        img = paint(img, WHITE, band(d, 1.8, 4.4), 0.95)
    elif style == "kerbstone":
        img = paint(img, (188, 186, 178), band(d, -3.0, 0.0), 1.0)
        img = paint(img, (120, 118, 112), band(d, -3.6, -2.8), 0.7)
        img = _shade(img, 1.0 - 0.35 * band(d, 0.0, 1.6))
    elif style == "soft":
        img = _shade(img, 1.0 - 0.22 * band(d, -2.5, 0.0))
    elif style == "cliff":
        img = _shade(img, 1.0 + 0.25 * band(d, 0.0, 2.0))
        foot = np.clip(1.0 + d / 7.0, 0.0, 1.0) * (d < 0)
        img = _shade(img, 1.0 - 0.5 * foot)
    elif style == "quay":
        img = paint(img, (198, 196, 188), band(d, 0.0, 2.2), 1.0)
        img = paint(img, (70, 70, 70), band(d, 0.0, 0.7), 0.8)
        img = _shade(img, 1.0 - 0.45 * band(d, -4.0, 0.0))
    elif style == "canopy":
        img = _shade(img, 1.0 - 0.35 * band(d, -4.0, 0.0))
    return img


def hash_key(key: tuple[int, ...]) -> int:
    """A stable small integer from a key (Python's ``hash`` is salted per run)."""
    h = 0
    for k in key:
        h = h * 31 + k + 7
    return h % 100_000


def kerb_tile(key: CutKey) -> Img:
    """Red and white kerb blocks along the inside of a cut, transparent elsewhere."""
    d = cut_signed_distance(key)
    e1, p1, _e2, _p2, _ = key
    ax, ay = edge_point(e1, p1)
    bx, by = edge_point(key[2], key[3])
    ln = exact.hypot1(bx - ax, by - ay)
    t = exact.q(((_XX - ax) * (bx - ax) + (_YY - ay) * (by - ay)) / ln)
    blocks = np.floor(t / 8.0) % 2 == 0
    img = rgba((0, 0, 0), 0.0)
    strip = band(d, 0.0, 6.0)
    img = paint(img, KERB_RED, strip * blocks, 1.0)
    img = paint(img, KERB_WHITE, strip * ~blocks, 1.0)
    img = paint(img, (60, 30, 30), band(d, 5.4, 6.4), 0.6)
    return img


def _drop_shadow(img: Img, dist: Img, half: float, alpha: float = 0.35) -> Img:
    return paint(img, SHADOW, coverage(half - dist), alpha)


def line_tile(style: str, key: LineKey) -> Img:
    """A line from one border point to another in ``style``, transparent elsewhere.

    Barriers (``armco``, ``concrete``, ``tyres``, ``street``) are 8 px (1 m) wide,
    the width of a physics wall of radius 0.5 m, so what you see is what you hit.
    """
    e1, p1, e2, p2 = key
    ax, ay = edge_point(e1, p1)
    bx, by = edge_point(e2, p2)
    d, t = seg_distance(ax, ay, bx, by)
    ln = exact.hypot1(bx - ax, by - ay)
    ux, uy = exact.q((bx - ax) / ln), exact.q((by - ay) / ln)
    side = exact.q((_XX - ax) * -uy + (_YY - ay) * ux)  # signed perpendicular offset
    img = rgba((0, 0, 0), 0.0)
    if style in ("armco", "concrete", "tyres", "street"):
        ds, _ = seg_distance(ax + 1.5, ay + 2.0, bx + 1.5, by + 2.0)
        img = _drop_shadow(img, ds, 4.2)
    if style == "dash_white":
        dash = (t > ln / 2 - 6) & (t < ln / 2 + 6)
        img = paint(img, WHITE, coverage(1.2 - d) * dash, 0.92)
    elif style == "dash_yellow":
        dash = (t > ln / 2 - 8) & (t < ln / 2 + 8)
        img = paint(img, YELLOW, coverage(1.3 - d) * dash, 0.95)
    elif style == "solid_white":
        img = paint(img, WHITE, coverage(1.2 - d), 0.92)
    elif style == "solid_yellow":
        img = paint(img, YELLOW, coverage(1.3 - d), 0.95)
    elif style == "double_yellow":
        inside = (t > -1) & (t < ln + 1)
        img = paint(img, YELLOW, band(np.abs(side), 1.0, 3.0) * inside * (d < 3.2), 0.95)
    elif style == "armco":
        img = paint(img, (92, 98, 108), coverage(3.6 - d), 1.0)
        img = paint(img, (158, 164, 174), coverage(2.7 - d), 1.0)
        img = paint(img, (220, 226, 232), band(side, -1.8, -0.4) * (d < 2.7), 1.0)
        posts = (np.abs((t % 8.0) - 4.0) < 1.0) & (side > 0.8)
        img = paint(img, (56, 58, 66), coverage(3.6 - d) * posts, 1.0)
    elif style == "concrete":
        img = paint(img, (118, 116, 110), coverage(3.8 - d), 1.0)
        img = paint(img, (204, 202, 194), coverage(2.8 - d), 1.0)
        img = paint(img, (228, 226, 218), coverage(0.9 - d), 0.9)
        joints = np.abs((t % 16.0) - 8.0) < 0.6
        img = paint(img, (140, 138, 130), coverage(2.8 - d) * joints, 0.9)
    elif style == "tyres":
        n = max(1, round(ln / 7.0))
        step = ln / n
        for k in range(n + 1):
            cx, cy = ax + ux * k * step, ay + uy * k * step
            img = paint(img, (26, 26, 30), disc(cx, cy, 3.7), 1.0)
            ring = exact.hypot(_XX - cx, _YY - cy)
            img = paint(img, (86, 86, 92), band(ring, 1.3, 2.2), 0.9)
            if k % 3 == 0:
                img = paint(img, (206, 206, 200), band(ring, 2.6, 3.4), 0.9)
    elif style == "street":
        blocks = np.floor(t / 8.0) % 2 == 0
        body = coverage(3.4 - d)
        img = paint(img, (54, 20, 20), body, 1.0)
        img = paint(img, KERB_RED, coverage(2.6 - d) * blocks, 1.0)
        img = paint(img, KERB_WHITE, coverage(2.6 - d) * ~blocks, 1.0)
    elif style == "skid":
        img = paint(img, (14, 14, 16), band(np.abs(side), 2.0, 3.6) * (d < 4), 0.22)
    else:
        raise ValueError(f"unknown line style {style!r}")
    return img


# --------------------------------------------------------------------------- decor


def chequer(vertical: bool, mask_key: CutKey | None = None) -> Img:
    """A 2 m start/finish chequer band through the tile's middle.

    ``vertical`` is the band for a road running east-west. With ``mask_key`` the
    band is clipped to the inside of that road-edge cut.
    """
    u, v = (_XX, _YY) if vertical else (_YY, _XX)
    inband = (u > 8) & (u < 24)
    cells = (np.floor(u / 8) + np.floor(v / 8)) % 2 == 0
    img = rgba((0, 0, 0), 0.0)
    cov = inband.astype(np.float64)
    if mask_key is not None:
        cov = cov * coverage(cut_signed_distance(mask_key))
    img = paint(img, (20, 20, 22), cov * cells, 1.0)
    img = paint(img, (240, 240, 236), cov * ~cells, 1.0)
    return img


def grid_box(heading_deg: int) -> Img:
    """A painted grid slot bracket for a car facing ``heading_deg`` (0 = east)."""
    img = rgba((0, 0, 0), 0.0)
    front, _ = seg_distance(27, 7, 27, 25)
    left, _ = seg_distance(15, 7, 27, 7)
    right, _ = seg_distance(15, 25, 27, 25)
    d = np.minimum(front, np.minimum(left, right))
    img = paint(img, WHITE, coverage(1.0 - d), 0.9)
    return np.rot90(img, k=-(heading_deg // 90) % 4, axes=(0, 1)).copy() if heading_deg else img


def crosswalk(road_vertical: bool) -> Img:
    """Zebra bars for a crossing on a road running vertically (or not)."""
    u, v = (_XX, _YY) if road_vertical else (_YY, _XX)
    bars = ((u % 8) < 4.5) & (v > 3) & (v < 29)
    return paint(rgba((0, 0, 0), 0.0), WHITE, bars.astype(np.float64), 0.9)


def building_shadow(kind: str) -> Img:
    """Shadow a building casts onto its east (``e``), south (``s``) or corner (``se``) tile."""
    img = rgba((0, 0, 0), 0.0)
    fall_x = np.clip(1.0 - _XX / 14.0, 0, 1)
    fall_y = np.clip(1.0 - _YY / 14.0, 0, 1)
    if kind == "e":
        cov = fall_x
    elif kind == "s":
        cov = fall_y
    else:
        cov = np.minimum(fall_x, fall_y)
    return paint(img, SHADOW, cov, 0.45)


def light_pool(quadrant: int) -> Img:
    """One quarter of a 2x2-tile pool of warm street light (0 TL, 1 TR, 2 BR, 3 BL)."""
    ox = (T, 0, 0, T)[quadrant]
    oy = (T, T, 0, 0)[quadrant]
    r = exact.hypot(_XX - ox, _YY - oy)
    cov = exact.power(np.clip(1.0 - r / 30.0, 0, 1), 1.5)
    return paint(rgba((0, 0, 0), 0.0), (255, 210, 130), cov, 0.42)


def scatter(kind: str, variant: int) -> Img:
    """Small ground scatter: desert ``scrub``, ``stones``, ``oilstain``, ``manhole``, ``flowers``."""
    rng = np.random.default_rng(500 + variant * 13 + len(kind))
    img = rgba((0, 0, 0), 0.0)
    if kind == "scrub":
        for _ in range(3 + variant):
            cx, cy = rng.uniform(10, 22, size=2)
            r = rng.uniform(2.5, 4.5)
            img = paint(img, SHADOW, disc(cx + 1.5, cy + 1.5, r), 0.3)
            img = paint(img, (108, 118, 74), disc(cx, cy, r), 1.0)
            img = paint(img, (146, 152, 98), disc(cx - 1, cy - 1, r * 0.5), 0.8)
    elif kind == "stones":
        for _ in range(4 + variant):
            cx, cy = rng.uniform(6, 26, size=2)
            r = rng.uniform(1.2, 3.0)
            img = paint(img, SHADOW, disc(cx + 1, cy + 1, r), 0.35)
            img = paint(img, (150, 138, 124), disc(cx, cy, r), 1.0)
            img = paint(img, (188, 178, 164), disc(cx - 0.6, cy - 0.6, r * 0.5), 0.8)
    elif kind == "oilstain":
        for _ in range(3):
            cx, cy = rng.uniform(10, 22, size=2)
            img = paint(img, (16, 16, 20), disc(cx, cy, rng.uniform(3, 7)), 0.35)
    elif kind == "manhole":
        img = paint(img, (40, 40, 44), disc(16, 16, 6.5), 1.0)
        img = paint(img, (88, 88, 92), band(exact.hypot(_XX - 16, _YY - 16), 4.5, 6.0), 1.0)
        grid = ((_XX % 3) < 1) & (exact.hypot(_XX - 16, _YY - 16) < 4.2)
        img = paint(img, (70, 70, 74), grid.astype(np.float64), 1.0)
    elif kind == "flowers":
        for _ in range(10):
            cx, cy = rng.uniform(4, 28, size=2)
            col = ((236, 220, 90), (230, 230, 240), (214, 110, 160))[int(rng.integers(3))]
            img = paint(img, col, disc(cx, cy, 1.0), 1.0)
    else:
        raise ValueError(kind)
    return img


def rails(vertical: bool) -> Img:
    """Crane rails set into quay concrete (an opaque ground tile)."""
    img = TERRAINS["concrete"].texture(1)
    u = _XX if vertical else _YY
    for c in (9.0, 23.0):
        img = paint(img, (70, 70, 74), band(np.abs(u - c), 0, 1.6), 1.0)
        img = paint(img, (178, 180, 186), band(np.abs(u - c), 0, 0.7), 1.0)
    return img


# --------------------------------------------------------------------------- roofs, containers

ROOF_STYLES: dict[str, tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int]]] = {
    # name: (roof field, parapet, accent)
    "flat": ((112, 112, 116), (168, 166, 160), (84, 84, 90)),
    "red": ((150, 70, 56), (120, 54, 44), (176, 92, 72)),
    "warehouse": ((134, 142, 146), (176, 182, 186), (150, 96, 70)),
    "casino": ((206, 194, 172), (236, 60, 160), (60, 210, 230)),
    "dark": ((58, 58, 64), (104, 104, 110), (40, 40, 46)),
}


def roof_tile(style: str, part: str, variant: int = 0) -> Img:
    """One piece of a 9-slice roof: ``part`` is n, ne, e, se, s, sw, w, nw or c.

    Roofs are opaque ground tiles: buildings are solid, walled off in the map.
    """
    field_c, rim_c, accent = ROOF_STYLES[style]
    rng = np.random.default_rng(900 + variant + len(style) * 7)
    img = rgba(field_c)
    img[..., :3] *= (1.0 + 0.05 * periodic_noise(np.random.default_rng(901), 2.0))[..., None]
    img[..., :3] += rng.normal(0, 2.5, size=(T, T))[..., None]
    if style == "red":  # roof tile rows
        img[..., :3] *= (1.0 - 0.12 * ((_YY % 4) < 1))[..., None]
    elif style == "warehouse":  # corrugated ribs
        img[..., :3] *= (1.0 + 0.12 * exact.sin(2 * np.pi * _XX / 4))[..., None]
    dn = _YY if "n" in part else np.full_like(_YY, 99.0)
    ds = T - _YY if "s" in part else np.full_like(_YY, 99.0)
    dw = _XX if "w" in part else np.full_like(_XX, 99.0)
    de = T - _XX if "e" in part else np.full_like(_XX, 99.0)
    edge = np.minimum(np.minimum(dn, ds), np.minimum(dw, de))
    if part != "c":
        img = paint(img, rim_c, coverage(3.0 - edge), 1.0)
        img = _shade(img, 1.0 - 0.25 * band(edge, 3.0, 5.0))
        if style == "casino":
            img = paint(img, (255, 190, 240), coverage(1.0 - np.abs(edge - 1.5)), 0.9)
    elif variant == 1:  # rooftop plant: an AC unit with its shadow
        box = (np.abs(_XX - 15) < 6) & (np.abs(_YY - 14) < 5)
        sh = (np.abs(_XX - 17) < 6) & (np.abs(_YY - 16) < 5)
        img = paint(img, SHADOW, sh.astype(np.float64), 0.35)
        img = paint(img, (180, 182, 186), box.astype(np.float64), 1.0)
        img = paint(img, (90, 92, 98), disc(15, 14, 3.2), 1.0)
    elif variant == 2:  # skylight / neon sign
        box = (np.abs(_XX - 16) < 8) & (np.abs(_YY - 16) < 4)
        img = paint(img, accent, box.astype(np.float64), 1.0)
    return img


CONTAINER_COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (164, 52, 42),
    "blue": (42, 82, 144),
    "green": (48, 112, 72),
    "orange": (212, 116, 38),
    "grey": (124, 128, 134),
    "yellow": (214, 170, 44),
}


def container_tile(colour: str, part: int, vertical: bool) -> Img:
    """One third (0 start, 1 middle, 2 end) of a 12 m shipping container on concrete."""
    base = TERRAINS["concrete"].texture(part + 1)
    u, v = (_YY, _XX) if vertical else (_XX, _YY)
    col = CONTAINER_COLOURS[colour]
    lo = 3.0 if part == 0 else -1.0
    hi = T - 3.0 if part == 2 else T + 1.0
    body = (u > lo) & (u < hi) & (v > 6) & (v < 26)
    shadow = (u > lo + 2) & (u < hi + 2) & (v > 8) & (v < 28)
    img = paint(base, SHADOW, shadow.astype(np.float64), 0.4)
    ribs = 1.0 + 0.14 * exact.sin(2 * np.pi * u / 3.0)
    layer = rgba(col)
    layer[..., :3] *= ribs[..., None]
    layer[..., 3] = body * 255.0
    img = over(img, layer)
    rim = body & ((np.abs(v - 6.5) < 1) | (np.abs(v - 25.5) < 1))
    img = paint(img, tuple(int(c * 0.6) for c in col), rim.astype(np.float64), 1.0)  # type: ignore[arg-type]
    return img


# --------------------------------------------------------------------------- props (overhead)


def _crown(
    img: Img,
    cx: float,
    cy: float,
    r: float,
    dark: tuple[int, int, int],
    mid: tuple[int, int, int],
    light: tuple[int, int, int],
) -> Img:
    img = paint(img, SHADOW, disc(cx + r * 0.35, cy + r * 0.35, r), 0.35)
    img = paint(img, dark, disc(cx, cy, r), 1.0)
    img = paint(img, mid, disc(cx - r * 0.15, cy - r * 0.15, r * 0.75), 1.0)
    return paint(img, light, disc(cx - r * 0.35, cy - r * 0.35, r * 0.35), 0.8)


def palm(cx: float, cy: float, r: float, ox: float = 0.0, oy: float = 0.0) -> Img:
    """A palm crown centred at (cx, cy) in a frame offset by (ox, oy) px."""
    img = rgba((0, 0, 0), 0.0)
    xx, yy = _XX + ox, _YY + oy
    ang = exact.arctan2(yy - cy, xx - cx)
    rad = exact.hypot(xx - cx, yy - cy)
    fronds = 0.5 + 0.5 * exact.cos(ang * 9)
    reach = r * (0.55 + 0.45 * fronds)
    sh = exact.hypot(xx - cx - r * 0.3, yy - cy - r * 0.3)
    img = paint(img, SHADOW, coverage(reach - sh), 0.3)
    img = paint(img, (44, 96, 50), coverage(reach - rad), 1.0)
    img = paint(img, (86, 146, 70), coverage(reach * 0.75 - rad) * (fronds > 0.4), 1.0)
    return paint(img, (120, 92, 52), coverage(r * 0.14 - rad), 1.0)


def tree(cx: float, cy: float, r: float, ox: float = 0.0, oy: float = 0.0, desert: bool = False) -> Img:
    """A round broadleaf crown (or a grey-green desert tree) for the overhead layer."""
    img = rgba((0, 0, 0), 0.0)
    ccx, ccy = cx - ox, cy - oy
    if desert:
        return _crown(img, ccx, ccy, r, (74, 88, 56), (104, 118, 76), (146, 156, 108))
    img = _crown(img, ccx, ccy, r, (34, 70, 36), (54, 100, 48), (96, 146, 76))
    rng = np.random.default_rng(int(r * 10))
    for _ in range(5):
        a = rng.uniform(0, 2 * np.pi)
        img = paint(
            img,
            (70, 122, 60),
            disc(ccx + exact.cos1(a) * r * 0.5, ccy + exact.sin1(a) * r * 0.5, r * 0.3),
            0.7,
        )
    return img


def street_lamp() -> Img:
    """A lamp head seen from above, with the halo it throws."""
    img = rgba((0, 0, 0), 0.0)
    r = exact.hypot(_XX - 16, _YY - 16)
    img = paint(img, (255, 220, 150), np.clip(1 - r / 15.0, 0, 1) ** 2, 0.55)
    img = paint(img, (50, 52, 58), disc(16, 16, 3.4), 1.0)
    return paint(img, (255, 246, 214), disc(16, 16, 2.0), 1.0)


def cone() -> Img:
    """A traffic cone: orange with a white band, square base."""
    img = rgba((0, 0, 0), 0.0)
    base = (np.abs(_XX - 16) < 5) & (np.abs(_YY - 16) < 5)
    img = paint(img, SHADOW, disc(18, 18, 5), 0.35)
    img = paint(img, (200, 84, 20), base.astype(np.float64), 1.0)
    img = paint(img, (255, 120, 30), disc(16, 16, 4.0), 1.0)
    img = paint(img, (245, 245, 240), band(exact.hypot(_XX - 16, _YY - 16), 1.6, 2.8), 1.0)
    return paint(img, (255, 150, 60), disc(16, 16, 1.4), 1.0)


def barrel() -> Img:
    """An oil drum from above: rim, lid and bung."""
    img = rgba((0, 0, 0), 0.0)
    img = paint(img, SHADOW, disc(18, 18, 6), 0.35)
    img = paint(img, (30, 70, 130), disc(16, 16, 6.0), 1.0)
    img = paint(img, (60, 110, 170), disc(16, 16, 4.8), 1.0)
    img = paint(img, (40, 80, 140), band(exact.hypot(_XX - 16, _YY - 16), 2.6, 3.2), 1.0)
    return paint(img, (200, 200, 200), disc(18, 14, 0.9), 1.0)


def tyre_stack() -> Img:
    """A stack of tyres: black rings with a red-painted top tyre."""
    img = rgba((0, 0, 0), 0.0)
    r = exact.hypot(_XX - 16, _YY - 16)
    img = paint(img, SHADOW, disc(18, 18, 7.0), 0.35)
    img = paint(img, (24, 24, 28), disc(16, 16, 7.0), 1.0)
    img = paint(img, (200, 40, 36), band(r, 4.6, 6.4), 1.0)
    img = paint(img, (60, 60, 66), band(r, 2.4, 3.2), 1.0)
    return img


def crate() -> Img:
    """A wooden crate with cross bracing."""
    img = rgba((0, 0, 0), 0.0)
    box = (np.abs(_XX - 16) < 7) & (np.abs(_YY - 16) < 7)
    sh = (np.abs(_XX - 18) < 7) & (np.abs(_YY - 18) < 7)
    img = paint(img, SHADOW, sh.astype(np.float64), 0.35)
    img = paint(img, (150, 108, 60), box.astype(np.float64), 1.0)
    d1, _ = seg_distance(10, 10, 22, 22)
    d2, _ = seg_distance(22, 10, 10, 22)
    inner = (np.abs(_XX - 16) < 6) & (np.abs(_YY - 16) < 6)
    img = paint(img, (108, 76, 40), coverage(1.0 - np.minimum(d1, d2)) * inner, 1.0)
    rim = box & ~inner
    return paint(img, (118, 84, 46), rim.astype(np.float64), 1.0)


def joshua_tree() -> Img:
    """A Joshua tree: spiky clumps on forked arms."""
    img = rgba((0, 0, 0), 0.0)
    rng = np.random.default_rng(41)
    for _ in range(5):
        a = rng.uniform(0, 2 * np.pi)
        cx, cy = 16 + exact.cos1(a) * 7, 16 + exact.sin1(a) * 7
        arm, _ = seg_distance(16, 16, cx, cy)
        img = paint(img, (96, 80, 60), coverage(1.4 - arm), 1.0)
        ang = exact.arctan2(_YY - cy, _XX - cx)
        rr = exact.hypot(_XX - cx, _YY - cy)
        spikes = 3.2 * (0.6 + 0.4 * exact.cos(ang * 7))
        img = paint(img, SHADOW, coverage(spikes - exact.hypot(_XX - cx - 1.5, _YY - cy - 1.5)), 0.3)
        img = paint(img, (84, 116, 70), coverage(spikes - rr), 1.0)
    return img


def cactus() -> Img:
    """A round barrel cactus cluster."""
    img = rgba((0, 0, 0), 0.0)
    for cx, cy, r in ((13, 14, 4.5), (20, 18, 3.5), (14, 21, 2.8)):
        img = _crown(img, cx, cy, r, (56, 104, 64), (76, 130, 80), (130, 176, 120))
    return img
