"""Snapshot outbox ops: the JSON of a bulk-created row, made when the op is pushed.

An op whose ``fields`` is ``models.outbox.SNAPSHOT`` sends the whole row as it is at push
time, exactly as ``db.tracking.record_bulk`` would have written it at creation (checked by
tests/sync/test_snapshot_ops.py). A later local change to the row has its own op; sending its
newer values a little early changes nothing, and a resent batch is answered ``duplicate`` by op
id whatever it carries.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy.engine import Connection

from union_desk.db.models.outbox import SNAPSHOT
from union_desk.db.rowjson import snapshot_sql, tracked_columns
from union_desk.sync.entities import model_for

CHUNK = 500
GONE = '{"deleted":true}'  # rows are never hard-deleted; if one is missing, say so


class OutboxOp(NamedTuple):
    seq: int
    op_id: str
    entity: str
    entity_id: str
    kind: str
    fields: str
    base_version: int | None
    created_ms: int
    batch_id: str | None


@lru_cache(maxsize=None)
def _select(entity: str) -> str:
    t = model_for(entity).__tablename__
    return f"SELECT t.id, {snapshot_sql(model_for(entity))} FROM {t} t WHERE t.id IN "


def snapshot_fields(entity: str) -> set[str]:
    """Field names a snapshot op of this entity carries (all of them)."""
    return set(tracked_columns(model_for(entity))) | {"deleted"}


def resolve(conn: Connection, rows: list[Any]) -> list[OutboxOp]:
    """Outbox rows (seq, op_id, entity, entity_id, kind, fields, base_version, created_ms,
    batch_id) with every snapshot's fields filled in from its row."""
    ops = [OutboxOp(*r) for r in rows]
    wanted: dict[str, list[str]] = defaultdict(list)
    for op in ops:
        if op.fields == SNAPSHOT:
            wanted[op.entity].append(op.entity_id)
    if not wanted:
        return ops
    found: dict[tuple[str, str], str] = {}
    for entity, ids in wanted.items():
        for i in range(0, len(ids), CHUNK):
            chunk = tuple(ids[i:i + CHUNK])
            sql = _select(entity) + "(" + ", ".join("?" * len(chunk)) + ")"
            found.update(((entity, rid), text) for rid, text in conn.exec_driver_sql(sql, chunk))
    return [op._replace(fields=found.get((op.entity, op.entity_id), GONE))
            if op.fields == SNAPSHOT else op for op in ops]
