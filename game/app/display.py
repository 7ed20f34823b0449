"""Where frames go: the real window, or an off-screen surface for tests and screenshots."""

from __future__ import annotations

import logging
import warnings

import pygame

from game.content.settings import Settings, resolutions_for

log = logging.getLogger(__name__)

FPS_CAP = 240
"""Without vsync, frames are paced to this so a menu does not spin a core at 2000 fps."""


class SurfaceDisplay:
    """An off-screen target of a fixed size: nothing is shown, everything can be saved."""

    def __init__(self, size: tuple[int, int] = (1280, 720)) -> None:
        self._surface = pygame.Surface(size)

    @property
    def surface(self) -> pygame.Surface:
        return self._surface

    @property
    def size(self) -> tuple[int, int]:
        return self._surface.get_size()

    def present(self) -> None:
        """Nothing to show."""

    def pace(self) -> None:
        """Tests and shots run as fast as they can."""

    def apply(self, settings: Settings) -> None:
        """Video settings do not apply off screen."""

    @property
    def desktop_size(self) -> tuple[int, int] | None:
        """No screen: every size is offered."""
        return None


class WindowDisplay:
    """The game window; re-created when resolution, fullscreen or vsync change."""

    def __init__(self, settings: Settings) -> None:
        self._clock = pygame.time.Clock()
        self.vsync = False
        self._mode: tuple[tuple[int, int], bool, bool] | None = None
        self.apply(settings)

    def apply(self, settings: Settings) -> None:
        mode = (settings.resolution, settings.fullscreen, settings.vsync)
        if mode == self._mode:
            return
        self._mode = mode
        flags = pygame.FULLSCREEN if settings.fullscreen else 0
        size = settings.resolution
        desktop = self.desktop_size
        if settings.fullscreen and desktop is not None:
            size = desktop
        elif desktop is not None and (size[0] > desktop[0] or size[1] > desktop[1]):
            size = resolutions_for(desktop)[-1]  # a saved size too big for this screen: the largest that fits
        pygame.display.set_caption("FAST TRACK")
        self.vsync = False
        if settings.vsync:
            try:
                with warnings.catch_warnings():  # "no fast renderer" on software-only drivers
                    warnings.simplefilter("ignore")
                    pygame.display.set_mode(size, flags, vsync=1)
                self.vsync = True
            except pygame.error as exc:
                log.info("vsync unavailable here (%s); pacing frames instead", exc)
        if not self.vsync:
            pygame.display.set_mode(size, flags)

    @property
    def desktop_size(self) -> tuple[int, int] | None:
        """The first screen's size (None if SDL cannot tell)."""
        try:
            sizes = pygame.display.get_desktop_sizes()
        except pygame.error:
            return None
        return tuple(sizes[0]) if sizes else None  # type: ignore[return-value]

    @property
    def surface(self) -> pygame.Surface:
        surface = pygame.display.get_surface()
        if surface is None:
            raise RuntimeError("the window is gone")
        return surface

    @property
    def size(self) -> tuple[int, int]:
        return self.surface.get_size()

    def present(self) -> None:
        pygame.display.flip()

    def pace(self) -> None:
        self._clock.tick(0 if self.vsync else FPS_CAP)
