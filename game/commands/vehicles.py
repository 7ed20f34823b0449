"""``vehicles [--file FILE] [--measure] [--car ID]... [--json]``: list vehicle specs, check a modded file.

With ``--measure`` each vehicle is driven on the proving ground
(:mod:`game.sim.proving`) and put through the manoeuvres a player's hands make
(:mod:`game.sim.handling`): 0-100, top speed, 100-0 braking, steady lateral g,
the turning circle at walking pace, the worst slide a held steering key
causes, a handbrake flick and its catch at 80/120/160 km/h (counter-steer,
and hands-off), and how quickly the car answers the wheel. The straight-line
figures are checked against what the spec promises (``expect_accel_s``,
``expect_top_kmh``): exit 1 if any is out of range, which is how a modder
tunes a car. The other columns are reported, not enforced (the tests pin
them). ``--car`` measures only the named vehicles (several seconds each).
Every listing shows each vehicle's quick race class and the performance
index it comes from (:mod:`game.sim.classes`).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from game.sim.vehicle import VehicleSpec

FLICK_KMH = (80.0, 120.0, 160.0)
"""Speeds the handbrake flick is tried at (a vehicle that cannot reach one skips it)."""
FLICK_PEAK_DEG = (30.0, 70.0)
FLICK_CATCH_S = 2.0
"""A car's flick is 'ok' when it peaks within FLICK_PEAK_DEG and is caught within FLICK_CATCH_S at
every speed, and hands-off it does not spin at 80 km/h (issue 13, item 3). Reported, not enforced."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--file", type=Path, help="a vehicles TOML file (default: the bundled one)")
    parser.add_argument("--measure", action="store_true", help="drive each vehicle and report its numbers")
    parser.add_argument(
        "--car", action="append", metavar="ID", help="only this vehicle (repeatable; default: all)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")


def _finite(value: float, digits: int) -> float | None:
    """``value`` rounded, or None (JSON null) for inf/nan: 'never'."""
    return round(value, digits) if math.isfinite(value) else None


def _flick_json(spec: VehicleSpec, kmh: float, top_kmh: float, after: Callable[..., Any] | None) -> Any:
    from game.sim import handling

    if top_kmh < kmh:
        return None
    result = handling.flick(spec, kmh) if after is None else handling.flick(spec, kmh, after=after)
    return {
        "kmh": round(result.kmh, 1),
        "peak_slip_deg": round(result.peak_slip_deg, 1),
        "caught_s": _finite(result.caught_s, 2),
        "spun": result.spun,
    }


def measure(spec: VehicleSpec) -> dict[str, object]:
    """Every number the table shows for one vehicle (JSON-ready: None where a thing never happens)."""
    from game.sim import handling, proving

    accel_s = proving.time_to_speed(spec)
    top_kmh = proving.top_speed_kmh(spec, seconds=60.0)
    brake_from = min(100.0, spec.accel_kmh)
    held = handling.worst_held_key(spec)
    limit = handling.held_key_limit_deg(spec)
    row: dict[str, object] = {
        "accel_s": _finite(accel_s, 2),
        "accel_kmh": spec.accel_kmh,
        "top_kmh": round(top_kmh, 1),
        "brake_100_m": round(proving.braking_distance_m(spec, brake_from), 1),
        "brake_from_kmh": brake_from,
        "lateral_g": round(handling.lateral_g(spec), 3),
        "turning_circle_m": _finite(handling.turning_circle_m(spec), 2),
        "held_key": {
            "peak_slip_deg": round(held.peak_slip_deg, 1),
            "kmh": round(held.kmh, 1),
            "throttle": held.throttle,
            "spun": held.spun,
            "lateral_g": round(held.lateral_g, 3),
            "limit_deg": limit,
        },
        "held_key_ok": held.peak_slip_deg <= limit and not held.spun,
        "flick": {f"{k:g}": _flick_json(spec, k, top_kmh, None) for k in FLICK_KMH},
        "flick_hands_off": {f"{k:g}": _flick_json(spec, k, top_kmh, handling.hands_off) for k in FLICK_KMH},
        "yaw_response_s": _finite(handling.yaw_response_s(spec), 3),
    }
    row["flick_ok"] = None if spec.kind == "bike" else _flick_ok(row)
    row["ok"] = (
        math.isfinite(accel_s)
        and spec.expect_accel_s[0] <= accel_s <= spec.expect_accel_s[1]
        and spec.expect_top_kmh[0] <= top_kmh <= spec.expect_top_kmh[1]
    )
    return row


def _flick_ok(row: dict[str, Any]) -> bool:
    runs = [r for r in row["flick"].values() if r is not None]
    caught = all(
        FLICK_PEAK_DEG[0] <= r["peak_slip_deg"] <= FLICK_PEAK_DEG[1]
        and r["caught_s"] is not None
        and r["caught_s"] <= FLICK_CATCH_S
        for r in runs
    )
    slow = row["flick_hands_off"][f"{FLICK_KMH[0]:g}"]
    return caught and bool(runs) and (slow is None or not slow["spun"])


def _flick_cell(run: Any) -> str:
    if run is None:
        return "-"
    catch = "never" if run["caught_s"] is None else f"{run['caught_s']:.2f}"
    return f"{run['peak_slip_deg']:.0f} / {catch}"


def _spec_cell(spec: VehicleSpec, row: dict[str, Any]) -> str:
    if row["ok"]:
        return "ok"
    wants = []
    if row["accel_s"] is None or not spec.expect_accel_s[0] <= row["accel_s"] <= spec.expect_accel_s[1]:
        wants.append(f"0-{spec.accel_kmh:g} wants {spec.expect_accel_s[0]:g}-{spec.expect_accel_s[1]:g} s")
    if not spec.expect_top_kmh[0] <= row["top_kmh"] <= spec.expect_top_kmh[1]:
        wants.append(f"top wants {spec.expect_top_kmh[0]:g}-{spec.expect_top_kmh[1]:g}")
    return "OUT OF RANGE (" + ", ".join(wants) + ")"


def _class_cell(spec: VehicleSpec) -> str:
    """``B 105.8``: the quick race class and the performance index it comes from (game.sim.classes)."""
    from game.sim.classes import performance_index, vehicle_class

    return f"{vehicle_class(spec)} {performance_index(spec):5.1f}"


def _cells(spec: VehicleSpec, row: dict[str, Any]) -> list[str]:
    held = row["held_key"]
    accel = "never" if row["accel_s"] is None else f"{row['accel_s']:.2f}"
    if spec.accel_kmh != 100.0:
        accel += f" (0-{spec.accel_kmh:g})"
    brake = f"{row['brake_100_m']:.1f}"
    if row["brake_from_kmh"] != 100.0:
        brake += f" ({row['brake_from_kmh']:g}-0)"
    circle = "-" if row["turning_circle_m"] is None else f"{row['turning_circle_m']:.1f}"
    held_cell = f"{held['peak_slip_deg']:.1f} @{held['kmh']:.0f} {'on' if held['throttle'] else 'lift'}"
    held_ok = "spun" if held["spun"] else "ok" if row["held_key_ok"] else f"over {held['limit_deg']:g}"
    spins = [k for k, r in row["flick_hands_off"].items() if r is not None and r["spun"]]
    flick_ok = "bike" if row["flick_ok"] is None else "ok" if row["flick_ok"] else "no"
    yaw = "never" if row["yaw_response_s"] is None else f"{row['yaw_response_s']:.2f}"
    return [
        spec.id,
        spec.kind,
        spec.drive,
        _class_cell(spec),
        accel,
        f"{row['top_kmh']:.0f}",
        brake,
        f"{row['lateral_g']:.2f}",
        circle,
        held_cell,
        held_ok,
        *(_flick_cell(r) for r in row["flick"].values()),
        ",".join(spins) or "none",
        flick_ok,
        yaw,
        _spec_cell(spec, row),
    ]


HEADERS = [
    ("vehicle", ""),
    ("kind", ""),
    ("drive", ""),
    ("class", "index"),
    ("0-100", "s"),
    ("top", "km/h"),
    ("100-0", "m"),
    ("lat", "g"),
    ("circle", "m"),
    ("held key slip", "deg @km/h"),
    ("held", "ok"),
    *((f"flick {k:g}", "deg / catch s") for k in FLICK_KMH),
    ("hands-off", "spins at"),
    ("flick", "ok"),
    ("yaw", "s"),
    ("spec", ""),
]
RIGHT = {"0-100", "top", "100-0", "lat", "circle", "yaw"}


def table(specs: list[VehicleSpec], rows: list[dict[str, Any]]) -> list[str]:
    """The measured rows as aligned text lines: two header lines, then one line per vehicle."""
    body = [_cells(spec, row) for spec, row in zip(specs, rows, strict=True)]
    widths = [max(len(h[0]), len(h[1]), *(len(r[i]) for r in body)) for i, h in enumerate(HEADERS)]

    def line(cells: list[str]) -> str:
        out = []
        for (name, _), width, cell in zip(HEADERS, widths, cells, strict=True):
            out.append(cell.rjust(width) if name in RIGHT else cell.ljust(width))
        return "  ".join(out).rstrip()

    lines = [line([h[0] for h in HEADERS]), line([h[1] for h in HEADERS])]
    lines.append("-" * len(lines[0]))
    lines.extend(line(cells) for cells in body)
    return lines


NOTES = (
    "held key: full steering held 3 s through the assist at 30 km/h..top, throttle on and lifted; the worst.",
    "flick: 0.6 s handbrake at full lock, then counter-steer; peak slip, and seconds until under 10 deg "
    "(90 deg or more is a spin). Bikes fall instead of sliding: their flick is reported as it comes.",
    "exit status: 1 if a spec column is OUT OF RANGE; the other columns are reported, not enforced.",
)


def run(args: argparse.Namespace) -> int:
    from game.content.vehicles import load_vehicles
    from game.paths import VEHICLES_FILE
    from game.sim.classes import performance_index, vehicle_class

    path = args.file or VEHICLES_FILE
    specs = load_vehicles(path)
    wanted = args.car or []
    unknown = [vid for vid in wanted if vid not in specs]
    if unknown:
        print(
            f"error: no vehicle {', '.join(map(repr, unknown))} in {path}; it has: {', '.join(specs)}.",
            file=sys.stderr,
        )
        return 2
    chosen = [spec for vid, spec in specs.items() if not wanted or vid in wanted]
    rows: list[dict[str, Any]] = []
    for spec in chosen:
        row: dict[str, Any] = {
            "id": spec.id,
            "name": spec.name,
            "kind": spec.kind,
            "drive": spec.drive,
            "class": vehicle_class(spec),
            "index": round(performance_index(spec), 1),
        }
        if args.measure:
            if sys.stderr.isatty():
                print(f"measuring {spec.id}...", file=sys.stderr, flush=True)
            row.update(measure(spec))
        rows.append(row)
    if args.measure and not args.json:
        for text in table(chosen, rows):
            print(text)
        print()
        for note in NOTES:
            print(note)
    elif not args.json:
        for spec in chosen:
            print(f"{spec.id:10} {spec.name:26} {spec.kind:4} {spec.drive:4} {_class_cell(spec)}")
    if args.json:
        print(json.dumps({"vehicles": rows}))
    return 0 if all(r.get("ok", True) for r in rows) else 1
