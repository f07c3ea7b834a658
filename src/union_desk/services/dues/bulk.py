"""Set-based insert of many new dues rows with their audit and outbox rows.

``db.tracking.record_bulk`` builds two JSON documents and two uuids per row in Python; for a
100,000-member month that alone takes longer than the 3-second budget. Here the rows go
in with one INSERT (raw executemany or INSERT ... SELECT, no per-row type processing) under
ids that form one range of the primary key; their snapshot outbox ops and audit rows
(SQLite's ``json_object``, or one summary row) follow with INSERT ... SELECT over that range,
in the caller's transaction. tests/service/test_dues_bulk.py checks
the audit rows and the pushed ops equal what ``record_bulk`` writes. (SQLite only: the
office database is always SQLite.)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from union_desk.db.base import now_ms
from union_desk.db.jsonvalues import dumps
from union_desk.db.models.outbox import PENDING, SNAPSHOT
from union_desk.db.rowjson import json_pairs, tracked_columns
from union_desk.db.tracking import actor_of, audit, flush_pending

CACHE_KB = 256 * 1024


def _prefix(stamp: int) -> str:
    """24 hex digits: 48-bit ms time + 48 random bits (unique across PCs); 8 more = counter."""
    return f"{stamp:012x}{int.from_bytes(os.urandom(6), 'big'):012x}"


def bulk_create(s: Session, model: type, rows: Sequence[Sequence[Any]] = (), *,
                select_sql: str | None = None, params: Any = (),
                return_ids: bool = False, summary: dict[str, Any] | None = None) -> list[str]:
    """Insert new ``model`` rows, each with a snapshot outbox op (its JSON is made when it is
    pushed: ``models.outbox.SNAPSHOT``) and an audit 'create' row as record_bulk writes it.
    Rows are tuples in :func:`tracked_columns` order with values in storage form (money as
    int fen, dates as 'YYYY-MM-DD', bools as 0/1), or come from ``select_sql`` (same column
    order) run with ``params``.

    ``summary``: one audit row (action 'bulk': the summary plus the row count) for the whole
    operation instead of one per row. A month's generated charges or a batch of ledger
    entries already say in each row who recorded it and when."""
    if not rows and select_sql is None:
        return []
    table = model.__tablename__
    columns = tracked_columns(model)
    names = ", ".join(columns)
    conn = s.connection()
    # 100,000 index inserts thrash SQLite's default 2 MB page cache; this connection is
    # closed after the unit of work (NullPool), so the setting does not linger
    conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KB}")
    stamp = now_ms()
    # time-ordered ids (ms time, random, counter): a batch's index entries land side by side
    # instead of on 100,000 random pages, and the batch is one range of the primary key
    prefix = _prefix(stamp)
    head = f"INSERT INTO {table} (id, server_version, dirty, mtime_ms, deleted, {names}) "
    if select_sql is not None:
        count = conn.exec_driver_sql(
            head + f"SELECT '{prefix}' || printf('%08x', row_number() OVER ()), NULL, 1, {stamp}, "
            f"0, * FROM ({select_sql})", params).rowcount
    else:
        count = conn.exec_driver_sql(
            head + f"VALUES (?, NULL, 1, {stamp}, 0, {', '.join('?' * len(columns))})",
            [(f"{prefix}{i:08x}", *r) for i, r in enumerate(rows, 1)]).rowcount
    mine = f"t.id BETWEEN '{prefix}00000000' AND '{prefix}ffffffff'"
    if summary is None:
        conn.exec_driver_sql(
            "INSERT INTO audit_entry (ts_ms, actor, action, entity, entity_id, field, old_value, "
            f"new_value, batch_id) SELECT ?, ?, 'create', ?, t.id, NULL, NULL, "
            f"json_object({json_pairs(model, 't', columns)}), ? FROM {table} t WHERE {mine} "
            "ORDER BY t.id", (stamp, actor_of(s), table, s.info.get("batch_id")))
    elif count:
        audit(s, "bulk", table, new=dumps(summary | {"rows": count}))
        flush_pending(s)
    kind = "append" if model.__sync_append_only__ else "upsert"
    conn.exec_driver_sql(
        "INSERT INTO outbox (op_id, entity, entity_id, kind, fields, base_version, created_ms, "
        f"batch_id, status, attempts, last_error) SELECT '{_prefix(stamp)}' || substr(t.id, 25), "
        f"?, t.id, ?, ?, NULL, ?, NULL, ?, 0, NULL FROM {table} t WHERE {mine} ORDER BY t.id",
        (table, kind, SNAPSHOT, stamp, PENDING))
    # the ids are the range's counter values 1..count (row_number() / enumerate above)
    return [f"{prefix}{i:08x}" for i in range(1, count + 1)] if return_ids else []
