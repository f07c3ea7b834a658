"""Two PCs registered the same person while offline: one member, not a stalled pull.

The server does not know what an ID number is, so it accepts both new members; the office's
database allows one live member per 公民身份号码. When a pulled member shares its ID number
with another live member here, every PC settles it the same way without talking to the
others: the member with the smaller id stays, the other becomes a tombstone, and a delete op
for it is queued so the server (and every other PC) retires it too. An audit row names both,
so the clerk can move over anything recorded on the retired copy (dues, family, honours).

Which tables this applies to, and by which column, is the entity spec's ``duplicates`` rule
(db/spec.py; the member's is its ID number).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session

from union_desk.db.base import now_ms
from union_desk.db.spec import EntitySpec
from union_desk.db.tracking import audit, flush_pending, record_bulk

CHUNK = 500


def settle(s: Session, spec: EntitySpec, new: list[str], merged: dict[str, dict[str, Any]],
           deleted: dict[str, bool], versions: dict[str, int]) -> int:
    """Mark duplicates among the ``new`` pulled rows of ``spec``'s table (``deleted[eid] =
    True``) and retire local ones they replace. Returns the number of rows retired."""
    rule, table = spec.duplicates, spec.entity
    by_number: dict[str, list[str]] = defaultdict(list)
    for eid in new:
        number = merged[eid].get(rule.key)
        if number and not deleted[eid]:
            by_number[number].append(eid)
    if not by_number:
        return 0
    conn = s.connection()
    local: dict[str, tuple[str, int | None, str | None]] = {}
    numbers = list(by_number)
    shown = rule.shown or "NULL"
    for i in range(0, len(numbers), CHUNK):
        chunk = tuple(numbers[i:i + CHUNK])
        for number, mid, version, name in conn.exec_driver_sql(
                f"SELECT {rule.key}, id, server_version, {shown} FROM {table} WHERE NOT deleted "
                f"AND {rule.key} IN ({', '.join('?' * len(chunk))})", chunk):
            local[number] = (mid, version, name)
    retired: list[tuple[str, int | None]] = []   # (member id, version the delete is based on)
    for number, incoming in by_number.items():
        have = local.get(number)
        candidates = sorted(incoming + ([have[0]] if have else []))
        if len(candidates) < 2:
            continue
        keep, drop = candidates[0], candidates[1:]
        for eid in drop:
            if have and eid == have[0]:
                conn.exec_driver_sql(f"UPDATE {table} SET deleted = 1, dirty = 1, mtime_ms = ? "
                                     "WHERE id = ?", (now_ms(), eid))
                retired.append((eid, have[1]))
            else:
                deleted[eid] = True       # inserted as a tombstone by the caller
                retired.append((eid, versions[eid]))
        name = merged[keep].get(rule.shown) if keep in merged else have[2]
        audit(s, "dedupe", table, keep, new=json.dumps(
            {"kept": keep, "retired": drop, "name": name}, ensure_ascii=False))
    record_bulk(s, table, updated=[(eid, {"deleted": False}, {"deleted": True}, version)
                                      for eid, version in retired])
    flush_pending(s)
    return len(retired)
