"""Audit + outbox for every change to a syncable row, in the change's own transaction.

The ORM path is automatic: a ``before_flush`` hook inspects new and modified
SyncMixin objects. Bulk paths (the importer) call :func:`record_bulk` with
plain dicts so 50,000 rows do not go through the unit of work one by one.

``session.info`` carries the context: ``actor`` (username), ``batch_id``
(import batch, optional) and ``remote`` (True while applying pulled changes,
which must not echo back into the outbox).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from union_desk.db.base import SYNC_COLUMNS, SyncMixin, new_id, now_ms
from union_desk.db.jsonvalues import dumps, text
from union_desk.db.models.audit import AuditEntry
from union_desk.db.models.outbox import PENDING, Outbox
from union_desk.db.rowjson import tracked_columns


def _fill_defaults(obj: SyncMixin) -> None:
    """Apply Python-side column defaults now: the outbox row is built before the INSERT, and
    without this it would carry None where the row will hold the default."""
    for attr in inspect(type(obj)).column_attrs:
        col = attr.columns[0]
        default = col.default
        if default is None or getattr(obj, attr.key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))


def actor_of(session: Session) -> str:
    return session.info.get("actor") or "system"


def _audit_rows(session: Session) -> list[dict[str, Any]]:
    return session.info.setdefault("_pending_audit", [])


def _outbox_rows(session: Session) -> list[dict[str, Any]]:
    return session.info.setdefault("_pending_outbox", [])


def audit(session: Session, action: str, entity: str, entity_id: str = "", *,
          field: str | None = None, old: Any = None, new: Any = None) -> None:
    """Queue an audit row for this transaction (written at flush)."""
    _audit_rows(session).append(dict(
        ts_ms=now_ms(), actor=actor_of(session), action=action, entity=entity,
        entity_id=entity_id, field=field, old_value=text(old), new_value=text(new),
        batch_id=session.info.get("batch_id")))


def _outbox(session: Session, entity: str, entity_id: str, kind: str, fields: dict[str, Any],
            base_version: int | None) -> None:
    _outbox_rows(session).append(dict(
        op_id=new_id(), entity=entity, entity_id=entity_id, kind=kind, fields=dumps(fields),
        base_version=base_version, created_ms=now_ms(), status=PENDING, attempts=0))


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _ctx, _instances) -> None:
    remote = session.info.get("remote", False)
    stamp = now_ms()
    for obj in list(session.new):
        if not isinstance(obj, SyncMixin):
            continue
        if obj.id is None:
            obj.id = new_id()
        _fill_defaults(obj)
        obj.mtime_ms = stamp
        if remote:
            continue
        obj.dirty = True
        entity = type(obj).__tablename__
        values = {c: getattr(obj, c) for c in tracked_columns(type(obj))}
        if type(obj).__audit_creates__:
            audit(session, "create", entity, obj.id, new=dumps(values))
        kind = "append" if type(obj).__sync_append_only__ else "upsert"
        _outbox(session, entity, obj.id, kind, values | {"deleted": False}, None)
    for obj in list(session.dirty):
        if not isinstance(obj, SyncMixin) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changed: dict[str, Any] = {}
        entity = type(obj).__tablename__
        for col in (*tracked_columns(type(obj)), "deleted"):
            hist = state.attrs[col].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
            changed[col] = new
            if not remote:
                action = "delete" if col == "deleted" else ("status" if col == "status" else "update")
                audit(session, action, entity, obj.id, field=col, old=old, new=new)
        if not changed:
            continue
        obj.mtime_ms = stamp
        if remote:
            continue
        obj.dirty = True
        kind = "delete" if changed.get("deleted") else "upsert"
        _outbox(session, entity, obj.id, kind, changed, obj.server_version)
    for obj in session.deleted:
        if isinstance(obj, SyncMixin):
            raise RuntimeError(f"{type(obj).__name__} rows are never hard-deleted; set deleted=True")


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx) -> None:
    # Written after the domain rows so an audit row never refers to a row that failed to insert.
    audits = session.info.pop("_pending_audit", [])
    outbox = session.info.pop("_pending_outbox", [])
    if audits:
        session.connection().execute(insert(AuditEntry), audits)
    if outbox:
        session.connection().execute(insert(Outbox), outbox)


def flush_pending(session: Session) -> None:
    """Write audit rows queued outside a flush (e.g. an 'unmask' or 'export' entry)."""
    _after_flush(session, None)


def record_bulk(session: Session, entity: str, *, created: Iterable[dict[str, Any]] = (),
                updated: Iterable[tuple[str, dict[str, Any], dict[str, Any], int | None]] = (),
                append_only: bool = False, audit_creates: bool = True) -> None:
    """Audit + outbox for rows written with Core inserts/updates.

    ``created``: dicts of the new rows' tracked values including ``id``.
    ``updated``: (id, old values, new values, server_version) for changed fields only.
    """
    actor, batch, stamp = actor_of(session), session.info.get("batch_id"), now_ms()
    audits: list[dict[str, Any]] = []
    outbox: list[dict[str, Any]] = []
    kind = "append" if append_only else "upsert"
    for row in created:
        values = {k: v for k, v in row.items() if k not in SYNC_COLUMNS}
        payload = dumps(values)
        if audit_creates:
            audits.append(dict(ts_ms=stamp, actor=actor, action="create", entity=entity,
                               entity_id=row["id"], field=None, old_value=None,
                               new_value=payload, batch_id=batch))
        outbox.append(dict(op_id=new_id(), entity=entity, entity_id=row["id"], kind=kind,
                           fields=dumps(values | {"deleted": False}), base_version=None,
                           created_ms=stamp, status=PENDING, attempts=0))
    for row_id, old, new, version in updated:
        for field, value in new.items():
            audits.append(dict(ts_ms=stamp, actor=actor,
                               action="status" if field == "status" else "update",
                               entity=entity, entity_id=row_id, field=field,
                               old_value=text(old.get(field)), new_value=text(value),
                               batch_id=batch))
        outbox.append(dict(op_id=new_id(), entity=entity, entity_id=row_id, kind="upsert",
                           fields=dumps(new), base_version=version, created_ms=stamp,
                           status=PENDING, attempts=0))
    if audits:
        session.execute(insert(AuditEntry), audits)
    if outbox:
        session.execute(insert(Outbox), outbox)
