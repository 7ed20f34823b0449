"""Plain data the race scene hands the renderer every frame.

The race rules know laps, places and times; the renderer knows how to show
them. Keeping the hand-over a frozen dataclass with no pygame in it lets the
scene build it from any rules (circuit race, mission, free roam) and lets
tests build one by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from game.content.settings import Settings

Units = Literal["kmh", "mph"]
Quality = Literal["low", "medium", "high"]


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Player settings that change how (not what) the renderer draws."""

    units: Units = "kmh"
    effects: Quality = "high"
    """``low`` halves particle caps and drops tyre smoke; ``high`` is everything."""
    screen_shake: bool = True
    minimap: bool = True
    player_colour: str = ""
    """``#rrggbb`` the player's car is drawn in; empty: the car's own colour (rivals are repainted
    around it either way)."""

    @classmethod
    def of(cls, settings: Settings) -> RenderOptions:
        """The options a player's settings ask for (what every driving scene hands the renderer)."""
        from game.content.settings import PLAYER_COLOURS

        return cls(units=settings.units, player_colour=PLAYER_COLOURS.get(settings.player_colour, ""))


@dataclass(frozen=True, slots=True)
class MapMarker:
    """An extra dot on the minimap (a mission target, a checkpoint, a pick-up)."""

    x: float
    y: float
    color: tuple[int, int, int] = (255, 220, 60)
    label: str = ""


@dataclass(frozen=True, slots=True)
class HudState:
    """What the HUD shows besides the player's own car (speed, nitrous and damage come from the snapshot).

    Times are in seconds; ``None`` means "not known yet" and is drawn as dashes.
    ``countdown`` is 3, 2, 1 while the lights count down, 0 to show GO, ``None``
    otherwise. The banner shows while ``time_s < banner_until_s`` (same clock as
    ``time_s``, which is usually the snapshot's time).
    """

    lap: int = 1
    laps: int = 3
    position: int = 1
    cars: int = 1
    lap_time_s: float | None = 0.0
    best_lap_s: float | None = None
    race_time_s: float | None = 0.0
    wrong_way: bool = False
    countdown: int | None = None
    banner: str = ""
    banner_until_s: float = 0.0
    time_s: float = 0.0
    units: Units | None = None
    """Overrides :attr:`RenderOptions.units` when set (e.g. a mission set in America)."""
    markers: tuple[MapMarker, ...] = field(default_factory=tuple)
    finished: bool = False
    show_race_info: bool = True
    """False in free roam: hides lap, position and timers."""
