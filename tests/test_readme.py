"""The README's promises: two locked set-up commands first, CI running exactly the second, then the wheel."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block is not None, "README must open with a sh code block"
    assert text.index("```sh") < 40, "the set-up commands come first"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_two_setup_commands() -> None:
    install, tests = _setup_commands()
    assert "pip install -c constraints.txt -e . " in install and install.endswith("fast-track")
    assert "pip install -c constraints.txt -e '.[test]' " in tests and tests.endswith("pytest -q")
    for command in (install, tests):
        assert command.startswith("python3 -m venv .venv && ")
    assert (ROOT / "constraints.txt").is_file()


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme_lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    match = re.search(r"sed -n '(\d+)p' README.md", ci)
    assert match, ".ci/run must take the command from the README"
    assert readme_lines[int(match.group(1)) - 1] == _setup_commands()[1]


def test_ci_then_installs_the_wheel_and_plays_it() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    smoke = ROOT / ".ci" / "wheel-smoke"
    run_tests = re.search(r'^bash -c "\$test_command"$', ci, re.M)
    run_smoke = re.search(r"^\.ci/wheel-smoke$", ci, re.M)
    assert run_tests and run_smoke
    assert run_smoke.start() > run_tests.start(), "the wheel smoke test runs after the tests"
    assert smoke.stat().st_mode & 0o111, ".ci/wheel-smoke must be executable"
    assert "-c constraints.txt" in smoke.read_text(encoding="utf-8")


def test_ci_checks_the_race_reports_targets_on_the_full_set() -> None:
    """The pack-racing targets are for 3 laps, 10 seeds, every circuit, at normal: CI checks those."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").replace("\\\n", " ")
    line = next(
        (ln for ln in ci.splitlines() if "race-report" in ln and not ln.lstrip().startswith(("#", "echo"))),
        "",
    )
    for part in ("--tracks all", "--seeds 10", "--laps 3", "--difficulty normal", "--check"):
        assert part in line, f".ci/run's race report lacks {part}: {line!r}"


def test_console_script_and_module_entry_point_exist() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'fast-track = "game.cli:main"' in pyproject
    assert (ROOT / "game" / "__main__.py").exists()
