"""Member roster import: dry-run preview, apply in one transaction, history, undo, profiles.

Reading and validating the file happen outside the transaction (tabular/, no DB); matching
and writing happen inside one unit of work, so the preview can never go stale and a cancel
or an error leaves the database exactly as it was.

Branch names the database does not know are listed in the preview (``new_branches``) and
created on apply, so a roster from a new 分会 imports in one step.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from sqlalchemy import select

from union_desk.core.roles import Perm
from union_desk.db.base import new_id, now_ms
from union_desk.db.models import ImportBatch, ImportProfile
from union_desk.db.models.import_batch import APPLIED, UNDONE
from union_desk.db.tracking import audit, flush_pending
from union_desk.errors import Conflict, NotFound, ValidationError
from union_desk.infra import pinyin
from union_desk.infra.gcpause import gc_paused
from union_desk.infra.hashing import sha256_file
from union_desk.reports.output import atomic_output
from union_desk.services.context import ServiceContext
from union_desk.services.members.imports.create import STEP, NewMembers
from union_desk.services.members.imports.plan import Plan, Planner, make_plan
from union_desk.services.members.imports.write import (apply_changes, blocking_rows, check_cancel,
                                                      undo_items)
from union_desk.services.settings import get_in
from union_desk.tabular.error_report import write_error_report
from union_desk.tabular.header import MEMBER_SYNONYMS
from union_desk.tabular.roster import (REQUIRED, Rejected, RosterChecker, RosterResult,
                                      validate_rows)
from union_desk.tabular.table import ReadAhead, Table, read_table

KIND = "members"
Progress = Callable[[str, int, int], None]  # (stage, done, total); stage: 读取/校验/写入


@dataclass(frozen=True)
class ColumnDTO:
    letter: str
    header: str
    field: str | None
    note: str


@dataclass(frozen=True)
class UpdateDTO:
    row: int
    id_number: str
    name: str
    changes: dict[str, tuple[Any, Any]]  # field -> (existing, incoming); branch_id shown as name


@dataclass(frozen=True)
class ConflictDTO:
    row: int
    id_number: str
    name_in_file: str
    existing_name: str
    reason: str
    message: str


@dataclass
class ImportReport:
    file: str
    sheet: str
    sheets: list[str]
    header_row: int
    data_rows: int
    columns: list[ColumnDTO]
    accepted: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[ConflictDTO] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    updates: list[UpdateDTO] = field(default_factory=list)
    new_rows: list[dict[str, Any]] = field(default_factory=list, repr=False)  # records to create (GUI list)
    new_branches: list[str] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    skipped_rows: list[tuple[int, str]] = field(default_factory=list)
    blank_rows: int = 0
    sha256: str = ""
    dry_run: bool = True
    batch_id: str | None = None
    header_cells: list[Any] = field(default_factory=list, repr=False)
    field_columns: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def rejected_by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.rejected:
            out[r.reason] = out.get(r.reason, 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        """The CLI's `--json` object (stable keys)."""
        return {"file": self.file, "sheet": self.sheet, "header_row": self.header_row,
                "data_rows": self.data_rows, "accepted": self.accepted, "created": self.created,
                "updated": self.updated, "unchanged": self.unchanged,
                "conflicts": [{"row": c.row, "id_number": c.id_number, "reason": c.reason}
                              for c in self.conflicts],
                "rejected": [{"row": r.row, "id_number": r.id_number, "reason": r.reason,
                              "message": r.message} for r in self.rejected],
                "batch_id": self.batch_id}


@dataclass(frozen=True)
class BatchDTO:
    id: str
    file_name: str
    sha256: str
    sheet: str
    actor: str
    created_ms: int
    counts: dict[str, Any]
    status: str
    undone_ms: int | None
    undone_by: str


@dataclass(frozen=True)
class UndoResult:
    batch_id: str
    removed: int
    restored: int


class MemberImportService:
    def __init__(self, ctx: ServiceContext, *, today: dt.date | None = None):
        self.ctx = ctx
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # ---- preview and apply ---------------------------------------------------------------
    def preview(self, path: str | Path, *, sheet: str | None = None,
                mapping: Mapping[str, str | None] | None = None, profile: str | None = None,
                cancel: threading.Event | None = None, progress: Progress | None = None,
                read_ahead: ReadAhead | None = None) -> ImportReport:
        """Dry run: what an import would do. Nothing is written. ``read_ahead``: the sheet
        already being read (tabular.roster.read_roster_ahead), used if it matches."""
        return self._run(path, sheet, mapping, profile, cancel, progress, read_ahead, dry_run=True)

    def apply(self, path: str | Path, *, sheet: str | None = None,
              mapping: Mapping[str, str | None] | None = None, profile: str | None = None,
              cancel: threading.Event | None = None, progress: Progress | None = None,
              read_ahead: ReadAhead | None = None) -> ImportReport:
        """Import in one transaction, recorded as a batch. Cancel = nothing applied."""
        return self._run(path, sheet, mapping, profile, cancel, progress, read_ahead,
                         dry_run=False)

    def _run(self, path, sheet, mapping, profile, cancel, progress, read_ahead, *,
             dry_run: bool) -> ImportReport:
        with gc_paused():
            return self._run_paused(path, sheet, mapping, profile, cancel, progress, read_ahead,
                                    dry_run=dry_run)

    def _run_paused(self, path, sheet, mapping, profile, cancel, progress, read_ahead, *,
                    dry_run: bool) -> ImportReport:
        user = self.ctx.require(Perm.IMPORT)
        path = Path(path)
        with self.ctx.read() as s:
            max_rows = int(get_in(s, "import.max_rows"))
            if profile:
                mapping = {**self._profile(s, profile), **(mapping or {})}
        if progress:
            progress("读取", 0, 1)
        if not dry_run:  # new members need pinyin keys: load its table while the file is parsed
            threading.Thread(target=pinyin.warm, name="pinyin-warm", daemon=True).start()
        table = read_ahead.take(path, sheet=sheet, mapping=mapping, max_rows=max_rows) \
            if read_ahead is not None else None
        if table is None:
            table = read_table(path, MEMBER_SYNONYMS, REQUIRED, sheet=sheet, mapping=mapping,
                               max_rows=max_rows, cancel=cancel)
        if progress:
            progress("读取", 1, 1)
        sha256 = sha256_file(path)
        if dry_run:
            result = validate_rows(table, today=self.today, cancel=cancel,
                                   progress=_stage(progress, "校验"))
            table.rows.clear()  # the raw cells are no longer needed (rejected rows keep copies)
            with self.ctx.read() as s:  # a preview only reads
                plan = make_plan(s, result.accepted, cancel=cancel)
            return _report(result, plan, sha256, dry_run=True)
        return self._apply(table, path, sha256, user.username, cancel, progress)

    def _apply(self, table: Table, path: Path, sha256: str, actor: str, cancel, progress) -> ImportReport:
        """Check, plan and write in one transaction: each block of rows is checked while the
        block before is written (services.members.imports.create), so the preview shown before
        can never go stale, and a cancel or an error leaves the database exactly as it was."""
        batch_id, total = new_id(), len(table.rows)
        step = _stage(progress, "写入")
        with self.ctx.uow(batch_id=batch_id) as s:
            # the big transaction gets a bigger page cache (per connection; NullPool drops it)
            s.connection().exec_driver_sql("PRAGMA cache_size=-32768")
            stamp = now_ms()
            checker, planner = RosterChecker(table, today=self.today), Planner(s)
            batch = ImportBatch(id=batch_id, kind=KIND, file_name=path.name, sha256=sha256,
                                sheet=table.sheet, actor=actor, created_ms=stamp, counts="{}",
                                status=APPLIED)

            def add_batch() -> None:  # the batch row goes in only when something is written
                if batch not in s:
                    s.add(batch)
                    s.flush()

            with NewMembers(s, batch_id=batch_id, actor=actor, today=self.today, stamp=stamp,
                            before_first=add_batch) as writer:
                for start in range(0, total, STEP):
                    check_cancel(cancel)
                    step(start, total)
                    block = checker.check(table.rows[start:start + STEP])
                    writer.add(planner.add(block), planner.plan.new_branches)
                writer.finish()
            table.rows.clear()  # the raw cells are no longer needed (rejected rows keep copies)
            plan = planner.finish(s, cancel=cancel)
            report = _report(checker.result, plan, sha256, dry_run=False)
            if not (plan.new or plan.updates or plan.revive):
                return report  # nothing to write: the same file twice changes nothing
            add_batch()
            apply_changes(s, plan, writer.branch_ids, batch_id=batch_id, actor=actor,
                          today=self.today, stamp=stamp, cancel=cancel)
            step(total, total)
            batch.counts = json.dumps(_counts(report), ensure_ascii=False)
            audit(s, "import", "import_batch", batch_id, new=path.name)
            flush_pending(s)
            report.batch_id = batch_id
        return report

    def write_error_report(self, report: ImportReport, out: str | Path) -> Path:
        """The rejected rows as the branch sent them, with 错误说明 and yellow cells."""
        self.ctx.require(Perm.IMPORT)
        with atomic_output(out) as staged:  # the one export rule: temp file, fsync, 0600, rename
            write_error_report(staged.tmp, report.header_cells, report.rejected,
                               report.field_columns, id_column=report.field_columns.get("id_number"))
        return staged.path

    # ---- history and undo ----------------------------------------------------------------
    def history(self, limit: int = 100) -> list[BatchDTO]:
        self.ctx.require(Perm.IMPORT)
        with self.ctx.read() as s:
            rows = s.scalars(select(ImportBatch).where(ImportBatch.kind == KIND)
                             .order_by(ImportBatch.created_ms.desc()).limit(limit)).all()
            return [BatchDTO(b.id, b.file_name, b.sha256, b.sheet, b.actor, b.created_ms,
                             json.loads(b.counts or "{}"), b.status, b.undone_ms, b.undone_by)
                    for b in rows]

    def undo_blockers(self, batch_id: str) -> list[tuple[int, str, str]]:
        """(sheet row, name, why) of rows changed since the import; empty = undo possible."""
        self.ctx.require(Perm.IMPORT)
        with self.ctx.read() as s:
            return blocking_rows(s, batch_id)

    def undo(self, batch_id: str, *, cancel: threading.Event | None = None) -> UndoResult:
        """Undo a whole batch, or refuse and name the rows changed since."""
        self.ctx.require(Perm.IMPORT)
        with self.ctx.uow(batch_id=batch_id) as s:
            batch = s.get(ImportBatch, batch_id)
            if batch is None or batch.kind != KIND:
                raise NotFound("没有这个导入批次")
            if batch.status != APPLIED:
                raise Conflict("这个导入批次已经撤销过了")
            blockers = blocking_rows(s, batch_id)
            if blockers:
                shown = "；".join(f"第{r}行 {name}" for r, name, _ in blockers[:10])
                more = f" 等共 {len(blockers)} 行" if len(blockers) > 10 else ""
                raise Conflict(f"导入后以下会员又被修改过，无法整批撤销：{shown}{more}")
            removed, restored = undo_items(s, batch_id, cancel)
            batch = s.get(ImportBatch, batch_id)
            batch.status, batch.undone_ms = UNDONE, now_ms()
            batch.undone_by = self.ctx.user.username if self.ctx.user else "system"
            audit(s, "undo", "import_batch", batch_id, new=batch.file_name)
            flush_pending(s)
        return UndoResult(batch_id, removed, restored)

    # ---- mapping profiles ----------------------------------------------------------------
    def save_profile(self, name: str, mapping: Mapping[str, str | None]) -> None:
        self.ctx.require(Perm.IMPORT)
        name = name.strip()
        if not name:
            raise ValidationError("请填写方案名称", field="name")
        bad = [v for v in mapping.values() if v and v not in MEMBER_SYNONYMS]
        if bad:
            raise ValidationError(f"未知字段：{'、'.join(bad)}", field="mapping")
        with self.ctx.uow() as s:
            row = s.scalar(select(ImportProfile).where(ImportProfile.kind == KIND,
                                                       ImportProfile.name == name))
            if row is None:
                row = ImportProfile(kind=KIND, name=name, mapping="{}", updated_ms=0)
                s.add(row)
            row.mapping = json.dumps(dict(mapping), ensure_ascii=False)
            row.updated_ms = now_ms()

    def profiles(self) -> dict[str, dict[str, str | None]]:
        self.ctx.require(Perm.IMPORT)
        with self.ctx.read() as s:
            rows = s.scalars(select(ImportProfile).where(ImportProfile.kind == KIND)
                             .order_by(ImportProfile.name)).all()
            return {r.name: json.loads(r.mapping) for r in rows}

    def delete_profile(self, name: str) -> None:
        self.ctx.require(Perm.IMPORT)
        with self.ctx.uow() as s:
            row = s.scalar(select(ImportProfile).where(ImportProfile.kind == KIND,
                                                       ImportProfile.name == name))
            if row is None:
                raise NotFound(f"没有名为“{name}”的导入方案")
            s.delete(row)

    @staticmethod
    def _profile(s, name: str) -> dict[str, str | None]:
        row = s.scalar(select(ImportProfile).where(ImportProfile.kind == KIND, ImportProfile.name == name))
        if row is None:
            raise NotFound(f"没有名为“{name}”的导入方案")
        return json.loads(row.mapping)


def _stage(progress: Progress | None, name: str) -> Callable[[int, int], None]:
    if progress is None:
        return lambda done, total: None
    return lambda done, total: progress(name, done, total)


def _report(result: RosterResult, plan: Plan, sha256: str, *, dry_run: bool) -> ImportReport:
    t = result.table
    report = ImportReport(
        file=t.file, sheet=t.sheet, sheets=t.sheets, header_row=t.header.row,
        data_rows=len(result.accepted) + len(result.rejected), accepted=len(result.accepted),
        columns=[ColumnDTO(c.letter, c.header, c.field, c.note) for c in t.header.columns],
        rejected=result.rejected, warnings=list(result.warnings), skipped_rows=list(t.skipped),
        blank_rows=t.blank_rows, header_cells=t.header_cells,
        field_columns=dict(t.header.fields), sha256=sha256, dry_run=dry_run)
    _fill(report, plan)
    return report


def _fill(report: ImportReport, plan: Plan) -> None:
    names = plan.branch_names
    report.created = len(plan.new) + len(plan.revive)
    report.updated = len(plan.updates)
    report.unchanged = plan.unchanged
    report.new_branches = sorted(plan.new_branches.values())
    report.new_rows = [rec for rec, _ in plan.new]
    report.new_rows += [{"row": c.row, "id_number": c.id_number, "name": c.name, "revived": True}
                        for c in plan.revive]
    report.warnings.extend(plan.warnings)
    report.warnings.sort()

    def shown(col, value):
        if col == "branch_id" and value:
            return names.get(value) or plan.new_branches.get(value.removeprefix("new:"), value)
        return value

    report.updates = [UpdateDTO(c.row, c.id_number, c.name,
                                {("branch" if k == "branch_id" else k): (shown(k, c.old.get(k)), shown(k, v))
                                 for k, v in c.new.items()}) for c in plan.updates]
    report.conflicts = [ConflictDTO(c.row, c.id_number, c.name_in_file, c.existing_name, c.reason,
                                    c.message) for c in plan.conflicts]


def _counts(report: ImportReport) -> dict[str, Any]:
    return {"data_rows": report.data_rows, "accepted": report.accepted, "created": report.created,
            "updated": report.updated, "unchanged": report.unchanged,
            "conflicts": len(report.conflicts), "rejected": len(report.rejected),
            "rejected_by_reason": report.rejected_by_reason, "new_branches": report.new_branches}
