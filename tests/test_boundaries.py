"""The rules of the architecture, enforced: the simulation and content layers
never touch pygame, and the simulation never reads the clock or a global RNG."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import game

PACKAGE = Path(game.__file__).resolve().parent
HEADLESS = ("game.sim", "game.content")


def _modules(package: str) -> list[str]:
    root = PACKAGE.parent
    folder = root / package.replace(".", "/")
    return sorted(
        ".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        for p in folder.rglob("*.py")
    )


def test_sim_and_content_import_without_pygame() -> None:
    """Import every module with pygame made unimportable; nothing may pull it in."""
    modules = _modules("game.sim") + _modules("game.content")
    assert len(modules) > 8
    code = (
        "import sys\n"
        "sys.modules['pygame'] = None  # any 'import pygame' now raises ImportError\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not [m for m in sys.modules if m.startswith('pygame') and sys.modules[m] is not None]\n"
        "print('ok', len(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_simulation_reads_no_clock_and_no_global_randomness() -> None:
    """Determinism by construction: no time, no datetime, no module-level random calls."""
    for path in sorted((PACKAGE / "sim").rglob("*.py")):
        imported = _imports(path)
        assert not imported & {"time", "datetime", "pygame", "secrets", "uuid"}, path
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in ("random", "np")
                and node.attr not in ("Random", "Generator", "default_rng", "random")
                and node.value.id == "random"
            ):
                raise AssertionError(f"{path}: uses the global random module ({node.attr})")
            if isinstance(node, ast.Attribute) and node.attr in ("rand", "randn", "randint", "shuffle") and (
                isinstance(node.value, ast.Attribute) and node.value.attr == "random"
            ):
                raise AssertionError(f"{path}: uses numpy's global RNG ({node.attr})")


def test_pytmx_is_confined_to_the_map_loader() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "pytmx" in _imports(path):
            assert path.relative_to(PACKAGE).as_posix() == "content/tmx.py", path
