"""Opening the sound device: the mixer backend if it starts, the silent one if not.

Kept apart from the :class:`~game.app.audio.Audio` interface so that the
interface (which every scene and the mixer import) imports no backend.
"""

from __future__ import annotations

import logging

from game.app.audio import Audio, NullAudio

log = logging.getLogger("game.app.audio")


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
