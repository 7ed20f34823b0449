"""The app under test: an off-screen 640x360 display, and a data folder of the test's own."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.app.context import AppContext
from game.app.display import SurfaceDisplay
from game.content.library import Library

SIZE = (640, 360)


@contextlib.contextmanager
def app_in(folder: Path) -> Iterator[AppContext]:
    """An app whose saves, records, replays and mods all live in ``folder/home``.

    A context manager as well as the ``app`` fixture, so a module-scoped
    fixture can drive its own app once for several tests.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FAST_TRACK_HOME", str(folder / "home"))
        pygame.display.init()
        pygame.font.init()
        pygame.display.set_mode(SIZE)
        ctx = AppContext(SurfaceDisplay(SIZE), content=Library(folder / "mods"), data_dir=folder / "home")
        try:
            yield ctx
        finally:
            ctx.stack.clear()


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppContext]:
    """A fresh app whose saves, records, replays and mods all live in ``tmp_path/home``."""
    with app_in(tmp_path) as ctx:
        yield ctx
