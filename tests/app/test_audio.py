"""Sound: the silent backend, the fallback when there is no device, the synthesis, the drivetrain."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.app import audio as audio_mod
from game.app.audio import NullAudio, synth
from game.app.audio.device import create_audio
from game.app.audio.engine import engine_note
from game.sim.circuits import stadium_circuit
from game.sim.world import World

RATE = 22050


@pytest.fixture
def world() -> World:
    from game.content.vehicles import load_vehicles
    from game.paths import VEHICLES_FILE

    w = World(stadium_circuit(), seed=1)
    w.add_vehicle(load_vehicles(VEHICLES_FILE)["mustang"], 100.0, 100.0, 0.0)
    return w


def _drive(backend: audio_mod.Audio, world: World) -> None:
    from game.content.vehicles import load_vehicles
    from game.paths import VEHICLES_FILE
    from game.sim.controls import Controls
    from game.sim.race.events import CountdownTick, RaceStarted

    backend.set_volumes(0.5, 0.5, 0.5)
    backend.music(True)
    backend.race_start([load_vehicles(VEHICLES_FILE)["mustang"]], 0)
    for k in range(240):
        world.step({0: Controls(throttle=1.0)})
        if k % 4 == 0:
            events: list[object] = [*world.drain_events(), CountdownTick(k, 3), RaceStarted(k)]
            backend.race_update(world.snapshot(), events)
    backend.race_update(world.snapshot(), [], paused=True)
    for name in ("ui_move", "ui_accept", "ui_back", "beep", "go", "crash"):
        backend.play(name)
    backend.race_stop()
    backend.music(False)


def test_null_backend_takes_every_call(world: World) -> None:
    _drive(NullAudio(), world)
    assert not NullAudio().available


def test_no_device_means_silence_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_device(*_args: object, **_kwargs: object) -> None:
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", no_device)
    backend = create_audio()
    assert isinstance(backend, NullAudio)
    assert "sound is off" in caplog.text
    assert isinstance(create_audio(enabled=False), NullAudio)


@pytest.fixture
def mixer() -> Iterator[None]:
    try:
        pygame.mixer.init(RATE, -16, 2, 512)
    except pygame.error as exc:
        pytest.skip(f"no dummy audio driver here: {exc}")
    yield
    pygame.mixer.quit()


def test_mixer_backend_plays_a_race_on_the_dummy_driver(mixer: None, world: World, tmp_path: Path) -> None:
    backend = create_audio(cache_dir=tmp_path)
    assert backend.available
    _drive(backend, world)
    backend.close()


def test_engine_pitch_rises_through_each_gear_and_drops_at_the_shift() -> None:
    top = 60.0
    notes = [engine_note(v, top) for v in np.linspace(0.0, top, 400)]
    assert notes[0].gear == 1 and notes[-1].gear == 6
    assert all(30.0 <= n.firing_hz <= 245.0 for n in notes)
    shifts = [i for i in range(1, len(notes)) if notes[i].gear != notes[i - 1].gear]
    assert len(shifts) == 5
    for i in shifts:
        assert notes[i].rpm < notes[i - 1].rpm
    assert engine_note(10.0, top, bike=True).gear <= 4


@pytest.mark.parametrize(
    "make",
    [
        lambda: synth.engine_loop(120.0, RATE),
        lambda: synth.screech_loop(RATE),
        lambda: synth.nitrous_loop(RATE),
    ],
)
def test_loops_join_without_a_click(make: object) -> None:
    wave = make()  # type: ignore[operator]
    assert wave.dtype == np.float32 and np.max(np.abs(wave)) <= 1.0
    steps = np.abs(np.diff(wave))
    seam = abs(float(wave[0]) - float(wave[-1]))
    assert seam <= 4.0 * float(np.percentile(steps, 99.5)) + 1e-3


def test_music_is_a_short_seamless_loop() -> None:
    music = synth.music_loop(RATE)
    seconds = len(music) / RATE
    assert 10.0 < seconds < 30.0
    assert 0.3 < float(np.max(np.abs(music))) <= 1.0
    assert float(np.std(music)) > 0.05  # not silence


def test_phone_ring_is_two_trilled_bursts() -> None:
    """The phone call at Red Rock must be heard: two bursts, each trilling between two tones."""
    ring = synth.phone_ring(RATE).astype(np.float64)
    window = RATE // 100  # 10 ms
    frames = ring[: len(ring) // window * window].reshape(-1, window)
    sounding = np.sqrt((frames**2).mean(axis=1)) > 0.05
    starts = int(sounding[0]) + int(np.count_nonzero(np.diff(sounding.astype(int)) == 1))
    assert starts == 2, "two bursts of ringing"
    first = ring[: int(0.8 * RATE)]
    spectrum = np.abs(np.fft.rfft(first))
    freqs = np.fft.rfftfreq(len(first), 1 / RATE)
    top_two = sorted(freqs[np.argsort(spectrum)[-40:]])
    assert any(abs(f - 1100.0) < 15 for f in top_two) and any(abs(f - 1320.0) < 15 for f in top_two)
    assert float(np.max(np.abs(ring))) <= 1.0
