"""Dues reports to files: 会费收缴台账, monthly branch summary, arrears list, 工会经费 record.

Each export is one use case: gather the data in a read, write the file (xlsx or PDF by
suffix) through reports.output, and log the export in the audit trail in a short transaction
of its own just before the file takes its name.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

from union_desk.core.roles import Perm
from union_desk.db.tracking import audit, flush_pending
from union_desk.reports import dues_reports as rep
from union_desk.services.dues import common as c
from union_desk.services.context import ServiceContext
from union_desk.services.setup import union_name_in
from union_desk.services.dues.funds import funds_in
from union_desk.services.dues.ledger import annual_in, arrears_rows, branch_summary_in

Progress = Callable[[int, int | None], None] | None


class DuesReportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def annual_ledger(self, year: int, path: str | os.PathLike, *, progress: Progress = None,
                      cancel: threading.Event | None = None):
        self._check()
        year = c.check_year(year)
        with self.ctx.read() as s:
            dto = annual_in(s, year)
        return self._write(rep.annual_ledger(dto), path, f"{year}年度会费收缴台账", progress, cancel)

    def branch_summary(self, month: str, path: str | os.PathLike):
        self._check()
        month = c.check_month(month)
        with self.ctx.read() as s:
            dto = branch_summary_in(s, month)
        return self._write(rep.branch_summary(dto), path, f"{dto.month}会费收缴汇总")

    def arrears(self, path: str | os.PathLike, as_of: str | None = None, *,
                unmasked: bool = False):
        self._check()
        if unmasked:
            self.ctx.require(Perm.UNMASK)
        as_of = c.check_month(as_of or c.today())
        with self.ctx.read() as s:
            rows = arrears_rows(s, as_of, unmasked)
            union = union_name_in(s)
        return self._write(rep.arrears(union, as_of, rows, unmasked=unmasked), path,
                           f"{as_of}会费欠缴名单", unmasked=unmasked)

    def funds(self, year: int, path: str | os.PathLike):
        self._check()
        year = c.check_year(year)
        with self.ctx.read() as s:
            rows = funds_in(s, year)
            union = union_name_in(s)
        return self._write(rep.funds(union, year, rows), path, f"{year}年度工会经费")

    def _check(self) -> None:
        self.ctx.require(Perm.REPORT)
        self.ctx.require(Perm.DUES_READ)

    def _write(self, spec, path, what: str, progress: Progress = None,
               cancel: threading.Event | None = None, unmasked: bool = False):
        def logged(result) -> None:
            # committed before the file takes its name (reports.output): none leaves unrecorded
            with self.ctx.uow() as s:
                audit(s, "export", "dues_report", "", field="unmasked" if unmasked else "masked",
                      new=f"{what} → {result.path.name} ({result.rows})")
                flush_pending(s)

        return rep.write(spec, path, progress=progress, cancel=cancel, before_publish=logged)
