"""What a driver asks of a vehicle during one step.

Controls are plain data so that a keyboard, a gamepad, an AI driver, a replay
file and a test script are interchangeable: each produces ``Controls``.
"""

from __future__ import annotations

from dataclasses import dataclass


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


IDLE = Controls()
