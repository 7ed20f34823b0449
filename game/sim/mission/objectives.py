"""One tracker per objective kind: each reads the mission's view of the world and says how it goes.

A tracker's ``update`` returns None while the objective is open, ``DONE``
when it is met, or a failure reason (``time_up``, ``busted``, ``spotted`` ...)
that ends the mission, and leaves a typed :mod:`~game.sim.mission.progress`
value for the HUD. Trackers never move a body; anything they need done in
the world (spawn pursuers, stop a beaten target) they ask of the stage's
cast and pursuit. :data:`TRACKERS` maps every :class:`ObjectiveKind` to its
tracker (a test checks none is missing).
"""

from __future__ import annotations

import math
from typing import Any, ClassVar, Generic, TypeVar

from game.sim.mission import events as ev
from game.sim.mission.kinds import (
    AvoidObjective,
    DriftObjective,
    EscapeObjective,
    Objective,
    ObjectiveBase,
    ObjectiveKind,
    RaceObjective,
    StopObjective,
    TailObjective,
    TakedownObjective,
    VisitObjective,
)
from game.sim.mission.progress import (
    DriftProgress,
    EscapeProgress,
    Progress,
    RaceProgress,
    StopProgress,
    TailProgress,
    TakedownProgress,
    VisitProgress,
)
from game.sim.mission.stage import Stage

K = TypeVar("K", bound=ObjectiveBase)
"""The record type a tracker reads."""
DONE = "done"
DRIFT_MIN_SLIP = math.radians(12.0)
DRIFT_MIN_SPEED = 7.0
BUSTED_S = 3.0
BUSTED_M = 9.0


class Tracker(Generic[K]):
    """Base: time and damage limits, common to every kind."""

    standing: ClassVar[bool] = False
    """A standing objective (``avoid``) runs beside the others until the mission ends."""
    race_panel: ClassVar[bool] = False
    """The race's own panels (place, lap, times) belong on screen while this objective is open."""

    def __init__(self, objective: K, index: int) -> None:
        self.o = objective
        self.index = index
        self.started_s = 0.0
        self.progress: Progress | None = None
        """How it goes, for the HUD (None until the first look, and for kinds with nothing to show)."""

    def start(self, stage: Stage) -> None:
        self.started_s = stage.view.time_s

    def limits(self, stage: Stage) -> str | None:
        o = self.o
        if o.time_limit_s is not None and stage.view.time_s - self.started_s > o.time_limit_s:
            return "time_up"
        if o.damage_limit is not None and stage.view.damage(0) > o.damage_limit:
            return "damage_limit"
        return None

    def update(self, stage: Stage, dt: float) -> str | None:
        return None

    def time_left(self, time_s: float) -> float | None:
        if self.o.time_limit_s is None:
            return None
        return max(0.0, self.o.time_limit_s - (time_s - self.started_s))

    def target_zone(self) -> str:
        """The zone the HUD points the player to ("" for none)."""
        return ""

    @property
    def score(self) -> float | None:
        """Points toward a score medal (None: this kind scores nothing)."""
        return None


class RaceTracker(Tracker[RaceObjective]):
    race_panel = True

    def update(self, stage: Stage, dt: float) -> str | None:
        rt = stage.view
        race = rt.race_rules()
        if race is None:
            return "no_race"
        lap = self.o.finish_lap or race.config.laps
        card = race.cards[0]
        place = race.order().index(0) + 1
        self.progress = RaceProgress(place, min(card.laps + 1, race.config.laps))
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


class VisitTracker(Tracker[VisitObjective]):
    """``reach``, ``deliver`` and ``pickup``: visit zones, in order or any order, stopping if asked."""

    def __init__(self, objective: VisitObjective, index: int) -> None:
        super().__init__(objective, index)
        self.visited: list[str] = []
        self.dwell = 0.0

    def remaining(self) -> list[str]:
        return [z for z in self.o.zones if z not in self.visited]

    def next_zone(self) -> str:
        left = self.remaining()
        return left[0] if left else ""

    def target_zone(self) -> str:
        return self.next_zone()

    def update(self, stage: Stage, dt: float) -> str | None:
        rt = stage.view
        left = self.remaining()
        candidates = left[:1] if self.o.ordered else left
        here = next((z for z in candidates if rt.in_zone(0, z)), "")
        if here and (self.o.dwell_s <= 0.0 or rt.speed(0) < 4.0):
            self.dwell += dt
            if self.dwell >= self.o.dwell_s:
                self.visited.append(here)
                self.dwell = 0.0
                stage.post(ev.ZoneVisited(stage.step, here, len(self.visited), len(self.o.zones)))
        else:
            self.dwell = 0.0
        self.progress = VisitProgress(len(self.visited), len(self.o.zones))
        return DONE if not self.remaining() else None


class EscapeTracker(Tracker[EscapeObjective]):
    """Lose the pursuers (heat falls to zero) or reach a safe zone; caught when boxed in."""

    def __init__(self, objective: EscapeObjective, index: int) -> None:
        super().__init__(objective, index)
        self.heat = 1.0
        self.pinned = 0.0
        self.pursuers: list[int] = []

    def start(self, stage: Stage) -> None:
        super().start(stage)
        self.pursuers = stage.pursuit.spawn(self.o)
        self.heat = 1.0
        stage.post(ev.HeatChanged(stage.step, round(self.heat, 1)))

    def target_zone(self) -> str:
        return self.o.zones[0] if self.o.zones else ""

    def update(self, stage: Stage, dt: float) -> str | None:
        rt = stage.view
        if any(rt.in_zone(0, z) for z in self.o.zones):
            stage.pursuit.call_off(self.pursuers)
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
            stage.post(ev.HeatChanged(stage.step, round(self.heat, 1)))
        close = any(d < BUSTED_M for d in dists)
        self.pinned = self.pinned + dt if close and rt.speed(0) < 3.0 else 0.0
        self.progress = EscapeProgress(self.heat, min(dists) if dists else math.inf)
        if self.pinned > BUSTED_S:
            return "busted"
        if self.heat <= 0.0 and not self.o.zones:
            stage.pursuit.call_off(self.pursuers)
            return DONE
        return None


class TailTracker(Tracker[TailObjective]):
    """Stay in a distance band behind the target until it arrives, without being noticed."""

    def __init__(self, objective: TailObjective, index: int) -> None:
        super().__init__(objective, index)
        self.suspicion = 0.0
        self.lost_t = 0.0

    def start(self, stage: Stage) -> None:
        super().start(stage)
        stage.cast.send_on_route(stage.mission.actor(self.o.target))

    def update(self, stage: Stage, dt: float) -> str | None:
        rt = stage.view
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
        self.progress = TailProgress(d, min(1.0, self.suspicion), self.lost_t)
        if self.suspicion >= 1.0:
            return "spotted"
        if self.lost_t > self.o.lose_s:
            return "lost_target"
        if stage.cast.route_done(self.o.target):
            return DONE
        return None


class TakedownTracker(Tracker[TakedownObjective]):
    """Damage the target until it stops: enough damage, a wreck, or cornered and stopped."""

    def __init__(self, objective: TakedownObjective, index: int) -> None:
        super().__init__(objective, index)
        self.stopped_t = 0.0
        self.start_damage = 0.0

    def start(self, stage: Stage) -> None:
        super().start(stage)
        t = stage.view.vehicle_of(self.o.target)
        self.start_damage = stage.view.damage(t) if t >= 0 else 0.0

    def update(self, stage: Stage, dt: float) -> str | None:
        rt = stage.view
        t = rt.vehicle_of(self.o.target)
        if t < 0:
            return None
        dmg = rt.damage(t) - self.start_damage
        near = abs(rt.pos(t) - rt.pos(0)) < 14.0
        self.stopped_t = self.stopped_t + dt if near and rt.speed(t) < 2.0 else 0.0
        self.progress = TakedownProgress(dmg, abs(rt.pos(t) - rt.pos(0)))
        if dmg >= self.o.damage or rt.wrecked(t) or self.stopped_t > 3.0:
            stage.cast.disable(t)
            return DONE
        return None


class DriftTracker(Tracker[DriftObjective]):
    """Points for sustained slip angle x speed; chained drifts multiply; a wall hit loses the combo."""

    def __init__(self, objective: DriftObjective, index: int) -> None:
        super().__init__(objective, index)
        self.banked = 0.0
        self.running = 0.0
        self.combo = 0
        self.gap_t = 0.0

    def update(self, stage: Stage, dt: float) -> str | None:
        rt = stage.view
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
            mult = 1.0 + 0.25 * (self.combo - 1)
            self.running += math.degrees(slip) * speed * dt * mult
        else:
            self.gap_t += dt
            if self.gap_t > self.o.combo_s and self.running > 0.0:
                self.banked += self.running
                stage.post(ev.DriftScored(stage.step, self.running, self.combo, self.banked))
                self.running = 0.0
                self.combo = 0
        total = self.banked + self.running
        self.progress = DriftProgress(total, self.combo, self.o.score)
        if total >= self.o.score:
            if self.running > 0.0:
                self.banked += self.running
                stage.post(ev.DriftScored(stage.step, self.running, self.combo, self.banked))
                self.running = 0.0
            return DONE
        return None

    @property
    def score(self) -> float | None:
        return self.banked + self.running


class StopTracker(Tracker[StopObjective]):
    """Stop with the nose within ``within_m`` of the finish line without crossing it."""

    race_panel = True

    def __init__(self, objective: StopObjective, index: int) -> None:
        super().__init__(objective, index)
        self.still_t = 0.0

    def update(self, stage: Stage, dt: float) -> str | None:
        rt = stage.view
        race = rt.race_rules()
        if race is None:
            return "no_race"
        card = race.cards[0]
        if card.finished or card.laps >= race.config.laps:
            return "crossed_line"
        gap = rt.nose_to_finish(0)
        self.progress = StopProgress(gap)
        if card.next_gate == race.n_gates - 1 and 0.0 <= gap <= self.o.within_m and rt.speed(0) < 0.3:
            self.still_t += dt
        else:
            self.still_t = 0.0
        return DONE if self.still_t >= 0.5 else None


class AvoidTracker(Tracker[AvoidObjective]):
    """Do not touch the hazard while the rest of the mission plays out."""

    standing = True
    race_panel = True

    def update(self, stage: Stage, dt: float) -> str | None:
        t = stage.view.vehicle_of(self.o.target)
        if t >= 0 and stage.view.touched(0, t):
            return "hit_hazard"
        return None


AnyTracker = Tracker[Any]
TRACKERS: dict[ObjectiveKind, type[AnyTracker]] = {
    ObjectiveKind.RACE: RaceTracker,
    ObjectiveKind.REACH: VisitTracker,
    ObjectiveKind.DELIVER: VisitTracker,
    ObjectiveKind.PICKUP: VisitTracker,
    ObjectiveKind.ESCAPE: EscapeTracker,
    ObjectiveKind.TAIL: TailTracker,
    ObjectiveKind.TAKEDOWN: TakedownTracker,
    ObjectiveKind.DRIFT: DriftTracker,
    ObjectiveKind.STOP_BEFORE_LINE: StopTracker,
    ObjectiveKind.AVOID: AvoidTracker,
}
"""The tracker of every kind (a visit's three kinds share one)."""


def tracker_for(objective: Objective, index: int) -> AnyTracker:
    return TRACKERS[objective.kind](objective, index)
