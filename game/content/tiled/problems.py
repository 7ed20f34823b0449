"""How a map's problems are worded: one sentence each, naming the file, the thing and the fix.

Every module of the map reader reports through one :class:`Problems`, so a
modder gets every fault of a map at once, each in the same shape
(``<file>: <subject> <problem>; <fix>.``), and values quoted from the file
are always cut to a short excerpt: a 10 MB name must not become a 10 MB
message.
"""

from __future__ import annotations

from pathlib import Path

from game.content import bounded, limits
from game.content.errors import ContentError

MESSAGE_PART_CHARS = 600
"""A message's subject or problem is cut here: a safety net under the excerpts below."""
INT_CHARS = 20
"""Characters in an integer attribute (ids, sizes); anything longer is not a Tiled number."""


class Problems:
    """One readable message per problem, each starting with the map file."""

    def __init__(self, file: Path | str) -> None:
        self.file = str(file)
        self.messages: list[str] = []

    def add(self, subject: str, problem: str, fix: str) -> None:
        self.messages.append(f"{self.file}: {_cut(subject)} {_cut(problem)}; {fix}.")

    def __bool__(self) -> bool:
        return bool(self.messages)


def _cut(text: str) -> str:
    return text if len(text) <= MESSAGE_PART_CHARS else text[:MESSAGE_PART_CHARS] + "..."


def quote(value: str | None) -> str:
    """How a message quotes a value from a file: a short excerpt, or ``nothing``."""
    return "nothing" if value is None else f"'{bounded.short(value)}'"


def shown_name(name: str) -> str:
    """A name as messages show it: in full within the name limit, else a short prefix."""
    if len(name) <= limits.NAME_CHARS and name.isprintable():
        return name
    return bounded.short(name, limits.NAME_CHARS if len(name) <= limits.NAME_CHARS else bounded.SHOWN_CHARS)


def object_label(oid: int | str, name: str, cls: str = "") -> str:
    """How messages name an object: by id (what Tiled shows) and name."""
    kind = f" ({shown_name(cls)})" if cls else ""
    ident = str(oid) if isinstance(oid, int) or len(oid) <= INT_CHARS else bounded.short(oid, INT_CHARS)
    return f"object {ident} '{shown_name(name)}'{kind}" if name else f"object {ident} (unnamed){kind}"


def phrase(exc: ContentError, source: Path | str) -> str:
    """A bounded reader's sentence as a phrase for one of our own: no file name, no full stop."""
    text = exc.problems[0] if exc.problems else str(exc)
    prefix = f"{source}: "
    return (text[len(prefix) :] if text.startswith(prefix) else text).rstrip(".")
