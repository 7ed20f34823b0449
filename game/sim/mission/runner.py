"""The mission runner: a mission file's rules laid over a world (or a race session).

``MissionRunner(mission, track, specs, seed)`` builds the world, puts the
player, rivals and other actors in it, and then, every ``step(controls)``,
advances physics at 120 Hz while the rules look every 4th step, like the
race rules. It is deterministic: one seeded ``world.rng`` is the only chance
it uses (and it uses none of its own), lists keep every order, no wall clock
is read.

The runner only coordinates; each job has its module: building the world
(:mod:`.setup`), world queries (:mod:`.view`), objective sequencing
(:mod:`.sequence` over :mod:`.objectives`), scripted events (:mod:`.script`),
the other cars (:mod:`.cast`), escapes' police (:mod:`.pursuit`), money and
the outcome (:mod:`.scoring`), the HUD model (:mod:`.hud`). ``drain_events()``
returns world, race and mission events in order, from the first one said
while the mission was being set up.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from game.sim.ai.profile import Skill
from game.sim.controls import IDLE, Controls
from game.sim.mission import events as ev
from game.sim.mission.cast import Cast
from game.sim.mission.hud import Hud, build_hud
from game.sim.mission.objectives import AnyTracker
from game.sim.mission.pursuit import Pursuit
from game.sim.mission.scoring import Ledger, Outcome
from game.sim.mission.script import Script
from game.sim.mission.sequence import Failed, Sequence
from game.sim.mission.setup import race_session, seat_player
from game.sim.mission.spec import Mission
from game.sim.mission.stage import Stage
from game.sim.mission.view import MissionView
from game.sim.mission.zones import areas
from game.sim.rates import THINK_DT, THINK_EVERY
from game.sim.session import RaceSession
from game.sim.snapshot import WorldSnapshot
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec
from game.sim.world import World

__all__ = ["AnyEvent", "Hud", "MissionRunner", "Outcome"]

AnyEvent = ev.AnyEvent


class MissionRunner:
    """Plays one mission on one track; see the module docstring for the contract."""

    def __init__(
        self,
        mission: Mission,
        track: Track,
        specs: Mapping[str, VehicleSpec],
        seed: int = 0,
        skills: Mapping[str, Skill] | None = None,
    ) -> None:
        self.mission = mission
        self.track = track
        self.specs = specs
        self.skills = dict(skills or {})
        self.outbox = ev.Outbox()
        """Created first: what is said while the mission is set up is drained like the rest."""
        session = race_session(mission, track, specs, self.skills, seed) if mission.race is not None else None
        self.session: RaceSession | None = session
        self.world = session.world if session is not None else World(track, seed=seed)
        start_s = mission.race.countdown_s if mission.race is not None else 0.0
        self.view = MissionView(self.world, session, track, areas(track, mission.zones), start_s)
        seat_player(self.view, mission, specs)
        self.cast = Cast(self.view, specs, self.outbox)
        self.pursuit = Pursuit(self.cast)
        self.ledger = Ledger(mission, self.outbox)
        self.stage = Stage(mission, self.view, self.cast, self.pursuit, self.ledger, self.outbox)
        for a in mission.actors:
            if a.role != "rival" and a.spawn:
                self.cast.spawn(a, None)
        self.view.refresh()
        self.sequence = Sequence(mission)
        self.script = Script(mission.events)
        self._controls: dict[int, Controls] = {}
        self._hud: tuple[int, Hud] | None = None
        if self.sequence.advance(self.stage):
            self._win()

    # -- what the game reads ------------------------------------------------------------------

    @property
    def time_s(self) -> float:
        return self.world.time_s

    @property
    def mission_time_s(self) -> float:
        """Time since the green light (race missions) or since the start."""
        return self.view.mission_time_s

    @property
    def outcome(self) -> Outcome | None:
        return self.ledger.outcome

    @property
    def over(self) -> bool:
        return self.ledger.outcome is not None

    @property
    def objective(self) -> AnyTracker | None:
        """The open objective's tracker."""
        return self.sequence.objective

    @property
    def done(self) -> list[str]:
        return self.sequence.done

    def vehicle_of(self, actor: str) -> int:
        return self.view.vehicle_of(actor)

    def pos(self, v: int) -> complex:
        return self.view.pos(v)

    def heading(self, v: int) -> float:
        return self.view.heading(v)

    def hud(self) -> Hud:
        """The HUD model, built at most once per world step."""
        step = self.world.step_count
        if self._hud is None or self._hud[0] != step:
            built = build_hud(self.sequence.objective, self.time_s, self.view.zones, self.session is not None)
            self._hud = (step, built)
        return self._hud[1]

    def snapshot(self) -> WorldSnapshot:
        return self.world.snapshot()

    def drain_events(self) -> list[AnyEvent]:
        """World, race and mission events since the last drain, oldest first."""
        return self.outbox.drain()

    def state_hash(self) -> str:
        h = hashlib.blake2b(digest_size=16)
        h.update((self.session.state_hash() if self.session else self.world.state_hash()).encode())
        seq, script = self.sequence, self.script
        h.update(f"{seq.current}|{seq.done}|{script.fired}|{self.ledger.money}|{self.cast.blocked}".encode())
        return h.hexdigest()

    # -- stepping ---------------------------------------------------------------------------

    def step(self, controls: Controls | None = None) -> None:
        """One world step of 1/120 s with the player's ``controls`` (a finished mission brakes)."""
        if self.over:
            controls = Controls(brake=1.0) if self.view.speed(0) > 0.5 else Controls(handbrake=True)
        merged = dict(self._controls)
        merged[0] = controls or IDLE
        if self.session is not None:
            self.session.step(merged)
        else:
            self.world.step(merged)
        if self.world.step_count % THINK_EVERY == 0:
            self._think()

    def _think(self) -> None:
        raw = self.session.drain_events() if self.session else list(self.world.drain_events())
        self.view.look(raw)
        for e in raw:
            self.outbox.post(e)
        if not self.over:
            self._rules()
        controls = self.pursuit.drive()
        self.cast.drive(controls)
        self._controls = controls

    def _rules(self) -> None:
        verdict = self.sequence.update(self.stage, THINK_DT)
        if isinstance(verdict, Failed):
            self._fail(verdict.tracker, verdict.reason)
            return
        if verdict:
            self._win()
            return
        m, view = self.mission, self.view
        if view.wrecked(0):
            self._fail(self.objective, "wrecked")
        elif m.time_limit_s is not None and view.mission_time_s > m.time_limit_s:
            self._fail(self.objective, "time_up")
        elif m.damage_limit is not None and view.damage(0) > m.damage_limit:
            self._fail(self.objective, "damage_limit")
        else:
            self.script.run(self.stage, self.sequence)

    def _win(self) -> None:
        view = self.view
        self.ledger.win(self.world.step_count, view.mission_time_s, self.sequence.score(), view.damage(0))

    def _fail(self, t: AnyTracker | None, reason: str) -> None:
        objective, index = (t.o.id, t.index) if t is not None else ("", -1)
        view = self.view
        self.ledger.fail(
            self.world.step_count,
            reason,
            objective,
            index,
            view.mission_time_s,
            self.sequence.score(),
            view.damage(0),
        )
