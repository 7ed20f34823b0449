"""What ``check-map`` says about the racing line the computer drivers will follow.

A circuit's RacingLine may be missing (the planner then computes one) or
poor: through a wall, over the grass, against a wall, or with corners too
sharp for its few points. The game then races on a computed line, so a poor
line is a warning, not an error: the map works, but not as drawn. When no
line can be found at all (the gates are not connected by drivable ground)
no race can start on the map, and that is an error.

Each message is one sentence in the shape of the loader's own
(``<file>: <subject> <problem>; <fix>.``), naming the RacingLine object and
the place in pixels, as Tiled shows it.
"""

from __future__ import annotations

from game.content.tiled.placing import MapObject
from game.content.tiled.problems import Problems, shown_name
from game.sim.ai.line_check import LineFault
from game.sim.ai.planner import NoLineError, plan_line
from game.sim.track import Point, Track

INSTEAD = "the rivals follow a line computed from the walls instead"


def check_line_of(
    track: Track, objects: list[MapObject], ppm: float, problems: Problems, warnings: Problems
) -> None:
    """Plan the rivals' line on a loaded circuit: a poor map line is a warning, no line a problem."""
    if track.kind != "circuit" or track.finish is None:
        return
    drawn = [o for o in objects if o.cls == "RacingLine"]
    label = drawn[0].label if drawn else "the map's RacingLine"
    try:
        plan = plan_line(track)
    except NoLineError as exc:
        problems.add("the map", f"has no RacingLine and the computer drivers find {_no_way(exc)}", _OPEN_FIX)
        return
    if plan.source == "map":
        return
    if plan.source == "map-poor":
        for fault in plan.faults:
            warnings.add(
                label,
                f"{_fault(fault, ppm)}, and no better line can be computed ({_no_way(plan.error)})",
                "redraw the line inside the walls, on the road, with a point every few metres round "
                "each corner, or connect the gates with drivable road",
            )
        return
    for fault in plan.faults:
        warnings.add(label, f"{_fault(fault, ppm)}, so {INSTEAD}", _FIX[fault.kind])


_OPEN_FIX = (
    "make the road between them drivable (at least 5 m between walls, on road tiles) "
    "or draw a RacingLine round the lap on the 'ai' layer"
)

_FIX = {
    "wall": "redraw the line inside the walls, or delete it to race on the computed one",
    "narrow": "move the line at least 2 m away from the walls, or delete it to race on the computed one",
    "off": "redraw the line on the road, or delete it to race on the computed one",
    "kink": "add points round the corners (one every few metres), or delete it to race on the computed one",
}


def _no_way(exc: NoLineError | None) -> str:
    if exc is not None and exc.here and exc.there:
        return f"no drivable way from the gate '{shown_name(exc.here)}' to the gate '{shown_name(exc.there)}'"
    return "no drivable way round the lap"


def _px(at: Point, ppm: float) -> str:
    return f"{at[0] * ppm:.0f}, {at[1] * ppm:.0f} px"


def _places(fault: LineFault) -> str:
    return "" if fault.count <= 1 else f" (and {fault.count - 1} more place{'s' if fault.count > 2 else ''})"


def _fault(fault: LineFault, ppm: float) -> str:
    where = f"at {_px(fault.at, ppm)}{_places(fault)}"
    wall = f"the Wall '{shown_name(fault.wall)}'" if fault.wall else "a Wall"
    if fault.kind == "wall":
        return f"crosses {wall} {where}"
    if fault.kind == "narrow":
        return f"runs closer than half a car to {wall} {where}"
    if fault.kind == "off":
        return f"leaves the road for more than 10 m {where}"
    return f"turns so sharply that a car rounding the corner runs into a Wall {where}"
