"""Load and validate vehicle specs from TOML.

One file holds every vehicle as a ``[vehicle.ID]`` table. Validation reports
every problem, each naming the file, the vehicle and the field, because a
modder tuning a car should fix all their typos in one round trip.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

from game.content import bounded, limits
from game.content.bounded import short, shown
from game.content.errors import ContentError
from game.sim.surfaces import SURFACE_NAMES
from game.sim.vehicle import VehicleSpec

# field -> (lowest, highest) allowed; None means unbounded on that side.
_RANGES: dict[str, tuple[float | None, float | None]] = {
    "mass_kg": (50.0, 10000.0),
    "length_m": (1.0, 12.0),
    "width_m": (0.4, 3.0),
    "wheelbase_m": (0.8, 8.0),
    "track_m": (0.0, 2.5),
    "front_weight": (0.2, 0.8),
    "power_kw": (1.0, 2000.0),
    "max_drive_force_n": (100.0, 100000.0),
    "brake_force_n": (100.0, 100000.0),
    "brake_bias_front": (0.0, 1.0),
    "max_steer_deg": (5.0, 60.0),
    "steer_rate_dps": (10.0, 1000.0),
    "steer_speed_ms": (1.0, 200.0),
    "grip_front": (0.1, 3.0),
    "grip_rear": (0.1, 3.0),
    "cornering_stiffness": (1.0, 100.0),
    "handbrake_grip": (0.05, 1.0),
    "drag_area": (0.01, 5.0),
    "rolling_resistance": (0.0, 0.2),
    "reverse_kmh": (1.0, 100.0),
    "nitrous_s": (0.0, 60.0),
    "nitrous_power": (1.0, 4.0),
    "nitrous_refill_s": (0.0, 600.0),
    "durability": (0.1, 10.0),
    "speed_limit_kmh": (0.0, 600.0),
    "lean_brake_loss": (0.0, 0.95),
    "inertia_factor": (0.2, 5.0),
    "accel_kmh": (10.0, 300.0),
    "cg_height_m": (0.1, 2.0),
    "steer_grip_margin": (0.5, 5.0),
}
_CHOICES = {"kind": ("car", "bike"), "drive": ("fwd", "rwd", "awd")}
_PAIRS = ("expect_accel_s", "expect_top_kmh")
_STRINGS = ("name", "color")
_BOOLS = ("abs_brakes", "traction_control")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_vehicle(where: str, vid: str, table: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    problems: list[str] = []
    values: dict[str, Any] = {"id": vid}
    known = {f.name for f in fields(VehicleSpec)} - {"id"}
    optional = {
        f.name for f in fields(VehicleSpec) if f.default is not MISSING or f.default_factory is not MISSING
    }

    def bad(field: str, what: str) -> None:
        problems.append(f"{where}: vehicle '{short(vid)}': field '{short(field)}' {what}.")

    for key in sorted(set(table) - known):
        bad(key, "is not a vehicle field (check the spelling)")
    for f in fields(VehicleSpec):
        name = f.name
        if name == "id":
            continue
        if name not in table:
            if name not in optional:
                bad(name, "is missing")
            continue
        value = table[name]
        if name in _STRINGS:
            if not isinstance(value, str) or not value.strip():
                bad(name, f"must be a non-empty text, got {shown(value)}")
            elif len(value) > limits.NAME_CHARS:
                bad(name, f"is {len(value):,} characters long, over the limit of {limits.NAME_CHARS:,} "
                          f"({shown(value)})")
            else:
                values[name] = value
        elif name in _BOOLS:
            if not isinstance(value, bool):
                bad(name, f"must be true or false, got {shown(value)}")
            else:
                values[name] = value
        elif name in _CHOICES:
            if value not in _CHOICES[name]:
                bad(name, f"must be one of {', '.join(_CHOICES[name])}, got {shown(value)}")
            else:
                values[name] = value
        elif name in _PAIRS:
            if (
                not isinstance(value, list)
                or len(value) != 2
                or not all(_is_number(v) and math.isfinite(v) and v > 0 for v in value)
                or value[0] > value[1]
            ):
                bad(name, f"must be a [low, high] pair of positive numbers, got {_pair_shown(value)}")
            else:
                values[name] = (float(value[0]), float(value[1]))
        elif name == "surface_grip":
            if not isinstance(value, dict):
                bad(name, f"must be a table of surface = multiplier, got {shown(value)}")
                continue
            pairs = []
            for surface, factor in sorted(value.items()):
                if surface not in SURFACE_NAMES:
                    bad(f"{name}.{surface}", f"names an unknown surface (known: {', '.join(SURFACE_NAMES)})")
                elif not _is_number(factor) or not 0.1 <= factor <= 3.0:
                    bad(f"{name}.{surface}", f"must be a number from 0.1 to 3, got {shown(factor)}")
                else:
                    pairs.append((surface, float(factor)))
            values[name] = tuple(pairs)
        else:
            low, high = _RANGES[name]
            if not _is_number(value) or not math.isfinite(value):
                bad(name, f"must be a number, got {shown(value)}")
            elif (low is not None and value < low) or (high is not None and value > high):
                if value < 0 and (low is None or low >= 0):
                    bad(name, f"must not be negative, got {shown(value)} (allowed {low:g} to {high:g})")
                else:
                    bad(name, f"must be from {low:g} to {high:g}, got {shown(value)}")
            else:
                values[name] = float(value)
    if not problems and values["kind"] == "bike" and values["track_m"] != 0.0:
        bad("track_m", "must be 0 for a bike (both wheels sit on the centre line)")
    return values, problems


def _pair_shown(value: Any) -> str:
    """A would-be ``[low, high]`` pair as written: ``[240, 200]``, or what it is instead."""
    if isinstance(value, list) and len(value) <= 4:
        return "[" + ", ".join(shown(v) for v in value) + "]"
    return shown(value)


def parse_vehicles(text: str, where: str) -> dict[str, VehicleSpec]:
    """Specs from TOML text; ``where`` names the source in messages.

    The text is parsed within the limits (nesting, number length: a 400-digit
    integer is refused before anything turns it into a float), and the number
    of vehicles is checked before any is validated.
    """
    data = bounded.parse_toml(text, where, "vehicles file")
    table = data.get("vehicle")
    if not isinstance(table, dict) or not table:
        raise ContentError(f"{where}: has no [vehicle.ID] tables; add one per vehicle.")
    if len(table) > limits.VEHICLES:
        raise ContentError(f"{where}: has {len(table):,} vehicles, over the limit of {limits.VEHICLES:,}.")
    specs: dict[str, VehicleSpec] = {}
    problems: list[str] = []
    for vid, body in table.items():
        if len(vid) > limits.NAME_CHARS:
            problems.append(f"{where}: vehicle '{short(vid)}': its id is {len(vid):,} characters long, "
                            f"over the limit of {limits.NAME_CHARS:,}.")
            continue
        if not isinstance(body, dict):
            problems.append(f"{where}: vehicle '{vid}' must be a table of fields, got {shown(body)}.")
            continue
        values, found = _check_vehicle(where, vid, body)
        problems.extend(found)
        if not found:
            specs[vid] = VehicleSpec(**values)
    if problems:
        raise ContentError(problems)
    return specs


def load_vehicles(path: Path) -> dict[str, VehicleSpec]:
    """Specs from a TOML file, in file order; only a regular file within ``limits.DATA_FILE_BYTES``."""
    return parse_vehicles(bounded.read_text(path, "vehicles file", limits.DATA_FILE_BYTES), str(path))
