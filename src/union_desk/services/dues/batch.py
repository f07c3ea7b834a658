"""Saving a month's batch-entry grid in SQL: a 100,000-row 工资代扣 batch in one transaction.

The ticked rows go once into a TEMP table; who owes (services.dues.month), what is still owed
(charge or rule amount minus what was paid) and the inserts with audit/outbox
(db.bulk) are set operations. Python only checks each row's own fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from union_desk.core import dues as rules
from union_desk.core.dues import METHODS
from union_desk.db.base import now_ms
from union_desk.db.bulk import bulk_create
from union_desk.db.models import DuesPayment
from union_desk.db.tracking import actor_of
from union_desk.errors import ValidationError
from union_desk.services.dues import common as c
from union_desk.services.dues import month as mo
from union_desk.services.dues.dto import BatchEntry, BatchResult

BATCH = "_dues_batch"
PAY = "_dues_batch_pay"
MULTI = "_dues_batch_multi"


def save_batch_in(s: Session, month: str, entries: Sequence[BatchEntry], day: dt.date
                  ) -> BatchResult:
    conn = s.connection()
    rows, errors, seen = [], {}, set()
    for seq, e in enumerate(entries):
        mid = e.member_id
        if mid in seen:
            errors[mid] = "在本批中重复"
            continue
        seen.add(mid)
        fen = None
        try:
            if not (e.amount is None or e.amount == ""):
                fen = rules.to_fen(c.money(e.amount, label="缴费金额"))
            if e.method not in METHODS:
                c.check_method(e.method)
        except ValidationError as exc:
            errors[mid] = exc.message
            continue
        rows.append((seq, mid, fen, e.method, e.receipt_no.strip()))
    for t in (BATCH, PAY, MULTI):
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{t}")
    conn.exec_driver_sql(f"CREATE TEMP TABLE {BATCH} (seq INTEGER, member_id TEXT, "
                         "fen INTEGER, method TEXT, receipt TEXT)")
    # stored in member order: the joins below then probe every member-keyed index front to
    # back instead of at random (grid order is branch and name)
    rows.sort(key=lambda r: r[1])
    if rows:  # an empty list would run the INSERT once without parameters
        conn.exec_driver_sql(f"INSERT INTO temp.{BATCH} VALUES (?, ?, ?, ?, ?)", rows)
    mo.build_owing(s, month)
    for (mid,) in conn.exec_driver_sql(
            f"SELECT b.member_id FROM temp.{BATCH} b "
            f"LEFT JOIN temp.{mo.OWING} o ON o.member_id = b.member_id "
            "WHERE o.member_id IS NULL"):
        errors[mid] = f"{month} 无须缴纳会费（非在会会员或未入会）"
    if errors:
        bad = list(errors)[:c.CHUNK]
        names = dict(conn.exec_driver_sql(
            f"SELECT id, name FROM member WHERE id IN ({','.join('?' * len(bad))})",
            tuple(bad)).all())
        raise ValidationError(f"有 {len(errors)} 行无法登记，本批未保存", field_errors={
            k: f"{names[k]}：{v}" if k in names else v for k, v in errors.items()})
    rule, rate = c.rule_for(s, month)
    p = mo.params(month)
    # multi-month entries split by core.dues.allocate (rare): their share of this month
    conn.exec_driver_sql(f"CREATE TEMP TABLE {MULTI} (member_id TEXT PRIMARY KEY, fen INTEGER)")
    multi = c.month_paid_fen(s, month, multi_only=True)
    if multi:
        conn.exec_driver_sql(f"INSERT INTO temp.{MULTI} VALUES (?, ?)", list(multi.items()))
    due = f"COALESCE(ch.amount, {mo.amount_sql('o.base', rule, rate)}, 0)"
    paid = ("COALESCE((SELECT SUM(p.amount) FROM dues_payment p INDEXED BY ix_dues_payment_month_cover "
            "WHERE p.first_month = :month "
            "AND p.member_id = b.member_id AND NOT p.deleted AND instr(p.months, ',') = 0), 0) "
            "+ COALESCE(x.fen, 0)")
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE {PAY} AS SELECT b.seq AS seq, b.member_id AS member_id, "
        f"COALESCE(b.fen, {due} - ({paid})) AS fen, b.method AS method, b.receipt AS receipt "
        f"FROM temp.{BATCH} b JOIN temp.{mo.OWING} o ON o.member_id = b.member_id "
        # the covering month index holds the amount: no table lookups
        "LEFT JOIN dues_charge ch INDEXED BY ix_dues_charge_month_cover "
        "ON ch.month = :month AND ch.member_id = b.member_id AND NOT ch.deleted "
        f"LEFT JOIN temp.{MULTI} x ON x.member_id = b.member_id", p)
    count, total = conn.exec_driver_sql(
        f"SELECT COUNT(*), COALESCE(SUM(fen), 0) FROM temp.{PAY} WHERE fen > 0").one()
    ids = bulk_create(s, DuesPayment, select_sql=(
        "SELECT member_id, fen, :month, :month, :day, method, receipt, :actor, :stamp, NULL, NULL, "
        # member order: the member-first index is then written front to back
        f"NULL, '' FROM temp.{PAY} WHERE fen > 0 ORDER BY member_id"),
        params=p | {"day": day.isoformat(), "actor": actor_of(s), "stamp": now_ms()},
        return_ids=True, summary={"batch_entry": month, "paid_on": day.isoformat()})
    for t in (BATCH, PAY, MULTI):
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{t}")
    mo.drop_owing(s)
    assert len(ids) == count
    return BatchResult(month, count, rules.from_fen(total), tuple(ids))
