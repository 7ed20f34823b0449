"""MODDING.md lists every input limit with the value the code enforces."""

from __future__ import annotations

import re

from game.content.limits import LIMITS
from game.paths import PROJECT_ROOT

DOC = PROJECT_ROOT / "docs" / "MODDING.md"


def _table() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    block = text.split("<!-- limits table", 1)[1].split("<!-- end of limits table", 1)[0]
    rows = re.findall(r"^\| ([^|]+?) \| ([^|]+?) \| [^|]+\|$", block, re.MULTILINE)
    return {name: value for name, value in rows if name not in ("limit", "---")}


def test_every_limit_is_documented_with_its_value() -> None:
    documented = _table()
    expected = {limit.name: f"{limit.value:,} {limit.unit}" for limit in LIMITS}
    assert documented == expected, (
        "docs/MODDING.md's limits table is out of date: regenerate it from game/content/limits.py LIMITS"
    )


def test_limit_names_are_unique_and_values_positive() -> None:
    names = [limit.name for limit in LIMITS]
    assert len(names) == len(set(names))
    assert all(limit.value > 0 for limit in LIMITS)
