"""Every sound in the game, synthesised with numpy: no sound files to ship or license.

Functions return mono float32 arrays in -1..1 at the given sample rate.
Looping sounds are built to loop without a click: tones have a whole number
of cycles in the loop, and noise is filtered in the frequency domain (a
circular filter), so the last sample flows into the first.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]

ENGINE_LOOP_S = 0.2
"""Every engine loop is this long, so its pitch steps are 1/0.2 = 5 Hz multiples."""
ENGINE_STEP_HZ = 10.0
ENGINE_MIN_HZ = 30.0
ENGINE_MAX_HZ = 260.0


def engine_pitches() -> list[float]:
    """Firing frequencies of the engine loops: 30, 40, ... 260 Hz (sub-harmonics stay whole)."""
    n = round((ENGINE_MAX_HZ - ENGINE_MIN_HZ) / ENGINE_STEP_HZ) + 1
    return [ENGINE_MIN_HZ + ENGINE_STEP_HZ * i for i in range(n)]


def _t(seconds: float, rate: int) -> F64:
    return np.arange(round(seconds * rate)) / rate


def _band_noise(
    n: int, rate: int, low: float, high: float, rng: np.random.Generator, tilt: float = 0.0
) -> F64:
    """White noise band-passed by zeroing FFT bins: circular, so it loops seamlessly."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    freqs = np.fft.rfftfreq(n, 1.0 / rate)
    mask = (freqs >= low) & (freqs <= high)
    shaped = spectrum * mask
    if tilt:
        shaped *= np.where(freqs > 0, (np.maximum(freqs, 1.0) / max(low, 1.0)) ** -tilt, 0.0)
    out = np.fft.irfft(shaped, n)
    peak = float(np.max(np.abs(out))) or 1.0
    return out / peak


def _finish(x: F64, gain: float = 0.9) -> F32:
    """Centred on zero (an asymmetric wave carried a DC offset into the mix), then scaled to ``gain`` peak.

    Taking the mean off a loop keeps it a loop: a constant shifts every sample alike.
    """
    x = x - float(np.mean(x))
    peak = float(np.max(np.abs(x))) or 1.0
    return (x / peak * gain).astype(np.float32)


ENGINE_BODY_HZ = (150.0, 2000.0)
"""Where an engine's sound lives on small speakers: the 30 Hz firing note of an idle is below
what a laptop plays, so the harmonics of the exhaust's resonance carry it."""


def engine_loop(freq: float, rate: int, seed: int = 1) -> F32:
    """One engine pitch: firing pulses with harmonics, a half-order rumble, the exhaust's body and grit.

    The body is the firing note's own harmonics lifted around a resonance
    near 600 Hz (a pipe's), so an idle at 30 Hz still sounds on speakers that
    play nothing under 150 Hz, and the note still follows the revs.
    """
    n = round(ENGINE_LOOP_S * rate)
    t = np.arange(n) / rate
    rng = np.random.default_rng(seed)
    x = np.zeros(n)
    for k in range(1, 9):
        x += np.sin(2 * np.pi * freq * k * t + rng.uniform(0, 2 * np.pi)) / k**0.9
    x += 0.6 * np.sin(2 * np.pi * freq * 0.5 * t)  # uneven firing: the rumble
    low, high = ENGINE_BODY_HZ
    for k in range(max(2, int(low / freq)), int(high / freq) + 1):
        f = freq * k
        resonance = 1.0 / (1.0 + ((f - 600.0) / 450.0) ** 2)
        x += 0.55 * resonance * np.sin(2 * np.pi * f * t + rng.uniform(0, 2 * np.pi))
    # per-cycle loudness jitter: each firing a little different, like a real engine
    cycles = round(freq * ENGINE_LOOP_S)
    jitter = 1.0 + 0.18 * rng.standard_normal(max(cycles, 1))
    phase = np.minimum((t * freq).astype(int), cycles - 1)
    x *= jitter[phase]
    x += 0.15 * _band_noise(n, rate, freq * 2, min(4000.0, freq * 24), rng)
    x = np.tanh(1.6 * x / (np.max(np.abs(x)) or 1.0))
    return _finish(x, 0.8)


def screech_loop(rate: int, seconds: float = 0.6, seed: int = 2, bright: bool = True) -> F32:
    """Tyre noise, all of it noise (a tone made it whistle): a scrub, or with ``bright`` a squeal.

    The scrub is a broad band around 500-1500 Hz, what a tyre at the edge of
    grip makes; the squeal a narrower, brighter band at 1.3-3 kHz whose
    centre wavers, a tyre sliding. The mixer blends the two by the slip.
    """
    n = round(seconds * rate)
    rng = np.random.default_rng(seed)
    if not bright:
        x = _band_noise(n, rate, 350.0, 1600.0, rng, tilt=0.3) + 0.3 * _band_noise(
            n, rate, 1600.0, 4000.0, rng
        )
        return _finish(x, 0.7)
    t = np.arange(n) / rate
    step = 1.0 / seconds
    x = np.zeros(n)
    for lo, hi, speed in ((1300.0, 1900.0, 3), (1800.0, 2600.0, 4), (2500.0, 3200.0, 5)):
        band = _band_noise(n, rate, lo, hi, rng)
        swell = 0.6 + 0.4 * np.sin(2 * np.pi * step * speed * t + rng.uniform(0, 2 * np.pi))  # loops
        x += band * swell
    x += 0.25 * _band_noise(n, rate, 3000.0, 7000.0, rng)
    return _finish(x, 0.7)


def nitrous_loop(rate: int, seconds: float = 0.8, seed: int = 3) -> F32:
    """The nitrous rush: a broad hiss with a rising body."""
    n = round(seconds * rate)
    rng = np.random.default_rng(seed)
    x = _band_noise(n, rate, 200.0, 9000.0, rng, tilt=0.4)
    x += 0.5 * _band_noise(n, rate, 60.0, 400.0, rng)
    return _finish(x, 0.7)


def crash(rate: int, seed: int = 4) -> F32:
    """A crunch: a noise burst, a low thump and a few clanging metal partials."""
    t = _t(0.7, rate)
    rng = np.random.default_rng(seed)
    noise = _band_noise(len(t), rate, 80.0, 6000.0, rng) * np.exp(-t * 9.0)
    thump = np.sin(2 * np.pi * (70 - 30 * t) * t) * np.exp(-t * 12.0)
    metal = sum(
        np.sin(2 * np.pi * f * t) * np.exp(-t * d)
        for f, d in ((318.0, 7.0), (517.0, 9.0), (833.0, 11.0), (1290.0, 14.0))
    )
    attack = np.minimum(1.0, t / 0.003)
    return _finish(attack * (0.9 * noise + 1.0 * thump + 0.25 * metal))


def beep(freq: float, seconds: float, rate: int) -> F32:
    """A start-light beep: a clean tone with a soft attack and release."""
    t = _t(seconds, rate)
    env = np.minimum(1.0, t / 0.01) * np.minimum(1.0, (seconds - t) / 0.06)
    x = np.sin(2 * np.pi * freq * t) + 0.25 * np.sin(2 * np.pi * 2 * freq * t)
    return _finish(x * env, 0.6)


def blip(freqs: tuple[float, ...], step_s: float, rate: int) -> F32:
    """A UI chirp: short tones one after another (up = accept, down = back)."""
    parts = []
    for f in freqs:
        t = _t(step_s, rate)
        env = np.minimum(1.0, t / 0.004) * np.exp(-t * 30.0)
        parts.append(np.sin(2 * np.pi * f * t) * env + 0.3 * np.sign(np.sin(2 * np.pi * f * t)) * env * 0.3)
    return _finish(np.concatenate(parts), 0.45)


def phone_ring(rate: int, rings: int = 2) -> F32:
    """A mobile's ring: two close tones trilled 20 times a second, in two bursts with a pause."""
    burst, gap = 0.8, 0.4
    t = _t(burst, rate)
    trill = (np.sin(2 * np.pi * 20.0 * t) > 0).astype(np.float64)
    tone = np.sin(2 * np.pi * 1320.0 * t) * trill + np.sin(2 * np.pi * 1100.0 * t) * (1.0 - trill)
    env = np.minimum(1.0, t / 0.01) * np.minimum(1.0, (burst - t) / 0.02)
    one = np.concatenate([tone * env, np.zeros(round(gap * rate))])
    return _finish(np.tile(one, rings), 0.5)


# -- music ---------------------------------------------------------------------------

_A4 = 440.0


def _hz(midi: int) -> float:
    return float(_A4 * 2.0 ** ((midi - 69) / 12.0))


def music_loop(rate: int, bpm: float = 112.0) -> F32:
    """An upbeat synthwave loop: 8 bars of Am–F–C–G with bass, arpeggio, pad, lead and drums.

    Note tails that run past the end wrap around to the start, so the loop
    joins without a gap or a click.
    """
    beat = 60.0 / bpm
    bars = 8
    n = round(bars * 4 * beat * rate)
    out = np.zeros(n)
    rng = np.random.default_rng(7)
    chords = [(57, 60, 64), (53, 57, 60), (48, 52, 55), (55, 59, 62)]  # Am F C G

    def add(start_s: float, signal: F64, gain: float) -> None:
        i0 = round(start_s * rate) % n
        idx = (np.arange(len(signal)) + i0) % n
        np.add.at(out, idx, signal * gain)

    def tone(freq: float, dur: float, shape: str, decay: float) -> F64:
        t = np.arange(int(dur * rate)) / rate
        ph = 2 * np.pi * freq * t
        if shape == "saw":
            x = sum(np.sin(k * ph) / k for k in range(1, 7))
        elif shape == "square":
            x = sum(np.sin(k * ph) / k for k in range(1, 9, 2))
        else:
            x = np.sin(ph) + 0.2 * np.sin(2 * ph)
        env = np.minimum(1.0, t / 0.005) * np.exp(-t * decay)
        return np.asarray(x * env, dtype=np.float64)

    for bar in range(bars):
        root, third, fifth = chords[bar % 4]
        t0 = bar * 4 * beat
        for k in range(3):  # pad: soft, long
            t = np.arange(int(4 * beat * rate)) / rate
            f = _hz((root, third, fifth)[k] + 12)
            pad = np.sin(2 * np.pi * f * t) + 0.3 * np.sin(2 * np.pi * 2.003 * f * t)
            env = np.minimum(1.0, t / 0.4) * np.minimum(1.0, (4 * beat - t) / 0.3 + 0.0)
            add(t0, pad * np.clip(env, 0, 1), 0.05)
        for e in range(8):  # bass: driving eighths, octave jump on the off-beat
            note = root - 12 + (12 if e % 2 else 0)
            add(t0 + e * beat / 2, tone(_hz(note), beat / 2, "square", 7.0), 0.16)
        pattern = (0, 1, 2, 3, 2, 1, 0, 2)
        for s in range(16):  # arpeggio in sixteenths
            notes = (root + 12, third + 12, fifth + 12, root + 24)
            add(t0 + s * beat / 4, tone(_hz(notes[pattern[s % 8]]), beat / 3, "saw", 14.0), 0.045)
        if bar >= 4:  # lead melody on the second half
            melody = [(0, 76, 1.0), (1, 74, 0.5), (1.5, 72, 0.5), (2, 69, 1.5), (3.5, 72, 0.5)]
            shift = (0, -3, -5, -2)[bar % 4]
            for at, note, dur in melody:
                add(t0 + at * beat, tone(_hz(note + shift), dur * beat, "saw", 3.0), 0.05)
        for b in range(4):  # drums
            tb = t0 + b * beat
            t = np.arange(int(0.25 * rate)) / rate
            if b % 2 == 0:
                kick = np.sin(2 * np.pi * (50 + 90 * np.exp(-t * 30)) * t) * np.exp(-t * 14)
                add(tb, kick, 0.5)
            else:
                snare = rng.standard_normal(len(t)) * np.exp(-t * 22) + 0.4 * np.sin(
                    2 * np.pi * 190 * t
                ) * np.exp(-t * 30)
                add(tb, snare, 0.13)
            for h in range(2):
                th = np.arange(int(0.05 * rate)) / rate
                hat = np.diff(rng.standard_normal(len(th) + 1)) * np.exp(-th * 90)
                add(tb + h * beat / 2, hat, 0.04)
    out = np.tanh(out * 1.4)
    return _finish(out, 0.9)
