"""The game's data as the menus and the resolver see it: vehicles, rivals, tracks, mission maps.

Each file is read on first use and kept, so the title screen never pays for
reading vehicle specs or maps, and the quick-race screen reads each map once
however often the player flicks through the list. Every track has one id:
bundled maps by name, mods as ``mod:pack/name``, the built-in circuit as
``test-stadium``.
"""

from __future__ import annotations

import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from game.content.bounded import short
from game.content.errors import ContentError
from game.paths import PREVIEWS_DIR, RIVALS_FILE, VEHICLES_FILE
from game.sim.circuits import STADIUM_ID

if TYPE_CHECKING:
    from game.content.mapdata import MapRender
    from game.sim.ai.pace import PaceTable
    from game.sim.ai.profile import RivalBook
    from game.sim.mission.spec import Mission
    from game.sim.track import Track
    from game.sim.vehicle import VehicleSpec

STADIUM_NAME = "Stadium Oval"


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

    def __init__(
        self, mods_dir: Path | None = None, vehicles: Mapping[str, VehicleSpec] | None = None
    ) -> None:
        """``vehicles`` already read (a test's tuned copy) replace the vehicles file."""
        self.mods_dir = mods_dir
        self._vehicles: dict[str, VehicleSpec] | None = dict(vehicles) if vehicles is not None else None
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
        raise ContentError(
            f"there is no track '{short(track_id)}'; known tracks: {known} "
            "(run 'python -m game tracks' to list them)."
        )

    def pace(self, track: Track) -> PaceTable | None:
        """A bundled circuit's pace table, measured on this very map and physics, or None.

        A mod circuit has none, and neither has a bundled one whose table is
        stale or damaged: its one-class races are then balanced on the
        estimate alone (:mod:`game.content.pace`), which is a fairer race
        lost, not a race.
        """
        from game.content.catalog import MOD_PREFIX
        from game.content.pace import pace_table
        from game.sim.replay import track_fingerprint

        if track.id.startswith(MOD_PREFIX) or not is_track_id(track.id):
            return None
        try:
            return pace_table(track.id, track_fingerprint(track))
        except ContentError:
            return None

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
    body = ref[len(MOD_PREFIX) :] if is_mod else ref
    if not body or "\\" in body or ":" in body or body.lower().endswith(".tmx"):
        return False
    parts = body.split("/")
    if len(parts) > 1 and not is_mod:
        return False
    return all(part and not part.startswith(".") for part in parts)
