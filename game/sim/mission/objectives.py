"""One tracker per objective kind: each reads the runner's view of the world and says how it goes.

A tracker's ``update`` returns None while the objective is open, ``DONE``
when it is met, or a failure reason (``time_up``, ``busted``, ``spotted`` ...)
that ends the mission. Trackers never move a body; anything they need done
in the world (spawn pursuers, stop a beaten target) they ask of the runner.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.sim.mission.spec import PLAYER, Objective

if TYPE_CHECKING:
    from game.sim.mission.runner import MissionRunner

DONE = "done"
DRIFT_MIN_SLIP = math.radians(12.0)
DRIFT_MIN_SPEED = 7.0
BUSTED_S = 3.0
BUSTED_M = 9.0


class Tracker:
    """Base: time and damage limits, common to every kind."""

    standing = False
    """A standing objective (``avoid``) runs beside the others until the mission ends."""

    def __init__(self, objective: Objective, index: int) -> None:
        self.o = objective
        self.index = index
        self.started_s = 0.0
        self.progress: dict[str, float] = {}
        """Numbers for the HUD: ``heat``, ``score``, ``distance_m``, ``visited`` ..."""

    def start(self, rt: MissionRunner) -> None:
        self.started_s = rt.time_s

    def limits(self, rt: MissionRunner) -> str | None:
        o = self.o
        if o.time_limit_s is not None and rt.time_s - self.started_s > o.time_limit_s:
            return "time_up"
        if o.damage_limit is not None and rt.damage(0) > o.damage_limit:
            return "damage_limit"
        return None

    def update(self, rt: MissionRunner, dt: float) -> str | None:
        return None

    def time_left(self, rt: MissionRunner) -> float | None:
        if self.o.time_limit_s is None:
            return None
        return max(0.0, self.o.time_limit_s - (rt.time_s - self.started_s))


class RaceTracker(Tracker):
    def update(self, rt: MissionRunner, dt: float) -> str | None:
        race = rt.race_rules()
        if race is None:
            return "no_race"
        lap = self.o.finish_lap or race.config.laps
        card = race.cards[0]
        place = race.order().index(0) + 1
        self.progress = {"place": float(place), "lap": float(min(card.laps + 1, race.config.laps))}
        if self.o.zones and card.laps >= race.config.laps - 1 and any(rt.in_zone(0, z) for z in self.o.zones):
            # Race to a point on the final lap (the run-in to the line), not to the line itself.
            return DONE if place <= self.o.place else "lost_race"
        if card.laps >= lap:
            return DONE if place <= self.o.place else "lost_race"
        if card.out:
            return "wrecked" if card.out == "wrecked" else "lost_race"
        if race.over:
            return "lost_race"
        ahead_done = sum(1 for c in race.cards if c.finished)
        if ahead_done >= self.o.place and not card.finished and lap >= race.config.laps:
            return "lost_race"
        return None


class VisitTracker(Tracker):
    """``reach``, ``deliver`` and ``pickup``: visit zones, in order or any order, stopping if asked."""

    def __init__(self, objective: Objective, index: int) -> None:
        super().__init__(objective, index)
        self.visited: list[str] = []
        self.dwell = 0.0

    def remaining(self) -> list[str]:
        return [z for z in self.o.zones if z not in self.visited]

    def next_zone(self) -> str:
        left = self.remaining()
        return left[0] if left else ""

    def update(self, rt: MissionRunner, dt: float) -> str | None:
        left = self.remaining()
        candidates = left[:1] if self.o.ordered else left
        here = next((z for z in candidates if rt.in_zone(0, z)), "")
        if here and (self.o.dwell_s <= 0.0 or rt.speed(0) < 4.0):
            self.dwell += dt
            if self.dwell >= self.o.dwell_s:
                self.visited.append(here)
                self.dwell = 0.0
                rt.zone_visited(here, len(self.visited), len(self.o.zones))
        else:
            self.dwell = 0.0
        self.progress = {"visited": float(len(self.visited)), "total": float(len(self.o.zones))}
        return DONE if not self.remaining() else None


class EscapeTracker(Tracker):
    """Lose the pursuers (heat falls to zero) or reach a safe zone; caught when boxed in."""

    def __init__(self, objective: Objective, index: int) -> None:
        super().__init__(objective, index)
        self.heat = 1.0
        self.pinned = 0.0
        self.pursuers: list[int] = []

    def start(self, rt: MissionRunner) -> None:
        super().start(rt)
        self.pursuers = rt.spawn_pursuers(self.o)
        self.heat = 1.0
        rt.heat_changed(self.heat)

    def update(self, rt: MissionRunner, dt: float) -> str | None:
        if any(rt.in_zone(0, z) for z in self.o.zones):
            rt.call_off(self.pursuers)
            return DONE
        live = [v for v in self.pursuers if not rt.wrecked(v)]
        dists = [abs(rt.pos(v) - rt.pos(0)) for v in live]
        seen = any(d < self.o.lose_m and rt.visible(0, v) for v, d in zip(live, dists, strict=True))
        before = self.heat
        if seen:
            self.heat = min(1.0, self.heat + dt / 3.0)
        else:
            self.heat = max(0.0, self.heat - dt / self.o.heat_decay_s)
        if math.floor(before * 10) != math.floor(self.heat * 10):
            rt.heat_changed(self.heat)
        close = any(d < BUSTED_M for d in dists)
        self.pinned = self.pinned + dt if close and rt.speed(0) < 3.0 else 0.0
        self.progress = {"heat": self.heat, "nearest_m": min(dists) if dists else math.inf}
        if self.pinned > BUSTED_S:
            return "busted"
        if self.heat <= 0.0 and not self.o.zones:
            rt.call_off(self.pursuers)
            return DONE
        return None


class TailTracker(Tracker):
    """Stay in a distance band behind the target until it arrives, without being noticed."""

    def __init__(self, objective: Objective, index: int) -> None:
        super().__init__(objective, index)
        self.suspicion = 0.0
        self.lost_t = 0.0

    def start(self, rt: MissionRunner) -> None:
        super().start(rt)
        rt.send_on_route(self.o.target)

    def update(self, rt: MissionRunner, dt: float) -> str | None:
        t = rt.vehicle_of(self.o.target)
        if t < 0:
            return None
        d = abs(rt.pos(t) - rt.pos(0))
        seen = rt.visible(0, t)
        if d < self.o.min_m and seen:
            self.suspicion += dt / self.o.spot_s * (2.0 if d < self.o.min_m / 2 else 1.0)
        else:
            self.suspicion = max(0.0, self.suspicion - dt / (3.0 * self.o.spot_s))
        if d > self.o.max_m or not seen:
            self.lost_t += dt
        else:
            self.lost_t = 0.0
        self.progress = {"distance_m": d, "suspicion": min(1.0, self.suspicion), "lost_s": self.lost_t}
        if self.suspicion >= 1.0:
            return "spotted"
        if self.lost_t > self.o.lose_s:
            return "lost_target"
        if rt.route_done(self.o.target):
            return DONE
        return None


class TakedownTracker(Tracker):
    """Damage the target until it stops: enough damage, a wreck, or cornered and stopped."""

    def __init__(self, objective: Objective, index: int) -> None:
        super().__init__(objective, index)
        self.stopped_t = 0.0
        self.start_damage = 0.0

    def start(self, rt: MissionRunner) -> None:
        super().start(rt)
        t = rt.vehicle_of(self.o.target)
        self.start_damage = rt.damage(t) if t >= 0 else 0.0

    def update(self, rt: MissionRunner, dt: float) -> str | None:
        t = rt.vehicle_of(self.o.target)
        if t < 0:
            return None
        dmg = rt.damage(t) - self.start_damage
        near = abs(rt.pos(t) - rt.pos(0)) < 14.0
        self.stopped_t = self.stopped_t + dt if near and rt.speed(t) < 2.0 else 0.0
        self.progress = {"target_damage": dmg, "distance_m": abs(rt.pos(t) - rt.pos(0))}
        if dmg >= self.o.damage or rt.wrecked(t) or self.stopped_t > 3.0:
            rt.disable(t)
            return DONE
        return None


class DriftTracker(Tracker):
    """Points for sustained slip angle x speed; chained drifts multiply; a wall hit loses the combo."""

    def __init__(self, objective: Objective, index: int) -> None:
        super().__init__(objective, index)
        self.banked = 0.0
        self.running = 0.0
        self.combo = 0
        self.gap_t = 0.0
        self.drift_t = 0.0

    def update(self, rt: MissionRunner, dt: float) -> str | None:
        slip = abs(rt.slip(0))
        speed = rt.speed(0)
        drifting = slip > DRIFT_MIN_SLIP and speed > DRIFT_MIN_SPEED and slip < math.radians(100)
        if rt.hit_wall(0):
            self.running = 0.0
            self.combo = 0
        if drifting:
            if self.gap_t > 0.0 or self.combo == 0:
                self.combo += 1
            self.gap_t = 0.0
            self.drift_t += dt
            mult = 1.0 + 0.25 * (self.combo - 1)
            self.running += math.degrees(slip) * speed * dt * mult
        else:
            self.gap_t += dt
            if self.gap_t > self.o.combo_s and self.running > 0.0:
                self.banked += self.running
                rt.drift_banked(self.running, self.combo, self.banked)
                self.running = 0.0
                self.combo = 0
        total = self.banked + self.running
        self.progress = {"score": total, "combo": float(self.combo), "target": self.o.score}
        if total >= self.o.score:
            if self.running > 0.0:
                self.banked += self.running
                rt.drift_banked(self.running, self.combo, self.banked)
                self.running = 0.0
            return DONE
        return None

    @property
    def score(self) -> float:
        return self.banked + self.running


class StopTracker(Tracker):
    """Stop with the nose within ``within_m`` of the finish line without crossing it."""

    def __init__(self, objective: Objective, index: int) -> None:
        super().__init__(objective, index)
        self.still_t = 0.0

    def update(self, rt: MissionRunner, dt: float) -> str | None:
        race = rt.race_rules()
        if race is None:
            return "no_race"
        card = race.cards[0]
        if card.finished or card.laps >= race.config.laps:
            return "crossed_line"
        gap = rt.nose_to_finish(0)
        self.progress = {"gap_m": gap}
        if card.next_gate == race.n_gates - 1 and 0.0 <= gap <= self.o.within_m and rt.speed(0) < 0.3:
            self.still_t += dt
        else:
            self.still_t = 0.0
        return DONE if self.still_t >= 0.5 else None


class AvoidTracker(Tracker):
    """Do not touch the hazard while the rest of the mission plays out."""

    standing = True

    def update(self, rt: MissionRunner, dt: float) -> str | None:
        t = rt.vehicle_of(self.o.target)
        if t >= 0 and rt.touched(0, t):
            return "hit_hazard"
        return None


TRACKERS: dict[str, type[Tracker]] = {
    "race": RaceTracker,
    "reach": VisitTracker,
    "deliver": VisitTracker,
    "pickup": VisitTracker,
    "escape": EscapeTracker,
    "tail": TailTracker,
    "takedown": TakedownTracker,
    "drift": DriftTracker,
    "stop_before_line": StopTracker,
    "avoid": AvoidTracker,
}


def tracker_for(objective: Objective, index: int) -> Tracker:
    return TRACKERS[objective.kind](objective, index)


_ = PLAYER
