"""The report dialog's use cases, one function each (see ``ui/members/ops.py``).

Each takes the parent widget, the report service (``services.reports``) and plain values read
on the GUI thread, and returns a :class:`DbOp` to chain and run.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from union_desk.reports.template import scan_placeholders
from union_desk.ui.tasks import DbOp


def load_member_stats(parent, reports, as_of: dt.date, period_start: dt.date | None) -> DbOp:
    """The statistics and their logic checks (a report is blocked while a check fails)."""
    return DbOp(parent, lambda: reports.member_stats(as_of, period_start))


def export(parent, reports, name: str, path: str | Path, params: dict) -> DbOp:
    """Write report ``name`` to ``path`` (progress and 取消 through the op's own dialog)."""
    op, params = DbOp(parent, None), dict(params)
    report, cancel = op.report, op.cancel_event
    op.fn = lambda: reports.export(name, path, progress=report, cancel=cancel, **params)
    return op


def load_snapshots(parent, reports) -> DbOp:
    return DbOp(parent, reports.snapshots)


def scan_template(parent, path: str) -> DbOp:
    """The placeholders a user's Word/Excel template asks for."""
    return DbOp(parent, lambda: scan_placeholders(path))
