"""Dues payments: single entries, reversals, and the month's batch-entry grid.

Payments are an append-only ledger: nothing here updates or deletes a payment row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from union_desk.core import dues as rules
from union_desk.core.roles import Perm
from union_desk.db.base import now_ms
from union_desk.db.bulk import bulk_create
from union_desk.db.models import DuesPayment
from union_desk.db.rowjson import tracked_columns
from union_desk.db.tracking import actor_of
from union_desk.errors import Conflict, NotFound, ValidationError
from union_desk.services.dues import common as c
from union_desk.services.dues import month as mo
from union_desk.services.context import ServiceContext
from union_desk.services.dues.batch import save_batch_in
from union_desk.services.dues.dto import (BatchEntry, BatchResult, GridRow, PaymentDTO,
                                          ReversalResult)


@dataclass(frozen=True)
class PaymentInput:
    """A new entry: used for corrections (reverse + replace) and by the GUI form."""

    amount: Decimal | str
    months: Sequence[str]
    paid_on: dt.date | None = None
    method: str = "现金"
    receipt_no: str = ""
    note: str = ""


def payment_dto(p: DuesPayment, reversed_by: str | None = None) -> PaymentDTO:
    return PaymentDTO(p.id, p.member_id, p.amount, tuple(p.months.split(",")), p.paid_on,
                      p.method, p.receipt_no, p.recorded_by, p.reverses_id, reversed_by,
                      p.import_batch_id, p.note)


def check_paid_on(paid_on: dt.date | None) -> dt.date:
    day = paid_on or c.today()
    if day > c.today():
        raise ValidationError("缴费日期不能晚于今天", field="paid_on")
    return day


class DuesPaymentService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def record_payment(self, member_id: str, amount: object, months: Sequence[str],
                       paid_on: dt.date | None = None, method: str = "现金",
                       receipt_no: str = "", note: str = "") -> PaymentDTO:
        self.ctx.require(Perm.DUES_WRITE)
        entry = PaymentInput(c.money(amount, label="缴费金额"), months, paid_on, method,
                             receipt_no, note)
        with self.ctx.uow() as s:
            p = self._add(s, member_id, entry)
            return payment_dto(p)

    def reverse_payment(self, payment_id: str, reason: str,
                        replacement: PaymentInput | None = None) -> ReversalResult:
        """A reversal entry cancelling ``payment_id``; optionally the corrected entry too."""
        self.ctx.require(Perm.DUES_WRITE)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("冲销须填写原因", field="reason")
        with self.ctx.uow() as s:
            orig = s.get(DuesPayment, payment_id)
            if orig is None or orig.deleted:
                raise NotFound("找不到该缴费记录")
            if orig.reverses_id:
                raise Conflict("冲销记录本身不能再冲销；如需更正请重新登记")
            done = s.scalar(select(DuesPayment.id).where(DuesPayment.reverses_id == orig.id,
                                                         DuesPayment.deleted.is_(False)))
            if done:
                raise Conflict("该缴费记录已经冲销过")
            rev = DuesPayment(member_id=orig.member_id, amount=-orig.amount, months=orig.months,
                              first_month=orig.first_month, paid_on=c.today(),
                              method=orig.method, receipt_no=orig.receipt_no,
                              recorded_by=actor_of(s), recorded_ms=now_ms(),
                              reverses_id=orig.id, note=f"冲销：{reason}"[:200])
            s.add(rev)
            new = self._add(s, orig.member_id, replacement) if replacement else None
            s.flush()
            return ReversalResult(payment_dto(rev), payment_dto(new) if new else None)

    def payments(self, member_id: str) -> list[PaymentDTO]:
        self.ctx.require(Perm.DUES_READ)
        with self.ctx.read() as s:
            return member_payments(s, member_id)

    # ---- batch entry -------------------------------------------------------------------

    def batch_grid(self, month: str, branch_id: str | None = None) -> list[GridRow]:
        """Every member owing ``month`` with the computed due and what was paid so far.
        IDs are masked; the GUI reveals one through the members service (logged)."""
        self.ctx.require(Perm.DUES_READ)
        month = c.check_month(month)
        with self.ctx.read() as s:
            return grid_rows(s, month, branch_id, False)

    def save_batch(self, month: str, entries: Sequence[BatchEntry],
                   paid_on: dt.date | None = None) -> BatchResult:
        """Record the ticked rows in one transaction; any bad row records nothing."""
        self.ctx.require(Perm.DUES_WRITE)
        month = c.check_month(month)
        day = check_paid_on(paid_on)
        with self.ctx.uow() as s:
            return save_batch_in(s, month, entries, day)

    # ---- internals ---------------------------------------------------------------------

    def _add(self, s: Session, member_id: str, entry: PaymentInput) -> DuesPayment:
        amount = c.money(entry.amount, label="缴费金额")
        if amount <= 0:
            raise ValidationError("缴费金额须大于 0", field="amount")
        months = c.payment_months(entry.months)
        day = check_paid_on(entry.paid_on)
        method = c.check_method(entry.method)
        m = c.member_or_error(s, member_id)
        events = c.events_by_member(s, [member_id]).get(member_id, [])
        bad = [mo for mo in months if not rules.owes_in_month(mo, m.status, m.joined_on, events)]
        if bad:
            raise ValidationError(f"{m.name} 在 {'、'.join(bad)} 不是应缴会费的会员，不能登记缴费",
                                  field="months")
        p = DuesPayment(member_id=member_id, amount=amount, months=",".join(months),
                        first_month=months[0], paid_on=day, method=method,
                        receipt_no=entry.receipt_no.strip(), recorded_by=actor_of(s),
                        recorded_ms=now_ms(), note=entry.note.strip()[:200])
        s.add(p)
        s.flush()
        return p


# bulk rows are tuples in this (mapper) order, values in storage form
PAYMENT_COLUMNS = ["member_id", "amount", "months", "first_month", "paid_on", "method",
                   "receipt_no", "recorded_by", "recorded_ms", "reverses_id", "import_batch_id",
                   "source_key", "note"]


def payment_row(member_id: str, amount: Decimal, months: str, paid_on: dt.date, method: str,
                receipt_no: str, actor: str, stamp: int, *, batch: str | None = None,
                source_key: str | None = None, note: str = "") -> tuple:
    return (member_id, rules.to_fen(amount), months, months.split(",", 1)[0],
            paid_on.isoformat(), method, receipt_no, actor, stamp, None, batch, source_key, note)


def insert_payments(s: Session, rows: list[tuple]) -> list[str]:
    """Set-based insert + audit/outbox for many ledger entries (batch entry, imports)."""
    assert tracked_columns(DuesPayment) == PAYMENT_COLUMNS
    return bulk_create(s, DuesPayment, rows, return_ids=True)


def member_payments(s: Session, member_id: str) -> list[PaymentDTO]:
    rows = s.scalars(select(DuesPayment).where(DuesPayment.member_id == member_id,
                                               DuesPayment.deleted.is_(False))
                     .order_by(DuesPayment.first_month, DuesPayment.recorded_ms)).all()
    reversed_by = {p.reverses_id: p.id for p in rows if p.reverses_id}
    return [payment_dto(p, reversed_by.get(p.id)) for p in rows]


def month_state(s: Session, month: str, branch_id: str | None = None):
    """(owing members, bases, due fen, paid fen) for a month: a generated charge is what the
    member owes; before generation, the rule's amount from the current base."""
    owing, bases = mo.owing(s, month)
    if branch_id is not None:
        owing = [m for m in owing if m.branch_id == branch_id]
    rule, rate = c.rule_for(s, month)
    charged = c.month_charges_fen(s, month)
    paid = c.month_paid_fen(s, month)
    due: dict[str, int] = {}
    by_base: dict[Decimal, int] = {}
    for m in owing:
        fen = charged.get(m.id)
        if fen is None:
            base = bases.get(m.id, rules.ZERO)
            fen = by_base.get(base)
            if fen is None:
                fen = by_base[base] = rules.to_fen(rules.monthly_due(base, rate, rule))
        due[m.id] = fen
    return owing, bases, due, paid


def grid_rows(s: Session, month: str, branch_id: str | None, unmasked: bool) -> list[GridRow]:
    owing, bases, due, paid = month_state(s, month, branch_id)
    names = c.branch_names(s)
    money: dict[int, Decimal] = {}  # few distinct amounts: convert each once

    def yuan(fen: int) -> Decimal:
        v = money.get(fen)
        if v is None:
            v = money[fen] = rules.from_fen(fen)
        return v

    out = []
    for m in owing:
        d, p = due[m.id], paid.get(m.id, 0)
        out.append(GridRow(m.id, m.name, c.id_shown(m.id_number, unmasked), m.branch_id,
                           names.get(m.branch_id, ""), bases.get(m.id, rules.ZERO), yuan(d),
                           yuan(p), yuan(d - p if d > p else 0)))
    return out
