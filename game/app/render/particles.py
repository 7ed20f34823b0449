"""A fixed-size particle pool (smoke, dust, sparks, fire) in numpy arrays.

Every particle lives in preallocated arrays and new ones overwrite the oldest
when the pool is full, so a pile-up can never grow memory or frame time
without bound. Particles are drawn from pre-rendered frames (a soft disc per
kind, growing and fading over its life) rather than drawn shape by shape.
Sparks and fire are additive: their frames are colour on black, blitted with
``BLEND_ADD`` after the night overlay, so they glow in the dark.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pygame

from game.app.render.surfaces import frozen

FRAMES = 12

SMOKE, DUST, SPARK, DAMAGE_SMOKE, FIRE = range(5)


@dataclass(frozen=True, slots=True)
class Kind:
    life: float
    size0: float
    """Diameter in metres at birth."""
    size1: float
    colour0: tuple[int, int, int]
    colour1: tuple[int, int, int]
    alpha0: float
    alpha1: float
    drag: float
    additive: bool = False


KINDS: tuple[Kind, ...] = (
    Kind(1.3, 0.9, 3.6, (214, 214, 218), (180, 180, 186), 120, 0, 1.6),
    Kind(1.1, 1.0, 3.8, (178, 148, 106), (160, 138, 104), 140, 0, 2.2),
    Kind(0.32, 0.38, 0.14, (255, 244, 180), (255, 120, 30), 255, 90, 2.5, True),
    Kind(1.9, 0.7, 3.4, (86, 86, 90), (52, 52, 56), 160, 0, 1.0),
    Kind(0.55, 1.1, 0.4, (255, 214, 96), (210, 56, 12), 230, 0, 1.2, True),
)


def _disc(diameter_px: float, colour: tuple[int, int, int], alpha: float, additive: bool) -> pygame.Surface:
    """A soft round puff; additive puffs are premultiplied colour on black (no alpha channel)."""
    d = max(2, math.ceil(diameter_px) + 2)
    r = diameter_px / 2.0
    yy, xx = np.mgrid[0:d, 0:d].astype(np.float32)
    dist = np.hypot(xx - (d - 1) / 2.0, yy - (d - 1) / 2.0) / max(r, 0.5)
    profile = np.clip(1.0 - dist * dist, 0.0, 1.0) ** 1.4
    if additive:
        surf = pygame.Surface((d, d)).convert()
        rgb = np.array(colour, dtype=np.float32)[None, None, :] * (profile * alpha / 255.0)[..., None]
        pygame.surfarray.blit_array(surf, rgb.transpose(1, 0, 2).astype(np.uint8))
        return surf
    surf = pygame.Surface((d, d), pygame.SRCALPHA).convert_alpha()
    surf.fill((*colour, 0))
    alpha_px = pygame.surfarray.pixels_alpha(surf)
    alpha_px[:] = (profile * alpha).T.astype(np.uint8)
    del alpha_px
    return frozen(surf)


class ParticleFrames:
    """Pre-rendered frames per zoom level: ``frames[kind][i]`` with their half sizes."""

    def __init__(self, scale: float) -> None:
        self.frames: list[list[tuple[pygame.Surface, int]]] = []
        for kind in KINDS:
            row = []
            for i in range(FRAMES):
                t = i / (FRAMES - 1)
                size = (kind.size0 + (kind.size1 - kind.size0) * t) * scale
                colour = tuple(
                    round(a + (b - a) * t) for a, b in zip(kind.colour0, kind.colour1, strict=True)
                )
                alpha = kind.alpha0 + (kind.alpha1 - kind.alpha0) * t
                surf = _disc(size, colour, alpha, kind.additive)  # type: ignore[arg-type]
                row.append((surf, surf.get_width() // 2))
            self.frames.append(row)


class ParticlePool:
    """Particles in parallel arrays; :meth:`update` is the only thing that changes them."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.x = np.zeros(capacity)
        self.y = np.zeros(capacity)
        self.vx = np.zeros(capacity)
        self.vy = np.zeros(capacity)
        self.age = np.full(capacity, 1e9)
        self.life = np.ones(capacity)
        self.kind = np.zeros(capacity, dtype=np.intp)
        self.head = 0
        self._drag = np.array([k.drag for k in KINDS])
        self._life = np.array([k.life for k in KINDS])
        self._additive = np.array([k.additive for k in KINDS])

    def alive(self) -> int:
        return int(np.count_nonzero(self.age < self.life))

    def emit(
        self,
        kind: int,
        x: npt.ArrayLike,
        y: npt.ArrayLike,
        vx: npt.ArrayLike,
        vy: npt.ArrayLike,
        life_scale: npt.ArrayLike = 1.0,
    ) -> None:
        """Add particles (arrays broadcast together); the oldest slots are reused when full."""
        xs, ys, vxs, vys, ls = np.broadcast_arrays(np.asarray(x, dtype=np.float64), y, vx, vy, life_scale)
        n = xs.size
        if n == 0:
            return
        n = min(n, self.capacity)
        idx = (self.head + np.arange(n)) % self.capacity
        self.head = (self.head + n) % self.capacity
        self.x[idx] = xs.ravel()[:n]
        self.y[idx] = ys.ravel()[:n]
        self.vx[idx] = vxs.ravel()[:n]
        self.vy[idx] = vys.ravel()[:n]
        self.age[idx] = 0.0
        self.life[idx] = self._life[kind] * ls.ravel()[:n]
        self.kind[idx] = kind

    def update(self, dt: float) -> None:
        live = self.age < self.life
        if not live.any():
            return
        self.age[live] += dt
        self.x[live] += self.vx[live] * dt
        self.y[live] += self.vy[live] * dt
        damp = np.exp(-self._drag[self.kind[live]] * dt)
        self.vx[live] *= damp
        self.vy[live] *= damp

    def blits(
        self,
        frames: ParticleFrames,
        scale: float,
        left: int,
        top: int,
        width: int,
        height: int,
        normal: list[tuple[pygame.Surface, tuple[int, int]]],
        additive: list[tuple[pygame.Surface, tuple[int, int]]],
    ) -> None:
        """Append (frame, position) pairs for visible particles, oldest first so new puffs sit on top."""
        live = np.nonzero(self.age < self.life)[0]
        if not len(live):
            return
        order = np.argsort(-self.age[live], kind="stable")
        live = live[order]
        sx = (self.x[live] * scale - left).astype(np.int64)
        sy = (self.y[live] * scale - top).astype(np.int64)
        on = (sx > -64) & (sx < width + 64) & (sy > -64) & (sy < height + 64)
        live, sx, sy = live[on], sx[on], sy[on]
        f = np.minimum(FRAMES - 1, (self.age[live] / self.life[live] * FRAMES).astype(np.int64))
        kinds = self.kind[live]
        add = self._additive[kinds]
        table = frames.frames
        for k, i, x, y, a in zip(
            kinds.tolist(), f.tolist(), sx.tolist(), sy.tolist(), add.tolist(), strict=True
        ):
            surf, half = table[k][i]
            (additive if a else normal).append((surf, (x - half, y - half)))

    def state(self) -> tuple[bytes, int]:
        """A digest-able copy of the pool (for tests that check drawing changes nothing)."""
        return (np.concatenate([self.x, self.y, self.vx, self.vy, self.age, self.life]).tobytes(), self.head)
