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


def _global_rng_calls(tree: ast.AST) -> list[str]:
    """Calls of the process-wide RNGs: ``random.x(...)`` or ``np.random.x(...)``.

    Building a private generator (``random.Random``, ``np.random.default_rng``)
    is fine; drawing from the shared one is what would break determinism.
    """
    allowed = {"Random", "default_rng", "Generator"}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner, name = node.func.value, node.func.attr
        if name in allowed:
            continue
        if isinstance(owner, ast.Name) and owner.id == "random":
            found.append(f"random.{name}")
        elif isinstance(owner, ast.Attribute) and owner.attr == "random":
            module = owner.value.id if isinstance(owner.value, ast.Name) else "?"
            found.append(f"{module}.random.{name}")
    return found


def test_simulation_reads_no_clock_and_no_global_randomness() -> None:
    """Determinism by construction: no clock, no process-wide RNG; only ``world.rng``."""
    for path in sorted((PACKAGE / "sim").rglob("*.py")):
        assert not _imports(path) & {"time", "datetime", "pygame", "secrets", "uuid"}, path
        calls = _global_rng_calls(ast.parse(path.read_text(encoding="utf-8")))
        assert not calls, f"{path}: draws from a global RNG: {calls}"


def test_the_rng_check_catches_what_it_should() -> None:
    bad = ast.parse("import random\nimport numpy as np\nx = random.random()\ny = np.random.rand(3)\n")
    good = ast.parse("import random\nrng = random.Random(4)\nz = rng.random()\n")
    assert _global_rng_calls(bad) == ["random.random", "np.random.rand"]
    assert _global_rng_calls(good) == []
