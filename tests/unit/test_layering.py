"""Imports flow one way: core <- db <- services/tabular/reports <- sync/server <- ui <- app/cli.

`errors` and `infra` may be imported anywhere. Only ui/ and app.py import PySide6; ui/ never
imports SQLAlchemy or union_desk.db; core imports nothing but the stdlib (and errors).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "union_desk"
LEVEL = {"core": 0, "db": 1, "services": 2, "tabular": 2, "reports": 2, "sync": 3, "server": 3,
         "ui": 4, "app": 5, "cli": 5, "__main__": 5}
ANYWHERE = {"errors", "infra", "__init__"}


def _modules():
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC)
        yield rel, rel.parts[0].removesuffix(".py"), ast.parse(path.read_text("utf-8"))


def _imports(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_every_package_has_a_layer():
    for rel, top, _ in _modules():
        assert top in LEVEL or top in ANYWHERE, f"{rel}: add '{top}' to the layering table"


def test_imports_flow_one_way():
    problems = []
    for rel, top, tree in _modules():
        if top in ANYWHERE:
            continue
        for name in _imports(tree):
            if not name.startswith("union_desk."):
                continue
            target = name.split(".")[1]
            if target in ANYWHERE:
                continue
            if LEVEL.get(target, 99) > LEVEL[top]:
                problems.append(f"{rel} imports {name}")
    assert not problems, "layering violations:\n" + "\n".join(problems)


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
                if name.split(".")[1] not in {"core", "errors"}:
                    bad.append(f"{rel}: {name}")
            elif root not in stdlib and root != "__future__":
                bad.append(f"{rel}: {name}")
    assert not bad, bad
