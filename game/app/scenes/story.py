"""The story screens before a mission: the chapter card and the briefing.

(The debrief and the failure screen, after it, are ``debrief.py``.) Each is
a menu screen (same backdrop, heading, keys and mouse as every
other menu) whose panels are filled from the mission file: the lines with
their speakers' portraits, the goal, the reward. They share one
:class:`~game.app.campaign.Campaign` with the chapter select, and reach the
mission and the chapter select through ``app.flow``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.app.campaign import CHAPTERS, Campaign, clock, money
from game.app.scenes.base import Scene
from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.story import MEDAL_COLOURS, VehicleArt, dialogue, paragraph, paragraph_height
from game.app.ui.widgets import Row

if TYPE_CHECKING:
    from game.app.scenes.base import App
    from game.content.missions import MissionEntry
    from game.sim.mission.spec import Mission

NUMBER_WORDS = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR"}


class ChapterIntroScene(Scene):
    """The chapter's title card: number, title, setting and the mood lines, faded in one by one."""

    name = "chapter-intro"

    def __init__(self, app: App, campaign: Campaign, entry: MissionEntry) -> None:
        super().__init__(app)
        self.campaign = campaign
        self.entry = entry
        self.t = 0.0

    def handle_event(self, event: pygame.event.Event) -> None:
        action = self.app.input.menu_action(event)
        if action == "back":
            self.app.sound("ui_back")
            self.app.stack.pop()
        elif action == "accept" or (event.type == pygame.MOUSEBUTTONDOWN and event.button == 1):
            self.app.sound("ui_accept")
            self.app.stack.replace(BriefingScene(self.app, self.campaign, self.entry))

    def update(self, dt: float) -> None:
        self.t += dt

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        theme = self.app.theme
        theme.backdrop(surface, self.t * 0.3)
        w, h = surface.get_size()
        s = theme.scale(surface)
        veil = pygame.Surface((w, h), pygame.SRCALPHA)
        veil.fill((4, 6, 14, 150))
        surface.blit(veil, (0, 0))
        ch = CHAPTERS.get(self.entry.chapter)
        if ch is None:
            return
        word = NUMBER_WORDS.get(ch.number, str(ch.number))
        theme.text(surface, f"CHAPTER  {word}", 30, (w / 2, h * 0.2), th.ACCENT, anchor="center", bold=True)
        rect = theme.text(
            surface,
            ch.title.upper(),
            120,
            (w / 2, h * 0.33),
            th.INK,
            anchor="center",
            bold=True,
            italic=True,
            shadow=True,
        )
        pygame.draw.rect(surface, th.ACCENT, (rect.centerx - 150 * s, rect.bottom + 6 * s, 200 * s, 6 * s))
        pygame.draw.rect(surface, th.ACCENT_2, (rect.centerx + 58 * s, rect.bottom + 6 * s, 92 * s, 6 * s))
        theme.text(surface, ch.setting, 28, (w / 2, rect.bottom + 40 * s), th.MUTED, anchor="midtop")
        y = h * 0.6
        for k, line in enumerate(ch.mood):
            fade = max(0.0, min(1.0, (self.t - 0.6 - 1.1 * k) / 0.8)) if self.t > 0 else 1.0
            col = tuple(round(a * fade + b * (1 - fade)) for a, b in zip(th.INK, (14, 18, 34), strict=True))
            theme.text(surface, line, 28, (w / 2, y), col, anchor="center", italic=True)  # type: ignore[arg-type]
            y += 44 * s
        theme.hints(surface, "Enter / A continue    Esc / B back")


class BriefingScene(MenuScene):
    """Who, where, the goal and the reward, with the mission's briefing lines and the car you drive."""

    name = "briefing"
    box = (820, 584, 390, 0)
    row_h = 46
    font_size = 30
    hints = "Enter / A start    Esc / B back"

    def __init__(self, app: App, campaign: Campaign, entry: MissionEntry) -> None:
        self.campaign = campaign
        self.entry = entry
        m = entry.mission
        assert m is not None
        self.mission: Mission = m
        self.title = m.title
        number = campaign.number(entry)
        where = f"Chapter {m.chapter} · Mission {number}" if number else "Custom mission"
        self.subtitle = f"{where}  ·  {m.place}"
        self.art = VehicleArt()
        super().__init__(app)

    def rows(self) -> list[Row]:
        return [Row("Start mission", self._start), Row("Back", self.back)]

    def _start(self) -> None:
        self.app.flow.mission(self.campaign, self.entry)

    def back(self) -> None:
        self.app.sound("ui_back")
        self.app.flow.back_to_campaign(self.campaign)

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        w, _h = surface.get_size()
        m = self.mission
        left = pygame.Rect(round(60 * s), round(156 * s), round(700 * s), round(478 * s))
        theme.panel(surface, left, 200)
        inner = left.inflate(round(-44 * s), round(-40 * s))
        lines = [(ln.speaker, ln.text) for ln in m.briefing]
        dialogue(surface, theme, self.campaign.portraits, lines, inner)
        right = pygame.Rect(round(800 * s), round(156 * s), round(w - 860 * s), round(414 * s))
        theme.panel(surface, right, 200)
        x, y = right.left + 24 * s, right.top + 20 * s
        spec = self.campaign.vehicles.get(m.player.vehicle)
        theme.text(surface, "YOU DRIVE", 19, (x, y), th.MUTED, bold=True)
        theme.text(surface, m.player.driver, 30, (x, y + 22 * s), th.INK, bold=True)
        theme.text(surface, spec.name if spec else m.player.vehicle, 22, (x, y + 54 * s), th.ACCENT_2)
        pic = self.campaign.portraits.get(m.player.driver, round(72 * s))
        where = pic.get_rect(topleft=(round(right.right - 24 * s - pic.get_width()), round(y)))
        theme.image(surface, pic, where, f"portrait of {m.player.driver}")
        # laid out from the bottom up: reward, medals, goals; the car gets the room that is left
        text_w = right.width - 48 * s
        goals = []
        for k, o in enumerate(m.objectives[:3]):
            limit = f"  ({clock(o.time_limit_s)[:-3]})" if o.time_limit_s else ""
            goals.append(f"{k + 1}.  {o.text}{limit}")
        goals_h = sum(paragraph_height(surface, theme, g, 20, text_w, max_lines=2) + 2 * s for g in goals)
        bottom_block = (108 if m.medals.gold else 58) * s
        goal_top = right.bottom - bottom_block - 10 * s - goals_h - 22 * s
        art_box = pygame.Rect(round(x), round(y + 80 * s), round(text_w), round(goal_top - (y + 86 * s)))
        if spec is not None and art_box.height >= 40 * s:
            art, spot = self.art.fitted(spec, art_box)
            theme.image(surface, art, spot, f"picture of {spec.name}")
        y = goal_top
        theme.text(surface, "GOAL", 19, (x, y), th.MUTED, bold=True)
        y += 22 * s
        for g in goals:
            y = paragraph(surface, theme, g, 20, (x, y), text_w, th.INK, max_lines=2) + 2 * s
        y = right.bottom - 58 * s
        theme.text(surface, "REWARD", 19, (x, y), th.MUTED, bold=True)
        theme.text(surface, self._reward(), 22, (x, y + 22 * s), th.GOOD, bold=True)
        med = m.medals
        if med.gold:

            def unit(v: float) -> str:
                return clock(v)[:-3] if med.metric == "time" else f"{v:,.0f}"

            tx = x
            theme.text(surface, "MEDALS", 19, (x, y - 50 * s), th.MUTED, bold=True)
            for name in ("gold", "silver", "bronze"):
                r = theme.text(
                    surface,
                    f"{name} {unit(getattr(med, name))}",
                    20,
                    (tx, y - 28 * s),
                    MEDAL_COLOURS[name],
                    bold=True,
                )
                tx = r.right + 18 * s

    def _reward(self) -> str:
        r = self.mission.rewards
        parts = []
        if r.money:
            parts.append(money(r.money) + (" to the debt" if r.to_debt else ""))
        if r.cars:
            parts.append("new car")
        if r.tracks:
            parts.append("new track")
        return ",  ".join(parts) or "the story goes on"
