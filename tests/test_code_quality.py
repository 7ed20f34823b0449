"""Lint and types are part of the build: ruff over the code and tests, mypy (strict on sim and content)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "game", "tests", "assets")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted() -> None:
    """One layout for every file (``ruff format``), so a diff shows what changed, not who typed it."""
    result = _run("ruff", "format", "--check", "game", "tests", "assets", "levels")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    """Strictness per package is configured in pyproject.toml (strict for game.sim and game.content)."""
    result = _run("mypy", "game")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
