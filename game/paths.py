"""Where the game's bundled data lives.

The game is installed editable from its source tree (see the README), so the
bundled ``assets/`` and ``levels/`` folders sit beside the ``game`` package.
Keeping the lookup in one place lets a packager move them without hunting.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ASSETS_DIR = PROJECT_ROOT / "assets"
LEVELS_DIR = PROJECT_ROOT / "levels"
VEHICLES_FILE = ASSETS_DIR / "vehicles.toml"
