"""Dependency specifiers and environment markers, read the way pip reads them (PEP 508, the
parts a lock needs), with the standard library only.

Why its own module: pip evaluates markers for the interpreter it runs in, so
``game.tools.lock`` follows each target's dependencies itself, and that
needs a small parser of requirements and markers it can trust.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True, slots=True)
class Requirement:
    name: str
    extras: frozenset[str]
    spec: str
    marker: str | None

    def without_marker(self) -> str:
        extras = f"[{','.join(sorted(self.extras))}]" if self.extras else ""
        return f"{self.name}{extras}{self.spec}"


_REQUIREMENT = re.compile(
    r"^\s*(?P<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*"
    r"(?:\[(?P<extras>[^\]]*)\])?\s*(?P<spec>[^;]*?)\s*(?:;\s*(?P<marker>.*?))?\s*$"
)


def parse_requirement(text: str) -> Requirement:
    match = _REQUIREMENT.match(text)
    if match is None:
        raise ValueError(f"cannot read requirement {text!r}")
    extras = frozenset(canonical(e.strip()) for e in (match["extras"] or "").split(",") if e.strip())
    spec = match["spec"].replace(" ", "")
    return Requirement(canonical(match["name"]), extras, spec, match["marker"] or None)


_TOKEN = re.compile(
    r"""\s*(?:(?P<string>'[^']*'|"[^"]*")|(?P<op>===|==|!=|<=|>=|~=|<|>|\(|\))|(?P<word>[A-Za-z_][A-Za-z0-9_.]*))"""
)
_VERSION_VARIABLES = frozenset({"python_version", "python_full_version", "implementation_version"})
_VERSION = re.compile(r"^\d+(\.\d+)*$")


def _version(text: str) -> tuple[int, ...]:
    if not _VERSION.match(text):
        raise ValueError(f"not a plain version: {text!r}")
    parts = [int(p) for p in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def _compare(left: str, op: str, right: str, versions: bool) -> bool:
    if op == "in":
        return left in right
    if op == "not in":
        return left not in right
    if op == "===":
        return left == right
    if op in ("==", "!=") and not versions:
        return (left == right) == (op == "==")
    if op in ("==", "!=") and right.endswith(".*"):
        prefix = _version(right[:-2])
        return (_version(left)[: len(prefix)] == prefix) == (op == "==")
    a, b = _version(left), _version(right)
    if op == "~=":
        return a >= b and a[: len(b) - 1] == b[:-1]
    return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def marker_holds(marker: str, environment: Mapping[str, str]) -> bool:
    """Evaluate a PEP 508 environment marker (``extra`` compared by normalised name)."""
    tokens: list[str] = []
    text, pos = marker.strip(), 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ValueError(f"cannot read marker {marker!r}")
        tokens.append(match.group().strip())
        pos = match.end()
    at = 0

    def peek() -> str | None:
        return tokens[at] if at < len(tokens) else None

    def take() -> str:
        nonlocal at
        if at >= len(tokens):
            raise ValueError(f"marker ends early: {marker!r}")
        at += 1
        return tokens[at - 1]

    def value() -> tuple[str, bool, bool]:
        """(text, is a version variable, is ``extra``)."""
        token = take()
        if token[0] in "'\"":
            return token[1:-1], False, False
        if token not in environment:
            raise ValueError(f"unknown marker variable {token!r} in {marker!r}")
        return environment[token], token in _VERSION_VARIABLES, token == "extra"

    def atom() -> bool:
        if peek() == "(":
            take()
            result = disjunction()
            if take() != ")":
                raise ValueError(f"unbalanced parentheses in {marker!r}")
            return result
        left, left_version, left_extra = value()
        op = take()
        if op == "not":
            op = "not " + take()
        right, right_version, right_extra = value()
        if left_extra or right_extra:
            left, right = canonical(left), canonical(right)
        return _compare(left, op, right, left_version or right_version)

    def conjunction() -> bool:
        result = atom()
        while peek() == "and":
            take()
            result = atom() and result
        return result

    def disjunction() -> bool:
        result = conjunction()
        while peek() == "or":
            take()
            result = conjunction() or result
        return result

    result = disjunction()
    if at != len(tokens):
        raise ValueError(f"cannot read marker {marker!r}")
    return result
