"""What are we racing: one place that turns a set-up into a session.

The game's menus, the command line, replays, the benchmarks and the tools
all say what they want as a :class:`RaceSetup` (a track by id, mod id or — for
the command line only — map file; a car; rivals; laps; difficulty; seed) and
get a :class:`Built` from :func:`build`: the session (a
:class:`~game.sim.play.Play`), the track and its map art, and the set-up as
actually built (the seed drawn, the rivals that fitted on the grid), which is
what a replay records. The simulation receives data only: this module reads
the files (through the :class:`Library`, which reads each once) and hands the
sim a ``Track``, ``VehicleSpec`` objects and a ``RivalBook``.
"""

from __future__ import annotations

import random
import stat
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.content import limits
from game.content.bounded import short, shown
from game.content.errors import ContentError
from game.paths import PREVIEWS_DIR, RIVALS_FILE, VEHICLES_FILE
from game.sim.circuits import STADIUM_ID

if TYPE_CHECKING:
    from game.content.mapdata import MapRender
    from game.sim.ai.profile import RivalBook, Skill
    from game.sim.mission.spec import Mission
    from game.sim.play import Play
    from game.sim.track import Track
    from game.sim.vehicle import VehicleSpec

KINDS = ("quick-race", "time-trial", "mission")
GRIDS = ("pole", "back")
"""Where the player starts: on pole (the command line's races) or at the back (the game's)."""
DIFFICULTIES = ("easy", "normal", "hard")
STADIUM_NAME = "Stadium Oval"


@dataclass(frozen=True, slots=True)
class RaceSetup:
    """Everything needed to build a session, and to build the same one again from a replay.

    ``laps`` None means the track's own; ``seed`` None means draw one (the
    :class:`Built` set-up carries the seed drawn). For a mission, ``track`` is
    the mission's id.
    """

    kind: str = "quick-race"
    track: str = STADIUM_ID
    """A bundled track id, ``test-stadium``, a ``mod:`` id; a map file path on the command line only."""
    car: str = "mustang"
    rivals: int = 5
    laps: int | None = 3
    """None: the track's own number of laps."""
    difficulty: str = "normal"
    seed: int | None = None
    player_ai: bool = False
    """The player's car is driven by the AI too (headless races, demos, tests)."""
    grid: str = "pole"
    night: bool = False
    """Shown at night, whatever the map says (the view's choice; the physics are the same)."""

    def to_json(self) -> dict[str, Any]:
        if self.laps is None or self.seed is None:
            raise ValueError("only a built set-up (laps and seed decided) can be written")
        data: dict[str, Any] = {
            "kind": self.kind, "track": self.track, "car": self.car, "rivals": self.rivals,
            "laps": self.laps, "difficulty": self.difficulty, "seed": self.seed,
            "player_ai": self.player_ai,
        }
        if self.grid != "pole":  # written only when they differ, so older set-ups read the same
            data["grid"] = self.grid
        if self.night:
            data["night"] = True
        return data

    @classmethod
    def from_json(cls, data: Any) -> RaceSetup:
        """A set-up read from a replay file; ValueError naming the field, in a modder's words.

        Counts are bounded before anything is built from them: at most
        ``limits.RACE_RIVALS`` rivals and ``limits.RACE_LAPS`` laps, so a set-up
        asking for a hundred million rivals is refused here, not by running out
        of memory while the grid is made.
        """
        if not isinstance(data, dict):
            raise ValueError("the set-up is not a table")
        return cls(
            kind=_choice(data, "kind", KINDS),
            track=_setup_text(data, "track", limits.TEXT_CHARS),
            car=_setup_text(data, "car", limits.NAME_CHARS),
            rivals=_setup_whole(data, "rivals", 0, limits.RACE_RIVALS),
            laps=_setup_whole(data, "laps", 1, limits.RACE_LAPS),
            difficulty=_choice(data, "difficulty", DIFFICULTIES),
            seed=_setup_whole(data, "seed", -(2**63), 2**64),
            player_ai=_setup_flag(data, "player_ai"),
            grid=_choice(data, "grid", GRIDS, "pole"),
            night=_setup_flag(data, "night", False),
        )


def _choice(data: dict[str, Any], key: str, choices: tuple[str, ...], default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or value not in choices:
        got = "nothing" if key not in data else shown(value)
        raise ValueError(f"the set-up's '{key}' must be one of {', '.join(choices)}, got {got}")
    return value


def _setup_text(data: dict[str, Any], key: str, max_chars: int) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        got = "nothing" if key not in data else shown(value)
        raise ValueError(f"the set-up's '{key}' must be a non-empty text, got {got}")
    if len(value) > max_chars:
        raise ValueError(f"the set-up's '{key}' is {len(value):,} characters long, over the limit of "
                         f"{max_chars:,}")
    return value


def _setup_whole(data: dict[str, Any], key: str, lo: int, hi: int) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        got = "nothing" if key not in data else shown(value)
        raise ValueError(f"the set-up's '{key}' must be a whole number from {lo:,} to {hi:,}, got {got}")
    return int(value)


def _setup_flag(data: dict[str, Any], key: str, default: bool | None = None) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        got = "nothing" if key not in data else shown(value)
        raise ValueError(f"the set-up's '{key}' must be true or false, got {got}")
    return value


# ------------------------------------------------------------------------------------- the library


@dataclass(frozen=True, slots=True)
class TrackOption:
    """A track as the menus list it (a broken mod is listed with its error)."""

    id: str
    name: str
    kind: str
    file: Path | None
    """None for the built-in stadium."""
    error: str | None = None


@dataclass(frozen=True, slots=True)
class LoadedTrack:
    track: Track
    render: MapRender | None = None
    """The map's art (None for the built-in stadium)."""
    option: TrackOption | None = None


class Library:
    """The game's data, each file read on first use and kept: vehicles, rivals, tracks.

    The title screen never pays for reading vehicle specs or maps, and the
    quick-race screen reads each map once however often the player flicks
    through the list.
    """

    def __init__(self, mods_dir: Path | None = None) -> None:
        self.mods_dir = mods_dir
        self._vehicles: dict[str, VehicleSpec] | None = None
        self._rivals: RivalBook | None = None
        self._tracks: list[TrackOption] | None = None
        self._loaded: dict[str, LoadedTrack] = {}

    def vehicles(self) -> dict[str, VehicleSpec]:
        if self._vehicles is None:
            from game.content.vehicles import load_vehicles

            self._vehicles = load_vehicles(VEHICLES_FILE)
        return self._vehicles

    def cars(self) -> list[VehicleSpec]:
        """The cars a player may pick: everything except service vehicles."""
        return [s for vid, s in self.vehicles().items() if vid not in ("police",)]

    def rivals(self) -> RivalBook:
        if self._rivals is None:
            from game.content.rivals import load_rivals

            self._rivals = load_rivals(RIVALS_FILE)
        return self._rivals

    def tracks(self) -> list[TrackOption]:
        """Bundled circuits, then mods, then the built-in stadium; broken mods are listed with errors."""
        if self._tracks is None:
            from game.content.catalog import bundled_tracks, mod_tracks

            entries = bundled_tracks()
            if self.mods_dir is not None:
                entries += mod_tracks(self.mods_dir)
            options = [TrackOption(e.id, e.name, e.kind, e.file, e.error) for e in entries]
            options.append(TrackOption(STADIUM_ID, STADIUM_NAME, "circuit", None))
            self._tracks = options
        return self._tracks

    def circuits(self) -> list[TrackOption]:
        return [t for t in self.tracks() if t.kind == "circuit" and t.error is None]

    def option(self, track_id: str) -> TrackOption:
        for option in self.tracks():
            if option.id == track_id:
                return option
        if track_id.startswith("mod:"):
            from game.content.catalog import default_mods_dir, find_track

            entry = find_track(track_id, default_mods_dir())  # a replay's mod track: the player's folder
            return TrackOption(entry.id, entry.name, entry.kind, entry.file, entry.error)
        known = ", ".join(t.id for t in self.tracks() if t.error is None)
        raise ContentError(f"there is no track '{short(track_id)}'; known tracks: {known} "
                           "(run 'python -m game tracks' to list them).")

    def load(self, ref: str, files: bool = False) -> LoadedTrack:
        """The track named by ``ref`` with its map art; ContentError if the map is broken.

        ``ref`` is an id (bundled, ``mod:``, the stadium). With ``files`` (the
        command line, where the player typed it) it may also be a map file's
        path; a set-up read from a replay never may (``is_track_id``).
        """
        loaded = self._loaded.get(ref)
        if loaded is not None:
            return loaded
        from game.content import tmx

        path = Path(ref)
        if files and (path.suffix.lower() == ".tmx" or (not is_track_id(ref) and path.exists())):
            m = tmx.load_map(path)  # says itself what is wrong with a missing file, a folder, a pipe
            loaded = LoadedTrack(m.track, m.render, TrackOption(m.track.id, m.track.name, "circuit", path))
        else:
            option = self.option(ref)
            if option.file is None:
                from game.sim.circuits import stadium_circuit

                loaded = LoadedTrack(stadium_circuit(), None, option)
            else:
                if option.error:
                    raise ContentError(option.error.splitlines())
                m = tmx.load_map(option.file, option.id)
                loaded = LoadedTrack(m.track, m.render, option)
        self._loaded[ref] = loaded
        return loaded

    def mission_map(self, mission: Mission) -> LoadedTrack:
        """A mission's map with its art, read once per library (a retry does not read it again)."""
        from game.content import tmx
        from game.content.missions import map_path

        path = map_path(mission)  # within the folders the mission was read with
        key = f"mission-map:{path}"
        loaded = self._loaded.get(key)
        if loaded is None:
            track_id = path.stem if mission.map.lower().endswith(".tmx") else mission.map
            m = tmx.load_map(path, track_id)
            loaded = LoadedTrack(m.track, m.render)
            self._loaded[key] = loaded
        return loaded

    def preview_file(self, track_id: str) -> Path | None:
        """A drawn preview image for a track, if one ships beside the map or with the game."""
        option = self.option(track_id)
        candidates = []
        if option.file is not None:
            candidates.append(option.file.with_suffix(".png"))
        candidates.append(PREVIEWS_DIR / f"{track_id}.png")
        return next((p for p in candidates if _regular(p)), None)


def _regular(path: Path) -> bool:
    """A regular file (a pipe or a folder named like a preview is not one)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def is_track_id(ref: str) -> bool:
    """A bundled track id (``harbour``, ``test-stadium``) or a mod id (``mod:pack/ring``), not a path.

    Ids are looked up among the tracks the catalogue finds (bundled ones in the
    levels folder, mods in the mods folder), so an id can only ever name a
    file found there; a path could name any file on the disk.
    """
    from game.content.catalog import MOD_PREFIX

    is_mod = ref.startswith(MOD_PREFIX)
    body = ref[len(MOD_PREFIX):] if is_mod else ref
    if not body or "\\" in body or ":" in body or body.lower().endswith(".tmx"):
        return False
    parts = body.split("/")
    if len(parts) > 1 and not is_mod:
        return False
    return all(part and not part.startswith(".") for part in parts)


# ------------------------------------------------------------------------------------- building


@dataclass(frozen=True, slots=True)
class Built:
    """A session ready for its first step, and what it was built from."""

    play: Play
    loaded: LoadedTrack
    setup: RaceSetup
    """The set-up as built: laps and seed decided, rivals as many as fitted."""

    @property
    def track(self) -> Track:
        return self.loaded.track

    @property
    def player(self) -> int:
        """The first seat's vehicle (every mode has at least one)."""
        return self.play.players[0]


def build(setup: RaceSetup, library: Library, files: bool = False, track: Track | None = None,
          fit: bool = False) -> Built:
    """The session ``setup`` describes, before its first step; ContentError if it cannot be built.

    ``files`` lets the track be a map file path (the command line). ``track``
    replaces the loaded track (a test's edited map). With ``fit`` (the game's
    menus) a grid asks for no more rivals than the track has start slots for,
    and an unknown car becomes the first one; without it, both are errors that
    say so. A quick race puts the
    player on pole or at the back (``grid``) behind named rivals from the
    rivals book; a time trial is one car alone; a mission is the mission's own
    world.
    """
    if setup.kind == "mission":
        return _build_mission(setup, library)
    loaded = library.load(setup.track, files) if track is None else LoadedTrack(track)
    specs = library.vehicles()
    if fit and setup.car not in specs:  # a car the settings remember and this game no longer has
        setup = replace(setup, car=next(iter(specs)))
    if setup.car not in specs:
        raise ContentError(f"there is no car '{short(setup.car)}'; known cars: {', '.join(specs)}.")
    seed = setup.seed if setup.seed is not None else random.SystemRandom().randrange(1 << 30)
    laps = setup.laps if setup.laps is not None else loaded.track.laps
    book = library.rivals()
    if setup.kind == "time-trial":
        from game.sim.timetrial import TimeTrial

        skill = book.skill(setup.difficulty) if setup.player_ai else None
        trial = TimeTrial(loaded.track, specs[setup.car], seed=seed, laps=laps, driver_skill=skill)
        return Built(trial, loaded, replace(setup, laps=laps, seed=seed, rivals=0))
    from game.sim.quickrace import quick_race

    slots = len(loaded.track.start_slots)
    rivals = max(0, min(setup.rivals, limits.RACE_RIVALS, slots - 1)) if fit else setup.rivals
    session = quick_race(loaded.track, specs, book, car=setup.car, rivals=rivals, laps=laps,
                         difficulty=setup.difficulty, seed=seed, player_ai=setup.player_ai,
                         player_last=setup.grid == "back")
    return Built(session, loaded, replace(setup, laps=laps, seed=seed, rivals=rivals))


def _build_mission(setup: RaceSetup, library: Library) -> Built:
    from game.content.missions import find_mission, load_mission

    mission = load_mission(find_mission(setup.track, library.mods_dir), library.vehicles(),
                           mods_dir=library.mods_dir)
    seed = setup.seed if setup.seed is not None else random.SystemRandom().randrange(1 << 30)
    return mission_session(mission, setup.track, library, seed)


def mission_session(mission: Mission, ref: str, library: Library, seed: int,
                  skills: Mapping[str, Skill] | None = None) -> Built:
    """The session of a mission already read (the campaign has it), recorded as ``ref``.

    ``ref`` is how a replay names the mission: its id, or a custom mission's
    file name in the mods folder, never a path. ``skills`` replaces the rivals
    book's difficulties (the campaign plays on with defaults when that file is
    broken).
    """
    from game.sim.mission.play import MissionPlay
    from game.sim.mission.runner import MissionRunner

    loaded = library.mission_map(mission)
    specs = library.vehicles()
    runner = MissionRunner(mission, loaded.track, specs, seed=seed,
                           skills=library.rivals().difficulties if skills is None else skills)
    setup = RaceSetup("mission", ref, mission.player.vehicle, 0, 1, "normal", seed)
    return Built(MissionPlay(runner, specs), loaded, setup)


def bundled(specs: Mapping[str, VehicleSpec] | None = None) -> Library:
    """A library of the bundled data only (no mods), optionally with these vehicles already read."""
    library = Library()
    if specs is not None:
        library._vehicles = dict(specs)
    return library
