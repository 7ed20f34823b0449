"""The pygame.mixer backend: synthesised sounds on reserved channels.

Pitch cannot be changed on a playing pygame sound, so each car's engine is
two looping channels playing neighbouring pitches of a bank of loops
(30–260 Hz in 10 Hz steps) and cross-faded by the engine's firing
frequency. Even-numbered pitches always play on the first channel and odd
ones on the second, so a channel only ever switches sound while it is
silent: no clicks.

Short sounds are built on first use (a few milliseconds each). The music
loop takes a quarter of a second to compose, so it is composed on a worker
thread and cached as a ``.npy`` file in the user cache dir; the menu never
waits for it.
"""

from __future__ import annotations

import contextlib
import logging
import math
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pygame

from game.app.audio import Audio, synth
from game.app.audio.engine import engine_note

if TYPE_CHECKING:
    from game.sim.snapshot import WorldSnapshot
    from game.sim.vehicle import VehicleSpec

log = logging.getLogger(__name__)

CACHE_VERSION = "audio-v2"
MAX_CARS = 8
CAR_CHANNELS = 5  # engine even, engine odd, tyre scrub, tyre squeal, nitrous
MUSIC_CHANNEL = 0
BEEP_CHANNEL = 1 + MAX_CARS * CAR_CHANNELS
RESERVED = BEEP_CHANNEL + 1
HEAR_M = 60.0
"""Rivals fade out over about this many metres from the player."""
BUS_LIMIT = 0.92
"""The loudest the summed output may ever get (full scale 1.0): see :class:`Bus`."""
RACE_TRIM = 0.3
"""The cars' share of the effects volume: a race was 6-10 dB louder than the menu's music."""


class Bus:
    """The master bus's limiter, worked out from what plays rather than from the samples.

    pygame sums its channels in SDL, where nothing can be inserted, so the
    limit is kept ahead of time: every sound's peak is known when it is built,
    and ``peak x volume`` summed over the busy channels bounds the loudest
    sample the sum can hold. The race's loops are scaled down together when
    that bound would pass ``BUS_LIMIT`` (a pile-up's crash on top of eight
    engines clipped at full scale), and a one-shot gets only the headroom left.
    """

    def __init__(self) -> None:
        self.loops = 0.0
        """The bound of the race's loops after the last update (one side, the louder)."""
        self.shots: list[tuple[pygame.mixer.Channel, pygame.mixer.Sound, float]] = []
        self.music = 0.0

    def shots_now(self) -> float:
        """The one-shots still sounding (channel still on that sound)."""
        self.shots = [(ch, snd, v) for ch, snd, v in self.shots if ch.get_busy() and ch.get_sound() is snd]
        return sum(v for _ch, _snd, v in self.shots)

    def scale_for_loops(self, wanted: float) -> float:
        """The factor for the loops so that loops, one-shots and music stay under the limit."""
        room = BUS_LIMIT - self.music - self.shots_now()
        if wanted <= 0.0:
            return 1.0
        return max(0.0, min(1.0, room / wanted))

    def room_for_shot(self) -> float:
        """How loud (peak) a new one-shot may be now."""
        return max(0.0, BUS_LIMIT - self.music - self.loops - self.shots_now())


class MixerAudio(Audio):
    available = True

    def __init__(self, cache_dir: object = None) -> None:
        init = pygame.mixer.get_init()
        if init is None:
            raise RuntimeError("MixerAudio needs pygame.mixer to be initialised first")
        freq, _fmt, channels = init
        self.rate = int(freq)
        self.out_channels = int(channels)
        pygame.mixer.set_num_channels(RESERVED + 16)
        pygame.mixer.set_reserved(RESERVED)
        self.cache_dir = Path(str(cache_dir)) if cache_dir else None
        self.master, self.music_vol, self.effects = 0.8, 0.5, 0.8
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._engine: list[pygame.mixer.Sound] = []
        self._music: pygame.mixer.Sound | None = None
        self._music_wanted = False
        self._music_lock = threading.Lock()
        self._music_thread: threading.Thread | None = None
        self._cars: list[_CarVoice] = []
        self._player: int | None = None
        self.race_music_vol = 0.0
        self._race_mode = False
        self.bus = Bus()
        self.peaks: dict[int, float] = {}
        """id(sound) -> its peak, 0..1, measured when it is built."""

    # -- building sounds ------------------------------------------------------------

    def _make(self, mono: np.ndarray) -> pygame.mixer.Sound:
        pcm = np.clip(mono * 32767.0, -32768, 32767).astype(np.int16)
        peak = float(np.max(np.abs(pcm.astype(np.int32)))) / 32767.0 if len(pcm) else 0.0
        if self.out_channels > 1:
            pcm = np.repeat(pcm[:, None], self.out_channels, axis=1)
        sound = pygame.mixer.Sound(buffer=np.ascontiguousarray(pcm).tobytes())
        self.peaks[id(sound)] = peak
        return sound

    def peak(self, sound: pygame.mixer.Sound | None) -> float:
        return self.peaks.get(id(sound), 1.0) if sound is not None else 0.0

    def _sound(self, name: str) -> pygame.mixer.Sound:
        sound = self._sounds.get(name)
        if sound is None:
            builders: dict[str, Callable[[], np.ndarray]] = {
                "ui_move": lambda: synth.blip((1320.0,), 0.05, self.rate),
                "ui_accept": lambda: synth.blip((880.0, 1320.0), 0.06, self.rate),
                "ui_back": lambda: synth.blip((990.0, 660.0), 0.06, self.rate),
                "beep": lambda: synth.beep(660.0, 0.25, self.rate),
                "go": lambda: synth.beep(1320.0, 0.6, self.rate),
                "crash": lambda: synth.crash(self.rate),
                "scrub": lambda: synth.screech_loop(self.rate, bright=False),
                "screech": lambda: synth.screech_loop(self.rate),
                "nitrous": lambda: synth.nitrous_loop(self.rate),
                "phone": lambda: synth.phone_ring(self.rate),
            }
            sound = self._make(builders[name]())
            self._sounds[name] = sound
        return sound

    def _engine_bank(self) -> list[pygame.mixer.Sound]:
        if not self._engine:
            self._engine = [self._make(synth.engine_loop(f, self.rate)) for f in synth.engine_pitches()]
        return self._engine

    # -- the Audio interface ----------------------------------------------------------

    def set_volumes(self, master: float, music: float, effects: float, race_music: float = 0.0) -> None:
        self.master, self.music_vol, self.effects = master, music, effects
        self.race_music_vol = race_music
        self._music_volume()

    def _music_volume(self) -> None:
        volume = self.master * (self.race_music_vol if self._race_mode else self.music_vol)
        pygame.mixer.Channel(MUSIC_CHANNEL).set_volume(volume)
        self.bus.music = volume * self.peak(self._music)

    def play(self, name: str, volume: float = 1.0) -> None:
        gain = max(0.0, min(1.0, volume * self.master * self.effects))
        if gain <= 0.0:
            return
        sound = self._sound(name)
        peak = self.peak(sound)
        gain = min(gain, self.bus.room_for_shot() / peak) if peak > 0 else gain
        if gain <= 0.0:
            return
        if name in ("beep", "go"):
            channel = pygame.mixer.Channel(BEEP_CHANNEL)
        else:
            found = pygame.mixer.find_channel()
            if found is None:
                return
            channel = found
        # the volume before the sound: set after, a buffer mixed in between went out at the old one
        channel.set_volume(gain)
        channel.play(sound)
        channel.set_volume(gain)
        self.bus.shots.append((channel, sound, gain * peak))

    def music(self, on: bool, race: bool = False) -> None:
        with self._music_lock:
            self._music_wanted = on and (not race or self.race_music_vol > 0.0)
            self._race_mode = race
            ready = self._music
            wanted = self._music_wanted
        if not wanted:
            pygame.mixer.Channel(MUSIC_CHANNEL).fadeout(400)
            self.bus.music = 0.0
            return
        if ready is not None:
            self._start_music(ready)
        elif self._music_thread is None:
            self._music_thread = threading.Thread(target=self._compose, name="music", daemon=True)
            self._music_thread.start()

    def _start_music(self, sound: pygame.mixer.Sound) -> None:
        channel = pygame.mixer.Channel(MUSIC_CHANNEL)
        if channel.get_sound() is not sound or not channel.get_busy():
            channel.play(sound, loops=-1, fade_ms=800)
        self._music_volume()

    def _compose(self) -> None:
        """Worker thread: load the cached loop or compose it, then start it if still wanted."""
        try:
            mono = self._cached_music()
            sound = self._make(mono)
        except Exception as exc:  # sound is a nicety: never let it stop the game
            log.warning("music is off: %s", exc)
            return
        with self._music_lock:
            self._music = sound
            wanted = self._music_wanted
        if wanted:
            self._start_music(sound)

    def _cached_music(self) -> np.ndarray:
        path = self.cache_dir / CACHE_VERSION / f"music-{self.rate}.npy" if self.cache_dir else None
        if path is not None and path.is_file():
            try:
                cached: np.ndarray = np.load(path).astype(np.float32) / 32767.0
                return cached
            except (OSError, ValueError):
                pass
        mono = synth.music_loop(self.rate)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp.npy")
                np.save(tmp, (mono * 32767.0).astype(np.int16))
                tmp.replace(path)
            except OSError as exc:
                log.info("could not cache the music loop: %s", exc)
        return mono

    # -- race sounds ------------------------------------------------------------------

    def race_start(self, specs: Sequence[VehicleSpec], player: int | None) -> None:
        self.race_stop()
        bank = self._engine_bank()
        scrub, screech, nitro = self._sound("scrub"), self._sound("screech"), self._sound("nitrous")
        self._player = player
        self._cars = []
        for i, spec in enumerate(specs[:MAX_CARS]):
            top_kmh = spec.speed_limit_kmh or spec.expect_top_kmh[1]
            voice = _CarVoice(1 + i * CAR_CHANNELS, top_kmh / 3.6, spec.kind == "bike")
            voice.start(bank, scrub, screech, nitro)
            self._cars.append(voice)

    def race_update(self, snapshot: WorldSnapshot, events: Sequence[object], paused: bool = False) -> None:
        if paused:
            for voice in self._cars:
                voice.silence()
            return
        vehicles = snapshot.vehicles
        if not vehicles:
            return
        me = vehicles[self._player] if self._player is not None and self._player < len(vehicles) else None
        lx, ly = (me.x, me.y) if me else (vehicles[0].x, vehicles[0].y)
        gain = self.master * self.effects * RACE_TRIM
        wants: list[list[tuple[pygame.mixer.Channel, float, float]]] = []
        for voice, car in zip(self._cars, vehicles, strict=False):
            is_player = me is not None and car.index == me.index
            dist = math.hypot(car.x - lx, car.y - ly)
            near = 1.0 if is_player else 0.55 / (1.0 + (dist / HEAR_M) ** 2)
            pan = 0.0 if is_player else max(-1.0, min(1.0, (car.x - lx) / 40.0))
            wants.append(
                voice.update(
                    self._engine_bank(),
                    car.speed,
                    car.slip_angle,
                    sum(car.sliding_wheels),
                    car.nitrous_on,
                    car.wrecked,
                    gain * near,
                    pan,
                )
            )
        # the bound of the loops on each side, then one scale for all of them (see Bus)
        left = sum(self.peak(ch.get_sound()) * vl for want in wants for ch, vl, _vr in want)
        right = sum(self.peak(ch.get_sound()) * vr for want in wants for ch, _vl, vr in want)
        scale = self.bus.scale_for_loops(max(left, right))
        self.bus.loops = max(left, right) * scale
        for want in wants:
            for channel, vl, vr in want:
                channel.set_volume(vl * scale, vr * scale)
        self._events(events, vehicles, lx, ly)

    def _events(self, events: Sequence[object], vehicles: Sequence[object], lx: float, ly: float) -> None:
        from game.sim.events import Collision, Fell
        from game.sim.race.events import CountdownTick, RaceStarted

        loudest = 0.0
        for ev in events:
            if isinstance(ev, CountdownTick):
                self.play("beep")
            elif isinstance(ev, RaceStarted):
                self.play("go")
            elif isinstance(ev, Collision):
                dist = math.hypot(ev.x - lx, ev.y - ly)
                hit = min(1.0, ev.delta_v / 10.0) / (1.0 + (dist / HEAR_M) ** 2)
                loudest = max(loudest, hit)
            elif isinstance(ev, Fell) and ev.vehicle < len(vehicles):
                rider = vehicles[ev.vehicle]
                dist = math.hypot(getattr(rider, "x", lx) - lx, getattr(rider, "y", ly) - ly)
                loudest = max(loudest, min(1.0, 0.3 + ev.speed / 25.0) / (1.0 + (dist / HEAR_M) ** 2))
        if loudest > 0.08:
            self.play("crash", loudest)

    def race_stop(self) -> None:
        for voice in self._cars:
            voice.stop()
        self._cars = []

    def close(self) -> None:
        self.race_stop()
        self.bus.loops = 0.0
        with contextlib.suppress(pygame.error):
            pygame.mixer.quit()


class _CarVoice:
    """One car's four channels: two engine pitches, tyre screech, nitrous."""

    def __init__(self, first_channel: int, top_ms: float, bike: bool) -> None:
        self.channels = [pygame.mixer.Channel(first_channel + k) for k in range(CAR_CHANNELS)]
        self.top_ms = top_ms
        self.bike = bike
        self.playing = [-1, -1]
        self.screech = 0.0
        self.nitro = 0.0

    def start(
        self,
        bank: list[pygame.mixer.Sound],
        scrub: pygame.mixer.Sound,
        screech: pygame.mixer.Sound,
        nitro: pygame.mixer.Sound,
    ) -> None:
        for ch in self.channels:
            ch.set_volume(0.0)
        self.channels[2].play(scrub, loops=-1)
        self.channels[3].play(screech, loops=-1)
        self.channels[4].play(nitro, loops=-1)
        self.playing = [-1, -1]
        del bank

    def update(
        self,
        bank: list[pygame.mixer.Sound],
        speed: float,
        slip: float,
        sliding: int,
        nitrous_on: bool,
        wrecked: bool,
        gain: float,
        pan: float,
    ) -> list[tuple[pygame.mixer.Channel, float, float]]:
        """The volume each channel wants now, (channel, left, right); the mixer scales and sets them."""
        left = min(1.0, 1.0 - pan)
        right = min(1.0, 1.0 + pan)
        if wrecked:
            return [(ch, 0.0, 0.0) for ch in self.channels]
        out: list[tuple[pygame.mixer.Channel, float, float]] = []
        note = engine_note(speed, self.top_ms, self.bike)
        pos = (
            min(max(note.firing_hz, synth.ENGINE_MIN_HZ), synth.ENGINE_MAX_HZ) - synth.ENGINE_MIN_HZ
        ) / synth.ENGINE_STEP_HZ
        lo = min(int(pos), len(bank) - 2)
        frac = pos - lo
        load = 0.45 + 0.55 * min(1.0, note.rpm / 7200.0)
        for c in (0, 1):
            bucket = lo if lo % 2 == c else lo + 1
            weight = (1.0 - frac) if bucket == lo else frac
            channel = self.channels[c]
            if self.playing[c] != bucket:
                channel.play(bank[bucket], loops=-1)
                # at once, not when the mixer sets every channel: a channel starts a sound at full
                # volume, and an audio buffer mixed in between came out at full scale
                channel.set_volume(0.0, 0.0)
                self.playing[c] = bucket
            v = gain * 0.5 * load * weight
            out.append((channel, v * left, v * right))
        want = 0.0
        sideways = abs(math.sin(slip))  # a car rolling backwards (slip 180 deg) is quiet
        if speed > 4.0:
            want = min(1.0, max(0.0, (sideways - 0.12) * 3.0) + 0.25 * sliding)
        self.screech += (want - self.screech) * 0.3
        # the tyre's voice follows the slide: a scrub at the edge of grip, a squeal well past it
        bright = min(1.0, max(0.0, (sideways - 0.2) / 0.35 + 0.1 * sliding))
        v = gain * 0.5 * self.screech
        out.append((self.channels[2], v * (1.0 - bright) * left, v * (1.0 - bright) * right))
        out.append((self.channels[3], v * bright * left, v * bright * right))
        self.nitro += ((1.0 if nitrous_on else 0.0) - self.nitro) * 0.2
        v = gain * 0.5 * self.nitro
        out.append((self.channels[4], v * left, v * right))
        return out

    def silence(self) -> None:
        for ch in self.channels:
            ch.set_volume(0.0)

    def stop(self) -> None:
        for ch in self.channels:
            ch.stop()
        self.playing = [-1, -1]
