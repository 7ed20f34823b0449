"""The one way the game validates a TOML or JSON document: pydantic v2 models.

Why a schema library rather than hand-written checks: a file's shape is then
*declared* (this field is a number from 50 to 10000, that table has these
keys and no others) instead of re-checked by hand in every loader, every
problem in a document is found in one pass, each with its location, and the
"is this a number" rules (``true`` is no number, ``NaN`` no value, a long
text is cut short in a message) live in one place.

What pydantic says is never shown: every problem becomes one sentence of the
game's own, in the file's words (``got true``, ``got a table``; never a
Python repr, never "got None", never pydantic's multi-line text). A
:class:`Problem` carries two phrasings, because files are read in two moods:

* a data file a modder wrote (vehicles, rivals, missions) is *told* what to
  fix: ``cars.toml: vehicle 'subaru': field 'mass_kg' must be from 50 to
  10000, got 0.`` (:func:`validate`, :func:`sentences`);
* a player file (save, records, ghost) is *explained*: ``... could not be
  used because its 'debt' is -5, below 0`` (:attr:`Problem.is_`).

The types below are the project's recurring fields; a document module
declares its models from them and names its locations with a ``Namer``.
"""

from __future__ import annotations

import difflib
import math
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, PlainValidator, ValidationError, WrapValidator
from pydantic_core import PydanticCustomError

from game.content import limits
from game.content.bounded import short, shown
from game.content.errors import ContentError

Loc = tuple[str | int, ...]
"""Where a value sits in a document: table keys and list indexes from the top."""
Namer = Callable[[Loc], str]
"""Names a location in a message's words (``vehicle 'subaru': field 'mass_kg'``); ``""``: the file."""
M = TypeVar("M", bound=BaseModel)

MAX_PROBLEMS = 50
"""Sentences in one report: enough to fix a file in one round trip, never a wall of text."""
KEY = "[key]"
"""The last part of a location that names a table's key (an id) rather than its value."""
_CONTENT = "content"
"""The error type of every problem raised by the project's own validators."""


class Model(BaseModel):
    """The base of every document model: strict, frozen, and no keys but the declared ones.

    Strict because a file must hold the type the game writes (``"3"`` is not 3,
    ``true`` is not 1); frozen because validated data is a value; unknown keys
    are refused because a misspelt key silently ignored is a tuning change
    that never happens (player files use :class:`Open`). Built on first use
    (``defer_build``): a process that imports a loader but never reads its
    file, like the game on its way to the title screen, does not pay for it.
    """

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)
    shape: ClassVar[str] = "a table"
    """What a value of this model is, for "must be a table, got 5"."""
    unknown: ClassVar[str] = "is not a known key"
    """What an undeclared key is, for "'turbo' is not a vehicle field"."""


class Open(Model):
    """A table whose unknown keys are ignored rather than refused.

    For player files (a newer game may have added keys this one must carry
    over, not reject) and for the top of a data file, which has always been
    allowed notes of its own beside the tables the game reads.
    """

    model_config = ConfigDict(extra="ignore")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a document, at ``loc``, phrased for both moods."""

    loc: Loc
    must: str
    """After a name, telling what to write: ``must be from 50 to 10000, got 0``."""
    is_: str
    """After a name, saying what is there: ``is 0, below 50``."""


class Invalid(Exception):
    """A document that does not fit its model: every :class:`Problem`, in document order."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


def fail(must: str, is_: str, field: str | int | None = None) -> PydanticCustomError:
    """The error a validator raises: both phrasings, the value already quoted in the file's words.

    ``field`` names the key a rule over a whole table is about (a model
    validator's error sits at the table, but "track_m must be 0 for a bike"
    is about one field of it; a list's validator names the item at fault).
    """
    ctx: dict[str, Any] = {"must": must, "is": is_}
    if field is not None:
        ctx["field"] = field
    return PydanticCustomError(_CONTENT, "{must}", ctx)


# --------------------------------------------------------------------------- checking


def check(model: type[M], data: Any, context: Mapping[str, Any] | None = None) -> M:
    """``data`` as ``model``; :class:`Invalid` listing every problem otherwise."""
    try:
        return model.model_validate(data, context=dict(context) if context is not None else None)
    except ValidationError as exc:
        raise Invalid([_problem(model, e) for e in exc.errors(include_url=False)]) from None


def validate(
    model: type[M], data: Any, where: str, name: Namer | None = None, context: Mapping[str, Any] | None = None
) -> M:
    """``data`` as ``model``, or a :class:`ContentError` of one sentence per problem (:func:`sentences`)."""
    try:
        return check(model, data, context)
    except Invalid as exc:
        raise ContentError(sentences(where, exc.problems, name)) from None


def explain(model: type[M], data: Any, name: Namer, context: Mapping[str, Any] | None = None) -> M:
    """``data`` as ``model``, or ValueError with the first problem as a reason: ``its 'debt' is -5, below 0``.

    For player files, whose one sentence says why a file could not be used.
    """
    try:
        return check(model, data, context)
    except Invalid as exc:
        first = exc.problems[0]
        raise ValueError(f"{name(first.loc)} {first.is_}".strip()) from None


def sentences(where: str, problems: Sequence[Problem], name: Namer | None = None) -> list[str]:
    """One sentence per problem naming file, object and field; past :data:`MAX_PROBLEMS`, one summing up."""
    namer = name or toml_name
    out = []
    for p in problems[:MAX_PROBLEMS]:
        label = namer(p.loc)
        out.append(f"{where}: {label} {p.must}." if label else f"{where}: {p.must}.")
    if len(problems) > MAX_PROBLEMS:
        out.append(f"{where}: and {len(problems) - MAX_PROBLEMS:,} more problems; fix the ones above first.")
    return out


def toml_name(loc: Loc) -> str:
    """A location as a modder finds it in a TOML file: ``[vehicle.subaru] 'mass_kg'``."""
    if not loc:
        return ""
    parts = [str(p + 1) if isinstance(p, int) else short(p) for p in loc]
    if parts[-1] == KEY:
        return f"[{'.'.join(parts[:-1])}] its name"
    if len(parts) == 1:
        return f"'{parts[0]}'"
    return f"[{'.'.join(parts[:-1])}] '{parts[-1]}'"


# --------------------------------------------------------------------------- pydantic's errors, reworded


def _problem(root: type[BaseModel], error: Mapping[str, Any]) -> Problem:
    """A pydantic error as a :class:`Problem`; its own text is never used."""
    loc: Loc = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == _CONTENT:
        return Problem((*loc, ctx["field"]) if "field" in ctx else loc, str(ctx["must"]), str(ctx["is"]))
    if kind == "missing":
        return Problem(loc, "is missing", "is missing")
    if kind == "extra_forbidden":
        owner = _model_at(root, loc[:-1])
        phrase = f"{owner.unknown if owner else Model.unknown}{_hint(owner, loc[-1])}"
        return Problem(loc, phrase, phrase)
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        owner = _model_at(root, loc)
        need = owner.shape if owner else Model.shape
        return Problem(loc, f"must be {need}, got {shown(value)}", f"is {shown(value)}, not {need}")
    if kind in ("list_type", "tuple_type"):
        return Problem(loc, f"must be a list, got {shown(value)}", f"is {shown(value)}, not a list")
    if kind in ("too_long", "too_short") and "actual_length" in ctx:
        count = f"holds {ctx['actual_length']:,} items"
        if kind == "too_long":
            phrase = f"{count}, over the limit of {ctx['max_length']:,}"
        else:
            phrase = f"{count}, fewer than {ctx['min_length']:,}"
        return Problem(loc, phrase, phrase)
    return Problem(
        loc, f"cannot be used as written, got {shown(value)}", f"is {shown(value)}, which the game cannot use"
    )


def _hint(owner: type[Model] | None, key: str | int) -> str:
    """`` (known: a, b)`` for a small table, `` (did you mean 'x'?)`` for a near miss, else a nudge."""
    if owner is None:
        return ""
    known = [f.alias or n for n, f in owner.model_fields.items()]
    if len(known) <= 10:
        return f" (known: {', '.join(known)})"
    close = difflib.get_close_matches(str(key), known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else " (check the spelling)"


def _model_at(root: type[BaseModel], loc: Loc) -> type[Model] | None:
    """The model class whose values sit at ``loc`` under ``root`` (to word a problem there), if any."""
    tp: Any = root
    for part in loc:
        tp = bare_type(tp)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            field = tp.model_fields.get(str(part))
            if field is None:
                return None
            tp = field.annotation
        elif typing.get_origin(tp) in (dict, Mapping):
            tp = typing.get_args(tp)[1]
        elif typing.get_origin(tp) in (list, tuple, Sequence):
            tp = typing.get_args(tp)[0]
        else:
            return None
    tp = bare_type(tp)
    return tp if isinstance(tp, type) and issubclass(tp, Model) else None


def bare_type(tp: Any) -> Any:
    """``tp`` without ``Annotated`` and ``| None``: the type whose fields or items a location walks into."""
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return bare_type(options[0]) if len(options) == 1 else tp
    return tp


# --------------------------------------------------------------------------- the recurring fields


def is_number(value: Any) -> bool:
    """Whether ``value`` is a finite number as a file writes one: ``true`` is not, nor is ``NaN``."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def _figure(x: float) -> str:
    """A bound as a modder would write it in the file: ``50``, ``0.5``, ``100000``, never ``1e+05``."""
    return f"{int(x)}" if float(x).is_integer() and abs(x) < 1e15 else f"{x:g}"


def number(
    low: float | None = None,
    high: float | None = None,
    *,
    whole: bool = False,
    above: bool = False,
    need: str | None = None,
    null: bool = False,
) -> PlainValidator:
    """A finite number (``whole``: an integer) in ``low..high``; ``above`` makes ``low`` itself too low.

    ``null`` lets JSON's ``null`` through as None ("no best time yet").
    ``true`` is no number and ``1.0`` no whole number (JSON and TOML both
    write them differently). ``need`` words every refusal the same way when
    the range alone reads badly ("a time between 0 and 1,500 seconds").
    """
    kind = "a whole number" if whole else "a number"

    def refuse(value: Any, must: str, is_: str) -> PydanticCustomError:
        if need is not None:
            return fail(f"must be {need}, got {shown(value)}", f"is {shown(value)}, not {need}")
        return fail(must, is_)

    def check_number(value: Any) -> float | int | None:
        if value is None and null:
            return None
        if not (is_number(value) and (isinstance(value, int) or not whole)):
            raise refuse(value, f"must be {kind}, got {shown(value)}", f"is {shown(value)}, not {kind}")
        low_ok = low is None or (value > low if above else value >= low)
        if not low_ok or (high is not None and value > high):
            raise _out_of_range(value, low, high, above, refuse)
        return value if whole else float(value)

    return PlainValidator(check_number)


def _out_of_range(
    value: float,
    low: float | None,
    high: float | None,
    above: bool,
    refuse: Callable[[Any, str, str], PydanticCustomError],
) -> PydanticCustomError:
    """The refusal of a number outside its range: negative, too low or too high."""
    got = shown(value)
    too_high = high is not None and value > high
    is_ = f"is {got}, above {_figure(high or 0)}" if too_high else f"is {got}, below {_figure(low or 0)}"
    if low is not None and high is not None:
        if value < 0 <= low:
            span = f"{_figure(low)} to {_figure(high)}"
            return refuse(value, f"must not be negative, got {got} (allowed {span})", is_)
        return refuse(value, f"must be from {_figure(low)} to {_figure(high)}, got {got}", is_)
    if low is not None:
        return refuse(value, f"must be {'more than' if above else 'at least'} {_figure(low)}, got {got}", is_)
    return refuse(value, f"must be at most {_figure(high or 0)}, got {got}", is_)


def text(
    max_chars: int, *, need: str = "a non-empty text", empty: bool = False, blank: bool = False
) -> PlainValidator:
    """A text of at most ``max_chars`` characters; empty only if ``empty``, all spaces only if ``blank``.

    A message quotes only the start of a text that is too long, so a
    million-character name is a sentence, not a megabyte.
    """

    def check_text(value: Any) -> str:
        if not isinstance(value, str) or not (empty or value.strip() or (blank and value)):
            raise fail(f"must be {need}, got {shown(value)}", f"is {shown(value)}, not {need}")
        if len(value) > max_chars:
            long = f"is {len(value):,} characters long, over the limit of {max_chars:,}"
            raise fail(f"{long} ({shown(value)})", long)
        return value

    return PlainValidator(check_text)


def choice(*options: str, need: str | None = None) -> PlainValidator:
    """One of ``options``, exactly as written."""
    words = need or f"one of {', '.join(options)}"

    def check_choice(value: Any) -> str:
        if not isinstance(value, str) or value not in options:
            raise fail(f"must be {words}, got {shown(value)}", f"is {shown(value)}, not {words}")
        return value

    return PlainValidator(check_choice)


def flag() -> PlainValidator:
    """``true`` or ``false``: 1 and ``"yes"`` are not."""

    def check_flag(value: Any) -> bool:
        if not isinstance(value, bool):
            raise fail(f"must be true or false, got {shown(value)}", f"is {shown(value)}, not true or false")
        return value

    return PlainValidator(check_flag)


def tables(need: str) -> WrapValidator:
    """A table of named tables (``[rival.NAME]``): ``need`` words a refusal of anything else."""
    return _container(dict, need)


def items(need: str) -> WrapValidator:
    """A list (``cars = [...]``): ``need`` words a refusal of anything else ("a list of names")."""
    return _container(list, need)


def _container(kind: type, need: str) -> WrapValidator:
    def check_container(value: Any, handler: Callable[[Any], Any]) -> Any:
        if not isinstance(value, kind):
            raise fail(f"must be {need}, got {shown(value)}", f"is {shown(value)}, not {need}")
        return handler(value)

    return WrapValidator(check_container)


Fraction = typing.Annotated[float, number(0.0, 1.0)]
"""A share or a trait, 0 to 1."""
Flag = typing.Annotated[bool, flag()]
"""``true`` or ``false``."""
Name = typing.Annotated[str, text(limits.NAME_CHARS)]
"""An id or a title: a track, car, rival or difficulty name (``limits.NAME_CHARS``)."""
