"""Tiled maps (``.tmx``) to a ready-to-race :class:`Track` plus a :class:`MapRender`.

The map loader's front door; the work lives in :mod:`game.content.tiled`:

* :mod:`~game.content.tiled.reader` reads the XML once, within the limits, and
  refuses anything unsafe or unsupported (one message per problem), decoding
  tile layers with numpy and typing every value where it is checked;
* :mod:`~game.content.tiled.mapsettings`, :mod:`~game.content.tiled.placing`
  and :mod:`~game.content.tiled.tiles` apply the class defaults from
  ``levels/fasttrack.tiled-project`` and turn pixels into metres;
* :mod:`~game.content.tiled.builder` builds the sim's :class:`Track` and
  checks that it can be raced (an ordered checkpoint loop, start slots on the road).

The same :func:`load_map` serves bundled tracks, mods and ``check-map``, so a
map that passes ``check-map`` loads in the game and vice versa.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.content import limits
from game.content.errors import ContentError
from game.content.mapdata import MapRender
from game.content.tiled.builder import PROP_DEFAULTS, TrackBuilder, title
from game.content.tiled.classes import PROJECT_FILE, schema
from game.content.tiled.mapsettings import read_settings, size_ok
from game.content.tiled.placing import MapObject, map_objects
from game.content.tiled.problems import Problems, quote
from game.content.tiled.properties import raw_properties
from game.content.tiled.racing import ROAD_SURFACES
from game.content.tiled.reader import read_map_xml, read_root
from game.content.tiled.tiles import map_render, surface_grid, tile_properties, tileset_info
from game.sim.track import Track

__all__ = [
    "PROJECT_FILE",
    "PROP_DEFAULTS",
    "ROAD_SURFACES",
    "LoadedMap",
    "MapReport",
    "check_map",
    "check_map_report",
    "load_map",
    "load_track",
    "read_header",
    "schema",
]


@dataclass(frozen=True, slots=True)
class LoadedMap:
    """A map ready to race (``track``) and to draw (``render``)."""

    track: Track
    render: MapRender


def load_map(path: Path | str, track_id: str | None = None, *, verify_images: bool = False) -> LoadedMap:
    """Read, check and convert a ``.tmx`` file; raises ContentError listing every problem.

    Tileset images are always checked from their headers (exists, a PNG, within
    the limits, the size the tileset says). ``verify_images`` also decodes them
    as the renderer will, which ``check-map`` and the mod list do; a race start
    skips that (it costs more than the rest of the load), and the renderer
    draws a stand-in for a picture that still fails.
    """
    path = Path(path)
    problems = Problems(path)
    loaded = _load(path, track_id or path.stem, problems, verify_images)
    if problems or loaded is None:
        raise ContentError(problems.messages or [f"{path}: could not be loaded; re-save it in Tiled."])
    return loaded


def load_track(path: Path | str, track_id: str | None = None) -> Track:
    """Just the simulation's half of :func:`load_map`."""
    return load_map(path, track_id).track


def check_map(path: Path | str) -> list[str]:
    """Every problem with the map at ``path`` (an empty list if it is fine)."""
    try:
        load_map(path, verify_images=True)
    except ContentError as exc:
        return exc.problems
    return []


@dataclass(frozen=True, slots=True)
class MapReport:
    """What ``check-map`` prints: ``problems`` (the map cannot be raced) and ``warnings`` (it can)."""

    problems: list[str]
    warnings: list[str]


def check_map_report(path: Path | str) -> MapReport:
    """:func:`check_map`, and on a circuit that loads, the racing line the rivals will follow.

    A missing line is computed and a poor one (through a wall, off the road,
    against a wall, corners too sharp) replaced by a computed one, each with a
    warning; a circuit on which no line can be found at all is a problem.
    """
    from game.content.tiled.linecheck import check_line_of

    path = Path(path)
    problems = Problems(path)
    found = _load_parts(path, path.stem, problems, verify_images=True)
    if problems or found is None:
        return MapReport(problems.messages or [f"{path}: could not be loaded; re-save it in Tiled."], [])
    loaded, objects, ppm = found
    warnings = Problems(f"{path}: warning")
    check_line_of(loaded.track, objects, ppm, problems, warnings)
    return MapReport(problems.messages, warnings.messages)


def read_header(path: Path | str) -> tuple[str, str]:
    """``(name, kind)`` from a map's properties without loading it, for track lists.

    Read through the same bounded reader as :func:`load_map` (size, regular
    file, no DTD, element budget), so listing tracks is never the weak spot.
    """
    path = Path(path)
    problems = Problems(path)
    opened = read_root(path, problems)
    if opened is None:
        raise ContentError(problems.messages)
    props = raw_properties(opened[0])
    name = props.get("name", ("", ""))[1].strip() or title(path.stem)
    kind = props.get("kind", ("", "circuit"))[1].strip() or "circuit"
    for what, value in (("name", name), ("kind", kind)):
        if len(value) > limits.NAME_CHARS:
            problems.add(
                "the map",
                f"has a {what} of {len(value):,} characters ({quote(value)}), "
                f"over the limit of {limits.NAME_CHARS}",
                f"shorten the map's {what}",
            )
    if problems:
        raise ContentError(problems.messages)
    return name, kind


def _load(path: Path, track_id: str, problems: Problems, verify_images: bool) -> LoadedMap | None:
    found = _load_parts(path, track_id, problems, verify_images)
    return None if found is None else found[0]


def _load_parts(
    path: Path, track_id: str, problems: Problems, verify_images: bool
) -> tuple[LoadedMap, list[MapObject], float] | None:
    """The loaded map, its checked objects and its scale (pixels per metre)."""
    mx = read_map_xml(path, problems, verify_images)
    if mx is None:
        return None
    settings = read_settings(mx.map_properties, problems)
    if settings is None or not size_ok(mx, settings, problems):
        return None
    props = [tile_properties(mx, t) for t in mx.tilesets]
    tilesets = [tileset_info(t, p) for t, p in zip(mx.tilesets, props, strict=True)]
    grid = surface_grid(mx, settings, props, problems)
    objects = map_objects(mx, settings.ppm, problems)
    track = TrackBuilder(mx, settings, grid, objects, problems).build(track_id)
    if track is None:
        return None
    return LoadedMap(track, map_render(mx, settings, tilesets)), objects, settings.ppm
