"""How far each car's real lap is from its plan's estimate: the balance's calibration.

Balance of performance (:func:`game.sim.ai.driver.balance_of_performance`)
scales a rival's plan until its estimated lap (:func:`speed.plan_lap_s`)
equals the player's car's. The estimate is a forward pass on the plan, and
the car as the AI drives it is slower than that by a share that depends on
the car: a rear-drive car steps out of slow bends and is feathered, a
four-wheel-drive one is not. On Vegas Strip at normal a Subaru drove 1.8%
over its estimate and a Diablo 1.1%, the rear-drive BMW, Wolf and Nicole
4.1%. Balanced on the estimate alone the Diablo then had a 2% edge in every
one-class race, and won most of them.

The share also moves with the balance factor: a plan scaled down leaves
more grip unused, so the car follows it more closely. A ``PaceCurve``
therefore holds the measured ratio at a few factors and reads between
them. The tables are measured on the physics, per bundled circuit, by
``python -m game.tools.author_pace`` and shipped as data; a circuit or car
without one is balanced on the estimate alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

PACE_FACTORS = (0.88, 1.0, 1.12)
"""The balance factors a pace table is measured at: the span a class's balancing uses."""


@dataclass(frozen=True, slots=True)
class PaceCurve:
    """One car on one circuit: real lap / estimated lap at each of ``factors`` (ascending)."""

    factors: tuple[float, ...]
    ratios: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.factors) != len(self.ratios) or not self.factors:
            raise ValueError("a pace curve needs one ratio per factor, and at least one")
        if any(b <= a for a, b in zip(self.factors, self.factors[1:], strict=False)):
            raise ValueError("a pace curve's factors must rise")

    def ratio(self, factor: float) -> float:
        """The ratio at ``factor``, read linearly between the measured ones and held beyond them."""
        return float(np.interp(factor, self.factors, self.ratios))


PaceTable = Mapping[str, PaceCurve]
"""Car id -> its pace curve, for one circuit."""
