"""Pixel work for 32 px tiles: seamless terrain textures, cut and line tiles, props.

Every function returns float RGBA arrays shaped (32, 32, 4) with values 0..255 so
tiles can be composed with plain numpy maths and quantised once at the end. All
randomness flows from explicit seeds, so a rebuild is byte-identical.

Why the "cut" and "line" tiles: tracks curve, tiles are square. A road edge is
drawn as a straight cut across each tile it passes through, between two points
on the tile's border. The border points are quantised to four positions per side
(4, 12, 20 and 28 px: one metre apart, never on a corner), so any smooth curve
becomes a chain of short straight pieces that meet exactly at shared tile edges.
Six edge pairs x 4 x 4 positions x 2 sides = 192 cut tiles per terrain pair, and
96 line tiles per line style (barriers, lane markings) built the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from assets.art import exact

T = 32
"""Tile size in pixels (4 m at the map's 8 px per metre)."""

POS: tuple[int, ...] = (4, 12, 20, 28)
"""Where a cut or line may cross a tile side, in px from the side's start."""

EDGE_PAIRS: tuple[tuple[int, int], ...] = ((0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3))
"""Edges are numbered 0 top, 1 right, 2 bottom, 3 left (clockwise)."""

CORNERS: tuple[tuple[float, float], ...] = ((0.0, 0.0), (T, 0.0), (T, T), (0.0, T))
"""Corner i starts edge i: 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left."""

Img = npt.NDArray[np.float64]

# Pixel-centre coordinates shared by every renderer.
_YY, _XX = np.mgrid[0:T, 0:T].astype(np.float64) + 0.5


def edge_point(edge: int, pos: int) -> tuple[float, float]:
    """The border point ``pos`` (0..3) on ``edge``, in tile pixels."""
    p = float(POS[pos])
    return ((p, 0.0), (float(T), p), (p, float(T)), (0.0, p))[edge]


def cut_keys() -> list[tuple[int, int, int, int, int]]:
    """All cut-tile keys ``(e1, p1, e2, p2, side)`` in tileset order."""
    return [
        (e1, p1, e2, p2, side)
        for e1, e2 in EDGE_PAIRS
        for p1 in range(4)
        for p2 in range(4)
        for side in range(2)
    ]


def line_keys() -> list[tuple[int, int, int, int]]:
    """All line-tile keys ``(e1, p1, e2, p2)`` in tileset order."""
    return [(e1, p1, e2, p2) for e1, e2 in EDGE_PAIRS for p1 in range(4) for p2 in range(4)]


def corners_group_a(e1: int, e2: int) -> tuple[int, ...]:
    """Corners on the clockwise run after edge ``e1`` up to the start of ``e2``.

    A cut from edge e1 to edge e2 splits the four corners into this group and the
    rest; the cut key's ``side`` says which group is inside (0 = this one).
    """
    return tuple(range(e1 + 1, e2 + 1))


def rgba(rgb: tuple[int, int, int], alpha: float = 255.0) -> Img:
    """A flat tile of one colour."""
    img = np.empty((T, T, 4))
    img[..., :3] = rgb
    img[..., 3] = alpha
    return img


def over(dst: Img, src: Img) -> Img:
    """Porter-Duff 'source over' of two float RGBA tiles."""
    sa = src[..., 3:4] / 255.0
    da = dst[..., 3:4] / 255.0
    out_a = sa + da * (1.0 - sa)
    out = np.zeros_like(dst)
    safe = np.where(out_a > 0, out_a, 1.0)
    out[..., :3] = (src[..., :3] * sa + dst[..., :3] * da * (1.0 - sa)) / safe
    out[..., 3:4] = out_a * 255.0
    return out


def paint(dst: Img, colour: tuple[int, int, int], cover: Img, alpha: float = 1.0) -> Img:
    """Blend a flat colour into ``dst`` where ``cover`` (0..1 per pixel) says."""
    layer = np.zeros_like(dst)
    layer[..., :3] = colour
    layer[..., 3] = np.clip(cover, 0.0, 1.0) * 255.0 * alpha
    return over(dst, layer)


def coverage(sd: Img) -> Img:
    """Anti-aliased coverage of a signed distance in px (positive inside)."""
    return np.clip(sd + 0.5, 0.0, 1.0)


def band(d: Img, lo: float, hi: float) -> Img:
    """Anti-aliased coverage of ``lo <= d <= hi``."""
    return np.minimum(coverage(d - lo), coverage(hi - d))


def periodic_noise(rng: np.random.Generator, power: float = 2.0, size: int = T) -> Img:
    """Zero-mean, unit-deviation noise that tiles with itself (it lives on a torus)."""
    spec = rng.normal(size=(size, size)) + 1j * rng.normal(size=(size, size))
    fx = np.fft.fftfreq(size)[None, :]
    fy = np.fft.fftfreq(size)[:, None]
    f = np.sqrt(fx * fx + fy * fy)
    f[0, 0] = 1.0
    spec = spec / exact.power(f, power)
    spec[0, 0] = 0.0
    return exact.normalised(exact.spectrum_to_field(spec), 1e-9)


def interior_window(margin: float = 6.0) -> Img:
    """1 in the tile's middle, falling to 0 at its border.

    Variant-specific noise is multiplied by this so that every variant of a
    terrain agrees at the border (where only shared, periodic noise remains):
    variants can then be mixed freely without seams.
    """
    dx = np.minimum(_XX, T - _XX)
    dy = np.minimum(_YY, T - _YY)
    d = np.minimum(dx, dy)
    w = np.clip(d / margin, 0.0, 1.0)
    return np.asarray(w * w * (3 - 2 * w))


def disc(cx: float, cy: float, r: float) -> Img:
    """Anti-aliased coverage of a disc."""
    return coverage(r - exact.hypot(_XX - cx, _YY - cy))


def disc_wrapped(cx: float, cy: float, r: float) -> Img:
    """A disc drawn on the torus, so features may cross the tile border seamlessly."""
    dx = (_XX - cx + T / 2) % T - T / 2
    dy = (_YY - cy + T / 2) % T - T / 2
    return coverage(r - exact.hypot(dx, dy))


def seg_distance(ax: float, ay: float, bx: float, by: float) -> tuple[Img, Img]:
    """Distance of every pixel centre to segment AB, and the position along it (px)."""
    vx, vy = bx - ax, by - ay
    length = max(exact.hypot1(vx, vy), 1e-9)
    ux, uy = exact.q(vx / length), exact.q(vy / length)
    t = exact.q((_XX - ax) * ux + (_YY - ay) * uy)
    tc = np.clip(t, 0.0, length)
    px, py = ax + ux * tc, ay + uy * tc
    return exact.hypot(_XX - px, _YY - py), t


# --------------------------------------------------------------------------- terrain


_TEXTURE_CACHE: dict[tuple[str, int], Img] = {}


@dataclass(frozen=True)
class Terrain:
    """A ground material: colours, noise and a feature painter, plus its surface.

    ``features(rng, img, interior)`` paints variant details; details must keep
    clear of the border (use ``interior``) unless drawn with wrapped shapes.
    """

    name: str
    surface: str
    c1: tuple[int, int, int]
    c2: tuple[int, int, int]
    shade: float = 0.06
    mix: float = 0.5
    grain: float = 3.0
    seed: int = 0
    features: Callable[[np.random.Generator, Img, Img], Img] | None = None
    tags: dict[str, str] = field(default_factory=dict)

    def texture(self, variant: int) -> Img:
        """Variant ``variant`` of this terrain as an opaque tile (a fresh copy)."""
        key = (self.name, variant)
        if key not in _TEXTURE_CACHE:
            _TEXTURE_CACHE[key] = self._render(variant)
        return _TEXTURE_CACHE[key].copy()

    def _render(self, variant: int) -> Img:
        shared = np.random.default_rng(1000 + self.seed)
        own = np.random.default_rng(2000 + self.seed * 97 + variant)
        win = interior_window()
        n_shared = periodic_noise(shared, 2.2)
        n_own = periodic_noise(own, 2.0)
        t = np.clip(0.5 + self.mix * 0.5 * (0.6 * n_shared + 0.8 * win * n_own), 0.0, 1.0)
        c1 = np.array(self.c1, dtype=np.float64)
        c2 = np.array(self.c2, dtype=np.float64)
        rgb = c1[None, None, :] * (1 - t[..., None]) + c2[None, None, :] * t[..., None]
        lum = 1.0 + self.shade * (0.5 * periodic_noise(shared, 1.4) + 0.7 * win * n_own)
        rgb = rgb * lum[..., None] + own.normal(0.0, self.grain, size=(T, T))[..., None]
        img = np.empty((T, T, 4))
        img[..., :3] = rgb
        img[..., 3] = 255.0
        if self.features is not None:
            img = self.features(own, img, win)
        return img


def _speckles(
    rng: np.random.Generator,
    img: Img,
    win: Img,
    count: int,
    colours: list[tuple[int, int, int]],
    r: tuple[float, float] = (0.5, 1.0),
    alpha: float = 0.7,
) -> Img:
    """Small dots (aggregate, pebbles, flowers) kept off the tile border."""
    for _ in range(count):
        cx, cy = rng.uniform(3, T - 3, size=2)
        rad = rng.uniform(*r)
        col = colours[int(rng.integers(len(colours)))]
        img = paint(img, col, disc(cx, cy, rad) * win, alpha)
    return img


def _asphalt_features(rng: np.random.Generator, img: Img, win: Img) -> Img:
    img = _speckles(rng, img, win, 14, [(92, 92, 96), (40, 41, 46)], (0.4, 0.8), 0.6)
    if rng.random() < 0.35:  # a sealed crack
        x0, y0 = rng.uniform(8, 24, size=2)
        ang = rng.uniform(0, np.pi)
        ln = rng.uniform(6, 12)
        d, _ = seg_distance(x0, y0, x0 + exact.cos1(ang) * ln, y0 + exact.sin1(ang) * ln)
        img = paint(img, (34, 35, 40), band(d, -1, 0.6) * win, 0.8)
    return img


def _concrete_features(rng: np.random.Generator, img: Img, win: Img) -> Img:
    # 2 m slabs: seams at 0 and 16 px line up across every tile.
    seam = ((_XX % 16) < 1.0) | ((_YY % 16) < 1.0)
    img = paint(img, (112, 110, 104), seam.astype(np.float64), 0.55)
    return _speckles(rng, img, win, 6, [(128, 126, 120), (176, 174, 166)], (0.5, 1.2), 0.5)


def _grass_features(rng: np.random.Generator, img: Img, win: Img) -> Img:
    for _ in range(26):
        cx, cy = rng.uniform(2, T - 2, size=2)
        ln = rng.uniform(1.5, 3.5)
        ang = rng.normal(-np.pi / 2, 0.5)
        d, _ = seg_distance(cx, cy, cx + exact.cos1(ang) * ln, cy + exact.sin1(ang) * ln)
        col = (58, 92, 42) if rng.random() < 0.6 else (118, 150, 74)
        img = paint(img, col, band(d, -1, 0.45) * win, 0.7)
    return img


def _forest_features(rng: np.random.Generator, img: Img, win: Img) -> Img:
    # Tree crowns: highlighted top-left, shaded bottom-right, drawn on the torus
    # in a fixed pattern shared by all variants so the canopy tiles seamlessly.
    crowns = np.random.default_rng(77)
    for _ in range(7):
        cx, cy = crowns.uniform(0, T, size=2)
        r = crowns.uniform(5, 8)
        img = paint(img, (30, 58, 32), disc_wrapped(cx + 1.5, cy + 1.5, r), 0.6)
        img = paint(img, (66, 110, 56), disc_wrapped(cx, cy, r - 1.0), 0.8)
        img = paint(img, (92, 138, 70), disc_wrapped(cx - r * 0.3, cy - r * 0.3, r * 0.45), 0.5)
    return _speckles(rng, img, win, 10, [(40, 70, 38), (104, 150, 80)], (0.8, 1.5), 0.5)


def _dirt_features(rng: np.random.Generator, img: Img, win: Img) -> Img:
    img = _speckles(rng, img, win, 10, [(96, 68, 46), (158, 124, 90)], (0.5, 1.2), 0.6)
    return _speckles(rng, img, win, 3, [(110, 104, 96)], (1.0, 1.6), 0.7)


def _sand_features(rng: np.random.Generator, img: Img, win: Img) -> Img:
    # Wind ripples with integer spatial frequencies stay periodic on the tile.
    ripple = exact.sin(2 * np.pi * (3 * _XX + 5 * _YY) / T + 0.7 * exact.sin(2 * np.pi * _XX / T))
    img[..., :3] *= (1.0 + 0.025 * ripple)[..., None]
    return _speckles(rng, img, win, 6, [(176, 150, 110), (230, 208, 164)], (0.4, 0.9), 0.5)


def _redsand_features(rng: np.random.Generator, img: Img, win: Img) -> Img:
    ripple = exact.sin(2 * np.pi * (4 * _XX - 3 * _YY) / T + 0.8 * exact.sin(2 * np.pi * _YY / T))
    img[..., :3] *= (1.0 + 0.03 * ripple)[..., None]
    return _speckles(rng, img, win, 7, [(150, 84, 54), (214, 148, 104)], (0.5, 1.1), 0.5)


def _rock_features(rng: np.random.Generator, img: Img, win: Img) -> Img:
    # Strata and cracks of the sandstone, from a shared pattern plus variant cracks.
    strata = exact.sin(
        2 * np.pi * (_XX + 2 * _YY) / T * 2 + 1.3 * periodic_noise(np.random.default_rng(5), 2.5)
    )
    img[..., :3] *= (1.0 + 0.08 * strata)[..., None]
    for _ in range(3):
        x0, y0 = rng.uniform(6, 26, size=2)
        ang = rng.uniform(0, np.pi)
        ln = rng.uniform(5, 10)
        d, _ = seg_distance(x0, y0, x0 + exact.cos1(ang) * ln, y0 + exact.sin1(ang) * ln)
        img = paint(img, (84, 40, 30), band(d, -1, 0.7) * win, 0.8)
        d2, _ = seg_distance(x0 - 1, y0 - 1, x0 - 1 + exact.cos1(ang) * ln, y0 - 1 + exact.sin1(ang) * ln)
        img = paint(img, (204, 126, 90), band(d2, -1, 0.4) * win, 0.5)
    return img


def _gravel_features(rng: np.random.Generator, img: Img, win: Img) -> Img:
    pebbles = np.random.default_rng(31)
    for _ in range(60):
        cx, cy = pebbles.uniform(0, T, size=2)
        r = pebbles.uniform(0.7, 1.4)
        shade = int(pebbles.integers(-24, 28))
        col = (150 + shade, 142 + shade, 128 + shade)
        img = paint(img, col, disc_wrapped(cx, cy, r), 0.8)
    return _speckles(rng, img, win, 8, [(96, 90, 82), (188, 180, 166)], (0.6, 1.1), 0.6)


def _water_features(rng: np.random.Generator, img: Img, win: Img) -> Img:
    wave = exact.sin(2 * np.pi * (2 * _XX + 3 * _YY) / T) * exact.sin(2 * np.pi * (3 * _XX - _YY) / T)
    img = paint(img, (74, 124, 154), np.clip(wave - 0.55, 0, 1) * 2.0, 0.6)
    for _ in range(3):
        cx, cy = rng.uniform(6, 26, size=2)
        d, _ = seg_distance(cx - 3, cy, cx + 3, cy)
        img = paint(img, (120, 168, 190), band(d, -1, 0.4) * win, 0.5)
    return img


TERRAINS: dict[str, Terrain] = {
    t.name: t
    for t in (
        Terrain("asphalt", "asphalt", (54, 56, 62), (66, 67, 71), 0.05, 0.5, 3.0, 1, _asphalt_features),
        Terrain(
            "concrete", "concrete", (146, 144, 136), (160, 157, 148), 0.05, 0.5, 3.0, 2, _concrete_features
        ),
        Terrain("grass", "grass", (72, 112, 52), (94, 130, 60), 0.07, 0.7, 3.5, 3, _grass_features),
        Terrain("forest", "grass", (40, 74, 40), (52, 90, 46), 0.06, 0.5, 3.0, 4, _forest_features),
        Terrain("dirt", "dirt", (124, 88, 60), (140, 104, 72), 0.07, 0.6, 3.5, 5, _dirt_features),
        Terrain("sand", "sand", (214, 190, 146), (200, 174, 128), 0.04, 0.6, 2.5, 6, _sand_features),
        Terrain("redsand", "sand", (196, 118, 76), (182, 104, 66), 0.05, 0.6, 3.0, 7, _redsand_features),
        Terrain("rock", "gravel", (150, 74, 50), (124, 60, 42), 0.10, 0.8, 3.0, 8, _rock_features),
        Terrain("gravel", "gravel", (138, 130, 118), (124, 118, 108), 0.05, 0.5, 4.0, 9, _gravel_features),
        Terrain("water", "water", (30, 68, 92), (38, 82, 108), 0.05, 0.7, 1.5, 10, _water_features),
    )
}

VARIANTS = 4
"""Variants drawn per terrain; maps pick among them to hide repetition."""


def quantise(img: Img) -> npt.NDArray[np.uint8]:
    """Round a float tile to bytes (the one place precision is lost)."""
    return np.asarray(np.clip(np.rint(img), 0, 255).astype(np.uint8))
