"""Campaign progress and its save file: money, Katie's debt, unlocks, medals, failures.

The save is one versioned JSON file in the platform's user data folder
(``platformdirs.user_data_dir("fast-track")``). Writing is atomic: the new
save goes to a temporary file that is flushed and fsync'ed, the current save
is copied to ``save.json.bak`` (only if it is itself a good save), and only
then does ``os.replace`` swap the new one in, so a crash at any moment leaves
a loadable save behind.

A save that cannot be read (damaged, hostile, a shape this game does not
know) or that a newer game wrote is never silently replaced: it is kept aside
(``save.json.corrupt-1``, ``save.json.newer-1``), the backup is used if it is
good, and a sentence tells the player. If the folder refuses to keep it (a
locked file, a read-only folder) the backup is still used, and the unusable
file is not written over until it can be kept. Nothing here imports pygame.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from game.content import limits, schema
from game.content.bounded import short, shown
from game.content.errors import ContentError
from game.content.storage import (
    guard_overwrite,
    keep_aside,
    parse_player_json,
    read_player_file,
    reason,
    user_data_dir,
    write_atomic,
)
from game.sim.mission.runner import Outcome
from game.sim.mission.spec import Mission

SAVE_VERSION = 1
START_DEBT = 45_000
"""What Katie owes the bank when the story starts (euros)."""
START_CARS = ("subaru", "scooter", "getaway", "police")
START_TRACKS = ("city-night",)
SKIP_AFTER = 3
"""Failures after which a mission may be skipped."""
MEDAL_RANK = {"": 0, "bronze": 1, "silver": 2, "gold": 3}


_Name = Annotated[str, schema.text(limits.NAME_CHARS, need="a name", empty=True)]
"""A car in a save: any text the game may have written (even empty), up to the name limit."""
_Long = Annotated[str, schema.text(limits.TEXT_CHARS, need="a name", empty=True)]
"""A track or mission id in a save (a mod's id is a path, so it has the text limit)."""


@dataclass
class MissionRecord:
    """One mission's history on this profile."""

    completed: bool = False
    skipped: bool = False
    failures: int = 0
    best_time_s: float | None = None
    best_score: float = 0.0
    medal: str = ""


@dataclass
class Progress:
    """Everything the campaign remembers between sessions."""

    money: int = 0
    debt: int = START_DEBT
    cars: list[str] = field(default_factory=lambda: list(START_CARS))
    tracks: list[str] = field(default_factory=lambda: list(START_TRACKS))
    missions: dict[str, MissionRecord] = field(default_factory=dict)

    def record_of(self, mission_id: str) -> MissionRecord:
        return self.missions.setdefault(mission_id, MissionRecord())

    def record(self, mission: Mission, outcome: Outcome) -> list[str]:
        """Fold one finished attempt in; returns lines for the debrief (money, debt, unlocks)."""
        rec = self.record_of(mission.id)
        notes: list[str] = []
        if not outcome.won:
            rec.failures += 1
            if rec.failures >= SKIP_AFTER and not rec.completed:
                notes.append(f"Failed {rec.failures} times: you may skip this mission.")
            return notes
        first = not rec.completed
        rec.completed = True
        if rec.best_time_s is None or outcome.time_s < rec.best_time_s:
            rec.best_time_s = round(outcome.time_s, 3)
        rec.best_score = max(rec.best_score, round(outcome.score, 1))
        if MEDAL_RANK.get(outcome.medal, 0) > MEDAL_RANK.get(rec.medal, 0):
            rec.medal = outcome.medal
        if first:
            notes += self._pay(mission, outcome.money)
            notes += self._unlock(mission)
        return notes

    def _pay(self, mission: Mission, amount: int) -> list[str]:
        if amount == 0:
            return []
        if mission.rewards.to_debt and amount > 0 and self.debt > 0:
            paid = min(amount, self.debt)
            self.debt -= paid
            self.money += amount - paid
            left = f"{self.debt:,} still owed" if self.debt else "the garage is free and clear"
            return [f"{paid:,} paid off the garage's debt ({left})."]
        self.money += amount
        return [f"{amount:+,} money."]

    def _unlock(self, mission: Mission) -> list[str]:
        notes = []
        for car in mission.rewards.cars:
            if car not in self.cars:
                self.cars.append(car)
                notes.append(f"New car unlocked: {car}.")
        for track in mission.rewards.tracks:
            if track not in self.tracks:
                self.tracks.append(track)
                notes.append(f"New track unlocked: {track}.")
        return notes

    def can_skip(self, mission_id: str) -> bool:
        rec = self.missions.get(mission_id)
        return rec is not None and not rec.completed and rec.failures >= SKIP_AFTER

    def skip(self, mission: Mission) -> bool:
        """Mark a thrice-failed mission skipped (no rewards, but the story goes on)."""
        if not self.can_skip(mission.id):
            return False
        self.record_of(mission.id).skipped = True
        return True

    def passed(self, mission_id: str) -> bool:
        rec = self.missions.get(mission_id)
        return rec is not None and (rec.completed or rec.skipped)

    def available(self, campaign: Sequence[Mission]) -> list[str]:
        """Mission ids that can be played: every passed one, plus the first not yet passed."""
        out = []
        for m in campaign:
            out.append(m.id)
            if not self.passed(m.id):
                break
        return out

    def chapter_open(self, chapter: int, campaign: Sequence[Mission]) -> bool:
        """A chapter opens once every mission of the chapters before it is passed."""
        return all(self.passed(m.id) for m in campaign if m.chapter < chapter)

    # -- JSON ------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SAVE_VERSION,
            "money": self.money,
            "debt": self.debt,
            "cars": list(self.cars),
            "tracks": list(self.tracks),
            "missions": {k: vars(v).copy() for k, v in self.missions.items()},
        }

    @classmethod
    def from_json(cls, data: Any) -> Progress:
        """Parse a save; raises ValueError saying what is wrong, in the file's words.

        Every value must have the type the game writes (no ``"3"`` for 3, no
        ``true`` for 1), and names have the lengths of the limits table: a save
        is read back into screens and sums, so anything else is damage. The
        first problem found is the one the player is told.
        """
        if not isinstance(data, dict):
            raise ValueError("it does not hold a save (an object of named values)")
        save = schema.explain(SaveFile, data, _name)
        return cls(
            money=save.money,
            debt=save.debt,
            cars=list(save.cars),
            tracks=list(save.tracks),
            missions={
                mid: MissionRecord(
                    rec.completed, rec.skipped, rec.failures, rec.best_time_s, rec.best_score, rec.medal
                )
                for mid, rec in save.missions.items()
            },
        )


class MissionFile(schema.Open):
    """One mission's record as saved; the fields in the order they are judged."""

    medal: Annotated[str, schema.choice(*MEDAL_RANK, need="bronze, silver or gold")] = ""
    completed: schema.Flag = False
    skipped: schema.Flag = False
    failures: Annotated[int, schema.number(0, whole=True)] = 0
    best_time_s: Annotated[float | None, schema.number(0.0, null=True)] = None
    best_score: Annotated[float, schema.number()] = 0.0


class SaveFile(schema.Open):
    """``save.json`` (past its version, which :func:`parse_save` judges first); newer keys are ignored."""

    missions: Annotated[dict[_Long, MissionFile], schema.tables("a table of missions")] = Field(
        default_factory=dict
    )
    money: Annotated[int, schema.number(whole=True)]
    debt: Annotated[int, schema.number(0, whole=True)]
    cars: Annotated[list[_Name], schema.items("a list of names")]
    tracks: Annotated[list[_Long], schema.items("a list of names")]


def _name(loc: schema.Loc) -> str:
    """A place in a save as the player is told of it: ``its 'debt'``, ``the 'medal' of mission 'm1'``."""
    if loc[:1] == ("missions",) and len(loc) >= 2:
        mission = f"mission '{short(str(loc[1]))}'"
        if len(loc) == 2:
            return mission
        return "a mission id" if loc[2] == schema.KEY else f"the '{loc[2]}' of {mission}"
    if len(loc) >= 2:
        return f"a name in its '{loc[0]}'"
    return f"its '{loc[0]}'" if loc else "it"


# ----------------------------------------------------------------------------- the file


def default_save_dir() -> Path:
    return user_data_dir()


@dataclass(frozen=True, slots=True)
class Loaded:
    """A loaded profile and what the player should be told about how it was loaded."""

    progress: Progress
    messages: tuple[str, ...] = ()
    source: str = "new"
    """``save``, ``backup`` or ``new``."""


WHAT = "save"
"""What the readers' messages call a save file."""


class Unusable(ContentError):
    """A save the game cannot use: ``kind`` names its aside (``corrupt``, ``newer``), ``why`` is a phrase."""

    def __init__(self, path: Path, kind: str, why: str) -> None:
        super().__init__(f"{path}: the save cannot be used because {why}.")
        self.kind = kind
        self.why = why


def parse_save(raw: bytes, path: Path) -> Progress:
    """The progress in a save file's bytes; :class:`Unusable` (a ContentError) saying why not."""
    try:
        data = parse_player_json(raw, path, WHAT)
    except ContentError as exc:
        raise Unusable(path, "corrupt", reason(exc, path, WHAT)) from None
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(version, int) or isinstance(version, bool):  # 1.0 and true are no versions
        raise Unusable(path, "corrupt", f"its save version is {shown(version)}, not a version number")
    if version > SAVE_VERSION:
        why = f"it was written by a newer version of FAST TRACK (save version {version})"
        raise Unusable(path, "newer", why)
    if version != SAVE_VERSION:
        raise Unusable(path, "corrupt", f"its save version is {version}, not one this game knows")
    try:
        return Progress.from_json(data)
    except ValueError as exc:
        raise Unusable(path, "corrupt", str(exc)) from None


class SaveStore:
    """The save file, its backup and the rules for reading and writing them.

    The one rule that keeps progress safe: a file is only written over when it
    is a good save (it becomes the backup) or has been kept aside.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_save_dir()
        self.path = self.folder / "save.json"
        self.backup = self.folder / "save.json.bak"

    def peek(self, path: Path) -> Progress | None:
        """The progress in ``path`` if it is a good save; None otherwise. Touches nothing."""
        try:
            return parse_save(read_player_file(path, WHAT), path)
        except ContentError:
            return None

    def judge(self, raw: bytes) -> str | None:
        """None if these bytes are a good save, else the kind of aside they need."""
        try:
            parse_save(raw, self.path)
        except Unusable as exc:
            return exc.kind
        return None

    def load(self) -> Loaded:
        """The saved profile, else the backup, else a new one; never raises."""
        messages: list[str] = []
        progress = self._open(self.path, "Your save", messages)
        if progress is not None:
            return Loaded(progress, (), "save")
        progress = self._open(self.backup, "The backup save", messages)
        if progress is not None:
            messages.append("Progress was restored from the backup save.")
            return Loaded(progress, tuple(messages), "backup")
        return Loaded(Progress(), tuple(messages), "new")

    def _open(self, path: Path, label: str, messages: list[str]) -> Progress | None:
        """The progress in ``path``; None (and a message, the file kept aside) if it is unusable."""
        if not os.path.lexists(path):
            return None
        raw: bytes | None = None
        try:
            raw = read_player_file(path, WHAT)
            return parse_save(raw, path)
        except Unusable as exc:
            problem = exc
        except ContentError as exc:
            problem = Unusable(path, "corrupt", reason(exc, path, WHAT))
        messages.append(self._set_aside(path, label, problem, raw))
        return None

    @staticmethod
    def _set_aside(path: Path, label: str, problem: Unusable, raw: bytes | None) -> str:
        """Keep an unusable save aside; the sentence telling the player where (or that it stays)."""
        try:
            kept = keep_aside(path, problem.kind, raw, numbered=True)
        except OSError as exc:
            return (
                f"{label} could not be used because {problem.why}, and it could not be moved aside "
                f"({exc.strerror or 'refused'}), so it stays as {path} and is not saved over."
            )
        return f"{label} could not be used because {problem.why}; it was kept as {kept.path}."

    def save(self, progress: Progress) -> None:
        """Write atomically: keep an unusable save aside, back up a good one, rename the new one in.

        Raises OSError when the disk refuses, or when an unusable save is in
        the way and cannot be kept: the caller tells the player.
        """
        text = json.dumps(progress.to_json(), indent=2, sort_keys=True)
        guard_overwrite(self.path, self.judge, numbered=True)
        write_atomic(
            self.path,
            text.encode("utf-8"),
            backup=True,
            before_swap=self._before_swap,
            backup_if=lambda raw: self.judge(raw) is None,
        )

    def _before_swap(self) -> None:
        """A seam for tests: raise here to simulate a crash after the temp file is written."""


def unlocked(folder: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(cars, tracks) the player has unlocked, for quick race and time trial.

    Reads the save (else its backup) without touching either: a damaged
    save is the campaign screen's to report and set aside, not a menu's.
    """
    store = SaveStore(folder)
    for path in (store.path, store.backup):
        progress = store.peek(path) if os.path.lexists(path) else None
        if progress is not None:
            return frozenset(progress.cars), frozenset(progress.tracks)
    return frozenset(START_CARS), frozenset(START_TRACKS)
