"""Built-in reports, exports with snapshots, and the audit rule for full ID numbers.

Other modules export their own table reports through :meth:`ReportService.export_table`
(it writes xlsx/pdf atomically, checks and logs unmasking, and keeps the snapshot).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from union_desk.core.roles import Perm
from union_desk.core.stats import CheckResult, flatten
from union_desk.db.models import ReportSnapshot
from union_desk.db.tracking import audit, flush_pending
from union_desk.errors import NotFound, ValidationError
from union_desk.infra.paths import resource
from union_desk.reports.output import ExportResult
from union_desk.reports.pdf import write_pdf
from union_desk.reports.spec import TableReport
from union_desk.reports.stats_pdf import write_stats_pdf
from union_desk.reports.template import fill_template
from union_desk.reports.xlsx import write_xlsx
from union_desk.services.context import ServiceContext
from union_desk.services.members.stats import StatsResult, compute_in
from union_desk.services.members.roster_report import roster_spec

ProgressFn = Callable[[int, int | None], None]
FORMATS = ("xlsx", "pdf")


@dataclass(frozen=True)
class ReportInfo:
    name: str
    title: str
    formats: tuple[str, ...]
    as_of: bool           # takes an as-of date
    description: str


REPORTS = {
    "member-stats": ReportInfo("member-stats", "基层工会会员统计表", FORMATS, True,
                               "截至某日的会员人数、女、农民工、新入会、减少原因、保留会籍、分会、年龄、学历、政治面貌"),
    "members-roster": ReportInfo("members-roster", "会员花名册", FORMATS, False,
                                 "当前会员名单（身份证号、手机号默认脱敏）"),
}


@dataclass(frozen=True)
class ReportOutcome:
    name: str
    path: Path
    format: str
    sha256: str
    rows: int
    snapshot_id: str
    unmasked: bool = False
    unknown_placeholders: tuple[str, ...] = ()
    checks: tuple[CheckResult, ...] = field(default=())


@dataclass(frozen=True)
class SnapshotDTO:
    id: str
    report_name: str
    title: str
    parameters: dict
    file_name: str
    file_sha256: str
    created_by: str
    created_ms: int
    sync_batch_id: str | None


def _format_of(path: Path, fmt: str | None) -> str:
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError("导出格式应为 xlsx 或 pdf", field="format")
    return fmt


class ReportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def list(self) -> list[ReportInfo]:
        return list(REPORTS.values())

    def member_stats(self, as_of: dt.date, period_start: dt.date | None = None) -> StatsResult:
        """Figures and logic checks, shown to the clerk before exporting."""
        self.ctx.require(Perm.REPORT)
        with self.ctx.read() as s:
            return compute_in(s, as_of, period_start)

    def export(self, name: str, path: str | os.PathLike, *, fmt: str | None = None,
               as_of: dt.date | None = None, period_start: dt.date | None = None,
               unmasked: bool = False, template: str | os.PathLike | None = None,
               progress: ProgressFn | None = None, cancel: threading.Event | None = None) -> ReportOutcome:
        if name not in REPORTS:
            raise NotFound(f"没有名为“{name}”的报表。可用：{', '.join(REPORTS)}")
        target = Path(path)
        fmt = _format_of(target, fmt)
        if name == "member-stats":
            return self._member_stats(target, fmt, as_of or dt.date.today(), period_start, template)
        self.ctx.require(Perm.REPORT)
        if unmasked:
            self.ctx.require(Perm.UNMASK)
        with self.ctx.read() as s:  # the rows stream from this read; no write lock is held
            spec = roster_spec(s, unmasked=unmasked)
            snap = _Snapshot(self, name, spec.title, {"format": fmt, "unmasked": unmasked}, {},
                             unmasked)
            result = (write_xlsx if fmt == "xlsx" else write_pdf)(
                spec, target, progress=progress, cancel=cancel, before_publish=snap)
        return ReportOutcome(name, result.path, fmt, result.sha256, result.rows, snap.id, unmasked)

    def export_table(self, report_name: str, spec: TableReport, path: str | os.PathLike, *,
                     fmt: str | None = None, parameters: dict | None = None,
                     progress: ProgressFn | None = None,
                     cancel: threading.Event | None = None) -> ReportOutcome:
        """Export any module's table report (dues ledger, aid ledger ...) and keep its snapshot.

        ``spec.unmasked=True`` requires Perm.UNMASK and is audit-logged. The spec's rows must
        not depend on a session that is closed by the time this runs.
        """
        self.ctx.require(Perm.REPORT)
        if spec.unmasked:
            self.ctx.require(Perm.UNMASK)
        target = Path(path)
        fmt = _format_of(target, fmt)
        params = dict(parameters or {}) | {"format": fmt, "unmasked": spec.unmasked}
        snap = _Snapshot(self, report_name, spec.title, params, {}, spec.unmasked)
        result = (write_xlsx if fmt == "xlsx" else write_pdf)(
            spec, target, progress=progress, cancel=cancel, before_publish=snap)
        return ReportOutcome(report_name, result.path, fmt, result.sha256, result.rows, snap.id,
                             spec.unmasked)

    def _member_stats(self, target: Path, fmt: str, as_of: dt.date, period_start: dt.date | None,
                      template: str | os.PathLike | None) -> ReportOutcome:
        self.ctx.require(Perm.REPORT)
        with self.ctx.read() as s:
            stats = compute_in(s, as_of, period_start)
        if not stats.ok:
            raise ValidationError(
                "统计数据未通过逻辑校验，已停止导出：" + "；".join(
                    f"{c.label}（{c.detail}）[{c.rule}]" for c in stats.failed),
                code="stats_check_failed", field=stats.failed[0].rule)
        f = stats.figures
        made_on = dt.date.today()
        unknown: tuple[str, ...] = ()
        if fmt == "pdf" and template:
            raise ValidationError("模板只适用于 xlsx 格式", field="template")
        params = {"as_of": f.as_of.isoformat(), "period_start": f.period_start.isoformat(),
                  "format": fmt, "template": Path(template).name if template else "member_stats.xlsx"}
        snap = _Snapshot(self, "member-stats", REPORTS["member-stats"].title, params, f.to_dict(),
                         False)
        if fmt == "xlsx":
            values = flatten(f, union_name=stats.union_name, made_on=made_on)
            tpl = Path(template) if template else resource("templates", "member_stats.xlsx")
            filled = fill_template(tpl, values, target, before_publish=snap)
            path, digest, unknown = filled.path, filled.sha256, filled.unknown
        else:
            res = write_stats_pdf(f, list(stats.checks), stats.union_name, target, made_on,
                                  before_publish=snap)
            path, digest = res.path, res.sha256
        return ReportOutcome("member-stats", path, fmt, digest, 0, snap.id, False, unknown,
                             stats.checks)

    def _snapshot(self, name: str, title: str, params: dict, figures: dict, path: Path,
                  digest: str, rows: int, unmasked: bool) -> str:
        user = self.ctx.user.username if self.ctx.user else "system"
        with self.ctx.uow() as s:
            snap = ReportSnapshot(report_name=name, title=title,
                                  parameters=json.dumps(params, ensure_ascii=False),
                                  figures=json.dumps(figures, ensure_ascii=False),
                                  file_name=path.name, file_format=params.get("format", ""),
                                  file_sha256=digest, row_count=rows, unmasked=unmasked,
                                  created_by=user)
            s.add(snap)
            s.flush()
            if unmasked:
                # full ID numbers left the program: PIPL requires a record of who and where
                audit(s, "export", "report_snapshot", snap.id, field="unmasked", new=str(path))
                flush_pending(s)
            return snap.id

    def snapshots(self, name: str | None = None, limit: int = 100) -> list[SnapshotDTO]:
        self.ctx.require(Perm.REPORT)
        with self.ctx.read() as s:
            q = select(ReportSnapshot).where(ReportSnapshot.deleted.is_(False))
            if name:
                q = q.where(ReportSnapshot.report_name == name)
            rows = s.scalars(q.order_by(ReportSnapshot.created_ms.desc()).limit(limit)).all()
            return [SnapshotDTO(r.id, r.report_name, r.title, json.loads(r.parameters or "{}"),
                                r.file_name, r.file_sha256, r.created_by, r.created_ms,
                                r.sync_batch_id) for r in rows]


class _Snapshot:
    """``before_publish`` for reports.output: the snapshot (and the audit row of an unmasked
    export) is committed in its own short transaction after the file is complete and before it
    takes its name, so no report leaves the program unrecorded."""

    def __init__(self, svc: ReportService, name: str, title: str, params: dict, figures: dict,
                 unmasked: bool):
        self.svc, self.name, self.title = svc, name, title
        self.params, self.figures, self.unmasked = params, figures, unmasked
        self.id = ""

    def __call__(self, result: ExportResult) -> None:
        self.id = self.svc._snapshot(self.name, self.title, self.params, self.figures,
                                     result.path, result.sha256, result.rows, self.unmasked)


def attach_sync_batch(session, snapshot_ids: list[str], batch_id: str) -> int:
    """For the sync engine, inside its own transaction: record which batch carried the reports."""
    rows = session.scalars(select(ReportSnapshot).where(ReportSnapshot.id.in_(snapshot_ids),
                                                        ReportSnapshot.sync_batch_id.is_(None))).all()
    for r in rows:
        r.sync_batch_id = batch_id
    return len(rows)
