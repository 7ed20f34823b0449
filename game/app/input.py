"""Devices to commands: keyboard and SDL game controllers produce ``Controls``.

Bindings are data (names stored in the settings, see
:mod:`game.content.settings`), so rebinding is an edit to a table and the
same mapper serves the race, the menus and the rebinding screen. State is
built from events only (never from ``pygame.key.get_pressed``), which keeps
the mapper deterministic under scripted events in tests.

Game controllers are opened on ``CONTROLLERDEVICEADDED`` and forgotten on
``CONTROLLERDEVICEREMOVED``; losing the pad that was driving produces a
:class:`PadDisconnected` notice, and the race scene pauses on it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import pygame

from game.content.settings import Settings
from game.sim.controls import Controls

if TYPE_CHECKING:
    from game.sim.snapshot import VehicleView
    from game.sim.vehicle import VehicleSpec

log = logging.getLogger(__name__)

MenuAction = Literal["up", "down", "left", "right", "accept", "back"]

BUTTON_NAMES: dict[int, str] = {
    pygame.CONTROLLER_BUTTON_A: "a",
    pygame.CONTROLLER_BUTTON_B: "b",
    pygame.CONTROLLER_BUTTON_X: "x",
    pygame.CONTROLLER_BUTTON_Y: "y",
    pygame.CONTROLLER_BUTTON_BACK: "back",
    pygame.CONTROLLER_BUTTON_GUIDE: "guide",
    pygame.CONTROLLER_BUTTON_START: "start",
    pygame.CONTROLLER_BUTTON_LEFTSTICK: "leftstick",
    pygame.CONTROLLER_BUTTON_RIGHTSTICK: "rightstick",
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: "leftshoulder",
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: "rightshoulder",
    pygame.CONTROLLER_BUTTON_DPAD_UP: "dpup",
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: "dpdown",
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: "dpleft",
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "dpright",
}
AXIS_NAMES: dict[int, str] = {
    pygame.CONTROLLER_AXIS_LEFTX: "leftx",
    pygame.CONTROLLER_AXIS_LEFTY: "lefty",
    pygame.CONTROLLER_AXIS_RIGHTX: "rightx",
    pygame.CONTROLLER_AXIS_RIGHTY: "righty",
    pygame.CONTROLLER_AXIS_TRIGGERLEFT: "lefttrigger",
    pygame.CONTROLLER_AXIS_TRIGGERRIGHT: "righttrigger",
}
TRIGGERS = ("lefttrigger", "righttrigger")
TRIGGER_DEAD_ZONE = 0.05
CAPTURE_THRESHOLD = 0.6
"""How far a stick or trigger must move to count as a press (menus, rebinding)."""

_MENU_KEYS: dict[int, MenuAction] = {
    pygame.K_UP: "up",
    pygame.K_w: "up",
    pygame.K_DOWN: "down",
    pygame.K_s: "down",
    pygame.K_LEFT: "left",
    pygame.K_a: "left",
    pygame.K_RIGHT: "right",
    pygame.K_d: "right",
    pygame.K_RETURN: "accept",
    pygame.K_KP_ENTER: "accept",
    pygame.K_SPACE: "accept",
    pygame.K_ESCAPE: "back",
    pygame.K_BACKSPACE: "back",
}
_MENU_BUTTONS: dict[str, MenuAction] = {
    "dpup": "up",
    "dpdown": "down",
    "dpleft": "left",
    "dpright": "right",
    "a": "accept",
    "start": "accept",
    "b": "back",
    "back": "back",
}


@dataclass(frozen=True, slots=True)
class PadConnected:
    name: str


@dataclass(frozen=True, slots=True)
class PadDisconnected:
    name: str
    was_driving: bool
    """True if this pad was the one that last moved the car."""


Notice = PadConnected | PadDisconnected


@dataclass(slots=True)
class Pad:
    """One open game controller and what its axes and buttons read right now."""

    instance_id: int
    name: str
    handle: Any = None
    """The pygame Controller (None for a scripted pad in tests); kept so it stays open."""
    axes: dict[str, float] = field(default_factory=dict)
    buttons: set[str] = field(default_factory=set)


def _open_controller(device_index: int) -> Pad | None:
    """Open the SDL game controller at ``device_index``; None if it is not one or fails."""
    from pygame._sdl2 import controller

    try:
        if not controller.get_init():
            controller.init()
        if not controller.is_controller(device_index):
            return None
        pad = controller.Controller(device_index)
        instance_id = pad.as_joystick().get_instance_id()
        return Pad(instance_id, pad.name or "Gamepad", pad)
    except pygame.error as exc:
        log.warning("could not open game controller %d: %s", device_index, exc)
        return None


def key_name(key: int) -> str:
    return pygame.key.name(key)


def binding_label(name: str) -> str:
    """A short human label for a stored binding name (``axis:leftx-`` → ``L stick left``)."""
    if name.startswith("button:"):
        button = name[7:]
        pretty = {
            "dpup": "D-pad up",
            "dpdown": "D-pad down",
            "dpleft": "D-pad left",
            "dpright": "D-pad right",
            "leftshoulder": "LB",
            "rightshoulder": "RB",
            "leftstick": "L3",
            "rightstick": "R3",
        }
        return pretty.get(button, button.upper() if len(button) == 1 else button.title())
    if name.startswith("axis:"):
        axis = name[5:]
        sign = {"-": " left", "+": " right"}.get(axis[-1], "") if axis.endswith(("-", "+")) else ""
        base = axis.rstrip("+-")
        if base.endswith("y") and sign:
            sign = " up" if sign == " left" else " down"
        pretty = {
            "leftx": "L stick",
            "lefty": "L stick",
            "rightx": "R stick",
            "righty": "R stick",
            "lefttrigger": "LT",
            "righttrigger": "RT",
        }
        return pretty.get(base, base) + sign
    return name.upper() if len(name) == 1 else name.title()


def _held(state: Any, code: int) -> bool:
    """One key of ``pygame.key.get_pressed()``; a code it cannot index counts as up."""
    try:
        return bool(state[code])
    except (IndexError, KeyError, TypeError):
        return False


class InputMapper:
    """Turns events into ``Controls``, menu actions and rebinding captures."""

    def __init__(self, settings: Settings, open_pad: Callable[[int], Pad | None] = _open_controller) -> None:
        self._open_pad = open_pad
        self.pads: dict[int, Pad] = {}
        self._keys_down: set[int] = set()
        self._driving_pad: int | None = None
        self._stick_latch: dict[tuple[int, str], int] = {}
        self.apply_settings(settings)

    def apply_settings(self, settings: Settings) -> None:
        """Rebuild the lookup tables from the (possibly rebound) settings."""
        self.dead_zone = settings.dead_zone
        self._key_actions: dict[int, list[str]] = {}
        for action, names in settings.keyboard.items():
            for name in names:
                try:
                    code = pygame.key.key_code(name)
                except ValueError:
                    log.warning("unknown key name %r bound to %s; ignored", name, action)
                    continue
                self._key_actions.setdefault(code, []).append(action)
        self._pad_bindings = {a: list(ns) for a, ns in settings.gamepad.items()}

    # -- events ---------------------------------------------------------------

    def process(self, event: pygame.event.Event) -> list[Notice]:
        """Update held state from one event; returns hot-plug notices."""
        kind = event.type
        if kind == pygame.KEYDOWN:
            self._keys_down.add(event.key)
        elif kind == pygame.KEYUP:
            self._keys_down.discard(event.key)
        elif kind == pygame.CONTROLLERDEVICEADDED:
            return self._added(event.device_index)
        elif kind == pygame.CONTROLLERDEVICEREMOVED:
            return self._removed(event.instance_id)
        elif kind == pygame.CONTROLLERAXISMOTION:
            pad = self.pads.get(event.instance_id)
            name = AXIS_NAMES.get(event.axis)
            if pad is not None and name is not None:
                pad.axes[name] = max(-1.0, min(1.0, event.value / 32767.0))
                if abs(pad.axes[name]) > CAPTURE_THRESHOLD:
                    self._driving_pad = pad.instance_id
        elif kind in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP):
            pad = self.pads.get(event.instance_id)
            name = BUTTON_NAMES.get(event.button)
            if pad is not None and name is not None:
                if kind == pygame.CONTROLLERBUTTONDOWN:
                    pad.buttons.add(name)
                    self._driving_pad = pad.instance_id
                else:
                    pad.buttons.discard(name)
        return []

    def _added(self, device_index: int) -> list[Notice]:
        pad = self._open_pad(device_index)
        if pad is None or pad.instance_id in self.pads:
            return []
        self.add_pad(pad)
        return [PadConnected(pad.name)]

    def add_pad(self, pad: Pad) -> None:
        """Start reading a pad (called on hot-plug; tests add scripted pads directly)."""
        self.pads[pad.instance_id] = pad

    def _removed(self, instance_id: int) -> list[Notice]:
        pad = self.pads.pop(instance_id, None)
        if pad is None:
            return []
        was_driving = self._driving_pad == instance_id
        if was_driving:
            self._driving_pad = None
        if pad.handle is not None:
            with contextlib.suppress(pygame.error):
                pad.handle.quit()
        return [PadDisconnected(pad.name, was_driving)]

    def resync(self, pressed: Callable[[], Any] | None = None) -> None:
        """Hold what the keyboard holds right now, on top of what the events said (a resumed race).

        The events go on being read under a pause, so a key held through it is
        still down here; the keyboard's own state adds one pressed while the
        window had lost the focus (its key-down went to another window).
        ``pressed`` is ``pygame.key.get_pressed`` unless a test scripts it.
        """
        state = (pressed or pygame.key.get_pressed)()
        self._keys_down |= {code for code in self._key_actions if _held(state, code)}

    def release_all(self) -> None:
        """Forget held keys and buttons (focus lost: the key-up events will never come)."""
        self._keys_down.clear()
        for pad in self.pads.values():
            pad.buttons.clear()
            pad.axes.clear()

    # -- reading --------------------------------------------------------------

    def _axis(self, pad: Pad, name: str) -> float:
        raw = pad.axes.get(name, 0.0)
        dz = TRIGGER_DEAD_ZONE if name in TRIGGERS else self.dead_zone
        mag = abs(raw)
        if mag <= dz:
            return 0.0
        scaled = min(1.0, (mag - dz) / (1.0 - dz))
        return scaled if raw > 0 else -scaled

    def _pad_strength(self, pad: Pad, name: str) -> float:
        if name.startswith("button:"):
            return 1.0 if name[7:] in pad.buttons else 0.0
        if name.startswith("axis:"):
            axis = name[5:]
            if axis.endswith("+"):
                return max(0.0, self._axis(pad, axis[:-1]))
            if axis.endswith("-"):
                return max(0.0, -self._axis(pad, axis[:-1]))
            return max(0.0, self._axis(pad, axis))
        return 0.0

    def strength(self, action: str) -> float:
        """How hard an action is held, 0..1: keys count 1, sticks and triggers in between."""
        best = 0.0
        for key in self._keys_down:
            if action in self._key_actions.get(key, ()):
                return 1.0
        names = self._pad_bindings.get(action, [])
        for pad in self.pads.values():
            for name in names:
                best = max(best, self._pad_strength(pad, name))
        return best

    def controls(self) -> Controls:
        """The player's driving command right now."""
        return Controls(
            throttle=self.strength("throttle"),
            brake=self.strength("brake"),
            steer=self.strength("steer_right") - self.strength("steer_left"),
            handbrake=self.strength("handbrake") > 0.5,
            nitrous=self.strength("nitrous") > 0.5,
        )

    def driving(self, spec: VehicleSpec, view: VehicleView) -> Controls:
        """The player's controls for a car in motion: with the steering assist applied.

        A key is all or nothing; the assist (``game.sim.assist``) turns a full
        press at speed into the tightest turn the tyres can hold, not a spin.
        """
        from game.sim.assist import assisted  # the sim loads with the first race, not the menu

        return assisted(self.controls(), spec, view)

    def pressed(self, event: pygame.event.Event, action: str) -> bool:
        """Whether this event is a fresh press of a bound action (pause, respawn)."""
        if event.type == pygame.KEYDOWN:
            return action in self._key_actions.get(event.key, ())
        if event.type == pygame.CONTROLLERBUTTONDOWN:
            name = BUTTON_NAMES.get(event.button)
            return name is not None and "button:" + name in self._pad_bindings.get(action, [])
        return False

    def menu_action(self, event: pygame.event.Event) -> MenuAction | None:
        """Menu navigation from keys, d-pad, face buttons or a stick flick (one per flick)."""
        if event.type == pygame.KEYDOWN:
            return _MENU_KEYS.get(event.key)
        if event.type == pygame.CONTROLLERBUTTONDOWN:
            return _MENU_BUTTONS.get(BUTTON_NAMES.get(event.button, ""))
        if event.type == pygame.CONTROLLERAXISMOTION:
            name = AXIS_NAMES.get(event.axis)
            if name not in ("leftx", "lefty"):
                return None
            value = event.value / 32767.0
            key = (event.instance_id, name)
            direction = 1 if value > CAPTURE_THRESHOLD else -1 if value < -CAPTURE_THRESHOLD else 0
            if abs(value) < 0.3:
                self._stick_latch[key] = 0
            if direction == 0 or self._stick_latch.get(key, 0) == direction:
                return None
            self._stick_latch[key] = direction
            if name == "leftx":
                return "right" if direction > 0 else "left"
            return "down" if direction > 0 else "up"
        return None

    def capture(self, event: pygame.event.Event, device: Literal["keyboard", "gamepad"]) -> str | None:
        """The binding name this event would bind, for the rebinding screen."""
        if device == "keyboard" and event.type == pygame.KEYDOWN:
            return key_name(event.key) or None
        if device == "gamepad" and event.type == pygame.CONTROLLERBUTTONDOWN:
            name = BUTTON_NAMES.get(event.button)
            return "button:" + name if name else None
        if device == "gamepad" and event.type == pygame.CONTROLLERAXISMOTION:
            name = AXIS_NAMES.get(event.axis)
            value = event.value / 32767.0
            if name is None or abs(value) < CAPTURE_THRESHOLD:
                return None
            if name in TRIGGERS:
                return "axis:" + name
            return f"axis:{name}{'+' if value > 0 else '-'}"
        return None

    @property
    def pad_names(self) -> list[str]:
        return [p.name for p in self.pads.values()]
