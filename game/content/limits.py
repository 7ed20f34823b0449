"""Every size limit on what the game reads from disk, in one table.

Why limits at all: a map, mission, replay or save may come from a stranger (a
mod pack) or from a damaged disk, and without a bound a 2 KB file can ask for
gigabytes (a decompression bomb, a PNG header claiming 60000x60000 pixels, a
run-length count of a billion steps) or an hour of work (a million-point
polygon). Each limit is far above anything a real track, mission or profile
needs (the bundled content uses a few per cent of each) and low enough that
refusing costs well under two seconds and a few hundred megabytes.

The table is the single source: loaders import the constants, the error
messages quote them, and ``docs/MODDING.md`` lists them (a test keeps the
page in step with ``LIMITS``).
"""

from __future__ import annotations

from dataclasses import dataclass

KB = 1024
MB = 1024 * KB


@dataclass(frozen=True, slots=True)
class Limit:
    """One bound: its value, its unit and what it bounds, for messages and the docs."""

    name: str
    value: int
    unit: str
    what: str


# --------------------------------------------------------------------------- files

MAP_FILE_BYTES = 16 * MB
"""A .tmx, .tsx, template or the Tiled project file (the largest bundled map is ~0.4 MB)."""
DATA_FILE_BYTES = 2 * MB
"""A mission, vehicle or rivals TOML file; a save, settings or records JSON file."""
PACKED_FILE_BYTES = 8 * MB
"""A replay or ghost file as stored (gzip)."""
PACKED_JSON_BYTES = 8 * MB
"""A replay once decompressed: a run of the input tape is ~30 bytes, so at least 250,000 runs
(a race driven with a keyboard is a few thousand). Parsing JSON costs up to ~0.2 s per MB."""
IMAGE_PIXELS = 4096 * 4096
"""Pixels in one tileset image (the largest bundled atlas is 512 x 1920)."""
IMAGE_SIDE = 16384
"""Pixels along either side of a tileset image."""
IMAGE_FILE_BYTES = 32 * MB

# --------------------------------------------------------------------------- structure

NESTING = 64
"""Depth of nested group layers, JSON arrays/objects and TOML tables."""
NUMBER_DIGITS = 40
"""Digits in one number in a JSON or TOML file (a float has 17 significant ones)."""
TEXT_CHARS = 4000
"""Characters in one text: a mission line, a briefing, a property value."""
NAME_CHARS = 120
"""Characters in one name: a track, car, mission, object or trigger name."""

# --------------------------------------------------------------------------- maps

MAP_TILES = 1024 * 1024
"""Tiles in one map (width x height); the largest bundled map has 50,000."""
MAP_OBJECTS = 20_000
"""Objects in one map, over all its layers (a bundled free-roam map has ~400)."""
OBJECT_POINTS = 10_000
"""Points in one polygon or polyline."""
MAP_POINTS = 400_000
"""Points over every object of a map."""
MAP_PROPS = 500
"""Loose props (cones, barrels...) in one map: each is a body the physics steps."""
MAP_LAYERS = 256
"""Layers in one map, groups included."""
MAP_TILESETS = 64
TILESET_TILES = 65_536
"""Tiles in one tileset."""

# --------------------------------------------------------------------------- missions, replays

MISSION_EVENTS = 1000
MISSION_OBJECTIVES = 100
MISSION_ACTORS = 100
RACE_RIVALS = 7
"""Computer rivals in one race: the grid has eight places."""
RACE_LAPS = 99
REPLAY_STEPS = 2 * 60 * 60 * 120
"""Physics steps in one replay (two hours at 120 Hz)."""
REPLAY_RUNS = 250_000
"""Run-length entries in one replay's input tape (what fits in PACKED_JSON_BYTES)."""
GHOST_POSES = 25 * 60 * 30
"""Poses in one ghost lap (25 minutes at 30 Hz: what fits in GHOST_JSON_BYTES)."""
RECORDS = 10_000
"""Entries in the player's records file."""
MISSION_ZONES = 1000
"""[[zone]] tables in one mission (the bundled missions have at most a dozen)."""
MISSION_LINES = 200
"""Lines in one of a mission's briefing, debrief or failure texts."""
LIST_NAMES = 1000
"""Names in one list of a mission: a route, a reward's cars, an objective's zones."""
VEHICLES = 256
"""Vehicles in one vehicles file (the bundled one has 16)."""
REPLAY_RESPAWNS = 10_000
"""Reset-key presses in one replay (one every second of a two-hour race is 7,200)."""
MISSION_FILE_BYTES = 512 * KB
"""A mission .toml (the largest bundled one is 3 KB): TOML is parsed in Python at about a
second per 2 MB of dense tables, so a mission is held well below the general data-file limit."""

MAP_XML_BYTES = 32 * MB
"""A map, its tilesets and its templates together (each file is also at most MAP_FILE_BYTES)."""
MAP_ELEMENTS = 200_000
"""XML elements over a map and the tilesets and templates it uses (a bundled map has ~3,000)."""
MAP_TILE_IDS = 1 << 20
"""Global tile ids (first gid + tile count) a map's tilesets may reach."""
TILE_SIDE = 512
"""Pixels along a side of one tile, in a map or a tileset (the bundled art uses 32)."""
MAP_METRES = 6000
"""Metres along either side of a map (the largest bundled map is 1.2 km wide)."""
MAP_START_SLOTS = 64
"""StartSlot objects in one map (a race grid uses eight)."""
MAP_GATES = 256
"""Checkpoint objects in one map (a bundled circuit has at most a dozen)."""
MAP_ROADS = 500
"""Road objects in one map (the bundled city has 31)."""
PATH_METRES = 200_000
"""Length of a RacingLine, and of all Roads of a map together (the AI samples them every metre or two)."""
ZONE_CROSSINGS = 2_000_000
"""Edge-by-row tests painting every SurfaceZone of a map (edges x the tile rows each edge spans)."""
MAP_IMAGES = 512
"""Image files over the tilesets of one map."""
MAP_IMAGE_PIXELS = 2 * IMAGE_PIXELS
"""Pixels over every tileset image of one map (the renderer keeps them all in memory)."""

ZONE_CELLS = 8_000_000
"""Tile cells under the bounding boxes of every SurfaceZone of a map, added up (painting tests each)."""

GHOST_JSON_BYTES = 2 * MB
"""A ghost once decompressed: a pose is ~45 bytes, so about 25 minutes of lap (a bundled lap is
under 2 minutes). Tighter than PACKED_JSON_BYTES because parsing JSON costs ~0.25 s per MB at worst."""

LIMITS: tuple[Limit, ...] = (
    Limit(
        "map file", MAP_FILE_BYTES // MB, "MB", "a .tmx map, .tsx tileset, .tx template or the Tiled project"
    ),
    Limit(
        "data file",
        DATA_FILE_BYTES // MB,
        "MB",
        "a mission, vehicle or rivals .toml; a save, settings or records .json",
    ),
    Limit("replay or ghost file", PACKED_FILE_BYTES // MB, "MB", "as stored (gzip)"),
    Limit("replay, unpacked", PACKED_JSON_BYTES // MB, "MB", "a replay's JSON once decompressed"),
    Limit(
        "tileset image",
        IMAGE_PIXELS,
        "pixels",
        f"and at most {IMAGE_SIDE} along a side, {IMAGE_FILE_BYTES // MB} MB as a file; PNG only",
    ),
    Limit(
        "nesting", NESTING, "levels", "group layers inside group layers; arrays and tables inside each other"
    ),
    Limit("number", NUMBER_DIGITS, "digits", "one number in a JSON or TOML file"),
    Limit("text", TEXT_CHARS, "characters", "one line of mission text, a briefing, a property value"),
    Limit("name", NAME_CHARS, "characters", "a track, car, mission, object or trigger name"),
    Limit("map tiles", MAP_TILES, "tiles", "width x height of one map"),
    Limit("map objects", MAP_OBJECTS, "objects", "over every object layer of a map"),
    Limit("points per object", OBJECT_POINTS, "points", "one polygon or polyline"),
    Limit("points per map", MAP_POINTS, "points", "over every object of a map"),
    Limit("props", MAP_PROPS, "props", "loose physics props in one map"),
    Limit("layers", MAP_LAYERS, "layers", "in one map, group layers included"),
    Limit("tilesets", MAP_TILESETS, "tilesets", "referenced by one map"),
    Limit("tiles per tileset", TILESET_TILES, "tiles", "in one tileset"),
    Limit("mission events", MISSION_EVENTS, "events", "in one mission"),
    Limit("mission objectives", MISSION_OBJECTIVES, "objectives", "in one mission"),
    Limit("mission actors", MISSION_ACTORS, "actors", "vehicles a mission places"),
    Limit("rivals", RACE_RIVALS, "rivals", "computer cars in one race"),
    Limit("laps", RACE_LAPS, "laps", "in one race"),
    Limit("replay length", REPLAY_STEPS, "steps", "physics steps in one replay (two hours)"),
    Limit("replay tape", REPLAY_RUNS, "runs", "run-length entries in one replay's input tape"),
    Limit("ghost length", GHOST_POSES, "poses", "in one ghost lap (25 minutes)"),
    Limit("records", RECORDS, "records", "best laps kept in the records file"),
    Limit("mission zones", MISSION_ZONES, "zones", "[[zone]] tables in one mission"),
    Limit("mission lines", MISSION_LINES, "lines", "in one briefing, debrief or failure text"),
    Limit("names in a list", LIST_NAMES, "names", "a route, a reward's cars or tracks, an objective's zones"),
    Limit("vehicles", VEHICLES, "vehicles", "[vehicle.ID] tables in one vehicles file"),
    Limit("replay respawns", REPLAY_RESPAWNS, "requests", "reset-key presses kept in one replay"),
    Limit("mission file", MISSION_FILE_BYTES // KB, "KB", "one mission .toml"),
    Limit("map with its files", MAP_XML_BYTES // MB, "MB", "a map, its tilesets and templates together"),
    Limit(
        "XML elements",
        MAP_ELEMENTS,
        "elements",
        "over a map, its tilesets and templates (save tile layers as CSV or Base64)",
    ),
    Limit("tile ids", MAP_TILE_IDS, "ids", "first gid + tile count of a map's tilesets"),
    Limit("tile size", TILE_SIDE, "pixels", "along a side of one tile"),
    Limit("map size", MAP_METRES, "metres", "along either side of a map"),
    Limit("start slots", MAP_START_SLOTS, "slots", "StartSlot objects in one map"),
    Limit("checkpoints", MAP_GATES, "checkpoints", "Checkpoint objects in one map"),
    Limit("roads", MAP_ROADS, "roads", "Road objects in one map"),
    Limit("line length", PATH_METRES, "metres", "a RacingLine; all Roads of a map together"),
    Limit(
        "surface zone detail",
        ZONE_CROSSINGS,
        "edge-rows",
        "every SurfaceZone's edges x the tile rows each spans",
    ),
    Limit("tileset images", MAP_IMAGES, "images", "image files over a map's tilesets"),
    Limit("tileset pixels", MAP_IMAGE_PIXELS, "pixels", "over every tileset image of one map"),
    Limit(
        "surface zone area", ZONE_CELLS, "cells", "under the bounding boxes of every SurfaceZone, added up"
    ),
    Limit(
        "ghost, unpacked",
        GHOST_JSON_BYTES // MB,
        "MB",
        "a ghost's JSON once decompressed (about 25 minutes of lap)",
    ),
)
