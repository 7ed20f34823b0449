"""Scenes, the stack they live on, and the app as a scene sees it.

A scene has an explicit lifecycle, called only by the stack:

- ``enter()`` once, when it is pushed;
- ``pause()`` when another scene is pushed over it, ``resume()`` when that one leaves;
- ``exit()`` once, when it is popped or replaced.

Between those, only the top scene gets ``handle_event`` and ``update``
(so a pause menu really pauses the race below it), while ``draw`` runs for
the top scene and, if it is an ``overlay``, for the scenes beneath it.
Drawing never changes state: it may be called any number of times (the
``shot`` command draws a scene it never updates).

A scene sees the app through :class:`App` and moves on through its
:class:`Navigator` (``app.flow``): protocols, so that no scene module
depends on the app context or on the flow, which build the scenes — the
import graph of the game stays free of cycles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

import pygame

from game.app.input import Notice

if TYPE_CHECKING:
    from pathlib import Path

    from game.app.audio import Audio
    from game.app.campaign import Campaign, Result
    from game.app.input import InputMapper
    from game.app.trial_setup import TrialSummary
    from game.app.ui.theme import Theme
    from game.content.ghosts import Records
    from game.content.library import Library
    from game.content.missions import MissionEntry
    from game.content.replays import Replay
    from game.content.settings import Settings
    from game.content.setup import RaceSetup
    from game.sim.controls import Controls
    from game.sim.mission.runner import MissionRunner
    from game.sim.race import RaceResult
    from game.sim.snapshot import WorldSnapshot

How = Literal["push", "replace", "reset"]
"""How a move changes the stack: ``push`` over the top (Back returns), ``replace`` the top
(a race by its results), ``reset`` to the new scene alone (quit to the main menu)."""

Driver = Callable[["WorldSnapshot"], "Controls"]
"""Replaces the devices as the source of the seated player's controls (tests, demos, the autopilot)."""
Pilot = Callable[["MissionRunner"], Callable[[], "Controls"]]
"""Builds the source of a mission player's controls for a runner (the autopilot in tests and demos)."""


@dataclass(frozen=True, slots=True)
class PauseRow:
    """One choice a driving scene offers its pause menu."""

    label: str
    action: Callable[[], None]
    closes: bool = True
    """Close the menu before acting (resume, restart, end the session); False for a screen
    opened over it (settings) or a move that clears the stack itself (quit)."""


class Navigator(Protocol):
    """Every move from one screen to another (``game.app.flow.Flow`` makes them)."""

    def title(self, how: How = "replace") -> None: ...
    def main_menu(self) -> None: ...
    def settings(self) -> None: ...
    def controls(self, device: Literal["keyboard", "gamepad"]) -> None: ...
    def credits(self) -> None: ...
    def mods(self) -> None: ...
    def pause(
        self,
        rows: Sequence[PauseRow],
        message: str = "",
        subtitle: str = "",
        name: str = "pause",
        wide: bool = False,
    ) -> Scene: ...
    def confirm(self, question: str, detail: str, leave: str, on_leave: Callable[[], None]) -> Scene: ...
    def quick_race(self) -> None: ...
    def race(self, setup: RaceSetup, how: How = "push") -> Scene | None: ...
    def results(
        self,
        setup: RaceSetup,
        results: Sequence[RaceResult],
        player: int,
        replay: Replay | None,
        how: How = "replace",
    ) -> None: ...
    def watch(self, replay: Replay, where: Path | str = "this replay", how: How = "push") -> Scene: ...
    def time_trial_setup(self) -> None: ...
    def time_trial(
        self, setup: RaceSetup, records: Records | None = None, how: How = "push", remember: bool = True
    ) -> Scene | None: ...
    def trial_results(self, summary: TrialSummary) -> None: ...
    def new_campaign(self, persist: bool = True) -> Campaign: ...
    def campaign(self, campaign: Campaign | None = None) -> None: ...
    def back_to_campaign(self, campaign: Campaign) -> None: ...
    def story(self, campaign: Campaign, entry: MissionEntry, how: How = "push") -> Scene | None: ...
    def chapter_intro(self, campaign: Campaign, entry: MissionEntry, how: How = "push") -> Scene: ...
    def briefing(self, campaign: Campaign, entry: MissionEntry, how: How | None = "push") -> Scene: ...
    def mission(
        self,
        campaign: Campaign,
        entry: MissionEntry,
        how: How = "replace",
        pilot: Pilot | None = None,
        seed: int = 0,
    ) -> Scene: ...
    def mission_over(self, campaign: Campaign, result: Result, how: How = "replace") -> None: ...
    def garage(
        self,
        campaign: Campaign,
        debt_from: int | None = None,
        then: MissionEntry | None = None,
        how: How = "push",
    ) -> None: ...


class App(Protocol):
    """The app's services as a scene uses them (``game.app.context.AppContext`` provides them)."""

    settings: Settings
    autopilot: bool
    """Drives started from the menus let the AI drive the player's car (tests, demos)."""

    @property
    def stack(self) -> SceneStack: ...
    @property
    def flow(self) -> Navigator: ...
    @property
    def input(self) -> InputMapper: ...
    @property
    def audio(self) -> Audio: ...
    @property
    def theme(self) -> Theme: ...
    @property
    def content(self) -> Library: ...
    @property
    def data_dir(self) -> Path | None: ...
    @property
    def size(self) -> tuple[int, int]: ...
    @property
    def resolutions(self) -> tuple[tuple[int, int], ...]: ...

    def toast(self, text: str, seconds: float = 4.0) -> None: ...
    def sound(self, name: str) -> None: ...
    def change_settings(self, new: Settings, persist: bool = True) -> None: ...
    def quit(self) -> None: ...
    def update(self, dt: float) -> None: ...


class Scene:
    """Base class: every hook is a no-op, so a scene overrides only what it uses."""

    overlay = False
    """Draw the scene beneath first (pause menus, dialogs)."""
    veil: tuple[int, int, int, int] | None = None
    """An overlay's dimming of what lies beneath (RGBA), laid on once with the frozen picture."""
    name = "scene"

    def __init__(self, app: App) -> None:
        self.app = app

    def enter(self) -> None:
        """Pushed onto the stack: start music, reset focus."""

    def exit(self) -> None:
        """Removed from the stack: release what ``enter`` took."""

    def pause(self) -> None:
        """Another scene now covers this one."""

    def resume(self) -> None:
        """The scene on top left; this one is on top again."""

    def handle_event(self, event: pygame.event.Event) -> None:
        """One input event (only the top scene gets them)."""

    def notice(self, notice: Notice) -> None:
        """A device came or went (only the top scene hears it)."""

    def focus_lost(self) -> None:
        """The window lost focus; a race pauses."""

    def update(self, dt: float) -> None:
        """One fixed step of ``dt`` seconds (1/120)."""

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        """Paint the scene; ``alpha`` is how far real time is past the last update."""


class SceneStack:
    """The scenes in play, bottom to top. Only transitions go through here."""

    def __init__(self) -> None:
        self.scenes: list[Scene] = []
        self._beneath: pygame.Surface | None = None
        """What lies under the top overlay, veil included: frozen, so drawn once, not every frame."""
        self._beneath_of: tuple[int, tuple[int, int]] | None = None

    @property
    def empty(self) -> bool:
        return not self.scenes

    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene) -> None:
        self._beneath = None
        if self.scenes:
            self.scenes[-1].pause()
        self.scenes.append(scene)
        scene.enter()

    def pop(self) -> Scene | None:
        self._beneath = None
        if not self.scenes:
            return None
        scene = self.scenes.pop()
        scene.exit()
        if self.scenes:
            self.scenes[-1].resume()
        return scene

    def replace(self, scene: Scene) -> None:
        """Swap the top scene (title → menu, race → results) without resuming the one below."""
        self._beneath = None
        if self.scenes:
            self.scenes.pop().exit()
        self.scenes.append(scene)
        scene.enter()

    def reset(self, scene: Scene) -> None:
        """Clear everything and start over from ``scene`` (quit to the main menu)."""
        while self.scenes:
            self.scenes.pop().exit()
        self.push(scene)

    def clear(self) -> None:
        self._beneath = None
        while self.scenes:
            self.scenes.pop().exit()

    def find(self, kind: type[Scene]) -> Scene | None:
        for scene in reversed(self.scenes):
            if isinstance(scene, kind):
                return scene
        return None

    # -- what the loop calls ------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        if self.scenes:
            self.scenes[-1].handle_event(event)

    def notice(self, notice: Notice) -> None:
        if self.scenes:
            self.scenes[-1].notice(notice)

    def focus_lost(self) -> None:
        if self.scenes:
            self.scenes[-1].focus_lost()

    def update(self, dt: float) -> None:
        if self.scenes:
            self.scenes[-1].update(dt)

    @property
    def idle(self) -> bool:
        """Only an overlay moves (a pause menu over a frozen drive): the loop may draw less often."""
        return len(self.scenes) > 1 and self.scenes[-1].overlay

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        if not self.scenes:
            return
        top = self.scenes[-1]
        if not self.idle:
            top.draw(surface, alpha)
            return
        # Everything beneath the top overlay is frozen (only the top updates): the race
        # under a pause menu was redrawn, lights, smoke and all, sixty times a second.
        key = (id(self.scenes[-2]), surface.get_size())
        if self._beneath is None or self._beneath_of != key:
            first = len(self.scenes) - 2
            while first > 0 and self.scenes[first].overlay:
                first -= 1
            for scene in self.scenes[max(first, 0) : -1]:
                scene.draw(surface, alpha)
            if top.veil is not None:
                veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
                veil.fill(top.veil)
                surface.blit(veil, (0, 0))
            self._beneath, self._beneath_of = surface.copy(), key
        else:
            surface.blit(self._beneath, (0, 0))
        top.draw(surface, alpha)
