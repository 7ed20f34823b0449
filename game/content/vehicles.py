"""Load and validate vehicle specs from TOML.

One file holds every vehicle as a ``[vehicle.ID]`` table. Its shape is
declared as a :mod:`game.content.schema` model built from
:class:`~game.sim.vehicle.VehicleSpec` itself and the range table below, so
a new spec field cannot go unchecked and no range is checked by hand.
Validation reports every problem, each naming the file, the vehicle and the
field, because a modder tuning a car should fix all their typos in one round
trip.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from pathlib import Path
from typing import Annotated, Any

from pydantic import PlainValidator, create_model, model_validator

from game.content import bounded, limits, schema
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


class _Vehicle(schema.Model):
    """The rules of a ``[vehicle.ID]`` table; :data:`Vehicle` adds one field per spec field."""

    shape = "a table of fields"
    unknown = "is not a vehicle field"

    @model_validator(mode="after")
    def _bike_on_one_track(self) -> _Vehicle:
        """Runs only once every field is valid, so a bike's track is judged on good values."""
        values = vars(self)  # the fields are added by create_model, unknown to the type checker
        if values["kind"] == "bike" and values["track_m"] != 0.0:
            phrase = "must be 0 for a bike (both wheels sit on the centre line)"
            raise schema.fail(phrase, phrase, field="track_m")
        return self


class _SurfaceGrip(schema.Model):
    """``surface = multiplier``; the keys are the surfaces the sim knows (fields added below)."""

    shape = "a table of surface = multiplier"
    unknown = "names an unknown surface"

    def pairs(self) -> tuple[tuple[str, float], ...]:
        """The multipliers the file sets, by surface name (what :class:`VehicleSpec` holds)."""
        return tuple(sorted((name, getattr(self, name)) for name in self.model_fields_set))


def _pair(value: Any) -> tuple[float, float]:
    """A ``[low, high]`` pair of positive numbers, low first: a range the tests hold the physics to."""
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(schema.is_number(v) and v > 0 for v in value)
        or value[0] > value[1]
    ):
        got = _pair_shown(value)
        raise schema.fail(
            f"must be a [low, high] pair of positive numbers, got {got}",
            f"is {got}, not a [low, high] pair of positive numbers",
        )
    return float(value[0]), float(value[1])


def _pair_shown(value: Any) -> str:
    """A would-be ``[low, high]`` pair as written: ``[240, 200]``, or what it is instead."""
    if isinstance(value, list) and len(value) <= 4:
        return "[" + ", ".join(shown(v) for v in value) + "]"
    return shown(value)


def _field_type(name: str) -> Any:
    """The declared type of one :class:`VehicleSpec` field, its range or choices included."""
    if name in _STRINGS:
        return schema.Name
    if name in _BOOLS:
        return schema.Flag
    if name in _CHOICES:
        return Annotated[str, schema.choice(*_CHOICES[name])]
    if name in _PAIRS:
        return Annotated[tuple[float, float], PlainValidator(_pair)]
    if name == "surface_grip":
        return SurfaceGrip
    return Annotated[float, schema.number(*_RANGES[name])]


def _spec_fields() -> dict[str, Any]:
    """Every spec field but the id (which is the table's name) as (type, default or required)."""
    out: dict[str, Any] = {}
    for f in fields(VehicleSpec):
        if f.name == "id":
            continue
        default = (
            f.default
            if f.default is not MISSING
            else (f.default_factory() if f.default_factory is not MISSING else ...)
        )
        out[f.name] = (_field_type(f.name), default)
    return out


_FACTOR: Any = (Annotated[float, schema.number(0.1, 3.0)], 1.0)
SurfaceGrip = create_model("SurfaceGrip", __base__=_SurfaceGrip, **dict.fromkeys(SURFACE_NAMES, _FACTOR))
"""A vehicle's ``surface_grip`` table: one optional multiplier per surface of the sim."""
Vehicle = create_model("Vehicle", __base__=_Vehicle, **_spec_fields())
"""One ``[vehicle.ID]`` table: the :class:`VehicleSpec` fields, each with its range, nothing else."""


class VehiclesFile(schema.Open):
    """The whole file: ``[vehicle.ID]`` tables (other top-level keys are the modder's notes)."""

    vehicle: dict[schema.Name, Vehicle]  # type: ignore[valid-type]


def _name(loc: schema.Loc) -> str:
    """``vehicle 'subaru': field 'mass_kg'``: how this file's messages have always named things."""
    if len(loc) < 2:
        return ""
    vehicle = f"vehicle '{short(str(loc[1]))}'"
    rest = loc[2:]
    if not rest:
        return vehicle
    if rest == (schema.KEY,):
        return f"{vehicle}: its id"
    return f"{vehicle}: field '{'.'.join(short(str(p)) for p in rest)}'"


def _spec(vid: str, table: Any) -> VehicleSpec:
    values = {name: getattr(table, name) for name in table.model_fields_set}
    if "surface_grip" in values:
        values["surface_grip"] = values["surface_grip"].pairs()
    return VehicleSpec(id=vid, **values)


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
    parsed = schema.validate(VehiclesFile, data, where, _name)
    return {vid: _spec(vid, body) for vid, body in parsed.vehicle.items()}


def load_vehicles(path: Path) -> dict[str, VehicleSpec]:
    """Specs from a TOML file, in file order; only a regular file within ``limits.DATA_FILE_BYTES``."""
    return parse_vehicles(bounded.read_text(path, "vehicles file", limits.DATA_FILE_BYTES), str(path))
