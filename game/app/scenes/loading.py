"""The loading screen between "Start" and the green light, and the physics warmed in the menus.

Starting a drive builds a session (the map, the field, the computer drivers'
plans: pure Python, pymunk and numba) and then its renderer (sprites and
ground chunks: pygame). Done in one go inside the menu's key handler, that
froze the screen with no feedback. Here the flow hands the build over as a
list of :class:`Stage` s and a :class:`LoadingScene` runs them: stages that
touch no pygame run on a worker thread while the main thread keeps drawing
(pygame drawing stays on the main thread); the others run on the main thread,
one per drawn frame once the screen shows, so the bar moves between them.

**The 0.3 s rule.** A wait the player would not notice should not flash a
screen: the scene is an overlay that draws nothing of itself (the menu it
was started from stays on screen) until :data:`SHOW_AFTER_S` has passed
since Start; after that it covers the window with the progress bar, the
stage's name and a tip. Esc (or B) goes back to where Start was chosen; a
worker still busy finishes in the background and its result is dropped.

**The warm-up.** The first drive of a process used to pay ~0.2 s of imports
and ~0.2 s of numba loading its cached machine code on the first step.
:func:`start_warmup` (called by the entry point after the first frame) does
both on a daemon thread while the player is in the menus: it imports the
modules a drive needs and runs a throw-away two-car stadium session for a few
steps. That session has its own world and seed and touches no shared state,
so it changes nothing any later session computes (determinism holds); the
loading screen's first stage waits for the warm-up if it is still going.
"""

from __future__ import annotations

import importlib
import itertools
import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from game.app.scenes.base import App, Scene
from game.app.ui import theme as th

log = logging.getLogger(__name__)

SHOW_AFTER_S = 0.3
"""A load shorter than this shows nothing new (DESIGN: a loading screen for any wait > 0.3 s)."""
POLL_S = 0.004
"""How long each update waits on a busy worker: the GIL goes to the worker, frames stay live."""
GUESS_S = 0.15
"""What a main-thread stage never timed in this process is expected to take (a race's renderer)."""
CREEP_S = 0.6
"""Time constant of the bar's creep through a worker stage (its length is not known beforehand)."""

TIPS: tuple[str, ...] = (
    "Tap the handbrake (Space, or B on a pad) to throw the car sideways into a hairpin.",
    "Nitrous (Shift, or Y on a pad) pays most on a long straight: save it for the exits.",
    "Facing a wall? R (Back on a pad) puts you back on the track, pointing the right way.",
    "Tuck in behind a rival: the draft cuts your drag, then pull out late to pass.",
    "Everyone else home? Enter skips to the finish at the pace you were driving.",
    "In a time trial you race your own best lap as a ghost; beat it and it becomes the ghost.",
    "Every race is recorded: watch it back from the results screen, from any car.",
    "Esc pauses at any time, and the race pauses itself if the window loses focus.",
)
_took: dict[str, float] = {}
"""How long each main-thread stage took last time, by label: whether it would outlast the 0.3 s."""
_next_tip = itertools.count()
"""Tips take turns (no random draw: nothing here may touch an RNG a session could share)."""


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of a load: what the screen says while it runs, and the work.

    ``worker`` True: the work touches no pygame (imports, maps, the session)
    and may run on a thread while the screen is drawn. The last stage returns
    the scene to go to.
    """

    label: str
    run: Callable[[], object]
    worker: bool = False


class _Job:
    """A worker stage on its daemon thread, holding what it returned or raised."""

    def __init__(self, run: Callable[[], object], started: float) -> None:
        self.run = run
        self.started = started
        self.result: object = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._main, name="fast-track-load", daemon=True)
        self.thread.start()

    def _main(self) -> None:
        try:
            self.result = self.run()
        except BaseException as exc:  # handed to the main thread, which reports it
            self.error = exc


class LoadingScene(Scene):
    """Runs a drive's stages, then hands the built scene to ``done``.

    ``failed`` gets an exception from any stage (the flow turns it into its
    toast); ``cancel`` is called when the player backs out. Each is called at
    most once, and nothing happens after the scene has left the stack.
    """

    overlay = True  # under 0.3 s the screen Start was chosen on stays visible
    busy = True  # frames at full rate, not an overlay's idle rate (``AppContext.idle``)
    name = "loading"

    def __init__(
        self,
        app: App,
        title: str,
        stages: Sequence[Stage],
        done: Callable[[Scene], None],
        failed: Callable[[BaseException], None],
        cancel: Callable[[], None],
        clock: Callable[[], float] = time.perf_counter,
        tip: int | None = None,
    ) -> None:
        super().__init__(app)
        if not stages:
            raise ValueError("a load needs at least one stage")
        self.title = title
        self.stages = tuple(stages)
        self.done_to = done
        self.failed_to = failed
        self.cancel_to = cancel
        self.clock = clock
        self.started = clock()
        self.tip = TIPS[(next(_next_tip) if tip is None else tip) % len(TIPS)]
        self.index = 0
        """Stages finished so far."""
        self.over = False
        """Done, failed, cancelled or removed: the scene does nothing more."""
        self._job: _Job | None = None
        self._frames = 0
        """Frames drawn while showing; a main-thread stage waits for one, so the bar is seen to move."""
        self._frames_at_stage = 0
        self._forced = False
        """Shown before 0.3 s: the next blocking stage would have frozen the screen past it."""

    # -- state -----------------------------------------------------------------------------------

    @property
    def elapsed(self) -> float:
        return self.clock() - self.started

    @property
    def showing(self) -> bool:
        """The screen is drawn: the wait has passed :data:`SHOW_AFTER_S`, or the next blocking
        stage is expected to take it past that (so a wait over 0.3 s is never a frozen menu)."""
        return self._forced or self.elapsed >= SHOW_AFTER_S

    @property
    def progress(self) -> float:
        """0..1: whole stages done, plus a creep through a worker stage that never reaches its end."""
        part = 0.0
        if self._job is not None:
            part = 0.9 * (1.0 - math.exp(-(self.clock() - self._job.started) / CREEP_S))
        return min(1.0, (self.index + part) / len(self.stages))

    @property
    def label(self) -> str:
        return self.stages[min(self.index, len(self.stages) - 1)].label

    # -- running the stages ----------------------------------------------------------------------

    def update(self, dt: float) -> None:
        if self.over:
            return
        job = self._job
        if job is not None:
            job.thread.join(POLL_S)
            if job.thread.is_alive():
                return
            self._job = None
            if job.error is not None:
                self._fail(job.error)
            else:
                self._stage_done(job.result)
            return
        stage = self.stages[self.index]
        if stage.worker:
            self._job = _Job(stage.run, self.clock())
            return
        if not self.showing and self.elapsed + _took.get(stage.label, GUESS_S) >= SHOW_AFTER_S:
            self._forced = True
        if self.showing and self._frames == self._frames_at_stage:
            return  # the bar has not been drawn since the last main-thread stage
        began = self.clock()
        try:
            result = stage.run()
        except Exception as exc:
            self._fail(exc)
            return
        _took[stage.label] = self.clock() - began
        self._frames_at_stage = self._frames
        self._stage_done(result)

    def run_all(self) -> None:
        """Every stage now, on this thread, the screen never drawn (tests and tools)."""
        while not self.over:
            stage = self.stages[self.index]
            try:
                result = stage.run()
            except Exception as exc:
                self._fail(exc)
                return
            self._stage_done(result)

    def _stage_done(self, result: object) -> None:
        self.index += 1
        if self.index < len(self.stages):
            return
        self.over = True
        if not isinstance(result, Scene):
            self.failed_to(TypeError(f"the last loading stage gave {type(result).__name__}, not a scene"))
            return
        log.info("%s loaded in %.0f ms", self.title, self.elapsed * 1000.0)
        self.done_to(result)

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, Exception):
            raise exc  # KeyboardInterrupt, SystemExit: not a load that failed
        self.over = True
        self.failed_to(exc)

    # -- the player -------------------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        if not self.over and self.app.input.menu_action(event) == "back":
            self.over = True
            self.cancel_to()

    def exit(self) -> None:
        self.over = True  # left the stack some other way (quit to menu): a late result is dropped

    # -- drawing ------------------------------------------------------------------------------------

    def bar_rect(self, surface: pygame.Surface) -> pygame.Rect:
        """Where the progress bar's trough is (the fill grows from its left edge)."""
        k = self.app.theme.scale(surface)
        w, h = surface.get_size()
        width = min(round(820 * k), w - round(120 * k))
        return pygame.Rect((w - width) // 2, round(h * 0.5), width, max(6, round(16 * k)))

    def fill_width(self, surface: pygame.Surface) -> int:
        """The filled part of the bar, in pixels, for the progress now."""
        return round(self.bar_rect(surface).width * self.progress)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        if not self.showing:
            return  # a short wait: the screen below stays as it was
        self._frames += 1  # counts frames shown, which paces the main-thread stages (not game state)
        theme = self.app.theme
        k = theme.scale(surface)
        theme.backdrop(surface, self.elapsed)
        theme.heading(surface, "Loading", self.title)
        bar = self.bar_rect(surface)
        card = bar.inflate(round(80 * k), 0)
        card.height = round(150 * k)
        card.bottom = bar.bottom + round(50 * k)
        theme.panel(surface, card, 225)
        theme.text(surface, self.label + "…", 30, (bar.left, bar.top - round(56 * k)), th.INK, bold=True)
        theme.text(
            surface,
            f"{round(self.progress * 100)}%",
            26,
            (bar.right, bar.top - round(52 * k)),
            th.MUTED,
            anchor="topright",
        )
        radius = bar.height // 2
        pygame.draw.rect(surface, th.PANEL_EDGE, bar, border_radius=radius)
        filled = self.fill_width(surface)
        if filled > 0:
            fill = pygame.Rect(bar.left, bar.top, max(filled, bar.height), bar.height)
            pygame.draw.rect(surface, th.ACCENT, fill, border_radius=radius)
            # a light sweeping along the fill: the load is alive even while one stage runs long
            sweep = (self.elapsed * 0.8) % 1.0
            x = fill.left + round(sweep * fill.width)
            glint = pygame.Rect(0, 0, max(2, round(40 * k)), bar.height)
            glint.midleft = (x, bar.centery)
            glint = glint.clip(fill)
            if glint.width > 0:
                pygame.draw.rect(surface, th.ACCENT_2, glint, border_radius=radius)
        self._draw_tip(surface, card.bottom + round(40 * k))
        theme.hints(surface, "Esc / B  back")

    def _draw_tip(self, surface: pygame.Surface, top: int) -> None:
        theme = self.app.theme
        k = theme.scale(surface)
        w, _ = surface.get_size()
        font = theme.font(surface, 26)
        width = min(round(820 * k), w - round(120 * k))
        lines = wrap_words(font, self.tip, width - round(48 * k))[:3]
        line_h = font.get_linesize()
        box = pygame.Rect(0, top, width + round(80 * k), round(62 * k) + line_h * len(lines))
        box.centerx = w // 2
        theme.panel(surface, box, 190)
        left = box.left + round(40 * k)
        theme.text(surface, "TIP", 20, (left, box.top + round(16 * k)), th.ACCENT, bold=True)
        y = box.top + round(44 * k)
        for line in lines:
            theme.text(surface, line, 26, (left, y), th.INK)
            y += line_h


def wrap_words(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """``text`` in lines no wider than ``width`` pixels, broken at spaces (a tip is a sentence)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and font.size(trial)[0] > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


# -- the warm-up ------------------------------------------------------------------------------------

WARM_MODULES: tuple[str, ...] = (
    "game.sim.session",
    "game.sim.timetrial",
    "game.sim.mission.play",
    "game.sim.replay",
    "game.content.sessions",
    "game.content.replays",
    "game.content.tmx",
)
"""What a drive imports beyond the menus (the physics with its numba kernels, the resolver)."""
WARM_STEPS = 4
"""Steps of the throw-away session: one runs every kernel a race step uses."""


class Warmup:
    """The heavy imports and numba's first calls, once per process, on a daemon thread."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.done = threading.Event()
        self.seconds: float | None = None
        """How long the warm-up took (None until it has finished)."""

    def start(self) -> bool:
        """Begin in the background; False if it was started already."""
        with self._lock:
            if self._thread is not None:
                return False
            self._thread = threading.Thread(target=self._main, name="fast-track-warmup", daemon=True)
            self._thread.start()
            return True

    @property
    def started(self) -> bool:
        return self._thread is not None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the warm-up ends (at once if it never started); True if it has."""
        if self._thread is None:
            return True
        return self.done.wait(timeout)

    def _main(self) -> None:
        start = time.perf_counter()
        try:
            warm_physics()
        except Exception:  # a warm-up that fails costs only the time it saves: never the game
            log.exception("the physics warm-up failed; the first drive will load it instead")
        finally:
            self.seconds = time.perf_counter() - start
            self.done.set()


def warm_physics() -> None:
    """Import what a drive needs and step a throw-away stadium session (numba loads its cache).

    The session is built from the stadium circuit and the vehicles file, with
    its own seed: no Library, no settings, nothing a later session reads.
    """
    for name in WARM_MODULES:
        importlib.import_module(name)
    from game.content.vehicles import load_vehicles
    from game.paths import VEHICLES_FILE
    from game.sim.ai.profile import Skill
    from game.sim.circuits import stadium_circuit
    from game.sim.race import RaceConfig
    from game.sim.session import Entrant, RaceSession

    spec = next(iter(load_vehicles(VEHICLES_FILE).values()))
    session = RaceSession(
        stadium_circuit(),
        [Entrant("warm-up", spec), Entrant("warm-up AI", spec, Skill())],
        RaceConfig(laps=1),
    )
    for _ in range(WARM_STEPS):
        session.step()


WARMUP = Warmup()
"""The process's one warm-up (started by ``game.app.main`` after the first frame)."""


def start_warmup() -> bool:
    return WARMUP.start()
