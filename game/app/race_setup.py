"""A quick race as the set-up screen chooses it, built by the one resolver.

What the menus offer (tracks, cars, rivals) is the content layer's
:class:`~game.content.sessions.Library`, owned by the app context as
``app.content``; a chosen race becomes a session through
:func:`game.content.sessions.build`, like every other session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.content.sessions import Library, LoadedTrack, TrackOption
from game.sim.circuits import STADIUM_ID

if TYPE_CHECKING:
    from game.content.sessions import RaceSetup as ReplaySetup
    from game.sim.session import RaceSession

Content = Library
"""The app's name for the library it owns (``app.content``)."""
__all__ = ["STADIUM_ID", "Content", "LoadedTrack", "RaceSetup", "TrackOption", "build_session",
           "replay_setup"]


@dataclass(frozen=True, slots=True)
class RaceSetup:
    """A quick race as chosen on the set-up screen."""

    track: str = STADIUM_ID
    car: str = "mustang"
    rivals: int = 5
    laps: int = 3
    difficulty: str = "normal"
    seed: int | None = None
    autopilot: bool = False
    """The player's car is driven by the AI too (screenshots, demos, tests)."""
    night: bool = False
    """Draw the race at night (the renderer's lighting), whatever the map says."""


def build_session(setup: RaceSetup, content: Library) -> tuple[RaceSession, LoadedTrack, int]:
    """A RaceSession on the chosen track and the player's vehicle index.

    The player starts at the back of the grid: a quick race is about
    carving through the field, and the rivals' start stays the same
    whatever car the player brings. The grid is the shared
    :func:`~game.sim.quickrace.quick_race` one, so a replay of the race
    rebuilds exactly the same session.
    """
    from game.content.sessions import RaceSetup as SessionSetup
    from game.content.sessions import build
    from game.sim.session import RaceSession

    vehicles = content.vehicles()
    car = setup.car if setup.car in vehicles else next(iter(vehicles))
    chosen = SessionSetup("quick-race", setup.track, car, setup.rivals, setup.laps, setup.difficulty,
                          setup.seed, setup.autopilot, grid="back", night=setup.night)
    built = build(chosen, content, fit=True)
    assert isinstance(built.play, RaceSession)
    return built.play, built.loaded, built.player


def replay_setup(setup: RaceSetup, session: RaceSession) -> ReplaySetup:
    """How a replay file describes this quick race (the seed actually drawn, the rivals actually placed)."""
    from game.content.sessions import RaceSetup as ReplaySetup

    player = session.entrants[-1]
    return ReplaySetup("quick-race", session.track.id, player.spec.id, len(session.entrants) - 1,
                       session.config.laps, setup.difficulty, session.world.seed, setup.autopilot,
                       grid="back")
