"""What are we racing: one place that turns a set-up into a session.

The game's menus, the command line, replays, the benchmarks and the tools
all say what they want as a :class:`RaceSetup` (a track by id, mod id or — for
the command line only — map file; a car; rivals; laps; difficulty; seed) and
get a :class:`Built` from :func:`build`: the session (a
:class:`~game.sim.play.Play`), the track and its map art, and the set-up as
actually built (the seed drawn, the rivals that fitted on the grid), which is
what a replay records. The simulation receives data only: this module reads
the files (through the :class:`~game.content.library.Library`, which reads each once) and hands the
sim a ``Track``, ``VehicleSpec`` objects and a ``RivalBook``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from game.content import limits
from game.content.bounded import short
from game.content.errors import ContentError
from game.content.library import Library, LoadedTrack
from game.content.setup import RaceSetup

if TYPE_CHECKING:
    from game.sim.ai.profile import Skill
    from game.sim.mission.spec import Mission
    from game.sim.play import Play
    from game.sim.track import Track


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


def build(
    setup: RaceSetup, library: Library, files: bool = False, track: Track | None = None, fit: bool = False
) -> Built:
    """The session ``setup`` describes, before its first step; ContentError if it cannot be built.

    ``files`` lets the track be a map file path (the command line). ``track``
    replaces the loaded track (a test's edited map). With ``fit`` (the game's
    menus) a grid asks for no more rivals than the track has start slots for,
    and an unknown car becomes the first one; without it, both are errors that
    say so. A quick race puts the
    player on pole or at the back (``grid``) behind named rivals from the
    rivals book, in cars of the player's class or their own (``rival_cars``),
    grid order and skills drawn from the seed (:mod:`game.sim.quickrace`);
    a time trial is one car alone; a mission is the mission's own world.
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
    session = quick_race(
        loaded.track,
        specs,
        book,
        car=setup.car,
        rivals=rivals,
        laps=laps,
        difficulty=setup.difficulty,
        seed=seed,
        player_ai=setup.player_ai,
        player_last=setup.grid == "back",
        rival_cars=setup.rival_cars,
        catch_up=setup.catch_up,
        pace=library.pace(loaded.track),
    )
    return Built(session, loaded, replace(setup, laps=laps, seed=seed, rivals=rivals))


def _build_mission(setup: RaceSetup, library: Library) -> Built:
    from game.content.missions import find_mission, load_mission

    mission = load_mission(
        find_mission(setup.track, library.mods_dir), library.vehicles(), mods_dir=library.mods_dir
    )
    seed = setup.seed if setup.seed is not None else random.SystemRandom().randrange(1 << 30)
    return mission_session(mission, setup.track, library, seed)


def mission_session(
    mission: Mission, ref: str, library: Library, seed: int, skills: Mapping[str, Skill] | None = None
) -> Built:
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
    runner = MissionRunner(
        mission,
        loaded.track,
        specs,
        seed=seed,
        skills=library.rivals().difficulties if skills is None else skills,
    )
    setup = RaceSetup("mission", ref, mission.player.vehicle, 0, 1, "normal", seed)
    return Built(MissionPlay(runner, specs), loaded, setup)
