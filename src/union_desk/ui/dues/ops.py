"""The dues module's use cases, one function each (see ``ui/members/ops.py``).

Each takes the parent widget, the dues facade (``services.dues``: charges, payments, ledger,
imports, reports) and plain values read on the GUI thread, and returns a :class:`DbOp` to
chain and run. Nothing on the worker thread reads a widget.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from union_desk.ui.dues.batch_model import to_entries
from union_desk.core.dues import month_end
from union_desk.ui.tasks import DbOp


def load_branches(parent, services) -> DbOp:
    return DbOp(parent, services.setup.branches)


def load_rule(parent, services, month: str) -> DbOp:
    """The dues rule in force at the month's end, the day it took effect (None: the
    default) and the arrears alert in months."""
    settings, on = services.settings, month_end(month)

    def fetch():
        history = [(d, v) for d, v in settings.history("dues.rule") if d <= on]
        return (settings.get("dues.rule", on), history[-1][0] if history else None,
                settings.get("dues.arrears_alert_months", on))

    return DbOp(parent, fetch)


def generate_month(parent, dues, month: str) -> DbOp:
    charges = dues.charges
    return DbOp(parent, lambda: charges.generate_month(month))


def load_batch_grid(parent, dues, month: str) -> DbOp:
    payments = dues.payments
    # branch by name, then the roster order the service gives (stable sort)
    return DbOp(parent, lambda: sorted(payments.batch_grid(month), key=lambda r: r.branch_name))


def save_batch(parent, dues, month: str, ticked: list[tuple[str, Decimal | None]], method: str,
               paid_on: dt.date) -> DbOp:
    """Record the ticked rows' payments (``ticked``: the grid's snapshot of (id, amount))."""
    payments = dues.payments
    # 100,000 BatchEntry objects take a while: build them on the worker
    return DbOp(parent, lambda: payments.save_batch(month, to_entries(ticked, method), paid_on))


def load_branch_summary(parent, dues, month: str) -> DbOp:
    ledger = dues.ledger
    return DbOp(parent, lambda: ledger.branch_summary(month))


def load_arrears(parent, dues, month: str, *, candidates: bool = False) -> DbOp:
    """Members in arrears, or (``candidates``) the 自动退会 candidates."""
    ledger = dues.ledger
    fn = ledger.auto_withdraw_candidates if candidates else ledger.arrears
    return DbOp(parent, lambda: fn(month))


def load_member_ledger(parent, dues, member_id: str) -> DbOp:
    ledger = dues.ledger
    return DbOp(parent, lambda: ledger.member_ledger(member_id))


def reverse_payment(parent, dues, payment_id: str, reason: str, replacement) -> DbOp:
    payments = dues.payments
    return DbOp(parent, lambda: payments.reverse_payment(payment_id, reason, replacement))


def preview_import(parent, dues, path: str, month: str, *, accept_name_mismatch: bool) -> DbOp:
    imports = dues.imports
    return DbOp(parent, lambda: imports.preview(path, month,
                                                accept_name_mismatch=accept_name_mismatch))


def apply_import(parent, dues, path: str, month: str, **options) -> DbOp:
    """Record a branch's dues sheet. One transaction without a cancel hook: 取消 counts only
    until it starts (the op's result is then None)."""
    imports, op = dues.imports, DbOp(parent, None)
    cancel = op.cancel_event

    def work():
        if cancel.is_set():
            return None
        return imports.apply(path, month, **options)

    op.fn = work
    return op


def export_annual_ledger(parent, dues, year: int, path: str) -> DbOp:
    reports, op = dues.reports, DbOp(parent, None)
    report, cancel = op.report, op.cancel_event   # the op's progress signal and cancel switch
    op.fn = lambda: reports.annual_ledger(year, path, progress=lambda d, t: report(d, t or 0),
                                          cancel=cancel)
    return op


def export_branch_summary(parent, dues, month: str, path: str) -> DbOp:
    reports = dues.reports
    return DbOp(parent, lambda: reports.branch_summary(month, path))


def export_arrears(parent, dues, month: str, path: str) -> DbOp:
    reports = dues.reports
    return DbOp(parent, lambda: reports.arrears(path, month))


def export_funds(parent, dues, year: int, path: str) -> DbOp:
    reports = dues.reports
    return DbOp(parent, lambda: reports.funds(year, path))
