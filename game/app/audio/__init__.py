"""Sound: a mixer backend when there is an audio device, a silent one when there is not.

Scenes talk to :class:`Audio` only. :func:`create_audio` tries
``pygame.mixer``; if that fails (no device, a headless server) it logs one
line and returns :class:`NullAudio`, which accepts every call and does
nothing, so no scene ever checks whether sound works.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.sim.snapshot import WorldSnapshot
    from game.sim.vehicle import VehicleSpec

log = logging.getLogger(__name__)


class Audio:
    """The interface every scene uses; this base class is the silent backend."""

    available = False

    def set_volumes(self, master: float, music: float, effects: float) -> None:
        """Volumes 0..1 from the settings."""

    def play(self, name: str, volume: float = 1.0) -> None:
        """A one-shot: ui_move, ui_accept, ui_back, beep, go, crash."""

    def music(self, on: bool) -> None:
        """Start or stop the looping music track."""

    def race_start(self, specs: Sequence[VehicleSpec], player: int | None) -> None:
        """Set up the looping car sounds for a race."""

    def race_update(self, snapshot: WorldSnapshot, events: Sequence[object], paused: bool = False) -> None:
        """Follow the race: engine pitch, screech, nitrous, crashes and countdown beeps."""

    def race_stop(self) -> None:
        """Silence every car."""

    def close(self) -> None:
        """Release the device."""


class NullAudio(Audio):
    """No device: every call is accepted and nothing plays."""


def create_audio(enabled: bool = True, cache_dir: object = None) -> Audio:
    """The mixer backend if it starts, else :class:`NullAudio` (with one log line why)."""
    if not enabled:
        return NullAudio()
    try:
        import pygame

        if not pygame.mixer.get_init():
            pygame.mixer.init(44100, -16, 2, 512)
    except Exception as exc:  # no device, no driver, a broken SDL: play on in silence
        log.warning("sound is off: the audio device could not be opened (%s)", exc)
        return NullAudio()
    from game.app.audio.mixer import MixerAudio

    return MixerAudio(cache_dir)
