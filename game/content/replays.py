"""Replay files: write, read, check and rebuild the session a replay was recorded in.

A replay file is gzip-compressed JSON with a format name and version, the
game and physics versions, the set-up, fingerprints of the track and of the
content the physics reads, the players' input tape and the final state hash.
Reading checks all of it before anything is simulated, so a replay of
another version or of a changed track is refused with a sentence that says
so, instead of silently drifting out of sync.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import game
from game.content import bounded, limits
from game.content.bounded import short, shown
from game.content.errors import ContentError
from game.content.library import Library, is_track_id
from game.content.sessions import build
from game.content.setup import RaceSetup
from game.content.storage import pack_json, read_packed_json, write_atomic
from game.content.tape import is_whole, read_tape
from game.sim.mission.play import MissionPlay as MissionPlay  # re-exported: the mission play lives in the sim
from game.sim.play import Skippable
from game.sim.replay import SIM_VERSION, InputTape, Playback, content_fingerprint, track_fingerprint
from game.sim.session import RaceSession
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

FORMAT = "fast-track-replay"
FORMAT_VERSION = 1


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
    """What the physics and the AI read besides the track: every entrant's car and skill, and the balance.

    For a mission, the whole mission (actors, events, objectives) and the cars it uses.
    """
    if isinstance(session, MissionPlay):
        return session.fingerprint()
    parts: list[object] = [(e.name, e.spec, e.skill, e.personality) for e in session.entrants]
    parts.append(session.config)
    balance = session.drivers.balance
    if any(float(f) != 1.0 for f in balance):  # a balanced race also reads its circuit's pace table
        parts.append(tuple(round(float(f), 6) for f in balance))
    return content_fingerprint(parts)


def build_mission(setup: RaceSetup) -> tuple[Track, MissionPlay]:
    """The mission a set-up names, ready for its first step."""
    built = build(setup, Library())
    assert isinstance(built.play, MissionPlay)
    return built.track, built.play


def build_session(
    setup: RaceSetup, track: Track | None = None, specs: Mapping[str, VehicleSpec] | None = None
) -> tuple[Track, RaceSession]:
    """The race or time trial a replay's set-up describes, before its first step.

    Built by :func:`game.content.sessions.build`, like every session: ``track``
    and ``specs`` replace what the set-up names (a test's edited map). A time
    trial is the one-car session :class:`~game.sim.timetrial.TimeTrial` steps,
    so its replays rebuild exactly.
    """
    from game.sim.timetrial import TimeTrial

    library = Library(vehicles=specs)
    if setup.car not in library.vehicles():
        raise ContentError(f"the replay's car '{short(setup.car)}' does not exist in this game.")
    built = build(setup, library, files=True, track=track)  # a path only from this process: check_refs
    session = built.play.session if isinstance(built.play, TimeTrial) else built.play
    assert isinstance(session, RaceSession)
    return built.track, session


class Recorder:
    """Wraps a session: steps it and records the players' controls on the way.

    The race scene and the headless ``race --record`` use it identically,
    which is what makes a replay from either play back the same. ``step``
    replaces ``session.step`` as what is called each step, for a wrapper that
    does more per step but moves the world the same way (a time trial samples
    the lap for its ghost).
    """

    def __init__(
        self,
        setup: RaceSetup,
        track: Track,
        session: RaceSession | MissionPlay,
        step: Callable[[Mapping[int, Any] | None], None] | None = None,
    ) -> None:
        self.setup = setup
        self.track = track
        self.session = session
        self._step = step or session.step
        self.tape = InputTape(_players(session))

    def step(self, controls: Mapping[int, Any] | None = None) -> None:
        self.tape.record(controls)
        self._step(controls)

    def request_respawn(self, vehicle: int) -> None:
        """The reset key: carried out now and kept on the tape, so playback does the same."""
        self.tape.request_respawn(vehicle)
        self.session.request_respawn(vehicle)

    @property
    def can_skip(self) -> bool:
        return isinstance(self.session, Skippable) and self.session.can_skip

    def skip_to_finish(self) -> None:
        """Skip to the end of the race, and keep it on the tape: playback ends the race the same way."""
        if isinstance(self.session, Skippable) and self.session.can_skip:
            self.tape.skip()
            self.session.skip_to_finish()

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
    """Read and check a replay file; every problem is one sentence naming the file.

    The unpacked JSON is bounded by :func:`read_packed_json`; here the header
    is checked with its types (``format_version: true`` is no version), then
    every field of the set-up and the tape against the limits, and the track
    or mission the set-up names must be an id, never a file path, before
    anything is loaded or simulated.
    """
    too_many = _too_many_lists(path)
    if too_many:
        raise ContentError(f"{path}: is damaged: {too_many}.")
    data = read_packed_json(path, "replay")
    sim_version = _check_header(data, path)
    try:
        setup = RaceSetup.from_json(data.get("setup"))
        tape = read_tape(data.get("tape"))
        track = _part(data, "track")
        final = _part(data, "final")
        replay = Replay(
            setup=setup,
            tape=tape,
            track_id=_part_text(track, "track", "id", limits.TEXT_CHARS),
            track_fingerprint=_part_text(track, "track", "fingerprint", _HASH_CHARS),
            content_fingerprint=_part_text(data, "file", "content_fingerprint", _HASH_CHARS),
            state_hash=_part_text(final, "final", "state_hash", _HASH_CHARS),
            time_s=_part_seconds(final, "final", "time_s"),
            game_version=_game_version(data),
            sim_version=sim_version,
        )
    except ValueError as exc:
        raise ContentError(f"{path}: is damaged: {exc}.") from None
    check_refs(setup, path)
    return replay


_MOST_LISTS = limits.REPLAY_RUNS + limits.REPLAY_RESPAWNS + 10_000
"""The most ``[`` a replay within the limits holds: one per run and respawn request, a few
lists more, and whatever the set-up's few short texts contain."""
_PAIR = re.compile(rb"\[\s*-?\d+\s*,\s*-?\d+\s*\]")
"""A list of two whole numbers: how a respawn request is written (a run has six items)."""


def _too_many_lists(path: Path) -> str | None:
    """What makes the unpacked replay hold more lists than any replay within the limits, if anything.

    Counted over the inflated bytes at C speed, before the JSON is parsed:
    parsing is what turns each run or respawn request into Python objects
    (some 180 bytes and a microsecond apiece), so a tape of millions of them
    is refused here, not after it has been built. A file that does not
    inflate is left for :func:`read_packed_json` to name what is wrong.
    """
    try:
        raw = bounded.read_bytes(path, "replay", limits.PACKED_FILE_BYTES)
        unpacked = bounded.inflate(raw, 31, limits.PACKED_JSON_BYTES, "replay", path)
    except ContentError:
        return None
    if unpacked.count(b"[") > _MOST_LISTS:
        return (
            f"its input tape holds more than {limits.REPLAY_RUNS:,} runs and "
            f"{limits.REPLAY_RESPAWNS:,} respawn requests, over the limits"
        )
    pairs = sum(1 for _ in itertools.islice(_PAIR.finditer(unpacked), limits.REPLAY_RESPAWNS + 1))
    if pairs > limits.REPLAY_RESPAWNS:
        return f"its input tape holds more than {limits.REPLAY_RESPAWNS:,} respawn requests, over the limit"
    return None


_HASH_CHARS = 128
"""Characters in a fingerprint or state hash (the game writes 24 or 32 hex digits)."""


def _game_version(data: dict[str, Any]) -> str:
    version = data.get("game_version", "?")
    return short(version, 40) if isinstance(version, str) else "?"


def _check_header(data: Any, path: Path) -> int:
    """The physics version of a replay whose header this game can read; ContentError otherwise.

    Checked in order, each with its type: the format name, the format version
    (a whole number: a newer one asks for an update, anything else is damage),
    then the physics version.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ContentError(f"{path}: is not a FAST TRACK replay, or the file is damaged.")
    version = data.get("format_version")
    if not is_whole(version) or version < 1:
        got = "missing" if "format_version" not in data else f"{shown(version)}, not a version number"
        raise ContentError(f"{path}: is damaged: its 'format_version' is {got}.")
    if version > FORMAT_VERSION:
        raise ContentError(
            f"{path}: was saved by a newer FAST TRACK ({_game_version(data)}); update the game to watch it."
        )
    sim_version = data.get("sim_version")
    if not is_whole(sim_version):
        got = "missing" if "sim_version" not in data else f"{shown(sim_version)}, not a version number"
        raise ContentError(f"{path}: is damaged: its 'sim_version' is {got}.")
    if sim_version != SIM_VERSION:
        raise ContentError(
            f"{path}: was recorded with FAST TRACK {_game_version(data)}, whose driving physics differ from "
            f"this version's ({shown(sim_version)} vs {SIM_VERSION}); it cannot be played back exactly."
        )
    return int(sim_version)


def _part(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        got = "missing" if key not in data else f"{shown(value)}, not a table"
        raise ValueError(f"its '{key}' is {got}")
    return value


def _part_text(table: dict[str, Any], part: str, key: str, max_chars: int) -> str:
    value = table.get(key)
    if not isinstance(value, str) or len(value) > max_chars:
        got = "missing" if key not in table else shown(value)
        raise ValueError(f"its '{part}.{key}' must be a text of at most {max_chars:,} characters, got {got}")
    return value


def _part_seconds(table: dict[str, Any], part: str, key: str) -> float:
    value = table.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1e9:
        got = "missing" if key not in table else shown(value)
        raise ValueError(f"its '{part}.{key}' must be a number of seconds, got {got}")
    return float(value)


# ------------------------------------------------------------------------ what a replay may name


def is_mission_id(ref: str) -> bool:
    """A mission id (``02-pizza-run``, a custom mission's name), never a path."""
    return (
        bool(ref)
        and not any(ch in ref for ch in "/\\:")
        and not ref.startswith(".")
        and not ref.lower().endswith(".toml")
    )


def _custom_mission_file(ref: str) -> bool:
    """Whether ``ref`` is a custom mission's file inside the player's mods folder.

    The game records a custom mission by its file; such a replay still plays,
    but only when that file is a regular ``.toml`` inside the mods folder.
    """
    from game.content.catalog import default_mods_dir

    if not ref.lower().endswith(".toml"):
        return False
    target = bounded.contained(default_mods_dir(), Path(ref).absolute())
    return target is not None and target.is_file()


def check_refs(setup: RaceSetup, where: Path | str) -> None:
    """Refuse a set-up from a file that names its track or mission by a path outside the game's folders."""
    if setup.kind == "mission":
        if not (is_mission_id(setup.track) or _custom_mission_file(setup.track)):
            raise ContentError(
                f"{where}: names the mission '{short(setup.track)}' by a file outside the mods folder; "
                "a replay may name only a mission id."
            )
    elif not is_track_id(setup.track):
        raise ContentError(
            f"{where}: names the track '{short(setup.track)}' by a file path; a replay may name only a "
            "track id (a bundled track, test-stadium, or a mod: track)."
        )


def prepare(
    replay: Replay,
    where: Path | str = "the replay",
    track: Track | None = None,
    specs: Mapping[str, VehicleSpec] | None = None,
) -> tuple[Track, RaceSession]:
    """Build a race replay's session and refuse if its track or content changed since recording."""
    if replay.setup.kind == "mission":
        raise ContentError(f"{where}: is a mission replay; open it with prepare_mission.")
    try:
        track, session = build_session(replay.setup, track, specs)
    except ContentError as exc:
        raise _about(where, exc) from None
    except ValueError as exc:  # the rules' own refusals: too few start slots, no finish line...
        raise ContentError(f"{where}: cannot be played back: {exc}.") from None
    _check(replay, where, track, session)
    return track, session


def _about(where: Path | str, exc: ContentError) -> ContentError:
    """``exc`` with each problem naming the replay first (a map's own problems name the map after it)."""
    return ContentError([p if p.startswith(str(where)) else f"{where}: {p}" for p in exc.problems])


def prepare_mission(replay: Replay, where: Path | str = "the replay") -> tuple[Track, MissionPlay]:
    """Build a mission replay's runner and refuse if its map or mission changed since recording."""
    try:
        track, play = build_mission(replay.setup)
    except ContentError as exc:
        raise _about(where, exc) from None
    except ValueError as exc:
        raise ContentError(f"{where}: cannot be played back: {exc}.") from None
    _check(replay, where, track, play)
    return track, play


def _players(session: RaceSession | MissionPlay) -> tuple[int, ...]:
    """The vehicles a recorder keeps on tape for this session: the ones nobody else drives."""
    if isinstance(session, MissionPlay):
        return (0,)
    return tuple(i for i, e in enumerate(session.entrants) if e.skill is None)


def _check(replay: Replay, where: Path | str, track: Track, session: RaceSession | MissionPlay) -> None:
    if track_fingerprint(track) != replay.track_fingerprint:
        raise ContentError(
            f"{where}: was recorded on an earlier version of the track '{short(replay.track_id)}'; the map "
            "has changed since, so the replay cannot be played back."
        )
    if session_fingerprint(session) != replay.content_fingerprint:
        if replay.setup.kind == "mission":
            raise ContentError(
                f"{where}: was recorded with another version of the mission '{short(replay.setup.track)}' "
                "or of its cars; it cannot be played back exactly."
            )
        raise ContentError(
            f"{where}: was recorded with different car or rival tuning than this game has; "
            "it cannot be played back exactly."
        )
    if replay.tape.vehicles != _players(session):
        raise ContentError(
            f"{where}: is damaged: its input tape drives other cars than the players of its set-up."
        )


def play_headless(replay: Replay, where: Path | str = "the replay") -> RaceSession | MissionPlay:
    """Run the whole replay without a window; the returned session is at its final step."""
    session: RaceSession | MissionPlay
    if replay.setup.kind == "mission":
        _, session = prepare_mission(replay, where)
    else:
        _, session = prepare(replay, where)
    playback = Playback(session, replay.tape)
    while not playback.done:
        playback.step()
    return session
