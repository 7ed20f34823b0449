"""What the menus offer (tracks, cars, rivals) and how a chosen race becomes a RaceSession.

Everything here loads lazily and is cached on the :class:`Content` object the
app context owns: the title screen never pays for reading vehicle specs or
maps, and the quick-race screen reads each map once however often the
player flicks through the list.
"""

from __future__ import annotations

import random
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.paths import ASSETS_DIR, PREVIEWS_DIR, VEHICLES_FILE

if TYPE_CHECKING:
    from game.content.replays import RaceSetup as ReplaySetup
    from game.sim.ai.profile import RivalBook
    from game.sim.session import RaceSession
    from game.sim.track import Track
    from game.sim.vehicle import VehicleSpec

STADIUM_ID = "stadium"
"""The circuit built in code: always there, even with no map files at all."""


@dataclass(frozen=True, slots=True)
class TrackOption:
    id: str
    name: str
    kind: str
    file: Path | None
    """None for the built-in stadium."""
    error: str | None = None


@dataclass(frozen=True, slots=True)
class LoadedTrack:
    track: Track
    render: Any = None
    """The map's :class:`~game.content.mapdata.MapRender` (None for the built-in stadium)."""
    option: TrackOption | None = None


@dataclass(frozen=True, slots=True)
class RaceSetup:
    """A quick race as chosen on the set-up screen."""

    track: str = STADIUM_ID
    car: str = "mustang"
    rivals: int = 5
    laps: int = 3
    difficulty: str = "normal"
    seed: int | None = None
    autopilot: bool = False
    """The player's car is driven by the AI too (screenshots, demos, tests)."""
    night: bool = False
    """Draw the race at night (the renderer's lighting), whatever the map says."""


class Content:
    """The game's data, loaded on first use and kept."""

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
            from game.sim.ai.profile import load_rivals

            self._rivals = load_rivals(ASSETS_DIR / "rivals.toml")
        return self._rivals

    def tracks(self) -> list[TrackOption]:
        """Bundled circuits, then mods, then the built-in stadium; broken mods are listed with errors."""
        if self._tracks is None:
            options: list[TrackOption] = []
            try:
                from game.content.catalog import bundled_tracks, mod_tracks

                entries = bundled_tracks()
                if self.mods_dir is not None:
                    entries += mod_tracks(self.mods_dir)
                options = [TrackOption(e.id, e.name, e.kind, e.file, e.error) for e in entries]
            except ImportError:
                options = []
            options.append(TrackOption(STADIUM_ID, "Stadium Oval", "circuit", None))
            self._tracks = options
        return self._tracks

    def circuits(self) -> list[TrackOption]:
        return [t for t in self.tracks() if t.kind == "circuit" and t.error is None]

    def option(self, track_id: str) -> TrackOption:
        for option in self.tracks():
            if option.id == track_id:
                return option
        from game.content.errors import ContentError

        raise ContentError(f"there is no track '{track_id}'; pick one from the quick race menu.")

    def load(self, track_id: str) -> LoadedTrack:
        """The track's geometry (and map art); ContentError if the map is broken."""
        loaded = self._loaded.get(track_id)
        if loaded is None:
            option = self.option(track_id)
            if option.file is None:
                from game.sim.circuits import stadium_circuit

                loaded = LoadedTrack(stadium_circuit(), None, option)
            else:
                from game.content.tmx import load_map

                m = load_map(option.file, option.id)
                loaded = LoadedTrack(m.track, m.render, option)
            self._loaded[track_id] = loaded
        return loaded

    def preview_file(self, track_id: str) -> Path | None:
        """A drawn preview image for a track, if one ships beside the map or with the game."""
        option = self.option(track_id)
        candidates = []
        if option.file is not None:
            candidates.append(option.file.with_suffix(".png"))
        candidates.append(PREVIEWS_DIR / f"{track_id}.png")
        return next((p for p in candidates if _regular(p)), None)


def build_session(setup: RaceSetup, content: Content) -> tuple[RaceSession, LoadedTrack, int]:
    """A RaceSession on the chosen track and the player's vehicle index.

    The player starts at the back of the grid: a quick race is about
    carving through the field, and the rivals' start stays the same
    whatever car the player brings. The grid is the shared
    :func:`~game.sim.quickrace.quick_race` one, so a replay of the race
    rebuilds exactly the same session.
    """
    from game.sim.quickrace import quick_race

    loaded = content.load(setup.track)
    vehicles = content.vehicles()
    car = setup.car if setup.car in vehicles else next(iter(vehicles))
    slots = len(loaded.track.start_slots)
    rivals = max(0, min(setup.rivals, 7, slots - 1))
    seed = setup.seed if setup.seed is not None else random.SystemRandom().randrange(1 << 30)
    session = quick_race(loaded.track, vehicles, car=car, rivals=rivals, laps=setup.laps,
                         difficulty=setup.difficulty, seed=seed, player_ai=setup.autopilot, player_last=True)
    return session, loaded, len(session.entrants) - 1


def replay_setup(setup: RaceSetup, session: RaceSession) -> ReplaySetup:
    """How a replay file describes this quick race (the seed actually drawn, the rivals actually placed)."""
    from game.content.replays import RaceSetup as ReplaySetup

    player = session.entrants[-1]
    return ReplaySetup("quick-race", session.track.id, player.spec.id, len(session.entrants) - 1,
                       session.config.laps, setup.difficulty, session.world.seed, setup.autopilot,
                       grid="back")


def _regular(path: Path) -> bool:
    """A regular file (a pipe or a folder named like a preview is not one)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False
