"""Whole-month dues in SQL: who owes and how much, for 100,000 members without a Python loop.

These are set-based forms of ``core.dues.owes_in_month`` and ``core.dues.monthly_due`` (the
rules themselves); tests/service/test_dues_month.py checks both give the same answers.
SQLite only, like db.bulk: the office database is always SQLite.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from union_desk.core import dates
from union_desk.core import dues as rules
from union_desk.services.dues import common as c
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
    return {"month": month, "start": dates.month_start(month).isoformat(),
            "end": dates.month_end(month).isoformat()}


def build_owing(s: Session, month: str) -> None:
    """TEMP table OWING(member_id, branch_id, name, id_number, sort_key, base) for ``month``."""
    conn = s.connection()
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{OWING}")
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE {OWING} AS SELECT m.id AS member_id, m.branch_id AS branch_id, "
        f"m.name AS name, m.id_number AS id_number, m.sort_key AS sort_key, {_BASE} AS base "
        # stored in member order, so joins from it probe member-keyed indexes front to back;
        # the `|| ''` makes SQLite sort the result instead of walking the table by its id index
        f"FROM member m WHERE NOT m.deleted AND ({_OWES}) ORDER BY m.id || ''", params(month))
    # joined to 100,000-row batches: an index beats SQLite's per-statement automatic one
    conn.exec_driver_sql(f"CREATE UNIQUE INDEX temp.ix{OWING} ON {OWING} (member_id)")


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
