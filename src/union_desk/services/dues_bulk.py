"""Set-based insert of many new dues rows with their audit and outbox rows.

``db.tracking.record_bulk`` builds two JSON documents and two uuids per row in Python; for a
100,000-member month that alone takes longer than the 3-second budget. Here the rows go
once into a TEMP table (raw executemany, no per-row type processing) and SQLite's own
``json_object`` writes the same audit and outbox rows with INSERT ... SELECT,
in the caller's transaction. tests/service/test_dues_bulk.py checks the rows equal what
``record_bulk`` writes. (SQLite only: the office database is always SQLite.)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from union_desk.db.base import SYNC_COLUMNS, now_ms
from union_desk.db.models.outbox import PENDING
from union_desk.db.tracking import actor_of
from union_desk.db.types import Money

_TMP = "_dues_bulk_rows"
CACHE_KB = 256 * 1024


def _json_value(col: str, kind: str) -> str:
    """SQL giving the JSON value db.jsonvalues.dumps would write for this column."""
    c = f"t.{col}"
    if kind == "money":  # integer fen -> "12.30" (no floats)
        return (f"CASE WHEN {c} IS NULL THEN NULL WHEN {c} < 0 THEN printf('-%d.%02d', -{c} / 100, "
                f"-{c} % 100) ELSE printf('%d.%02d', {c} / 100, {c} % 100) END")
    if kind == "bool":
        return f"CASE WHEN {c} IS NULL THEN NULL WHEN {c} THEN json('true') ELSE json('false') END"
    return c  # text, dates (stored ISO), integers


def _kinds(model: type, columns: Sequence[str]) -> dict[str, str]:
    cols = inspect(model).columns
    out = {}
    for name in columns:
        t = cols[name].type
        out[name] = ("money" if isinstance(t, Money) else
                     "bool" if t.python_type is bool else "plain")
    return out


def _prefix(stamp: int) -> str:
    """24 hex digits: 48-bit ms time + 48 random bits (unique across PCs); 8 more = counter."""
    return f"{stamp:012x}{int.from_bytes(os.urandom(6), 'big'):012x}"


def tracked_columns(model: type) -> list[str]:
    exclude = SYNC_COLUMNS | model.__audit_exclude__
    return [a.key for a in inspect(model).column_attrs if a.key not in exclude]


def bulk_create(s: Session, model: type, rows: Sequence[Sequence[Any]] = (), *,
                select_sql: str | None = None, params: Any = (),
                return_ids: bool = False) -> list[str]:
    """Insert new ``model`` rows, plus one audit 'create' row and one outbox row each, exactly
    as record_bulk would. Rows are tuples in :func:`tracked_columns` order with values in
    storage form (money as int fen, dates as 'YYYY-MM-DD', bools as 0/1), or come from
    ``select_sql`` (same column order) run with ``params``."""
    if not rows and select_sql is None:
        return []
    table = model.__tablename__
    columns = tracked_columns(model)
    kinds = _kinds(model, columns)
    conn = s.connection()
    # 100,000 random-keyed index inserts thrash SQLite's default 2 MB page cache; this
    # connection is closed after the unit of work (NullPool), so the setting does not linger
    conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KB}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{_TMP}")
    conn.exec_driver_sql(f"CREATE TEMP TABLE {_TMP} (" + ", ".join(columns) + ")")
    if select_sql is not None:
        conn.exec_driver_sql(f"INSERT INTO temp.{_TMP} ({', '.join(columns)}) {select_sql}",
                             params)
    else:
        marks = ", ".join("?" for _ in columns)
        conn.exec_driver_sql(f"INSERT INTO temp.{_TMP} ({', '.join(columns)}) VALUES ({marks})",
                             list(rows))
    stamp = now_ms()
    # time-ordered ids (ms time, random, counter): a batch's index entries land side by side
    # instead of on 100,000 random pages
    row_id = f"({_prefix(stamp)!r} || printf('%08x', t.rowid))"
    names = ", ".join(columns)
    conn.exec_driver_sql(
        f"INSERT INTO {table} (id, server_version, dirty, mtime_ms, deleted, {names}) "
        f"SELECT {row_id}, NULL, 1, ?, 0, {', '.join('t.' + c for c in columns)} "
        f"FROM temp.{_TMP} t ORDER BY t.rowid", (stamp,))
    pairs = ", ".join(f"'{c}', {_json_value(c, kinds[c])}" for c in columns)
    conn.exec_driver_sql(
        "INSERT INTO audit_entry (ts_ms, actor, action, entity, entity_id, field, old_value, "
        f"new_value, batch_id) SELECT ?, ?, 'create', ?, {row_id}, NULL, NULL, "
        f"json_object({pairs}), ? FROM temp.{_TMP} t ORDER BY t.rowid",
        (stamp, actor_of(s), table, s.info.get("batch_id")))
    kind = "append" if model.__sync_append_only__ else "upsert"
    conn.exec_driver_sql(
        "INSERT INTO outbox (op_id, entity, entity_id, kind, fields, base_version, created_ms, "
        f"batch_id, status, attempts, last_error) SELECT {_prefix(stamp)!r} || "
        f"printf('%08x', t.rowid), ?, {row_id}, ?, "
        f"json_object({pairs}, 'deleted', json('false')), NULL, ?, NULL, ?, 0, NULL "
        f"FROM temp.{_TMP} t ORDER BY t.rowid", (table, kind, stamp, PENDING))
    ids = ([r[0] for r in conn.exec_driver_sql(f"SELECT {row_id} FROM temp.{_TMP} t "
                                                "ORDER BY t.rowid")] if return_ids else [])
    conn.exec_driver_sql(f"DROP TABLE temp.{_TMP}")
    return ids
