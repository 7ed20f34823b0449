"""Hostile text reaching the screen: names and mission lines far longer than any real one.

A track name or a mission line is data a mod supplies; rendering one unbroken
word of millions of characters asks SDL for a surface wider than it can make.
The loaders refuse such texts, and the text drawing clips whatever gets through.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.hostile.cases import case

VALID = Path(__file__).resolve().parents[1] / "content" / "maps" / "valid"


def _mod_map_named(folder: Path, name: str) -> None:
    mods = folder / "home" / "mods"
    shutil.copytree(VALID, mods, dirs_exist_ok=True)
    ring = mods / "ring.tmx"
    ring.write_text(ring.read_text(encoding="utf-8").replace("Tiny Test Ring", name), encoding="utf-8")


_SCREEN = """
import sys
import pygame
from pathlib import Path
from game.app.context import AppContext
from game.app.display import SurfaceDisplay
from game.content.library import Library
from game.app.scenes.mods import ModsScene
from game.app.scenes.quick_race import QuickRaceScene
from game.content import catalog
pygame.display.init(); pygame.font.init(); pygame.display.set_mode((1280, 720))
mods = Path("home/mods")
app = AppContext(SurfaceDisplay((1280, 720)), content=Library(mods))
app.stack.push(ModsScene(app) if sys.argv[1] == "mods" else QuickRaceScene(app))
for _ in range(30):
    app.update(1 / 60)
    app.draw(app.display.surface, 0.0)
offered = [t.id for t in getattr(app.stack.top, "tracks", [])]
print("drawn 30 frames; offered:", [t for t in offered if t.startswith("mod:")])
print([(e.error or "")[:200] for e in catalog.mod_tracks(mods)])
"""


@case("app-text", "over the limit")
def mods_screen_ten_million_char_name(folder: Path) -> list[str]:
    _mod_map_named(folder, "W" * 10_000_000)
    return ["-c", _SCREEN, "mods"]


@case("app-text", "over the limit")
def quick_race_two_million_char_name(folder: Path) -> list[str]:
    _mod_map_named(folder, "W" * 2_000_000)
    return ["-c", _SCREEN, "quick-race"]


@case("app-text", "over the limit")
def tracks_list_ten_million_char_name(folder: Path) -> list[str]:
    _mod_map_named(folder, "W" * 10_000_000)
    return ["-m", "game", "tracks"]


@case("app-text", "over the limit")
def mods_screen_two_hundred_thousand_char_name(folder: Path) -> list[str]:
    _mod_map_named(folder, "W" * 200_000)
    return ["-c", _SCREEN, "mods"]


_BRIEFING = """
import pygame
from game.app.context import AppContext
from game.app.display import SurfaceDisplay
from game.content.library import Library
from game.app.scenes.campaign import CampaignScene, make_campaign
from game.app.scenes.story import BriefingScene
pygame.display.init(); pygame.font.init(); pygame.display.set_mode((1280, 720))
app = AppContext(SurfaceDisplay((1280, 720)), content=Library(None))
campaign = make_campaign(app, persist=False)
custom = campaign.custom
print("custom:", [(e.id, (e.error or "")[:200]) for e in custom])
app.stack.push(CampaignScene(app, campaign))
for entry in custom:
    if entry.mission is not None:
        app.stack.push(BriefingScene(app, campaign, entry))
for _ in range(30):
    app.update(1 / 60)
    app.draw(app.display.surface, 0.0)
print("drawn 30 frames")
"""


def _custom_mission_with_text(folder: Path, text: str) -> None:
    mods = folder / "home" / "mods"
    mods.mkdir(parents=True)
    source = (VALID.parents[3] / "levels" / "campaign" / "01-final-notice.toml").read_text(encoding="utf-8")
    source = source.replace('id = "01-final-notice"', 'id = "custom-long"')
    source = source.replace("Thirty days. Fine.", text)
    (mods / "custom-long.toml").write_text(source, encoding="utf-8")


@case("app-text", "over the limit")
def briefing_ten_million_char_line(folder: Path) -> list[str]:
    _custom_mission_with_text(folder, "W" * 10_000_000)
    return ["-c", _BRIEFING]


@case("app-text", "over the limit")
def briefing_two_hundred_thousand_char_line(folder: Path) -> list[str]:
    _custom_mission_with_text(folder, "W" * 200_000)
    return ["-c", _BRIEFING]


@case("app-text", "over the limit")
def briefing_two_hundred_thousand_char_words(folder: Path) -> list[str]:
    _custom_mission_with_text(folder, "word " * 40_000)
    return ["-c", _BRIEFING]
