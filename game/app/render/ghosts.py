"""Ghost cars: a recorded lap drawn as a translucent copy of the car, with a small name tag.

A ghost is not a vehicle of the world, so it has no shadow, no lights and no
collisions: it is the same pre-rotated sprite the real car uses, faded to
about 40 % and tinted a little cool, so it reads as "not really there" on
any ground, by day and by night. The faded copies are cached per heading and
zoom like the sprites themselves, so a ghost costs one blit a frame.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.app.render.camera import CameraPose
from game.app.render.surfaces import frozen
from game.app.render.text import TextCache
from game.app.render.vehicle_sprites import VehicleSprites, angle_index

GHOST_ALPHA = 0.4
TINT = (200, 225, 255)
"""Multiplied into the sprite: a slight blue cast, the conventional look of a ghost."""
GLOW = (70, 90, 120)
"""Added before fading: a paler, lit-from-within car that stands out on dark asphalt."""
TAG_BG = (12, 16, 30, 170)
TAG_INK = (220, 236, 255)


@dataclass(frozen=True, slots=True)
class GhostMarker:
    """Where to draw one ghost this frame (metres and radians, like the world) and its tag."""

    x: float
    y: float
    heading: float
    spec_id: str
    label: str = ""


class GhostDrawer:
    """Faded sprites and name tags for ghosts; reads the shared vehicle sprites, never changes them."""

    def __init__(self, sprites: VehicleSprites, k: float = 1.0, capacity: int = 256) -> None:
        self.sprites = sprites
        self.k = k
        self.capacity = capacity
        self.text = TextCache(16)
        self._faded: OrderedDict[tuple[str, int, int], tuple[pygame.Surface, int, int]] = OrderedDict()
        self._tags: dict[str, pygame.Surface] = {}

    def sprite(self, spec_id: str, bucket: int, heading: float) -> tuple[pygame.Surface, int, int] | None:
        """The faded picture for a heading, made once (None for a car the renderer has no look for)."""
        if spec_id not in self.sprites.looks:
            return None
        key = (spec_id, bucket, angle_index(heading))
        hit = self._faded.get(key)
        if hit is not None:
            self._faded.move_to_end(key)
            return hit
        base, hw, hh = self.sprites.get(spec_id, bucket, heading, "clean")
        faded = base.copy()
        faded.fill(GLOW, special_flags=pygame.BLEND_RGB_ADD)
        faded.fill((*TINT, round(255 * GHOST_ALPHA)), special_flags=pygame.BLEND_RGBA_MULT)
        made = (frozen(faded), hw, hh)
        self._faded[key] = made
        while len(self._faded) > self.capacity:
            self._faded.popitem(last=False)
        return made

    def blits(
        self,
        ghosts: Sequence[GhostMarker],
        pose: CameraPose,
        w: int,
        h: int,
        out: list[tuple[pygame.Surface, tuple[int, int]]],
    ) -> None:
        """Append the ghosts' sprites that are on screen to ``out``."""
        for g in ghosts:
            made = self.sprite(g.spec_id, pose.bucket, g.heading)
            if made is None:
                continue
            surf, hw, hh = made
            sx, sy = round(g.x * pose.scale) - pose.left, round(g.y * pose.scale) - pose.top
            if -hw < sx < w + hw and -hh < sy < h + hh:
                out.append((surf, (sx - hw, sy - hh)))

    def tag(self, label: str) -> pygame.Surface:
        """A small rounded pill with the ghost's name (cached per label)."""
        surf = self._tags.get(label)
        if surf is None:
            k = self.k
            text = self.text.get(max(10, round(17 * k)), label, TAG_INK)
            pad_x, pad_y = round(7 * k), round(3 * k)
            size = (text.get_width() + 2 * pad_x, text.get_height() + 2 * pad_y)
            surf = pygame.Surface(size, pygame.SRCALPHA)
            pygame.draw.rect(surf, TAG_BG, surf.get_rect(), border_radius=surf.get_height() // 2)
            pygame.draw.rect(surf, (*TAG_INK, 90), surf.get_rect(), 1, border_radius=surf.get_height() // 2)
            surf.blit(text, (pad_x, pad_y))
            self._tags[label] = surf
        return surf

    def labels(self, surface: pygame.Surface, ghosts: Sequence[GhostMarker], pose: CameraPose) -> None:
        """Name tags above the ghosts, drawn after the night overlay so they stay readable."""
        w, h = surface.get_size()
        for g in ghosts:
            if not g.label:
                continue
            made = self.sprite(g.spec_id, pose.bucket, g.heading)
            hh = made[2] if made is not None else 0
            tag = self.tag(g.label)
            sx, sy = round(g.x * pose.scale) - pose.left, round(g.y * pose.scale) - pose.top
            x, y = sx - tag.get_width() // 2, sy - hh - tag.get_height() - round(4 * self.k)
            if -tag.get_width() < x < w and -tag.get_height() < y < h:
                surface.blit(tag, (x, y))
