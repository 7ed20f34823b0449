"""Settings: display, sound, units, and the rebinding screen for keyboard and gamepad.

Every change is applied and saved at once (atomically, see
:mod:`game.content.settings`): there is no Apply button to forget.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Literal

import pygame

from game.app.input import binding_label
from game.app.scenes.menu_scene import MenuScene
from game.app.ui import theme as th
from game.app.ui.widgets import Row
from game.content.settings import ACTIONS, PLAYER_COLOURS, UNITS, Settings, default_gamepad, default_keyboard

if TYPE_CHECKING:
    from game.app.scenes.base import App

ACTION_LABELS = {
    "throttle": "Throttle",
    "brake": "Brake / reverse",
    "steer_left": "Steer left",
    "steer_right": "Steer right",
    "handbrake": "Handbrake",
    "nitrous": "Nitrous",
    "respawn": "Reset car",
    "pause": "Pause",
}


def _pct(v: float) -> str:
    return f"{round(v * 100)}%"


def _next_colour(current: str, step: int) -> str:
    """The player colour ``step`` places on from ``current`` in :data:`PLAYER_COLOURS` (wrapping)."""
    names = list(PLAYER_COLOURS)
    i = names.index(current) if current in names else 0
    return names[(i + step) % len(names)]


class SettingsScene(MenuScene):
    name = "settings"
    title = "Settings"
    subtitle = "Changes apply and are saved straight away."
    box = (70, 160, 760, 0)
    row_h = 46
    font_size = 30

    def rows(self) -> list[Row]:
        return [
            Row(
                "Resolution",
                value=lambda: "{}×{}".format(*self.app.settings.resolution),
                change=self._resolution,
            ),
            Row(
                "Fullscreen",
                value=lambda: "On" if self.app.settings.fullscreen else "Off",
                change=lambda _d: self._set(fullscreen=not self.app.settings.fullscreen),
            ),
            Row(
                "VSync",
                value=lambda: "On" if self.app.settings.vsync else "Off",
                change=lambda _d: self._set(vsync=not self.app.settings.vsync),
            ),
            Row(
                "Master volume",
                value=lambda: _pct(self.app.settings.master_volume),
                change=lambda d: self._volume("master_volume", d),
            ),
            Row(
                "Music volume",
                value=lambda: _pct(self.app.settings.music_volume),
                change=lambda d: self._volume("music_volume", d),
            ),
            Row(
                "Race music",
                value=lambda: (
                    _pct(self.app.settings.race_music_volume)
                    if self.app.settings.race_music_volume > 0
                    else "Off"
                ),
                change=lambda d: self._volume("race_music_volume", d),
            ),
            Row(
                "Effects volume",
                value=lambda: _pct(self.app.settings.effects_volume),
                change=lambda d: self._volume("effects_volume", d),
            ),
            Row(
                "Speed units",
                value=lambda: "km/h" if self.app.settings.units == "kmh" else "mph",
                change=self._units,
            ),
            Row(
                "Player colour",
                value=lambda: (
                    "Car's own"
                    if self.app.settings.player_colour == "car"
                    else self.app.settings.player_colour.title()
                ),
                change=lambda d: self._set(player_colour=_next_colour(self.app.settings.player_colour, d)),
            ),
            Row("Keyboard controls", lambda: self.app.stack.push(ControlsScene(self.app, "keyboard"))),
            Row("Gamepad controls", lambda: self.app.stack.push(ControlsScene(self.app, "gamepad"))),
            Row("Back", self.back),
        ]

    def _set(self, **changes: object) -> None:
        self.app.change_settings(replace(self.app.settings, **changes))  # type: ignore[arg-type]

    def _resolution(self, step: int) -> None:
        """Smaller or larger, stopping at the ends (it wrapped from the smallest to beyond the screen)."""
        offered = self.app.resolutions
        res = self.app.settings.resolution
        if res in offered:
            i = offered.index(res) + step
        else:  # a size this screen does not offer: step from the largest below it
            i = sum(1 for r in offered if r[0] * r[1] <= res[0] * res[1]) - 1 + max(step, 0)
        self._set(resolution=offered[max(0, min(len(offered) - 1, i))])

    def _volume(self, name: str, step: int) -> None:
        value = getattr(self.app.settings, name)
        self._set(**{name: round(max(0.0, min(1.0, value + 0.1 * step)), 2)})
        self.app.sound("ui_move")

    def _units(self, step: int) -> None:
        i = UNITS.index(self.app.settings.units)
        self._set(units=UNITS[(i + step) % len(UNITS)])

    def draw_extra(self, surface: pygame.Surface) -> None:
        theme = self.app.theme
        s = theme.scale(surface)
        w, _h = surface.get_size()
        panel = pygame.Rect(round(w - 400 * s), round(170 * s), round(330 * s), round(220 * s))
        theme.panel(surface, panel, 170)
        pads = self.app.input.pad_names
        theme.text(surface, "Gamepads", 26, (panel.left + 20 * s, panel.top + 16 * s), th.ACCENT, bold=True)
        lines = pads or ["None connected.", "Plug one in at any time."]
        for k, line in enumerate(lines[:4]):
            theme.text(
                surface,
                line[:30],
                22,
                (panel.left + 20 * s, panel.top + (56 + 30 * k) * s),
                th.INK if pads else th.MUTED,
            )
        audio = "on" if self.app.audio.available else "off (no audio device)"
        theme.text(surface, f"Sound: {audio}", 20, (panel.left + 20 * s, panel.bottom - 34 * s), th.MUTED)


class ControlsScene(MenuScene):
    """Rebinding: pick an action, press the new key (or button / stick / trigger)."""

    name = "controls"
    box = (70, 170, 900, 0)
    row_h = 46
    font_size = 28

    def __init__(self, app: App, device: Literal["keyboard", "gamepad"]) -> None:
        self.device = device
        self.title = "Keyboard" if device == "keyboard" else "Gamepad"
        self.subtitle = "Select an action, then press what should do it. Esc cancels."
        self.waiting: str | None = None
        super().__init__(app)
        self.hints = "Enter / A rebind   Del clear   Esc / B back"

    def _table(self) -> dict[str, list[str]]:
        st = self.app.settings
        return st.keyboard if self.device == "keyboard" else st.gamepad

    def rows(self) -> list[Row]:
        rows = [
            Row(
                ACTION_LABELS[a],
                (lambda a=a: self._listen(a)),  # type: ignore[misc]
                value=(lambda a=a: self._value(a)),  # type: ignore[misc]
            )
            for a in ACTIONS
        ]
        rows.append(Row("Reset to defaults", self._defaults))
        rows.append(Row("Back", self.back))
        return rows

    def _value(self, action: str) -> str:
        if self.waiting == action:
            return "press a key…" if self.device == "keyboard" else "press a button or move a stick…"
        names = self._table().get(action, [])
        return "  /  ".join(binding_label(n) for n in names) or "— unbound —"

    def _listen(self, action: str) -> None:
        self.waiting = action

    def _defaults(self) -> None:
        st = self.app.settings
        new: Settings = (
            replace(st, keyboard=default_keyboard())
            if self.device == "keyboard"
            else replace(st, gamepad=default_gamepad())
        )
        self.app.change_settings(new)
        self.app.toast("Controls reset to defaults.")

    def handle_event(self, event: pygame.event.Event) -> None:
        if self.waiting is None:
            if event.type == pygame.KEYDOWN and event.key == pygame.K_DELETE:
                action = ACTIONS[self.menu.focus] if self.menu.focus < len(ACTIONS) else None
                if action is not None:
                    self.app.change_settings(self.app.settings.with_binding(self.device, action, []))
                return
            super().handle_event(event)
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.waiting = None
            self.app.sound("ui_back")
            return
        name = self.app.input.capture(event, self.device)
        if name is None:
            return
        action, self.waiting = self.waiting, None
        current = [n for n in self._table().get(action, []) if n != name]
        # the new binding goes first; one old alternative stays (arrows and WASD both drive)
        names = [name, *current[:1]]
        self.app.change_settings(self.app.settings.with_binding(self.device, action, names))
        self.app.sound("ui_accept")
