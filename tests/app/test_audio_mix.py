"""The mix a player hears: no clipping, menu and race alike in loudness, no DC, tyres that hiss.

The capture test plays the real game into SDL's disk audio driver (the
samples the speakers would get) in a subprocess, once on the title screen and
once through a race's start and a pile-up of crashes, and measures them.
Measured on the game before this mix: race 7 dB louder than the menu, a DC
offset of -0.006, the crash and beeps at 0.96-0.97 of full scale.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from game.app.audio import synth
from game.app.audio.mixer import BUS_LIMIT, Bus
from game.tools.audio_capture import measure

RATE = 44100
ROOT = Path(__file__).resolve().parents[2]


def _spectrum(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    power = np.abs(np.fft.rfft(x.astype(np.float64))) ** 2
    return np.fft.rfftfreq(len(x), 1.0 / RATE), power


@pytest.mark.parametrize(
    "sound",
    [
        lambda: synth.engine_loop(30.0, RATE),
        lambda: synth.engine_loop(200.0, RATE),
        lambda: synth.screech_loop(RATE),
        lambda: synth.screech_loop(RATE, bright=False),
        lambda: synth.nitrous_loop(RATE),
        lambda: synth.crash(RATE),
        lambda: synth.beep(660.0, 0.25, RATE),
    ],
)
def test_no_sound_carries_a_dc_offset(sound: object) -> None:
    x = sound().astype(np.float64)  # type: ignore[operator]
    assert abs(float(x.mean())) < 1e-4 * float(np.abs(x).max())


def test_an_idling_engine_sounds_where_small_speakers_play() -> None:
    """The 30 Hz idle had 7% of its energy in 150-2000 Hz, which is all a laptop plays."""
    freqs, power = _spectrum(synth.engine_loop(synth.ENGINE_MIN_HZ, RATE))
    low, high = synth.ENGINE_BODY_HZ
    assert power[(freqs >= low) & (freqs <= high)].sum() / power.sum() > 0.5


@pytest.mark.parametrize("bright", [False, True])
def test_the_tyres_hiss_rather_than_whistle(bright: bool) -> None:
    """The screech was three sine tones: its ten strongest bins held 62% of the energy."""
    _freqs, power = _spectrum(synth.screech_loop(RATE, bright=bright))
    assert np.sort(power)[::-1][:10].sum() / power.sum() < 0.2


class _Channel:
    def __init__(self, sound: object, busy: bool = True) -> None:
        self.sound, self.busy = sound, busy

    def get_busy(self) -> bool:
        return self.busy

    def get_sound(self) -> object:
        return self.sound


def test_the_bus_keeps_loops_shots_and_music_under_the_limit() -> None:
    bus = Bus()
    bus.music = 0.2
    assert bus.scale_for_loops(0.5) == 1.0  # room enough
    crash = _Channel("crash")
    bus.shots.append((crash, "crash", 0.4))  # type: ignore[arg-type]
    scale = bus.scale_for_loops(0.8)
    assert 0.8 * scale + 0.4 + 0.2 == pytest.approx(BUS_LIMIT)
    bus.loops = 0.8 * scale
    assert bus.room_for_shot() == pytest.approx(0.0, abs=1e-9)
    crash.busy = False  # the crash is over: the loops get their room back
    assert bus.scale_for_loops(0.5) == 1.0 and bus.shots_now() == 0.0


def test_measure_reads_peak_loudness_and_dc() -> None:
    t = np.arange(RATE) / RATE
    tone = 0.5 * np.sin(2 * np.pi * 440.0 * t) + 0.01
    stereo = np.repeat((tone * 32767).astype(np.int16)[:, None], 2, axis=1)
    figures = measure(stereo.ravel())
    assert figures.peak == pytest.approx(0.51, abs=0.005)
    assert figures.loudness_dbfs == pytest.approx(20 * np.log10(np.sqrt(0.125 + 0.0001)), abs=0.1)
    assert figures.dc == pytest.approx(0.01, abs=0.001) and figures.clipped == 0


def _capture(what: str, tmp_path: Path) -> dict[str, float]:
    env = {**os.environ, "FAST_TRACK_HOME": str(tmp_path / what)}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "game.tools.audio_capture",
            what,
            "--json",
            "--out",
            str(tmp_path / f"{what}.raw"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def test_a_captured_menu_and_race_do_not_clip_match_in_loudness_and_sit_centred(tmp_path: Path) -> None:
    menu = _capture("menu", tmp_path)
    race = _capture("race", tmp_path)
    for figures in (menu, race):
        assert figures["clipped"] == 0 and figures["peak"] < 0.99, figures
        assert abs(figures["dc"]) < 0.002, figures
    assert race["peak"] <= BUS_LIMIT + 0.01, race  # the crashes on top of eight engines and the music
    assert abs(race["loudness_dbfs"] - menu["loudness_dbfs"]) <= 3.0, (menu, race)
