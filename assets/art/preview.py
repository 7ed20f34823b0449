"""Render maps to PNG previews: an overview with the race objects drawn on, and
a 1:1 crop at the start so edges can be judged at game zoom.

This is a development view, not the game's renderer: it composites the three
tile layers with numpy straight from the in-memory tile library, then draws
walls (red), checkpoints (yellow, numbered), the finish (white), start slots
(cyan), the racing line (magenta), props (orange), roads (blue) and triggers
(violet) with pygame.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from assets.art import exact
from assets.art.mapmodel import MapModel
from assets.art.tiles import T, quantise
from assets.art.tilesets import library

U8 = npt.NDArray[np.uint8]


@cache
def _tile_bank() -> U8:
    """Every library tile as bytes, indexed by library gid (0 = transparent)."""
    tiles = [np.zeros((T, T, 4), np.uint8)]
    for ts in library().values():
        tiles.extend(quantise(img) for _, img, _ in ts.tiles)
    return np.stack(tiles)


@cache
def _small_bank(scale: int) -> U8:
    bank = _tile_bank().astype(np.float32)
    n, s = bank.shape[0], T // scale
    pooled = bank.reshape(n, s, scale, s, scale, 4).mean(axis=(2, 4))
    return pooled.astype(np.uint8)


def _layer_image(gids: npt.NDArray[np.int32], bank: U8) -> U8:
    rows, cols = gids.shape
    s = bank.shape[1]
    tiles = bank[gids]  # rows, cols, s, s, 4
    return tiles.transpose(0, 2, 1, 3, 4).reshape(rows * s, cols * s, 4)


def _over(dst: npt.NDArray[np.float32], src: U8) -> npt.NDArray[np.float32]:
    a = src[..., 3:4].astype(np.float32) / 255.0
    return dst * (1 - a) + src[..., :3].astype(np.float32) * a


def composite(
    model: MapModel, scale: int = 1, window: tuple[int, int, int, int] | None = None, night: bool = False
) -> U8:
    """RGB image of the map's tile layers (``scale`` px of tile per preview px)."""
    bank = _tile_bank() if scale == 1 else _small_bank(scale)
    layers = [model.ground, model.decor, model.overhead]
    if window is not None:
        r0, c0, r1, c1 = window
        layers = [lay[r0:r1, c0:c1] for lay in layers]
    img = _layer_image(layers[0], bank)[..., :3].astype(np.float32)
    decor = _layer_image(layers[1], bank)
    over_img = _layer_image(layers[2], bank)
    img = _over(img, decor)
    img = _over(img, over_img)
    if night:
        lib_off = 1
        light_ids = []
        for ts in library().values():
            for i, (name, _, _) in enumerate(ts.tiles):
                if ts.name in ("decor", "props") and name.startswith(("lightpool", "lamp")):
                    light_ids.append(lib_off + i)
            lib_off += len(ts.tiles)
        glow = np.zeros(img.shape[:2], np.float32)
        for lay in (decor, over_img):
            glow = np.maximum(glow, lay[..., 3].astype(np.float32) / 255.0)
        mask = np.isin(layers[1], light_ids) | np.isin(layers[2], light_ids)
        s = bank.shape[1]
        mask_px = np.repeat(np.repeat(mask, s, axis=0), s, axis=1)
        light = np.clip(glow * mask_px * 2.2, 0, 1)[..., None]
        dark = np.array([0.30, 0.34, 0.48], np.float32)
        img = img * dark + img * light * (1.1 - dark)
    return np.clip(img, 0, 255).astype(np.uint8)


def _pg():  # type: ignore[no-untyped-def]
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    if not pygame.font.get_init():
        pygame.font.init()
    return pygame


def _draw_objects(
    surf, model: MapModel, k: float, ox: float = 0.0, oy: float = 0.0, labels: bool = True
) -> None:  # type: ignore[no-untyped-def]
    pygame = _pg()
    font = pygame.font.Font(None, max(14, int(18 * min(1.0, k * 4))))

    def tr(p: tuple[float, float]) -> tuple[float, float]:
        return ((p[0] - ox) * k, (p[1] - oy) * k)

    width = max(1, round(k * 2))
    for obj in model.objects["ai"]:
        pts = [tr(p) for p in obj.points]
        if obj.type == "RacingLine" and len(pts) > 2:
            pygame.draw.lines(surf, (255, 60, 220), True, pts, 1)
        elif obj.type == "Road" and len(pts) > 1:
            pygame.draw.lines(surf, (70, 140, 255), False, pts, width)
            for p in (pts[0], pts[-1]):
                pygame.draw.circle(surf, (70, 140, 255), p, width + 2)
    for obj in model.objects["physics"]:
        pts = [tr(p) for p in obj.points]
        if obj.type == "Wall":
            if obj.shape == "rect":
                x, y = pts[0]
                pygame.draw.rect(surf, (255, 40, 40), (x, y, obj.width * k, obj.height * k), 1)
            elif len(pts) > 1:
                pygame.draw.lines(surf, (255, 40, 40), obj.shape == "polygon", pts, width)
        elif obj.type == "Prop":
            pygame.draw.circle(surf, (255, 150, 0), pts[0], max(2, k * 3))
    for obj in model.objects["mission"]:
        x, y = tr(obj.points[0])
        pygame.draw.rect(surf, (190, 110, 255), (x, y, obj.width * k, obj.height * k), 2)
        if labels:
            surf.blit(font.render(obj.name, True, (230, 200, 255)), (x + 2, y + 2))
    for obj in model.objects["race"]:
        pts = [tr(p) for p in obj.points]
        if obj.type == "Checkpoint":
            pygame.draw.line(surf, (255, 220, 0), pts[0], pts[1], width)
            if labels:
                surf.blit(font.render(obj.props["index"][1], True, (255, 240, 120)), pts[0])
        elif obj.type == "FinishLine":
            pygame.draw.line(surf, (255, 255, 255), pts[0], pts[1], width + 1)
        elif obj.type == "StartSlot":
            import math

            a = math.radians(obj.rotation or 0.0)
            x, y = pts[0]
            r = max(3.0, 2.2 * 8 * k)
            tip = (x + exact.cos1(a) * r, y + exact.sin1(a) * r)
            l1 = (x + exact.cos1(a + 2.5) * r * 0.7, y + exact.sin1(a + 2.5) * r * 0.7)
            l2 = (x + exact.cos1(a - 2.5) * r * 0.7, y + exact.sin1(a - 2.5) * r * 0.7)
            pygame.draw.polygon(surf, (0, 230, 255), [tip, l1, l2])


def _save(img: U8, path: Path) -> None:
    pygame = _pg()
    surf = pygame.image.frombuffer(np.ascontiguousarray(img).tobytes(), (img.shape[1], img.shape[0]), "RGB")
    pygame.image.save(surf, str(path))


_BAYER = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]) / 16.0 - 0.5
_LEVELS = np.array([6, 7, 6])


def save_paletted(surf, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Save as an 8-bit PNG on a fixed 6x7x6 colour cube with ordered dithering.

    Overviews are for judging layout, so a third of the bytes is worth the
    faint dither; the fixed palette keeps the output deterministic.
    """
    pygame = _pg()
    rgb = pygame.surfarray.array3d(surf).astype(np.float32)
    w, h, _ = rgb.shape
    th = np.tile(_BAYER, (w // 4 + 1, h // 4 + 1))[:w, :h][..., None]
    q = np.clip(np.floor(rgb / 255 * (_LEVELS - 1) + 0.5 + th * 0.9), 0, _LEVELS - 1)
    q = q.astype(np.int32)
    idx = q[..., 0] * 42 + q[..., 1] * 6 + q[..., 2]
    pal = [(r * 51, round(g * 42.5), b * 51) for r in range(6) for g in range(7) for b in range(6)]
    out = pygame.Surface((w, h), depth=8)
    out.set_palette(pal)
    pygame.surfarray.blit_array(out, idx.astype(np.uint8))
    pygame.image.save(out, str(path))


def render_overview(model: MapModel, path: Path, night: bool, max_px: int = 1200) -> None:
    """The whole map, scaled to fit ``max_px``, with objects drawn over it."""
    pygame = _pg()
    longest = max(model.cols, model.rows) * T
    scale = 1
    for s in (1, 2, 4, 8, 16, 32):
        scale = s
        if longest / s <= max_px:
            break
    img = composite(model, scale, night=night)
    surf = pygame.image.frombuffer(
        np.ascontiguousarray(img).tobytes(), (img.shape[1], img.shape[0]), "RGB"
    ).copy()
    _draw_objects(surf, model, 1.0 / scale)
    save_paletted(surf, path)


def render_crop(
    model: MapModel,
    path: Path,
    centre_px: tuple[float, float],
    night: bool,
    size: tuple[int, int] = (800, 450),
    objects: bool = False,
) -> None:
    """A 1:1 window (game zoom, 8 px per metre) around ``centre_px``."""
    pygame = _pg()
    cols, rows = size[0] // T + 1, size[1] // T + 1
    c0 = int(max(0, min(model.cols - cols, centre_px[0] // T - cols // 2)))
    r0 = int(max(0, min(model.rows - rows, centre_px[1] // T - rows // 2)))
    img = composite(model, 1, (r0, c0, r0 + rows, c0 + cols), night=night)
    img = img[: size[1], : size[0]]
    surf = pygame.image.frombuffer(
        np.ascontiguousarray(img).tobytes(), (img.shape[1], img.shape[0]), "RGB"
    ).copy()
    if objects:
        _draw_objects(surf, model, 1.0, c0 * T, r0 * T, labels=False)
    pygame.image.save(surf, str(path))
