"""Apply an import plan in the caller's transaction with Core bulk writes, and undo a batch.

Bulk rows bypass the ORM unit of work (50,000 members in seconds). Created rows get snapshot
outbox ops (services.member_import_track) and are recorded as the batch's import_batch_item
rows; updates of existing members are audited field by field with ``db.tracking.record_bulk``,
in the same transaction (``session.info['batch_id']`` makes each audit row carry the batch).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from decimal import Decimal
from typing import Any, Callable

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from union_desk.core.members import EventKind, Status
from union_desk.db.base import new_id
from union_desk.db.jsonvalues import dumps
from union_desk.db.models import Branch, ImportBatchItem, Member, MemberEvent
from union_desk.db.tracking import record_bulk
from union_desk.errors import Cancelled
from union_desk.services.member_import_plan import Plan
from union_desk.services.member_import_track import (Ids, fresh_prefix, insert_join_events,
                                                      insert_rows, queue_created, queue_range,
                                                      record_created)
from union_desk.tabular.roster import status_value
from union_desk.services.member_keys import derived, search_text, sort_key

CHUNK = 5000
# the event that leads from 在会 to a status a roster may state for a new member
ENTRY_KIND = {Status.RETAINED.value: EventKind.RETAIN,
              Status.TRANSFERRING.value: EventKind.TRANSFER_OUT_START,
              Status.TRANSFERRED.value: EventKind.TRANSFER_OUT,
              Status.WITHDRAWN.value: EventKind.WITHDRAW,
              Status.AUTO_WITHDRAWN.value: EventKind.AUTO_WITHDRAW,
              Status.EXPELLED.value: EventKind.EXPEL}
ACTIVE = Status.ACTIVE.value
REASON = "分会花名册导入：会籍状态登记为“{s}”"

# a new member's row is built as a tuple in this order (a dict per row cost a tenth of the
# import); a test checks it against the table, so a new column cannot slip in unnoticed
_MEMBER_COLUMNS = ("member_no", "name", "gender", "ethnicity", "id_number", "birth_date",
                   "political_status", "education", "skills", "hobbies", "phone", "branch_id",
                   "position", "joined_on", "status", "person_status", "hukou_type",
                   "migrant_worker", "monthly_wage", "family_note", "remark", "health",
                   "disability", "bank_name", "bank_account", "sort_key", "search_text", "id",
                   "server_version", "dirty", "mtime_ms", "deleted")
_ID = _MEMBER_COLUMNS.index("id")


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("已取消导入，数据库未作任何改动")


def apply_plan(s: Session, plan: Plan, *, batch_id: str, actor: str, today: dt.date, stamp: int,
               cancel: threading.Event | None = None,
               progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    total = len(plan.new) + len(plan.updates) + len(plan.revive)
    branch_ids = _create_branches(s, plan, stamp)
    items: list[dict[str, Any]] = [
        {"batch_id": batch_id, "entity": "branch", "entity_id": bid, "action": "create", "row": 0,
         "old_values": None, "mtime_ms": stamp} for bid in branch_ids.values()]
    events: list[tuple[str, dict[str, Any]]] = []

    ids = Ids()
    done = _create_members(s, plan, branch_ids, batch_id=batch_id, actor=actor, today=today,
                           stamp=stamp, cancel=cancel,
                           progress=(lambda d: progress(d, total)) if progress else None)

    for change in plan.updates + plan.revive:
        _check(cancel)
        new = {k: branch_ids.get(v, v) if k == "branch_id" else v for k, v in change.new.items()}
        change.new = new
        revive = new.get("deleted") is False
        if change.event is not None:
            after = new["status"]
            events.append(_event(ids(), change.member_id, change.event, today, change.old["status"], after,
                                 REASON.format(s=after), new.get("branch_id") or change.branch_id, actor,
                                 stamp))
        if not new:
            continue
        extra = {}
        if {"name", "phone"} & new.keys():
            extra = derived(new.get("name", change.name), change.id_number, new.get("phone", "") or "")
        s.execute(update(Member).where(Member.id == change.member_id)
                  .values(**new, **extra, mtime_ms=stamp, dirty=True))
        items.append({"batch_id": batch_id, "entity": "member", "entity_id": change.member_id,
                      "action": "revive" if revive else "update",
                      "row": change.row, "old_values": dumps(change.old), "mtime_ms": stamp})
        done += 1
    if plan.updates or plan.revive:
        record_bulk(s, "member", updated=[(c.member_id, c.old, c.new, c.server_version)
                                          for c in plan.updates + plan.revive if c.new])
    _check(cancel)
    _write_events(s, events, ids, stamp)
    insert_rows(s, ImportBatchItem.__tablename__, ITEM_COLUMNS,
                [tuple(i[c] for c in ITEM_COLUMNS) for i in items])
    if progress is not None:
        progress(total, total)
    return {"created": len(plan.new) + len(plan.revive), "updated": len(plan.updates),
            "events": len(events), "branches": len(branch_ids)}


def _create_members(s: Session, plan: Plan, branch_ids: dict[str, str], *, batch_id: str, actor: str,
                    today: dt.date, stamp: int, cancel: threading.Event | None,
                    progress: Callable[[int], None] | None) -> int:
    """Insert the plan's new members chunk by chunk; returns how many.

    Two threads share the work: this one builds a chunk's rows in Python while a helper runs
    the previous chunk's derived-row statements (join events, outbox ops, batch items), which
    SQLite executes without holding the GIL. The connection is never used by both at once:
    this thread waits for the helper before its own next statement."""
    member_ids, status_ids, op_ids = Ids(), Ids(), Ids()  # one Ids per thread
    join_prefix, member_ops, event_ops = fresh_prefix(), fresh_prefix(), fresh_prefix()
    iso_today = today.isoformat()

    def derived_rows(lo: str, hi: str, sheet_rows: list[int], status_events: list) -> None:
        queue_range(s, Member.__tablename__, lo, hi, member_ops)
        ev_lo, ev_hi = insert_join_events(s, lo, hi, join_prefix, kind=EventKind.JOIN.value,
                                          status=ACTIVE, today=iso_today, actor=actor, stamp=stamp)
        queue_range(s, MemberEvent.__tablename__, ev_lo, ev_hi, event_ops, append_only=True)
        _write_events(s, status_events, op_ids, stamp)  # after the 入会 events, as in time
        record_created(s, batch_id, lo, sheet_rows, stamp)

    done = 0
    with ThreadPoolExecutor(1, thread_name_prefix="import-derived") as helper:
        pending: Future | None = None
        for start in range(0, len(plan.new), CHUNK):
            _check(cancel)
            rows, sheet_rows, status_events = [], [], []
            for rec, branch in plan.new[start:start + CHUNK]:
                mid = member_ids()
                status = status_value(rec.get("status")) or ACTIVE
                branch_id = branch_ids.get(branch, branch) if branch else None
                joined, wage, mig = rec.get("joined_on"), rec.get("monthly_wage"), rec.get("migrant_worker")
                name, id_number, phone = rec["name"], rec["id_number"], rec.get("phone") or ""
                get = rec.get
                # storage form, in _MEMBER_COLUMNS order: ISO dates, integer fen, booleans 0/1
                rows.append((
                    get("member_no") or "", name, rec["gender"], get("ethnicity") or "", id_number,
                    rec["birth_date"].isoformat(), get("political_status") or "",
                    get("education") or "", "", "", phone, branch_id, get("position") or "",
                    joined.isoformat() if joined else None, status, get("person_status") or "在职",
                    get("hukou_type") or "", None if mig is None else int(mig),
                    int(wage * 100) if wage is not None else None, "", "", "", "", "", "",
                    sort_key(name), search_text(name, id_number, phone),
                    mid, None, 1, stamp, 0))
                sheet_rows.append(rec["row"])
                if status != ACTIVE:  # after its 入会 event, the status the roster states
                    status_events.append(_event(status_ids(), mid, ENTRY_KIND[status], today, ACTIVE,
                                                status, REASON.format(s=status), branch_id, actor,
                                                stamp))
            if pending is not None:
                pending.result()  # the connection is ours again (and its errors are raised here)
            insert_rows(s, Member.__tablename__, _MEMBER_COLUMNS, rows)
            pending = helper.submit(derived_rows, rows[0][_ID], rows[-1][_ID], sheet_rows,
                                    status_events)
            done += len(rows)
            if progress is not None:
                progress(done)
        if pending is not None:
            pending.result()
    return done


_EVENT_JSON = ("member_id", "kind", "event_date", "status_before", "status_after", "reason",
               "approver", "branch_id", "other_union", "recorded_by", "recorded_ms")
_EVENT_COLUMNS = ("id", "server_version", "dirty", "mtime_ms", "deleted", *_EVENT_JSON)
ITEM_COLUMNS = ("batch_id", "entity", "entity_id", "action", "row", "old_values", "mtime_ms")


def _event(event_id: str, member_id: str, kind: EventKind, day: dt.date, before: str, after: str,
           reason: str, branch_id: str | None, actor: str, stamp: int) -> tuple[str, dict[str, Any]]:
    """(id, JSON-ready values in _EVENT_JSON order) of a 会籍 event."""
    return event_id, {"member_id": member_id, "kind": kind.value, "event_date": day.isoformat(),
                      "status_before": before, "status_after": after, "reason": reason, "approver": "",
                      "branch_id": branch_id, "other_union": "", "recorded_by": actor,
                      "recorded_ms": stamp}


def _write_events(s: Session, events: list[tuple[str, dict[str, Any]]], ids: Ids, stamp: int) -> None:
    if not events:
        return
    insert_rows(s, MemberEvent.__tablename__, _EVENT_COLUMNS,
                [(event_id, None, 1, stamp, 0, *values.values()) for event_id, values in events])
    queue_created(s, "member_event", [event_id for event_id, _values in events], ids,
                  append_only=True)


def _create_branches(s: Session, plan: Plan, stamp: int) -> dict[str, str]:
    """Branch names not in the database become branches (listed in the preview first)."""
    if not plan.new_branches:
        return {}
    order = (s.scalar(select(Branch.sort_order).order_by(Branch.sort_order.desc()).limit(1)) or 0)
    mapping, rows = {}, []
    for key, name in plan.new_branches.items():
        order += 1
        bid = new_id()
        mapping["new:" + key] = bid
        rows.append({"id": bid, "name": name, "parent_id": None, "sort_order": order})
    s.execute(insert(Branch), [r | {"server_version": None, "dirty": True, "mtime_ms": stamp,
                                    "deleted": False} for r in rows])
    record_bulk(s, "branch", created=rows)
    return mapping


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


def blocking_rows(s: Session, batch_id: str) -> list[tuple[int, str, str]]:
    """(sheet row, member name, why) for rows changed after the import: they block undo."""
    out = []
    q = (select(ImportBatchItem.row, ImportBatchItem.mtime_ms, Member.name, Member.mtime_ms)
         .join(Member, Member.id == ImportBatchItem.entity_id)
         .where(ImportBatchItem.batch_id == batch_id, ImportBatchItem.entity == "member"))
    for row, stamp, name, mtime in s.execute(q):
        if mtime != stamp:
            out.append((row, name, "导入后已被修改"))
    return sorted(out)


def undo_items(s: Session, batch_id: str, cancel: threading.Event | None = None) -> tuple[int, int]:
    """Soft-delete created members and restore updated fields through the ORM (audited by the
    flush hook). Returns (members removed, members restored)."""
    removed = restored = 0
    items = s.execute(select(ImportBatchItem.entity_id, ImportBatchItem.action,
                             ImportBatchItem.old_values)
                      .where(ImportBatchItem.batch_id == batch_id,
                             ImportBatchItem.entity == "member")).all()
    for start in range(0, len(items), 1000):
        _check(cancel)
        chunk = items[start:start + 1000]
        members = {m.id: m for m in s.scalars(select(Member).where(
            Member.id.in_([i.entity_id for i in chunk])))}
        for entity_id, action, old_values in chunk:
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
