"""Shared bits for the map-loader tests: where the test maps are, and how to edit a copy."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

MAPS = Path(__file__).resolve().parent / "maps"
VALID = MAPS / "valid" / "ring.tmx"
BROKEN = MAPS / "broken"


def make_maps() -> ModuleType:
    """The generator script, imported by path (it is not a package module)."""
    spec = importlib.util.spec_from_file_location("make_maps", MAPS / "make_maps.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def edited_copy(folder: Path, edit: Callable[[str], str], name: str = "ring.tmx") -> Path:
    """The valid map with ``edit`` applied to its text, beside a copy of its tileset."""
    shutil.copytree(MAPS / "valid" / "tilesets", folder / "tilesets", dirs_exist_ok=True)
    target = folder / name
    target.write_text(edit(VALID.read_text(encoding="utf-8")), encoding="utf-8")
    return target
