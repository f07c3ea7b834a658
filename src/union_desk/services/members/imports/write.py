"""Apply what an import changes in existing members, the branches it creates, and undo.

New members are written by services.members.imports.create while the file is still being
checked; what remains once every row is planned is done here, in the same transaction:
updates and revivals of existing members (audited field by field with
``db.tracking.record_bulk``; ``session.info['batch_id']`` makes each audit row carry the
batch), the status events they imply, and the batch's items for them and for new branches.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from decimal import Decimal
from typing import Any, Callable

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from union_desk.core.members import EventKind
from union_desk.db.base import new_id
from union_desk.db.bulk import Ids, insert_rows, queue_created
from union_desk.db.jsonvalues import dumps
from union_desk.db.member_keys import derived
from union_desk.db.models import Branch, ImportBatchItem, Member, MemberEvent
from union_desk.db.tracking import record_bulk
from union_desk.errors import Cancelled
from union_desk.services.members.imports.plan import Plan
from union_desk.services.members.imports.track import CREATE_RANGE, created_members

REASON = "分会花名册导入：会籍状态登记为“{s}”"


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("已取消导入，数据库未作任何改动")


def apply_changes(s: Session, plan: Plan, branch_ids: dict[str, str], *, batch_id: str, actor: str,
                  today: dt.date, stamp: int, cancel: threading.Event | None = None,
                  progress: Callable[[int], None] | None = None) -> int:
    """Updates and revivals of existing members; ``branch_ids`` maps "new:<key>" to the branches
    made so far and gains any made here. Returns how many members changed."""
    missing = [(k, v) for k, v in plan.new_branches.items() if "new:" + k not in branch_ids]
    insert_branches(s, branch_rows(missing, branch_ids), stamp)
    items, events, ids, done = [], [], Ids(), 0
    for change in plan.updates + plan.revive:
        check_cancel(cancel)
        new = {k: branch_ids.get(v, v) if k == "branch_id" else v for k, v in change.new.items()}
        change.new = new
        revive = new.get("deleted") is False
        if change.event is not None:
            after = new["status"]
            events.append(event_row(ids(), change.member_id, change.event, today, change.old["status"],
                                    after, REASON.format(s=after),
                                    new.get("branch_id") or change.branch_id, actor, stamp))
        if not new:
            continue
        extra = {}
        if {"name", "phone"} & new.keys():
            extra = derived(new.get("name", change.name), change.id_number, new.get("phone", "") or "")
        s.execute(update(Member).where(Member.id == change.member_id)
                  .values(**new, **extra, mtime_ms=stamp, dirty=True))
        items.append((batch_id, "member", change.member_id, "revive" if revive else "update",
                      change.row, dumps(change.old), stamp))
        done += 1
        if progress is not None and done % 1000 == 0:
            progress(done)
    if plan.updates or plan.revive:
        record_bulk(s, "member", updated=[(c.member_id, c.old, c.new, c.server_version)
                                          for c in plan.updates + plan.revive if c.new])
    check_cancel(cancel)
    write_events(s, events, ids, stamp)
    items += [(batch_id, "branch", bid, "create", 0, None, stamp) for bid in branch_ids.values()]
    insert_rows(s, ImportBatchItem.__tablename__, ITEM_COLUMNS, items)
    return done


_EVENT_JSON = ("member_id", "kind", "event_date", "status_before", "status_after", "reason",
               "approver", "branch_id", "other_union", "recorded_by", "recorded_ms")
_EVENT_COLUMNS = ("id", "server_version", "dirty", "mtime_ms", "deleted", *_EVENT_JSON)
ITEM_COLUMNS = ("batch_id", "entity", "entity_id", "action", "row", "old_values", "mtime_ms")


def event_row(event_id: str, member_id: str, kind: EventKind, day: dt.date, before: str, after: str,
              reason: str, branch_id: str | None, actor: str, stamp: int) -> tuple[str, dict[str, Any]]:
    """(id, JSON-ready values in _EVENT_JSON order) of a 会籍 event."""
    return event_id, {"member_id": member_id, "kind": kind.value, "event_date": day.isoformat(),
                      "status_before": before, "status_after": after, "reason": reason, "approver": "",
                      "branch_id": branch_id, "other_union": "", "recorded_by": actor,
                      "recorded_ms": stamp}


def write_events(s: Session, events: list[tuple[str, dict[str, Any]]], ids: Ids, stamp: int) -> None:
    if not events:
        return
    insert_rows(s, MemberEvent.__tablename__, _EVENT_COLUMNS,
                [(event_id, None, 1, stamp, 0, *values.values()) for event_id, values in events])
    queue_created(s, "member_event", [event_id for event_id, _values in events], ids,
                  append_only=True)


def branch_rows(new_branches: list[tuple[str, str]], branch_ids: dict[str, str]) -> list[dict[str, Any]]:
    """Rows for branches a roster names and the database lacks ((normalised key, name as
    written)); records each new id in ``branch_ids`` under "new:<key>"."""
    rows = []
    for key, name in new_branches:
        bid = branch_ids["new:" + key] = new_id()
        rows.append({"id": bid, "name": name, "parent_id": None})
    return rows


def insert_branches(s: Session, rows: list[dict[str, Any]], stamp: int) -> None:
    """New branches go after the existing ones in the branch list."""
    if not rows:
        return
    order = (s.scalar(select(Branch.sort_order).order_by(Branch.sort_order.desc()).limit(1)) or 0)
    for row in rows:
        order += 1
        row["sort_order"] = order
    s.execute(insert(Branch), [r | {"server_version": None, "dirty": True, "mtime_ms": stamp,
                                    "deleted": False} for r in rows])
    record_bulk(s, "branch", created=rows)


# ---- undo -----------------------------------------------------------------------------------
_DATE_COLS = ("birth_date", "joined_on")


def _typed(col: str, value: Any) -> Any:
    if value is None:
        return None
    if col in _DATE_COLS:
        return dt.date.fromisoformat(value)
    if col == "monthly_wage":
        return Decimal(value)
    return value


def _member_items(s: Session, batch_id: str) -> list[tuple[str, str, int, str | None, int]]:
    """(member id, action, sheet row, old values, stamp) for each member the batch touched;
    CREATE_RANGE items are expanded to one 'create' per member."""
    out = []
    for entity_id, action, row, old_values, stamp in s.execute(
            select(ImportBatchItem.entity_id, ImportBatchItem.action, ImportBatchItem.row,
                   ImportBatchItem.old_values, ImportBatchItem.mtime_ms)
            .where(ImportBatchItem.batch_id == batch_id, ImportBatchItem.entity == "member")):
        if action == CREATE_RANGE:
            out += [(mid, "create", r, None, stamp) for mid, r in created_members(entity_id, old_values)]
        else:
            out.append((entity_id, action, row, old_values, stamp))
    return out


def blocking_rows(s: Session, batch_id: str) -> list[tuple[int, str, str]]:
    """(sheet row, member name, why) for rows changed after the import: they block undo."""
    items = _member_items(s, batch_id)
    out = []
    for start in range(0, len(items), 1000):
        chunk = items[start:start + 1000]
        now = {mid: (name, mtime) for mid, name, mtime in s.execute(
            select(Member.id, Member.name, Member.mtime_ms).where(Member.id.in_([i[0] for i in chunk])))}
        for member_id, _action, row, _old, stamp in chunk:
            name, mtime = now[member_id]
            if mtime != stamp:
                out.append((row, name, "导入后已被修改"))
    return sorted(out)


def undo_items(s: Session, batch_id: str, cancel: threading.Event | None = None) -> tuple[int, int]:
    """Soft-delete created members and restore updated fields through the ORM (audited by the
    flush hook). Returns (members removed, members restored)."""
    removed = restored = 0
    items = _member_items(s, batch_id)
    for start in range(0, len(items), 1000):
        check_cancel(cancel)
        chunk = items[start:start + 1000]
        members = {m.id: m for m in s.scalars(select(Member).where(
            Member.id.in_([i[0] for i in chunk])))}
        for entity_id, action, _row, old_values, _stamp in chunk:
            m = members[entity_id]
            if action == "create":
                m.deleted = True
                removed += 1
                continue
            for col, value in json.loads(old_values or "{}").items():
                setattr(m, col, _typed(col, value))
            values = derived(m.name, m.id_number, m.phone or "")
            m.sort_key, m.search_text = values["sort_key"], values["search_text"]
            restored += 1
        s.flush()
        s.expunge_all()
    # branches the batch created go too, unless someone else's member now belongs to them
    for (branch_id,) in s.execute(select(ImportBatchItem.entity_id).where(
            ImportBatchItem.batch_id == batch_id, ImportBatchItem.entity == "branch")):
        in_use = s.scalar(select(Member.id).where(Member.branch_id == branch_id,
                                                  Member.deleted.is_(False)).limit(1))
        branch = s.get(Branch, branch_id)
        if in_use is None and branch is not None and not branch.deleted:
            branch.deleted = True
    s.flush()
    return removed, restored
