"""``tracks [--json] [--mods DIR]``: list bundled and mod tracks.

Broken mods are listed on stderr (and under ``"errors"`` with ``--json``) so
a modder sees why their track is missing, while the list of raceable tracks
on stdout stays clean for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    parser.add_argument("--mods", type=Path, metavar="DIR", help="mods folder (default: the user one)")


def run(args: argparse.Namespace) -> int:
    from game.content.catalog import list_tracks

    entries = list_tracks(mods_dir=args.mods)
    good = [e for e in entries if e.error is None]
    broken = [e for e in entries if e.error is not None]
    for entry in broken:
        print(f"broken track {entry.id} ({entry.file}):", file=sys.stderr)
        for line in (entry.error or "").splitlines():
            print(f"  {line}", file=sys.stderr)
    if args.json:
        out: dict[str, object] = {"tracks": [e.as_json() for e in good]}
        if broken:
            out["errors"] = [{"id": e.id, "file": str(e.file), "error": e.error} for e in broken]
        print(json.dumps(out))
        return 0
    if not good:
        print("no tracks found")
    width = max((len(e.id) for e in good), default=0)
    for entry in good:
        print(f"{entry.id:<{width}}  {entry.kind:<9}  {entry.name}  ({entry.file})")
    return 0
