"""The one description of a session: what to race, where, with whom, and how it is written in a replay.

The game's menus, the command line, replays, the benchmarks and the tools
all say what they want as a :class:`RaceSetup`; ``game.content.sessions``
builds it. A replay stores the set-up as built, so its JSON form lives here,
every count bounded before anything is built from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from game.content import limits, schema
from game.content.settings import CATCH_UP, RIVAL_CARS
from game.sim.circuits import STADIUM_ID

KINDS = ("quick-race", "time-trial", "mission")
GRIDS = ("pole", "back")
"""Where the player starts: on pole (the command line's races) or at the back (the game's)."""
DIFFICULTIES = ("easy", "normal", "hard")


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
    rival_cars: str = "class"
    """``"class"``: the rivals drive cars of the player's class; ``"any"``: each its own car."""
    catch_up: str = "subtle"
    """``"off"`` or ``"subtle"``: how much the field's AI helps whoever is behind."""

    def to_json(self) -> dict[str, Any]:
        if self.laps is None or self.seed is None:
            raise ValueError("only a built set-up (laps and seed decided) can be written")
        data: dict[str, Any] = {
            "kind": self.kind,
            "track": self.track,
            "car": self.car,
            "rivals": self.rivals,
            "laps": self.laps,
            "difficulty": self.difficulty,
            "seed": self.seed,
            "player_ai": self.player_ai,
            "rival_cars": self.rival_cars,
            "catch_up": self.catch_up,
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
        try:
            table = schema.check(SetupTable, data)
        except schema.Invalid as exc:
            first = exc.problems[0]
            raise ValueError(f"the set-up's {schema.toml_name(first.loc)} {first.must}") from None
        return cls(**table.model_dump())


def _whole(lo: int, hi: int) -> Any:
    return schema.number(lo, hi, whole=True, need=f"a whole number from {lo:,} to {hi:,}")


class SetupTable(schema.Open):
    """A replay's ``setup`` as declared: every count bounded, keys a later game may add ignored."""

    kind: Annotated[str, schema.choice(*KINDS)]
    track: Annotated[str, schema.text(limits.TEXT_CHARS)]
    car: Annotated[str, schema.text(limits.NAME_CHARS)]
    rivals: Annotated[int, _whole(0, limits.RACE_RIVALS)]
    laps: Annotated[int, _whole(1, limits.RACE_LAPS)]
    difficulty: Annotated[str, schema.choice(*DIFFICULTIES)]
    seed: Annotated[int, _whole(-(2**63), 2**64)]
    player_ai: schema.Flag
    grid: Annotated[str, schema.choice(*GRIDS)] = "pole"
    night: schema.Flag = False
    rival_cars: Annotated[str, schema.choice(*RIVAL_CARS)] = "class"
    """A replay written before rival cars were a choice reads as the default (and is then refused by its
    content fingerprint if its grid was another: the field is rebuilt from the set-up, never stored)."""
    catch_up: Annotated[str, schema.choice(*CATCH_UP)] = "subtle"
