"""Mods run no code: nothing that reads data can evaluate, unpickle or launch anything.

Maps, missions, vehicles, replays and saves are data from strangers. The
loaders in ``game.content`` and everything they hand data to in ``game.sim``
therefore never call ``eval``/``exec``/``compile``, never unpickle
(``pickle``, ``marshal``, ``shelve``, numpy's ``allow_pickle``), never start
a process (``subprocess``, ``os.system``...) and never import by a name
(``importlib``, ``__import__``). The test walks the source with ``ast``, so
it stays so: a new use fails here with its file and line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import game

PACKAGE = Path(game.__file__).resolve().parent
DATA_PACKAGES = ("content", "sim")

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "breakpoint"}
FORBIDDEN_MODULES = {
    "pickle",
    "_pickle",
    "cPickle",
    "dill",
    "marshal",
    "shelve",
    "subprocess",
    "importlib",
    "runpy",
    "code",
    "codeop",
    "ctypes",
    "pty",
    "multiprocessing",
}
FORBIDDEN_OS = {"system", "popen", "startfile", "fork", "forkpty", "posix_spawn", "posix_spawnp"}
FORBIDDEN_OS_PREFIXES = ("exec", "spawn")


def _os_call(func: ast.expr) -> str | None:
    """``os.system`` and friends, written as an attribute of ``os``."""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "os":
        name = func.attr
        if name in FORBIDDEN_OS or name.startswith(FORBIDDEN_OS_PREFIXES):
            return f"os.{name}"
    return None


def _pickling_keyword(call: ast.Call) -> str | None:
    """``np.load(..., allow_pickle=True)``: numpy's door to pickles."""
    for keyword in call.keywords:
        if keyword.arg == "allow_pickle" and not (
            isinstance(keyword.value, ast.Constant) and keyword.value.value is False
        ):
            return "allow_pickle"
    return None


def code_runners(source: str) -> list[tuple[int, str]]:
    """(line, what) for every way ``source`` could run code it did not contain."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] in FORBIDDEN_MODULES]
        elif isinstance(node, ast.ImportFrom):
            module = (node.module or "").split(".")[0]
            if module in FORBIDDEN_MODULES:
                found.append((node.lineno, module))
            if module == "os":
                found += [
                    (node.lineno, f"os.{a.name}")
                    for a in node.names
                    if a.name in FORBIDDEN_OS or a.name.startswith(FORBIDDEN_OS_PREFIXES)
                ]
        elif isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
                found.append((node.lineno, node.func.id))
            for what in (_os_call(node.func), _pickling_keyword(node)):
                if what:
                    found.append((node.lineno, what))
    return found


def _sources() -> list[Path]:
    return sorted(p for package in DATA_PACKAGES for p in (PACKAGE / package).rglob("*.py"))


def test_content_and_sim_run_no_code_from_data() -> None:
    sources = _sources()
    assert len(sources) > 30
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}: {what}"
        for path in sources
        for line, what in code_runners(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_check_finds_every_way_in() -> None:
    """The checker itself, on a file that does everything it must refuse."""
    sample = """
import pickle, marshal as m
import importlib.util
from subprocess import run
from os import system, execv
import os, numpy as np
eval("1"); exec("x = 1"); compile("1", "f", "eval"); __import__("json")
os.system("ls"); os.popen("ls"); os.spawnv(0, "x", []); os.execvp("x", [])
np.load("f.npy", allow_pickle=True)
np.load("f.npy", allow_pickle=False)
"""
    found = {what for _, what in code_runners(sample)}
    assert found == {
        "pickle",
        "marshal",
        "importlib.util",
        "subprocess",
        "os.system",
        "os.execv",
        "eval",
        "exec",
        "compile",
        "__import__",
        "os.popen",
        "os.spawnv",
        "os.execvp",
        "allow_pickle",
    }


def test_harmless_look_alikes_pass() -> None:
    assert code_runners("import re\nre.compile('x')\nobj.eval()\nos.path.join('a')\nnp.load('f.npy')\n") == []
