"""Vehicle classes: which cars race each other fairly, computed from the specs alone.

A car's **performance index** is how quickly it would get round one fixed
reference lap, driven at the limits its spec gives, as a share of a
reference time: ``100 × REFERENCE_LAP_S / lap time`` (100 is a lap of
68.5 s, Katie's Subaru today; 110 is a car 10% quicker). The lap
(:data:`REFERENCE_LAP`, 2.1 km) is six corners joined by straights, in the
mix of the bundled circuits' racing lines: about three quarters straight,
the corners from 12 m hairpins to 150 m sweepers. Four figures of the spec
drive it:

- **grip**, the weaker axle's (``min(grip_front, grip_rear)``): every corner
  is taken at ``v = sqrt(grip · g · radius)``;
- **power-to-weight**: out of a corner the car gains ``a = min(launch, P / (m · v))
  · (1 - (v / v_top)³)``, where ``launch = min(max_drive_force_n / m, grip · g)`` is
  what the gearing and the tyres allow before the power does (the 0-100 figure), and
  the last factor is the air drag that stops it at its top speed;
- **top speed** (:func:`game.sim.ai.speed.top_speed`, the limiter included) caps
  every straight;
- **braking** (:func:`game.sim.dynamics.braking_limit`: brake force, anti-lock,
  the load moved forward) sets where each straight ends before the next corner.

So each figure counts where it matters on a lap, not by a weight someone
chose: top speed only on straights long enough to reach it, braking only
into corners. Nitrous, handling and the AI's skill are left out (nitrous
changes no car's index by more than 0.3%); so is how well the computer
rides a bike (the Ducati's index is the machine's, not the AI's lap).

**Classes** are bands of the index (:data:`BANDS`). The bundled vehicles
fall into three groups with a gap of at least 2% between neighbours (index
today): C, the slow cars (scooter 42, Mustang 91, getaway sedan 97.5,
police cruiser 97.6); B, the sports saloons and coupés (Subaru 100, BMW
105.8, Diablo 108.1, Nicole 108.2, Wolf 109.1); A, the supercars (Ford GT
112.0, Saleen 112.9, Ducati 115.4, Enzo 119.1, CCX 119.6). The Enzo is
not alone: the CCX is as quick (more power, less grip) and the Saleen and
the Ford GT within 6%. The Diablo, for all its top speed, sits in B: its
brakes are the weakest of the fast cars and its power-to-weight and launch
are below Wolf's, so it loses in the braking zones and out of slow corners
what it gains on the straights. There is no fourth class because no split
of A leaves three cars on each side with a real gap between them.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from itertools import pairwise

from game.sim.vehicle import VehicleSpec

G = 9.81

REFERENCE_LAP: tuple[tuple[float, float, float], ...] = (
    (12.0, 25.0, 150.0),
    (32.0, 90.0, 250.0),
    (20.0, 70.0, 200.0),
    (150.0, 190.0, 350.0),
    (50.0, 40.0, 300.0),
    (80.0, 120.0, 250.0),
)
"""(corner radius m, corner length m, straight after it m), round and round."""
REFERENCE_LAP_S = 68.5
"""The lap time that scores 100."""
STEP_M = 1.0
"""Distance step of the straights' speed trace."""

CLASSES: tuple[str, ...] = ("C", "B", "A")
"""Slowest first."""
BANDS: tuple[tuple[str, float], ...] = (("C", 0.0), ("B", 98.8), ("A", 110.5))
"""(class, lowest index in it); the bounds sit in the gaps between the bundled cars."""


def reference_lap_s(spec: VehicleSpec) -> float:
    """Seconds ``spec`` needs round :data:`REFERENCE_LAP` at the limits of its spec (no nitrous)."""
    from game.sim.ai.speed import drive_accel, top_speed
    from game.sim.dynamics import braking_limit

    grip = min(spec.grip_front, spec.grip_rear)
    v_top = top_speed(spec)
    brake = float(braking_limit(spec))
    corner = [min(math.sqrt(grip * G * radius), v_top) for radius, _, _ in REFERENCE_LAP]
    total = 0.0
    for k, (_, arc, straight) in enumerate(REFERENCE_LAP):
        total += arc / corner[k]
        steps = max(1, round(straight / STEP_M))
        ds = straight / steps
        v_next = corner[(k + 1) % len(REFERENCE_LAP)]
        v = corner[k]
        trace = [v]
        for _ in range(steps):  # flat out from the corner...
            a = drive_accel(spec, v, v_top)
            v = min(v_top, math.sqrt(v * v + 2.0 * a * ds))
            trace.append(v)
        for i, v in enumerate(trace):  # ...until it must brake for the next one
            trace[i] = min(v, math.sqrt(v_next * v_next + 2.0 * brake * (steps - i) * ds))
        total += sum(2.0 * ds / (a + b) for a, b in pairwise(trace))
    return total


@functools.cache
def performance_index(spec: VehicleSpec) -> float:
    """``100 × REFERENCE_LAP_S / reference_lap_s(spec)``: higher is quicker, 110 is 10% quicker than 100."""
    return 100.0 * REFERENCE_LAP_S / reference_lap_s(spec)


def vehicle_class(spec: VehicleSpec) -> str:
    """The class whose band holds the car's index: ``"C"``, ``"B"`` or ``"A"``."""
    index = performance_index(spec)
    found = BANDS[0][0]
    for name, low in BANDS:
        if index >= low:
            found = name
    return found


def class_members(specs: Mapping[str, VehicleSpec], name: str) -> list[str]:
    """The ids of the vehicles of class ``name``, in the order of ``specs`` (the file's)."""
    return [vid for vid, spec in specs.items() if vehicle_class(spec) == name]
