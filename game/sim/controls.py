"""What a driver asks of a vehicle during one step.

Controls are plain data so that a keyboard, a gamepad, an AI driver, a replay
file and a test script are interchangeable: each produces ``Controls``.
"""

from __future__ import annotations

from dataclasses import dataclass


def _clamp(value: float, low: float, high: float) -> float:
    return low if value < low else high if value > high else value


@dataclass(frozen=True, slots=True)
class Controls:
    """One step of driver input.

    ``steer`` runs from -1 (full left) to +1 (full right). ``brake`` also
    selects reverse once the vehicle has (almost) stopped and the throttle is
    released, as in most arcade racers.
    """

    throttle: float = 0.0
    brake: float = 0.0
    steer: float = 0.0
    handbrake: bool = False
    nitrous: bool = False

    def clamped(self) -> Controls:
        """The same controls with every axis forced into its legal range."""
        return Controls(
            throttle=_clamp(float(self.throttle), 0.0, 1.0),
            brake=_clamp(float(self.brake), 0.0, 1.0),
            steer=_clamp(float(self.steer), -1.0, 1.0),
            handbrake=bool(self.handbrake),
            nitrous=bool(self.nitrous),
        )


IDLE = Controls()
