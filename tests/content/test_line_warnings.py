"""``check-map`` on the racing line: a poor line is a warning (the rivals race a computed one);
no line at all, an error."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from game.cli import main
from game.paths import LEVELS_DIR

HARBOUR = LEVELS_DIR / "harbour.tmx"
LINE = re.compile(
    r'(<object id="55" name="racing_line" type="RacingLine"[^>]*>\s*<polygon points=")([^"]*)(")'
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    here = tmp_path_factory.mktemp("maps")
    shutil.copytree(LEVELS_DIR / "tilesets", here / "tilesets")
    return here


def _variant(folder: Path, name: str, edit: Callable[[str], str]) -> Path:
    text = HARBOUR.read_text(encoding="utf-8")
    changed = edit(text)
    assert changed != text
    target = folder / f"{name}.tmx"
    target.write_text(changed, encoding="utf-8")
    return target


def _coarse(text: str) -> str:
    """Every 8th point of the line (32 m apart): it still meets every gate, but cuts the corners."""
    return LINE.sub(lambda m: m.group(1) + " ".join(m.group(2).split()[::8]) + m.group(3), text)


def _no_line(text: str) -> str:
    return re.sub(r'\s*<object id="55" name="racing_line".*?</object>', "", text, flags=re.S)


BLOCKER = (
    '  <object id="90" name="blocker" type="Wall" x="1700" y="1740">\n'
    '   <polyline points="0,0 280,0"/>\n'
    "  </object>\n"
    " </objectgroup>\n"
    ' <objectgroup id="5" name="race">'
)


def _blocked(text: str) -> str:
    return _no_line(text).replace(' </objectgroup>\n <objectgroup id="5" name="race">', BLOCKER)


def _run(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["check-map", str(path)])
    return code, capsys.readouterr().out.strip().splitlines()


def _plain(line: str) -> None:
    for word in ("None", "Error", "Traceback", "'ai' layer'", "[", "]"):
        assert word not in line, line
    assert line.endswith(".") and line.count("; ") == 1, line


def test_a_coarse_line_is_a_warning_naming_the_line_and_the_fix(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _variant(folder, "coarse", _coarse)
    code, lines = _run(path, capsys)
    assert code == 0
    warnings = [line for line in lines if line.startswith(f"{path}: warning: ")]
    assert (
        warnings
        and lines[-1] == f"{path}: OK, with {len(warnings)} warning{'s' if len(warnings) > 1 else ''}"
    )
    first = warnings[0]
    assert "object 55 'racing_line' (RacingLine)" in first
    assert "crosses the Wall 'wall0' at 1918, 1080 px (and 15 more places)" in first and " px " in first
    assert "computed from the walls instead; redraw the line inside the walls" in first
    for line in warnings:
        _plain(line)


def test_a_map_without_a_line_is_fine(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _variant(folder, "no_line", _no_line)
    assert _run(path, capsys) == (0, [f"{path}: OK"])


def test_gates_the_drivers_cannot_reach_are_an_error_naming_them(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _variant(folder, "blocked", _blocked)
    code, lines = _run(path, capsys)
    assert code == 1
    assert lines == [
        f"{path}: the map has no RacingLine and the computer drivers find no drivable way from the gate "
        "'cp0' to the gate 'cp1'; make the road between them drivable (at least 5 m between walls, "
        "on road tiles) or draw a RacingLine round the lap on the 'ai' layer."
    ]
    _plain(lines[0])


def test_every_bundled_map_checks_without_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    maps = sorted(LEVELS_DIR.glob("*.tmx"))
    assert main(["check-map", *map(str, maps)]) == 0
    assert capsys.readouterr().out.strip().splitlines() == [f"{m}: OK" for m in maps]
