from __future__ import annotations

import datetime as dt
import hashlib
import json

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from union_desk.cli import main as cli_main
from union_desk.core.members import EventKind as K
from union_desk.core.roles import Role
from union_desk.db.models import AuditEntry, ReportSnapshot
from union_desk.errors import NotFound, PermissionDenied
from union_desk.services.reporting.service import ReportService
from tests.service.conftest import ADMIN_PASSWORD, as_role
from tests.service.reporting.test_report_data import add_member

D = dt.date


@pytest.fixture
def members(office):
    add_member(office, "王芳", joined=D(2021, 6, 1), branch="第一分会", female=True, phone="13912345678")
    add_member(office, "张伟", joined=D(2022, 3, 1), branch="第一小组", birth=D(1968, 3, 2))
    add_member(office, "李娜", joined=D(2022, 3, 1), branch="第二分会", female=True,
               events=((K.WITHDRAW, D(2024, 5, 20)),))
    return office


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_list():
    names = [r.name for r in ReportService(None).list()]
    assert names == ["member-stats", "members-roster"]


def test_roster_xlsx_masked_by_default_with_snapshot(members, clerk, tmp_path):
    out = ReportService(clerk).export("members-roster", tmp_path / "roster.xlsx")
    assert out.rows == 2 and not out.unmasked  # 李娜 withdrew
    ws = openpyxl.load_workbook(out.path).active
    header = [c.value for c in ws[3]]
    idcol = header.index("身份证号") + 1
    cells = [ws.cell(r, idcol) for r in (4, 5)]
    assert all(c.data_type == "s" and "********" in c.value for c in cells)
    assert ws.cell(4, header.index("手机号码") + 1).value.startswith("139****")
    assert {ws.cell(r, header.index("所属分会") + 1).value for r in (4, 5)} == {"第一分会", "第二分会/第一小组"}
    with members.sessions() as s:
        snap = s.scalars(select(ReportSnapshot)).one()
    assert snap.report_name == "members-roster" and snap.file_sha256 == sha(out.path) == out.sha256
    assert snap.created_by == "clerk1" and snap.row_count == 2 and not snap.unmasked


def test_unmasked_roster_needs_permission_and_is_audited(members, clerk, tmp_path):
    with pytest.raises(PermissionDenied):
        ReportService(clerk).export("members-roster", tmp_path / "r.xlsx", unmasked=True)
    assert not (tmp_path / "r.xlsx").exists()
    approver = as_role(members, Role.APPROVER, "chair")
    out = ReportService(approver).export("members-roster", tmp_path / "r.pdf", unmasked=True)
    text = PdfReader(out.path).pages[0].extract_text()
    assert "********" not in text
    with members.sessions() as s:
        logged = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert len(logged) == 1 and logged[0].actor == "chair" and logged[0].entity_id == out.snapshot_id


def test_member_stats_xlsx_from_builtin_template(members, admin, tmp_path):
    out = ReportService(admin).export("member-stats", tmp_path / "stats.xlsx", as_of=D(2024, 12, 31))
    assert out.unknown_placeholders == ()
    ws = openpyxl.load_workbook(out.path).active
    assert ws["A1"].value == "示例公司工会 基层工会会员统计表"
    assert ws["B5"].value == 2 and ws["D5"].value == 1  # total, female
    with members.sessions() as s:
        snap = s.scalars(select(ReportSnapshot)).one()
    figures = json.loads(snap.figures)
    assert figures["total"] == 2 and json.loads(snap.parameters)["as_of"] == "2024-12-31"


def test_member_stats_with_clerk_template_lists_unknown(members, admin, tmp_path):
    tpl = tmp_path / "upper.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"], wb.active["A2"] = "{{total}}", "{{职工董事人数}}"
    wb.save(tpl)
    out = ReportService(admin).export("member-stats", tmp_path / "o.xlsx", as_of=D(2024, 12, 31),
                                      template=tpl)
    assert out.unknown_placeholders == ("职工董事人数",)
    assert openpyxl.load_workbook(out.path).active["A1"].value == 2


def test_member_stats_pdf(members, admin, tmp_path):
    out = ReportService(admin).export("member-stats", tmp_path / "s.pdf", as_of=D(2024, 12, 31))
    text = "".join(p.extract_text() for p in PdfReader(out.path).pages)
    assert "示例公司工会" in text and "全部 12 项校验通过" in text


def test_unknown_report(admin, tmp_path):
    with pytest.raises(NotFound):
        ReportService(admin).export("hardship", tmp_path / "x.xlsx")


def test_cli_list_and_export(members, paths, tmp_path, monkeypatch, capsys):
    assert cli_main(["--data-dir", str(paths.root), "report", "LIST"]) == 0
    assert "members-roster" in capsys.readouterr().out
    monkeypatch.setenv("UNION_DESK_PASSWORD", ADMIN_PASSWORD)
    out = tmp_path / "stats.pdf"
    rc = cli_main(["--data-dir", str(paths.root), "report", "member-stats", "--as-of", "2024-12-31",
                   "--format", "pdf", "-o", str(out), "--user", "admin", "--json"])
    assert rc == 0 and out.exists()
    assert json.loads(capsys.readouterr().out)["format"] == "pdf"
    rc = cli_main(["--data-dir", str(paths.root), "report", "members-roster", "--format", "xlsx",
                   "-o", str(tmp_path / "r.xlsx"), "--user", "admin"])
    assert rc == 0 and "会员花名册" in capsys.readouterr().out
    rc = cli_main(["--data-dir", str(paths.root), "report", "member-stats", "--as-of", "2024-13-01",
                   "-o", str(tmp_path / "x.xlsx"), "--user", "admin"])
    assert rc == 2 and "YYYY-MM-DD" in capsys.readouterr().err


def test_snapshots_listed_and_attached_to_a_sync_batch(members, admin, tmp_path):
    from union_desk.services.reporting.service import attach_sync_batch
    svc = ReportService(admin)
    out = svc.export("members-roster", tmp_path / "r.xlsx")
    with admin.uow() as s:
        assert attach_sync_batch(s, [out.snapshot_id], "b" * 32) == 1
    (snap,) = svc.snapshots("members-roster")
    assert snap.id == out.snapshot_id and snap.sync_batch_id == "b" * 32
    assert snap.file_sha256 == out.sha256


def test_statistics_pdf_embeds_every_font_it_uses(members, admin, tmp_path):
    """Charts and the page template must not fall back to a non-embedded Helvetica."""
    out = ReportService(admin).export("member-stats", tmp_path / "stats.pdf", as_of=D(2025, 1, 1))
    for page in PdfReader(tmp_path / "stats.pdf").pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "WenQuanYi" in str(font["/BaseFont"])   # the embedded face, nothing else
    assert out.path.name == "stats.pdf"
