"""Whole-month dues in SQL: who owes and how much, for 100,000 members without a Python loop.

These are set-based forms of ``core.dues.owes_in_month`` and ``core.dues.monthly_due`` (the
rules themselves); tests/service/test_dues_month.py checks both give the same answers.
SQLite only, like services.dues_bulk: the office database is always SQLite.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from union_desk.core import dues as rules
from union_desk.services import dues_common as c

OWING = "_dues_owing"
_D = "(" + ", ".join(f"'{v}'" for v in sorted(c.DUES_VALUES)) + ")"

# A member owes for a month when 在会/转出中 at any time in it (core.dues.owes_in_month):
#  - no 会籍 events: the current status and the 入会 date decide;
#  - an event inside the month that leaves or enters a paying status: owes;
#  - otherwise the status at the start of the month: the last earlier event's result, or what
#    preceded the first event (nobody owes before 入会).
_OWES = f"""
CASE
  WHEN NOT EXISTS (SELECT 1 FROM member_event e WHERE e.member_id = m.id AND NOT e.deleted)
    THEN m.status IN {_D} AND (m.joined_on IS NULL OR m.joined_on <= :end)
  WHEN EXISTS (SELECT 1 FROM member_event e WHERE e.member_id = m.id AND NOT e.deleted
               AND e.event_date BETWEEN :start AND :end
               AND (e.status_before IN {_D} OR e.status_after IN {_D}))
    THEN 1
  ELSE COALESCE(
    (SELECT e.status_after IN {_D} FROM member_event e
      WHERE e.member_id = m.id AND NOT e.deleted AND e.event_date < :start
      ORDER BY e.event_date DESC, e.recorded_ms DESC LIMIT 1),
    (SELECT e.status_before IN {_D} FROM member_event e
      WHERE e.member_id = m.id AND NOT e.deleted ORDER BY e.event_date, e.recorded_ms LIMIT 1)
    AND (m.joined_on IS NULL OR m.joined_on <= :end))
END"""

# 缴费基数 in force at the end of the month, else the roster wage (integer fen)
_BASE = """COALESCE(
  (SELECT w.base FROM dues_wage_base w WHERE w.member_id = m.id AND NOT w.deleted
     AND w.effective_from <= :end ORDER BY w.effective_from DESC, w.mtime_ms DESC LIMIT 1),
  m.monthly_wage)"""


def amount_sql(base: str, rule: str, rate: Decimal) -> str:
    """SQL for monthly_due on an integer-fen base: exact integer arithmetic, half-up."""
    p, q = rate.as_integer_ratio()
    if rule == rules.NATIONAL:
        base = f"(({base} / 1000) * 1000)"  # whole 10 元 (integer division of fen)
    elif rule != rules.PAYROLL:
        raise ValueError(f"unknown dues rule {rule!r}")
    return f"(({base} * {2 * p} + {q}) / {2 * q})"


def params(month: str) -> dict[str, str]:
    return {"month": month, "start": rules.month_start(month).isoformat(),
            "end": rules.month_end(month).isoformat()}


def build_owing(s: Session, month: str) -> None:
    """TEMP table OWING(member_id, branch_id, name, id_number, sort_key, base) for ``month``."""
    conn = s.connection()
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{OWING}")
    # keyed by member (WITHOUT ROWID) and filled in member order: rows append to the key,
    # and the 100,000-row batches joined to it need no separate index
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE {OWING} (member_id TEXT PRIMARY KEY, branch_id TEXT, name TEXT, "
        "id_number TEXT, sort_key TEXT, base INTEGER) WITHOUT ROWID")
    conn.exec_driver_sql(
        f"INSERT INTO temp.{OWING} SELECT m.id, m.branch_id, m.name, m.id_number, m.sort_key, "
        f"{_BASE} FROM member m WHERE NOT m.deleted AND ({_OWES}) "
        # the `|| ''` makes SQLite sort the result instead of walking the table by its id index
        "ORDER BY m.id || ''", params(month))


def drop_owing(s: Session) -> None:
    s.connection().exec_driver_sql(f"DROP TABLE IF EXISTS temp.{OWING}")


def owing(s: Session, month: str) -> tuple[list[c.MemberLite], dict[str, Decimal]]:
    """Owing members in roster order and their bases (members without a base are left out
    of the bases)."""
    build_owing(s, month)
    rows = s.connection().exec_driver_sql(
        f"SELECT member_id, name, id_number, branch_id, base FROM temp.{OWING} "
        "ORDER BY branch_id, sort_key").all()
    drop_owing(s)
    cache: dict[int, Decimal] = {}
    members, bases = [], {}
    for mid, name, idn, branch, base in rows:
        members.append(c.MemberLite(mid, name, idn, branch, "", None))
        if base is not None:
            d = cache.get(base)
            if d is None:
                d = cache[base] = rules.from_fen(base)
            bases[mid] = d
    return members, bases
