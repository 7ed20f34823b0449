"""The main loop: a fixed 120 Hz simulation under a display-rate renderer.

Real time goes into an accumulator; every whole 1/120 s in it is one
``update`` of the scene stack, and what is left over becomes the
interpolation ``alpha`` the renderer blends the last two states with. After
a stall (a breakpoint, a dragged window, a slow disk) at most
``max_steps`` updates run in one frame and the rest of the backlog is
dropped, so the game slows down for a moment instead of spiralling into
ever longer frames.

Everything the loop touches from outside comes in through its constructor
(clock, event source, display), so a test runs the real loop headless with
a scripted clock and counts its steps exactly.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

import pygame

from game.sim.rates import DT as STEP_S

MAX_STEPS_PER_FRAME = 8
"""Catch-up cap: 8 steps (67 ms of game time) per frame at most."""
_EPS = 1e-9


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic clock."""
        ...


class PerfClock:
    """The real clock."""

    def now(self) -> float:
        return time.perf_counter()


class Display(Protocol):
    """Where frames go: a window in the game, a plain surface in tests and shots."""

    @property
    def surface(self) -> pygame.Surface: ...

    def present(self) -> None: ...


class Stack(Protocol):
    """What the loop needs from the scene stack."""

    @property
    def empty(self) -> bool: ...

    @property
    def idle(self) -> bool:
        """Only an overlay moves (a pause menu): frames may come slower."""
        ...

    def handle_event(self, event: pygame.event.Event) -> None: ...

    def update(self, dt: float) -> None: ...

    def draw(self, surface: pygame.Surface, alpha: float) -> None: ...

    def focus_lost(self) -> None: ...


@dataclass(slots=True)
class FixedStep:
    """The accumulator: how many fixed steps a span of real time is worth."""

    step_s: float = STEP_S
    max_steps: int = MAX_STEPS_PER_FRAME
    accumulator: float = 0.0
    dropped_s: float = 0.0
    """Real time thrown away by the catch-up cap, in total (for diagnostics)."""

    def advance(self, elapsed: float) -> int:
        """Add ``elapsed`` seconds; return the number of steps to run now."""
        self.accumulator += max(0.0, elapsed)
        steps = int((self.accumulator + _EPS) // self.step_s)
        if steps > self.max_steps:
            self.dropped_s += (steps - self.max_steps) * self.step_s
            steps = self.max_steps
            self.accumulator = min(self.accumulator - steps * self.step_s, self.step_s - _EPS)
        else:
            self.accumulator = max(0.0, self.accumulator - steps * self.step_s)
        return steps

    @property
    def alpha(self) -> float:
        """How far real time is past the last step, as a fraction of a step (0..1)."""
        return min(1.0, self.accumulator / self.step_s)


EventSource = Callable[[], Iterable[pygame.event.Event]]


IDLE_FPS = 20
"""Frames a second while only an overlay moves (a pause menu): its focus still glides, and the
game takes under 5% of a core (30 fps took 7%)."""


class GameLoop:
    """Runs frames until the stack empties or ``stop()`` is called."""

    def __init__(
        self,
        stack: Stack,
        display: Display,
        clock: Clock | None = None,
        events: EventSource | None = None,
        step: FixedStep | None = None,
        on_event: Callable[[pygame.event.Event], bool] | None = None,
        pace: Callable[[], None] | None = None,
    ) -> None:
        """``on_event`` sees every event first and returns True to swallow it (F12, input
        state, hot-plug); ``pace`` waits out the rest of a frame when vsync is off."""
        self.stack = stack
        self.display = display
        self.clock = clock or PerfClock()
        self.events = events or pygame.event.get
        self.step = step or FixedStep()
        self.on_event = on_event
        self.pace = pace
        self._idle_clock = pygame.time.Clock()
        self.running = True
        self.frames = 0
        self.steps = 0
        self._last: float | None = None

    def stop(self) -> None:
        self.running = False

    def frame(self) -> None:
        """One frame: events, the fixed steps real time has earned, one draw."""
        now = self.clock.now()
        elapsed = 0.0 if self._last is None else now - self._last
        self._last = now
        for event in self.events():
            if event.type == pygame.QUIT:
                self.running = False
                return
            if event.type == pygame.WINDOWFOCUSLOST:
                self.stack.focus_lost()
            if self.on_event is not None and self.on_event(event):
                continue
            self.stack.handle_event(event)
            if self.stack.empty:
                self.running = False
                return
        for _ in range(self.step.advance(elapsed)):
            self.stack.update(self.step.step_s)
            self.steps += 1
            if self.stack.empty:
                self.running = False
                return
        self.stack.draw(self.display.surface, self.step.alpha)
        self.display.present()
        self.frames += 1
        if self.pace is not None:
            self.pace()
            if self.stack.idle:
                # a menu over a frozen drive needs no more than this; it held half a core
                self._idle_clock.tick(IDLE_FPS)

    def run(self, max_frames: int | None = None) -> None:
        while self.running and not self.stack.empty:
            if max_frames is not None and self.frames >= max_frames:
                return
            self.frame()
