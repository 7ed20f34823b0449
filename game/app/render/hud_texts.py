"""Every string the HUD shows, made in one pure function from the HUD state.

Kept apart from the drawing so that tests (and the time-trial and telemetry
screens, which print times the same way) read exactly what the player reads
without building a HUD.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.app.render.hud_state import HudState, Units
from game.sim.snapshot import VehicleView

MPH = 2.2369363
KMH = 3.6


@dataclass(frozen=True, slots=True)
class HudTexts:
    """Every string the HUD draws, exactly as drawn."""

    speed: str
    units: str
    position: str
    cars: str
    lap: str
    race_time: str
    lap_time: str
    best_lap: str
    countdown: str
    banner: str
    wrong_way: str


def format_time(t: float | None) -> str:
    """``m:ss.cc``; dashes when the time is not known yet."""
    if t is None or not math.isfinite(t) or t < 0:
        return "-:--.--"
    cs = round(t * 100)
    m, rest = divmod(cs, 6000)
    s, c = divmod(rest, 100)
    return f"{m}:{s:02d}.{c:02d}"


def speed_in(units: Units, metres_per_s: float) -> float:
    return metres_per_s * (MPH if units == "mph" else KMH)


def hud_texts(state: HudState, player: VehicleView | None, units: Units) -> HudTexts:
    """The strings for one frame (pure: same input, same output)."""
    u = state.units or units
    spd = round(speed_in(u, player.speed)) if player is not None else 0
    count = "" if state.countdown is None else "GO!" if state.countdown <= 0 else str(state.countdown)
    banner = state.banner if state.banner and state.time_s < state.banner_until_s else ""
    return HudTexts(
        speed=str(spd),
        units="MPH" if u == "mph" else "KM/H",
        position=str(state.position),
        cars=f"/{state.cars}",
        lap=f"{min(state.lap, state.laps)}/{state.laps}",
        race_time=format_time(state.race_time_s),
        lap_time=format_time(state.lap_time_s),
        best_lap=format_time(state.best_lap_s),
        countdown=count,
        banner=banner,
        wrong_way="WRONG WAY" if state.wrong_way else "",
    )
