"""Queries and checks shared by the dues services (run inside the caller's transaction).

Aggregates work in integer fen (the stored form) so 100,000-member months stay fast;
Decimal yuan only at the edges.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple
from decimal import Decimal

from sqlalchemy import BigInteger, String, select, type_coerce
from sqlalchemy.orm import Session

from union_desk.core import dates
from union_desk.core import dues as rules
from union_desk.core.idcard import mask
from union_desk.core.members import DUES_STATUSES
from union_desk.core.money import MoneyError, parse_money
from union_desk.db.models import Branch, DuesCharge, DuesPayment, DuesWageBase, Member, MemberEvent
from union_desk.errors import NotFound, ValidationError
from union_desk.services.settings import get_in

CHUNK = 900  # SQLite host-parameter budget per IN (...)
DUES_VALUES = frozenset(st.value for st in DUES_STATUSES)


def today() -> dt.date:
    return dt.date.today()


def check_month(value: object, *, field: str = "month") -> str:
    """A 'YYYY-MM' month that is not in the future."""
    try:
        month = dates.parse_month(value)
    except dates.MonthError as exc:
        raise ValidationError(str(exc), field=field) from None
    if month > dates.month_of(today()):
        raise ValidationError(f"月份 {month} 还没有到，不能登记将来月份的会费", field=field)
    return month


def check_year(year: object) -> int:
    try:
        y = int(str(year))
    except ValueError:
        raise ValidationError(f"年度“{year}”应为四位数字", field="year") from None
    if not 1990 <= y <= today().year:
        raise ValidationError(f"年度 {y} 不在可登记范围内", field="year")
    return y


def money(value: object, *, label: str = "金额", field: str = "amount",
          allow_negative: bool = False) -> Decimal:
    """core.money's rule, its refusal as a ValidationError on ``field``."""
    try:
        return parse_money(value, allow_negative=allow_negative, label=label)
    except MoneyError as exc:
        raise ValidationError(str(exc), field=field) from None


def rule_for(s: Session, month: str) -> tuple[str, Decimal]:
    # a rule that takes effect during a month applies to the whole month
    on = dates.month_end(month)
    rule = str(get_in(s, "dues.rule", on=on))
    rate = Decimal(str(get_in(s, "dues.rate", on=on)))
    return rule, rate


def branch_names(s: Session) -> dict[str | None, str]:
    rows = s.execute(select(Branch.id, Branch.name, Branch.parent_id)
                     .where(Branch.deleted.is_(False))).all()
    names = {r.id: r.name for r in rows}
    parent = {r.id: r.parent_id for r in rows}
    out: dict[str | None, str] = {None: "（未分配）"}
    for bid, name in names.items():
        p = parent[bid]
        out[bid] = f"{names[p]}/{name}" if p in names else name
    return out


def id_shown(number: str, unmasked: bool) -> str:
    return number if unmasked else mask(number)


def chunks(seq: Sequence, n: int = CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


# ---- members and who owes ---------------------------------------------------------------

class MemberLite(NamedTuple):
    # a NamedTuple, not a dataclass: 100,000 of these are made per month
    id: str
    name: str
    id_number: str
    branch_id: str | None
    status: str
    wage_fen: int | None


def member_or_error(s: Session, member_id: str) -> Member:
    m = s.get(Member, member_id)
    if m is None or m.deleted:
        raise NotFound("找不到该会员")
    return m


def events_by_member(s: Session, member_ids: Sequence[str] | None = None
                     ) -> dict[str, list[rules.StatusEvent]]:
    q = select(MemberEvent.member_id, MemberEvent.event_date, MemberEvent.status_before,
               MemberEvent.status_after).where(MemberEvent.deleted.is_(False))
    out: dict[str, list[rules.StatusEvent]] = defaultdict(list)
    parts = [None] if member_ids is None else list(chunks(list(member_ids)))
    for part in parts:
        qq = q if part is None else q.where(MemberEvent.member_id.in_(part))
        for mid, day, before, after in s.execute(qq):
            out[mid].append(rules.StatusEvent(day, before or "", after))
    return out


def owing_members(s: Session, month: str, member_ids: Sequence[str] | None = None
                  ) -> list[MemberLite]:
    """Members who owe dues for ``month`` (core.dues.owes_in_month), in roster order."""
    q = (select(Member.id, Member.name, Member.id_number, Member.branch_id, Member.status,
                type_coerce(Member.joined_on, String), type_coerce(Member.monthly_wage, BigInteger))
         .where(Member.deleted.is_(False)).order_by(Member.branch_id, Member.sort_key))
    wanted = None if member_ids is None else set(member_ids)
    if wanted is not None and len(wanted) <= CHUNK:
        q = q.where(Member.id.in_(sorted(wanted)))
    events = events_by_member(s, None if wanted is None or len(wanted) > CHUNK else sorted(wanted))
    paying = DUES_VALUES
    out = []
    for mid, name, idn, branch, status, joined, wage in s.execute(q):
        if wanted is not None and mid not in wanted:
            continue
        ev = events.get(mid)
        if ev is None:
            # no events (the common case): current status and 入会 month decide; joined is ISO text
            if status in paying and (joined is None or joined[:7] <= month):
                out.append(MemberLite(mid, name, idn, branch, status, wage))
        elif rules.owes_in_month(month, status, dt.date.fromisoformat(joined[:10]) if joined
                                 else None, ev):
            out.append(MemberLite(mid, name, idn, branch, status, wage))
    return out


def bases_on(s: Session, month: str, members: Sequence[MemberLite]) -> dict[str, Decimal]:
    """The 缴费基数 in force at the end of ``month``; the roster wage when none was set."""
    end = dates.month_end(month)
    q = (select(DuesWageBase.member_id, type_coerce(DuesWageBase.base, BigInteger))
         .where(DuesWageBase.deleted.is_(False), DuesWageBase.effective_from <= end)
         .order_by(DuesWageBase.effective_from, DuesWageBase.mtime_ms))
    fen: dict[str, int] = {}
    if len(members) > CHUNK:
        for mid, b in s.execute(q):
            fen[mid] = b  # ordered: the last row wins
    else:
        for part in chunks([m.id for m in members]):
            for mid, b in s.execute(q.where(DuesWageBase.member_id.in_(part))):
                fen[mid] = b
    out: dict[str, Decimal] = {}
    for m in members:
        if m.id in fen:
            out[m.id] = rules.from_fen(fen[m.id])
        elif m.wage_fen is not None:
            out[m.id] = rules.from_fen(m.wage_fen)
    return out


# ---- charges and payments in fen ---------------------------------------------------------

def charges_fen(s: Session, first: str, last: str, member_ids: Sequence[str] | None = None
                ) -> dict[str, dict[str, int]]:
    q = (select(DuesCharge.member_id, DuesCharge.month, type_coerce(DuesCharge.amount, BigInteger))
         .where(DuesCharge.deleted.is_(False), DuesCharge.month >= first, DuesCharge.month <= last))
    out: dict[str, dict[str, int]] = defaultdict(dict)
    parts = [None] if member_ids is None else list(chunks(list(member_ids)))
    for part in parts:
        qq = q if part is None else q.where(DuesCharge.member_id.in_(part))
        for mid, month, fen in s.execute(qq):
            out[mid][month] = fen
    return out


def paid_fen(s: Session, first: str, last: str, member_ids: Sequence[str] | None = None,
             dues: dict[str, dict[str, int]] | None = None) -> dict[str, dict[str, int]]:
    """Net paid per member and month in [first, last], reversals included.

    Multi-month entries are split with core.dues.allocate against the months' charges.
    """
    lo = dates.add_months(first, -(rules.MAX_MONTHS_PER_PAYMENT - 1))
    q = (select(DuesPayment.member_id, DuesPayment.months,
                type_coerce(DuesPayment.amount, BigInteger))
         .where(DuesPayment.deleted.is_(False), DuesPayment.first_month >= lo,
                DuesPayment.first_month <= last))
    out: dict[str, dict[str, int]] = defaultdict(dict)
    multi: list[tuple[str, list[str], int]] = []
    parts = [None] if member_ids is None else list(chunks(list(member_ids)))
    for part in parts:
        qq = q if part is None else q.where(DuesPayment.member_id.in_(part))
        for mid, months, fen in s.execute(qq):
            if "," in months:
                multi.append((mid, months.split(","), fen))
            elif first <= months <= last:
                row = out[mid]
                row[months] = row.get(months, 0) + fen
    if multi:
        span_lo = min(ms[0] for _, ms, _ in multi)
        span_hi = max(ms[-1] for _, ms, _ in multi)
        need = sorted({mid for mid, _, _ in multi})
        have = charges_fen(s, span_lo, span_hi, need)
        for mid, months, fen in multi:
            for m, part_fen in rules.allocate(fen, months, have.get(mid, {})).items():
                if first <= m <= last:
                    row = out[mid]
                    row[m] = row.get(m, 0) + part_fen
    return out


def month_charges_fen(s: Session, month: str) -> dict[str, int]:
    """member -> charged fen for one month (flat, raw cursor: the 100,000-row hot path)."""
    return dict(s.connection().exec_driver_sql(
        "SELECT member_id, amount FROM dues_charge WHERE month = ? AND NOT deleted", (month,)).all())


def month_paid_fen(s: Session, month: str, *, multi_only: bool = False) -> dict[str, int]:
    """member -> net paid fen for one month; single-month entries summed in SQL, the rare
    multi-month ones split with core.dues.allocate (only those with ``multi_only``)."""
    conn = s.connection()
    out = {} if multi_only else dict(conn.exec_driver_sql(
        "SELECT member_id, SUM(amount) FROM dues_payment WHERE first_month = ? AND NOT deleted "
        "AND instr(months, ',') = 0 GROUP BY member_id", (month,)).all())
    lo = dates.add_months(month, -(rules.MAX_MONTHS_PER_PAYMENT - 1))
    multi = [(mid, months.split(","), fen) for mid, months, fen in conn.exec_driver_sql(
        "SELECT member_id, months, amount FROM dues_payment WHERE first_month BETWEEN ? AND ? "
        "AND NOT deleted AND instr(months, ',') > 0", (lo, month)) if month in months]
    if multi:
        dues = charges_fen(s, min(ms[0] for _, ms, _ in multi), max(ms[-1] for _, ms, _ in multi),
                           sorted({mid for mid, _, _ in multi}))
        for mid, months, fen in multi:
            out[mid] = out.get(mid, 0) + rules.allocate(fen, months, dues.get(mid, {}))[month]
    return out


def payment_months(months: Iterable[object]) -> list[str]:
    """Validated, sorted, distinct months for one payment entry."""
    out = sorted({check_month(m, field="months") for m in months})
    if not out:
        raise ValidationError("请选择缴费月份", field="months")
    if len(out) > rules.MAX_MONTHS_PER_PAYMENT:
        raise ValidationError(f"一笔缴费最多覆盖 {rules.MAX_MONTHS_PER_PAYMENT} 个月", field="months")
    return out


def check_method(method: str) -> str:
    if method not in rules.METHODS:
        raise ValidationError(f"缴费方式只能是：{' / '.join(rules.METHODS)}", field="method")
    return method
