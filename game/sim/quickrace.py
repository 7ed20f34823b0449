"""A quick race's grid: the player's car plus named rivals from the rivals book.

Built through ``game.content.sessions.build`` by the game, the headless
``race`` command, replays and the benchmark, so they all race the same field.
The book is data read by the content layer: the sim reads no files.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.sim.ai.profile import Personality, RivalBook
from game.sim.race import RaceConfig
from game.sim.session import Entrant, RaceSession
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec


def quick_race(
    track: Track,
    specs: Mapping[str, VehicleSpec],
    book: RivalBook,
    car: str = "subaru",
    rivals: int = 7,
    laps: int | None = None,
    difficulty: str = "normal",
    seed: int = 0,
    player_ai: bool = True,
    player_last: bool = False,
) -> RaceSession:
    """A session with the player's ``car`` on pole and ``rivals`` named rivals behind.

    With ``player_ai`` the player's car is driven by the AI too (headless races).
    With ``player_last`` the player starts at the back instead (the game's quick
    race is about carving through the field); the rivals keep their order.
    """
    if car not in specs:
        raise ValueError(f"unknown car '{car}' (known: {', '.join(specs)})")
    skill = book.skill(difficulty)
    field = [Entrant("You", specs[car], skill if player_ai else None, Personality(0.5, 0.8, 0.5))]
    pool = list(book.rivals)
    for k in range(rivals):
        rival = pool[k % len(pool)]
        if rival.car not in specs:
            raise ValueError(f"rival '{rival.id}' drives unknown car '{rival.car}'")
        name = rival.name if k < len(pool) else f"{rival.name} {k // len(pool) + 1}"
        field.append(Entrant(name, specs[rival.car], skill, rival.personality))
    if player_last:
        field.append(field.pop(0))
    config = RaceConfig(laps=laps if laps is not None else track.laps)
    return RaceSession(track, field, config, seed=seed, players=(len(field) - 1 if player_last else 0,))
