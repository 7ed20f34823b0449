"""Replay files: write, read, check and rebuild the session a replay was recorded in.

A replay file is gzip-compressed JSON with a format name and version, the
game and physics versions, the set-up, fingerprints of the track and of the
content the physics reads, the players' input tape and the final state hash.
Reading checks all of it before anything is simulated, so a replay of
another version or of a changed track is refused with a sentence that says
so, instead of silently drifting out of sync.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import game
from game.content.errors import ContentError
from game.content.storage import pack_json, read_packed_json, write_atomic
from game.sim.controls import Controls
from game.sim.mission.runner import MissionRunner
from game.sim.mission.spec import PLAYER
from game.sim.replay import SIM_VERSION, InputTape, content_fingerprint, track_fingerprint
from game.sim.session import Entrant, RaceSession
from game.sim.snapshot import WorldSnapshot
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

FORMAT = "fast-track-replay"
FORMAT_VERSION = 1
KINDS = ("quick-race", "time-trial", "mission")
GRIDS = ("pole", "back")
"""Where the player starts: on pole (the command line's races) or at the back (the game's)."""


@dataclass(frozen=True, slots=True)
class RaceSetup:
    """Everything needed to build the same race again (with the same seed)."""

    kind: str
    track: str
    """A bundled track id, ``test-stadium``, or a map file path; for a mission, the mission's id."""
    car: str
    rivals: int
    laps: int
    difficulty: str
    seed: int
    player_ai: bool
    grid: str = "pole"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind, "track": self.track, "car": self.car, "rivals": self.rivals,
            "laps": self.laps, "difficulty": self.difficulty, "seed": self.seed,
            "player_ai": self.player_ai,
        }
        if self.grid != "pole":  # written only when it differs, so older set-ups read the same
            data["grid"] = self.grid
        return data

    @classmethod
    def from_json(cls, data: Any) -> RaceSetup:
        types = {"kind": str, "track": str, "car": str, "rivals": int, "laps": int, "difficulty": str,
                 "seed": int, "player_ai": bool}
        if not isinstance(data, dict):
            raise ValueError("the set-up is not a table")
        for key, kind in types.items():
            value = data.get(key)
            if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                raise ValueError(f"the set-up's '{key}' is missing or not a {kind.__name__}")
        if data["kind"] not in KINDS:
            raise ValueError(f"the set-up's kind '{data['kind']}' is not one of {', '.join(KINDS)}")
        grid = data.get("grid", "pole")
        if grid not in GRIDS:
            raise ValueError(f"the set-up's grid '{grid}' is not one of {', '.join(GRIDS)}")
        return cls(**{key: data[key] for key in types}, grid=grid)


@dataclass(frozen=True, slots=True)
class Replay:
    setup: RaceSetup
    tape: InputTape
    track_id: str
    track_fingerprint: str
    content_fingerprint: str
    state_hash: str
    time_s: float
    game_version: str = game.__version__
    sim_version: int = SIM_VERSION


def session_fingerprint(session: RaceSession | MissionPlay) -> str:
    """What the physics and the AI read besides the track: every entrant's car and skill.

    For a mission, the whole mission (actors, events, objectives) and the cars it uses.
    """
    if isinstance(session, MissionPlay):
        return session.fingerprint()
    return content_fingerprint([(e.name, e.spec, e.skill, e.personality) for e in session.entrants]
                               + [session.config])


class MissionPlay:
    """A mission runner seen as a replayable session: the player is vehicle 0.

    Replays, their recorder and headless playback speak to sessions through
    ``step(controls by vehicle)``, ``state_hash()``, ``time_s`` and
    ``request_respawn``; a mission takes the player's controls alone.
    """

    def __init__(self, runner: MissionRunner, specs: Mapping[str, VehicleSpec]) -> None:
        self.runner = runner
        self._specs = specs

    def step(self, controls: Mapping[int, Controls] | None = None) -> None:
        self.runner.step(controls.get(0) if controls else None)

    def request_respawn(self, vehicle: int) -> None:
        """Missions have no reset key; nothing to do."""

    def state_hash(self) -> str:
        return self.runner.state_hash()

    @property
    def time_s(self) -> float:
        return self.runner.time_s

    @property
    def over(self) -> bool:
        return self.runner.over

    @property
    def entrants(self) -> tuple[Entrant, ...]:
        """Every vehicle of the mission as a named entrant (the player first), for a viewer."""
        mission = self.runner.mission
        names = {PLAYER: mission.player.driver, **{a.id: a.name for a in mission.actors}}
        by_vehicle = {v: names.get(actor, actor) for actor, v in self.runner.vehicles.items()}
        specs = self.runner.world.fleet.specs
        return tuple(Entrant(by_vehicle.get(i, f"car {i + 1}"), spec) for i, spec in enumerate(specs))

    def snapshot(self) -> WorldSnapshot:
        return self.runner.snapshot()

    def drain_events(self) -> list[object]:
        return list(self.runner.drain_events())

    def fingerprint(self) -> str:
        mission = self.runner.mission
        cars = sorted({mission.player.vehicle, *(a.vehicle for a in mission.actors)})
        return content_fingerprint([mission, *(self._specs[c] for c in cars if c in self._specs)])


def build_mission(setup: RaceSetup) -> tuple[Track, MissionPlay]:
    """The mission a set-up names, ready for its first step."""
    from game.content.missions import default_vehicles, find_mission, load_mission, load_mission_track
    from game.paths import ASSETS_DIR
    from game.sim.ai.profile import load_rivals

    specs = default_vehicles()
    mission = load_mission(find_mission(setup.track), specs)
    track = load_mission_track(mission)
    skills = load_rivals(ASSETS_DIR / "rivals.toml").difficulties
    runner = MissionRunner(mission, track, specs, seed=setup.seed, skills=skills)
    return track, MissionPlay(runner, specs)


def build_session(setup: RaceSetup, track: Track | None = None,
                  specs: Mapping[str, VehicleSpec] | None = None) -> tuple[Track, RaceSession]:
    """The session a set-up describes, before its first step.

    The game passes the ``track`` and ``specs`` it already has loaded (a mod
    track, say, which only the game's catalogue knows by id); otherwise the
    set-up's track reference and the bundled vehicles are read from disk. A
    time trial is the same one-car session :class:`~game.sim.timetrial.TimeTrial`
    builds, so its replays rebuild exactly.
    """
    from game.sim.quickrace import quick_race

    if track is None:
        from game.commands.race import load_race_track

        track = load_race_track(setup.track)
    if specs is None:
        from game.content.vehicles import load_vehicles
        from game.paths import VEHICLES_FILE

        specs = load_vehicles(VEHICLES_FILE)
    if setup.car not in specs:
        raise ContentError(f"the replay's car '{setup.car}' does not exist in this game.")
    if setup.kind == "time-trial":
        from game.sim.ai.profile import load_rivals
        from game.sim.quickrace import RIVALS_FILE
        from game.sim.timetrial import TimeTrial

        skill = load_rivals(RIVALS_FILE).skill(setup.difficulty) if setup.player_ai else None
        trial = TimeTrial(track, specs[setup.car], seed=setup.seed, laps=setup.laps, driver_skill=skill)
        return track, trial.session
    session = quick_race(track, specs, car=setup.car, rivals=setup.rivals, laps=setup.laps,
                         difficulty=setup.difficulty, seed=setup.seed, player_ai=setup.player_ai,
                         player_last=setup.grid == "back")
    return track, session


class Recorder:
    """Wraps a session: steps it and records the players' controls on the way.

    The race scene and the headless ``race --record`` use it identically,
    which is what makes a replay from either play back the same. ``step``
    replaces ``session.step`` as what is called each step, for a wrapper that
    does more per step but moves the world the same way (a time trial samples
    the lap for its ghost).
    """

    def __init__(self, setup: RaceSetup, track: Track, session: RaceSession | MissionPlay,
                 step: Callable[[Mapping[int, Any] | None], None] | None = None) -> None:
        self.setup = setup
        self.track = track
        self.session = session
        self._step = step or session.step
        if isinstance(session, MissionPlay):
            players: tuple[int, ...] = (0,)
        else:
            players = tuple(i for i, e in enumerate(session.entrants) if e.skill is None)
        self.tape = InputTape(players)

    def step(self, controls: Mapping[int, Any] | None = None) -> None:
        self.tape.record(controls)
        self._step(controls)

    def request_respawn(self, vehicle: int) -> None:
        """The reset key: carried out now and kept on the tape, so playback does the same."""
        self.tape.request_respawn(vehicle)
        self.session.request_respawn(vehicle)

    def replay(self) -> Replay:
        return Replay(
            setup=self.setup,
            tape=self.tape,
            track_id=self.track.id,
            track_fingerprint=track_fingerprint(self.track),
            content_fingerprint=session_fingerprint(self.session),
            state_hash=self.session.state_hash(),
            time_s=self.session.time_s,
        )


def to_bytes(replay: Replay) -> bytes:
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "game_version": replay.game_version,
        "sim_version": replay.sim_version,
        "setup": replay.setup.to_json(),
        "track": {"id": replay.track_id, "fingerprint": replay.track_fingerprint},
        "content_fingerprint": replay.content_fingerprint,
        "tape": replay.tape.to_json(),
        "final": {"state_hash": replay.state_hash, "time_s": replay.time_s},
    }
    return pack_json(data)


def save_replay(replay: Replay, path: Path) -> None:
    try:
        write_atomic(path, to_bytes(replay))
    except OSError as exc:
        raise ContentError(f"{path}: the replay could not be saved ({exc.strerror}).") from None


def load_replay(path: Path) -> Replay:
    """Read and check a replay file; every problem is one sentence naming the file."""
    data = read_packed_json(path, "replay")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ContentError(f"{path}: is not a FAST TRACK replay, or the file is damaged.")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        newer = data.get("game_version", "?")
        raise ContentError(f"{path}: was saved by a newer FAST TRACK ({newer}); update the game to watch it.")
    sim_version = data.get("sim_version")
    if sim_version != SIM_VERSION:
        other = data.get("game_version", "?")
        raise ContentError(
            f"{path}: was recorded with FAST TRACK {other}, whose driving physics differ from this "
            f"version's ({sim_version} vs {SIM_VERSION}); it cannot be played back exactly."
        )
    try:
        setup = RaceSetup.from_json(data.get("setup"))
        tape = InputTape.from_json(data.get("tape"))
        track = data["track"]
        final = data["final"]
        replay = Replay(
            setup=setup,
            tape=tape,
            track_id=str(track["id"]),
            track_fingerprint=str(track["fingerprint"]),
            content_fingerprint=str(data["content_fingerprint"]),
            state_hash=str(final["state_hash"]),
            time_s=float(final["time_s"]),
            game_version=str(data.get("game_version", "?")),
            sim_version=int(sim_version),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise ContentError(f"{path}: is damaged ({exc}).") from None
    return replay


def prepare(replay: Replay, where: Path | str = "the replay", track: Track | None = None,
            specs: Mapping[str, VehicleSpec] | None = None) -> tuple[Track, RaceSession]:
    """Build a race replay's session and refuse if its track or content changed since recording."""
    if replay.setup.kind == "mission":
        raise ContentError(f"{where}: is a mission replay; open it with prepare_mission.")
    track, session = build_session(replay.setup, track, specs)
    _check(replay, where, track, session)
    return track, session


def prepare_mission(replay: Replay, where: Path | str = "the replay") -> tuple[Track, MissionPlay]:
    """Build a mission replay's runner and refuse if its map or mission changed since recording."""
    track, play = build_mission(replay.setup)
    _check(replay, where, track, play)
    return track, play


def _check(replay: Replay, where: Path | str, track: Track, session: RaceSession | MissionPlay) -> None:
    if track_fingerprint(track) != replay.track_fingerprint:
        raise ContentError(
            f"{where}: was recorded on an earlier version of the track '{replay.track_id}'; the map has "
            "changed since, so the replay cannot be played back."
        )
    if session_fingerprint(session) != replay.content_fingerprint:
        raise ContentError(
            f"{where}: was recorded with different car or rival tuning than this game has; "
            "it cannot be played back exactly."
        )


def play_headless(replay: Replay, where: Path | str = "the replay") -> RaceSession | MissionPlay:
    """Run the whole replay without a window; the returned session is at its final step."""
    session: RaceSession | MissionPlay
    if replay.setup.kind == "mission":
        _, session = prepare_mission(replay, where)
    else:
        _, session = prepare(replay, where)
    respawns = replay.tape.respawns_by_step()
    for step, controls in enumerate(replay.tape.play()):
        for vehicle in respawns.get(step, ()):
            session.request_respawn(vehicle)
        session.step(controls)
    return session
