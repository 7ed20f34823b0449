"""Helpers for surfaces that are drawn often and never changed again.

SDL can run-length encode a per-pixel-alpha surface so that blitting skips
fully transparent runs and copies fully opaque runs without blending. For
sprites with transparent corners and for overhead map chunks (mostly empty)
that makes a blit many times cheaper; the price is that the surface should
not be drawn into afterwards, which is why only finished pictures get it.
"""

from __future__ import annotations

import pygame


def frozen(surface: pygame.Surface) -> pygame.Surface:
    """Mark a finished per-pixel-alpha picture for run-length encoded blitting; returns it."""
    surface.set_alpha(255, pygame.RLEACCEL)
    return surface
