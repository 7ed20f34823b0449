"""Mission TOML text to a validated :class:`~game.sim.mission.spec.Mission`, every problem at once.

Validation is one pass of the :class:`~game.content.missions.document.MissionFile`
model over the parsed document, with what it must know about the whole file
in the context: the ids the file declares (so a reference to an unknown
actor, event or objective is found where it is written), the race's laps,
the vehicles that exist and the name the file must carry. Only the number of
tables is counted before: a file of 50,000 events costs one comparison, not
50,000 validations. Problems against the map (zones, start slots) are found
once the map is loaded (:func:`check_against_track`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from game.content import bounded, limits, schema
from game.content.errors import ContentError
from game.content.missions.document import MissionFile
from game.content.missions.fields import known_list
from game.content.missions.words import Words
from game.sim.mission.actions import (
    Action,
    BlockRoad,
    ChaseTarget,
    ClearRoad,
    DriveRoute,
    MoveActor,
    SpawnActor,
)
from game.sim.mission.kinds import EscapeObjective, Objective, RaceObjective, VisitObjective
from game.sim.mission.spec import PLAYER, Mission
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

MAX_PROBLEMS = schema.MAX_PROBLEMS
COUNTS = {
    "zone": limits.MISSION_ZONES,
    "actor": limits.MISSION_ACTORS,
    "objective": limits.MISSION_OBJECTIVES,
    "event": limits.MISSION_EVENTS,
    "briefing": limits.MISSION_LINES,
    "debrief": limits.MISSION_LINES,
    "failure": limits.MISSION_LINES,
}
"""The most ``[[key]]`` tables of each kind one mission may hold."""


def _ids(items: Any) -> set[str]:
    """The ids a list of tables declares (whatever else is wrong with them)."""
    if not isinstance(items, list):
        return set()
    return {t["id"].strip() for t in items if isinstance(t, dict) and isinstance(t.get("id"), str)}


def _laps(data: Mapping[str, Any]) -> int | None:
    """The race's laps for the checks that need them (None: the mission has no [race])."""
    race = data.get("race")
    if not isinstance(race, dict):
        return None
    laps = race.get("laps", 1)
    return laps if isinstance(laps, int) and not isinstance(laps, bool) and 1 <= laps <= 20 else 1


def _counted(data: dict[str, Any]) -> list[schema.Problem]:
    """Refuse every kind of table there are too many of (and leave those out of the validation)."""
    problems = []
    for key, limit in COUNTS.items():
        items = data.get(key)
        if isinstance(items, list) and len(items) > limit:
            phrase = f"the file: has {len(items):,} [[{key}]] tables, over the limit of {limit:,}"
            problems.append(schema.Problem((), phrase, phrase))
            data[key] = []
    return problems


def parse_mission(
    text: str, where: str, stem: str | None = None, vehicles: Mapping[str, VehicleSpec] | None = None
) -> Mission:
    """A mission from TOML text; ``where`` names the source in messages, ``stem`` the expected id."""
    data = dict(bounded.parse_toml(text, where, "mission"))
    words = Words(data)
    problems = _counted(data)
    context = {
        "stem": stem,
        "vehicles": vehicles,
        "laps": _laps(data),
        "ids": {
            "actor": {PLAYER} | _ids(data.get("actor")),
            "event": _ids(data.get("event")),
            "objective": _ids(data.get("objective")),
        },
        "seen": {},
    }
    parsed: MissionFile | None = None
    try:
        parsed = schema.check(MissionFile, data, context)
    except schema.Invalid as exc:
        problems += [words.reword(p) for p in exc.problems]
    if problems or parsed is None:
        raise ContentError(schema.sentences(where, problems, words.name))
    return parsed.build(where)


# --------------------------------------------------------------------------- against the map


def _objective_zones(o: Objective) -> tuple[str, ...]:
    if isinstance(o, EscapeObjective):
        return (*o.zones, *o.pursuer_spawns)
    if isinstance(o, RaceObjective | VisitObjective):
        return o.zones
    return ()


def _action_zones(a: Action) -> tuple[str, ...]:
    """The zones an action names: a road's, a route's, where its actor appears."""
    out: list[str] = []
    if isinstance(a, BlockRoad | ClearRoad):
        out.append(a.zone)
    if isinstance(a, DriveRoute):
        out.extend(a.route)
    if isinstance(a, SpawnActor | MoveActor | DriveRoute | BlockRoad | ChaseTarget) and a.place is not None:
        out.append(a.place.zone)
    return tuple(out)


def zone_names(m: Mission) -> list[tuple[str, str]]:
    """(where it is used, zone name) for every zone the mission refers to."""
    out: list[tuple[str, str]] = []
    if m.player.start.zone:
        out.append(("[player] 'start'", m.player.start.zone))
    for a in m.actors:
        out.extend((f"actor '{a.id}' 'route'", z) for z in a.route)
        if a.at.zone:
            out.append((f"actor '{a.id}' 'at'", a.at.zone))
    for o in m.objectives:
        out.extend((f"objective '{o.id}'", z) for z in _objective_zones(o))
    for e in m.events:
        out.extend((f"event '{e.id}'", z) for z in (e.when.zone, *_action_zones(e.action)) if z)
    return out


def check_against_track(m: Mission, track: Track) -> list[str]:
    """Problems between a mission and its map: missing zones, missing start slots, no finish line."""
    zones = {t.name for t in track.triggers} | {z.name for z in m.zones}
    known = known_list(sorted(zones))
    problems = [
        f"{what}: zone '{name}' is neither a Trigger on the map nor a [[zone]] of the mission "
        f"(known: {known})"
        for what, name in zone_names(m)
        if name not in zones
    ]
    if m.race is not None:
        rivals = sum(1 for a in m.actors if a.role == "rival")
        if track.finish is None:
            problems.append(f"'map': '{m.map}' has no finish line, so it cannot hold the [race]")
        elif rivals + 1 > len(track.start_slots):
            problems.append(
                f"'map': '{m.map}' has {len(track.start_slots)} start slots, "
                f"too few for the player and {rivals} rivals"
            )
    return schema.sentences(m.source or m.id, [schema.Problem((), p, p) for p in problems])
