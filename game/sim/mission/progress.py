"""How an open objective is going: one typed value per kind, each with its own line for the HUD.

A tracker replaces its progress value every rules tick; the HUD model
(:mod:`game.sim.mission.hud`) carries it to the app, which draws ``text``
and may read the numbers (a heat bar, a distance). Typed values rather than
a dict of floats, so a misspelt key is a type error rather than a HUD that
silently shows nothing, and the wording of each kind lives with its numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RaceProgress:
    """Where the player runs (the race panels show it; no line of its own)."""

    place: int
    lap: int

    @property
    def text(self) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class VisitProgress:
    visited: int
    total: int

    @property
    def text(self) -> str:
        return f"Stops {self.visited} of {self.total}" if self.total > 1 else ""


@dataclass(frozen=True, slots=True)
class EscapeProgress:
    heat: float
    """Police interest, 0..1: the escape is won when it falls to 0."""
    nearest_m: float
    """Distance to the nearest pursuer (inf when none is left)."""

    @property
    def text(self) -> str:
        bars = "|" * round(max(0.0, min(1.0, self.heat)) * 10)
        if math.isfinite(self.nearest_m):
            return f"Heat {bars:<10}  {self.nearest_m:,.0f} m to the police"
        return f"Heat {bars}"


@dataclass(frozen=True, slots=True)
class TailProgress:
    distance_m: float
    suspicion: float
    """0..1: spotted at 1."""
    lost_s: float

    @property
    def text(self) -> str:
        return f"Distance {self.distance_m:,.0f} m   ·   suspicion {round(self.suspicion * 100)}%"


@dataclass(frozen=True, slots=True)
class TakedownProgress:
    target_damage: float
    distance_m: float

    @property
    def text(self) -> str:
        return f"Target damage {round(self.target_damage * 100)}%"


@dataclass(frozen=True, slots=True)
class DriftProgress:
    score: float
    combo: int
    target: float

    @property
    def text(self) -> str:
        return f"Score {self.score:,.0f} / {self.target:,.0f}"


@dataclass(frozen=True, slots=True)
class StopProgress:
    gap_m: float
    """Nose to the finish line (negative once across, inf before the run-in)."""

    @property
    def text(self) -> str:
        return f"{self.gap_m:.1f} m to the line" if math.isfinite(self.gap_m) else ""


Progress = (
    RaceProgress
    | VisitProgress
    | EscapeProgress
    | TailProgress
    | TakedownProgress
    | DriftProgress
    | StopProgress
)
"""One objective's progress; an objective with nothing to show (``avoid``) has None."""
