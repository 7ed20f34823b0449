"""Who a computer driver is: difficulty (how near the limit) and personality (how it races).

Both are data: ``game.content.rivals`` reads them from ``assets/rivals.toml``
(so tuning a rival is an edit to a text file) and hands the sim a
:class:`RivalBook`. Nothing here reads a file: the sim receives data, never paths.
"""

from __future__ import annotations

from dataclasses import dataclass

DIFFICULTIES = ("easy", "normal", "hard")


@dataclass(frozen=True, slots=True)
class Skill:
    """How close to the car's limits a driver plans; set by the difficulty."""

    corner_grip: float = 0.9
    """Share of the car's steady cornering limit planned for (``dynamics.lateral_limit``)."""
    brake_grip: float = 0.8
    """Share of the car's straight-line braking limit planned for (``dynamics.braking_limit``)."""
    mistake_rate: float = 0.15
    reaction_s: float = 0.22
    """How far ahead (s) the plan is read: a longer look brakes earlier for what is coming."""
    throttle: float = 1.0
    """Most throttle used: a less sure driver never quite floors it, on the straights too."""


@dataclass(frozen=True, slots=True)
class Personality:
    """How a rival races: each trait 0..1."""

    aggression: float = 0.5
    consistency: float = 0.7
    nitrous_use: float = 0.5


@dataclass(frozen=True, slots=True)
class Rival:
    id: str
    name: str
    car: str
    personality: Personality


@dataclass(frozen=True, slots=True)
class RivalBook:
    """Every difficulty and named rival from one rivals file."""

    difficulties: dict[str, Skill]
    rivals: tuple[Rival, ...]

    def skill(self, difficulty: str) -> Skill:
        """The skill of ``difficulty``; ValueError naming the known ones (a set-up asked for another)."""
        try:
            return self.difficulties[difficulty]
        except KeyError:
            known = ", ".join(sorted(self.difficulties))
            raise ValueError(f"unknown difficulty '{difficulty}' (known: {known})") from None
