"""How a mission file's problems are worded: the file's own names for its parts.

The schema finds a problem at a location (``("objective", 2, "deliver",
"min_m")``); this module names the place as a modder finds it in the file
(``objective 'deliver': 'min_m'``: a table by its id, or by its number when it
has none) and words the few problems that read better in a mission's terms,
from the models' own declarations: a key of another kind ("does not apply
to a 'deliver' objective (it belongs to tail objectives)") and a key a kind
needs ("a 'block_road' event needs 'zone'").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from game.content import schema
from game.content.bounded import short
from game.content.missions import events, objectives

SECTIONS = ("player", "race", "rewards", "medals")
"""``[name]`` tables."""
NUMBERED = ("zone", "briefing", "debrief", "failure")
"""``[[name]]`` tables named by their number (they have no id)."""
TAGGED: dict[str, tuple[str, Mapping[Any, type[schema.Model]]]] = {
    "objective": ("kind", objectives.MODELS),
    "event": ("do", events.MODELS),
}
"""``[[name]]`` tables that are tagged unions: the tag's key and the model of each tag."""
NEEDS = {"target": "a 'target' actor", "score": "a 'score' to reach"}
"""How an objective that lacks one of these keys is told what it needs."""


def label(kind: str, ident: object, number: int) -> str:
    """How a message names a table: by its id when it has a usable one, else by its number."""
    if isinstance(ident, str) and ident.strip():
        return f"{kind} '{short(ident.strip())}'"
    return f"{kind} #{number}"


def _fields(rest: Sequence[str | int], in_table: bool = True) -> str:
    """``'when.after'``: the key (and the keys it is nested in); a table's own id is "its id"."""
    names = [str(p) for p in rest if not isinstance(p, int)]
    if names == ["id"] and in_table:
        return "its id"
    return "'" + ".".join(short(n) for n in names) + "'"


def _model_along(model: type[BaseModel], path: Sequence[str | int]) -> type[BaseModel] | None:
    """The model whose keys sit at ``path`` under ``model`` (a nested table: ``when``, ``at``)."""
    for part in path:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        tp = schema.bare_type(field.annotation) if field is not None else None
        if not (isinstance(tp, type) and issubclass(tp, BaseModel)):
            return None
        model = tp
    return model


class Words:
    """Names and wording for the problems of one document (``data``, as read from the file)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    def _item(self, table: str, index: int) -> Any:
        items = self.data.get(table)
        return items[index] if isinstance(items, list) and 0 <= index < len(items) else None

    def _what(self, table: str, index: int) -> str:
        if table in NUMBERED:
            return f"{table} #{index + 1}"
        item = self._item(table, index)
        return label(table, item.get("id") if isinstance(item, dict) else None, index + 1)

    def _tagged(self, loc: schema.Loc) -> tuple[str, type[schema.Model], tuple[str | int, ...]] | None:
        """(tag, its model, the rest of the location) for a location inside a tagged table."""
        if len(loc) < 3 or loc[0] not in TAGGED or not isinstance(loc[1], int):
            return None
        key, models = TAGGED[str(loc[0])]
        item = self._item(str(loc[0]), loc[1])
        tag = item.get(key) if isinstance(item, dict) else None
        if tag is None or loc[2] != tag or tag not in models:
            return None
        return str(tag), models[tag], tuple(loc[3:])

    def name(self, loc: schema.Loc) -> str:
        """The part of the file at ``loc``, as :func:`game.content.schema.sentences` puts it first."""
        if not loc:
            return ""
        head = str(loc[0])
        if head in SECTIONS:
            return f"the file: [{head}]" if len(loc) == 1 else f"[{head}]: {_fields(loc[1:])}"
        if len(loc) >= 2 and isinstance(loc[1], int) and (head in NUMBERED or head in ("actor", *TAGGED)):
            what = self._what(head, loc[1])
            tagged = self._tagged(loc)
            rest = tagged[2] if tagged is not None else loc[2:]
            return f"{what}:" if not rest else f"{what}: {_fields(rest)}"
        return f"the file: {_fields(loc, in_table=False)}"

    def reword(self, p: schema.Problem) -> schema.Problem:
        """``p`` in a mission's terms where the schema's general wording reads worse."""
        if p.loc == ("objective",) and p.must == "is missing":
            phrase = "the file: has no [[objective]]; a mission needs at least one"
            return schema.Problem((), phrase, phrase)
        if p.loc == ("player",) and p.must == "is missing":
            phrase = "is missing; give the player's 'driver' and 'vehicle'"
            return schema.Problem(p.loc, phrase, phrase)
        if len(p.loc) == 1 and p.loc[0] in SECTIONS and not p.must.startswith(("must be", "is missing")):
            phrase = f"[{p.loc[0]}]: {p.must}"  # a rule over the whole table (medals in order)
            return schema.Problem((), phrase, phrase)
        tagged = self._tagged(p.loc)
        if tagged is None:
            return p
        tag, model, rest = tagged
        table = str(p.loc[0])
        at_item = p.loc[:2]
        common = events.COMMON if table == "event" else objectives.COMMON
        if len(rest) == 1 and p.must == "is missing" and rest[0] not in common:
            key = str(rest[0])
            needs = f"'{key}'" if table == "event" else NEEDS.get(key, f"'{key}'")
            phrase = f"a '{tag}' {table} needs {needs}"
            return schema.Problem(at_item, phrase, phrase)
        if len(rest) == 1 and p.must == schema.Model.unknown:
            hint = self._hint(table, model, rest[0])
            phrase = f"'{short(str(rest[0]))}' does not apply to a '{tag}' {table} ({hint})"
            return schema.Problem(at_item, phrase, phrase)
        nested = _model_along(model, rest[:-1] if p.must == schema.Model.unknown else rest)
        if nested is None or not issubclass(nested, schema.Model):
            return p
        if p.must == schema.Model.unknown:
            known = ", ".join(nested.model_fields)
            phrase = f"{nested.unknown} (known: {known})"
            return schema.Problem(p.loc, phrase, phrase)
        generic = f"must be {schema.Model.shape}, got "
        if p.must.startswith(generic):
            return schema.Problem(p.loc, f"must be {nested.shape}, got {p.must[len(generic) :]}", p.is_)
        return p

    @staticmethod
    def _hint(table: str, model: type[schema.Model], key: str | int) -> str:
        if table == "event":
            return f"it takes {', '.join(sorted(events.takes(model)))}"
        owners = [
            str(k)
            for k, m in objectives.MODELS.items()
            if key in m.model_fields and key not in objectives.COMMON
        ]
        if not owners:
            return "check the spelling"
        return f"it belongs to {', '.join(owners)} objectives"
