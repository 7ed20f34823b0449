"""How a mission ends and what it pays: the outcome record, the money ledger, the medal.

Money moves during the mission (a scripted bonus) and at the end (the
reward, less the repair bill for the damage the player's car took); a
failure pays nothing. The medal compares the time or the score with the
mission's thresholds.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.mission import events as ev
from game.sim.mission.spec import Mission


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a mission ended. ``time_s`` is mission time (race clock in a race, countdown excluded)."""

    won: bool
    reason: str
    """``completed`` for a win; else why: time_up, wrecked, busted, lost_race, crossed_line, spotted ..."""
    time_s: float
    objective: str
    """The objective that was open when it ended (empty for a win)."""
    score: float
    damage: float
    money: int
    """Net money: rewards and bonuses less any repair bill (0 for a failure)."""
    medal: str

    def as_json(self) -> dict[str, object]:
        return {
            "outcome": "won" if self.won else "failed",
            "reason": self.reason,
            "time_s": round(self.time_s, 3),
            "objective": self.objective,
            "score": round(self.score, 1),
            "damage": round(self.damage, 3),
            "money": self.money,
            "medal": self.medal,
        }


class Ledger:
    """The player's money in this mission, and the outcome once it is decided."""

    def __init__(self, mission: Mission, outbox: ev.Outbox) -> None:
        self.mission = mission
        self.outbox = outbox
        self.money = 0
        self.outcome: Outcome | None = None

    def pay(self, step: int, amount: int, reason: str) -> None:
        """Money earned (negative: a bill), reported as it happens."""
        self.money += amount
        self.outbox.post(ev.MoneyEarned(step, amount, reason))

    def win(self, step: int, time_s: float, score: float, damage: float) -> Outcome:
        """The reward, the repair bill for ``damage`` (0..1), the medal, and the mission's end."""
        r = self.mission.rewards
        bill = round(damage * r.repair_cost)
        if r.money:
            self.pay(step, r.money, "reward")
        if bill:
            self.pay(step, -bill, "repairs")
        medal = self.mission.medals.award(time_s, score)
        self.outcome = Outcome(True, "completed", time_s, "", score, damage, self.money, medal)
        self.outbox.post(ev.MissionOver(step, True, "completed"))
        return self.outcome

    def fail(
        self, step: int, reason: str, objective: str, index: int, time_s: float, score: float, damage: float
    ) -> Outcome:
        """A failure of ``objective`` (its id and index; ``""``/-1 when none was open): nothing is paid."""
        if index >= 0:
            self.outbox.post(ev.ObjectiveFailed(step, objective, index, reason))
        self.outcome = Outcome(False, reason, time_s, objective, score, damage, 0, "")
        self.outbox.post(ev.MissionOver(step, False, reason))
        return self.outcome
