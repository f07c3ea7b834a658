"""Every exported file goes through reports.output: private (0600), complete before it takes
its name, written with no write transaction open, and never without its audit record."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat

import pytest
from sqlalchemy import func, select

from union_desk.core.members import EventKind as K
from union_desk.core.roles import Role
from union_desk.db.models import AuditEntry, ReportSnapshot
from union_desk.errors import StorageError
from union_desk.services.dues.reports import DuesReportService
from union_desk.services.members.export import export_members
from union_desk.services.members.imports.service import MemberImportService
from union_desk.services.members.slip import print_transfer_slip
from union_desk.services.reporting.service import ReportService
from tests.service.conftest import as_role
from tests.service.reporting.test_report_data import add_member

D = dt.date
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "exports"  # tmp_path also holds the office's data folder
    folder.mkdir()
    return folder


@pytest.fixture
def members(office):
    add_member(office, "王芳", joined=D(2021, 6, 1), branch="第一分会", female=True, phone="13912345678")
    add_member(office, "张伟", joined=D(2022, 3, 1), branch="第一小组", birth=D(1968, 3, 2),
               events=((K.TRANSFER_OUT, D(2024, 5, 20)),))
    return office


def _transferred(ctx) -> str:
    from union_desk.db.models import Member

    with ctx.read() as s:
        return s.scalar(select(Member.id).where(Member.name == "张伟"))


def _exports(ctx, samples_dir, out):
    """Every way a file leaves the program, as (label, call writing into ``out``)."""
    return [
        ("members.xlsx", lambda: export_members(ctx, out / "m.xlsx")),
        ("members.csv", lambda: export_members(ctx, out / "m.csv")),
        ("members.json", lambda: export_members(ctx, out / "m.json")),
        ("roster.xlsx", lambda: ReportService(ctx).export("members-roster", out / "r.xlsx")),
        ("roster.pdf", lambda: ReportService(ctx).export("members-roster", out / "r.pdf")),
        ("stats.xlsx", lambda: ReportService(ctx).export("member-stats", out / "s.xlsx",
                                                         as_of=D(2024, 12, 31))),
        ("stats.pdf", lambda: ReportService(ctx).export("member-stats", out / "s.pdf",
                                                        as_of=D(2024, 12, 31))),
        ("dues ledger", lambda: DuesReportService(ctx).annual_ledger(2024, out / "l.xlsx")),
        ("slip", lambda: print_transfer_slip(ctx, _transferred(ctx), out / "slip.pdf")),
        ("error report", lambda: MemberImportService(ctx).write_error_report(
            MemberImportService(ctx).preview(samples_dir / "roster_e_errors.xlsx"),
            out / "errors.xlsx")),
    ]


@posix_only
def test_every_export_is_readable_by_the_office_account_only(members, admin, samples_dir, out):
    old = os.umask(0o022)  # a usual desktop umask: files would be 0644
    try:
        for label, run in _exports(admin, samples_dir, out):
            run()
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert set(modes.values()) == {0o600}, {n: oct(m) for n, m in modes.items()}
    assert len(modes) == 10, sorted(modes)


def _office_is_free(db) -> bool:
    con = sqlite3.connect(db.path, timeout=0)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.rollback()
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()


def test_no_write_transaction_is_open_while_an_export_is_written(members, admin, samples_dir,
                                                                 out, monkeypatch):
    """While the file is synced and renamed, another connection (the sync round, a second
    window) can still take the office's write lock."""
    seen: list[tuple[str, str, bool]] = []
    label = [""]
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        seen.append((label[0], "fsync", _office_is_free(members)))
        return real_fsync(fd)

    def replace(src, dst):
        seen.append((label[0], "rename", _office_is_free(members)))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    for label[0], run in _exports(admin, samples_dir, out):
        run()
    assert [s for s in seen if not s[2]] == []
    assert {lbl for lbl, _, _ in seen} == {lbl for lbl, _ in _exports(admin, samples_dir, out)}


@pytest.mark.parametrize("which", ["roster", "members"])
def test_an_export_whose_record_cannot_be_committed_leaves_no_file(members, which, out,
                                                                   monkeypatch):
    """An unmasked export's audit row is committed before the file takes its name: when the
    commit fails (the office is busy, the disk is full), no file with full ID numbers appears."""
    import union_desk.services.members.export as member_export
    import union_desk.services.reporting.service as reporting

    def busy(*_a, **_k):
        raise StorageError("数据库正忙")

    approver = as_role(members, Role.APPROVER)
    if which == "roster":
        monkeypatch.setattr(reporting, "audit", busy)
        run = lambda: ReportService(approver).export(  # noqa: E731
            "members-roster", out / "full.xlsx", unmasked=True)
    else:
        monkeypatch.setattr(member_export, "audit", busy)
        run = lambda: export_members(approver, out / "full.xlsx", unmasked=True)  # noqa: E731
    with pytest.raises(StorageError):
        run()
    assert list(out.iterdir()) == []
    with members.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ReportSnapshot)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "export")) == 0
