"""Read side of dues: a member's ledger, arrears, 自动退会 candidates, branch summaries,
and the annual 会费收缴台账."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from union_desk.core import dates
from union_desk.core import dues as rules
from union_desk.core.roles import Perm
from union_desk.db.models import DuesCharge, DuesPayment, Member, MemberEvent
from union_desk.services.dues import common as c
from union_desk.services.context import ServiceContext
from union_desk.services.setup import union_name_in
from union_desk.services.dues.dto import (AnnualLedgerDTO, AnnualLedgerRow, ArrearsRow,
                                          BranchSummaryDTO, BranchSummaryRow, LedgerMonth,
                                          MemberLedgerDTO)
from union_desk.services.dues.payments import member_payments
from union_desk.services.settings import get_in

EPOCH = "1990-01"
Z = rules.ZERO
f2d = rules.from_fen


class DuesLedgerService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def member_ledger(self, member_id: str, year: int | None = None) -> MemberLedgerDTO:
        """Charges, payments and balance per month; the balance is all-time (carried over)."""
        self.ctx.require(Perm.DUES_READ)
        with self.ctx.read() as s:
            m = c.member_or_error(s, member_id)
            last = dates.month_of(c.today())
            due = c.charges_fen(s, EPOCH, last, [member_id]).get(member_id, {})
            paid = c.paid_fen(s, EPOCH, last, [member_id]).get(member_id, {})
            bases = dict(s.execute(select(DuesCharge.month, DuesCharge.base).where(
                DuesCharge.member_id == member_id, DuesCharge.deleted.is_(False))).all())
            months = sorted(set(due) | set(paid))
            shown = [mo for mo in months if year is None or mo.startswith(f"{year:04d}-")]
            rows = tuple(LedgerMonth(mo, bases.get(mo), f2d(due.get(mo, 0)), f2d(paid.get(mo, 0)),
                                     f2d(due.get(mo, 0) - paid.get(mo, 0))) for mo in shown)
            pays = member_payments(s, member_id)
            if year is not None:
                pays = [p for p in pays if any(mo.startswith(f"{year:04d}-") for mo in p.months)]
            total_due, total_paid = sum(due.values()), sum(paid.values())
            return MemberLedgerDTO(m.id, m.name, rows, tuple(pays), f2d(total_due),
                                   f2d(total_paid), f2d(total_due - total_paid))

    def arrears(self, as_of: str | None = None, branch_id: str | None = None) -> list[ArrearsRow]:
        """Members with unpaid months up to ``as_of`` (default this month), across years."""
        self.ctx.require(Perm.DUES_READ)
        as_of = c.check_month(as_of or c.today())
        with self.ctx.read() as s:
            return arrears_rows(s, as_of, False, branch_id)  # masked: reveal via members service

    def auto_withdraw_candidates(self, as_of: str | None = None) -> list[ArrearsRow]:
        """Members with ≥ dues.arrears_alert_months consecutive unpaid months, for a person to
        review (章程: 自动退会). Nothing changes here; the members service records the event."""
        self.ctx.require(Perm.DUES_READ)
        as_of = c.check_month(as_of or c.today())
        with self.ctx.read() as s:
            limit = int(get_in(s, "dues.arrears_alert_months", on=dates.month_end(as_of)))
            return [r for r in arrears_rows(s, as_of, False)
                    if r.consecutive_unpaid >= limit]

    def branch_summary(self, month: str) -> BranchSummaryDTO:
        """应缴/实缴/欠缴 and collection rate per branch for one month (charged members)."""
        self.ctx.require(Perm.DUES_READ)
        month = c.check_month(month)
        with self.ctx.read() as s:
            return branch_summary_in(s, month)

    def annual_ledger(self, year: int) -> AnnualLedgerDTO:
        """会费收缴台账: one row per member charged in the year."""
        self.ctx.require(Perm.DUES_READ)
        year = c.check_year(year)
        with self.ctx.read() as s:
            return annual_in(s, year)


def branch_summary_in(s: Session, month: str) -> BranchSummaryDTO:
    names = c.branch_names(s)
    charged = s.execute(select(DuesCharge.member_id, DuesCharge.branch_id,
                               type_coerce(DuesCharge.amount, BigInteger))
                        .where(DuesCharge.deleted.is_(False), DuesCharge.month == month)).all()
    paid = c.month_paid_fen(s, month)
    acc: dict[str | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for mid, bid, due in charged:
        got = paid.get(mid, 0)
        a = acc[bid]
        a[0] += 1
        a[1] += got >= due
        a[2] += due
        a[3] += got
        a[4] += max(due - got, 0)
    rows = [_summary_row(bid, names.get(bid, "（已删除分会）"), a) for bid, a in
            sorted(acc.items(), key=lambda kv: names.get(kv[0], "~"))]
    tot = [sum(a[i] for a in acc.values()) for i in range(5)]
    return BranchSummaryDTO(union_name_in(s), month, tuple(rows), _summary_row(None, "合计", tot))


def _summary_row(bid, name, a) -> BranchSummaryRow:
    return BranchSummaryRow(bid, name, a[0], a[1], f2d(a[2]), f2d(a[3]), f2d(a[4]),
                            rules.collection_rate(f2d(a[2]), f2d(a[3])))


def arrears_rows(s: Session, as_of: str, unmasked: bool, branch_id: str | None = None
                 ) -> list[ArrearsRow]:
    # Narrow in SQL to members with any unpaid single-month charge or a multi-month entry,
    # then compute those members exactly.
    conn = s.connection()
    # per charge, one lookup in the covering (first_month, member_id, amount, months) index
    suspects = {r[0] for r in conn.exec_driver_sql(
        "SELECT DISTINCT ch.member_id FROM dues_charge ch INDEXED BY ix_dues_charge_month_cover "
        "WHERE NOT ch.deleted AND ch.month <= ? AND ch.amount > COALESCE(("
        " SELECT SUM(p.amount) FROM dues_payment p INDEXED BY ix_dues_payment_month_cover"
        " WHERE p.first_month = ch.month"
        " AND p.member_id = ch.member_id AND NOT p.deleted AND instr(p.months, ',') = 0), 0)",
        (as_of,))}
    suspects |= {r[0] for r in conn.exec_driver_sql(
        "SELECT DISTINCT member_id FROM dues_payment INDEXED BY ix_dues_payment_multi "
        "WHERE instr(months, ',') > 0 AND NOT deleted")}
    if not suspects:
        return []
    ids = sorted(suspects)
    due = c.charges_fen(s, EPOCH, as_of, ids)
    paid = c.paid_fen(s, EPOCH, as_of, ids)
    names = c.branch_names(s)
    people = {}
    for part in c.chunks(ids):
        for r in s.execute(select(Member.id, Member.name, Member.id_number, Member.branch_id,
                                  Member.status, Member.sort_key).where(Member.id.in_(part))):
            people[r.id] = r
    if branch_id is not None:
        ids = [i for i in ids if people[i].branch_id == branch_id]
    out = []
    for mid in sorted(ids, key=lambda i: (names.get(people[i].branch_id, ""), people[i].sort_key)):
        d, p = due.get(mid, {}), paid.get(mid, {})
        balances = [rules.MonthBalance(mo, f2d(d[mo]), f2d(p.get(mo, 0))) for mo in sorted(d)]
        owed = [b for b in balances if b.owed > 0]
        if not owed:
            continue
        who = people[mid]
        out.append(ArrearsRow(mid, who.name, c.id_shown(who.id_number, unmasked),
                              names.get(who.branch_id, ""), tuple(b.month for b in owed),
                              sum((b.owed for b in owed), Z), rules.consecutive_unpaid(balances),
                              who.status))
    return out


def annual_in(s: Session, year: int) -> AnnualLedgerDTO:
    first, last = f"{year:04d}-01", f"{year:04d}-12"
    conn = s.connection()
    # one pass over the year's charges in member order; with a single max() SQLite takes the
    # bare base/amount columns from the latest month's row (documented SQLite behaviour)
    data = conn.exec_driver_sql(
        "SELECT m.id, m.name, m.branch_id, a.base, a.amount, a.n, a.due, m.sort_key FROM "
        "(SELECT member_id, MAX(month) AS last, base, amount, COUNT(*) AS n, SUM(amount) AS due "
        " FROM dues_charge INDEXED BY ix_dues_charge_month_cover "
        " WHERE NOT deleted AND month BETWEEN ? AND ? GROUP BY member_id) a "
        "JOIN member m ON m.id = a.member_id", (first, last)).all()
    paid = _year_paid(s, first, last)
    remarks = _remarks(s, year)
    names = c.branch_names(s)
    data.sort(key=lambda r: (names.get(r[2], ""), r[7]))
    money: dict[int, Decimal] = {}

    def yuan(fen: int) -> Decimal:  # amounts repeat a lot: convert each distinct one once
        v = money.get(fen)
        if v is None:
            v = money[fen] = f2d(fen)
        return v

    rows = []
    tot_due = tot_paid = tot_owed = paying = 0
    for i, (mid, name, bid, base, monthly, n, due, _key) in enumerate(data, 1):
        got = paid.get(mid, 0)
        owed = due - got if due > got else 0
        tot_due += due
        tot_paid += got
        tot_owed += owed
        paying += got > 0
        remark = remarks.get(mid, "")
        if got > due:
            remark = f"{remark}；多缴 {f2d(got - due)}".lstrip("；")
        rows.append(AnnualLedgerRow(i, mid, name, names.get(bid, ""), yuan(base), yuan(monthly),
                                    n, yuan(due), yuan(got), yuan(owed), remark))
    return AnnualLedgerDTO(union_name_in(s), year, len(rows), paying, f2d(tot_due),
                           f2d(tot_paid), f2d(tot_owed), tuple(rows))


def _year_paid(s: Session, first: str, last: str) -> dict[str, int]:
    """Net paid per member for the year's months (SQL sum for single-month entries)."""
    conn = s.connection()
    out: dict[str, int] = dict(conn.exec_driver_sql(
        "SELECT member_id, SUM(amount) FROM dues_payment WHERE NOT deleted "
        "AND instr(months, ',') = 0 AND first_month BETWEEN ? AND ? GROUP BY member_id",
        (first, last)).all())
    multi = [r[0] for r in conn.exec_driver_sql(
        "SELECT DISTINCT member_id FROM dues_payment WHERE NOT deleted AND instr(months, ',') > 0 "
        "AND first_month BETWEEN ? AND ?",
        (dates.add_months(first, -rules.MAX_MONTHS_PER_PAYMENT), last))]
    if multi:
        exact = c.paid_fen(s, first, last, multi)
        for mid in multi:
            out[mid] = sum(exact.get(mid, {}).values())
    return out


def _remarks(s: Session, year: int) -> dict[str, str]:
    """备注: the year's 会籍 events (入会 2026-03、保留会籍 2026-08 ...)."""
    rows = s.execute(select(MemberEvent.member_id, MemberEvent.kind, MemberEvent.event_date)
                     .where(MemberEvent.deleted.is_(False),
                            MemberEvent.event_date.between(dt.date(year, 1, 1),
                                                           dt.date(year, 12, 31)))
                     .order_by(MemberEvent.event_date)).all()
    out: dict[str, list[str]] = defaultdict(list)
    for mid, kind, day in rows:
        out[mid].append(f"{kind} {dates.month_of(day)}")
    return {k: "、".join(v) for k, v in out.items()}
