"""Generic bulk writes for tens of thousands of new rows, with their audit and outbox rows.

For any synced table (members, dues, and the modules to come: files, hardship, evaluations):

- ids: :func:`fresh_prefix` / :class:`Ids` make 32-hex ids like ``db.base.new_id()`` (48-bit ms
  time, 48 random bits, 32-bit counter): unique across PCs, increasing within one operation,
  so index inserts append instead of scattering pages (uuid4 order costs SQLite several times
  more on 50k-row inserts), and a batch is one range of the primary key
  (:func:`prefix_range`).
- :func:`bulk_create`: rows in with one INSERT (raw executemany, or INSERT ... SELECT) under one
  id range, then their snapshot outbox ops and audit rows (SQLite's ``json_object``, or one
  summary row) by INSERT ... SELECT over that range. ``db.tracking.record_bulk`` builds two JSON
  documents and two uuids per row in Python; for a 100,000-member month that alone takes longer
  than the 3-second budget. tests/service/dues/test_dues_bulk.py checks the audit rows and the
  pushed ops equal what ``record_bulk`` writes.
- :func:`queue_range` / :func:`queue_created`: snapshot outbox ops (``models.outbox.SNAPSHOT``:
  the JSON is made by SQL when pushed, see ``sync/snapshot.py``) for rows just written; rows
  that follow one for one from them share their counter under a prefix of their own
  (:func:`same_counter`), so ``INSERT ... SELECT`` makes them with no Python per row.
- :func:`insert_rows`: a plain executemany in storage form.

All run in the caller's transaction. SQLite only: the office database is always SQLite.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from union_desk.db.base import now_ms
from union_desk.db.jsonvalues import dumps
from union_desk.db.models.outbox import PENDING, SNAPSHOT, Outbox
from union_desk.db.rowjson import json_pairs, tracked_columns
from union_desk.db.tracking import actor_of, audit, flush_pending

CACHE_KB = 256 * 1024

_OUTBOX_SQL = (f"INSERT INTO {Outbox.__tablename__} (op_id, entity, entity_id, kind, fields, base_version, "
               f"created_ms, batch_id, status, attempts, last_error) "
               f"VALUES (?, ?, ?, ?, '{SNAPSHOT}', NULL, ?, NULL, '{PENDING}', 0, NULL)")


def fresh_prefix(stamp: int | None = None) -> str:
    """24 hex digits: 48-bit ms time and 48 random bits; an 8-digit counter completes an id."""
    return f"{now_ms() if stamp is None else stamp:012x}{int.from_bytes(os.urandom(6), 'big'):012x}"


def prefix_range(prefix: str) -> tuple[str, str]:
    """The lowest and highest id under a 24-digit prefix."""
    return f"{prefix}00000000", f"{prefix}ffffffff"


class Ids:
    """32-hex ids like ``db.base.new_id()``: 48-bit ms time, 48 random bits, 32-bit counter.

    Unique across PCs (random part per source) and increasing within one operation.
    """

    def __init__(self) -> None:
        self.prefix = fresh_prefix()
        self._n = 0

    def __call__(self) -> str:
        self._n += 1
        return f"{self.prefix}{self._n:08x}"


def same_counter(prefix_param: str, id_column: str) -> str:
    """SQL for a derived row's id: its own prefix (bound as ``:prefix_param``), then the counter
    of the row it follows from."""
    return f":{prefix_param} || substr({id_column}, 25)"


def queue_range(s: Session, entity: str, lo: str, hi: str, op_prefix: str, *,
                append_only: bool = False, source: str | None = None) -> None:
    """Snapshot outbox ops for the rows of ``entity`` with ids in [lo, hi], in id order; their
    ids are read from ``source`` when given (a staging table holding just those rows)."""
    s.connection().exec_driver_sql(
        f"INSERT INTO {Outbox.__tablename__} (op_id, entity, entity_id, kind, fields, base_version, "
        f"created_ms, batch_id, status, attempts, last_error) "
        f"SELECT {same_counter('op', 't.id')}, :entity, t.id, :kind, '{SNAPSHOT}', NULL, :stamp, "
        f"NULL, '{PENDING}', 0, NULL FROM {source or entity} t WHERE t.id BETWEEN :lo AND :hi "
        f"ORDER BY t.id",
        {"op": op_prefix, "entity": entity, "kind": "append" if append_only else "upsert",
         "stamp": now_ms(), "lo": lo, "hi": hi})


def insert_rows(s: Session, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Plain executemany (values already in storage form: ISO dates, integer fen, 0/1)."""
    rows = list(rows)
    if not rows:
        return
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    s.connection().exec_driver_sql(sql, rows)


def queue_created(s: Session, entity: str, entity_ids: Sequence[str], ids: Ids, *,
                  append_only: bool = False) -> None:
    """One snapshot outbox op per created row, in the caller's transaction."""
    if not entity_ids:
        return
    kind, stamp = "append" if append_only else "upsert", now_ms()
    s.connection().exec_driver_sql(_OUTBOX_SQL, [(ids(), entity, eid, kind, stamp)
                                                 for eid in entity_ids])


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
    prefix = fresh_prefix(stamp)
    head = f"INSERT INTO {table} (id, server_version, dirty, mtime_ms, deleted, {names}) "
    if select_sql is not None:
        count = conn.exec_driver_sql(
            head + f"SELECT '{prefix}' || printf('%08x', row_number() OVER ()), NULL, 1, {stamp}, "
            f"0, * FROM ({select_sql})", params).rowcount
    else:
        count = conn.exec_driver_sql(
            head + f"VALUES (?, NULL, 1, {stamp}, 0, {', '.join('?' * len(columns))})",
            [(f"{prefix}{i:08x}", *r) for i, r in enumerate(rows, 1)]).rowcount
    lo, hi = prefix_range(prefix)
    mine = f"t.id BETWEEN '{lo}' AND '{hi}'"
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
        f"batch_id, status, attempts, last_error) SELECT '{fresh_prefix(stamp)}' || substr(t.id, 25), "
        f"?, t.id, ?, ?, NULL, ?, NULL, ?, 0, NULL FROM {table} t WHERE {mine} ORDER BY t.id",
        (table, kind, SNAPSHOT, stamp, PENDING))
    # the ids are the range's counter values 1..count (row_number() / enumerate above)
    return [f"{prefix}{i:08x}" for i in range(1, count + 1)] if return_ids else []
