"""Devices to Controls: keyboard, gamepad axes with dead zones, rebinding, hot-plug, menus."""

from __future__ import annotations

import pygame
import pytest

from game.app.input import InputMapper, Pad, PadConnected, PadDisconnected, binding_label
from game.content.settings import Settings
from game.sim.controls import Controls


@pytest.fixture(autouse=True)
def _pygame() -> None:
    pygame.display.init()


def key(kind: int, code: int) -> pygame.event.Event:
    return pygame.event.Event(kind, key=code)


def axis(pad: int, which: int, value: float) -> pygame.event.Event:
    return pygame.event.Event(
        pygame.CONTROLLERAXISMOTION, instance_id=pad, axis=which, value=round(value * 32767)
    )


def button(pad: int, which: int, down: bool = True) -> pygame.event.Event:
    kind = pygame.CONTROLLERBUTTONDOWN if down else pygame.CONTROLLERBUTTONUP
    return pygame.event.Event(kind, instance_id=pad, button=which)


def test_keyboard_arrows_and_wasd_drive() -> None:
    mapper = InputMapper(Settings())
    assert mapper.controls() == Controls()
    for code in (pygame.K_w, pygame.K_LEFT, pygame.K_SPACE, pygame.K_LSHIFT):
        mapper.process(key(pygame.KEYDOWN, code))
    assert mapper.controls() == Controls(throttle=1.0, steer=-1.0, handbrake=True, nitrous=True)
    mapper.process(key(pygame.KEYUP, pygame.K_w))
    mapper.process(key(pygame.KEYDOWN, pygame.K_DOWN))
    mapper.process(key(pygame.KEYDOWN, pygame.K_d))
    c = mapper.controls()
    assert (c.throttle, c.brake, c.steer) == (0.0, 1.0, 0.0)  # left and right cancel


def test_rebinding_changes_what_a_key_does() -> None:
    mapper = InputMapper(Settings())
    mapper.process(key(pygame.KEYDOWN, pygame.K_SPACE))
    assert mapper.controls().handbrake and not mapper.controls().nitrous
    mapper.apply_settings(Settings().with_binding("keyboard", "nitrous", ["space"]))
    assert mapper.controls().nitrous and not mapper.controls().handbrake
    assert mapper.pressed(key(pygame.KEYDOWN, pygame.K_SPACE), "nitrous")


def test_focus_loss_releases_held_keys() -> None:
    mapper = InputMapper(Settings())
    mapper.process(key(pygame.KEYDOWN, pygame.K_UP))
    mapper.release_all()
    assert mapper.controls().throttle == 0.0


def test_gamepad_analog_steer_with_dead_zone_and_triggers() -> None:
    mapper = InputMapper(Settings(), open_pad=lambda index: Pad(40 + index, "Test Pad"))
    notices = mapper.process(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=2))
    assert notices == [PadConnected("Test Pad")]
    pad = 42
    mapper.process(axis(pad, pygame.CONTROLLER_AXIS_LEFTX, 0.1))  # inside the dead zone
    assert mapper.controls().steer == 0.0
    mapper.process(axis(pad, pygame.CONTROLLER_AXIS_LEFTX, 0.575))  # halfway out of a 0.15 zone
    assert mapper.controls().steer == pytest.approx(0.5, abs=0.01)
    mapper.process(axis(pad, pygame.CONTROLLER_AXIS_LEFTX, -1.0))
    assert mapper.controls().steer == pytest.approx(-1.0)
    mapper.process(axis(pad, pygame.CONTROLLER_AXIS_TRIGGERRIGHT, 0.6))
    mapper.process(axis(pad, pygame.CONTROLLER_AXIS_TRIGGERLEFT, 0.3))
    c = mapper.controls()
    assert 0.55 < c.throttle < 0.6 and 0.25 < c.brake < 0.3
    mapper.process(button(pad, pygame.CONTROLLER_BUTTON_B))
    assert mapper.controls().handbrake


def test_unplugging_the_driving_pad_is_reported() -> None:
    mapper = InputMapper(Settings())
    mapper.add_pad(Pad(7, "Pad A"))
    mapper.add_pad(Pad(8, "Pad B"))
    mapper.process(button(7, pygame.CONTROLLER_BUTTON_A))
    mapper.process(axis(7, pygame.CONTROLLER_AXIS_TRIGGERRIGHT, 1.0))
    assert mapper.controls().throttle == 1.0
    gone = mapper.process(pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=7))
    assert gone == [PadDisconnected("Pad A", was_driving=True)]
    assert mapper.controls().throttle == 0.0
    assert mapper.process(pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=8)) == [
        PadDisconnected("Pad B", was_driving=False)
    ]
    # events from a pad we never opened are ignored, never a crash
    assert mapper.process(axis(99, pygame.CONTROLLER_AXIS_LEFTX, 1.0)) == []


def test_menu_actions_from_keys_buttons_and_one_per_stick_flick() -> None:
    mapper = InputMapper(Settings())
    assert mapper.menu_action(key(pygame.KEYDOWN, pygame.K_RETURN)) == "accept"
    assert mapper.menu_action(key(pygame.KEYDOWN, pygame.K_ESCAPE)) == "back"
    assert mapper.menu_action(button(1, pygame.CONTROLLER_BUTTON_DPAD_DOWN)) == "down"
    assert mapper.menu_action(axis(1, pygame.CONTROLLER_AXIS_LEFTY, -0.9)) == "up"
    assert mapper.menu_action(axis(1, pygame.CONTROLLER_AXIS_LEFTY, -1.0)) is None  # still held
    assert mapper.menu_action(axis(1, pygame.CONTROLLER_AXIS_LEFTY, 0.0)) is None
    assert mapper.menu_action(axis(1, pygame.CONTROLLER_AXIS_LEFTY, -0.9)) == "up"


def test_capture_names_for_rebinding() -> None:
    mapper = InputMapper(Settings())
    assert mapper.capture(key(pygame.KEYDOWN, pygame.K_n), "keyboard") == "n"
    assert mapper.capture(button(1, pygame.CONTROLLER_BUTTON_X), "gamepad") == "button:x"
    assert mapper.capture(axis(1, pygame.CONTROLLER_AXIS_RIGHTX, -0.9), "gamepad") == "axis:rightx-"
    assert mapper.capture(axis(1, pygame.CONTROLLER_AXIS_TRIGGERLEFT, 0.9), "gamepad") == "axis:lefttrigger"
    assert mapper.capture(axis(1, pygame.CONTROLLER_AXIS_RIGHTX, 0.2), "gamepad") is None
    assert binding_label("axis:leftx-") == "L stick left"
    assert binding_label("left shift") == "Left Shift"


def test_a_resync_keeps_the_keys_held_and_adds_those_the_keyboard_holds() -> None:
    """Resuming a race once dropped every held key until it was pressed again."""
    mapper = InputMapper(Settings())
    mapper.process(key(pygame.KEYDOWN, pygame.K_UP))
    mapper.resync(lambda: {})
    assert mapper.controls().throttle == 1.0
    mapper.release_all()  # the focus went away
    mapper.resync(lambda: {pygame.K_UP: True, pygame.K_LEFT: True})
    controls = mapper.controls()
    assert controls.throttle == 1.0 and controls.steer < 0.0
