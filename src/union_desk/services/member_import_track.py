"""Outbox rows for what an import creates, and the id maker and plain inserts it uses.

Created rows go out as snapshot ops (``models.outbox.SNAPSHOT``): their JSON is made by SQL
when they are pushed, not here, and no per-row audit 'create' is written: the batch's
``import_batch_item`` rows (file row, member, stamp) plus its 'import' audit row are the record
of who imported what, and the member's history shows them. Building 100,000 JSON documents
for a 50,000-member import cost more than writing the members. tests/service/test_import_apply.py
checks the pushed JSON against ``db.tracking.record_bulk``'s. Ids come from :class:`Ids`:
time-ordered, so index inserts append instead of scattering pages (uuid4 order costs SQLite
several times more on 50k-row inserts).
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Sequence

from sqlalchemy.orm import Session

from union_desk.db.base import now_ms
from union_desk.db.models import Outbox
from union_desk.db.models.outbox import PENDING, SNAPSHOT

_OUTBOX_SQL = (f"INSERT INTO {Outbox.__tablename__} (op_id, entity, entity_id, kind, fields, base_version, "
               f"created_ms, batch_id, status, attempts, last_error) "
               f"VALUES (?, ?, ?, ?, '{SNAPSHOT}', NULL, ?, NULL, '{PENDING}', 0, NULL)")


class Ids:
    """32-hex ids like ``db.base.new_id()``: 48-bit ms time, 48 random bits, 32-bit counter.

    Unique across PCs (random part per source) and increasing within one import.
    """

    def __init__(self) -> None:
        self._prefix = f"{now_ms():012x}{int.from_bytes(os.urandom(6), 'big'):012x}"
        self._n = 0

    def __call__(self) -> str:
        self._n += 1
        return f"{self._prefix}{self._n:08x}"


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
