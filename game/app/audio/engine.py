"""A pretend drivetrain for the engine sound: gear and RPM from road speed.

The simulation models power, not a gearbox, so the sound invents one: six
gears (four on a bike) spread over the car's top speed, RPM rising through
each gear and dropping at the shift. It only has to sound right.
"""

from __future__ import annotations

from dataclasses import dataclass

IDLE_RPM = 900.0
REDLINE_RPM = 7200.0
SHIFT_DROP_RPM = 4200.0


@dataclass(frozen=True, slots=True)
class EngineNote:
    rpm: float
    gear: int
    firing_hz: float
    """Firings per second for a four-stroke: rpm / 60 * cylinders / 2."""


def gear_tops(gears: int) -> list[float]:
    """Each gear's top as a share of the car's top speed, closer together in the high gears."""
    return [((g + 1) / gears) ** 0.8 for g in range(gears)]


def engine_note(speed_ms: float, top_ms: float, bike: bool = False) -> EngineNote:
    gears = 4 if bike else 6
    cylinders = 2 if bike else 4
    top_ms = max(top_ms, 1.0)
    share = max(0.0, abs(speed_ms)) / top_ms
    tops = gear_tops(gears)
    gear = next((g for g, top in enumerate(tops) if share <= top), gears - 1)
    low = 0.0 if gear == 0 else tops[gear - 1]
    frac = min(1.0, (share - low) / max(1e-6, tops[gear] - low))
    start = IDLE_RPM if gear == 0 else SHIFT_DROP_RPM
    rpm = start + (REDLINE_RPM - start) * frac
    return EngineNote(rpm, gear + 1, rpm / 60.0 * cylinders / 2.0)
