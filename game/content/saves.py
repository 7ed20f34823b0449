"""Campaign progress and its save file: money, Katie's debt, unlocks, medals, failures.

The save is one versioned JSON file in the platform's user data folder
(``platformdirs.user_data_dir("fast-track")``). Writing is atomic: the new
save goes to a temporary file that is flushed and fsync'ed, the current save
is copied to ``save.json.bak``, and only then does ``os.replace`` swap the
new one in, so a crash at any moment leaves a loadable save behind.

A save that cannot be read (corrupt JSON, wrong shape) or that a newer game
wrote is never silently replaced: it is renamed aside
(``save.json.corrupt-1``, ``save.json.newer-1``) and reported in a message,
and the backup is used if it is good. Nothing here imports pygame.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.content.storage import user_data_dir, write_atomic
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
        """Parse a save; raises ValueError naming what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("the save is not a JSON object")

        def integer(key: str) -> int:
            v = data.get(key)
            if not isinstance(v, int) or isinstance(v, bool):
                raise ValueError(f"'{key}' must be a whole number")
            return v

        def names(key: str) -> list[str]:
            v = data.get(key)
            if not isinstance(v, list) or not all(isinstance(s, str) for s in v):
                raise ValueError(f"'{key}' must be a list of names")
            return list(v)

        missions: dict[str, MissionRecord] = {}
        raw = data.get("missions", {})
        if not isinstance(raw, dict):
            raise ValueError("'missions' must be an object")
        for mid, rec in raw.items():
            if not isinstance(rec, dict):
                raise ValueError(f"mission '{mid}' must be an object")
            best = rec.get("best_time_s")
            try:
                missions[str(mid)] = MissionRecord(
                    completed=bool(rec.get("completed", False)),
                    skipped=bool(rec.get("skipped", False)),
                    failures=int(rec.get("failures", 0)),
                    best_time_s=None if best is None else float(best),
                    best_score=float(rec.get("best_score", 0.0)),
                    medal=str(rec.get("medal", "")),
                )
            except (TypeError, ValueError):
                raise ValueError(f"mission '{mid}' has a value of the wrong kind") from None
        return cls(integer("money"), integer("debt"), names("cars"), names("tracks"), missions)


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


class SaveStore:
    """The save file, its backup and the rules for reading and writing them."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_save_dir()
        self.path = self.folder / "save.json"
        self.backup = self.folder / "save.json.bak"

    def _read(self, path: Path) -> Progress:
        """A parsed save; ValueError('corrupt: ...') or ValueError('newer: ...') if unusable."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"corrupt: {exc}") from None
        version = data.get("version") if isinstance(data, dict) else None
        if isinstance(version, int) and not isinstance(version, bool) and version > SAVE_VERSION:
            raise ValueError(f"newer: it was written by a newer version of the game (save version {version})")
        if version != SAVE_VERSION:
            raise ValueError(f"corrupt: unknown save version {version!r}")
        try:
            return Progress.from_json(data)
        except ValueError as exc:
            raise ValueError(f"corrupt: {exc}") from None

    def _set_aside(self, path: Path, kind: str) -> Path:
        n = 1
        while (aside := path.with_name(f"{path.name}.{kind}-{n}")).exists():
            n += 1
        os.replace(path, aside)
        return aside

    def load(self) -> Loaded:
        """The saved profile, else the backup, else a new one; never raises for a bad file."""
        messages: list[str] = []
        if self.path.exists():
            try:
                return Loaded(self._read(self.path), (), "save")
            except ValueError as exc:
                kind, _, why = str(exc).partition(": ")
                aside = self._set_aside(self.path, kind)
                messages.append(f"Your save could not be used ({why}); it was kept as {aside.name}.")
        if self.backup.exists():
            try:
                progress = self._read(self.backup)
            except ValueError as exc:
                kind, _, why = str(exc).partition(": ")
                aside = self._set_aside(self.backup, kind)
                messages.append(
                    f"The backup save could not be used either ({why}); it was kept as {aside.name}."
                )
            else:
                messages.append("Progress was restored from the backup save.")
                return Loaded(progress, tuple(messages), "backup")
        return Loaded(Progress(), tuple(messages), "new")

    def save(self, progress: Progress) -> None:
        """Write atomically: temp file, fsync, back up the current save, rename into place."""
        text = json.dumps(progress.to_json(), indent=2, sort_keys=True)
        write_atomic(self.path, text.encode("utf-8"), backup=True, before_swap=self._before_swap)

    def _before_swap(self) -> None:
        """A seam for tests: raise here to simulate a crash after the temp file is written."""


def unlocked(folder: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(cars, tracks) the player has unlocked, for quick race and time trial.

    Reads the save (else its backup) without touching either: a damaged
    save is the campaign screen's to report and set aside, not a menu's.
    """
    store = SaveStore(folder)
    for path in (store.path, store.backup):
        if path.exists():
            try:
                progress = store._read(path)
            except (ValueError, OSError):
                continue
            return frozenset(progress.cars), frozenset(progress.tracks)
    return frozenset(START_CARS), frozenset(START_TRACKS)
