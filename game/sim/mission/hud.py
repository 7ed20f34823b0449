"""The mission's HUD model: the open objective, its clock, its progress and where to drive.

Built by the runner at most once per world step (the app asks for it
several times a frame: the panel, the target ring, the race panels) and
carried to the app inside :class:`~game.sim.play.PlayHud` as ``mission``.
The app draws it; every decision about what it says is made here.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.mission.kinds import ObjectiveKind
from game.sim.mission.objectives import AnyTracker
from game.sim.mission.progress import Progress
from game.sim.mission.zones import Area
from game.sim.track import Point


@dataclass(frozen=True, slots=True)
class Hud:
    """What the HUD shows about the mission right now (all empty once no objective is open)."""

    objective: str
    """The open objective's text."""
    kind: ObjectiveKind | None
    time_left_s: float | None
    progress: Progress | None
    target_zone: str
    """The zone the player is sent to ("" for none)."""
    target_point: Point | None
    target_size_m: float | None
    """Rough half-size of the target zone, for the ring drawn on it."""
    race_panel: bool
    """The race's panels (place, lap, times) belong on screen: a race objective is open in a race."""

    @property
    def detail(self) -> str:
        """The progress line under the objective ("" when there is nothing to say)."""
        return self.progress.text if self.progress is not None else ""


NO_OBJECTIVE = Hud("", None, None, None, "", None, None, False)


def build_hud(t: AnyTracker | None, time_s: float, zones: dict[str, Area], racing: bool) -> Hud:
    """The model for open tracker ``t`` at ``time_s``; ``racing``: the mission has a race."""
    if t is None:
        return NO_OBJECTIVE
    zone = t.target_zone()
    area = zones.get(zone)
    return Hud(
        t.o.text,
        t.o.kind,
        t.time_left(time_s),
        t.progress,
        zone,
        area.centre if area is not None else None,
        area.size if area is not None else None,
        racing and t.race_panel,
    )
