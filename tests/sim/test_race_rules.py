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

    def run(
        self, seconds: float, speed: float, lateral: float = 0.0, facing_back: bool = False
    ) -> list[tuple[int, str]]:
        """Move along the line at ``speed`` (negative: against the lap), nose along the lap
        or, with ``facing_back``, against it."""
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
                    self.step * dt,
                    np.array([p]),
                    np.array([np.angle(tangent) + (np.pi if facing_back else 0.0)]),
                    np.array([vel]),
                    np.zeros(1),
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


def _wrong_way_events(script: Script) -> list[bool]:
    return [e.wrong for e in script.events if isinstance(e, WrongWay)]


def test_driving_backwards_is_wrong_way_and_counts_nothing() -> None:
    script = Script(LINE, RaceConfig(laps=1), start_s=50.0)
    script.run(3.0 + 30.0, speed=-30.0, facing_back=True)
    assert _wrong_way_events(script) == [True]
    assert not [e for e in script.events if isinstance(e, LapCompleted)]
    assert script.race.results()[0].laps == 0


def test_reversing_out_of_a_wall_nose_along_the_lap_is_not_wrong_way() -> None:
    """It went by motion alone: backing out of a wall flashed WRONG WAY at a car pointing right."""
    script = Script(LINE, RaceConfig(laps=1), start_s=50.0)
    script.run(3.0 + 4.0, speed=-5.0)
    assert _wrong_way_events(script) == []


def test_turning_round_clears_wrong_way() -> None:
    script = Script(LINE, RaceConfig(laps=1), start_s=200.0)
    script.run(3.0 + 3.0, speed=-20.0, facing_back=True)
    script.run(1.0, speed=0.0)  # turned round on the spot, now pointing along the lap
    assert _wrong_way_events(script) == [True, False]


def test_a_respawn_clears_wrong_way() -> None:
    """It stayed on after a respawn, with the car put back facing the right way."""
    script = Script(LINE, RaceConfig(laps=1), start_s=200.0)
    script.run(3.0 + 3.0, speed=-20.0, facing_back=True)
    assert _wrong_way_events(script) == [True]
    script.race.respawned(0, "requested", 150.0, script.step / 120.0)
    script.events += script.race.drain_events()
    assert _wrong_way_events(script) == [True, False]
    assert not script.race.cards[0].wrong


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


@pytest.mark.parametrize("human", [False, True])
def test_the_finish_window_ends_a_computer_straggler_but_a_person_races_on(human: bool) -> None:
    """Two cars: one laps at 40 m/s, the other crawls at 3 m/s; 70 s after the winner finishes."""
    racers = [Racer(0, "quick", "subaru"), Racer(1, "slow", "subaru", human)]
    race = Race(LINE, _gates(TRACK), racers, RaceConfig(laps=1))
    tracker = LineTracker(LINE)
    s = np.array([-10.0, -20.0])
    speed = np.array([40.0, 3.0])
    dt = 4 / 120
    t = 0.0
    step = 0
    winner_t = None
    while t < 300.0:
        step += 4
        t += dt
        if t >= race.go_time:
            s = s + speed * dt
        pts = [LINE.point_at(x) for x in s]
        fleet = FleetState(
            t,
            np.array([p for p, _ in pts]),
            np.array([np.angle(tg) for _, tg in pts]),
            np.array([tg * v for (_, tg), v in zip(pts, speed, strict=True)]),
            np.zeros(2),
        )
        tracker.update(fleet.pos)
        race.update(step, fleet, tracker, np.zeros(2, dtype=bool))
        if winner_t is None and race.cards[0].finished:
            winner_t = t
        if winner_t is not None and t > winner_t + 70.0:
            break
    assert winner_t is not None
    slow = race.results()[1]
    if human:
        assert slow.status == "running" and not race.over and race.can_project(t)
        race.project_finish(step, t)
        slow = race.results()[1]
        assert (slow.position, slow.status) == (2, "projected")
        # 3 m/s over what is left of the lap, from where it is now
        left = LINE.length - float(race.s_unwrapped[1])
        assert slow.time_s == pytest.approx(race.clock(t) + left / 3.0, rel=0.05)
    else:
        assert slow.status == "dnf" and race.over and not race.can_project(t)
