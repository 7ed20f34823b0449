"""Tracks built in code: a closed stadium circuit and an open test pad.

Tests and benchmarks need a track that exists without any map file, so that
a broken map can never make a physics test fail and the benchmark measures
physics, not loading.
"""

from __future__ import annotations

import math

import numpy as np

from game.sim.surfaces import Surface
from game.sim.track import Checkpoint, Point, StartSlot, SurfaceGrid, Track, Wall

STADIUM_ID = "test-stadium"
"""The built-in circuit's one id: always there, even with no map files at all."""


def _stadium_loop(straight: float, radius: float, cx: float, cy: float, n_arc: int) -> list[Point]:
    """A closed stadium outline, clockwise on screen, starting on the bottom straight."""
    half = straight / 2.0
    pts: list[Point] = []
    # bottom straight, left to right (y down: bottom is +y)
    pts.append((cx - half, cy + radius))
    pts.append((cx + half, cy + radius))
    for i in range(1, n_arc):
        a = math.pi / 2 - math.pi * i / n_arc
        pts.append((cx + half + radius * math.cos(a), cy + radius * math.sin(a)))
    pts.append((cx + half, cy - radius))
    pts.append((cx - half, cy - radius))
    for i in range(1, n_arc):
        a = -math.pi / 2 - math.pi * i / n_arc
        pts.append((cx - half + radius * math.cos(a), cy + radius * math.sin(a)))
    return pts


def stadium_circuit(
    straight: float = 400.0,
    radius: float = 60.0,
    width: float = 14.0,
    margin: float = 30.0,
    cell_m: float = 2.0,
) -> Track:
    """A closed circuit: two straights joined by half circles, walled both sides.

    The grid faces +x on the bottom straight, so the circuit is driven
    anticlockwise as seen on screen (every corner is a left-hander).
    """
    w_total = straight + 2 * (radius + width) + 2 * margin
    h_total = 2 * (radius + width) + 2 * margin
    cx, cy = w_total / 2.0, h_total / 2.0
    n_arc = 24
    inner = _stadium_loop(straight, radius - width / 2.0, cx, cy, n_arc)
    outer = _stadium_loop(straight, radius + width / 2.0, cx, cy, n_arc)
    centre = _stadium_loop(straight, radius, cx, cy, n_arc)

    rows = math.ceil(h_total / cell_m)
    cols = math.ceil(w_total / cell_m)
    ys = (np.arange(rows) + 0.5) * cell_m
    xs = (np.arange(cols) + 0.5) * cell_m
    gx, gy = np.meshgrid(xs, ys)
    dx = np.clip(np.abs(gx - cx) - straight / 2.0, 0.0, None)
    dist = np.hypot(dx, gy - cy)
    on_road = np.abs(dist - radius) <= width / 2.0 + cell_m
    cells = np.where(on_road, Surface.ASPHALT, Surface.GRASS).astype(np.uint8)

    half = straight / 2.0
    y_road = cy + radius
    slots = []
    for i in range(8):
        row, col = divmod(i, 2)
        slots.append(
            StartSlot(
                index=i,
                x=cx - half + 60.0 - row * 9.0,
                y=y_road + (-2.8 if col == 0 else 2.8),
                heading=0.0,
            )
        )
    checkpoints = []
    gates = [
        ((cx + half, cy + radius - width / 2), (cx + half, cy + radius + width / 2)),
        ((cx + half + radius - width / 2, cy), (cx + half + radius + width / 2, cy)),
        ((cx, cy - radius + width / 2), (cx, cy - radius - width / 2)),
        ((cx - half - radius + width / 2, cy), (cx - half - radius - width / 2, cy)),
    ]
    for i, (a, b) in enumerate(gates):
        checkpoints.append(Checkpoint(index=i, a=a, b=b, name=f"gate {i}"))
    finish = Checkpoint(
        index=len(gates),
        a=(cx - half + 80.0, y_road - width / 2),
        b=(cx - half + 80.0, y_road + width / 2),
        name="finish",
    )
    return Track(
        id=STADIUM_ID,
        name="Test Stadium",
        width_m=w_total,
        height_m=h_total,
        surfaces=SurfaceGrid(cells=cells, cell_m=cell_m, outside=Surface.GRASS),
        walls=(
            Wall(tuple(inner), closed=True, name="inner wall"),
            Wall(tuple(outer), closed=True, name="outer wall"),
        ),
        start_slots=tuple(slots),
        checkpoints=tuple(checkpoints),
        finish=finish,
        racing_line=tuple(centre),
    )


def open_pad(
    size: float = 2000.0,
    surface: Surface = Surface.ASPHALT,
    cell_m: float = 10.0,
    walls: tuple[Wall, ...] = (),
) -> Track:
    """A wide open square of one surface, for straight-line and skid-pad tests."""
    n = math.ceil(size / cell_m)
    cells = np.full((n, n), int(surface), dtype=np.uint8)
    return Track(
        id=f"pad-{surface.label}",
        name=f"{surface.label.title()} pad",
        width_m=size,
        height_m=size,
        surfaces=SurfaceGrid(cells=cells, cell_m=cell_m, outside=surface),
        walls=walls,
        start_slots=(StartSlot(0, size / 2, size / 2, 0.0),),
        kind="free-roam",
    )
