"""Dues (会费) aggregate: wage bases, monthly charges, the payment ledger, 工会经费 records."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from union_desk.db.base import Base, SyncMixin
from union_desk.db.spec import EntitySpec
from union_desk.db.types import Money

_LIVE = text("NOT deleted")


class DuesWageBase(SyncMixin, Base):
    """A member's 缴费基数 from a date on; the history is the rows ordered by effective_from."""

    __tablename__ = "dues_wage_base"
    __table_args__ = (Index("ix_dues_wage_base_member", "member_id", "effective_from"),)

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), nullable=False)
    base: Mapped[Decimal] = mapped_column(Money, nullable=False)
    pay_system: Mapped[str] = mapped_column(String(4), default="企业")  # 企业/机关/事业/工人
    effective_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(String(200), default="")


DUES_WAGE_BASE_SPEC = EntitySpec(DuesWageBase, "缴费基数", fields={
    "member_id": "会员", "base": "缴费基数", "pay_system": "工资制度", "effective_from": "生效日期",
    "note": "备注"})


# The office database is always SQLite (the sync server keeps its own tables): partial indexes
# name only sqlite_where. A postgresql_where here would load SQLAlchemy's PostgreSQL dialect
# (and asyncio) at every start-up just to check the keyword: ~70 ms before the sign-in window.


class DuesCharge(SyncMixin, Base):
    """What a member owes for one month (one live row per member and month)."""

    __tablename__ = "dues_charge"
    __table_args__ = (
        Index("ux_dues_charge_member_month", "member_id", "month", unique=True,
              sqlite_where=_LIVE),
        # covering (month-first): month lists, branch summaries and the yearly 台账 read
        # only this index; a new month's rows append at its end
        Index("ix_dues_charge_month_cover", "month", "member_id", "branch_id", "amount", "base",
              sqlite_where=_LIVE),
    )

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), nullable=False)
    month: Mapped[str] = mapped_column(String(7), nullable=False)  # 'YYYY-MM'
    # branch when charged, so per-branch summaries of past months stay put after a move
    branch_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    base: Mapped[Decimal] = mapped_column(Money, nullable=False)
    rule: Mapped[str] = mapped_column(String(8), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money, nullable=False)


DUES_CHARGE_SPEC = EntitySpec(DuesCharge, "应缴会费", fields={
    "member_id": "会员", "month": "月份", "branch_id": "所属分会", "base": "缴费基数",
    "rule": "计算规则", "amount": "应缴金额"})


class DuesPayment(SyncMixin, Base):
    """One immutable ledger entry. A correction is a reversal (reverses_id, negative amount)."""

    __tablename__ = "dues_payment"
    __sync_append_only__ = True
    __table_args__ = (
        Index("ix_dues_payment_member", "member_id", "first_month"),
        Index("ix_dues_payment_month_cover", "first_month", "member_id", "amount", "months",
              sqlite_where=_LIVE),
        # the rare entries covering several months (allocated in Python)
        Index("ix_dues_payment_multi", "member_id", "first_month",
              sqlite_where=text("instr(months, ',') > 0")),
        # partial: most entries are neither reversals nor imports, so these stay tiny
        Index("ix_dues_payment_reverses", "reverses_id", sqlite_where=text("reverses_id IS NOT NULL")),
    )

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    months: Mapped[str] = mapped_column(String(400), nullable=False)  # 'YYYY-MM,YYYY-MM'
    first_month: Mapped[str] = mapped_column(String(7), nullable=False)
    paid_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    method: Mapped[str] = mapped_column(String(8), nullable=False)  # 工资代扣/现金/转账
    receipt_no: Mapped[str] = mapped_column(String(40), default="")
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_ms: Mapped[int] = mapped_column(BigInteger, nullable=False)
    reverses_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    import_batch_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # set by imports ('sheet:YYYY-MM:ID') so applying the same sheet twice adds nothing
    source_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")


DUES_PAYMENT_SPEC = EntitySpec(DuesPayment, "会费缴纳", fields={
    "member_id": "会员", "amount": "金额", "months": "所缴月份", "first_month": "起始月份",
    "paid_on": "缴费日期", "method": "缴费方式", "receipt_no": "收据号", "recorded_by": "经办人",
    "reverses_id": "冲正的记录", "note": "备注"})


class UnionFundsRecord(SyncMixin, Base):
    """工会经费: the employer's 2% of the month's payroll and the upward share (not dues)."""

    __tablename__ = "union_funds_record"
    __table_args__ = (Index("ux_union_funds_month", "month", unique=True,
                            sqlite_where=_LIVE),)

    month: Mapped[str] = mapped_column(String(7), nullable=False)
    payroll_total: Mapped[Decimal] = mapped_column(Money, nullable=False)
    rate: Mapped[str] = mapped_column(String(10), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    upper_share: Mapped[str] = mapped_column(String(10), nullable=False)
    upper_amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    basic_amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    paid_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")


UNION_FUNDS_RECORD_SPEC = EntitySpec(UnionFundsRecord, "工会经费", fields={
    "month": "月份", "payroll_total": "工资总额", "rate": "拨缴比例", "amount": "经费金额",
    "upper_share": "上解比例", "upper_amount": "上解金额", "basic_amount": "基层留成",
    "paid_on": "拨缴日期", "note": "备注"})
