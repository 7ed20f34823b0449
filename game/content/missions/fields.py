"""The recurring fields of a mission file, declared once: names, lines, lists of zones, places,
and the references between the parts of a file (actors, events, objectives, vehicles).

Texts are stripped after they are checked. A reference is checked against
what the whole file declares (passed in the validation context by the
parser), so an unknown actor is reported where it is named, in the same
pass as every other problem. Ids are checked for repeats the same way: the
context keeps the ids seen so far, in file order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, PlainValidator, ValidationInfo, model_validator

from game.content import limits, schema
from game.content.bounded import short, shown
from game.sim.mission.spec import PLAYER, Place

KNOWN_SHOWN = 30
"""Names a "known: ..." hint lists before it says how many there are in all."""


def known_list(names: Iterable[str]) -> str:
    """``a, b, c`` for a hint, at most :data:`KNOWN_SHOWN` names (a mod may define thousands)."""
    items = list(names)
    head = ", ".join(short(n) for n in items[:KNOWN_SHOWN]) or "none"
    return head if len(items) <= KNOWN_SHOWN else f"{head} and {len(items) - KNOWN_SHOWN:,} more"


def _strip(value: str) -> str:
    return value.strip()


Name = Annotated[str, schema.text(limits.NAME_CHARS), AfterValidator(_strip)]
"""An id, a title, a zone, a speaker: a non-blank text of at most ``limits.NAME_CHARS``."""
Speaker = Annotated[str, schema.text(limits.NAME_CHARS, empty=True, blank=True), AfterValidator(_strip)]
"""A name that may be left blank (a narrator's line has no speaker)."""
Line = Annotated[str, schema.text(limits.TEXT_CHARS), AfterValidator(_strip)]
"""One line of mission text (``limits.TEXT_CHARS``)."""
Positive = Annotated[float, schema.number(0.0, above=True, need="a positive number")]
NonNegative = Annotated[float, schema.number(0.0)]
Number = Annotated[float, schema.number()]


def _names(value: Any) -> tuple[str, ...]:
    """A name or a list of names (zones of a route), within the list and name limits."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(s, str) and s.strip() for s in items):
        raise schema.fail(
            f"must be a list of names (texts), got {shown(value)}", f"is {shown(value)}, not a list of names"
        )
    if len(items) > limits.LIST_NAMES:
        phrase = f"has {len(items):,} names, over the limit of {limits.LIST_NAMES:,}"
        raise schema.fail(phrase, phrase)
    long = next((s for s in items if len(s.strip()) > limits.NAME_CHARS), None)
    if long is not None:
        size = len(long.strip())
        phrase = f"holds a name {size:,} characters long, over the limit of {limits.NAME_CHARS:,}"
        raise schema.fail(f"{phrase} ({shown(long.strip())})", phrase)
    return tuple(s.strip() for s in items)


Names = Annotated[tuple[str, ...], PlainValidator(_names)]


# --------------------------------------------------------------------------- references and ids


def _context(info: ValidationInfo) -> dict[str, Any]:
    """What the parser knows about the whole file (empty when a model is validated on its own)."""
    return info.context if isinstance(info.context, dict) else {}


def _refers_to(table: str) -> AfterValidator:
    """A name that must be the id of a declared ``table`` (``actor``, ``event``, ``objective``)."""

    def check(value: str, info: ValidationInfo) -> str:
        known = _context(info).get("ids", {}).get(table)
        if value and known is not None and value not in known:
            phrase = f"names unknown {table} '{short(value)}'"
            raise schema.fail(phrase, phrase)
        return value

    return AfterValidator(check)


def _vehicle(value: str, info: ValidationInfo) -> str:
    vehicles = _context(info).get("vehicles")
    if vehicles is not None and value not in vehicles:
        phrase = f"names unknown vehicle '{short(value)}' (known: {known_list(vehicles)})"
        raise schema.fail(phrase, phrase)
    return value


def _unique(table: str) -> AfterValidator:
    """An id no other ``table`` of the file has taken before it (the context keeps those seen)."""

    def check(value: str, info: ValidationInfo) -> str:
        seen = _context(info).get("seen", {}).setdefault(table, set())
        if value in seen:
            phrase = f"is used twice; give every {table} its own id"
            raise schema.fail(phrase, phrase)
        seen.add(value)
        return value

    return AfterValidator(check)


def _not_the_player(value: str) -> str:
    if value == PLAYER:
        phrase = f"may not be '{PLAYER}'; that name means the player's car"
        raise schema.fail(phrase, phrase)
    return value


ActorRef = Annotated[Name, _refers_to("actor")]
"""An actor's id, or ``player``."""
EventRef = Annotated[Name, _refers_to("event")]
ObjectiveRef = Annotated[Name, _refers_to("objective")]
VehicleRef = Annotated[Name, AfterValidator(_vehicle)]
ActorId = Annotated[Name, AfterValidator(_not_the_player), _unique("actor")]
ObjectiveId = Annotated[Name, _unique("objective")]
EventId = Annotated[Name, _unique("event")]


# --------------------------------------------------------------------------- places


class PlaceTable(schema.Model):
    """``at = { zone = "...", slot = 2, x = 10, y = 20, heading_deg = 90 }``."""

    shape = "a zone name or a table like { x = 10, y = 20 }"
    zone: Annotated[str, schema.text(limits.NAME_CHARS, empty=True, blank=True), AfterValidator(_strip)] = ""
    slot: Annotated[int, schema.number(0, 63, whole=True)] | None = None
    x: Number | None = None
    y: Number | None = None
    heading_deg: Annotated[float, schema.number(-360.0, 360.0)] | None = None


def _zone_or_table(value: Any) -> Any:
    """``at = "zone"`` is short for ``at = { zone = "zone" }``."""
    return {"zone": value} if isinstance(value, str) else value


At = Annotated[PlaceTable, BeforeValidator(_zone_or_table)]


class Placed(schema.Model):
    """A table that may say where something is: ``at`` (or the player's ``start``) and beside it
    ``slot``, ``x``, ``y``, ``heading_deg``, which override the same keys of ``at``."""

    slot: Annotated[int, schema.number(0, 63, whole=True)] | None = None
    x: Number | None = None
    y: Number | None = None
    heading_deg: Annotated[float, schema.number(-360.0, 360.0)] | None = None

    def _spot(self) -> PlaceTable | None:
        """The table holding the place (``at`` or ``start``), if the file gave one."""
        return None

    def _merged(self) -> dict[str, Any]:
        spot = self._spot()
        out = {k: getattr(spot, k) for k in spot.model_fields_set} if spot is not None else {}
        beside = ("slot", "x", "y", "heading_deg")
        out.update({k: getattr(self, k) for k in beside if k in self.model_fields_set})
        return out

    @model_validator(mode="after")
    def _x_with_y(self) -> Placed:
        merged = self._merged()
        if ("x" in merged) != ("y" in merged):
            phrase = "gives only one of 'x' and 'y'; give both (metres) or neither"
            raise schema.fail(phrase, phrase)
        return self

    def place(self) -> Place | None:
        """The place the file gives (None when it gives none)."""
        merged = self._merged()
        if not merged:
            return None
        return Place(
            zone=merged.get("zone", ""),
            slot=merged["slot"] if merged.get("slot") is not None else -1,
            x=merged.get("x") or 0.0,
            y=merged.get("y") or 0.0,
            heading_deg=merged.get("heading_deg"),
        )


class AtPlace(Placed):
    at: At | None = None

    def _spot(self) -> PlaceTable | None:
        return self.at
