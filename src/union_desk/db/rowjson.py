"""SQL that writes a row's tracked columns as the JSON ``db.jsonvalues.dumps`` would.

SQLite's own ``json_object`` turns 100,000 rows into audit/outbox JSON in C, and a snapshot
outbox op (``models.outbox.SNAPSHOT``) is resolved the same way when it is pushed.
tests/service/dues/test_dues_bulk.py and tests/sync/test_snapshot_ops.py check the text is byte for
byte what the Python path writes. (SQLite only: the office database is always SQLite.)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import inspect

from union_desk.db.base import SYNC_COLUMNS
from union_desk.db.spec import spec_of
from union_desk.db.types import Money


def tracked_columns(model: type) -> list[str]:
    """The columns audit and outbox carry: not the sync columns, not the derived ones."""
    return list(_tracked(model))


@lru_cache(maxsize=None)
def _tracked(model: type) -> tuple[str, ...]:
    exclude = SYNC_COLUMNS | set(spec_of(model).derived_columns)
    return tuple(a.key for a in inspect(model).column_attrs if a.key not in exclude)


def _kind(model: type, name: str) -> str:
    t = inspect(model).columns[name].type
    return "money" if isinstance(t, Money) else "bool" if t.python_type is bool else "plain"


def json_value(col: str, kind: str) -> str:
    """SQL giving the JSON value of one stored column (``col`` is already qualified)."""
    if kind == "money":  # integer fen -> "12.30" (no floats)
        return (f"CASE WHEN {col} IS NULL THEN NULL WHEN {col} < 0 THEN printf('-%d.%02d', "
                f"-{col} / 100, -{col} % 100) ELSE printf('%d.%02d', {col} / 100, {col} % 100) END")
    if kind == "bool":
        return f"CASE WHEN {col} IS NULL THEN NULL WHEN {col} THEN json('true') ELSE json('false') END"
    return col  # text, dates (stored ISO), integers


def json_pairs(model: type, alias: str, columns: Sequence[str] | None = None) -> str:
    """``'name', <value>, ...`` for json_object(), in tracked-column order."""
    cols = tracked_columns(model) if columns is None else columns
    return ", ".join(f"'{c}', {json_value(f'{alias}.{c}', _kind(model, c))}" for c in cols)


def snapshot_sql(model: type, alias: str = "t") -> str:
    """json_object of the whole row as a create op sends it: tracked columns, then deleted."""
    return (f"json_object({json_pairs(model, alias)}, 'deleted', "
            f"json(CASE WHEN {alias}.deleted THEN 'true' ELSE 'false' END))")
