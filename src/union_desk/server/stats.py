"""Member statistics across offices as of a date, from the synced member and member_event states.

Definitions follow core.members: a member counts when their status on the day
is in MEMBER_STATUSES; joiners and exits are events in the calendar year up to
the day (exits grouped by event kind).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from union_desk.core.members import EXIT_KINDS, MEMBER_STATUSES, EventKind
from union_desk.server.models import entity_state, office

JOIN_KINDS = frozenset({EventKind.JOIN.value, EventKind.TRANSFER_IN.value, EventKind.REJOIN.value})
EXIT_VALUES = frozenset(k.value for k in EXIT_KINDS)
MEMBER_VALUES = frozenset(s.value for s in MEMBER_STATUSES)


def _rows(conn: Connection, entity: str):
    t = entity_state
    for r in conn.execute(select(t.c.office_id, t.c.entity_id, t.c.fields)
                          .where(t.c.entity == entity, t.c.deleted.is_(False))):
        yield r.office_id, r.entity_id, json.loads(r.fields)


def member_stats(conn: Connection, as_of: dt.date) -> dict[str, Any]:
    day = as_of.isoformat()
    year_start = dt.date(as_of.year, 1, 1).isoformat()
    events: dict[tuple[str, str], list[tuple[str, int, str]]] = defaultdict(list)
    joiners: Counter[str] = Counter()
    exits: dict[str, Counter[str]] = defaultdict(Counter)
    for office_id, _id, f in _rows(conn, "member_event"):
        date = f.get("event_date") or ""
        if not date or date > day:
            continue
        events[(office_id, f.get("member_id", ""))].append(
            (date, f.get("recorded_ms") or 0, f.get("status_after", "")))
        if date >= year_start:
            kind = f.get("kind", "")
            if kind in JOIN_KINDS:
                joiners[office_id] += 1
            elif kind in EXIT_VALUES:
                exits[office_id][kind] += 1
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for office_id, member_id, f in _rows(conn, "member"):
        history = events.get((office_id, member_id))
        if history:
            status = max(history)[2]
        else:
            joined = f.get("joined_on")
            if joined and joined > day:
                continue
            status = f.get("status", "")
        if status not in MEMBER_VALUES:
            continue
        c = totals[office_id]
        c["members"] += 1
        c["female"] += f.get("gender") == "女"
        c["migrant"] += f.get("migrant_worker") is True
    names = dict(conn.execute(select(office.c.office_id, office.c.name)).all())
    offices = []
    for office_id in sorted(names):
        c = totals.get(office_id, Counter())
        offices.append({"office_id": office_id, "name": names[office_id],
                        "members": c["members"], "female": c["female"], "migrant": c["migrant"],
                        "joiners": joiners[office_id], "exits": dict(exits[office_id])})
    total = {k: sum(o[k] for o in offices) for k in ("members", "female", "migrant", "joiners")}
    total["exits"] = dict(sum((Counter(o["exits"]) for o in offices), Counter()))
    return {"as_of": day, "offices": offices, "total": total}


def to_xlsx(stats: dict[str, Any]) -> bytes:
    import xlsxwriter

    exit_kinds = sorted({k for o in stats["offices"] for k in o["exits"]})
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    sheet = book.add_worksheet("会员统计")
    bold = book.add_format({"bold": True})
    sheet.write(0, 0, f"会员统计（截至 {stats['as_of']}）", bold)
    head = ["单位编号", "基层工会", "会员人数", "其中女性", "其中农民工", "本年新入会"] + \
        [f"本年{k}" for k in exit_kinds]
    sheet.write_row(2, 0, head, bold)
    rows = [[o["office_id"], o["name"], o["members"], o["female"], o["migrant"], o["joiners"]]
            + [o["exits"].get(k, 0) for k in exit_kinds] for o in stats["offices"]]
    t = stats["total"]
    rows.append(["合计", "", t["members"], t["female"], t["migrant"], t["joiners"]]
                + [t["exits"].get(k, 0) for k in exit_kinds])
    for i, row in enumerate(rows):
        sheet.write_row(3 + i, 0, row)
    sheet.set_column(0, 1, 18)
    book.close()
    return buf.getvalue()
