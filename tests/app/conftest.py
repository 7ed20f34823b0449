"""The app under test: an off-screen 640x360 display, and a data folder of the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.app.context import AppContext
from game.app.display import SurfaceDisplay
from game.app.race_setup import Content

SIZE = (640, 360)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """A fresh app whose saves, records, replays and mods all live in ``tmp_path/home``."""
    monkeypatch.setenv("FAST_TRACK_HOME", str(tmp_path / "home"))
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode(SIZE)
    ctx = AppContext(SurfaceDisplay(SIZE), content=Content(tmp_path / "mods"), data_dir=tmp_path / "home")
    yield ctx
    ctx.stack.clear()
