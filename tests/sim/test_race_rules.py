"""Race rules on scripted motion: gates in order, laps, timing, wrong way, stuck, out of bounds."""

from __future__ import annotations

import numpy as np
import pytest

from game.sim.ai.line import RacingLine, build_line
from game.sim.ai.sensing import FleetState, LineTracker
from game.sim.circuits import stadium_circuit
from game.sim.race import (
    CountdownTick,
    LapCompleted,
    Race,
    RaceConfig,
    Racer,
    RaceStarted,
    WrongWay,
)
from game.sim.race.events import RaceEvent
from game.sim.track import Track

TRACK = stadium_circuit()
LINE = build_line(TRACK, TRACK.racing_line)


def _gates(track: Track) -> list:
    assert track.finish is not None
    return [*sorted(track.checkpoints, key=lambda c: c.index), track.finish]


class Script:
    """One car moved along the racing line by hand, the rules updated every ``every`` 1/120 s steps."""

    def __init__(self, line: RacingLine, config: RaceConfig, every: int = 4, start_s: float = -30.0) -> None:
        self.line = line
        self.race = Race(line, _gates(TRACK), [Racer(0, "test", "subaru")], config)
        self.tracker = LineTracker(line)
        self.every = every
        self.s = start_s
        self.step = 0
        self.events: list[RaceEvent] = []

    def run(self, seconds: float, speed: float, lateral: float = 0.0) -> list[tuple[int, str]]:
        wanted = []
        dt = 1.0 / 120.0
        for _ in range(round(seconds * 120)):
            t = self.step * dt
            if t >= self.race.go_time:
                self.s += speed * dt
            self.step += 1
            if self.step % self.every == 0:
                p, tangent = self.line.point_at(self.s, lateral)
                vel = tangent * speed if t >= self.race.go_time else 0j
                fleet = FleetState(
                    self.step * dt, np.array([p]), np.array([np.angle(tangent)]), np.array([vel]), np.zeros(1)
                )
                self.tracker.update(fleet.pos)
                wanted += self.race.update(self.step, fleet, self.tracker, np.zeros(1, dtype=bool))
                self.events += self.race.drain_events()
        return wanted


def test_countdown_then_laps_counted_and_timed() -> None:
    script = Script(LINE, RaceConfig(laps=2), every=4)
    script.run(3.0 + 30.0 / 40.0 + 2 * LINE.length / 40.0 + 1.0, speed=40.0)
    ticks = [e.seconds_left for e in script.events if isinstance(e, CountdownTick)]
    assert ticks == [3, 2, 1]
    assert any(isinstance(e, RaceStarted) for e in script.events)
    laps = [e for e in script.events if isinstance(e, LapCompleted)]
    assert [e.lap for e in laps] == [1, 2]
    # the first lap starts 30 m behind the line; the second is exactly one lap at 40 m/s
    assert laps[0].lap_time_s == pytest.approx((30.0 + LINE.length) / 40.0, abs=0.02)
    assert laps[1].lap_time_s == pytest.approx(LINE.length / 40.0, abs=0.02)
    result = script.race.results()[0]
    assert result.finished and result.laps == 2
    assert result.best_lap_s == pytest.approx(laps[1].lap_time_s)


def test_lap_times_do_not_depend_on_how_often_the_rules_run() -> None:
    times = []
    for every in (1, 4, 12):
        script = Script(LINE, RaceConfig(laps=1), every=every)
        script.run(3.0 + (30.0 + LINE.length) / 37.0 + 1.0, speed=37.0)
        times.append(script.race.results()[0].time_s)
    assert times[0] is not None
    assert max(times) - min(times) < 1e-6  # type: ignore[operator]


def test_driving_backwards_is_wrong_way_and_counts_nothing() -> None:
    script = Script(LINE, RaceConfig(laps=1), start_s=50.0)
    script.run(3.0 + 30.0, speed=-30.0)
    assert [e.wrong for e in script.events if isinstance(e, WrongWay)] == [True]
    assert not [e for e in script.events if isinstance(e, LapCompleted)]
    assert script.race.results()[0].laps == 0


def test_a_car_that_makes_no_progress_is_respawned_as_stuck() -> None:
    script = Script(LINE, RaceConfig(laps=1, stuck_s=5.0))
    wanted = script.run(3.0 + 6.0, speed=0.0)
    assert wanted and wanted[0] == (0, "stuck")


def test_a_car_that_only_crawls_is_respawned_as_stuck() -> None:
    """Two cars locked against a wall once crawled on at 6 km/h for a minute, never freed."""
    script = Script(LINE, RaceConfig(laps=1))
    wanted = script.run(3.0 + 12.0, speed=1.7)
    assert wanted and wanted[0] == (0, "stuck")


def test_a_slow_car_that_keeps_going_is_not_stuck() -> None:
    script = Script(LINE, RaceConfig(laps=1))
    assert not script.run(3.0 + 40.0, speed=4.0)


def test_a_car_far_off_the_track_is_respawned_as_out_of_bounds() -> None:
    script = Script(LINE, RaceConfig(laps=1))
    wanted = script.run(4.0, speed=10.0, lateral=60.0)
    assert (0, "out_of_bounds") in wanted


def test_skipping_a_checkpoint_does_not_complete_a_lap() -> None:
    # Jump from before gate 1 to after it by teleporting: the gate is never crossed.
    script = Script(LINE, RaceConfig(laps=1))
    gate1_s = script.race.gate_s[1]
    script.run(3.0 + (30.0 + gate1_s - 20.0) / 40.0, speed=40.0)
    script.s += 60.0
    script.race.moved(0, LINE.point_at(script.s)[0])
    script.run((LINE.length - gate1_s + 30.0) / 40.0, speed=40.0)
    assert not [e for e in script.events if isinstance(e, LapCompleted)]
