"""``bench load``: file to ready-to-race Track plus render description, per bundled map.

Each map is loaded a few times and the median kept, so one cold disk read
or a neighbour's burst of work does not decide the figure. The first load
of all (imports, the project schema) is done once up front and not counted,
as the game pays it once per run, not per track.
"""

from __future__ import annotations

import statistics
import time

from game.content.catalog import bundled_tracks
from game.content.tmx import load_map

RUNS = 5


def time_load(path: object, runs: int = RUNS) -> float:
    """Median milliseconds to load ``path`` completely."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        load_map(str(path))
        samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(samples)


def measure() -> dict[str, object]:
    entries = [e for e in bundled_tracks() if e.error is None]
    if entries:
        load_map(entries[0].file)  # warm-up: imports and the project schema
    load_ms = {e.id: round(time_load(e.file), 1) for e in entries}
    return {"load_ms": load_ms, "load_ms_max": max(load_ms.values(), default=0.0)}


if __name__ == "__main__":
    print(measure())
