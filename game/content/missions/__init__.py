"""Campaign mission files (TOML) to validated :class:`~game.sim.mission.spec.Mission` data.

A mission is data only: the file names a map, the player's driver and car,
rivals and other actors, objectives from a fixed vocabulary, and events as
condition + action records. The file's shape is declared as schema models
(:mod:`.document`, with one model per objective kind in :mod:`.objectives`
and per action in :mod:`.events`, tagged unions both), so validation reports
*every* problem at once, each one sentence naming the file, the table and
the key in the file's words (:mod:`.words`): a modder fixing a mission
should fix all their typos in one round trip. References are checked in the
same pass (actors, vehicles, event and objective ids), zones once the map
is loaded.

The modules by job: :mod:`.fields` (the recurring field types), the models,
:mod:`.parse` (text to a mission, and the checks against its map) and
:mod:`.files` (where missions are, which map each may use, listing them).
"""

from game.content.missions.fields import KNOWN_SHOWN, known_list
from game.content.missions.files import (
    CAMPAIGN_DIR,
    MissionEntry,
    Source,
    campaign_files,
    default_vehicles,
    find_mission,
    list_missions,
    load_mission,
    load_mission_track,
    map_path,
    mission_root,
    mod_mission_files,
)
from game.content.missions.parse import MAX_PROBLEMS, check_against_track, parse_mission, zone_names

__all__ = [
    "CAMPAIGN_DIR",
    "KNOWN_SHOWN",
    "MAX_PROBLEMS",
    "MissionEntry",
    "Source",
    "campaign_files",
    "check_against_track",
    "default_vehicles",
    "find_mission",
    "known_list",
    "list_missions",
    "load_mission",
    "load_mission_track",
    "map_path",
    "mission_root",
    "mod_mission_files",
    "parse_mission",
    "zone_names",
]
