"""The race camera: follows the player, looks ahead, zooms out with speed, shakes on impact.

Zoom is a few discrete scales (screen pixels per metre) rather than a continuous
value, because the ground is pre-rendered into chunks per scale: a continuous
zoom would mean rescaling the whole screen every frame. The camera keeps a
smoothed *wish* for the scale and only moves to the nearest level (with
hysteresis) when the renderer says that level's chunks are ready, so a zoom
change never stalls a frame.

The camera's position is stored as an offset from the player's car, not as a
world point: drawing adds it to the *interpolated* car position, so the player
sits still on screen between simulation steps instead of jittering.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LOOK_AHEAD_S = 0.55
"""How far ahead (in seconds of travel) the camera leads the car."""
LOOK_AHEAD_MAX = 0.32
"""Largest look-ahead as a fraction of the screen's half size."""
FOLLOW_RATE = 3.0
"""1/s: how quickly the offset chases its target (exponential smoothing)."""
ZOOM_RATE = 0.7
SLOW_SPEED = 8.0
FAST_SPEED = 55.0
TRAUMA_DECAY = 1.6
SHAKE_PX = 16.0


def snap_scales(wanted: tuple[float, ...], tile_px: int, pixels_per_metre: float) -> tuple[float, ...]:
    """Scales near ``wanted`` at which a map tile is a whole number of pixels (no seams between tiles)."""
    out: list[float] = []
    for s in wanted:
        px = max(4, round(tile_px * s / pixels_per_metre))
        snapped = px * pixels_per_metre / tile_px
        if snapped not in out:
            out.append(snapped)
    return tuple(out)


@dataclass(slots=True)
class CameraPose:
    """Where to draw from, for one frame: the scale level and the top-left world pixel."""

    bucket: int
    scale: float
    left: int
    top: int


class Camera:
    """Follow-camera state; only :meth:`update` and :meth:`commit` change it."""

    def __init__(
        self,
        screen_size: tuple[int, int],
        scales: tuple[float, ...],
        world_size_m: tuple[float, float],
        shake: bool = True,
        auto_levels: int | None = None,
    ) -> None:
        """``auto_levels``: how many of the first ``scales`` the speed zoom uses (the rest are wider
        views only chosen by hand, e.g. in the replay viewer); all of them by default."""
        self.width, self.height = screen_size
        self.scales = scales
        self.auto = scales[: auto_levels or len(scales)]
        self.world_w, self.world_h = world_size_m
        self.shake_enabled = shake
        self.offset_x = 0.0
        self.offset_y = 0.0
        self.bucket = 0
        self.wish_scale = scales[0]
        self.trauma = 0.0
        self.shake_x = 0.0
        self.shake_y = 0.0
        self.clock = 0.0

    @property
    def scale(self) -> float:
        return self.scales[self.bucket]

    def update(self, dt: float, vx: float, vy: float) -> None:
        """Advance look-ahead, zoom wish and shake by ``dt`` seconds for a car moving at (vx, vy)."""
        self.clock += dt
        speed = math.hypot(vx, vy)
        scale = self.scale
        max_x = LOOK_AHEAD_MAX * self.width / 2.0 / scale
        max_y = LOOK_AHEAD_MAX * self.height / 2.0 / scale
        tx = max(-max_x, min(max_x, vx * LOOK_AHEAD_S))
        ty = max(-max_y, min(max_y, vy * LOOK_AHEAD_S))
        k = 1.0 - math.exp(-FOLLOW_RATE * dt)
        self.offset_x += (tx - self.offset_x) * k
        self.offset_y += (ty - self.offset_y) * k
        t = min(1.0, max(0.0, (speed - SLOW_SPEED) / (FAST_SPEED - SLOW_SPEED)))
        t = t * t * (3.0 - 2.0 * t)
        target = self.auto[0] + (self.auto[-1] - self.auto[0]) * t
        self.wish_scale += (target - self.wish_scale) * (1.0 - math.exp(-ZOOM_RATE * dt))
        self.trauma = max(0.0, self.trauma - TRAUMA_DECAY * dt)
        amp = SHAKE_PX * self.trauma * self.trauma if self.shake_enabled else 0.0
        c = self.clock
        self.shake_x = amp * (math.sin(c * 61.0) * 0.6 + math.sin(c * 37.0 + 1.3) * 0.4)
        self.shake_y = amp * (math.cos(c * 53.0) * 0.6 + math.sin(c * 29.0 + 0.7) * 0.4)

    def wanted_bucket(self) -> int:
        """The zoom level the camera would like, with hysteresis so it does not flicker between two."""
        cur = self.bucket
        best = min(range(len(self.auto)), key=lambda i: abs(self.scales[i] - self.wish_scale))
        if best == cur:
            return cur
        gap = abs(self.scales[best] - self.scales[cur])
        if abs(self.wish_scale - self.scales[cur]) > 0.6 * gap:
            return best
        return cur

    def commit(self, bucket: int) -> None:
        """Switch to a zoom level whose chunks the renderer has ready."""
        self.bucket = bucket

    def add_trauma(self, amount: float) -> None:
        """A hit: shake grows with the square of trauma, so small knocks barely show."""
        self.trauma = min(1.0, self.trauma + amount)

    def pose(self, x: float, y: float, bucket: int | None = None) -> CameraPose:
        """The frame's view when the player is at (x, y) metres; clamped to the map where it fits."""
        b = self.bucket if bucket is None else bucket
        scale = self.scales[b]
        cx = (x + self.offset_x) * scale
        cy = (y + self.offset_y) * scale
        cx = _clamp_centre(cx, self.width, self.world_w * scale)
        cy = _clamp_centre(cy, self.height, self.world_h * scale)
        left = math.floor(cx - self.width / 2.0 + self.shake_x)
        top = math.floor(cy - self.height / 2.0 + self.shake_y)
        return CameraPose(b, scale, left, top)

    def free_pose(self, x: float, y: float, bucket: int) -> CameraPose:
        """A view centred on (x, y) metres at a zoom level, with no look-ahead, shake or clamping
        (a free camera may look past the edge of the map)."""
        scale = self.scales[bucket]
        return CameraPose(
            bucket, scale, math.floor(x * scale - self.width / 2.0), math.floor(y * scale - self.height / 2.0)
        )


def _clamp_centre(c: float, view: float, world: float) -> float:
    """Keep the view inside the world; centre the world when it is smaller than the view."""
    if world <= view:
        return world / 2.0
    return min(max(c, view / 2.0), world - view / 2.0)
