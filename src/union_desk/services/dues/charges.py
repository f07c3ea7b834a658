"""Wage bases (缴费基数) and the monthly charges generated from them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from union_desk.core import dues as rules
from union_desk.core.roles import Perm
from union_desk.db.bulk import bulk_create
from union_desk.db.models import DuesCharge, DuesWageBase
from union_desk.db.rowjson import tracked_columns
from union_desk.errors import ValidationError
from union_desk.services.dues import common as c
from union_desk.services.dues import month as mo
from union_desk.services.context import ServiceContext
from union_desk.services.dues.dto import GenerateResult, WageBaseDTO

# bulk rows are tuples in this (mapper) order
CHARGE_COLUMNS = ["member_id", "month", "branch_id", "base", "rule", "amount"]


def _base_dto(row: DuesWageBase) -> WageBaseDTO:
    return WageBaseDTO(row.id, row.member_id, row.base, row.pay_system, row.effective_from,
                       row.note)


class DuesChargeService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ---- wage bases --------------------------------------------------------------------

    def set_wage_base(self, member_id: str, base: object, effective_from: dt.date,
                      pay_system: str = "企业", note: str = "") -> WageBaseDTO:
        """Record a 缴费基数 from a date on (history is kept; later months use the newest)."""
        self.ctx.require(Perm.DUES_WRITE)
        amount = c.money(base, label="缴费基数", field="base")
        if pay_system not in rules.PAY_SYSTEMS:
            raise ValidationError(f"工资类别只能是：{' / '.join(rules.PAY_SYSTEMS)}",
                                  field="pay_system")
        if not isinstance(effective_from, dt.date):
            raise ValidationError("请填写生效日期", field="effective_from")
        with self.ctx.uow() as s:
            c.member_or_error(s, member_id)
            row = DuesWageBase(member_id=member_id, base=amount, pay_system=pay_system,
                               effective_from=effective_from, note=note.strip())
            s.add(row)
            s.flush()
            return _base_dto(row)

    def wage_bases(self, member_id: str) -> list[WageBaseDTO]:
        self.ctx.require(Perm.DUES_READ)
        with self.ctx.read() as s:
            rows = s.scalars(select(DuesWageBase).where(
                DuesWageBase.member_id == member_id, DuesWageBase.deleted.is_(False))
                .order_by(DuesWageBase.effective_from, DuesWageBase.mtime_ms)).all()
            return [_base_dto(r) for r in rows]

    # ---- charges -----------------------------------------------------------------------

    def generate_month(self, month: str) -> GenerateResult:
        """Charge every owing member for ``month``. Running it again adds nothing; a base
        or rule change re-computes unpaid charges (audited); paid ones are left alone."""
        self.ctx.require(Perm.DUES_WRITE)
        month = c.check_month(month)
        with self.ctx.uow() as s:
            return generate_in(s, month)


def generate_in(s: Session, month: str) -> GenerateResult:
    rule, rate = c.rule_for(s, month)
    mo.build_owing(s, month)
    conn = s.connection()
    p = mo.params(month) | {"rule": rule}
    amt = mo.amount_sql("o.base", rule, rate)
    owing = f"temp.{mo.OWING} o"
    live = ("JOIN dues_charge ch ON ch.member_id = o.member_id AND ch.month = :month "
            "AND NOT ch.deleted")
    with_base, total = conn.exec_driver_sql(
        f"SELECT COUNT(*), COALESCE(SUM({amt}), 0) FROM {owing} WHERE o.base IS NOT NULL", p).one()
    missing = tuple(r[0] for r in conn.exec_driver_sql(
        f"SELECT o.member_id FROM {owing} WHERE o.base IS NULL ORDER BY o.member_id"))
    # a month generated for the first time (the usual case) has no charges to compare with:
    # skip three passes that would probe the charge index once per member for nothing
    first_time = conn.exec_driver_sql(
        "SELECT 1 FROM dues_charge WHERE month = :month AND NOT deleted LIMIT 1", p).first() is None
    matched, changed, gone = 0, [], []
    if not first_time:
        matched = conn.exec_driver_sql(
            f"SELECT COUNT(*) FROM {owing} {live} WHERE o.base IS NOT NULL", p).scalar()
        changed = conn.exec_driver_sql(
            f"SELECT ch.id, ch.member_id, o.base, {amt}, ch.amount FROM {owing} {live} "
            f"WHERE o.base IS NOT NULL AND (ch.base != o.base OR ch.rule != :rule "
            f"OR ch.amount != {amt})", p).all()
        gone = conn.exec_driver_sql(
            "SELECT ch.id, ch.member_id FROM dues_charge ch WHERE ch.month = :month "
            f"AND NOT ch.deleted AND ch.member_id NOT IN (SELECT member_id FROM temp.{mo.OWING})",
            p).all()
    assert tracked_columns(DuesCharge) == CHARGE_COLUMNS
    not_charged = "" if first_time else (
        "AND NOT EXISTS (SELECT 1 FROM dues_charge ch WHERE ch.member_id = o.member_id "
        "AND ch.month = :month AND NOT ch.deleted) ")
    bulk_create(s, DuesCharge, select_sql=(
        f"SELECT o.member_id, :month, o.branch_id, o.base, :rule, {amt} FROM {owing} "
        f"WHERE o.base IS NOT NULL {not_charged}"
        f"ORDER BY o.member_id"), params=p, summary={"generate_month": month})
    mo.drop_owing(s)
    touched = [r[1] for r in changed] + [r[1] for r in gone]
    paid = c.paid_fen(s, month, month, touched) if touched else {}
    kept_paid = 0
    # few rows: the ORM path audits each changed field and queues the outbox upsert
    for charge_id, mid, base, amount, old_amount in changed:
        if paid.get(mid, {}).get(month, 0) > 0:
            kept_paid += 1
            total += old_amount - amount  # a paid month stays as charged
            continue
        ch = s.get(DuesCharge, charge_id)
        ch.base, ch.amount, ch.rule = rules.from_fen(base), rules.from_fen(amount), rule
    removed = 0
    for charge_id, mid in gone:
        if paid.get(mid, {}).get(month, 0) <= 0:
            s.get(DuesCharge, charge_id).deleted = True  # status changed back-dated: not owed
            removed += 1
    s.flush()
    return GenerateResult(month, rule, with_base - matched, len(changed) - kept_paid,
                          matched - len(changed), kept_paid, removed, missing,
                          rules.from_fen(total))
