"""Writing server answers into the local DB with Core bulk statements (no outbox, no audit).

Fields the user changed locally and has not yet had acknowledged (pending or
inflight outbox rows) are never overwritten here: the server decides about
them when that op arrives, and its answer comes back as an ack.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from typing import Any

import orjson

from sqlalchemy import Date, DateTime, String, Text, bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from union_desk.db.base import SYNC_COLUMNS, Base, now_ms
from union_desk.db.jsonvalues import dumps
from union_desk.db.models.outbox import INFLIGHT, PENDING, SNAPSHOT, Outbox
from union_desk.db.models.sync import SyncConflict
from union_desk.db.spec import Derived, spec_for
from union_desk.sync import duplicates
from union_desk.sync.entities import column_defaults, converters, model_for, to_columns
from union_desk.sync.protocol import Change, OpResult
from union_desk.sync.snapshot import snapshot_fields

OUTBOX = Outbox.__table__
CHUNK = 500
_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def _chunks(items: list, n: int = CHUNK):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def pending_fields(s: Session, entity: str, ids: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    conn = s.connection()
    for chunk in _chunks(ids):
        # driver SQL (the office database is SQLite): Core coerces each of the IN values anew
        rows = conn.exec_driver_sql(
            f"SELECT entity_id, fields FROM {OUTBOX.name} WHERE entity = ? AND status IN (?, ?) "
            f"AND entity_id IN ({_marks(len(chunk))})", (entity, PENDING, INFLIGHT, *chunk))
        for eid, fields in rows:
            out[eid].update(snapshot_fields(entity) if fields == SNAPSHOT else orjson.loads(fields))
    return out


@lru_cache(maxsize=None)
def _version_sql(entity: str) -> str:
    """One statement per entity for a batch's new versions, given as a JSON object
    {id: version}: server_version only rises; dirty clears only when no newer local change
    for the row is still waiting (pending or inflight). Per-row executemany spent more in
    Python binding than SQLite spent updating."""
    t = model_for(entity).__tablename__
    return (f"UPDATE {t} SET server_version = max(coalesce({t}.server_version, -1), v.value), "
            f"dirty = CASE WHEN EXISTS (SELECT 1 FROM {OUTBOX.name} o WHERE o.entity = ? "
            f"AND o.entity_id = {t}.id AND o.status IN ('{PENDING}', '{INFLIGHT}')) "
            f"THEN {t}.dirty ELSE 0 END "
            f"FROM json_each(?) AS v WHERE {t}.id = v.key")


def _update_rows(s: Session, entity: str, rows: dict[str, dict[str, Any]]) -> None:
    """Per-row partial updates, grouped by column set into executemany statements."""
    t = model_for(entity).__table__
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for eid, values in rows.items():
        if values:
            groups[tuple(sorted(values))].append({"b_id": eid, **values})
    for cols, params in groups.items():
        stmt = update(t).where(t.c.id == bindparam("b_id")).values({c: bindparam(c) for c in cols})
        s.execute(stmt, params)
    derived = spec_for(entity).derived
    if derived is not None:
        _rederive(s, t, derived, [eid for eid, v in rows.items() if any(c in v for c in derived.sources)])


def _rederive(s: Session, t, derived: Derived, ids: list[str]) -> None:
    """Recompute the derived columns (db/spec.py) of rows whose sources a merge changed."""
    if not ids:
        return
    params = []
    for chunk in _chunks(ids):
        for r in s.execute(select(t.c.id, *(t.c[c] for c in derived.sources)).where(t.c.id.in_(chunk))):
            params.append({"b_id": r.id, **derived.compute(dict(r._mapping))})
    if params:
        cols = [k for k in params[0] if k != "b_id"]
        s.execute(update(t).where(t.c.id == bindparam("b_id")).values({c: bindparam(c) for c in cols}),
                  params)


def acks(s: Session, pairs: list[tuple[Any, OpResult]]) -> int:
    """Versions, server-side merges and conflicts from one push answer. Returns conflicts recorded."""
    versions: dict[str, dict[str, int]] = defaultdict(dict)
    merges: dict[str, dict[str, dict[str, Any]]] = defaultdict(lambda: defaultdict(dict))
    conflicts: list[dict[str, Any]] = []
    stamp = now_ms()
    for row, res in pairs:
        if model_for(row.entity) is None:
            continue
        if res.status != "rejected" and res.version is not None:
            prev = versions[row.entity].get(row.entity_id, 0)
            versions[row.entity][row.entity_id] = max(prev, int(res.version))
        if res.server_fields:
            merges[row.entity][row.entity_id].update(res.server_fields)
        if res.status in ("conflict", "rejected"):
            mine = json.loads(row.fields)
            disputed = res.conflict_fields or tuple(mine)
            conflicts.append(dict(
                entity=row.entity, entity_id=row.entity_id,
                rule=res.rule or ("rejected" if res.status == "rejected" else "server_wins"),
                op_id=row.op_id, local_fields=dumps({f: mine.get(f) for f in disputed}),
                server_fields=dumps({f: res.server_fields.get(f) for f in res.server_fields
                                     if f in disputed or f == "deleted"}
                                    | ({"reason": res.reason} if res.reason else {})),
                server_version=res.version, local_ms=row.created_ms, created_ms=stamp))
    for entity, vmap in versions.items():
        s.connection().exec_driver_sql(_version_sql(entity), (entity, orjson.dumps(vmap).decode()))
    for entity, rows in merges.items():
        waiting = pending_fields(s, entity, list(rows))
        _update_rows(s, entity, {eid: _local_values(entity, f, waiting.get(eid, set()))
                                 for eid, f in rows.items()})
    if conflicts:
        known = set(s.scalars(select(SyncConflict.op_id).where(
            SyncConflict.op_id.in_([c["op_id"] for c in conflicts]))))
        fresh = [c for c in conflicts if c["op_id"] not in known]
        if fresh:
            s.execute(insert(SyncConflict.__table__), fresh)
    return len(conflicts)


def _local_values(entity: str, fields: dict[str, Any], keep: set[str]) -> dict[str, Any]:
    values = to_columns(entity, {k: v for k, v in fields.items() if k not in keep})
    if "deleted" in fields and "deleted" not in keep:
        values["deleted"] = bool(fields["deleted"])
    return values


def page(s: Session, changes: list[Change]) -> int:
    """Apply one pulled page. Changes at or below the local server_version are skipped."""
    by_entity: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        if model_for(c.entity) is not None:
            by_entity[c.entity].append(c)
    applied = 0
    for entity in sorted(by_entity, key=lambda e: _ORDER.get(e, 0)):
        applied += _page_entity(s, entity, by_entity[entity])
    return applied


@lru_cache(maxsize=None)
def _insert_plan(entity: str, dialect) -> tuple[str, list[tuple]]:
    """INSERT text and, per column, how a JSON value becomes a driver value.

    New rows from a pull go straight to the driver's executemany (a full sync inserts every
    row of the office); this does what Core would do per row, once per column."""
    t = model_for(entity).__table__
    conv, defaults = converters(entity), column_defaults(entity)
    names = [c.name for c in t.columns]
    slow, fill = [], []  # only columns that need a conversion, a bind step or a default
    for i, c in enumerate(t.columns):
        impl = c.type.impl if isinstance(c.type, TypeDecorator) else c.type
        iso_date = isinstance(impl, Date) and not isinstance(impl, DateTime)
        step = (conv.get(c.name), c.type.bind_processor(dialect), iso_date, defaults.get(c.name))
        text = isinstance(impl, (String, Text)) and step[1] is None
        if c.name in SYNC_COLUMNS or (text and step[3] is None):
            continue
        if text and step[3].is_scalar:
            fill.append((i, step[3].arg))  # only None needs work: the column default
        else:
            slow.append((i, *step))
    sql = "INSERT INTO %s (%s) VALUES (%s)" % (t.name, ", ".join(names), ", ".join("?" * len(names)))
    return sql, names, slow, fill, {n: i for i, n in enumerate(names)}


def _bind(v, conv, bind, iso_date, default):
    if v is None:
        if default is None:
            return None
        v = default.arg if default.is_scalar else default.arg(None)
    elif iso_date and type(v) is str:
        return v  # already the ISO text SQLite stores for a Date
    elif conv is not None:
        v = conv(v)
    return bind(v) if bind is not None else v


def _page_entity(s: Session, entity: str, changes: list[Change]) -> int:
    t = model_for(entity).__table__
    ids = list(dict.fromkeys(c.entity_id for c in changes))
    local: dict[str, int | None] = {}
    conn = s.connection()
    for chunk in _chunks(ids):
        local.update(conn.exec_driver_sql(
            f"SELECT id, server_version FROM {t.name} WHERE id IN ({_marks(len(chunk))})",
            tuple(chunk)).all())
    merged: dict[str, dict[str, Any]] = {}
    versions: dict[str, int] = {}
    deleted: dict[str, bool] = {}
    applied = 0
    for c in changes:
        have = local.get(c.entity_id)
        if have is not None and c.version <= have:
            continue  # replayed page, or our own change already acked
        merged.setdefault(c.entity_id, {}).update(c.fields)
        versions[c.entity_id] = c.version
        deleted[c.entity_id] = c.deleted
        applied += 1
    stamp = now_ms()
    new = [eid for eid in merged if eid not in local]
    old = [eid for eid in merged if eid in local]
    spec = spec_for(entity)
    if new and spec.duplicates is not None:
        duplicates.settle(s, spec, new, merged, deleted, versions)
    if new:
        conn = s.connection()
        sql, names, slow, fill, pos = _insert_plan(entity, conn.dialect)
        derive = spec.derived
        rows = []
        for eid in new:
            fields = merged[eid]
            row = [fields.get(n) for n in names]
            for i, conv, bind, iso_date, default in slow:
                row[i] = _bind(row[i], conv, bind, iso_date, default)
            for i, default in fill:
                if row[i] is None:
                    row[i] = default
            row[pos["id"]], row[pos["server_version"]] = eid, versions[eid]
            row[pos["dirty"]], row[pos["mtime_ms"]], row[pos["deleted"]] = 0, stamp, deleted[eid]
            if derive:
                for k, v in derive.compute(fields).items():
                    row[pos[k]] = v
            rows.append(tuple(row))
        conn.exec_driver_sql(sql, rows)
    if old:
        waiting = pending_fields(s, entity, old)
        updates = {}
        for eid in old:
            keep = waiting.get(eid, set())
            values = _local_values(entity, merged[eid] | {"deleted": deleted[eid]}, keep)
            values.update(server_version=versions[eid], mtime_ms=stamp)
            updates[eid] = values
        _update_rows(s, entity, updates)
    return applied
