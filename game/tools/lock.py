"""Regenerate ``constraints.txt``: the exact versions every install of FAST TRACK uses.

``python -m game.tools.lock`` (from a source checkout, with the network; a few
minutes) after changing a dependency in pyproject.toml, or to take newer
releases. It reads the runtime dependencies and the ``test`` extra from
pyproject.toml and has pip resolve them from PyPI -- a dry run, wheels only,
nothing installed -- for every CPython minor version from the
``requires-python`` floor up to the newest one they all ship wheels for, on
each platform in :data:`PLATFORMS`, then writes ``==`` pins, with
``python_version`` markers where the answers differ between Pythons and
platform markers for a platform that differs from the rest. A platform and
Python pair with no wheels (or only pre-releases) is named in the file's header.

pip runs isolated from the machine it runs on (no pip.conf, no ``PIP_*``
variables: no local constraint files, find-links or mirrors), from a throw-away
virtual environment holding a recent pip. pip evaluates dependency markers
against the interpreter it runs in, not the target, so the tool follows each
package's dependencies itself (:func:`marker_holds`) and asks again with any the
target needs that pip skipped (``colorama`` on Windows, for one), and pins only
what the target really installs. Standard library only.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
import venv
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from game.tools.markers import Requirement, canonical, marker_holds, parse_requirement

RESOLVER_PIP = "pip>=25"
"""The pip that resolves (older ones reject ``--python-version`` in a dry run)."""
INDEX_URL = "https://pypi.org/simple"
EXTRAS = ("test",)
NEWEST_MINOR_TRIED = 40
"""A bound on the search for the newest supported Python, never reached in practice."""


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    tags: tuple[str, ...]
    """``--platform`` values: pip expands macOS versions downwards itself, manylinux ones it does not."""
    sys_platform: str
    platform_machine: str
    platform_system: str
    os_name: str

    def marker(self) -> str:
        return f'sys_platform == "{self.sys_platform}" and platform_machine == "{self.platform_machine}"'


def _manylinux(arch: str) -> tuple[str, ...]:
    return (*(f"manylinux_2_{minor}_{arch}" for minor in range(28, 16, -1)), f"manylinux2014_{arch}")


PLATFORMS = (
    Platform("linux-x86_64", _manylinux("x86_64"), "linux", "x86_64", "Linux", "posix"),
    Platform("linux-aarch64", _manylinux("aarch64"), "linux", "aarch64", "Linux", "posix"),
    Platform("macos-arm64", ("macosx_14_0_arm64",), "darwin", "arm64", "Darwin", "posix"),
    Platform("macos-x86_64", ("macosx_13_0_x86_64",), "darwin", "x86_64", "Darwin", "posix"),
    Platform("windows-amd64", ("win_amd64",), "win32", "AMD64", "Windows", "nt"),
)
"""The first is the reference: the Python versions are found on it."""


class Unresolvable(Exception):
    """pip found no set of wheels for a target (as opposed to failing for another reason)."""


# -- requirements and markers (PEP 508), just as much as dependency metadata uses -----------


def environment(python: str, platform: Platform) -> dict[str, str]:
    """The marker variables of CPython ``python`` (``"3.12"``) on ``platform``."""
    return {
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_name": "cpython",
        "implementation_version": f"{python}.0",
        "platform_python_implementation": "CPython",
        "sys_platform": platform.sys_platform,
        "platform_system": platform.platform_system,
        "platform_machine": platform.platform_machine,
        "os_name": platform.os_name,
        "platform_release": "",
        "platform_version": "",
        "extra": "",
    }


# -- resolving --------------------------------------------------------------------------------


def _clean_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull  # pip then reads no configuration file at all
    return env


def make_resolver(folder: Path, index_url: str) -> list[str]:
    """A fresh virtual environment with a recent pip; its ``pip install`` command."""
    venv.create(folder, with_pip=True)
    python = folder / ("Scripts" if os.name == "nt" else "bin") / "python"
    install = [
        str(python),
        "-m",
        "pip",
        "install",
        "--isolated",
        "--disable-pip-version-check",
        "--no-input",
        "--index-url",
        index_url,
    ]
    subprocess.run([*install, "--quiet", "--upgrade", RESOLVER_PIP], check=True, env=_clean_environment())
    return install


_NO_SOLUTION = re.compile(
    r"ResolutionImpossible|No matching distribution found|Could not find a version that satisfies"
    r"|requires a different Python"
)


def resolve(
    install: Sequence[str], requirements: Sequence[str], python: str, platform: Platform
) -> dict[str, dict[str, object]]:
    """pip's report on what it would install for the target: canonical name -> report entry."""
    with tempfile.TemporaryDirectory(prefix="fast-track-lock-") as tmp:
        report = Path(tmp) / "report.json"
        command = [
            *install,
            "--dry-run",
            "--ignore-installed",
            "--quiet",
            "--report",
            str(report),
            "--only-binary=:all:",
            "--implementation",
            "cp",
            "--python-version",
            python,
            *(f"--platform={tag}" for tag in platform.tags),
            *requirements,
        ]
        done = subprocess.run(command, capture_output=True, text=True, env=_clean_environment(), check=False)
        if done.returncode != 0:
            lines = [line for line in done.stderr.splitlines() if line.strip()]
            message = f"{platform.name}, Python {python}: " + " / ".join(lines[-3:])
            if _NO_SOLUTION.search(done.stderr):
                raise Unresolvable(message)
            raise RuntimeError(f"pip failed ({message})")
        data = json.loads(report.read_text(encoding="utf-8"))
    return {canonical(item["metadata"]["name"]): item for item in data["install"]}


def closure(
    requirements: Iterable[str], installed: Mapping[str, Mapping[str, object]], env: Mapping[str, str]
) -> tuple[set[str], list[str]]:
    """What the target installs, following markers for ``env``; and what pip left out.

    Returns the canonical names reached (among those pip reported) and, as
    requirement strings without markers, the dependencies the target needs that
    are not in ``installed``.
    """
    extras: dict[str, set[str]] = {}
    missing: dict[str, None] = {}
    queue: list[Requirement] = []

    def want(req: Requirement, extra_names: Iterable[str]) -> None:
        if req.marker is not None and not any(
            marker_holds(req.marker, {**env, "extra": e}) for e in ("", *extra_names)
        ):
            return
        queue.append(req)

    for text in requirements:
        want(parse_requirement(text), ())
    while queue:
        req = queue.pop()
        item = installed.get(req.name)
        if item is None:
            missing[req.without_marker()] = None
            continue
        known = extras.get(req.name)
        if known is not None and req.extras <= known:
            continue
        known = extras.setdefault(req.name, set())
        known.update(req.extras)
        metadata = item["metadata"]
        assert isinstance(metadata, Mapping)
        for dependency in metadata.get("requires_dist") or ():
            want(parse_requirement(dependency), known)
    return set(extras), list(missing)


_PRE_RELEASE = re.compile(r"\d[._-]?(a|b|c|rc|alpha|beta|pre|preview)[._-]?\d*|dev", re.IGNORECASE)
"""pip takes a pre-release when nothing else has a wheel; the lock does not."""


def lock_target(
    pip: Sequence[str], requirements: Sequence[str], python: str, platform: Platform
) -> dict[str, str]:
    """Canonical name -> version of everything the target installs."""
    env = environment(python, platform)
    asked = list(requirements)
    for _ in range(5):
        installed = resolve(pip, asked, python, platform)
        names, missing = closure(requirements, installed, env)
        if not missing:
            pins: dict[str, str] = {}
            for name in sorted(names):
                metadata = installed[name]["metadata"]
                assert isinstance(metadata, Mapping)
                pins[name] = str(metadata["version"])
            early = [f"{n} {v}" for n, v in pins.items() if _PRE_RELEASE.search(v)]
            if early:
                raise Unresolvable(
                    f"{platform.name}, Python {python}: only pre-releases ({', '.join(early)})"
                )
            return pins
        asked += [m for m in missing if m not in asked]
    raise RuntimeError(f"{platform.name}, Python {python}: the dependencies never settled")


# -- writing ----------------------------------------------------------------------------------


def _runs(series: Mapping[str, str], pythons: Sequence[str]) -> list[tuple[str, list[str]]]:
    """(version, python_version marker parts) per run of equal versions, open-ended at both ends.

    A Python with no entry belongs to whichever run it falls in: there is
    nothing to install there, so its pin does not matter.
    """
    starts: list[tuple[str, str]] = []
    for py in pythons:
        if py in series and (not starts or starts[-1][1] != series[py]):
            starts.append((py, series[py]))
    runs = []
    for i, (py, version) in enumerate(starts):
        parts = []
        if i > 0:
            parts.append(f'python_version >= "{py}"')
        if i + 1 < len(starts):
            parts.append(f'python_version < "{starts[i + 1][0]}"')
        runs.append((version, parts))
    return runs


def _line(name: str, version: str, parts: Sequence[str]) -> str:
    return f"{name}=={version}" + (f"; {' and '.join(parts)}" if parts else "")


def pin_lines(
    results: Mapping[tuple[str, str], Mapping[str, str]],
    pythons: Sequence[str],
    platforms: Sequence[Platform],
) -> list[str]:
    """``name==version`` lines, with markers where targets disagree.

    ``results`` maps (Python, platform name) to that target's pins. Per
    package, each Python's version is the one most platforms agree on (the
    first platform breaks ties), written with ``python_version`` ranges where
    it changes; a platform that differs anywhere is excluded from those lines
    and gets lines of its own.
    """
    lines: list[str] = []
    for name in sorted({name for pins in results.values() for name in pins}):
        series = {
            p.name: {
                py: results[(py, p.name)][name] for py in pythons if name in results.get((py, p.name), {})
            }
            for p in platforms
        }
        majority: dict[str, str] = {}
        for py in pythons:
            votes = [series[p.name][py] for p in platforms if py in series[p.name]]
            if votes:
                majority[py] = max(votes, key=votes.count)
        deviants = [p for p in platforms if any(v != majority[py] for py, v in series[p.name].items())]
        others = [
            f'(sys_platform != "{p.sys_platform}" or platform_machine != "{p.platform_machine}")'
            for p in deviants
        ]
        for version, parts in _runs(majority, pythons):
            lines.append(_line(name, version, [*parts, *others]))
        for platform in deviants:
            for version, parts in _runs(series[platform.name], pythons):
                lines.append(_line(name, version, [*parts, platform.marker()]))
    return lines


def header(pythons: Sequence[str], platforms: Sequence[Platform], gaps: str) -> list[str]:
    lines = [
        "# The exact version of every package FAST TRACK and its tests install: the",
        "# README's set-up commands and CI install with `pip install -c constraints.txt`,",
        "# so every machine gets the set CI tested. Regenerate it (needs the network)",
        "# after changing a dependency in pyproject.toml, or to take newer releases:",
        "#     python -m game.tools.lock",
        f"# Resolved from PyPI, wheels only, for CPython {', '.join(pythons)}",
        f"# on {', '.join(p.name for p in platforms)}.",
    ]
    if gaps:
        lines.append(f"# Not covered (no release wheels): {gaps}.")
    lines += [
        "# pip does not apply -c to build dependencies: the build backend (hatchling)",
        "# is bounded in pyproject.toml's [build-system]; its pin here is for the tests.",
    ]
    return lines


# -- the command ------------------------------------------------------------------------------


def project_requirements(pyproject: Path) -> tuple[list[str], tuple[int, int]]:
    """The runtime and ``test``-extra requirement strings, and the lowest Python (3, minor)."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = list(data["dependencies"])
    for extra in EXTRAS:
        requirements += data["optional-dependencies"][extra]
    floor = re.search(r">=\s*3\.(\d+)", data["requires-python"])
    if floor is None:
        raise SystemExit(f"{pyproject}: cannot read the Python floor from requires-python")
    return requirements, (3, int(floor[1]))


def build(root: Path, index_url: str = INDEX_URL, jobs: int = 4) -> tuple[list[str], list[str]]:
    """Resolve everything; return (header lines, pin lines)."""
    requirements, (major, minor) = project_requirements(root / "pyproject.toml")
    reference, *others = PLATFORMS
    results: dict[tuple[str, str], dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="fast-track-lock-") as tmp:
        print(f"setting up a resolver ({RESOLVER_PIP}) ...", file=sys.stderr)
        pip = make_resolver(Path(tmp) / "venv", index_url)
        pythons: list[str] = []
        for m in range(minor, NEWEST_MINOR_TRIED):
            py = f"{major}.{m}"
            try:
                results[(py, reference.name)] = lock_target(pip, requirements, py, reference)
            except Unresolvable as exc:
                if not pythons:
                    raise SystemExit(f"cannot lock the oldest supported Python: {exc}") from None
                print(f"Python {py}: not yet ({exc})", file=sys.stderr)
                break
            pythons.append(py)
            print(
                f"{reference.name:14} Python {py}: {len(results[(py, reference.name)])} packages",
                file=sys.stderr,
            )
        targets = [(py, p) for p in others for py in pythons]

        def one(target: tuple[str, Platform]) -> tuple[str, Platform, dict[str, str] | str]:
            py, platform = target
            try:
                return py, platform, lock_target(pip, requirements, py, platform)
            except Unresolvable as exc:
                return py, platform, str(exc)

        gaps: dict[str, list[str]] = {}
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            for py, platform, outcome in pool.map(one, targets):
                if isinstance(outcome, str):
                    print(f"{platform.name:14} Python {py}: NO WHEELS ({outcome})", file=sys.stderr)
                    gaps.setdefault(platform.name, []).append(py)
                else:
                    results[(py, platform.name)] = outcome
                    print(f"{platform.name:14} Python {py}: {len(outcome)} packages", file=sys.stderr)
    missing = "; ".join(f"{name} on Python {', '.join(pys)}" for name, pys in gaps.items())
    return header(pythons, PLATFORMS, missing), pin_lines(results, pythons, PLATFORMS)


def main(argv: Sequence[str] | None = None) -> int:
    from game.paths import PROJECT_ROOT

    parser = argparse.ArgumentParser(prog="python -m game.tools.lock", description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=PROJECT_ROOT / "constraints.txt")
    parser.add_argument("--index-url", default=INDEX_URL, help="the package index (default: PyPI)")
    parser.add_argument("--jobs", type=int, default=4, help="resolutions run at once")
    args = parser.parse_args(argv)
    if not (PROJECT_ROOT / "pyproject.toml").is_file():
        raise SystemExit("run this from a source checkout of FAST TRACK (it reads pyproject.toml)")
    head, pins = build(PROJECT_ROOT, args.index_url, args.jobs)
    old = args.output.read_text(encoding="utf-8").splitlines() if args.output.is_file() else []
    old_pins = [line for line in old if line and not line.startswith("#")]
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text("\n".join([*head, *pins]) + "\n", encoding="utf-8")
    tmp.replace(args.output)
    changes = [
        line
        for line in difflib.unified_diff(old_pins, pins, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    print("\n".join(changes) if changes else "no pin changed")
    print(f"wrote {args.output}: {len(pins)} pins")
    return 0


if __name__ == "__main__":
    sys.exit(main())
