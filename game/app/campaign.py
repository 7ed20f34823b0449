"""The campaign as the story screens see it: missions, progress, the save file, cached art.

One :class:`Campaign` object is made when the player opens the campaign and
is handed from scene to scene (chapter select → briefing → mission → debrief),
so every screen reads the same progress and nothing lives in a global. It
never raises for bad data: a broken save, a broken custom mission or an
unwritable data folder become messages the screens show.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from game.app.ui.portraits import Portraits
from game.content.saves import Progress, SaveStore

if TYPE_CHECKING:
    from game.content.library import Library
    from game.content.missions import MissionEntry
    from game.content.sessions import Built
    from game.sim.mission.runner import Outcome
    from game.sim.mission.spec import Mission

log = logging.getLogger(__name__)

State = Literal["locked", "available", "done", "skipped"]


@dataclass(frozen=True, slots=True)
class Chapter:
    number: int
    title: str
    setting: str
    mood: tuple[str, ...]
    """The chapter card's lines, written for the game."""


CHAPTERS: dict[int, Chapter] = {
    1: Chapter(
        1,
        "No Limits",
        "A German city, by night and by day",
        (
            "Rain on the cobbles, neon in the puddles, and a red letter on a garage desk.",
            "A mechanic with a debt, a courier with a past, a cop with a second life.",
            "Every street in this city leads somewhere. Most of them lead to trouble.",
        ),
    ),
    2: Chapter(
        2,
        "Redline",
        "Las Vegas and the Nevada desert",
        (
            "The Strip never sleeps, and the desert never forgives.",
            "Rich men bet fortunes on other people's nerve, and call it sport.",
            "Natasha knows exactly what a fast car costs. Tonight she drives anyway.",
        ),
    ),
}

REASONS: dict[str, tuple[str, str]] = {
    "time_up": ("Time up", "The clock ran out before the job was done."),
    "wrecked": ("Wrecked", "The car is too badly damaged to go on."),
    "busted": ("Busted", "The police boxed you in and made the arrest."),
    "lost_race": ("Lost the race", "You did not finish where you needed to."),
    "crossed_line": ("Crossed the line", "You won the race and lost the story: the job was to stop short."),
    "spotted": ("Spotted", "You came too close and the driver saw you."),
    "lost_target": ("Lost them", "The car you were following got away."),
    "hit_hazard": ("Hit the wreck", "You ploughed into the burning wreck instead of steering round it."),
    "damage_limit": ("Too much damage", "The car took more punishment than the job allowed."),
    "no_race": ("No race", "The race this objective needs never started."),
}


def reason_words(reason: str) -> tuple[str, str]:
    """A failure reason as a headline and a plain sentence (unknown reasons are still readable)."""
    return REASONS.get(reason, (reason.replace("_", " ").capitalize() or "Failed", "The mission failed."))


def clock(seconds: float | None) -> str:
    """``1:08.30`` for a best time; a dash for none."""
    if seconds is None:
        return "—"
    m, s = divmod(max(0.0, seconds), 60.0)
    return f"{int(m)}:{s:05.2f}"


def money(amount: int) -> str:
    return f"€{amount:,}"


@dataclass(frozen=True, slots=True)
class Result:
    """A finished attempt as the debrief or failure screen shows it."""

    entry: MissionEntry
    outcome: Outcome
    notes: tuple[str, ...]
    debt_before: int
    debt_after: int
    money_before: int
    money_after: int
    cars_before: tuple[str, ...]
    saved: str
    """A line about the save ("Progress saved." or why it was not)."""
    first_win: bool


class Campaign:
    """Missions, progress and the save store for one visit to the campaign."""

    def __init__(
        self,
        data_dir: Path | None,
        library: Library,
        skills: dict[str, Any] | None = None,
        persist: bool = True,
    ) -> None:
        """``persist`` False keeps progress in memory only (screenshots, demos)."""
        self.library = library
        mods_dir = library.mods_dir
        self.vehicles = vehicles = library.vehicles()
        self.skills = skills or {}
        self.persist = persist
        self.store = SaveStore(data_dir) if data_dir is not None else SaveStore()
        self.messages: list[str] = []
        self.progress = Progress()
        if persist:
            try:
                loaded = self.store.load()
                self.progress = loaded.progress
                self.messages.extend(loaded.messages)
            except OSError as exc:
                self.messages.append(f"Your save could not be read ({exc.strerror or exc}); starting fresh.")
        self.entries: list[MissionEntry] = []
        try:
            from game.content.missions import list_missions

            self.entries = list_missions(mods_dir, vehicles=vehicles)
        except Exception as exc:  # the campaign screen must open whatever the files say
            log.exception("missions could not be listed")
            self.messages.append(f"The missions could not be read: {exc}")
        self.portraits = Portraits()

    # -- reading ----------------------------------------------------------------------

    @property
    def story(self) -> list[MissionEntry]:
        return [e for e in self.entries if e.source == "campaign" and e.mission is not None]

    @property
    def custom(self) -> list[MissionEntry]:
        return [e for e in self.entries if e.source == "mod"]

    def missions(self) -> list[Mission]:
        return [e.mission for e in self.story if e.mission is not None]

    def chapter(self, number: int) -> list[MissionEntry]:
        return [e for e in self.story if e.chapter == number]

    def number(self, entry: MissionEntry) -> int:
        """The mission's place in the story (1-based), 0 for a custom mission."""
        ids = [e.id for e in self.story]
        return ids.index(entry.id) + 1 if entry.id in ids and entry.source == "campaign" else 0

    def chapter_open(self, number: int) -> bool:
        return self.progress.chapter_open(number, self.missions())

    def state(self, entry: MissionEntry) -> State:
        rec = self.progress.missions.get(entry.id)
        if rec is not None and rec.completed:
            return "done"
        if rec is not None and rec.skipped:
            return "skipped"
        if entry.source == "mod":
            return "available"
        return "available" if entry.id in self.progress.available(self.missions()) else "locked"

    def find(self, mission_id: str) -> MissionEntry | None:
        return next((e for e in self.entries if e.id == mission_id), None)

    def next_after(self, entry: MissionEntry) -> MissionEntry | None:
        """The next story mission, if it is open now."""
        story = self.story
        ids = [e.id for e in story]
        if entry.id not in ids or entry.source != "campaign":
            return None
        k = ids.index(entry.id) + 1
        if k < len(story) and self.state(story[k]) != "locked":
            return story[k]
        return None

    def first_of_chapter(self, entry: MissionEntry) -> bool:
        chapter = self.chapter(entry.chapter)
        return entry.source == "campaign" and bool(chapter) and chapter[0].id == entry.id

    # -- playing ----------------------------------------------------------------------

    def runner(self, mission: Mission, ref: str, seed: int = 0) -> Built:
        """The session of ``mission``, recorded as ``ref``, built by the one resolver (maps read once)."""
        from game.content.sessions import mission_session

        return mission_session(mission, ref, self.library, seed, self.skills)

    def record(self, entry: MissionEntry, outcome: Outcome) -> Result:
        """Fold an attempt into the progress and save at once (custom missions are not saved)."""
        p = self.progress
        before = (p.debt, p.money, tuple(p.cars))
        first = outcome.won and not (entry.id in p.missions and p.missions[entry.id].completed)
        notes: list[str] = []
        saved = ""
        if entry.source == "campaign" and entry.mission is not None:
            notes = p.record(entry.mission, outcome)
            saved = self.save()
        return Result(
            entry, outcome, tuple(notes), before[0], p.debt, before[1], p.money, before[2], saved, first
        )

    def skip(self, entry: MissionEntry) -> str:
        """Skip a thrice-failed mission; returns the save line (empty when not allowed)."""
        if entry.mission is None or not self.progress.skip(entry.mission):
            return ""
        return self.save()

    def save(self) -> str:
        """Write the progress now; a sentence for the player either way (never raises)."""
        if not self.persist:
            return "Progress kept for this session."
        try:
            self.store.save(self.progress)
        except OSError as exc:
            log.warning("save failed: %s", exc)
            msg = f"Progress could NOT be saved ({exc.strerror or exc}); it is kept until you quit."
            self.messages.append(msg)
            return msg
        return "Progress saved."
