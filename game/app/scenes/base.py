"""Scenes and the stack they live on.

A scene has an explicit lifecycle, called only by the stack:

- ``enter()`` once, when it is pushed;
- ``pause()`` when another scene is pushed over it, ``resume()`` when that one leaves;
- ``exit()`` once, when it is popped or replaced.

Between those, only the top scene gets ``handle_event`` and ``update``
(so a pause menu really pauses the race below it), while ``draw`` runs for
the top scene and, if it is an ``overlay``, for the scenes beneath it.
Drawing never changes state: it may be called any number of times (the
``shot`` command draws a scene it never updates).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.app.input import Notice

if TYPE_CHECKING:
    from game.app.context import AppContext


class Scene:
    """Base class: every hook is a no-op, so a scene overrides only what it uses."""

    overlay = False
    """Draw the scene beneath first (pause menus, dialogs)."""
    name = "scene"

    def __init__(self, app: AppContext) -> None:
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

    @property
    def empty(self) -> bool:
        return not self.scenes

    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene) -> None:
        if self.scenes:
            self.scenes[-1].pause()
        self.scenes.append(scene)
        scene.enter()

    def pop(self) -> Scene | None:
        if not self.scenes:
            return None
        scene = self.scenes.pop()
        scene.exit()
        if self.scenes:
            self.scenes[-1].resume()
        return scene

    def replace(self, scene: Scene) -> None:
        """Swap the top scene (title → menu, race → results) without resuming the one below."""
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

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        first = len(self.scenes) - 1
        while first > 0 and self.scenes[first].overlay:
            first -= 1
        for scene in self.scenes[max(first, 0):]:
            scene.draw(surface, alpha)
