"""DTOs returned by the dues services (frozen; safe to hand to the GUI thread)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class WageBaseDTO:
    id: str
    member_id: str
    base: Decimal
    pay_system: str
    effective_from: dt.date
    note: str = ""


@dataclass(frozen=True)
class GenerateResult:
    month: str
    rule: str
    created: int
    recomputed: int          # base changed before any payment: charge updated (audited)
    unchanged: int
    kept_paid: int           # base changed but the month is already paid: left as charged
    removed: int             # charge of a member who no longer owes, unpaid: tombstoned
    missing_base: tuple[str, ...]   # member ids owing but without any 缴费基数
    total_due: Decimal


@dataclass(frozen=True)
class GridRow:
    member_id: str
    name: str
    id_number: str           # masked unless the user may unmask
    branch_id: str | None
    branch_name: str
    base: Decimal
    due: Decimal
    paid: Decimal            # paid so far for this month
    owed: Decimal            # due - paid, never below 0


@dataclass(frozen=True)
class BatchEntry:
    """One ticked row of the batch grid; amount defaults to what is still owed."""

    member_id: str
    amount: Decimal | str | None = None
    method: str = "工资代扣"
    receipt_no: str = ""


@dataclass(frozen=True)
class BatchResult:
    month: str
    recorded: int
    total: Decimal
    payment_ids: tuple[str, ...]


@dataclass(frozen=True)
class PaymentDTO:
    id: str
    member_id: str
    amount: Decimal
    months: tuple[str, ...]
    paid_on: dt.date
    method: str
    receipt_no: str
    recorded_by: str
    reverses_id: str | None
    reversed_by: str | None   # id of the reversal entry, when this entry was reversed
    import_batch_id: str | None
    note: str


@dataclass(frozen=True)
class ReversalResult:
    reversal: PaymentDTO
    replacement: PaymentDTO | None


@dataclass(frozen=True)
class LedgerMonth:
    month: str
    base: Decimal | None
    due: Decimal
    paid: Decimal
    balance: Decimal          # due - paid for the month (negative = overpaid)


@dataclass(frozen=True)
class MemberLedgerDTO:
    member_id: str
    name: str
    months: tuple[LedgerMonth, ...]
    payments: tuple[PaymentDTO, ...]
    total_due: Decimal
    total_paid: Decimal
    balance: Decimal          # all time, carried across years


@dataclass(frozen=True)
class ArrearsRow:
    member_id: str
    name: str
    id_number: str
    branch_name: str
    months_owed: tuple[str, ...]
    amount_owed: Decimal
    consecutive_unpaid: int
    status: str


@dataclass(frozen=True)
class BranchSummaryRow:
    branch_id: str | None
    branch_name: str
    headcount: int            # members charged this month
    paid_count: int           # of them, fully paid
    due: Decimal
    paid: Decimal
    owed: Decimal
    rate: Decimal             # collection rate, percent


@dataclass(frozen=True)
class BranchSummaryDTO:
    union_name: str
    month: str
    rows: tuple[BranchSummaryRow, ...]
    total: BranchSummaryRow


@dataclass(frozen=True)
class AnnualLedgerRow:
    seq: int
    member_id: str
    name: str
    branch_name: str
    base: Decimal
    monthly_due: Decimal
    months: int
    year_due: Decimal
    paid: Decimal
    owed: Decimal
    remark: str


@dataclass(frozen=True)
class AnnualLedgerDTO:
    union_name: str
    year: int
    headcount: int
    paying_headcount: int
    total_due: Decimal
    total_paid: Decimal
    total_owed: Decimal
    rows: tuple[AnnualLedgerRow, ...]


@dataclass(frozen=True)
class FundsDTO:
    id: str
    month: str
    payroll_total: Decimal
    rate: Decimal
    amount: Decimal
    upper_share: Decimal
    upper_amount: Decimal
    basic_amount: Decimal
    paid_on: dt.date | None
    note: str
