"""Wage bases (缴费基数) and the monthly charges generated from them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, select, type_coerce
from sqlalchemy.orm import Session

from union_desk.core import dues as rules
from union_desk.core.roles import Perm
from union_desk.db.models import DuesCharge, DuesWageBase
from union_desk.errors import ValidationError
from union_desk.services import dues_common as c
from union_desk.services.context import ServiceContext
from union_desk.services.dues_bulk import bulk_create, tracked_columns
from union_desk.services.dues_dto import GenerateResult, WageBaseDTO

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
    owing = c.owing_members(s, month)
    bases = c.bases_on(s, month, owing)
    existing = {ch.member_id: ch for ch in s.execute(
        select(DuesCharge.id, DuesCharge.member_id, type_coerce(DuesCharge.base, BigInteger)
               .label("base"), type_coerce(DuesCharge.amount, BigInteger).label("amount"),
               DuesCharge.rule).where(DuesCharge.deleted.is_(False), DuesCharge.month == month))}
    paid = c.paid_fen(s, month, month)
    created: list[tuple] = []
    recompute: list[tuple[str, Decimal, Decimal]] = []
    unchanged = kept_paid = 0
    missing: list[str] = []
    total = 0
    due_cache: dict[Decimal, Decimal] = {}  # many members share a base
    owing_ids = set()
    for m in owing:
        owing_ids.add(m.id)
        base = bases.get(m.id)
        if base is None:
            missing.append(m.id)
            continue
        amount = due_cache.get(base)
        if amount is None:
            amount = due_cache[base] = rules.monthly_due(base, rate, rule)
        total += rules.to_fen(amount)
        old = existing.get(m.id)
        if old is None:
            created.append((m.id, month, m.branch_id, rules.to_fen(base), rule,
                            rules.to_fen(amount)))
        elif (old.base, old.amount, old.rule) == (rules.to_fen(base), rules.to_fen(amount), rule):
            unchanged += 1
        elif paid.get(m.id, {}).get(month, 0) > 0:
            kept_paid += 1
            total += old.amount - rules.to_fen(amount)
        else:
            recompute.append((old.id, base, amount))
    assert tracked_columns(DuesCharge) == CHARGE_COLUMNS
    bulk_create(s, DuesCharge, created)
    # few rows: the ORM path audits each changed field and queues the outbox upsert
    for charge_id, base, amount in recompute:
        ch = s.get(DuesCharge, charge_id)
        ch.base, ch.amount, ch.rule = base, amount, rule
    removed = 0
    for mid, old in existing.items():
        if mid not in owing_ids and paid.get(mid, {}).get(month, 0) <= 0:
            s.get(DuesCharge, old.id).deleted = True  # status changed back-dated: not owed
            removed += 1
    s.flush()
    return GenerateResult(month, rule, len(created), len(recompute), unchanged, kept_paid,
                          removed, tuple(missing), rules.from_fen(total))
