"""The layers hold: ``sim`` ← ``content`` ← ``app``/``commands``, and no module of the game
imports itself back through others.

Every import counts, wherever it is written: at the top, inside a function
(a lazy import is still a dependency) and under ``TYPE_CHECKING`` (a type is
a dependency too). The graph is read from the source with ``ast``, so the
test sees what a reader sees.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import game

PACKAGE = Path(game.__file__).resolve().parent
ROOT = PACKAGE.parent

LAYERS = {
    "game.sim": 0,
    "game": 0,  # the package's face: the version
    "game.content": 1,
    "game.paths": 1,  # where the bundled data is; its errors are the content layer's
    "game.app": 2,
    "game.commands": 3,
    "game.bench": 4,
    "game.tools": 4,
    "game.cli": 4,
    "game.__main__": 4,
}
"""A module may import modules of its own layer or below, never above."""

SCENE_HUBS = {"base", "menu_scene", "driving", "pause", "__init__"}
"""The scene modules every screen may build on; the other scene modules never import each other
(they navigate through the app's flow object)."""


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "_bundled" in path.parts:
            continue
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        found[name] = path
    return found


def _target(name: str, modules: dict[str, Path]) -> str | None:
    """The game module an imported dotted name lands in (a name inside a module: that module)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph() -> dict[str, set[str]]:
    """module -> the game modules it imports, anywhere in its source."""
    modules = _modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = module.split(".")
                    keep = len(parts) - node.level + (1 if is_package else 0)
                    base = ".".join(parts[:keep] + ([base] if base else []))
                names = [f"{base}.{alias.name}" for alias in node.names] if base else []
            for name in names:
                if not name.startswith("game"):
                    continue
                target = _target(name, modules)
                if target is not None and target != module:
                    graph[module].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def layer(module: str) -> int:
    best = ""
    for prefix in LAYERS:
        if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > len(best):
            best = prefix
    return LAYERS[best]


def test_no_module_of_the_game_imports_itself_back() -> None:
    graph = import_graph()
    assert len(graph) > 100 and sum(map(len, graph.values())) > 300  # the walk saw the game
    assert cycles(graph) == []


def test_no_layer_imports_a_layer_above_it() -> None:
    upward = sorted(
        f"{m} -> {t}" for m, targets in import_graph().items() for t in targets if layer(t) > layer(m)
    )
    assert upward == []


def test_mode_scenes_do_not_import_each_other() -> None:
    prefix = "game.app.scenes."
    crossing = sorted(
        f"{m} -> {t}"
        for m, targets in import_graph().items()
        if m.startswith(prefix)
        for t in targets
        if t.startswith(prefix) and t.removeprefix(prefix) not in SCENE_HUBS
    )
    assert crossing == []


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": set(), "c": {"b"}}, []),
        ({"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}, [["a", "b"], ["c", "d"]]),
    ],
)
def test_the_cycle_finder_finds_what_it_should(edges: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert sorted(cycles(edges)) == expected


def test_the_graph_sees_lazy_and_type_only_imports() -> None:
    graph = import_graph()
    # game.content.replays imports the resolver at the top; the resolver builds sessions lazily
    assert "game.content.sessions" in graph["game.content.replays"]
    assert "game.sim.quickrace" in graph["game.content.sessions"]  # inside build()
    assert "game.sim.play" in graph["game.content.sessions"]  # under TYPE_CHECKING
