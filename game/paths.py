"""Where the game's bundled data lives: maps, tilesets, missions, cars, rivals, ghosts.

The same files sit in one of two layouts:

* an installed wheel (``pip install .``, ``pipx install .``): the build copies
  ``levels/``, ``assets/`` and ``docs/previews/`` into the package as
  ``game/_bundled/{levels,assets,previews}`` (``[tool.hatch.build.targets.wheel]``
  in pyproject.toml); they are found through :mod:`importlib.resources`;
* a source checkout, and the editable install the README makes from it: the
  same folders beside the ``game`` package.

Every lookup of a bundled file goes through this module. pygame and the
loaders open files by name, so the data must be on a real file system; a zipped
install is refused here with one clear sentence instead of failing later.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from game.content.errors import ContentError

BUNDLED = "_bundled"
"""The package folder a wheel keeps the data in (``game/_bundled``)."""

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The source checkout's top folder: tests, docs and the maintenance tools use it.

Installed from a wheel this is just ``site-packages``; the game itself never
needs it (see :data:`IN_CHECKOUT`).
"""


class DataNotFound(ContentError):
    """The bundled data is missing or not on a real file system."""


@dataclass(frozen=True, slots=True)
class DataDirs:
    levels: Path
    assets: Path
    previews: Path
    """Drawn track previews for the menus (optional: the game draws its own without them)."""
    installed: bool
    """True for the wheel layout (``game/_bundled``), False for a source checkout."""


def locate(package: Traversable, checkout: Path) -> DataDirs:
    """The data folders: ``package/_bundled`` if the package has one, else ``checkout``'s."""
    bundled = package / BUNDLED
    if bundled.is_dir():
        if not isinstance(bundled, Path):
            raise DataNotFound(
                f"FAST TRACK's data ({bundled}) is not on a real file system (a zipped install?); "
                "install the game with pip or pipx so its files are unpacked."
            )
        dirs = DataDirs(bundled / "levels", bundled / "assets", bundled / "previews", installed=True)
        where = f"{bundled} (installed package)"
    else:
        dirs = DataDirs(
            checkout / "levels", checkout / "assets", checkout / "docs" / "previews", installed=False
        )
        where = f"{package / BUNDLED} (installed package) or {checkout} (source checkout)"
    missing = [p.name for p in (dirs.levels, dirs.assets) if not p.is_dir()]
    if missing:
        raise DataNotFound(
            f"FAST TRACK's data folders ({', '.join(missing)}) are missing: looked in {where}; "
            "reinstall the game from a complete checkout."
        )
    return dirs


_DIRS = locate(resources.files("game"), PROJECT_ROOT)

LEVELS_DIR = _DIRS.levels
ASSETS_DIR = _DIRS.assets
PREVIEWS_DIR = _DIRS.previews
VEHICLES_FILE = ASSETS_DIR / "vehicles.toml"
RIVALS_FILE = ASSETS_DIR / "rivals.toml"
IN_CHECKOUT = not _DIRS.installed
"""The data is the checkout's own files, so maintenance tools may rewrite them."""
