"""The reports dialog through real widgets: checks, xlsx/pdf export, templates, snapshots."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from pypdf import PdfReader
from sqlalchemy import update

from union_desk.core.members import EventKind as K
from union_desk.core.roles import Role
from union_desk.db.models import MemberEvent
from union_desk.reports import output
from union_desk.ui.reports.dialog import ReportDialog, open_reports

from tests.gui.conftest import services_for
from tests.service.reporting.test_report_data import add_member

TIMEOUT = 8000
D = dt.date
AS_OF = QDate(2024, 12, 31)


@pytest.fixture
def office(gui_db):
    add_member(gui_db, "王芳", joined=D(2021, 6, 1), branch="第一分会", female=True)
    add_member(gui_db, "张伟", joined=D(2022, 3, 1), branch="第二分会", birth=D(1968, 3, 2))
    add_member(gui_db, "李娜", joined=D(2022, 3, 1), branch="第二分会", female=True,
               events=((K.WITHDRAW, D(2024, 5, 20)),))
    return gui_db


def _open(qtbot, db, role=Role.CLERK) -> ReportDialog:
    dlg = ReportDialog(services_for(db, role))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.checks.result is not None, timeout=TIMEOUT)
    dlg.show()
    return dlg


def _set_as_of(qtbot, dlg, day=AS_OF):
    with qtbot.waitSignal(dlg.checks_loaded, timeout=TIMEOUT):
        dlg.as_of.setDate(day)


def _export(qtbot, dlg, path, monkeypatch, button=None):
    monkeypatch.setattr(dlg, "ask_save_path", lambda suggested, fmt: str(path))
    with qtbot.waitSignal(dlg.exported, timeout=TIMEOUT) as sig:
        qtbot.mouseClick(button or dlg.export_btn, Qt.MouseButton.LeftButton)
    return sig.args[0]


def test_member_stats_to_xlsx_and_pdf_with_snapshots(qtbot, runner, office, tmp_path, monkeypatch):
    dlg = _open(qtbot, office)
    assert dlg.current_info().name == "member-stats"
    _set_as_of(qtbot, dlg)
    assert dlg.checks.ok and "全部 12 项校验通过" in dlg.checks.summary.text()
    assert dlg.export_btn.isEnabled()
    assert dlg.period_start.date() == QDate(2024, 1, 1)

    out = _export(qtbot, dlg, tmp_path / "统计.xlsx", monkeypatch)
    ws = openpyxl.load_workbook(out.path).active
    assert ws["A1"].value == "测试工会 基层工会会员统计表"
    assert ws["B5"].value == 2 and ws["D5"].value == 1          # total, female as of 2024-12-31
    assert dlg.result.open_file_btn.isVisibleTo(dlg) and dlg.result.open_folder_btn.isVisibleTo(dlg)
    assert "统计.xlsx" in dlg.result.message.text()

    dlg.set_format("pdf")
    out = _export(qtbot, dlg, tmp_path / "统计.pdf", monkeypatch)
    text = "".join(p.extract_text() for p in PdfReader(out.path).pages)
    assert "测试工会" in text and "全部 12 项校验通过" in text and "2024-12-31" in text

    # the file name's suffix decides the format; without one the chosen format is added
    dlg.set_format("xlsx")
    with qtbot.waitSignal(dlg.exported, timeout=TIMEOUT) as sig:
        dlg.export_to(tmp_path / "again.pdf")
    assert sig.args[0].format == "pdf" and PdfReader(sig.args[0].path).pages
    with qtbot.waitSignal(dlg.exported, timeout=TIMEOUT) as sig:
        dlg.export_to(tmp_path / "again")
    assert sig.args[0].path.name == "again.xlsx" and openpyxl.load_workbook(sig.args[0].path)

    with qtbot.waitSignal(dlg.snapshots_loaded, timeout=TIMEOUT) as sig:
        dlg.tabs.setCurrentIndex(2)
    assert sig.args == [4]
    rows = {dlg.snapshots.table.item(r, 4).text(): r for r in range(4)}
    r = rows["统计.pdf"]
    assert dlg.snapshots.table.item(r, 1).text() == "基层工会会员统计表"
    assert dlg.snapshots.table.item(r, 2).text() == "2024-12-31"
    assert dlg.snapshots.table.item(r, 5).text() == "clerk1"
    assert dlg.snapshots.table.item(r, 6).data(Qt.ItemDataRole.UserRole) == out.sha256


def test_failing_logic_check_blocks_export(qtbot, runner, office, tmp_path):
    # a hand-edited event whose "before" status does not follow the chain (as the backend test)
    with office.sessions() as s, s.begin():
        s.execute(update(MemberEvent).where(MemberEvent.kind == "退会").values(status_before="退会"))
    dlg = _open(qtbot, office)
    _set_as_of(qtbot, dlg)
    assert not dlg.checks.ok
    assert not dlg.export_btn.isEnabled()
    summary = dlg.checks.summary.text()
    assert "不能导出" in summary and "期初人数 + 本期增加 − 本期减少 = 期末人数" in summary
    failed = [dlg.checks.list.item(i).text() for i in range(dlg.checks.list.count())
              if dlg.checks.list.item(i).text().startswith("✘")]
    assert len(failed) == 2 and dlg.checks.list.item(0).text().startswith("✘")

    # even a direct call is refused by the service, and nothing is written
    target = tmp_path / "s.xlsx"
    with qtbot.waitSignal(dlg.export_failed, timeout=TIMEOUT):
        dlg.export_to(target)
    assert not target.exists()
    assert "逻辑校验" in dlg.result.message.text() and dlg.result.open_file_btn.isHidden()

    # the roster is not a statistic: it can still be exported
    dlg.select_report("members-roster")
    assert dlg.checks.isHidden() and dlg.export_btn.isEnabled()


def test_unmask_option_only_for_unmask_permission(qtbot, runner, office, tmp_path, monkeypatch):
    clerk = _open(qtbot, office, Role.CLERK)
    clerk.select_report("members-roster")
    assert clerk.unmask.isHidden() and not clerk.unmask.isVisibleTo(clerk)
    assert clerk.mask_note.isVisibleTo(clerk)
    assert not clerk.as_of.isVisibleTo(clerk)          # the roster takes no date
    out = _export(qtbot, clerk, tmp_path / "名册.xlsx", monkeypatch)
    assert not out.unmasked and out.rows == 2
    ws = openpyxl.load_workbook(out.path).active
    idcol = [c.value for c in ws[3]].index("身份证号") + 1
    assert "********" in ws.cell(4, idcol).value

    chair = _open(qtbot, office, Role.APPROVER)
    chair.select_report("members-roster")
    assert chair.unmask.isVisibleTo(chair) and not chair.unmask_warning.isVisibleTo(chair)
    chair.unmask.setChecked(True)
    assert chair.unmask_warning.isVisibleTo(chair) and "审计日志" in chair.unmask_warning.text()
    out = _export(qtbot, chair, tmp_path / "名册全.xlsx", monkeypatch)
    assert out.unmasked
    ws = openpyxl.load_workbook(out.path).active
    assert "*" not in ws.cell(4, idcol).value and ws.cell(4, idcol).data_type == "s"
    assert "审计日志" in chair.result.message.text()
    # the statistics carry no ID numbers: no unmask option there
    chair.select_report("member-stats")
    assert not chair.unmask.isVisibleTo(chair)


def test_locked_output_offers_another_name(qtbot, runner, office, tmp_path, monkeypatch):
    locked = tmp_path / "名册.xlsx"
    locked.write_bytes(b"held open by Excel")
    real = output.check_writable

    def check(path):
        if path.name == locked.name:
            raise output.OutputLocked(path)
        real(path)

    monkeypatch.setattr(output, "check_writable", check)
    dlg = _open(qtbot, office)
    dlg.select_report("members-roster")
    with qtbot.waitSignal(dlg.export_failed, timeout=TIMEOUT):
        dlg.export_to(locked)
    assert "Excel" in dlg.result.message.text()
    assert dlg.result.retry_btn.isVisibleTo(dlg) and "名册(1).xlsx" in dlg.result.retry_btn.text()
    assert locked.read_bytes() == b"held open by Excel"
    with qtbot.waitSignal(dlg.exported, timeout=TIMEOUT) as sig:
        qtbot.mouseClick(dlg.result.retry_btn, Qt.MouseButton.LeftButton)
    assert sig.args[0].path.name == "名册(1).xlsx" and sig.args[0].rows == 2


def test_template_lists_unknown_placeholders_and_fills(qtbot, runner, office, tmp_path, monkeypatch):
    tpl = tmp_path / "上级模板.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["B1"] = "会员总数", "{{total}}"
    ws["A2"], ws["B2"] = "女会员", "{{female}}"
    ws["A3"], ws["B3"] = "职工董事", "{{职工董事人数}}"
    ws["A4"] = "{{union_name}} 截至 {{as_of}}"
    wb.save(tpl)

    dlg = _open(qtbot, office)
    with qtbot.waitSignal(dlg.checks_loaded, timeout=TIMEOUT):
        dlg.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(dlg.checks_loaded, timeout=TIMEOUT):
        dlg.template.as_of.setDate(AS_OF)
    monkeypatch.setattr(dlg.template, "ask_template_path", lambda: str(tpl))
    with qtbot.waitSignal(dlg.template_scanned, timeout=TIMEOUT) as sig:
        qtbot.mouseClick(dlg.template.pick_btn, Qt.MouseButton.LeftButton)
    assert sig.args[0] == ["total", "female", "职工董事人数", "union_name", "as_of"]
    assert dlg.template.unknown_placeholders() == ["职工董事人数"]
    assert "职工董事人数" in dlg.template.summary.text() and "不认识" in dlg.template.summary.text()
    assert dlg.template.export_btn.isEnabled()

    out = _export(qtbot, dlg, tmp_path / "填好的.xlsx", monkeypatch, dlg.template.export_btn)
    assert out.unknown_placeholders == ("职工董事人数",)
    ws = openpyxl.load_workbook(out.path).active
    assert ws["B1"].value == 2 and ws["B2"].value == 1 and ws["B3"].value == "{{职工董事人数}}"
    assert ws["A4"].value == "测试工会 截至 2024年12月31日"
    assert "职工董事人数" in dlg.template.result.message.text()
    assert openpyxl.load_workbook(tpl).active["B1"].value == "{{total}}"   # template untouched


def test_open_reports_reuses_the_dialog(qtbot, runner, office):
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    services = services_for(office, Role.VIEWER)
    first = open_reports(services, host)
    qtbot.waitUntil(lambda: first.checks.result is not None, timeout=TIMEOUT)
    first.close()
    second = open_reports(services, host)
    assert second is first and second.isVisible()
    qtbot.waitUntil(lambda: second.checks.result is not None, timeout=TIMEOUT)
