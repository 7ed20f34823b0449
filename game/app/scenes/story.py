"""The story screens around a mission: chapter card, briefing, debrief and failure.

Each is a menu screen (same backdrop, heading, keys and mouse as every
other menu) whose panels are filled from the mission file: the lines with
their speakers' portraits, the goal, the reward, the result. They share one
:class:`~game.app.campaign.Campaign`, which records and saves every attempt
before these screens show it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.app.campaign import CHAPTERS, Campaign, Result, clock, money, reason_words
from game.app.scenes.base import Scene
from game.app.scenes.campaign import GarageScene, back_to_campaign, play
from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.story import MEDAL_COLOURS, VehicleArt, dialogue, medal_badge, paragraph
from game.app.ui.widgets import Row

if TYPE_CHECKING:
    from game.app.context import AppContext
    from game.content.missions import MissionEntry
    from game.sim.mission.spec import Mission

NUMBER_WORDS = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR"}


def start_mission(app: AppContext, campaign: Campaign, entry: MissionEntry) -> None:
    """Swap the top screen for the mission itself."""
    from game.app.scenes.mission import MissionScene

    app.stack.replace(MissionScene(app, campaign, entry))


class ChapterIntroScene(Scene):
    """The chapter's title card: number, title, setting and the mood lines, faded in one by one."""

    name = "chapter-intro"

    def __init__(self, app: AppContext, campaign: Campaign, entry: MissionEntry) -> None:
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

    def __init__(self, app: AppContext, campaign: Campaign, entry: MissionEntry) -> None:
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
        start_mission(self.app, self.campaign, self.entry)

    def back(self) -> None:
        self.app.sound("ui_back")
        back_to_campaign(self.app, self.campaign)

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
        surface.blit(pic, (round(right.right - 24 * s - pic.get_width()), round(y)))
        if spec is not None:
            art = self.art.get(spec, round(250 * s))
            surface.blit(art, art.get_rect(center=(right.centerx, round(y + 128 * s))))
        y += 206 * s
        theme.text(surface, "GOAL", 19, (x, y), th.MUTED, bold=True)
        y += 22 * s
        for k, o in enumerate(m.objectives[:3]):
            limit = f"  ({clock(o.time_limit_s)[:-3]})" if o.time_limit_s else ""
            y = (
                paragraph(
                    surface,
                    theme,
                    f"{k + 1}.  {o.text}{limit}",
                    20,
                    (x, y),
                    right.width - 48 * s,
                    th.INK,
                    max_lines=2,
                )
                + 2 * s
            )
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


class DebriefScene(MenuScene):
    """A won mission: medal, time, money and the debt, unlocks, the save, and the debrief lines."""

    name = "debrief"
    box = (60, 552, 520, 0)
    row_h = 44
    font_size = 28
    hints = "Up/Down choose    Enter / A select"

    def __init__(self, app: AppContext, campaign: Campaign, result: Result) -> None:
        self.campaign = campaign
        self.result = result
        m = result.entry.mission
        assert m is not None
        self.mission: Mission = m
        self.title = "Mission complete"
        self.subtitle = f"{m.title}  ·  {m.place}"
        self.next = campaign.next_after(result.entry)
        super().__init__(app)

    def enter(self) -> None:
        self.app.audio.music(True)

    def rows(self) -> list[Row]:
        rows = []
        label = f"Continue: {self.next.title}" if self.next is not None else "Continue"
        rows.append(Row(label, self._continue))
        rows.append(Row("Replay mission", self._retry))
        rows.append(Row("Back to the campaign", lambda: back_to_campaign(self.app, self.campaign)))
        return rows

    def _continue(self) -> None:
        r = self.result
        if self.mission.chapter == 1 and r.entry.source == "campaign":
            self.app.stack.replace(GarageScene(self.app, self.campaign, r.debt_before, self.next))
        elif self.next is not None:
            play(self.app, self.campaign, self.next, replace=True)
        else:
            back_to_campaign(self.app, self.campaign)

    def _retry(self) -> None:
        start_mission(self.app, self.campaign, self.result.entry)

    def back(self) -> None:
        self.app.sound("ui_back")
        back_to_campaign(self.app, self.campaign)

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        w, _h = surface.get_size()
        r = self.result
        o = r.outcome
        panel = pygame.Rect(round(60 * s), round(156 * s), round(520 * s), round(380 * s))
        theme.panel(surface, panel, 210)
        x, y = panel.left + 28 * s, panel.top + 22 * s
        medal_badge(surface, theme, o.medal, (panel.right - 80 * s, panel.top + 110 * s), 50 * s)
        theme.text(surface, "TIME", 19, (x, y), th.MUTED, bold=True)
        theme.text(surface, clock(o.time_s), 54, (x, y + 20 * s), th.INK, bold=True, italic=True)
        rec = self.campaign.progress.missions.get(r.entry.id)
        best = rec.best_time_s if rec else None
        tag = "  new best" if best is not None and abs(best - round(o.time_s, 3)) < 1e-6 else ""
        theme.text(surface, f"Best {clock(best)}{tag}", 22, (x, y + 76 * s), th.ACCENT_2)
        if o.score:
            theme.text(surface, f"Score {o.score:,.0f}", 22, (x + 220 * s, y + 76 * s), th.ACCENT_2)
        y += 118 * s
        pygame.draw.line(surface, th.PANEL_EDGE, (x, y), (panel.right - 28 * s, y), max(1, round(2 * s)))
        y += 14 * s
        theme.text(surface, "MONEY", 19, (x, y), th.MUTED, bold=True)
        earned = money(o.money) if o.money >= 0 else f"-{money(-o.money)}"
        theme.text(
            surface,
            earned if r.first_win else f"{earned}  (paid out on the first win only)",
            26,
            (x, y + 20 * s),
            th.GOOD if o.money >= 0 else th.BAD,
            bold=True,
        )
        if r.debt_before != r.debt_after:
            theme.text(surface, "GARAGE DEBT", 19, (x, y + 58 * s), th.MUTED, bold=True)
            theme.text(
                surface,
                f"{money(r.debt_before)}  »  {money(r.debt_after)}",
                26,
                (x, y + 78 * s),
                th.INK,
                bold=True,
            )
            y += 58 * s
        y += 64 * s
        theme.text(surface, f"Damage {round(o.damage * 100)}%", 22, (x, y), th.MUTED)
        y += 30 * s
        for note in r.notes:
            y = paragraph(surface, theme, note, 20, (x, y), panel.width - 56 * s, th.WARN, max_lines=2)
        saved_col = th.GOOD if r.saved.startswith("Progress saved") else th.WARN
        paragraph(
            surface,
            theme,
            r.saved,
            20,
            (x, panel.bottom - 34 * s),
            panel.width - 56 * s,
            saved_col,
            max_lines=1,
        )
        right = pygame.Rect(round(620 * s), round(156 * s), round(w - 680 * s), round(478 * s))
        theme.panel(surface, right, 200)
        lines = [(ln.speaker, ln.text) for ln in self.mission.debrief]
        dialogue(
            surface, theme, self.campaign.portraits, lines, right.inflate(round(-40 * s), round(-36 * s))
        )


class FailureScene(MenuScene):
    """A failed mission: the reason in plain words, the failure line, Retry or (after three) Skip."""

    name = "failure"
    box = (60, 520, 520, 0)
    row_h = 48
    font_size = 30
    hints = "Up/Down choose    Enter / A select"

    def __init__(self, app: AppContext, campaign: Campaign, result: Result) -> None:
        self.campaign = campaign
        self.result = result
        m = result.entry.mission
        assert m is not None
        self.mission: Mission = m
        self.headline, self.sentence = reason_words(result.outcome.reason)
        self.title = "Mission failed"
        self.subtitle = m.title
        super().__init__(app)

    def enter(self) -> None:
        self.app.audio.music(True)

    def rows(self) -> list[Row]:
        rows = [Row("Retry", self._retry)]
        if self.campaign.progress.can_skip(self.result.entry.id):
            rows.append(Row("Skip mission", self._skip, hint="No reward, but the story goes on"))
        rows.append(Row("Back to the campaign", lambda: back_to_campaign(self.app, self.campaign)))
        return rows

    def _retry(self) -> None:
        start_mission(self.app, self.campaign, self.result.entry)

    def _skip(self) -> None:
        line = self.campaign.skip(self.result.entry)
        if line:
            self.app.toast(f"Mission skipped. {line}")
        nxt = self.campaign.next_after(self.result.entry)
        if nxt is not None:
            play(self.app, self.campaign, nxt, replace=True)
        else:
            back_to_campaign(self.app, self.campaign)

    def back(self) -> None:
        self.app.sound("ui_back")
        back_to_campaign(self.app, self.campaign)

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        w, _h = surface.get_size()
        r = self.result
        panel = pygame.Rect(round(60 * s), round(156 * s), round(520 * s), round(340 * s))
        theme.panel(surface, panel, 210)
        pygame.draw.rect(
            surface, th.BAD, (panel.left, panel.top + 16 * s, round(6 * s), panel.height - 32 * s)
        )
        x, y = panel.left + 30 * s, panel.top + 24 * s
        theme.text(surface, self.headline.upper(), 58, (x, y), th.BAD, bold=True, italic=True)
        y = paragraph(surface, theme, self.sentence, 26, (x, y + 70 * s), panel.width - 60 * s, th.INK)
        rec = self.campaign.progress.missions.get(r.entry.id)
        fails = rec.failures if rec else 0
        y += 16 * s
        theme.text(
            surface,
            f"Time {clock(r.outcome.time_s)}    Damage {round(r.outcome.damage * 100)}%",
            22,
            (x, y),
            th.MUTED,
        )
        if r.entry.source == "campaign":
            theme.text(
                surface,
                f"Failed {fails} time{'s' if fails != 1 else ''}",
                22,
                (x, y + 32 * s),
                th.WARN if fails >= 3 else th.MUTED,
            )
            if not self.campaign.progress.can_skip(r.entry.id) and not (rec and rec.completed):
                theme.text(
                    surface, f"Skip opens after {max(0, 3 - fails)} more", 20, (x, y + 62 * s), th.FAINT
                )
        if r.saved:
            col = th.GOOD if r.saved.startswith("Progress saved") else th.WARN
            paragraph(
                surface,
                theme,
                r.saved,
                20,
                (x, panel.bottom - 34 * s),
                panel.width - 60 * s,
                col,
                max_lines=1,
            )
        right = pygame.Rect(round(620 * s), round(156 * s), round(w - 680 * s), round(478 * s))
        theme.panel(surface, right, 200)
        lines = [(ln.speaker, ln.text) for ln in self.mission.failure]
        dialogue(
            surface, theme, self.campaign.portraits, lines, right.inflate(round(-40 * s), round(-36 * s))
        )
