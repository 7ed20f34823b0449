"""What the game's speakers get: the mixed output of a menu or a race, captured and measured.

``python -m game.tools.audio_capture menu|race [--seconds S] [--json]`` opens
the sound device on SDL's *disk* driver, which writes the very samples SDL
would send to the speakers into a file, and plays either the title screen
(its music) or the opening of a quick race on Harbour: eight cars, the
countdown beeps, the start, four seconds of racing, then a pile-up's worth of
crashes fired on top at full loudness, the worst the bus must hold. It prints
the peak (full scale 1.0) and the DC offset of the whole capture and its
loudness (RMS in dBFS; for a race, of the four seconds of racing). It needs
no window (dummy video).

The settings are the defaults, so the menu and the race can be compared as a
new player hears them.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 44100
BUFFER = 512
CRASHES_S = 3.0
"""How long the pile-up goes on (then a race's capture ends)."""
DRIVING_S = 4.0
"""A race's loudness is measured over this much racing, from half a second after the green
light (the beeps and the start left out); then the crashes start, for the peak."""


@dataclass(frozen=True, slots=True)
class Figures:
    """One capture, measured."""

    seconds: float
    peak: float
    """The largest sample's magnitude (1.0 is full scale)."""
    clipped: int
    """Samples at or over 0.99 of full scale."""
    loudness_dbfs: float
    """RMS of the measured stretch, in dB below full scale."""
    dc: float
    """The mean sample (a speaker cone pushed off centre)."""

    def line(self) -> str:
        return (
            f"{self.seconds:5.1f} s  peak {self.peak:.3f}  clipped {self.clipped}  "
            f"loudness {self.loudness_dbfs:6.1f} dBFS  dc {self.dc:+.5f}"
        )


def measure(samples: object, start_s: float = 0.0, end_s: float | None = None) -> Figures:
    """The figures of interleaved stereo int16 ``samples``, loudness from ``start_s`` to ``end_s``."""
    import numpy as np

    x = np.asarray(samples, dtype=np.float64).reshape(-1, 2) / 32768.0
    if not len(x):
        return Figures(0.0, 0.0, 0, -math.inf, 0.0)
    tail = x[int(start_s * RATE) : None if end_s is None else int(end_s * RATE)]
    mono = tail.mean(axis=1) if len(tail) else x.mean(axis=1)
    rms = float(np.sqrt(np.mean(mono**2)))
    return Figures(
        seconds=len(x) / RATE,
        peak=float(np.abs(x).max()),
        clipped=int((np.abs(x) >= 0.99).sum()),
        loudness_dbfs=20.0 * math.log10(rms) if rms > 0 else -math.inf,
        dc=float(x.mean()),
    )


def capture(what: str, seconds: float, raw: Path) -> Figures:
    """Play ``what`` ("menu" or "race") for ``seconds`` into ``raw`` and measure it."""
    os.environ.update(
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="disk",
        SDL_DISKAUDIOFILE=str(raw),
        SDL_DISKAUDIODELAY=str(int(1000 * BUFFER / RATE)),
    )
    import numpy as np
    import pygame

    from game.app.audio.device import create_audio
    from game.app.context import AppContext
    from game.app.display import SurfaceDisplay
    from game.content.library import Library
    from game.content.settings import Settings

    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((640, 360))
    pygame.mixer.init(RATE, -16, 2, BUFFER)
    home = Path(tempfile.mkdtemp(prefix="fast-track-audio-"))
    audio = create_audio(cache_dir=home / "cache")
    if not audio.available:
        raise RuntimeError("the disk audio driver did not open")
    app = AppContext(
        SurfaceDisplay((640, 360)),
        settings=Settings(),
        settings_path=home / "settings.json",
        content=Library(None),
        data_dir=home / "data",
        audio=audio,
    )
    if what == "menu":
        from game.app.scenes.title import TitleScene

        app.stack.push(TitleScene(app))
    else:
        from game.app.scenes.race import RaceScene
        from game.content.setup import RaceSetup

        app.autopilot = True
        app.stack.push(RaceScene(app, RaceSetup("quick-race", "harbour", "subaru", 7, 1, "normal", 3, True)))
    # what the device wrote while the scene was built is silence or the last screen: skip it
    begin_s = raw.stat().st_size / 4 / RATE if raw.exists() else 0.0
    marks = _run(app, seconds, what == "race", raw)
    audio.close()
    pygame.quit()
    samples = np.fromfile(raw, dtype=np.int16)
    if what == "race":
        if len(marks) < 2:
            raise RuntimeError(f"the race did not get {DRIVING_S:g} s past the green light in {seconds:g} s")
        return measure(samples, marks[0], marks[1])
    return measure(samples, begin_s + min(1.5, seconds / 2))


def _run(app: object, seconds: float, crashes: bool, raw: Path) -> list[float]:
    """Real time for up to ``seconds``; returns where (seconds into the capture) the racing stretch lies.

    In a race, the stretch runs from half a second after the green light for
    ``DRIVING_S`` of race time, found by the race's own clock (a busy machine
    runs the race late, never the audio); then, with ``crashes``, a heavy hit
    beside the player every 0.7 s, for ``CRASHES_S``.
    """
    from game.app.context import AppContext
    from game.sim.events import Collision

    assert isinstance(app, AppContext)
    begin = last = time.perf_counter()
    marks: list[float] = []
    next_crash = crashes_until = math.inf
    while (now := time.perf_counter()) - begin < seconds and now < crashes_until:
        app.update(min(now - last, 0.05))
        last = now
        app.draw(app.display.surface, 0.0)
        scene = app.stack.top
        session = getattr(scene, "session", None)
        if session is not None:
            clock = session.race.clock(session.time_s)
            if len(marks) < 2 and clock > 0.5 + DRIVING_S * len(marks):
                marks.append(raw.stat().st_size / 4 / RATE)
                if len(marks) == 2:
                    next_crash, crashes_until = now, now + CRASHES_S
        snap = getattr(scene, "snap", None)
        if crashes and snap is not None and now >= next_crash:
            next_crash = now + 0.7
            me = snap.vehicles[getattr(scene, "seat", 0)]
            hit = Collision(0, me.index, -1, 5000.0, 30.0, me.x, me.y)
            app.audio.race_update(snap, [hit])
        time.sleep(1 / 240)
    return marks


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.audio_capture", description=__doc__.splitlines()[0]
    )
    parser.add_argument("what", choices=("menu", "race"))
    parser.add_argument(
        "--seconds",
        type=float,
        default=None,
        help="at most this long (menu 4 s; a race ends after its crashes, by 40 s)",
    )
    parser.add_argument("--out", type=Path, help="keep the raw capture here (stereo int16, 44.1 kHz)")
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    args = parser.parse_args(argv)
    seconds = args.seconds if args.seconds is not None else (4.0 if args.what == "menu" else 40.0)
    raw = args.out or Path(tempfile.mkdtemp(prefix="fast-track-capture-")) / f"{args.what}.raw"
    try:
        figures = capture(args.what, seconds, raw)
    except (RuntimeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{args.what}: {figures.line()}")
    if args.json:
        print(json.dumps({"what": args.what, **{k: getattr(figures, k) for k in Figures.__slots__}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
