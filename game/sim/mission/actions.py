"""What a scripted event does: one frozen record per action kind, holding only its own fields.

A mission file says *what* happens (a line of dialogue, a car that starts to
drive, a road that closes), never how; :mod:`game.sim.mission.script` has one
handler per record type. A closed union of records rather than one flat
record keeps each kind's fields its own: a ``crash`` has a ``style``, a
``money`` event an ``amount``, and neither carries the other's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from game.sim.mission.zones import Place


class ActionKind(StrEnum):
    """The closed vocabulary of ``do = "..."`` (the value is the file's word)."""

    MESSAGE = "message"
    PHONE_CALL = "phone_call"
    SPAWN = "spawn"
    MOVE = "move"
    DRIVE = "drive"
    PARK = "park"
    BLOCK_ROAD = "block_road"
    CHASE = "chase"
    NITROUS = "nitrous"
    CRASH = "crash"
    MONEY = "money"
    CLEAR_ROAD = "clear_road"


ACTION_KINDS: tuple[ActionKind, ...] = tuple(ActionKind)
CrashStyle = Literal["spin", "flip"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ShowMessage:
    """A line on screen; ``speaker`` empty for a prompt or narration."""

    kind: Literal[ActionKind.MESSAGE] = ActionKind.MESSAGE
    text: str
    speaker: str = ""
    duration_s: float = 4.0


@dataclass(frozen=True, slots=True, kw_only=True)
class RingPhone:
    """The phone rings and ``speaker`` says ``text``."""

    kind: Literal[ActionKind.PHONE_CALL] = ActionKind.PHONE_CALL
    speaker: str
    text: str
    duration_s: float = 4.0


@dataclass(frozen=True, slots=True, kw_only=True)
class SpawnActor:
    """Put ``actor`` in the world (at ``place``, else where the actor says)."""

    kind: Literal[ActionKind.SPAWN] = ActionKind.SPAWN
    actor: str
    place: Place | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MoveActor:
    """Lift ``actor`` (the player too) to ``place``."""

    kind: Literal[ActionKind.MOVE] = ActionKind.MOVE
    actor: str
    place: Place


@dataclass(frozen=True, slots=True, kw_only=True)
class DriveRoute:
    """``actor`` drives ``route`` (else its own) at ``speed_kmh`` (0: its own speed)."""

    kind: Literal[ActionKind.DRIVE] = ActionKind.DRIVE
    actor: str
    route: tuple[str, ...] = ()
    speed_kmh: float = 0.0
    place: Place | None = None
    """Where it appears if it is not in the world yet."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParkActor:
    """``actor`` stops where it is and stays."""

    kind: Literal[ActionKind.PARK] = ActionKind.PARK
    actor: str


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockRoad:
    """Close the roads through ``zone`` to routing; ``actor`` (if any) is the block."""

    kind: Literal[ActionKind.BLOCK_ROAD] = ActionKind.BLOCK_ROAD
    zone: str
    actor: str = ""
    place: Place | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ClearRoad:
    """Open the roads through ``zone`` again."""

    kind: Literal[ActionKind.CLEAR_ROAD] = ActionKind.CLEAR_ROAD
    zone: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ChaseTarget:
    """``actor`` chases ``target`` (the player when empty) at ``speed_kmh`` (0: its own)."""

    kind: Literal[ActionKind.CHASE] = ActionKind.CHASE
    actor: str
    target: str = ""
    speed_kmh: float = 0.0
    place: Place | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FireNitrous:
    """``actor`` (a rival or a scripted car) burns nitrous for ``duration_s``."""

    kind: Literal[ActionKind.NITROUS] = ActionKind.NITROUS
    actor: str
    duration_s: float = 4.0


@dataclass(frozen=True, slots=True, kw_only=True)
class CrashActor:
    """``actor`` is wrecked on the spot, spinning or flipping, perhaps on fire."""

    kind: Literal[ActionKind.CRASH] = ActionKind.CRASH
    actor: str
    style: CrashStyle = "spin"
    fire: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class PayMoney:
    """The player is paid ``amount`` (negative: charged), for ``text`` (default "bonus")."""

    kind: Literal[ActionKind.MONEY] = ActionKind.MONEY
    amount: int
    text: str = ""


Action = (
    ShowMessage
    | RingPhone
    | SpawnActor
    | MoveActor
    | DriveRoute
    | ParkActor
    | BlockRoad
    | ClearRoad
    | ChaseTarget
    | FireNitrous
    | CrashActor
    | PayMoney
)
"""What an event does: a record of one kind, told apart by ``kind``."""
