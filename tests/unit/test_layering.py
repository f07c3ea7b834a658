"""Imports flow one way, each layer on its own level (architecture.md §2.2):

    core <- db <- tabular <- reports <- services <- sync <- ui <- app/cli

A layer imports only layers to its left. `server/` (the upstream sync server) stands beside
`sync/` and imports only core, db, errors and infra. `errors` imports nothing of ours; `infra`
only `errors`. Only ui/ and app.py import PySide6; ui/ never imports SQLAlchemy or
union_desk.db; core imports nothing but the stdlib (and errors). No import cycles anywhere,
counting imports inside functions and under TYPE_CHECKING: moving an import into a function to
save start-up time does not hide a cycle.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "union_desk"
ORDER = ["core", "db", "tabular", "reports", "services", "sync", "ui", ("app", "cli", "__main__")]
LEVEL = {name: i for i, names in enumerate(ORDER)
         for name in (names if isinstance(names, tuple) else (names,))}
SERVER_MAY_IMPORT = {"core", "db", "errors", "infra", "server"}
INFRA_MAY_IMPORT = {"errors", "infra"}
ANYWHERE = {"errors", "infra"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def _modules():
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC)
        yield rel, rel.parts[0].removesuffix(".py"), ast.parse(path.read_text("utf-8"))


KNOWN = {_module_name(p) for p in SRC.rglob("*.py")}


def _resolve(module: str, level: int, importer: str, is_package: bool) -> str:
    if not level:
        return module
    base = importer.split(".") if is_package else importer.split(".")[:-1]
    base = base[:len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def _imports(tree: ast.AST, importer: str = "", is_package: bool = False):
    """Every imported module name, wherever the import stands (functions, TYPE_CHECKING …).
    `from pkg import name` counts as importing pkg.name when that is a module of ours."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(node.module or "", node.level, importer, is_package)
            yield module
            for alias in node.names:
                if f"{module}.{alias.name}" in KNOWN:
                    yield f"{module}.{alias.name}"
        elif isinstance(node, (ast.List, ast.Tuple, ast.Call)):
            # modules named in strings and loaded with importlib (the CLI's command list, the
            # main window's tabs: TabSpec(..., "union_desk.ui.dues.tab:DuesTab")) are imports too
            for arg in [*getattr(node, "elts", ()), *getattr(node, "args", ())]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    name = arg.value.split(":")[0]
                    if name in KNOWN:
                        yield name


def _ours(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if parts[0] == "union_desk" and len(parts) > 1 else None


def test_every_package_has_a_layer():
    for rel, top, _ in _modules():
        assert top in LEVEL or top in ANYWHERE or top in {"server", "__init__"}, \
            f"{rel}: add '{top}' to the layering order"


def test_each_layer_imports_only_layers_to_its_left():
    problems = []
    for rel, top, tree in _modules():
        if top not in LEVEL:
            continue
        for name in _imports(tree):
            target = _ours(name)
            if target is None or target in ANYWHERE or target == "__init__":
                continue
            if target == "server" or LEVEL.get(target, 99) > LEVEL[top]:
                problems.append(f"{rel} imports {name}")
    assert not problems, "layering violations:\n" + "\n".join(problems)


def test_server_stands_beside_sync():
    bad = [f"{rel} imports {name}" for rel, top, tree in _modules() if top == "server"
           for name in _imports(tree)
           if _ours(name) is not None and _ours(name) not in SERVER_MAY_IMPORT]
    assert not bad, bad


def test_errors_and_infra_stay_at_the_bottom():
    bad = []
    for rel, top, tree in _modules():
        allowed = {"errors": set(), "infra": INFRA_MAY_IMPORT}.get(top)
        if allowed is None:
            continue
        bad += [f"{rel} imports {name}" for name in _imports(tree)
                if _ours(name) is not None and _ours(name) not in allowed | {top}]
    assert not bad, bad


def test_only_ui_and_app_import_pyside6():
    bad = [f"{rel}: {name}" for rel, top, tree in _modules() for name in _imports(tree)
           if name.split(".")[0] in {"PySide6", "shiboken6"} and top not in {"ui", "app"}]
    assert not bad, bad


def test_ui_never_touches_sqlalchemy_or_db():
    bad = [f"{rel}: {name}" for rel, top, tree in _modules() if top == "ui"
           for name in _imports(tree)
           if name.split(".")[0] == "sqlalchemy" or name.startswith("union_desk.db")]
    assert not bad, bad


def test_core_is_pure():
    stdlib = set(sys.stdlib_module_names)
    bad = []
    for rel, top, tree in _modules():
        if top != "core":
            continue
        for name in _imports(tree):
            root = name.split(".")[0]
            if root == "union_desk":
                if _ours(name) not in {"core", "errors"}:
                    bad.append(f"{rel}: {name}")
            elif root not in stdlib and root != "__future__":
                bad.append(f"{rel}: {name}")
    assert not bad, bad


def test_ui_and_cli_never_build_a_service_themselves():
    """They hold the one facade (services.members, services.dues …); a `SomethingService(ctx)`
    call there means a second wiring."""
    bad = []
    for rel, top, tree in _modules():
        if top not in {"ui", "cli"}:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                fn = node.func
                name = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else ""
                if name.endswith("Service") or name.endswith("Services"):
                    bad.append(f"{rel}:{node.lineno} {name}(...)")
    assert not bad, bad


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        me = _module_name(path)
        edges = graph.setdefault(me, set())
        for name in _imports(ast.parse(path.read_text("utf-8")), me, path.name == "__init__.py"):
            if not name.startswith("union_desk"):
                continue
            # importing a.b.c runs a/__init__, a/b/__init__ and a/b/c
            parts = name.split(".")
            for i in range(2, len(parts) + 1):
                target = ".".join(parts[:i])
                if target in KNOWN and target != me and not me.startswith(target + "."):
                    edges.add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
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
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles_anywhere():
    cycles = _cycles(_graph())
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_check_sees_imports_inside_functions():
    """The checker itself: a cycle made only by a function-level import is still a cycle."""
    a = ast.parse("def f():\n    from union_desk.x import y\n")
    assert "union_desk.x" in set(_imports(a))
    named = ast.parse('TABS = ["union_desk.ui.dues.tab:DuesTab"]')
    assert "union_desk.ui.dues.tab" in set(_imports(named))
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]
