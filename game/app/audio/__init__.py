"""Sound: a mixer backend when there is an audio device, a silent one when there is not.

Scenes talk to :class:`Audio` only. :func:`game.app.audio.device.create_audio` tries
``pygame.mixer``; if that fails (no device, a headless server) it logs one
line and returns :class:`NullAudio`, which accepts every call and does
nothing, so no scene ever checks whether sound works.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.sim.snapshot import WorldSnapshot
    from game.sim.vehicle import VehicleSpec


class Audio:
    """The interface every scene uses; this base class is the silent backend."""

    available = False

    def set_volumes(self, master: float, music: float, effects: float, race_music: float = 0.0) -> None:
        """Volumes 0..1 from the settings; ``race_music`` is the music under a race (0: none)."""

    def play(self, name: str, volume: float = 1.0) -> None:
        """A one-shot: ui_move, ui_accept, ui_back, beep, go, crash."""

    def music(self, on: bool, race: bool = False) -> None:
        """Start or stop the looping music track; ``race`` plays it at the race-music volume."""

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
