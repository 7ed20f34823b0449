"""Shared set-up for campaign tests: load once, run a mission with any driver."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from game.content.missions import campaign_files, default_vehicles, load_mission, load_mission_track
from game.content.rivals import load_rivals
from game.paths import ASSETS_DIR
from game.sim.controls import Controls
from game.sim.mission.autopilot import Autopilot
from game.sim.mission.runner import MissionRunner, Outcome
from game.sim.mission.spec import Mission
from game.sim.vehicle import VehicleSpec

MISSION_IDS = [p.stem for p in campaign_files()]


@cache
def specs() -> dict[str, VehicleSpec]:
    return default_vehicles()


@cache
def mission(mid: str) -> Mission:
    return next(load_mission(p, specs()) for p in campaign_files() if p.stem == mid)


def runner(mid: str, seed: int = 0) -> MissionRunner:
    m = mission(mid)
    skills = load_rivals(ASSETS_DIR / "rivals.toml").difficulties
    return MissionRunner(m, load_mission_track(m), specs(), seed=seed, skills=skills)


def play(rt: MissionRunner, driver: Callable[[MissionRunner], Controls], max_s: float = 400.0) -> Outcome:
    while not rt.over and rt.time_s < max_s:
        rt.step(driver(rt))
        rt.drain_events()
    assert rt.outcome is not None, f"{rt.mission.id} did not end in {max_s} s"
    return rt.outcome


def autopilot(mid: str, seed: int = 0, skip: tuple[str, ...] = ()) -> tuple[MissionRunner, Outcome]:
    rt = runner(mid, seed)
    ap = Autopilot(rt, seed=seed, skip=skip)
    return rt, play(rt, lambda _rt: ap.controls())


def idle(_rt: MissionRunner) -> Controls:
    return Controls()
