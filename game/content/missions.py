"""Campaign mission files (TOML) to validated :class:`~game.sim.mission.spec.Mission` data.

A mission is data only: the file names a map, the player's driver and car,
rivals and other actors, objectives from a fixed vocabulary, and events as
condition + action records. Validation reports *every* problem at once, each
one sentence naming the file and the key (``objective 'deliver': 'time_limit_s'
must be ...``), because a modder fixing a mission should fix all their typos
in one round trip. References are checked too: zones against the map's
triggers and the mission's own zones, actors, vehicles, event and objective ids.

Bundled missions live in ``levels/campaign/NN-slug.toml``; custom ones in the
mods folder. :func:`list_missions` lists both; a broken mod is listed with
its problems instead of raising, so one bad file hides nothing else.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from game.content import bounded, limits
from game.content.bounded import short, shown
from game.content.errors import ContentError
from game.paths import LEVELS_DIR, VEHICLES_FILE
from game.sim.mission.actions import (
    BlockRoad,
    ChaseTarget,
    ClearRoad,
    CrashActor,
    DriveRoute,
    FireNitrous,
    MoveActor,
    ParkActor,
    PayMoney,
    RingPhone,
    ShowMessage,
    SpawnActor,
)
from game.sim.mission.kinds import (
    AvoidObjective,
    DriftObjective,
    EscapeObjective,
    RaceObjective,
    StopObjective,
    TailObjective,
    TakedownObjective,
    VisitObjective,
)
from game.sim.mission.spec import (
    ACTION_KINDS,
    ACTOR_ROLES,
    OBJECTIVE_KINDS,
    PLAYER,
    Action,
    ActionKind,
    Actor,
    Condition,
    EventSpec,
    Line,
    Medals,
    Mission,
    Objective,
    ObjectiveKind,
    Place,
    PlayerSpec,
    RaceSpec,
    Rewards,
    Zone,
)
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

CAMPAIGN_DIR = LEVELS_DIR / "campaign"
DIFFICULTIES = ("easy", "normal", "hard")
Source = Literal["campaign", "mod"]

_TOP = {
    "id",
    "chapter",
    "title",
    "place",
    "map",
    "player",
    "race",
    "zone",
    "actor",
    "objective",
    "event",
    "rewards",
    "medals",
    "briefing",
    "debrief",
    "failure",
    "time_limit_s",
    "damage_limit",
}
_COMMON = {"id", "kind", "text", "time_limit_s", "damage_limit"}
_KIND_KEYS: dict[str, set[str]] = {
    "race": {"place", "finish_lap", "zone", "zones"},
    "reach": {"zone", "zones", "ordered", "dwell_s"},
    "deliver": {"zone", "zones", "ordered", "dwell_s"},
    "pickup": {"zone", "zones", "ordered", "dwell_s"},
    "escape": {"zone", "zones", "pursuers", "pursuer_vehicle", "pursuer_spawns", "lose_m", "heat_decay_s"},
    "tail": {"target", "min_m", "max_m", "lose_s", "spot_s"},
    "takedown": {"target", "damage"},
    "drift": {"score", "combo_s"},
    "stop_before_line": {"within_m"},
    "avoid": {"target"},
}
_MONEY = 1_000_000_000
"""The most a money event may give or take (the whole campaign pays out a few hundred thousand)."""
_DWELL = {"reach": 0.0, "deliver": 0.5, "pickup": 1.5}
_PLACE_KEYS = {"at", "slot", "x", "y", "heading_deg"}
_ACTION_KEYS: dict[str, tuple[set[str], set[str]]] = {
    # kind: (required, optional) besides id, when, do
    "message": ({"text"}, {"speaker", "duration_s"}),
    "phone_call": ({"speaker", "text"}, {"duration_s"}),
    "spawn": ({"actor"}, _PLACE_KEYS),
    "move": ({"actor"}, _PLACE_KEYS),
    "drive": ({"actor"}, {"route", "speed_kmh"} | _PLACE_KEYS),
    "park": ({"actor"}, set()),
    "block_road": ({"zone"}, {"actor"} | _PLACE_KEYS),
    "clear_road": ({"zone"}, set()),
    "chase": ({"actor"}, {"target", "speed_kmh"} | _PLACE_KEYS),
    "nitrous": ({"actor"}, {"duration_s"}),
    "crash": ({"actor"}, {"style", "fire"}),
    "money": ({"amount"}, {"text"}),
}
_WHEN_KEYS = {
    "vehicle",
    "time_s",
    "zone",
    "after",
    "objective_done",
    "objective_active",
    "lap",
    "finish_within_m",
    "speed_over_kmh",
    "delay_s",
}
_ACTOR_KEYS = {
    "id",
    "name",
    "vehicle",
    "role",
    "difficulty",
    "aggression",
    "consistency",
    "nitrous_use",
    "spawn",
    "route",
    "speed_kmh",
} | _PLACE_KEYS


MAX_PROBLEMS = 50
"""Problems listed for one file; past that the list says how many more there are.

Reporting every problem at once saves a modder round trips, but a generated
file with 50,000 bad events would otherwise be a message of megabytes.
"""
KNOWN_SHOWN = 30
"""Names a "known: ..." hint lists before it says how many there are in all."""


def known_list(names: Iterable[str]) -> str:
    """``a, b, c`` for a hint, at most :data:`KNOWN_SHOWN` names (a mod may define thousands)."""
    items = list(names)
    head = ", ".join(short(n) for n in items[:KNOWN_SHOWN]) or "none"
    return head if len(items) <= KNOWN_SHOWN else f"{head} and {len(items) - KNOWN_SHOWN:,} more"


def _quoted(name: object) -> str:
    """A name from the file for a message, quoted, cut short if it is long."""
    return f"'{short(name)}'" if isinstance(name, str) else shown(name)


class _Reader:
    """Typed reads from TOML tables that record a problem instead of raising.

    Every text is checked against its limit here, in one place: a mission
    line is at most ``limits.TEXT_CHARS`` characters and a name (an id, a
    title, a zone, a speaker) at most ``limits.NAME_CHARS``, and a message
    quotes only the first few characters of what was too long.
    """

    def __init__(self, where: str) -> None:
        self.where = where
        self.problems: list[str] = []
        self.more = 0

    def bad(self, what: str, message: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.more += 1
            return
        prefix = f"{self.where}: {what}: " if what else f"{self.where}: "
        self.problems.append(prefix + message.rstrip(".") + ".")

    def all_problems(self) -> list[str]:
        """Every problem found, the overflow summed up in one last sentence."""
        if not self.more:
            return list(self.problems)
        return [*self.problems, f"{self.where}: and {self.more:,} more problems; fix the ones above first."]

    def unknown(self, table: Mapping[str, Any], allowed: set[str], what: str, hint: str = "") -> None:
        for key in sorted(set(table) - allowed):
            extra = f" ({hint})" if hint else f" (known: {', '.join(sorted(allowed))})"
            self.bad(what, f"{_quoted(key)} is not a known key{extra}")

    def too_long(self, value: str, max_chars: int) -> bool:
        """Whether ``value`` (stripped) is over ``max_chars``; the caller names the key."""
        return len(value) > max_chars and len(value.strip()) > max_chars

    def text(
        self,
        t: Mapping[str, Any],
        key: str,
        what: str,
        default: str | None = None,
        max_chars: int = limits.NAME_CHARS,
    ) -> str:
        if key not in t:
            if default is None:
                self.bad(what, f"'{key}' is missing")
                return ""
            return default
        v = t[key]
        if not isinstance(v, str) or not v.strip():
            self.bad(what, f"'{key}' must be a non-empty text, got {shown(v)}")
            return default or ""
        if self.too_long(v, max_chars):
            self.bad(what, f"'{key}' is {len(v.strip()):,} characters long, over the limit of "
                           f"{max_chars:,} ({shown(v.strip())})")
            return default or ""
        return v.strip()

    def optional_name(self, t: Mapping[str, Any], key: str, what: str) -> str:
        """A name that may be left out or blank (a narrator's line has no speaker)."""
        v = t.get(key, "")
        if isinstance(v, str) and not v.strip():
            return ""
        return self.text(t, key, what, "")

    def number(
        self,
        t: Mapping[str, Any],
        key: str,
        what: str,
        default: float | None,
        lo: float = -math.inf,
        hi: float = math.inf,
        positive: bool = False,
    ) -> float | None:
        if key not in t:
            return default
        v = t[key]
        ok = isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
        if ok and positive and v <= 0:
            self.bad(what, f"'{key}' must be a positive number, got {shown(v)}")
            return default
        if not ok or not lo <= v <= hi:
            span = f" from {lo:g} to {hi:g}" if math.isfinite(lo) or math.isfinite(hi) else ""
            self.bad(what, f"'{key}' must be a number{span}, got {shown(v)}")
            return default
        return float(v)

    def num(
        self,
        t: Mapping[str, Any],
        key: str,
        what: str,
        default: float,
        lo: float = -math.inf,
        hi: float = math.inf,
        positive: bool = False,
    ) -> float:
        v = self.number(t, key, what, default, lo, hi, positive)
        return default if v is None else v

    def integer(
        self,
        t: Mapping[str, Any],
        key: str,
        what: str,
        default: int | None,
        lo: int = 0,
        hi: int = 1_000_000_000,
    ) -> int:
        if key not in t:
            if default is None:
                self.bad(what, f"'{key}' is missing")
                return lo
            return default
        v = t[key]
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            self.bad(what, f"'{key}' must be a whole number from {lo} to {hi}, got {shown(v)}")
            return default if default is not None else lo
        return v

    def flag(self, t: Mapping[str, Any], key: str, what: str, default: bool) -> bool:
        v = t.get(key, default)
        if not isinstance(v, bool):
            self.bad(what, f"'{key}' must be true or false, got {shown(v)}")
            return default
        return v

    def names(self, t: Mapping[str, Any], key: str, what: str) -> tuple[str, ...]:
        v = t.get(key, [])
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(s, str) and s.strip() for s in v):
            self.bad(what, f"'{key}' must be a list of names (texts), got {shown(v)}")
            return ()
        if len(v) > limits.LIST_NAMES:
            self.bad(what, f"'{key}' has {len(v):,} names, over the limit of {limits.LIST_NAMES:,}")
            return ()
        long = next((s for s in v if self.too_long(s, limits.NAME_CHARS)), None)
        if long is not None:
            self.bad(what, f"'{key}' holds a name {len(long.strip()):,} characters long, over the limit "
                           f"of {limits.NAME_CHARS:,} ({shown(long.strip())})")
            return ()
        return tuple(s.strip() for s in v)

    def tables(self, data: Mapping[str, Any], key: str, limit: int) -> list[tuple[int, dict[str, Any]]]:
        """The ``[[key]]`` tables, numbered from 1; none at all when there are more than ``limit``.

        The count is checked before any table is read, so a file of 50,000
        events costs one comparison, not 50,000 validations.
        """
        v = data.get(key, [])
        if not isinstance(v, list):
            self.bad("", f"'{key}' must be written as [[{key}]] tables")
            return []
        if len(v) > limit:
            self.bad("the file", f"has {len(v):,} [[{key}]] tables, over the limit of {limit:,}")
            return []
        out = []
        for i, item in enumerate(v, start=1):
            if not isinstance(item, dict):
                self.bad(f"{key} #{i}", "must be a table")
            else:
                out.append((i, item))
        return out

    def table(self, data: Mapping[str, Any], key: str) -> dict[str, Any]:
        """The ``[key]`` table, or an empty one (and a problem) if ``key`` is something else."""
        v = data.get(key, {})
        if not isinstance(v, dict):
            self.bad("the file", f"[{key}] must be a table, got {shown(v)}")
            return {}
        return v

    def zone_ref(self, value: object, what: str, key: str) -> str:
        """A zone named inside a place: a name within the limit, or ``""`` (and a problem)."""
        if not isinstance(value, str):
            self.bad(what, f"'{key}' zone must be a name, got {shown(value)}")
            return ""
        if self.too_long(value, limits.NAME_CHARS):
            self.bad(what, f"'{key}' zone is {len(value.strip()):,} characters long, over the limit of "
                           f"{limits.NAME_CHARS:,} ({shown(value.strip())})")
            return ""
        return value.strip()

    def place(self, t: Mapping[str, Any], what: str, key: str = "at") -> Place | None:
        """A place: ``at = "zone"`` or ``at = {zone|slot|x,y}``, and ``slot``/``x``/``y``/``heading_deg``."""
        src: dict[str, Any] = {}
        raw = t.get(key)
        if isinstance(raw, str):
            src["zone"] = raw
        elif isinstance(raw, dict):
            src.update(raw)
            self.unknown(raw, {"zone", "slot", "x", "y", "heading_deg"}, f"{what}: '{key}'")
        elif raw is not None:
            self.bad(what, f"'{key}' must be a zone name or a table like {{ x = 10, y = 20 }}, "
                           f"got {shown(raw)}")
        for k in ("slot", "x", "y", "heading_deg"):
            if k in t:
                src[k] = t[k]
        if not src:
            return None
        zone = self.zone_ref(src.get("zone", ""), what, key)
        slot = self.integer(src, "slot", what, -1, lo=0, hi=63) if "slot" in src else -1
        x = self.num(src, "x", what, 0.0)
        y = self.num(src, "y", what, 0.0)
        heading = self.number(src, "heading_deg", what, None, -360.0, 360.0)
        if ("x" in src) != ("y" in src):
            self.bad(what, "give both 'x' and 'y' (metres) or neither")
        return Place(zone=zone, slot=slot, x=x, y=y, heading_deg=heading)

    def lines(self, data: Mapping[str, Any], key: str) -> tuple[Line, ...]:
        out = []
        for i, t in self.tables(data, key, limits.MISSION_LINES):
            what = f"{key} #{i}"
            self.unknown(t, {"speaker", "text"}, what)
            speaker = self.optional_name(t, "speaker", what)
            out.append(Line(speaker, self.text(t, "text", what, max_chars=limits.TEXT_CHARS)))
        return tuple(out)


def parse_mission(
    text: str, where: str, stem: str | None = None, vehicles: Mapping[str, VehicleSpec] | None = None
) -> Mission:
    """A mission from TOML text; ``where`` names the source in messages, ``stem`` the expected id."""
    data = bounded.parse_toml(text, where, "mission")
    r = _Reader(where)
    r.unknown(data, _TOP, "the file")
    mid = r.text(data, "id", "the file")
    if stem is not None and mid and mid != stem:
        r.bad("the file", f"'id' is '{mid}' but the file is named '{short(stem)}.toml'; make them match")
    chapter = r.integer(data, "chapter", "the file", None, lo=1, hi=99)
    title = r.text(data, "title", "the file")
    place = r.text(data, "place", "the file")
    map_ref = r.text(data, "map", "the file")
    time_limit = r.number(data, "time_limit_s", "the file", None, positive=True)
    damage_limit = r.number(data, "damage_limit", "the file", None, 0.0, 1.0)
    player = _player(r, data)
    race = _race(r, data)
    zones = [_zone(r, i, t) for i, t in r.tables(data, "zone", limits.MISSION_ZONES)]
    actors = [_actor(r, i, t) for i, t in r.tables(data, "actor", limits.MISSION_ACTORS)]
    objectives = [_objective(r, i, t) for i, t in r.tables(data, "objective", limits.MISSION_OBJECTIVES)]
    if not objectives and "objective" not in data:
        r.bad("the file", "has no [[objective]]; a mission needs at least one")
    events = [e for e in (_event(r, i, t) for i, t in r.tables(data, "event", limits.MISSION_EVENTS))
              if e is not None]
    mission = Mission(
        id=mid,
        chapter=chapter,
        title=title,
        place=place,
        map=map_ref,
        player=player,
        objectives=tuple(objectives),
        actors=tuple(actors),
        events=tuple(events),
        zones=tuple(zones),
        race=race,
        rewards=_rewards(r, data),
        medals=_medals(r, data),
        briefing=r.lines(data, "briefing"),
        debrief=r.lines(data, "debrief"),
        failure=r.lines(data, "failure"),
        time_limit_s=time_limit,
        damage_limit=damage_limit,
        source=where,
    )
    _cross_check(r, mission, vehicles)
    if r.problems:
        raise ContentError(r.all_problems())
    return mission


def _player(r: _Reader, data: Mapping[str, Any]) -> PlayerSpec:
    player_t = data.get("player")
    if not isinstance(player_t, dict):
        r.bad("the file", "[player] is missing; give the player's 'driver' and 'vehicle'")
        player_t = {}
    r.unknown(player_t, {"driver", "vehicle", "start"} | {"slot", "x", "y", "heading_deg"}, "[player]")
    start = r.place(player_t, "[player]", "start") or Place(slot=0)
    return PlayerSpec(r.text(player_t, "driver", "[player]"), r.text(player_t, "vehicle", "[player]"), start)


def _race(r: _Reader, data: Mapping[str, Any]) -> RaceSpec | None:
    if "race" not in data:
        return None
    rt = data["race"]
    if not isinstance(rt, dict):
        r.bad("the file", "[race] must be a table")
        return None
    r.unknown(rt, {"laps", "countdown_s"}, "[race]")
    return RaceSpec(
        r.integer(rt, "laps", "[race]", 1, lo=1, hi=20),
        r.num(rt, "countdown_s", "[race]", 3.0, 0.0, 10.0),
    )


def _zone(r: _Reader, i: int, t: dict[str, Any]) -> Zone:
    what = f"zone #{i}"
    r.unknown(t, {"name", "x", "y", "radius"}, what)
    return Zone(
        r.text(t, "name", what),
        r.num(t, "x", what, 0.0),
        r.num(t, "y", what, 0.0),
        r.num(t, "radius", what, 10.0, positive=True),
    )


def _rewards(r: _Reader, data: Mapping[str, Any]) -> Rewards:
    if "rewards" not in data:
        return Rewards()
    t = r.table(data, "rewards")
    r.unknown(t, {"money", "to_debt", "repair_cost", "cars", "tracks"}, "[rewards]")
    return Rewards(
        r.integer(t, "money", "[rewards]", 0, lo=0),
        r.flag(t, "to_debt", "[rewards]", False),
        r.integer(t, "repair_cost", "[rewards]", 0, lo=0),
        r.names(t, "cars", "[rewards]"),
        r.names(t, "tracks", "[rewards]"),
    )


def _medals(r: _Reader, data: Mapping[str, Any]) -> Medals:
    if "medals" not in data:
        return Medals()
    t = r.table(data, "medals")
    r.unknown(t, {"metric", "bronze", "silver", "gold"}, "[medals]")
    metric = t.get("metric", "time")
    if metric not in ("time", "score"):
        r.bad("[medals]", f'\'metric\' must be "time" or "score", got {shown(metric)}')
        metric = "time"
    b, s, g = (r.num(t, k, "[medals]", 0.0, positive=True) for k in ("bronze", "silver", "gold"))
    if metric == "time" and not g <= s <= b:
        r.bad(
            "[medals]",
            f"times must get harder from bronze to gold (gold {g:g} <= silver {s:g} <= bronze {b:g})",
        )
    if metric == "score" and not g >= s >= b:
        r.bad(
            "[medals]",
            f"scores must rise from bronze to gold (bronze {b:g} <= silver {s:g} <= gold {g:g})",
        )
    return Medals("time" if metric == "time" else "score", b, s, g)


def _label(kind: str, ident: object, i: int) -> str:
    """How a message names a table: by its id when it has a usable one, else by its number."""
    if isinstance(ident, str) and ident:
        return f"{kind} '{short(ident)}'"
    return f"{kind} #{i}"


def _actor(r: _Reader, i: int, t: dict[str, Any]) -> Actor:
    what = _label("actor", t.get("id"), i)
    r.unknown(t, _ACTOR_KEYS, what)
    role = t.get("role", "")
    if role not in ACTOR_ROLES:
        r.bad(what, f"'role' must be one of {', '.join(ACTOR_ROLES)}, got {shown(role)}")
        role = "parked"
    difficulty = t.get("difficulty", "normal")
    if difficulty not in DIFFICULTIES:
        r.bad(what, f"'difficulty' must be one of {', '.join(DIFFICULTIES)}, got {shown(difficulty)}")
        difficulty = "normal"
    actor_id = r.text(t, "id", what)
    if actor_id == PLAYER:
        r.bad(what, f"'id' may not be '{PLAYER}'; that name means the player's car")
    return Actor(
        id=actor_id,
        name=r.text(t, "name", what, actor_id or "?"),
        vehicle=r.text(t, "vehicle", what),
        role=role,
        difficulty=difficulty,
        aggression=r.num(t, "aggression", what, 0.5, 0.0, 1.0),
        consistency=r.num(t, "consistency", what, 0.7, 0.0, 1.0),
        nitrous_use=r.num(t, "nitrous_use", what, 0.5, 0.0, 1.0),
        at=r.place(t, what) or Place(),
        spawn=r.flag(t, "spawn", what, True),
        route=r.names(t, "route", what),
        speed_kmh=r.num(t, "speed_kmh", what, 60.0, 5.0, 400.0),
    )


def _objective(r: _Reader, i: int, t: dict[str, Any]) -> Objective:
    oid = t.get("id")
    what = _label("objective", oid, i)
    kind = t.get("kind", "")
    if kind not in OBJECTIVE_KINDS:
        r.bad(what, f"'kind' must be one of {', '.join(OBJECTIVE_KINDS)}, got {shown(kind)}")
        return VisitObjective(id=r.text(t, "id", what), text="")
    allowed = _COMMON | _KIND_KEYS[kind]
    for key in sorted(set(t) - allowed):
        others = [k for k, keys in _KIND_KEYS.items() if key in keys]
        hint = f"it belongs to {', '.join(others)} objectives" if others else "check the spelling"
        r.bad(what, f"{_quoted(key)} does not apply to a '{kind}' objective ({hint})")
    zones = r.names(t, "zones", what) + r.names(t, "zone", what)
    if kind in ("reach", "deliver", "pickup") and not zones:
        r.bad(what, f"a '{kind}' objective needs 'zone' or 'zones'")
    if kind in ("tail", "takedown", "avoid") and "target" not in t:
        r.bad(what, f"a '{kind}' objective needs a 'target' actor")
    if kind == "drift" and "score" not in t:
        r.bad(what, "a 'drift' objective needs a 'score' to reach")
    min_m = r.num(t, "min_m", what, 15.0, positive=True)
    max_m = r.num(t, "max_m", what, 80.0, positive=True)
    if min_m >= max_m:
        r.bad(what, f"'min_m' ({min_m:g}) must be less than 'max_m' ({max_m:g})")
    common = dict(
        id=r.text(t, "id", what),
        text=r.text(t, "text", what, max_chars=limits.TEXT_CHARS),
        time_limit_s=r.number(t, "time_limit_s", what, None, positive=True),
        damage_limit=r.number(t, "damage_limit", what, None, 0.0, 1.0),
    )
    place = r.integer(t, "place", what, 1, lo=1, hi=16)
    finish_lap = r.integer(t, "finish_lap", what, 0, hi=20)
    ordered = r.flag(t, "ordered", what, True)
    dwell_s = r.num(t, "dwell_s", what, _DWELL.get(kind, 0.0), 0.0, 30.0)
    pursuers = r.integer(t, "pursuers", what, 2, lo=0, hi=6)
    pursuer_vehicle = r.text(t, "pursuer_vehicle", what, "police")
    pursuer_spawns = r.names(t, "pursuer_spawns", what)
    lose_m = r.num(t, "lose_m", what, 120.0, positive=True)
    heat_decay_s = r.num(t, "heat_decay_s", what, 8.0, positive=True)
    target = r.text(t, "target", what, "")
    lose_s = r.num(t, "lose_s", what, 6.0, positive=True)
    spot_s = r.num(t, "spot_s", what, 2.0, positive=True)
    damage = r.num(t, "damage", what, 0.5, 0.01, 1.0)
    score = r.num(t, "score", what, 0.0, 0.0)
    combo_s = r.num(t, "combo_s", what, 1.5, positive=True)
    within_m = r.num(t, "within_m", what, 1.0, positive=True)
    K = ObjectiveKind
    if kind == K.RACE:
        return RaceObjective(**common, place=place, finish_lap=finish_lap, zones=zones)  # type: ignore[arg-type]
    if kind in (K.REACH, K.DELIVER, K.PICKUP):
        return VisitObjective(**common, kind=K(kind), zones=zones, ordered=ordered, dwell_s=dwell_s)  # type: ignore
    if kind == K.ESCAPE:
        return EscapeObjective(**common, zones=zones, pursuers=pursuers, pursuer_vehicle=pursuer_vehicle,  # type: ignore
                               pursuer_spawns=pursuer_spawns, lose_m=lose_m, heat_decay_s=heat_decay_s)
    if kind == K.TAIL:
        return TailObjective(**common, target=target, min_m=min_m, max_m=max_m, lose_s=lose_s,  # type: ignore
                             spot_s=spot_s)
    if kind == K.TAKEDOWN:
        return TakedownObjective(**common, target=target, damage=damage)  # type: ignore[arg-type]
    if kind == K.DRIFT:
        return DriftObjective(**common, score=score, combo_s=combo_s)  # type: ignore[arg-type]
    if kind == K.STOP_BEFORE_LINE:
        return StopObjective(**common, within_m=within_m)  # type: ignore[arg-type]
    return AvoidObjective(**common, target=target)  # type: ignore[arg-type]


def _condition(r: _Reader, t: Mapping[str, Any], what: str) -> Condition:
    w = t.get("when", {})
    if not isinstance(w, dict):
        r.bad(what, f"'when' must be a table like {{ time_s = 5 }}, got {shown(w)}")
        w = {}
    wh = f"{what}: 'when'"
    r.unknown(w, _WHEN_KEYS, wh)
    return Condition(
        vehicle=r.text(w, "vehicle", wh, PLAYER),
        time_s=r.number(w, "time_s", wh, None, 0.0),
        zone=r.text(w, "zone", wh, ""),
        after=r.text(w, "after", wh, ""),
        objective_done=r.text(w, "objective_done", wh, ""),
        objective_active=r.text(w, "objective_active", wh, ""),
        lap=r.integer(w, "lap", wh, 0, hi=20),
        finish_within_m=r.number(w, "finish_within_m", wh, None, 0.0),
        speed_over_kmh=r.number(w, "speed_over_kmh", wh, None, 0.0),
        delay_s=r.num(w, "delay_s", wh, 0.0, 0.0),
    )


def _event(r: _Reader, i: int, t: dict[str, Any]) -> EventSpec | None:
    what = _label("event", t.get("id"), i)
    kind = t.get("do", "")
    if kind not in ACTION_KINDS:
        r.bad(what, f"'do' must be one of {', '.join(ACTION_KINDS)}, got {shown(kind)}")
        return None
    required, optional = _ACTION_KEYS[kind]
    takes = ", ".join(sorted(required | optional))
    for key in sorted(set(t) - required - optional - {"id", "when", "do"}):
        r.bad(what, f"{_quoted(key)} does not apply to a '{kind}' event (it takes {takes})")
    for key in sorted(required - set(t)):
        r.bad(what, f"a '{kind}' event needs '{key}'")
    when = _condition(r, t, what)
    style = t.get("style", "spin")
    if style not in ("spin", "flip"):
        r.bad(what, f'\'style\' must be "spin" or "flip", got {shown(style)}')
        style = "spin"
    amount = r.integer(t, "amount", what, 0, lo=-_MONEY, hi=_MONEY)
    actor = r.text(t, "actor", what, "")
    text = r.text(t, "text", what, "", max_chars=limits.TEXT_CHARS)
    speaker = r.text(t, "speaker", what, "")
    duration_s = r.num(t, "duration_s", what, 4.0, positive=True)
    place = r.place(t, what)
    route = r.names(t, "route", what)
    speed_kmh = r.num(t, "speed_kmh", what, 0.0, 0.0, 400.0)
    target = r.text(t, "target", what, "")
    fire = r.flag(t, "fire", what, False)
    zone = r.text(t, "zone", what, "")
    A = ActionKind
    action: Action
    if kind == A.MESSAGE:
        action = ShowMessage(text=text, speaker=speaker, duration_s=duration_s)
    elif kind == A.PHONE_CALL:
        action = RingPhone(speaker=speaker, text=text, duration_s=duration_s)
    elif kind == A.SPAWN:
        action = SpawnActor(actor=actor, place=place)
    elif kind == A.MOVE:
        if place is None:
            r.bad(what, "a 'move' event needs 'at' (a zone or { x, y })")
        action = MoveActor(actor=actor, place=place or Place())
    elif kind == A.DRIVE:
        action = DriveRoute(actor=actor, route=route, speed_kmh=speed_kmh, place=place)
    elif kind == A.PARK:
        action = ParkActor(actor=actor)
    elif kind == A.BLOCK_ROAD:
        action = BlockRoad(zone=zone, actor=actor, place=place)
    elif kind == A.CLEAR_ROAD:
        action = ClearRoad(zone=zone)
    elif kind == A.CHASE:
        action = ChaseTarget(actor=actor, target=target, speed_kmh=speed_kmh, place=place)
    elif kind == A.NITROUS:
        action = FireNitrous(actor=actor, duration_s=duration_s)
    elif kind == A.CRASH:
        action = CrashActor(actor=actor, style=style, fire=fire)
    else:
        action = PayMoney(amount=amount, text=text)
    return EventSpec(r.text(t, "id", what), when, action)


def _repeated(ids: Iterable[str]) -> list[str]:
    """Each id that appears again after its first use, once per repeat (a set: linear, not quadratic)."""
    seen: set[str] = set()
    out = []
    for name in ids:
        if name and name in seen:
            out.append(name)
        seen.add(name)
    return out


def _cross_check(r: _Reader, m: Mission, vehicles: Mapping[str, VehicleSpec] | None) -> None:
    """References between parts of the file: ids, actors, vehicles, race-only objectives."""
    actor_ids = [a.id for a in m.actors]
    for seen_what, ids in (
        ("actor", actor_ids),
        ("objective", [o.id for o in m.objectives]),
        ("event", [e.id for e in m.events]),
    ):
        for name in _repeated(ids):
            r.bad(f"{seen_what} '{name}'", f"its id is used twice; give every {seen_what} its own id")
    known = {PLAYER, *actor_ids}
    if vehicles is not None:
        _check_vehicles(r, m, vehicles)
    for a in m.actors:
        if a.role == "rival" and m.race is None:
            r.bad(f"actor '{a.id}'", "is a rival, but the mission has no [race] table")
    for o in m.objectives:
        if o.kind in ("race", "stop_before_line") and m.race is None:
            r.bad(f"objective '{o.id}'", f"a '{o.kind}' objective needs a [race] table (laps)")
        target = getattr(o, "target", "")
        if target and target not in known:
            r.bad(f"objective '{o.id}'", f"'target' names unknown actor '{target}'")
        if isinstance(o, RaceObjective) and m.race is not None and o.finish_lap > m.race.laps:
            r.bad(
                f"objective '{o.id}'", f"'finish_lap' {o.finish_lap} is beyond the race's {m.race.laps} laps"
            )
    _check_events(r, m, known)


def _check_vehicles(r: _Reader, m: Mission, vehicles: Mapping[str, VehicleSpec]) -> None:
    names = known_list(vehicles)
    if m.player.vehicle and m.player.vehicle not in vehicles:
        r.bad("[player]", f"'vehicle' names unknown vehicle '{m.player.vehicle}' (known: {names})")
    for a in m.actors:
        if a.vehicle and a.vehicle not in vehicles:
            r.bad(f"actor '{a.id}'", f"'vehicle' names unknown vehicle '{a.vehicle}' (known: {names})")
    for o in m.objectives:
        if isinstance(o, EscapeObjective) and o.pursuer_vehicle not in vehicles:
            r.bad(f"objective '{o.id}'", f"'pursuer_vehicle' names unknown vehicle '{o.pursuer_vehicle}'")


def _check_events(r: _Reader, m: Mission, known: set[str]) -> None:
    event_ids = {e.id for e in m.events}
    objective_ids = {o.id for o in m.objectives}
    for e in m.events:
        what = f"event '{e.id}'"
        w, act = e.when, e.action
        if w.vehicle not in known:
            r.bad(what, f"'when.vehicle' names unknown actor '{w.vehicle}'")
        if w.after and w.after not in event_ids:
            r.bad(what, f"'when.after' names unknown event '{w.after}'")
        for key, ref in (("objective_done", w.objective_done), ("objective_active", w.objective_active)):
            if ref and ref not in objective_ids:
                r.bad(what, f"'when.{key}' names unknown objective '{ref}'")
        actor = getattr(act, "actor", "")
        target = getattr(act, "target", "")
        if actor and actor not in known:
            r.bad(what, f"'actor' names unknown actor '{actor}'")
        if target and target not in known:
            r.bad(what, f"'target' names unknown actor '{target}'")


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
        named = (*getattr(o, "zones", ()), *getattr(o, "pursuer_spawns", ()))
        out.extend((f"objective '{o.id}'", z) for z in named)
    for e in m.events:
        act = e.action
        place = getattr(act, "place", None)
        route = getattr(act, "route", ())
        for z in (e.when.zone, getattr(act, "zone", ""), *route, place.zone if place else ""):
            if z:
                out.append((f"event '{e.id}'", z))
    return out


def check_against_track(m: Mission, track: Track) -> list[str]:
    """Problems between a mission and its map: missing zones, missing start slots, kind mismatches."""
    where = m.source or m.id
    zones = {t.name for t in track.triggers} | {z.name for z in m.zones}
    r = _Reader(where)
    known = known_list(sorted(zones))
    for what, name in zone_names(m):
        if name not in zones:
            r.bad(what, f"zone '{name}' is neither a Trigger on the map nor a [[zone]] of the mission "
                        f"(known: {known})")
    if m.race is not None:
        rivals = sum(1 for a in m.actors if a.role == "rival")
        if track.finish is None:
            r.bad("'map'", f"'{m.map}' has no finish line, so it cannot hold the [race]")
        elif rivals + 1 > len(track.start_slots):
            r.bad("'map'", f"'{m.map}' has {len(track.start_slots)} start slots, "
                           f"too few for the player and {rivals} rivals")
    return r.all_problems()


# ------------------------------------------------------------------------ files, maps, listing


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` (relative to the working folder) is inside ``folder``, symlinks followed."""
    return bounded.contained(folder, path.absolute()) is not None


def mission_root(mission_file: Path, mods_dir: Path | None = None) -> Path:
    """The folder tree every file a mission names must stay in.

    A bundled mission may use the bundled levels, a custom one the mods
    folder it lives in (so a pack's missions can share maps), and a mission
    file anywhere else only its own folder: a mod may name neither
    ``/home/you/secret.tmx`` nor ``../../`` its way out.
    """
    from game.content.catalog import default_mods_dir

    if _inside(mission_file, CAMPAIGN_DIR):
        return LEVELS_DIR
    mods = mods_dir if mods_dir is not None else default_mods_dir()
    if _inside(mission_file, mods):
        return mods
    return mission_file.absolute().parent


def _is_path(ref: str) -> bool:
    """Whether a map reference is a file path rather than a track id."""
    return ref.lower().endswith(".tmx")


def map_path(m: Mission, mission_file: Path | None = None, mods_dir: Path | None = None) -> Path:
    """The map file a mission names: a ``.tmx`` path inside the mission's folder tree, or a track id.

    Only regular files inside :func:`mission_root` are accepted, symlinks
    followed; a track id is looked up among the bundled tracks (or, with
    ``mod:``, the mods), which holds only files found there.
    """
    file = mission_file or Path(m.source)
    known = _ROOTS.get(m.source) if mods_dir is None else None
    root = known if known is not None else mission_root(file, mods_dir)
    if _is_path(m.map):
        return _map_file(m, file, root)
    if m.map.startswith("mod:") and root == LEVELS_DIR:
        raise ContentError(f"{m.source}: 'map': a bundled mission cannot use the mod track '{m.map}'.")
    from game.content.catalog import find_track

    try:
        return find_track(m.map, mods_dir=mods_dir).file
    except ContentError:
        raise ContentError(
            f"{m.source}: 'map': there is no bundled track '{m.map}'; "
            "use a track id from 'python -m game tracks' or a .tmx path."
        ) from None


def _map_file(m: Mission, file: Path, root: Path) -> Path:
    base = file.parent
    target = bounded.contained(root, m.map, base)
    if target is None:
        raise ContentError(f"{m.source}: 'map': '{m.map}' is outside {root}, the folder this mission "
                           "may use; keep its map inside it.")
    if not target.exists():
        raise ContentError(f"{m.source}: 'map': the file '{m.map}' does not exist (looked in {base}).")
    try:
        bounded.regular_file(target, "map")
    except ContentError:
        raise ContentError(f"{m.source}: 'map': '{m.map}' is not a regular file (a folder, a pipe or a "
                           "device); a map must be a .tmx file.") from None
    return target


_TRACKS: dict[Path, Track] = {}
_ROOTS: dict[str, Path] = {}
"""The folder tree each mission was loaded with, by source, so a later :func:`map_path`
(the campaign starting the mission, the replay viewer) holds it to the same folders."""


def load_mission_track(m: Mission, mods_dir: Path | None = None) -> Track:
    """The mission's map as a Track (cached per file for the life of the process)."""
    from game.content.tmx import load_track

    path = map_path(m, mods_dir=mods_dir)
    if path not in _TRACKS:
        track_id = m.map if not _is_path(m.map) else path.stem
        _TRACKS[path] = load_track(path, track_id=track_id)
    return _TRACKS[path]


def default_vehicles() -> dict[str, VehicleSpec]:
    from game.content.vehicles import load_vehicles

    return load_vehicles(VEHICLES_FILE)


def load_mission(
    path: Path,
    vehicles: Mapping[str, VehicleSpec] | None = None,
    check_map: bool = True,
    mods_dir: Path | None = None,
) -> Mission:
    """Read and fully validate one mission file (and, with ``check_map``, its map and zones).

    ``mods_dir`` is the mods folder a custom mission may use (default: the
    player's); the file is read only if it is a regular file within
    ``limits.MISSION_FILE_BYTES``.
    """
    text = bounded.read_text(path, "mission", limits.MISSION_FILE_BYTES)
    mission = parse_mission(
        text, str(path), path.stem, vehicles if vehicles is not None else default_vehicles()
    )
    _ROOTS[str(path)] = mission_root(path, mods_dir)
    if check_map:
        try:
            track = load_mission_track(mission, mods_dir)
        except ContentError as exc:
            raise ContentError(
                [p if p.startswith(str(path)) else f"{path}: 'map': {p}" for p in exc.problems]
            ) from None
        problems = check_against_track(mission, track)
        if problems:
            raise ContentError(problems)
    return mission


@dataclass(frozen=True, slots=True)
class MissionEntry:
    """One mission in a list: bundled (``campaign``) or custom (``mod``), possibly broken."""

    id: str
    title: str
    chapter: int
    file: Path
    source: Source
    mission: Mission | None
    error: str | None = None


def campaign_files(folder: Path = CAMPAIGN_DIR) -> list[Path]:
    return sorted(p for p in folder.glob("*.toml") if p.is_file())


def mod_mission_files(mods_dir: Path) -> list[Path]:
    """``mods/*.toml`` and ``mods/<pack>/*.toml`` (a pack may carry its own maps).

    Only files that stay inside ``mods_dir`` with symlinks followed: a link to
    a file elsewhere is not the player's mod.
    """
    if not mods_dir.is_dir():
        return []
    found = list(mods_dir.glob("*.toml")) + list(mods_dir.glob("*/*.toml"))
    return sorted(
        p for p in found
        if p.is_file() and not any(s.startswith(".") for s in p.parts[-2:-1]) and _inside(p, mods_dir)
    )


def _entry(path: Path, source: Source, vehicles: Mapping[str, VehicleSpec],
           mods_dir: Path | None = None) -> MissionEntry:
    try:
        m = load_mission(path, vehicles, mods_dir=mods_dir)
    except ContentError as exc:
        return MissionEntry(path.stem, path.stem, 0, path, source, None, str(exc))
    except Exception as exc:  # a custom mission must never break the list
        return MissionEntry(path.stem, path.stem, 0, path, source, None,
                            f"{path}: could not be read ({type(exc).__name__}: {short(str(exc), 120)}).")
    return MissionEntry(m.id, m.title, m.chapter, path, source, m)


def list_missions(
    mods_dir: Path | None = None,
    folder: Path = CAMPAIGN_DIR,
    vehicles: Mapping[str, VehicleSpec] | None = None,
) -> list[MissionEntry]:
    """The campaign in order, then custom missions from ``mods_dir`` (default: the user mods folder)."""
    from game.content.catalog import default_mods_dir

    specs = vehicles if vehicles is not None else default_vehicles()
    mods = mods_dir or default_mods_dir()
    out = [_entry(p, "campaign", specs) for p in campaign_files(folder)]
    out += [_entry(p, "mod", specs, mods) for p in mod_mission_files(mods)]
    return out


def find_mission(mission_id: str, mods_dir: Path | None = None, folder: Path = CAMPAIGN_DIR) -> Path:
    """The file of the mission ``mission_id`` (a campaign id, a custom one, or a path to a .toml)."""
    from game.content.catalog import default_mods_dir

    as_path = Path(mission_id)
    if as_path.suffix == ".toml":
        if not as_path.is_file():
            raise ContentError(f"{as_path}: no such mission file; check the path.")
        return as_path
    for path in campaign_files(folder) + mod_mission_files(mods_dir or default_mods_dir()):
        if path.stem == mission_id:
            return path
    known = ", ".join(p.stem for p in campaign_files(folder)) or "none"
    raise ContentError(f"there is no mission '{short(mission_id)}'; campaign missions: {known}.")
