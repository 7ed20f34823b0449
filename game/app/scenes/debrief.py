"""After a mission: the debrief of a win, the failure screen of a loss.

Both show the attempt as the campaign recorded and saved it (the
:class:`~game.app.campaign.Result`), with the mission's closing lines; from
here the player goes on, retries, skips or goes back, through ``app.flow``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.app.campaign import Campaign, Result, clock, money, reason_words
from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.story import dialogue, medal_badge, paragraph
from game.app.ui.widgets import Row

if TYPE_CHECKING:
    from game.app.scenes.base import App
    from game.sim.mission.spec import Mission


class DebriefScene(MenuScene):
    """A won mission: medal, time, money and the debt, unlocks, the save, and the debrief lines."""

    name = "debrief"
    box = (60, 552, 520, 0)
    row_h = 44
    font_size = 28
    hints = "Up/Down choose    Enter / A select"

    def __init__(self, app: App, campaign: Campaign, result: Result) -> None:
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
        rows.append(Row("Back to the campaign", lambda: self.app.flow.back_to_campaign(self.campaign)))
        return rows

    def _continue(self) -> None:
        r = self.result
        if self.mission.chapter == 1 and r.entry.source == "campaign":
            self.app.flow.garage(self.campaign, r.debt_before, self.next, how="replace")
        elif self.next is not None:
            self.app.flow.story(self.campaign, self.next, how="replace")
        else:
            self.app.flow.back_to_campaign(self.campaign)

    def _retry(self) -> None:
        self.app.flow.mission(self.campaign, self.result.entry)

    def back(self) -> None:
        self.app.sound("ui_back")
        self.app.flow.back_to_campaign(self.campaign)

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

    def __init__(self, app: App, campaign: Campaign, result: Result) -> None:
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
        rows.append(Row("Back to the campaign", lambda: self.app.flow.back_to_campaign(self.campaign)))
        return rows

    def _retry(self) -> None:
        self.app.flow.mission(self.campaign, self.result.entry)

    def _skip(self) -> None:
        line = self.campaign.skip(self.result.entry)
        if line:
            self.app.toast(f"Mission skipped. {line}")
        nxt = self.campaign.next_after(self.result.entry)
        if nxt is not None:
            self.app.flow.story(self.campaign, nxt, how="replace")
        else:
            self.app.flow.back_to_campaign(self.campaign)

    def back(self) -> None:
        self.app.sound("ui_back")
        self.app.flow.back_to_campaign(self.campaign)

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
