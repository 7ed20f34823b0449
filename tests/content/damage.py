"""Damaging a data tree the way a broken disk or a careless edit would, for the fuzz tests.

One strategy for every file kind: pick one to five containers of a parsed
TOML or JSON tree and replace, delete, add or repeat an item in each, with
values from the caller's list of nasty ones and keys from its list of
unknown ones.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st


def containers(tree: Any) -> list[Any]:
    """Every dict and list in ``tree`` (the root first), to pick one to damage."""
    out, stack = [], [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict | list):
            out.append(node)
            stack.extend(node.values() if isinstance(node, dict) else node)
    return out


def _leaves(tree: Any) -> list[Any]:
    return [v for node in containers(tree) for v in (node.values() if isinstance(node, dict) else node)]


def _copy(tree: Any) -> Any:
    if isinstance(tree, dict):
        return {k: _copy(v) for k, v in tree.items()}
    if isinstance(tree, list):
        return [_copy(v) for v in tree]
    return tree


def _fresh(tree: Any) -> Any:
    """A deep copy; through JSON (tuples become lists) unless TOML dates would not survive it."""
    if any(isinstance(v, datetime.date | datetime.time) for v in _leaves(tree)):
        return _copy(tree)
    return json.loads(json.dumps(tree, default=str))


@st.composite
def damaged(draw: st.DrawFn, tree: Any, nasty: Sequence[Any], keys: Sequence[str]) -> Any:
    """A deep copy of ``tree`` with one to five places damaged."""
    tree = _fresh(tree)
    for _ in range(draw(st.integers(1, 5))):
        node = draw(st.sampled_from(containers(tree)))
        value = _copy(draw(st.sampled_from(nasty)))  # a fresh copy: later damage must not edit the list
        if isinstance(node, dict):
            present = sorted(node)
            action = draw(st.sampled_from(["replace", "delete", "add"] if present else ["add"]))
            if action == "add":
                node[draw(st.sampled_from([*keys, *present]))] = value
            elif action == "delete":
                del node[draw(st.sampled_from(present))]
            else:
                node[draw(st.sampled_from(present))] = value
        elif node:
            index = draw(st.integers(0, len(node) - 1))
            action = draw(st.sampled_from(["replace", "delete", "repeat"]))
            if action == "replace":
                node[index] = value
            elif action == "delete":
                del node[index]
            else:
                node.extend([node[index]] * draw(st.integers(1, 3)))
        else:
            node.append(value)
    return tree
