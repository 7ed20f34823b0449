"""The main loop: exact fixed steps for injected time, a catch-up cap, alpha, focus loss."""

from __future__ import annotations

import pygame
import pytest

from game.app.loop import MAX_STEPS_PER_FRAME, STEP_S, FixedStep, GameLoop


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def now(self) -> float:
        return self.t


class CountingStack:
    """A stand-in scene stack that records what the loop asked of it."""

    def __init__(self) -> None:
        self.updates = 0
        self.draws: list[float] = []
        self.events: list[int] = []
        self.focus_lost_calls = 0
        self.empty = False
        self.idle = False

    def handle_event(self, event: pygame.event.Event) -> None:
        self.events.append(event.type)

    def update(self, dt: float) -> None:
        assert dt == STEP_S
        self.updates += 1

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        self.draws.append(alpha)

    def focus_lost(self) -> None:
        self.focus_lost_calls += 1


class Screen:
    def __init__(self) -> None:
        self.surface = pygame.Surface((8, 8))
        self.presented = 0

    def present(self) -> None:
        self.presented += 1


def _loop(events: list[list[pygame.event.Event]] | None = None) -> tuple[GameLoop, FakeClock, CountingStack]:
    clock, stack = FakeClock(), CountingStack()
    queue = list(events or [])
    loop = GameLoop(stack, Screen(), clock=clock, events=lambda: queue.pop(0) if queue else [])
    return loop, clock, stack


@pytest.mark.parametrize("frame_s", [1 / 60, 1 / 144, 1 / 30, 1 / 120, 0.013])
def test_n_steps_for_n_120ths_of_a_second(frame_s: float) -> None:
    loop, clock, stack = _loop()
    loop.frame()  # the first frame only starts the clock
    n = 1200
    frames = round(n * STEP_S / frame_s)
    for _ in range(frames):
        clock.t += n * STEP_S / frames
        loop.frame()
    assert stack.updates == n
    assert loop.frames == frames + 1 and len(stack.draws) == frames + 1


def test_catch_up_is_capped_and_the_backlog_dropped() -> None:
    loop, clock, stack = _loop()
    loop.frame()
    clock.t += 5.0  # a five-second stall
    loop.frame()
    assert stack.updates == MAX_STEPS_PER_FRAME
    assert loop.step.dropped_s == pytest.approx(5.0 - MAX_STEPS_PER_FRAME * STEP_S, abs=STEP_S)
    clock.t += STEP_S
    loop.frame()
    assert stack.updates <= MAX_STEPS_PER_FRAME + 2  # back to normal at once, no spiral


def test_alpha_is_the_leftover_fraction_of_a_step() -> None:
    step = FixedStep()
    assert step.advance(2.5 * STEP_S) == 2
    assert step.alpha == pytest.approx(0.5)
    assert step.advance(0.5 * STEP_S) == 1
    assert step.alpha == pytest.approx(0.0, abs=1e-6)


def test_negative_time_is_ignored() -> None:
    step = FixedStep()
    assert step.advance(-1.0) == 0 and step.alpha == 0.0


def test_focus_loss_reaches_the_stack_and_quit_stops() -> None:
    focus = pygame.event.Event(pygame.WINDOWFOCUSLOST)
    key = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_a)
    loop, _clock, stack = _loop([[focus, key], [pygame.event.Event(pygame.QUIT)]])
    loop.run(max_frames=10)
    assert stack.focus_lost_calls == 1
    assert pygame.KEYDOWN in stack.events
    assert not loop.running and loop.frames == 1


def test_on_event_can_swallow_events() -> None:
    key = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F12)
    clock, stack = FakeClock(), CountingStack()
    seen: list[int] = []
    queue = [[key]]
    loop = GameLoop(
        stack,
        Screen(),
        clock=clock,
        events=lambda: queue.pop(0) if queue else [],
        on_event=lambda e: seen.append(e.key) is None,
    )
    loop.run(max_frames=2)
    assert seen == [pygame.K_F12] and stack.events == []
