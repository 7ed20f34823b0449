"""Rebuild the generated art: tilesets, bundled maps and their previews.

    python -m assets.art.build                 # everything
    python -m assets.art.build --only harbour  # one map (tilesets are always written)
    python -m assets.art.build --no-previews

Output: ``levels/tilesets/*.png|tsx``, ``levels/*.tmx``, ``docs/previews/*.png``.
The build is deterministic: the same sources give byte-identical files.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parents[2]
LEVELS = ROOT / "levels"
TILESETS = LEVELS / "tilesets"
PREVIEWS = ROOT / "docs" / "previews"


def build_all(
    levels: Path = LEVELS, previews: Path | None = PREVIEWS, only: list[str] | None = None
) -> list[Path]:
    """Write tilesets, maps and (optionally) previews; return every path written."""
    from assets.art import freeroam, preview, tracks
    from assets.art.mapgen import build_circuit
    from assets.art.tilesets import library, write_tileset

    written: list[Path] = []
    tiles_dir = levels / "tilesets"
    tiles_dir.mkdir(parents=True, exist_ok=True)
    for ts in library().values():
        written += write_tileset(ts, tiles_dir)
    jobs = [(c.id, c) for c in tracks.CIRCUITS] + [(m.id, m) for m in freeroam.FREE_MAPS]
    for map_id, desc in jobs:
        if only and map_id not in only:
            continue
        if isinstance(desc, tracks.Circuit):
            built = build_circuit(desc, tracks.THEMES)
            model, night = built.model, desc.night
            focus = (desc.finish[0] * 8, desc.finish[1] * 8)
            print(
                f"{map_id:14s} lap {built.lap_m:6.0f} m (racing line "
                f"{_length(built.racing):6.0f} m), {model.cols}x{model.rows} tiles"
            )
        else:
            model, night, focus = freeroam.build_free(desc)
            print(f"{map_id:14s} free roam, {model.cols}x{model.rows} tiles")
        path = levels / f"{map_id}.tmx"
        model.write(path)
        written.append(path)
        if previews is not None:
            previews.mkdir(parents=True, exist_ok=True)
            over = previews / f"{map_id}.png"
            crop = previews / f"{map_id}-start.png"
            preview.render_overview(model, over, night)
            preview.render_crop(model, crop, focus, night)
            written += [over, crop]
    return written


def _length(points: object) -> float:
    from assets.art.geometry import polyline_length

    return polyline_length(points)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="build just this map id (repeatable)")
    parser.add_argument("--no-previews", action="store_true", help="skip the PNG previews")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    build_all(previews=None if args.no_previews else PREVIEWS, only=args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
