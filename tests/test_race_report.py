"""The race report (issue 14, item 4): its counters count what they should, and its records agree
with the session's own results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game import cli
from game.sim.race.results import RaceResult
from game.tools import race_report as rr
from game.tools.race_report import LeadChange, Pass, Standings, count_lead_changes, count_passes

Stadium = tuple[rr.RaceRecord, list[RaceResult]]
RUN = "running"
DONE = "finished"


def timeline(
    script: list[tuple[float, list[int]]],
    end_s: float,
    laps: dict[float, list[int]] | None = None,
    states: dict[float, list[str]] | None = None,
    ties: tuple[tuple[int, int], ...] = (),
    dt: float = 1 / 30,
) -> list[Standings]:
    """Standings at 30 Hz from ``script`` (time the order takes effect, the order), up to ``end_s``.

    ``laps`` and ``states`` likewise change each racer's lap and state from a time on.
    """
    n = len(script[0][1])
    out = []
    k = 0
    while k * dt <= end_s + 1e-9:
        t = round(k * dt, 6)
        order = [o for when, o in script if when <= t + 1e-9][-1]
        lap = [ls for when, ls in sorted((laps or {}).items()) if when <= t + 1e-9] or [[1] * n]
        state = [st for when, st in sorted((states or {}).items()) if when <= t + 1e-9] or [[RUN] * n]
        out.append(Standings(t, tuple(order), tuple(lap[-1]), tuple(state[-1]), ties if k == 0 else ()))
        k += 1
    return out


def pairs(passes: list[Pass]) -> list[tuple[int, int]]:
    return [(p.passer, p.passed) for p in passes]


# --------------------------------------------------------------------------- passes


def test_a_clean_overtake_is_one_pass_booked_when_it_began() -> None:
    passes = count_passes(timeline([(0, [0, 1, 2]), (2.0, [1, 0, 2])], 6.0))
    assert pairs(passes) == [(1, 0)]
    assert passes[0].t == pytest.approx(2.0) and passes[0].lap == 1


def test_side_by_side_trading_places_is_no_pass_until_one_holds_ahead() -> None:
    flicker = [(0.0, [0, 1])] + [(0.5 + 0.3 * k, [1, 0] if k % 2 == 0 else [0, 1]) for k in range(10)]
    assert count_passes(timeline(flicker, 8.0)) == []  # ends [0, 1] as it started: nothing happened
    settles = [*flicker, (3.6, [1, 0])]
    passes = count_passes(timeline(settles, 8.0))
    assert pairs(passes) == [(1, 0)] and passes[0].t == pytest.approx(3.6)


def test_a_pass_and_a_re_pass_are_two_and_a_car_through_two_at_once_passes_both() -> None:
    assert pairs(count_passes(timeline([(0, [0, 1]), (1.0, [1, 0]), (4.0, [0, 1])], 8.0))) == [(1, 0), (0, 1)]
    assert sorted(pairs(count_passes(timeline([(0, [0, 1, 2]), (1.0, [2, 0, 1])], 4.0)))) == [(2, 0), (2, 1)]


def test_a_pass_is_booked_to_the_passers_lap() -> None:
    samples = timeline([(0, [0, 1]), (10.0, [1, 0])], 14.0, laps={0: [1, 1], 5.0: [2, 1], 9.0: [2, 2]})
    assert [(p.passer, p.lap) for p in count_passes(samples)] == [(1, 2)]


def test_a_pass_just_before_the_flag_counts_and_the_results_after_it_do_not() -> None:
    # car 1 passes car 0 0.2 s before taking the flag: a pass (it held to the line)
    late = timeline([(0, [0, 1]), (5.0, [1, 0])], 8.0, states={0: [RUN, RUN], 5.2: [RUN, DONE]})
    assert pairs(count_passes(late)) == [(1, 0)]
    # both finished; a penalty then puts car 0 ahead in the results: that is not a pass
    penalty = timeline(
        [(0, [0, 1]), (6.0, [1, 0])], 9.0, states={0: [RUN, RUN], 5.0: [DONE, RUN], 5.5: [DONE, DONE]}
    )
    assert count_passes(penalty) == []


def test_a_car_out_of_the_race_is_not_passed() -> None:
    samples = timeline([(0, [0, 1, 2]), (3.0, [1, 2, 0])], 6.0, states={0: [RUN] * 3, 3.0: ["out", RUN, RUN]})
    assert count_passes(samples) == []


def test_grid_rows_side_by_side_sort_themselves_without_a_pass_or_a_lead_change() -> None:
    ties = ((0, 1), (2, 3))
    # at the green light the rows are level: 1 gets away ahead of 0 and 3 ahead of 2: no pass
    script = [(0, [0, 1, 2, 3]), (0.1, [1, 0, 3, 2]), (5.0, [1, 3, 0, 2])]
    passes = count_passes(timeline(script, 9.0, ties=ties))
    assert pairs(passes) == [(3, 0)]  # only the real one: 3 from the second row past 0
    assert count_lead_changes(timeline(script, 9.0, ties=ties)) == []
    # without the ties the same start is three passes and a lead change
    assert len(count_passes(timeline(script, 9.0))) == 3
    assert len(count_lead_changes(timeline(script, 9.0))) == 1


# --------------------------------------------------------------------------- lead changes


def test_lead_changes_count_held_changes_of_first_place_until_the_flag() -> None:
    script = [
        (0, [0, 1, 2]),
        (2.0, [1, 0, 2]),  # 1 leads
        (5.0, [2, 1, 0]),  # 2 leads for 0.5 s only: no change
        (5.5, [1, 2, 0]),
        (8.0, [0, 1, 2]),  # 0 back in front
    ]
    states = {0: [RUN] * 3, 12.0: [DONE, RUN, RUN], 12.5: [DONE, DONE, RUN]}
    changes = count_lead_changes(timeline([*script, (12.2, [1, 0, 2])], 14.0, states=states))
    assert [(c.leader, c.previous) for c in changes] == [(1, 0), (0, 1)]
    assert [c.t for c in changes] == pytest.approx([2.0, 8.0])
    # a lead taken on the line counts at once
    photo = timeline([(0, [0, 1]), (5.0, [1, 0])], 6.0, states={0: [RUN, RUN], 5.1: [RUN, DONE]})
    assert count_lead_changes(photo) == [LeadChange(5.0, 1, 1, 0)]


def test_wall_contacts_close_together_are_one_hit() -> None:
    assert rr.merge_hits([0.0, 0.1, 0.3, 1.0, 1.6, 1.65]) == 3
    assert rr.merge_hits([]) == 0


# --------------------------------------------------------------------------- a real race


@pytest.fixture(scope="module")
def stadium() -> Stadium:
    """A one-lap race on the stadium measured by the report, and the same race run by the session."""
    from game.content.library import Library
    from game.content.sessions import build
    from game.content.setup import RaceSetup
    from game.sim.session import RaceSession

    library = Library()
    record = rr.run_race("test-stadium", "normal", 1, laps=1, rivals=7, library=library)
    setup = RaceSetup(
        kind="quick-race",
        track="test-stadium",
        car="subaru",
        rivals=7,
        laps=1,
        difficulty="normal",
        seed=1,
        player_ai=True,
    )
    session = build(setup, library).play
    assert isinstance(session, RaceSession)
    results = session.run()
    assert record.state_hash == session.state_hash()  # measuring did not change the race
    return record, results


def test_the_record_holds_the_sessions_results(stadium: Stadium) -> None:
    record, results = stadium
    assert [(c.name, c.car, c.status) for c in record.cars] == [(r.name, r.car, r.status) for r in results]
    assert len(record.finishers) == sum(r.finished for r in results) and record.dnf == 0
    for line, r in zip(record.cars, results, strict=True):
        assert line.time_s == pytest.approx(r.time_s, abs=1e-3)
        assert line.lap_times == pytest.approx(r.lap_times, abs=1e-3) and len(line.lap_times) == 1
        assert line.best_lap_s == pytest.approx(min(r.lap_times), abs=1e-3)
        assert line.time_s == pytest.approx(line.lap_times[0] + line.penalty_s, abs=2e-3)  # one lap
        assert line.wall_hits == r.wall_hits and line.respawns == r.respawns
    assert record.margin_s == pytest.approx(results[1].gap_s, abs=1e-3)
    assert record.spread_s == pytest.approx(results[-1].gap_s, abs=1e-3)
    assert record.margin_s is not None and record.spread_s is not None
    assert 0 < record.margin_s <= record.spread_s
    assert record.respawns == sum(r.respawns for r in results)
    assert record.best_lap_s == pytest.approx(min(r.best_lap_s for r in results), abs=1e-3)
    assert record.author_s is None  # the stadium has no author ghost


def test_the_passes_of_a_real_race_explain_its_result(stadium: Stadium) -> None:
    """Each pair not level on the grid swapped places an odd number of times iff its order changed."""
    record, _ = stadium
    assert record.start_order == tuple(range(8))  # the grid: the player on pole, the rivals behind
    assert set(record.start_ties) == {(0, 1), (2, 3), (4, 5), (6, 7)}  # the stadium's rows of two
    assert record.passes and all(p.lap == 1 and p.t >= 0 for p in record.passes)
    assert record.respawns == 0  # (no penalty reorders the finishers)
    final = {c.vehicle: k for k, c in enumerate(record.cars)}
    start = {v: k for k, v in enumerate(record.start_order)}
    ties = set(record.start_ties)
    for a in range(8):
        for b in range(a + 1, 8):
            if (a, b) in ties:
                continue
            swaps = sum(1 for p in record.passes if {p.passer, p.passed} == {a, b})
            changed = (start[a] < start[b]) != (final[a] < final[b])
            assert swaps % 2 == int(changed), (a, b, swaps)
    winner = record.cars[0].vehicle
    last_leader = record.lead_changes[-1].leader if record.lead_changes else None
    assert last_leader == winner or (last_leader is None and winner in (0, 1))
    assert sum(record.passes_by_lap) == len(record.passes)


def test_a_record_round_trips_through_json(stadium: Stadium, tmp_path: Path) -> None:
    record, _ = stadium
    again = rr.RaceRecord.from_json(json.loads(json.dumps(record.to_json())))
    assert again == record
    report = tmp_path / "report.txt"
    report.write_text("a table\n" + json.dumps(rr.report_json({"laps": 1}, [record, again])) + "\n")
    params, records = rr.load_records(report)
    assert params == {"laps": 1} and records == [record, record]
    assert rr.aggregate(records) == rr.aggregate([record, record])


# --------------------------------------------------------------------------- table and targets


def synthetic(
    seed: int, winner: str, margin: float, lap_passes: tuple[int, ...], leads: int, respawns: int = 0
) -> rr.RaceRecord:
    """A three-car, len(lap_passes)-lap race with the given figures."""

    def line(k: int, car: str, gap: float) -> rr.CarLine:
        return rr.CarLine(
            k, f"driver {k}", car, k + 1, DONE, 100 + gap, gap, 3, (33.0, 33.0, 34.0 + gap), 33.0, 0, 0.0, k
        )

    cars = (line(0, winner, 0.0), line(1, "subaru", margin), line(2, "bmw", margin + 4))
    passes = tuple(Pass(float(lap), lap, 1, 0) for lap, n in enumerate(lap_passes, 1) for _ in range(n))
    return rr.RaceRecord(
        "ring", "normal", seed, len(lap_passes), "subaru", 2, "h", cars, (0, 1, 2), (), passes,
        tuple(LeadChange(float(k), 1, 1, 0) for k in range(leads)),
        {"stuck": respawns} if respawns else {}, 30.0, "subaru", 120.0,
    )  # fmt: skip


def test_the_table_and_the_targets_read_the_records() -> None:
    records = [
        synthetic(0, "enzo", 1.0, (10, 3, 2), 3),
        synthetic(1, "enzo", 2.0, (10, 2, 1), 2, respawns=2),
        synthetic(2, "fordgt", 9.0, (10, 1, 0), 1),
    ]
    (row,) = rr.aggregate(records)
    assert (row.races, row.starters, row.finishers, row.dnf) == (3, 9, 9, 0)
    assert row.median_margin_s == 2.0 and row.median_spread_s == 6.0
    assert row.lap1_passes == 10.0 and row.later_passes_per_lap == pytest.approx(1.5)
    assert row.later_ratio == pytest.approx(9 / 30, abs=1e-3)
    assert row.lead_changes == pytest.approx(2.0) and row.respawns == pytest.approx(2 / 3, abs=1e-3)
    assert row.later_lead_changes == 0.0  # every synthetic lead change is on lap 1
    assert (row.top_car, row.top_car_wins, row.wins) == ("enzo", 2, 3)
    assert row.wall_hits == 3.0  # 0 + 1 + 2 per race
    assert row.median_best_lap_s == 33.0 and row.best_vs_author_pct == pytest.approx(10.0)
    targets = rr.check_targets(records)
    assert [t.ok for t in targets] == [True, True, False, True, False, True]  # later/L1 30%, enzo 67%
    text = rr.format_table(rr.aggregate(records)) + rr.format_targets(records, rr.check_targets(records))
    assert "ring" in text and "enzo 67% (2/3)" in text and "FAIL  no car wins more than 40%" in text
    assert rr.check_targets([r for r in records if r.difficulty == "hard"]) == []


def test_the_command_reports_a_saved_run_and_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [synthetic(0, "enzo", 1.0, (10, 3, 2), 3)]
    saved = tmp_path / "r.json"
    saved.write_text(json.dumps(rr.report_json({"laps": 3, "seeds": [0]}, records)))
    assert cli.main(["race-report", "--from", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "PASS  0 DNF" in out and "FAIL  no car wins more than 40% of races" in out
    assert cli.main(["race-report", "--from", str(saved), "--check"]) == 1
    assert rr.main(["--from", str(saved), "--check", "--json"]) == 1
    last = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert last["report"] == "race-report" and len(last["races"]) == 1 and last["targets"][0]["ok"]
    assert cli.main(["race-report", "--seeds", "0"]) == 2
