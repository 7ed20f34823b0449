"""``bench race``: a whole race, 8 AI cars, 3 laps, on the largest circuit; sim time / wall time.

Measures what a headless race really costs: physics, race rules and the
rivals' thinking together (the physics alone is ``bench sim``).
"""

from __future__ import annotations

import time

from game.content.library import Library
from game.content.sessions import build
from game.content.setup import RaceSetup
from game.sim.circuits import stadium_circuit
from game.sim.session import RaceSession
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
    library = Library()
    track = largest_circuit()
    setup = RaceSetup("quick-race", track.id, "subaru", 7, 3, "normal", 1, player_ai=True)
    warm_up = build(setup, library, track=track).play
    warm_up.step()  # compile (or load from cache) the physics outside the timing, as bench sim does
    session = build(setup, library, track=track).play
    assert isinstance(session, RaceSession)
    start = time.perf_counter()
    session.run()
    wall = time.perf_counter() - start
    return {"race_x_realtime": round(session.time_s / wall, 1)}


if __name__ == "__main__":
    print(measure())
