"""Optional 工会经费 records: the employer's 2% of payroll and the upward share.

Not dues: 会费 stay 100% with the basic union; this is for the report to the superior union.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from union_desk.core import dates
from union_desk.core import dues as rules
from union_desk.core.roles import Perm
from union_desk.db.models import UnionFundsRecord
from union_desk.errors import ValidationError
from union_desk.services.dues import common as c
from union_desk.services.context import ServiceContext
from union_desk.services.dues.dto import FundsDTO
from union_desk.services.settings import get_in


def _dto(r: UnionFundsRecord) -> FundsDTO:
    return FundsDTO(r.id, r.month, r.payroll_total, Decimal(r.rate), r.amount,
                    Decimal(r.upper_share), r.upper_amount, r.basic_amount, r.paid_on, r.note)


class UnionFundsService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def record(self, month: str, payroll_total: object, paid_on: dt.date | None = None,
               note: str = "") -> FundsDTO:
        """Record (or correct) a month's 工会经费; the split uses the settings of that month."""
        self.ctx.require(Perm.DUES_WRITE)
        month = c.check_month(month)
        total = c.money(payroll_total, label="工资总额", field="payroll_total")
        if paid_on is not None and paid_on > c.today():
            raise ValidationError("拨缴日期不能晚于今天", field="paid_on")
        with self.ctx.uow() as s:
            on = dates.month_end(month)
            rate = Decimal(str(get_in(s, "funds.rate", on=on)))
            share = Decimal(str(get_in(s, "funds.upper_share", on=on)))
            amount, upper, basic = rules.funds_split(total, rate, share)
            row = s.scalar(select(UnionFundsRecord).where(UnionFundsRecord.month == month,
                                                          UnionFundsRecord.deleted.is_(False)))
            if row is None:
                row = UnionFundsRecord(month=month)
                s.add(row)
            row.payroll_total, row.rate, row.amount = total, str(rate), amount
            row.upper_share, row.upper_amount, row.basic_amount = str(share), upper, basic
            row.paid_on, row.note = paid_on, note.strip()[:200]
            s.flush()
            return _dto(row)

    def year(self, year: int) -> list[FundsDTO]:
        self.ctx.require(Perm.DUES_READ)
        year = c.check_year(year)
        with self.ctx.read() as s:
            return funds_in(s, year)


def funds_in(s: Session, year: int) -> list[FundsDTO]:
    rows = s.scalars(select(UnionFundsRecord).where(
        UnionFundsRecord.deleted.is_(False),
        UnionFundsRecord.month.between(f"{year:04d}-01", f"{year:04d}-12"))
        .order_by(UnionFundsRecord.month)).all()
    return [_dto(r) for r in rows]
