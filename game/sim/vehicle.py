"""Vehicle specifications: the data that makes each car feel like itself.

A spec is pure data (loaded from ``assets/vehicles.toml``); the physics that
reads it lives in :mod:`game.sim.dynamics`. Every field has a unit in its name
or its docstring so a modder can tune a car without reading the tyre model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Drive = Literal["fwd", "rwd", "awd"]
Kind = Literal["car", "bike"]


@dataclass(frozen=True, slots=True)
class VehicleSpec:
    """One vehicle's physical character.

    ``expect_accel_s`` and ``expect_top_kmh`` are the ranges the tests hold
    the physics to, so a retune that changes how a car feels fails loudly.
    """

    id: str
    name: str
    kind: Kind
    drive: Drive
    mass_kg: float
    length_m: float
    width_m: float
    wheelbase_m: float
    track_m: float
    front_weight: float
    """Share of the weight on the front axle (0..1)."""
    power_kw: float
    max_drive_force_n: float
    """Engine/gearing force cap at low speed; above the tyres' grip it spins them."""
    brake_force_n: float
    brake_bias_front: float
    max_steer_deg: float
    steer_rate_dps: float
    steer_speed_ms: float
    """Speed at which the available steering lock has halved."""
    grip_front: float
    grip_rear: float
    cornering_stiffness: float
    """Lateral force per unit of wheel load per radian of slip."""
    handbrake_grip: float
    """Rear grip multiplier while the handbrake is on (0.35..0.5 throws a car into a 30-70 deg
    slide that can be caught; lower spins it)."""
    drag_area: float
    """0.5 * air density * Cd * frontal area, in N/(m/s)^2."""
    rolling_resistance: float
    reverse_kmh: float
    nitrous_s: float
    """Seconds of boost in a full tank (0 = no nitrous fitted)."""
    nitrous_power: float
    """Power multiplier while the boost burns."""
    nitrous_refill_s: float
    """Seconds to refill an empty tank while not boosting."""
    durability: float
    """Higher is tougher: damage per impact is divided by this."""
    speed_limit_kmh: float
    """Electronic limiter (0 = none); nitrous overrides it."""
    lean_brake_loss: float
    """Bikes: fraction of front grip lost when braking hard while leaned."""
    expect_accel_s: tuple[float, float]
    """Seconds from rest to ``accel_kmh`` (0-100 km/h unless the car cannot reach it)."""
    expect_top_kmh: tuple[float, float]
    accel_kmh: float = 100.0
    cg_height_m: float = 0.5
    """Height of the centre of mass: how much weight shifts under power and brakes."""
    surface_grip: tuple[tuple[str, float], ...] = ()
    """Per-surface grip multipliers, e.g. a rally car's ``(("dirt", 1.25),)``."""
    steer_grip_margin: float = 1.05
    """A player's full steering asks for this multiple of the weaker axle's grip, no more
    (see ``game.sim.assist``): a held key turns as hard as the car can, instead of spinning it.
    Below 1 on the bikes, which lean into a corner rather than slide."""
    traction_control: bool = True
    """Under power the driven tyres keep the grip the corner needs; off, the tail steps out."""
    abs_brakes: bool = True
    """Anti-lock brakes: braking uses up to 97% of a tyre's grip, and a rear brake only what the
    corner leaves over, so hard braking in a bend steers instead of spinning the car."""
    inertia_factor: float = 1.0
    color: str = "#c0c0c0"

    @property
    def wheel_count(self) -> int:
        return 2 if self.kind == "bike" else 4
