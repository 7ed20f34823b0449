"""Mission files on disk: where they are, which map each may use, loading one, listing them all.

Bundled missions live in ``levels/campaign/NN-slug.toml``; custom ones in the
mods folder. :func:`list_missions` lists both; a broken mod is listed with
its problems instead of raising, so one bad file hides nothing else. Every
file a mission names must stay inside the folder tree it may use
(:func:`mission_root`), links followed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from game.content import bounded, limits
from game.content.bounded import short
from game.content.errors import ContentError
from game.content.missions.parse import check_against_track, parse_mission
from game.paths import LEVELS_DIR, VEHICLES_FILE
from game.sim.mission.spec import Mission
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

CAMPAIGN_DIR = LEVELS_DIR / "campaign"
Source = Literal["campaign", "mod"]


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
        raise ContentError(
            f"{m.source}: 'map': '{m.map}' is outside {root}, the folder this mission "
            "may use; keep its map inside it."
        )
    if not target.exists():
        raise ContentError(f"{m.source}: 'map': the file '{m.map}' does not exist (looked in {base}).")
    try:
        bounded.regular_file(target, "map")
    except ContentError:
        raise ContentError(
            f"{m.source}: 'map': '{m.map}' is not a regular file (a folder, a pipe or a "
            "device); a map must be a .tmx file."
        ) from None
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
        p
        for p in found
        if p.is_file() and not any(s.startswith(".") for s in p.parts[-2:-1]) and _inside(p, mods_dir)
    )


def _entry(
    path: Path, source: Source, vehicles: Mapping[str, VehicleSpec], mods_dir: Path | None = None
) -> MissionEntry:
    try:
        m = load_mission(path, vehicles, mods_dir=mods_dir)
    except ContentError as exc:
        return MissionEntry(path.stem, path.stem, 0, path, source, None, str(exc))
    except Exception as exc:  # a custom mission must never break the list
        return MissionEntry(
            path.stem,
            path.stem,
            0,
            path,
            source,
            None,
            f"{path}: could not be read ({type(exc).__name__}: {short(str(exc), 120)}).",
        )
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
