"""``bench race``: a whole race, 8 AI cars, 3 laps, on the largest circuit; sim time / wall time.

Measures what a headless race really costs: physics, race rules and the
rivals' thinking together (the physics alone is ``bench sim``).
"""

from __future__ import annotations

import time

from game.content.vehicles import load_vehicles
from game.paths import VEHICLES_FILE
from game.sim.circuits import stadium_circuit
from game.sim.quickrace import quick_race
from game.sim.track import Track


def largest_circuit() -> Track:
    """The bundled circuit with the longest racing line; the stadium until maps exist."""
    best = stadium_circuit()
    try:
        from game.content import catalog, tmx
        from game.sim.ai.planner import racing_line_for

        best_len = racing_line_for(best).length
        for entry in catalog.bundled_tracks():
            if entry.kind != "circuit" or entry.error:
                continue
            track = tmx.load_track(entry.file, track_id=entry.id)
            length = racing_line_for(track).length
            if length > best_len:
                best, best_len = track, length
    except Exception:  # a broken map must not stop the benchmark; `check-map` reports it
        pass
    return best


def measure() -> dict[str, float]:
    specs = load_vehicles(VEHICLES_FILE)
    track = largest_circuit()
    warm_up = quick_race(track, specs, car="subaru", rivals=7, laps=3, seed=1)
    warm_up.step()  # compile (or load from cache) the physics outside the timing, as bench sim does
    session = quick_race(track, specs, car="subaru", rivals=7, laps=3, seed=1)
    start = time.perf_counter()
    session.run()
    wall = time.perf_counter() - start
    return {"race_x_realtime": round(session.time_s / wall, 1)}


if __name__ == "__main__":
    print(measure())
