"""``vehicles [--file FILE] [--measure] [--json]``: list vehicle specs, check a modded file.

With ``--measure`` each car is driven on the proving ground and its real
0-100, top speed and braking distance are printed beside what its spec
promises, which is how a modder tunes a car.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--file", type=Path, help="a vehicles TOML file (default: the bundled one)")
    parser.add_argument("--measure", action="store_true", help="drive each vehicle and report its numbers")
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")


def run(args: argparse.Namespace) -> int:
    from game.content.vehicles import load_vehicles
    from game.paths import VEHICLES_FILE

    specs = load_vehicles(args.file or VEHICLES_FILE)
    rows = []
    for vid, spec in specs.items():
        row: dict[str, object] = {"id": vid, "name": spec.name, "kind": spec.kind, "drive": spec.drive}
        if args.measure:
            from game.sim import proving

            row["accel_s"] = round(proving.time_to_speed(spec), 2)
            row["accel_kmh"] = spec.accel_kmh
            row["top_kmh"] = round(proving.top_speed_kmh(spec, seconds=60.0), 1)
            row["brake_100_m"] = round(proving.braking_distance_m(spec, min(100.0, spec.accel_kmh)), 1)
            row["ok"] = (
                spec.expect_accel_s[0] <= float(row["accel_s"]) <= spec.expect_accel_s[1]  # type: ignore[arg-type]
                and spec.expect_top_kmh[0] <= float(row["top_kmh"]) <= spec.expect_top_kmh[1]  # type: ignore[arg-type]
            )
        rows.append(row)
        if not args.json:
            line = f"{vid:10} {spec.name:26} {spec.kind:4} {spec.drive}"
            if args.measure:
                line += (
                    f"  0-{spec.accel_kmh:g} {row['accel_s']} s (wants {spec.expect_accel_s[0]:g}-"
                    f"{spec.expect_accel_s[1]:g})  top {row['top_kmh']} km/h (wants "
                    f"{spec.expect_top_kmh[0]:g}-{spec.expect_top_kmh[1]:g})  brake {row['brake_100_m']} m"
                    f"  {'ok' if row['ok'] else 'OUT OF RANGE'}"
                )
            print(line)
    if args.json:
        print(json.dumps({"vehicles": rows}))
    return 0 if all(r.get("ok", True) for r in rows) else 1
