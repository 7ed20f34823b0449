"""The app's shared services, handed to every scene (no globals, no singletons).

``AppContext`` owns the settings, input mapper, audio, theme, content,
scene stack and navigation (``flow``) of one running game, and is what the
main loop runs: it routes events through the input mapper (hot-plug notices
go to the top scene), draws toasts over the stack and handles the app-wide
keys (F12 screenshot).
Tests and the ``shot`` command build one around an off-screen display.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pygame

from game.app.audio import Audio, NullAudio
from game.app.flow import Flow
from game.app.input import InputMapper, Pad, PadConnected, PadDisconnected
from game.app.scenes.base import SceneStack
from game.app.ui import textfit
from game.app.ui import theme as th
from game.content import settings as settings_file
from game.content.library import Library
from game.content.settings import Settings, resolutions_for

log = logging.getLogger(__name__)


class AppDisplay(Protocol):
    @property
    def surface(self) -> pygame.Surface: ...

    @property
    def size(self) -> tuple[int, int]: ...

    def present(self) -> None: ...

    def pace(self) -> None: ...

    def apply(self, settings: Settings) -> None: ...

    @property
    def desktop_size(self) -> tuple[int, int] | None:
        """The screen's size, if there is a screen."""
        ...


@dataclass
class Toast:
    text: str
    left_s: float


class AppContext:
    """One running game's services."""

    def __init__(
        self,
        display: AppDisplay,
        settings: Settings | None = None,
        settings_path: Path | None = None,
        audio: Audio | None = None,
        content: Library | None = None,
        data_dir: Path | None = None,
        open_pad: Callable[[int], Pad | None] | None = None,
    ) -> None:
        """``settings_path`` None keeps settings in memory only (tests, screenshots)."""
        self.display = display
        self.settings = settings or Settings()
        self.settings_path = settings_path
        self.audio = audio or NullAudio()
        self.content = content or Library()
        self.data_dir = data_dir
        self.theme = th.Theme()
        self.stack = SceneStack()
        self.flow = Flow(self)
        """How scenes move to one another (they never import each other)."""
        self.input = InputMapper(self.settings, open_pad) if open_pad else InputMapper(self.settings)
        self.toasts: list[Toast] = []
        self.ui_time = 0.0
        self.autopilot = False
        """Races started from the menus let the AI drive the player's car (tests, demos)."""
        self.audio.set_volumes(
            self.settings.master_volume,
            self.settings.music_volume,
            self.settings.effects_volume,
            self.settings.race_music_volume,
        )

    # -- services for scenes -------------------------------------------------------------

    @property
    def size(self) -> tuple[int, int]:
        return self.display.size

    @property
    def resolutions(self) -> tuple[tuple[int, int], ...]:
        """The window sizes Settings offers: those that fit on this screen."""
        return resolutions_for(self.display.desktop_size)

    def toast(self, text: str, seconds: float = 4.0) -> None:
        """A message over whatever is on screen, e.g. 'Controller connected'."""
        log.info("%s", text)
        self.toasts.append(Toast(text, seconds))
        del self.toasts[:-3]

    def change_settings(self, new: Settings, persist: bool = True) -> None:
        """Apply new settings everywhere at once, then save them."""
        old, self.settings = self.settings, new
        self.input.apply_settings(new)
        self.audio.set_volumes(new.master_volume, new.music_volume, new.effects_volume, new.race_music_volume)
        if (old.resolution, old.fullscreen, old.vsync) != (new.resolution, new.fullscreen, new.vsync):
            try:
                self.display.apply(new)
            except pygame.error as exc:
                self.toast(f"That display mode did not work ({exc}).")
                self.settings = old
                self.display.apply(old)
        if persist and self.settings_path is not None:
            try:
                settings_file.save(self.settings, self.settings_path)
            except OSError as exc:
                self.toast(f"Settings could not be saved: {exc.strerror or exc}.")

    def sound(self, name: str) -> None:
        self.audio.play(name)

    def quit(self) -> None:
        self.stack.clear()

    def screenshot(self) -> Path | None:
        """Save the current frame as a PNG under ``<user data>/screenshots``; returns the path."""
        folder = (self.data_dir or Path.cwd()) / "screenshots"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / time.strftime("fast-track-%Y%m%d-%H%M%S.png")
            n = 1
            while path.exists():
                path = path.with_name(f"{path.stem.split('_')[0]}_{n}.png")
                n += 1
            pygame.image.save(self.display.surface, str(path))
        except (OSError, pygame.error) as exc:
            self.toast(f"Screenshot failed: {exc}")
            return None
        self.toast(f"Screenshot saved: {path.name}")
        return path

    def add_pad(self, pad: Pad) -> None:
        self.input.add_pad(pad)

    # -- what the loop runs -----------------------------------------------------------------

    def on_event(self, event: pygame.event.Event) -> bool:
        """Every event passes here first; True swallows it."""
        if event.type == pygame.WINDOWFOCUSLOST:
            self.input.release_all()
            return False
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F12:
            self.screenshot()
            return True
        for notice in self.input.process(event):
            if isinstance(notice, PadConnected):
                self.toast(f"Controller connected: {notice.name}")
            elif isinstance(notice, PadDisconnected):
                self.toast(f"Controller disconnected: {notice.name}")
            self.stack.notice(notice)
        return False

    @property
    def empty(self) -> bool:
        return self.stack.empty

    @property
    def idle(self) -> bool:
        """Frames may come slower: only an overlay moves, and it is not busy (a loading screen
        polls its worker and runs a stage per frame, so slow frames would slow the load down)."""
        return self.stack.idle and not bool(getattr(self.stack.top, "busy", False))

    def handle_event(self, event: pygame.event.Event) -> None:
        self.stack.handle_event(event)

    def focus_lost(self) -> None:
        self.stack.focus_lost()

    def update(self, dt: float) -> None:
        self.ui_time += dt
        for toast in self.toasts:
            toast.left_s -= dt
        self.toasts = [t for t in self.toasts if t.left_s > 0]
        self.stack.update(dt)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        self.stack.draw(surface, alpha)
        self._draw_toasts(surface)

    def _draw_toasts(self, surface: pygame.Surface) -> None:
        s = self.theme.scale(surface)
        y = 20 * s
        for toast in self.toasts:
            font = self.theme.font(surface, 24)
            image = textfit.render(font, toast.text, th.INK, surface.get_width() - round(60 * s))
            pad = round(14 * s)
            box = pygame.Rect(0, 0, image.get_width() + 2 * pad, image.get_height() + pad)
            box.midtop = (surface.get_width() // 2, round(y))
            fade = min(1.0, toast.left_s / 0.4)
            panel = pygame.Surface(box.size, pygame.SRCALPHA)
            pygame.draw.rect(
                panel, (*th.PANEL, int(235 * fade)), panel.get_rect(), border_radius=round(10 * s)
            )
            pygame.draw.rect(
                panel,
                (*th.ACCENT_2, int(255 * fade)),
                panel.get_rect(),
                max(1, round(2 * s)),
                border_radius=round(10 * s),
            )
            image.set_alpha(int(255 * fade))
            panel.blit(image, (pad, pad // 2))
            surface.blit(panel, box)
            y += box.height + 8 * s
