"""constraints.txt and the tool that writes it (``python -m game.tools.lock``), without the network.

The tool evaluates dependency markers itself (pip evaluates them for the
interpreter it runs in, not the target), so its evaluator is checked against
``packaging``'s, and the pins it writes are read back with ``packaging`` for
every target to make sure each gets exactly its own versions.
"""

from __future__ import annotations

import itertools
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement

from game.tools import lock

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ["3.11", "3.12", "3.13", "3.14"]
PLATFORMS = {p.name: p for p in lock.PLATFORMS}

MARKERS = [
    'python_version < "3.12"',
    'python_version >= "3.12" and python_version < "3.14"',
    "python_version<'3.13'",
    'python_full_version >= "3.11.1"',
    'python_version ~= "3.11"',
    'python_version == "3.12.*"',
    'python_version != "3.13"',
    'sys_platform == "win32"',
    'sys_platform != "win32" and (platform_machine == "x86_64" or platform_machine == "arm64")',
    'platform_system == "Windows" or os_name == "nt"',
    'implementation_name != "pypy" and platform_python_implementation == "CPython"',
    '"arm" in platform_machine',
    '"arm" not in platform_machine',
    'extra == "test"',
    'extra == "Test_Extra" and python_version >= "3.11"',
    '(sys_platform == "darwin" or sys_platform == "linux") and python_version > "3.11"',
]


@pytest.mark.parametrize("marker", MARKERS)
def test_markers_evaluate_as_packaging_does(marker: str) -> None:
    for py, platform, extra in itertools.product(PYTHONS, lock.PLATFORMS, ("", "test", "test-extra")):
        env = {**lock.environment(py, platform), "extra": extra}
        expected = Marker(marker).evaluate(env)
        assert lock.marker_holds(marker, env) == expected, (marker, py, platform.name, extra)


def test_a_marker_the_tool_cannot_read_is_an_error_not_a_guess() -> None:
    env = lock.environment("3.11", lock.PLATFORMS[0])
    for bad in ('python_version < "3.12" and', 'unknown_var == "x"', '(sys_platform == "linux"'):
        with pytest.raises(ValueError):
            lock.marker_holds(bad, env)


def _item(name: str, *requires: str) -> dict[str, object]:
    return {"metadata": {"name": name, "version": "1.0", "requires_dist": list(requires)}}


def test_closure_follows_markers_for_the_target_and_names_what_pip_skipped() -> None:
    installed = {
        "pytest": _item(
            "pytest",
            'colorama>=0.4; sys_platform == "win32"',
            "pluggy<2,>=1.5",
            'tomli>=1; python_version < "3.11"',
        ),
        "pluggy": _item("pluggy"),
        "extra-user": _item("extra-user", "feature[speed]>=2"),
        "feature": _item("feature", 'turbo; extra == "speed"', 'docs; extra == "docs"'),
        "turbo": _item("turbo"),
        "unrelated": _item("unrelated"),
    }
    top = ["pytest>=8", "extra-user"]
    linux = lock.environment("3.11", PLATFORMS["linux-x86_64"])
    windows = lock.environment("3.11", PLATFORMS["windows-amd64"])
    assert lock.closure(top, installed, linux) == ({"pytest", "pluggy", "extra-user", "feature", "turbo"}, [])
    names, missing = lock.closure(top, installed, windows)
    assert missing == ["colorama>=0.4"]
    assert "unrelated" not in names


def test_pins_read_back_give_every_target_exactly_its_versions() -> None:
    results: dict[tuple[str, str], dict[str, str]] = {}
    for py in PYTHONS:
        for name in PLATFORMS:
            if name == "macos-x86_64" and py == "3.14":
                continue  # no wheels there
            pins = {"pygame-ce": "2.5.8"}
            pins["numpy"] = "2.4.6" if py == "3.11" else "2.5.5"
            pins["numba"] = "0.68.1"
            if name == "macos-x86_64":
                pins["numpy"], pins["numba"] = "2.3.5", "0.62.1"
            if name == "windows-amd64":
                pins["colorama"] = "0.4.6"
            if name == "linux-aarch64" and py == "3.13":
                pins["numba"] = "0.67.0"  # a platform lagging for one Python only
            results[(py, name)] = pins
    lines = lock.pin_lines(results, PYTHONS, lock.PLATFORMS)
    assert "pygame-ce==2.5.8" in lines and "colorama==0.4.6" in lines
    parsed = [Requirement(line) for line in lines]
    for (py, name), pins in results.items():
        env = lock.environment(py, PLATFORMS[name])
        chosen: dict[str, list[str]] = {}
        for req in parsed:
            if req.marker is None or req.marker.evaluate(env):
                chosen.setdefault(req.name, []).append(str(req.specifier))
        got = {n: v for n, v in chosen.items() if n in pins}
        assert got == {n: [f"=={v}"] for n, v in pins.items()}, (py, name)


def test_the_lock_pins_every_dependency_within_its_bounds() -> None:
    """Fails when a dependency is added to pyproject.toml, or a bound moved, without re-locking."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(r) for r in [*project["dependencies"], *project["optional-dependencies"]["test"]]]
    text = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    pins = [Requirement(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert "python -m game.tools.lock" in text.split("\n\n")[0]
    for req in wanted:
        mine = [p for p in pins if lock.canonical(p.name) == lock.canonical(req.name)]
        assert mine, f"{req.name} is not in constraints.txt: run python -m game.tools.lock"
        for pin in mine:
            version = str(pin.specifier).removeprefix("==")
            assert str(pin.specifier).startswith("=="), pin
            assert req.specifier.contains(version, prereleases=True), f"{pin} breaks {req}: re-lock"
