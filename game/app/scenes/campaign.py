"""The campaign menus: chapter select, custom missions, and Katie's garage.

The chapter select is where the campaign lives on the stack: the story
screens (briefing, mission, debrief) sit above it and come back to it with
:func:`back_to_campaign` (``app.flow.back_to_campaign``), which rebuilds it
when the game was started straight into a mission; they are opened through
``app.flow``, never imported from here.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.app.campaign import CHAPTERS, Campaign, clock, money
from game.app.scenes.base import Scene
from game.app.scenes.menu_scene import MenuScene, MessageScene
from game.app.ui import theme as th
from game.app.ui.story import MEDAL_COLOURS, VehicleArt, medal_badge, paragraph
from game.app.ui.widgets import Row

if TYPE_CHECKING:
    from game.app.scenes.base import App
    from game.content.missions import MissionEntry

STATE_COLOURS = {"locked": th.FAINT, "available": th.ACCENT_2, "done": th.GOOD, "skipped": th.MUTED}


def make_campaign(app: App, persist: bool = True) -> Campaign:
    """The campaign for this app: its data folder, mods folder, vehicles and rival skills."""
    skills: dict[str, object] = {}
    try:
        skills = dict(app.content.rivals().difficulties)
    except Exception as exc:  # rivals are tuning, not story: missions still run with default skills
        app.toast(f"Rival settings could not be read ({exc}); using defaults.")
    return Campaign(app.data_dir, app.content, skills, persist)


def back_to_campaign(app: App, campaign: Campaign) -> None:
    """Return to the chapter select below, or build menu + chapter select when there is none."""
    scene = app.stack.find(CampaignScene)
    if scene is None:
        app.flow.main_menu()
        app.stack.push(CampaignScene(app, campaign))
        return
    while app.stack.top is not scene and not app.stack.empty:
        app.stack.pop()


def _story(app: App, campaign: Campaign, entry: MissionEntry) -> None:
    """A row's action: open the mission's story over this screen."""
    app.flow.story(campaign, entry)


def open_mission(app: App, campaign: Campaign, mission_id: str, respect_locks: bool = True) -> Scene:
    """The briefing of a mission named by id or ``.toml`` path; a message screen if it cannot be played.

    A story mission still locked in the player's campaign is not opened
    (it was, and its failures went into the save): ``respect_locks`` False
    is for a campaign that is not saved (the autopilot watching a mission).
    """
    entry = campaign.find(mission_id)
    if entry is None and mission_id.endswith(".toml"):
        from game.content.errors import ContentError
        from game.content.missions import MissionEntry, load_mission

        path = Path(mission_id)
        try:
            m = load_mission(path, campaign.vehicles)
        except ContentError as exc:
            entry = MissionEntry(path.stem, path.stem, 0, path, "mod", None, str(exc))
        else:
            entry = MissionEntry(m.id, m.title, m.chapter, path, "mod", m)
    if entry is None:
        known = ", ".join(e.id for e in campaign.story)
        return MessageScene(
            app, "No such mission", [f"There is no mission '{mission_id}'.", f"Try one of: {known}"[:90]]
        )
    if entry.mission is None:
        first = (entry.error or "it could not be read").splitlines()[0]
        return MessageScene(app, "Mission cannot be played", [entry.file.name, first[:80], first[80:160]])
    if respect_locks and campaign.state(entry) == "locked":
        return MessageScene(
            app,
            "Mission locked",
            [
                f"'{entry.title}' opens when the missions before it are done.",
                "Play on from Campaign in the main menu, or watch it with",
                "--autopilot (then nothing is saved).",
            ],
        )
    return app.flow.briefing(campaign, entry, how=None)


class CampaignScene(MenuScene):
    """Chapter select: the chapter's missions with their state, money and the garage debt."""

    name = "campaign"
    title = "Campaign"
    box = (60, 156, 560, 0)
    row_h = 44
    font_size = 28
    hints = "Up/Down choose    Left/Right chapter    Enter / A play    Esc / B back"

    def __init__(self, app: App, campaign: Campaign | None = None) -> None:
        self.campaign = campaign if campaign is not None else make_campaign(app)
        self.art = VehicleArt()
        opened = [n for n in CHAPTERS if self.campaign.chapter_open(n)]
        self.chapter = max(opened) if opened else 1
        self._subtitle()
        super().__init__(app)
        self._focus_next()

    def _subtitle(self) -> None:
        p = self.campaign.progress
        debt = f"Katie's garage debt {money(p.debt)}" if p.debt else "Katie's garage is paid off"
        self.subtitle = f"Money {money(p.money)}   ·   {debt}"

    def _focus_next(self) -> None:
        """Put the focus on the mission to play next (the first available, not yet done)."""
        for i, row in enumerate(self.menu.rows):
            entry = getattr(row, "entry", None)
            if entry is not None and self.campaign.state(entry) == "available":
                self.menu.focus = i
                return

    def resume(self) -> None:
        """Back from a mission: progress changed, so states and money change too."""
        self._subtitle()
        self.rebuild()

    def rows(self) -> list[Row]:
        c = self.campaign
        rows = [Row("Chapter", value=self._chapter_label, change=self._change_chapter)]
        is_open = c.chapter_open(self.chapter)
        for entry in c.chapter(self.chapter):
            state = c.state(entry) if is_open else "locked"
            row = Row(
                f"{c.number(entry)}.  {entry.title}",
                partial(_story, self.app, c, entry) if state != "locked" else None,
                value=partial(self._state_label, entry, state),
                enabled=state != "locked",
            )
            row.entry = entry  # type: ignore[attr-defined]
            rows.append(row)
        if self.chapter == 1:
            rows.append(Row("Katie's garage", self._garage))
        rows.append(Row("Custom missions", self._custom, value=lambda: str(len(c.custom))))
        return rows

    def _chapter_label(self) -> str:
        ch = CHAPTERS.get(self.chapter)
        lock = "" if self.campaign.chapter_open(self.chapter) else "  (locked)"
        return f"{self.chapter} · {ch.title if ch else ''}{lock}"

    def _state_label(self, entry: MissionEntry, state: str) -> str:
        if state == "done":
            rec = self.campaign.progress.missions.get(entry.id)
            if rec is not None:
                medal = f"{rec.medal}  " if rec.medal else ""
                return f"{medal}{clock(rec.best_time_s)}"
        return state

    def _change_chapter(self, step: int) -> None:
        numbers = sorted(CHAPTERS)
        k = numbers.index(self.chapter) if self.chapter in numbers else 0
        self.chapter = numbers[(k + step) % len(numbers)]
        self.menu.rows = self.rows()
        self.menu.focus = 0

    def _garage(self) -> None:
        self.app.flow.garage(self.campaign)

    def _custom(self) -> None:
        self.app.stack.push(CustomMissionsScene(self.app, self.campaign))

    # -- drawing ------------------------------------------------------------------------

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        w, _h = surface.get_size()
        c = self.campaign
        if c.messages:
            box = pygame.Rect(round(w - 620 * s), round(30 * s), round(560 * s), round(96 * s))
            theme.panel(surface, box, 235)
            pygame.draw.rect(
                surface, th.WARN, (box.left, box.top + 12 * s, round(5 * s), box.height - 24 * s)
            )
            paragraph(
                surface,
                theme,
                "  ".join(c.messages),
                20,
                (box.left + 20 * s, box.top + 12 * s),
                box.width - 36 * s,
                th.WARN,
                max_lines=3,
            )
        panel = pygame.Rect(round(660 * s), round(156 * s), round(w - 720 * s), round(478 * s))
        theme.panel(surface, panel, 200)
        row = self.menu.rows[self.menu.focus] if self.menu.rows else None
        entry: MissionEntry | None = getattr(row, "entry", None)
        if entry is None or entry.mission is None:
            self._chapter_card(surface, panel)
        else:
            self._mission_card(surface, panel, entry)

    def _chapter_card(self, surface: pygame.Surface, panel: pygame.Rect) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        ch = CHAPTERS.get(self.chapter)
        if ch is None:
            return
        x, y = panel.left + 30 * s, panel.top + 26 * s
        theme.text(surface, f"CHAPTER {ch.number}", 22, (x, y), th.ACCENT, bold=True)
        theme.text(surface, ch.title, 56, (x, y + 28 * s), th.INK, bold=True, italic=True)
        theme.text(surface, ch.setting, 24, (x, y + 84 * s), th.MUTED)
        y += 130 * s
        for line in ch.mood:
            y = paragraph(surface, theme, line, 24, (x, y), panel.width - 60 * s, th.INK, italic=True) + 6 * s
        missions = self.campaign.chapter(self.chapter)
        done = sum(1 for e in missions if self.campaign.state(e) in ("done", "skipped"))
        y = panel.bottom - 86 * s
        theme.text(surface, f"{done} of {len(missions)} missions done", 24, (x, y), th.ACCENT_2, bold=True)
        if not self.campaign.chapter_open(self.chapter):
            theme.text(
                surface,
                "Locked: finish the chapter before it to open this one.",
                22,
                (x, y + 34 * s),
                th.WARN,
            )
        else:
            medals = [
                self.campaign.progress.missions[e.id].medal
                for e in missions
                if e.id in self.campaign.progress.missions
            ]
            golds = sum(1 for m in medals if m == "gold")
            theme.text(
                surface,
                f"{golds} gold medal{'s' if golds != 1 else ''}",
                22,
                (x, y + 34 * s),
                MEDAL_COLOURS["gold"],
            )

    def _mission_card(self, surface: pygame.Surface, panel: pygame.Rect, entry: MissionEntry) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        c = self.campaign
        m = entry.mission
        assert m is not None
        x, y = panel.left + 30 * s, panel.top + 24 * s
        state = c.state(entry)
        theme.text(
            surface, f"CHAPTER {m.chapter}  ·  MISSION {c.number(entry)}", 20, (x, y), th.ACCENT, bold=True
        )
        theme.text(
            surface,
            state.upper(),
            20,
            (panel.right - 30 * s, y),
            STATE_COLOURS.get(state, th.INK),
            anchor="topright",
            bold=True,
        )
        theme.text(surface, m.title, 48, (x, y + 26 * s), th.INK, bold=True, italic=True)
        y = paragraph(surface, theme, m.place, 22, (x, y + 80 * s), panel.width - 60 * s, th.MUTED)
        pic = round(92 * s)
        face = c.portraits.get(m.player.driver, pic)
        theme.image(surface, face, face.get_rect(topleft=(x, y + 12 * s)), f"portrait of {m.player.driver}")
        spec = c.vehicles.get(m.player.vehicle)
        who = theme.text(surface, m.player.driver, 26, (x + pic + 16 * s, y + 24 * s), th.INK, bold=True)
        car = theme.text(
            surface, spec.name if spec else m.player.vehicle, 22, (x + pic + 16 * s, y + 54 * s), th.MUTED
        )
        if spec is not None:  # the car in the room right of the names, as big as fits
            left = max(who.right, car.right) + round(20 * s)
            box = pygame.Rect(left, round(y + 6 * s), round(panel.right - 24 * s) - left, round(112 * s))
            if box.width >= 60 * s:
                art, spot = self.art.fitted(spec, box)
                theme.image(surface, art, spot, f"picture of {spec.name}")
        y += 124 * s
        goal = m.objectives[0].text if m.objectives else ""
        theme.text(surface, "GOAL", 19, (x, y), th.MUTED, bold=True)
        y = paragraph(surface, theme, goal, 22, (x, y + 22 * s), panel.width - 60 * s, th.INK, max_lines=2)
        rec = c.progress.missions.get(entry.id)
        y = panel.bottom - 92 * s
        if state == "locked":
            theme.text(
                surface, "Finish the mission before it to play this one.", 22, (x, y + 30 * s), th.WARN
            )
            return
        theme.text(surface, "BEST", 19, (x, y), th.MUTED, bold=True)
        theme.text(surface, clock(rec.best_time_s if rec else None), 34, (x, y + 22 * s), th.INK, bold=True)
        fails = rec.failures if rec else 0
        theme.text(surface, "ATTEMPTS FAILED", 19, (x + 190 * s, y), th.MUTED, bold=True)
        theme.text(
            surface, str(fails), 34, (x + 190 * s, y + 22 * s), th.BAD if fails >= 3 else th.INK, bold=True
        )
        medal_badge(surface, theme, rec.medal if rec else "", (panel.right - 80 * s, y + 34 * s), 34 * s)


class CustomMissionsScene(MenuScene):
    """Missions from the mods folder; broken ones are listed with their problem and cannot start."""

    name = "custom-missions"
    title = "Custom missions"
    box = (60, 170, 520, 0)
    row_h = 48
    font_size = 28

    def __init__(self, app: App, campaign: Campaign) -> None:
        self.campaign = campaign
        folder = app.content.mods_dir
        self.subtitle = f"Mission .toml files in {folder}" if folder else "No mods folder"
        super().__init__(app)

    def rows(self) -> list[Row]:
        rows = []
        for entry in self.campaign.custom[:9]:
            ok = entry.error is None and entry.mission is not None
            row = Row(
                entry.title,
                partial(_story, self.app, self.campaign, entry) if ok else self._broken,
                value=partial(str, "ready" if ok else "broken"),
            )
            row.entry = entry  # type: ignore[attr-defined]
            rows.append(row)
        rows.append(Row("Back", self.back))
        return rows

    def _broken(self) -> None:
        self.app.toast("This mission has problems; fix the file and open the campaign again.")

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        w, _h = surface.get_size()
        panel = pygame.Rect(round(620 * s), round(170 * s), round(w - 680 * s), round(460 * s))
        theme.panel(surface, panel, 200)
        x, y = panel.left + 26 * s, panel.top + 22 * s
        row = self.menu.rows[self.menu.focus] if self.menu.rows else None
        entry: MissionEntry | None = getattr(row, "entry", None)
        if not self.campaign.custom:
            theme.text(surface, "No custom missions yet.", 30, (x, y), th.INK, bold=True)
            paragraph(
                surface,
                theme,
                "Put a mission file (and its map, if it brings one) in the mods folder; "
                "campaign files in levels/campaign show every field.",
                22,
                (x, y + 50 * s),
                panel.width - 52 * s,
                th.MUTED,
            )
            return
        if entry is None:
            theme.text(surface, f"{len(self.campaign.custom)} found", 28, (x, y), th.INK, bold=True)
            return
        theme.text(surface, entry.file.name, 22, (x, y), th.MUTED)
        if entry.error is not None:
            theme.text(surface, "Cannot be played", 32, (x, y + 30 * s), th.BAD, bold=True)
            paragraph(
                surface,
                theme,
                entry.error.replace("\n", "  "),
                20,
                (x, y + 76 * s),
                panel.width - 52 * s,
                th.INK,
                max_lines=14,
            )
            return
        m = entry.mission
        assert m is not None
        theme.text(surface, m.title, 40, (x, y + 30 * s), th.INK, bold=True, italic=True)
        y = paragraph(surface, theme, m.place, 22, (x, y + 80 * s), panel.width - 52 * s, th.MUTED)
        for o in m.objectives[:5]:
            y = paragraph(surface, theme, "•  " + o.text, 22, (x, y + 8 * s), panel.width - 52 * s, th.INK)
