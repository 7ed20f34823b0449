"""The final table of a race: one row per car, in finishing order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RaceResult:
    """One car's race. ``time_s`` and ``gap_s`` are None for a car that did not finish."""

    position: int
    vehicle: int
    name: str
    car: str
    finished: bool
    time_s: float | None
    gap_s: float | None
    """Seconds behind the winner (0 for the winner)."""
    laps: int
    best_lap_s: float | None
    lap_times: tuple[float, ...]
    respawns: int
    stuck_respawns: int
    penalty_s: float
    wall_hits: int
    status: str
    """"finished"; "projected" (the player skipped to the end: the time is estimated from the pace);
    or why not: "dnf" (out of time), "wrecked"."""

    def as_json(self) -> dict[str, object]:
        """The fields the ``race --json`` contract promises, plus a few more."""
        return {
            "name": self.name,
            "car": self.car,
            "finished": self.finished,
            "time_s": None if self.time_s is None else round(self.time_s, 3),
            "best_lap_s": None if self.best_lap_s is None else round(self.best_lap_s, 3),
            "respawns": self.respawns,
            "wall_hits": self.wall_hits,
            "position": self.position,
            "gap_s": None if self.gap_s is None else round(self.gap_s, 3),
            "laps": self.laps,
        }
