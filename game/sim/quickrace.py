"""A quick race's grid: the player's car plus named rivals from the rivals book.

Built through ``game.content.sessions.build`` by the game, the headless
``race`` command, replays and the benchmark, so they all race the same field.
The book is data read by the content layer: the sim reads no files.

The seed decides the field, through its own ``random.Random`` (never the
global one, never the world's ``rng``, whose draws it would shift), in this
order, so the same seed always gives the same field:

1. **Who makes the grid, and in what order**: the book's rivals shuffled;
   the first ``rivals`` of them line up in that order (more rivals than the
   book names go round it again, as "Wolf 2").
2. **Their cars** (``rival_cars``): with ``"class"`` (the default) every
   rival drives a car of the player's class (:mod:`game.sim.classes`): its
   own when that is in the class, otherwise one drawn from the class,
   the least-used on the grid first (the player's car counts), so a field
   has as many different cars as the class allows. A drawn car is also
   within :data:`RIVAL_REACH` of the player's index when the class has any
   such car: the scooter is a class C vehicle but no Mustang driver races
   one. Rivals may drive any vehicle of the class, the ones a player cannot
   pick too (the police cruiser). With ``"any"`` each rival drives its own
   car, whatever the player drives.
3. **Their skill**: each rival's ``corner_grip`` and ``brake_grip`` are the
   difficulty's values times a factor drawn from ``1 ± SKILL_SPREAD``, never
   above 1 and never past halfway to the next difficulty's value, so the
   difficulties stay in order: a hard rival never plans slower than a normal
   one can, nor a normal one faster than any hard one.

With ``rival_cars="class"`` the rivals' cars are also balanced to the
player's (``RaceSession(balance_to=...)``): a class spans up to a tenth of
performance index, and unbalanced the quickest car of the class wins most
races whoever drives it. Balanced, each rival laps in its car as the
player's car would, so a race is decided by driving, drafting and mistakes.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import replace

from game.sim.ai.pace import PaceTable
from game.sim.ai.profile import Personality, Rival, RivalBook, Skill
from game.sim.classes import class_members, performance_index, vehicle_class
from game.sim.race import RaceConfig
from game.sim.session import Entrant, RaceSession
from game.sim.track import Track
from game.sim.vehicle import VehicleSpec

RIVAL_CARS: tuple[str, ...] = ("class", "any")
"""What the rivals drive: cars of the player's class, or each its own."""
CATCH_UP: tuple[str, ...] = ("off", "subtle")
"""How much the field's AI helps whoever is behind (``RaceConfig.catch_up``)."""
SKILL_SPREAD = 0.02
"""A rival's planning grips vary by at most this share of its difficulty's."""
RIVAL_REACH = 0.12
"""A car drawn for a rival is at most this much slower or quicker (index) than the player's."""


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
    rival_cars: str = "class",
    catch_up: str = "subtle",
    pace: PaceTable | None = None,
) -> RaceSession:
    """A session with the player's ``car`` on pole and ``rivals`` named rivals behind.

    With ``player_ai`` the player's car is driven by the AI too (headless
    races), at the difficulty's own skill. With ``player_last`` the player
    starts at the back instead (the game's quick race is about carving
    through the field); the rivals keep their order. The field is drawn from
    ``seed`` as the module says. ``pace`` is the circuit's measured pace
    table, which calibrates a one-class race's balance (``ai.pace``).
    """
    if car not in specs:
        raise ValueError(f"unknown car '{car}' (known: {', '.join(specs)})")
    if rival_cars not in RIVAL_CARS:
        raise ValueError(f"unknown rival cars '{rival_cars}' (known: {', '.join(RIVAL_CARS)})")
    if catch_up not in CATCH_UP:
        raise ValueError(f"unknown catch-up '{catch_up}' (known: {', '.join(CATCH_UP)})")
    skill = book.skill(difficulty)
    field = [Entrant("You", specs[car], skill if player_ai else None, Personality(0.5, 0.8, 0.5))]
    if rivals > 0 and not book.rivals:
        raise ValueError("the rivals book names no rivals")
    draw = random.Random(f"quick-race field {seed}")
    lineup = grid_order(book.rivals, rivals, draw)
    for rival, _ in lineup:
        if rival.car not in specs:
            raise ValueError(f"rival '{rival.id}' drives unknown car '{rival.car}'")
    owns = [rival.car for rival, _ in lineup]
    cars = owns if rival_cars == "any" else class_cars(specs, car, owns, draw)
    for (rival, lap), vid in zip(lineup, cars, strict=True):
        name = rival.name if lap == 0 else f"{rival.name} {lap + 1}"
        field.append(Entrant(name, specs[vid], varied_skill(book, difficulty, draw), rival.personality))
    if player_last:
        field.append(field.pop(0))
    config = RaceConfig(laps=laps if laps is not None else track.laps, catch_up=catch_up)
    seat = (len(field) - 1 if player_last else 0,)
    balance_to = specs[car] if rival_cars == "class" else None
    return RaceSession(track, field, config, seed=seed, players=seat, balance_to=balance_to, pace=pace)


def grid_order(pool: Sequence[Rival], count: int, draw: random.Random) -> list[tuple[Rival, int]]:
    """``count`` rivals in grid order, each with how many times round the pool it is (0 the first)."""
    order = draw.sample(list(pool), len(pool))
    return [(order[k % len(order)], k // len(order)) for k in range(count)]


def class_cars(
    specs: Mapping[str, VehicleSpec], car: str, owns: Sequence[str], draw: random.Random
) -> list[str]:
    """A car of ``car``'s class for each rival whose own car is ``owns[i]`` (see the module)."""
    members = class_members(specs, vehicle_class(specs[car]))
    mine = performance_index(specs[car])
    reach = 1.0 + RIVAL_REACH
    near = [m for m in members if 1.0 / reach <= performance_index(specs[m]) / mine <= reach]
    pool = near if any(m != car for m in near) else members
    used = dict.fromkeys(members, 0)
    used[car] += 1
    chosen: list[str | None] = [own if own in used else None for own in owns]
    for vid in chosen:
        if vid is not None:
            used[vid] += 1
    out: list[str] = []
    for vid in chosen:
        if vid is None:
            fewest = min(used[m] for m in pool)
            vid = draw.choice([m for m in pool if used[m] == fewest])
            used[vid] += 1
        out.append(vid)
    return out


def varied_skill(book: RivalBook, difficulty: str, draw: random.Random) -> Skill:
    """The difficulty's skill with its planning grips varied by the draw (see the module)."""
    skill = book.skill(difficulty)
    others = [s for name, s in book.difficulties.items() if name != difficulty]
    corner = _vary(skill.corner_grip, [s.corner_grip for s in others], draw.uniform(-1.0, 1.0))
    brake = _vary(skill.brake_grip, [s.brake_grip for s in others], draw.uniform(-1.0, 1.0))
    return replace(skill, corner_grip=corner, brake_grip=brake)


def _vary(value: float, others: Sequence[float], x: float) -> float:
    """``value · (1 + SKILL_SPREAD · x)``, kept short of halfway to the nearest other value and ≤ 1."""
    lo, hi = value * (1.0 - SKILL_SPREAD), value * (1.0 + SKILL_SPREAD)
    below = [o for o in others if o < value]
    above = [o for o in others if o > value]
    if below:
        lo = max(lo, (max(below) + value) / 2.0)
    if above:
        hi = min(hi, (min(above) + value) / 2.0)
    return min(1.0, max(lo, min(hi, value * (1.0 + SKILL_SPREAD * x))))
