"""What a roster import writes beyond its members: their 入会 events and the batch items.

Created rows go out as snapshot ops (``models.outbox.SNAPSHOT``, queued by ``db.bulk``): their
JSON is made by SQL when they are pushed, and no per-row audit 'create' is written: the batch's
``import_batch_item`` rows (one per run of created members, with their sheet rows, see
:func:`record_created`) plus its 'import' audit row are the record of who imported what, and
the member's history shows them. Building 100,000 JSON documents for a 50,000-member import
cost more than writing the members. tests/service/members/test_import_apply.py checks the
pushed JSON against ``db.tracking.record_bulk``'s.

Rows that follow from a created member one for one (its 入会 event, the outbox ops of both)
are made by ``INSERT ... SELECT`` over the member id range just written: one statement runs
in SQLite, with no Python per row, at about a third of what binding them one by one cost.
Their ids share the member's counter under a prefix of their own (``db.bulk.same_counter``).
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from union_desk.db.bulk import same_counter
from union_desk.db.models import ImportBatchItem, Member, MemberEvent


def insert_join_events(s: Session, lo: str, hi: str, event_prefix: str, *, kind: str,
                       status: str, today: str, actor: str, stamp: int,
                       source: str = Member.__tablename__) -> tuple[str, str]:
    """The 入会 event of each member with an id in [lo, hi] (read from ``source``: the member
    table, or a staging table with its id, joined_on and branch_id): dated its joined_on
    (today when the roster has none), in its branch. Returns the events' id range."""
    s.connection().exec_driver_sql(
        f"INSERT INTO {MemberEvent.__tablename__} (id, server_version, dirty, mtime_ms, deleted, "
        f"member_id, kind, event_date, status_before, status_after, reason, approver, branch_id, "
        f"other_union, recorded_by, recorded_ms) "
        f"SELECT {same_counter('ev', 'm.id')}, NULL, 1, :stamp, 0, m.id, :kind, "
        f"coalesce(m.joined_on, :today), '', :status, '', '', m.branch_id, '', :actor, :stamp "
        f"FROM {source} m WHERE m.id BETWEEN :lo AND :hi ORDER BY m.id",
        {"ev": event_prefix, "stamp": stamp, "kind": kind, "today": today, "status": status,
         "actor": actor, "lo": lo, "hi": hi})
    return event_prefix + lo[24:], event_prefix + hi[24:]


CREATE_RANGE = "create_range"  # one batch item for a run of members an import created


def record_created(s: Session, batch_id: str, source: str, lo: str, hi: str, stamp: int) -> None:
    """One batch item for the members with ids in [lo, hi], one counter run under one prefix
    (read from ``source``, a staging table with each member's ``sheet_row``). Its old_values
    hold {"last": hi, "rows": [the sheet row of each member, in id order]}: one row per block
    instead of one per member. :func:`created_members` expands it."""
    s.connection().exec_driver_sql(
        f"INSERT INTO {ImportBatchItem.__tablename__} (batch_id, entity, entity_id, action, \"row\", "
        f"old_values, mtime_ms) SELECT :batch, 'member', :lo, '{CREATE_RANGE}', min(r), "
        f"json_object('last', :hi, 'rows', json_group_array(r)), :stamp "
        # an ORDER BY subquery under an aggregate is not flattened: the array is in id order
        f"FROM (SELECT t.sheet_row AS r FROM {source} t WHERE t.id BETWEEN :lo AND :hi ORDER BY t.id)",
        {"batch": batch_id, "lo": lo, "hi": hi, "stamp": stamp})


def created_members(first_id: str, old_values: str) -> list[tuple[str, int]]:
    """(member id, sheet row) for each member of a CREATE_RANGE item."""
    rows = json.loads(old_values)["rows"]
    prefix, first = first_id[:24], int(first_id[24:], 16)
    return [(f"{prefix}{first + k:08x}", row) for k, row in enumerate(rows)]
