"""Dues (会费) rules: the monthly amount, who owes for a month, arrears (domain.md §2).

Pure and Decimal-only. Months are 'YYYY-MM' text so they sort and compare as strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

# Months live in core.dates and money in core.money; the names are importable here too, as
# the dues rules have always offered them (one implementation each).
from union_desk.core.dates import (MonthError, add_months, month_end, month_of,  # noqa: F401
                                   month_start, months_between, parse_month, year_months)
from union_desk.core.members import DUES_STATUSES, Status
from union_desk.core.money import (CENT, ZERO, MoneyError, from_fen, parse_money,  # noqa: F401
                                   to_fen)

NATIONAL, PAYROLL = "national", "payroll"
RULES = (NATIONAL, PAYROLL)
RULE_LABELS = {NATIONAL: "全国规则（基数去尾至10元）", PAYROLL: "工资规则（四舍五入到分）"}
METHODS = ("工资代扣", "现金", "转账")
PAY_SYSTEMS = ("企业", "机关", "事业", "工人")
MAX_MONTHS_PER_PAYMENT = 24  # one entry may prepay or settle at most two years
TEN = Decimal("10")
_DUES_VALUES = frozenset(s.value for s in DUES_STATUSES)


# ---- the monthly amount ------------------------------------------------------------------

def monthly_due(base: Decimal, rate: Decimal, rule: str) -> Decimal:
    """national: floor base to whole 10 元, × rate (4,567.89 → 22.80);
    payroll: base × rate, half-up to 0.01 (4,501.00 → 22.51)."""
    if rule == NATIONAL:
        floored = (base / TEN).to_integral_value(rounding=ROUND_DOWN) * TEN
        # 10-元 multiples × 0.5% are multiples of 0.05: exact, quantize only fixes the exponent
        return (floored * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    if rule == PAYROLL:
        return (base * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    raise ValueError(f"unknown dues rule {rule!r}")


# ---- who owes ----------------------------------------------------------------------------

@dataclass(frozen=True)
class StatusEvent:
    day: dt.date
    before: str   # status before the event ('' when the person was not a member)
    after: str


def owes_in_month(month: str, status: str, joined_on: dt.date | None,
                  events: Sequence[StatusEvent] = ()) -> bool:
    """Whether a member owes dues for ``month``: 在会 (or 转出中) at any time during it.

    An exit (保留会籍, 退会, 转出, 自动退会, 开除) in a month still owes that month and
    nothing after; a join/restore owes from its own month. Without events we only know
    the current status and 入会日期, so a non-paying status owes nothing.
    """
    events = sorted(events, key=lambda e: e.day)
    if not events:
        if status not in _DUES_VALUES:
            return False
        return joined_on is None or month_of(joined_on) <= month
    first = events[0]
    # status at the start of the month: the last event before it, or what preceded the first
    current = first.before
    if joined_on is not None and month_of(joined_on) > month and current:
        current = ""  # before 入会 nobody owes
    for e in events:
        m = month_of(e.day)
        if m < month:
            current = e.after
        elif m == month:
            if e.before in _DUES_VALUES or e.after in _DUES_VALUES:
                return True
            current = e.after
        else:
            break
    return current in _DUES_VALUES


# ---- arrears -----------------------------------------------------------------------------

@dataclass(frozen=True)
class MonthBalance:
    month: str
    due: Decimal
    paid: Decimal

    @property
    def owed(self) -> Decimal:
        return max(self.due - self.paid, ZERO)


def allocate(amount: Decimal, months: Sequence[str], dues: dict[str, Decimal]) -> dict[str, Decimal]:
    """Split one payment over the months it covers: each month up to its due in order,
    the remainder (overpayment) on the last month. Negative amounts (reversals) mirror."""
    if not months:
        return {}
    if amount < 0:
        return {m: -v for m, v in allocate(-amount, months, dues).items()}
    out: dict[str, Decimal] = {}
    left = amount
    for m in months[:-1]:
        # works on Decimal yuan or int fen alike
        take = min(left, dues.get(m, 0))
        out[m] = take
        left -= take
    out[months[-1]] = left
    return out


def consecutive_unpaid(balances: Iterable[MonthBalance]) -> int:
    """Longest run of consecutive charged months with nothing paid, ending at the latest month.

    A month with a partial payment breaks the run: the member did pay (章程: 连续六个月不交纳).
    """
    run = 0
    for b in sorted(balances, key=lambda b: b.month):
        if b.due <= 0:
            continue
        run = run + 1 if b.paid <= 0 else 0
    return run


def collection_rate(due: Decimal, paid: Decimal) -> Decimal:
    """实缴/应缴 as a percentage with one decimal; 0 when nothing was due."""
    if due <= 0:
        return Decimal("0.0")
    return (min(paid, due) * 100 / due).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def funds_split(payroll_total: Decimal, rate: Decimal, upper_share: Decimal
                ) -> tuple[Decimal, Decimal, Decimal]:
    """工会经费: (2% amount, upward share, basic union share), half-up to 0.01."""
    amount = (payroll_total * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    upper = (amount * upper_share).quantize(CENT, rounding=ROUND_HALF_UP)
    return amount, upper, amount - upper


ACTIVE = Status.ACTIVE.value
