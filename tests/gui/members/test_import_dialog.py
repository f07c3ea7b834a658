"""The clerk's import flow through real widgets: file -> mapping -> dry run -> import -> report."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from union_desk.core.roles import Role
from union_desk.services.members.dto import MemberFilter
from union_desk.services.members.imports.service import MemberImportService
from union_desk.ui.members.imports.dialog import ImportDialog, import_path_from_mime
from union_desk.ui.members.tab import MembersTab

from tests.gui.conftest import make_host as _host
from tests.gui.conftest import services_for

TIMEOUT = 15000


def _expected(samples_dir: Path, name: str) -> dict:
    return json.loads((samples_dir / "expected.json").read_text("utf-8"))["files"][name]


def _open(qtbot, services, path) -> ImportDialog:
    dlg = ImportDialog(services, path, _host(qtbot))
    qtbot.addWidget(dlg)
    dlg.show()
    # the preview starts in the constructor: wait on state, not on a signal that may have gone
    qtbot.waitUntil(lambda: not dlg.busy, timeout=TIMEOUT)
    assert dlg.report is not None, dlg.message.text()
    return dlg


def _member_count(services) -> int:
    return len(services.members.query_ids(MemberFilter(), "name", False))


def test_roster_a_preview_apply_and_members_appear(qtbot, runner, gui_db, samples_dir):
    services = services_for(gui_db, Role.CLERK)
    exp = _expected(samples_dir, "roster_a.xlsx")
    tab = MembersTab(services, _host(qtbot))
    qtbot.waitUntil(lambda: tab.count.text() != "", timeout=TIMEOUT)
    with qtbot.waitSignal(tab.ids_loaded, timeout=TIMEOUT):
        tab.status.setCurrentIndex(0)  # 全部会籍状态
    assert tab.model.rowCount() == 0

    dlg = _open(qtbot, services, samples_dir / "roster_a.xlsx")
    report = dlg.report
    assert report.sheet == exp["sheet"] == dlg.sheet_combo.currentText()
    assert report.header_row == exp["header_row"]
    assert "第 3 行" in dlg.header_label.text()
    assert report.data_rows == exp["data_rows"]
    assert report.created == exp["accepted"] == 300
    assert dlg.preview.counts["created"].text() == "300"
    assert dlg.preview.counts["rejected"].text() == "0"
    assert dlg.preview.new_model.rowCount() == 300
    assert dlg.preview.new_model.data(dlg.preview.new_model.index(0, 0)) == str(exp["first_data_row"])
    # the mapping shows every column; 序号 and 备注 are not imported
    chosen = dlg.mapping_table.chosen()
    for col in exp["columns"]:
        assert chosen[col["column"]] == col["field"], col
    assert _member_count(services) == 0  # a preview writes nothing

    assert dlg.import_btn.isEnabled()
    notices = []
    runner.changes_applied.connect(lambda changes, initiator: notices.append((changes, initiator)))
    with qtbot.waitSignal(dlg.apply_finished, timeout=TIMEOUT) as done, \
            qtbot.waitSignal(tab.ids_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.import_btn, Qt.MouseButton.LeftButton)
    applied = done.args[0]
    assert applied.batch_id and applied.created == 300
    # the notice names what the import wrote, its writer thread's INSERT … SELECT included
    (changes, initiator), = notices
    assert initiator is dlg
    assert {"member", "member_event", "outbox", "import_batch", "import_batch_item"} <= changes
    assert "导入完成" in dlg.message.text() and "新增 300 人" in dlg.message.text()
    assert not dlg.import_btn.isEnabled()
    assert tab.model.rowCount() == 300          # the members tab refreshed by itself
    assert _member_count(services) == 300

    # the same file again changes nothing
    with qtbot.waitSignal(dlg.preview_finished, timeout=TIMEOUT):
        dlg.set_path(samples_dir / "roster_a.xlsx")
    assert (dlg.report.created, dlg.report.updated, dlg.report.unchanged) == (0, 0, 300)
    assert not dlg.import_btn.isEnabled()
    assert "相同" in dlg.message.text()


def test_roster_e_rejected_rows_conflicts_updates_and_error_report(qtbot, runner, gui_db, samples_dir,
                                                                   tmp_path):
    services = services_for(gui_db, Role.CLERK)
    MemberImportService(services.ctx).apply(samples_dir / "roster_a.xlsx")
    exp = _expected(samples_dir, "roster_e_errors.xlsx")

    dlg = _open(qtbot, services, samples_dir / "roster_e_errors.xlsx")
    panel = dlg.preview
    assert dlg.report.rejected_by_reason == exp["rejected_by_reason"]
    assert panel.counts["rejected"].text() == str(len(exp["rejected"]))
    assert panel.counts["created"].text() == str(exp["new_members"])
    rows = {(panel.rejected_model.item(i).row, panel.rejected_model.item(i).reason)
            for i in range(panel.rejected_model.rowCount())}
    assert rows == {(r["row"], r["reason"]) for r in exp["rejected"]}
    # row number as in Excel, Chinese reason label and message
    first = {panel.rejected_model.headerData(c, Qt.Orientation.Horizontal): panel.rejected_model.data(
        panel.rejected_model.index(0, c)) for c in range(panel.rejected_model.columnCount())}
    assert first["行号"] == "3" and first["原因"] == "缺少必填项" and "身份证号为空" in first["说明"]
    assert "缺少必填项 4 行" in panel.reasons.text()
    assert panel.tabs.tabText(4) == f"有错误 ({len(exp['rejected'])})"

    # filter by reason
    panel.reason_filter.setCurrentIndex(panel.reason_filter.findData("bad_phone"))
    assert panel.rejected_model.rowCount() == exp["rejected_by_reason"]["bad_phone"]
    assert {panel.rejected_model.item(i).reason for i in range(5)} == {"bad_phone"}
    panel.reason_filter.setCurrentIndex(0)
    assert panel.rejected_model.rowCount() == len(exp["rejected"])

    # same ID, different name: held and explained; updates listed field by field
    assert panel.conflict_model.rowCount() == 1
    conflict = panel.conflict_model.item(0)
    assert conflict.name_in_file != conflict.existing_name and "暂缓" in conflict.message
    assert "冲突" in dlg.message.text()
    changes = {(panel.update_model.item(i)[0], panel.update_model.item(i)[3])
               for i in range(panel.update_model.rowCount())}
    assert (15, "phone") in changes and (15, "branch") in changes
    row15 = [panel.update_model.item(i) for i in range(panel.update_model.rowCount())
             if panel.update_model.item(i)[:1] == (15,) and panel.update_model.item(i)[3] == "phone"][0]
    assert row15[4:] == ("15129410335", "13660632806")
    # IDs are masked for a clerk
    assert "********" in panel.update_model.data(panel.update_model.index(0, 2))

    # error report
    out = tmp_path / "错误行.xlsx"
    assert dlg.report_btn.isEnabled()
    with qtbot.waitSignal(dlg.report_written, timeout=TIMEOUT):
        dlg.write_error_report(out)
    assert dlg.report_box is not None and dlg.report_box.isVisible()
    assert str(out) in dlg.report_box.text()
    dlg.report_box.close()
    import openpyxl

    wb = openpyxl.load_workbook(out, read_only=True)
    ws = wb.active
    values = list(ws.iter_rows(values_only=True))
    wb.close()
    header = list(values[0])
    assert "错误说明" in header
    assert len(values) - 1 == len(exp["rejected"])
    explain = header.index("错误说明")
    assert all(v[explain] for v in values[1:])
    assert _member_count(services) == 300  # previews and reports write nothing


def test_cancel_apply_leaves_database_unchanged(qtbot, runner, gui_db, samples_dir):
    services = services_for(gui_db, Role.CLERK)
    dlg = _open(qtbot, services, samples_dir / "roster_a.xlsx")
    notices = []
    runner.changes_applied.connect(lambda changes, _initiator: notices.append(changes))
    gate = threading.Event()
    runner.db_executor.submit(gate.wait)   # hold the DB worker so the import is still queued
    try:
        qtbot.mouseClick(dlg.import_btn, Qt.MouseButton.LeftButton)
        assert dlg.busy and dlg.progress_strip.isVisible() and dlg.cancel_btn.isEnabled()
        assert not dlg.import_btn.isEnabled()
        with qtbot.waitSignal(dlg.op_failed, timeout=TIMEOUT) as failed:
            qtbot.mouseClick(dlg.cancel_btn, Qt.MouseButton.LeftButton)
            gate.set()
    finally:
        gate.set()
    assert "没有导入任何数据" in failed.args[0]
    assert "没有导入任何数据" in dlg.message.text()
    assert not dlg.busy and not dlg.progress_strip.isVisible()
    assert dlg.import_btn.isEnabled()          # the preview still stands: the clerk can try again
    assert _member_count(services) == 0
    assert MemberImportService(services.ctx).history() == []
    assert notices == []                       # rolled back: no tab is told anything changed


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize("name, content, words", [
    ("损坏.xlsx", b"PK\x03\x04" + b"\x00" * 40 + b"truncated", "损坏"),
    ("空文件.xlsx", b"", "空文件"),
    ("网页.xls", b"<html><body><p>no table here</p></body></html>", "网页"),
    ("说明.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    ("没有表头.csv", "甲,乙,丙\n1,2,3\n".encode(), "找不到表头"),
])
def test_bad_files_show_plain_message_and_change_nothing(qtbot, runner, gui_db, tmp_path, name, content,
                                                         words):
    services = services_for(gui_db, Role.CLERK)
    path = tmp_path / name
    path.write_bytes(content)
    dlg = ImportDialog(services, path, _host(qtbot))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=TIMEOUT)
    assert dlg.report is None
    assert dlg.message.isVisible() and words in dlg.message.text()
    assert not dlg.import_btn.isEnabled() and not dlg.report_btn.isEnabled()
    assert dlg.choose_btn.isEnabled()
    assert _member_count(services) == 0


def test_mapping_correction_profile_and_sheet_choice(qtbot, runner, gui_db, samples_dir, tmp_path):
    services = services_for(gui_db, Role.CLERK)
    dlg = _open(qtbot, services, samples_dir / "roster_a.xlsx")
    assert dlg.report.field_columns["phone"] == 8

    # the clerk says column I (手机号码) is not to be imported: the preview runs again
    with qtbot.waitSignal(dlg.preview_finished, timeout=TIMEOUT):
        dlg.mapping_table.set_field("I", None)
    assert "phone" not in dlg.report.field_columns
    assert dlg.mapping_table.chosen()["I"] is None
    assert dlg.mapping["手机号码"] is None

    # without a 姓名 column nothing can be imported: said plainly, 导入 disabled
    dlg.mapping_table.set_field("B", None)
    qtbot.waitUntil(lambda: "姓名" in dlg.message.text() and not dlg.import_btn.isEnabled(), timeout=TIMEOUT)
    with qtbot.waitSignal(dlg.preview_finished, timeout=TIMEOUT):
        dlg.mapping_table.set_field("B", "name")

    with qtbot.waitSignal(dlg.profiles_loaded, timeout=TIMEOUT):
        dlg.save_profile("第一分会名册")
    assert dlg.profile_combo.currentText() == "第一分会名册"
    saved = MemberImportService(services.ctx).profiles()["第一分会名册"]
    assert saved["手机号码"] is None and saved["姓名"] == "name"

    # a new dialog: choosing the profile applies it
    dlg2 = _open(qtbot, services, samples_dir / "roster_a.xlsx")
    qtbot.waitUntil(lambda: dlg2.profile_combo.count() == 2, timeout=TIMEOUT)
    assert "phone" in dlg2.report.field_columns
    with qtbot.waitSignal(dlg2.preview_finished, timeout=TIMEOUT):
        dlg2.profile_combo.setCurrentIndex(dlg2.profile_combo.findText("第一分会名册"))
    assert "phone" not in dlg2.report.field_columns
    with qtbot.waitSignal(dlg2.preview_finished, timeout=TIMEOUT):
        qtbot.mouseClick(dlg2.reset_btn, Qt.MouseButton.LeftButton)
    assert "phone" in dlg2.report.field_columns

    # a workbook with instructions first and two data sheets: the best sheet is chosen, others offered
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "填表说明"
    wb.active.append(["请按下表填写，身份证号设为文本格式"])
    one = wb.create_sheet("一分会")
    one.append(["姓名", "身份证号码", "手机号码", "所属分会"])
    one.append(["张伟", "11010519491231002X", "13812345678", "第一分会"])
    two = wb.create_sheet("二分会")
    two.append(["姓名", "身份证号码"])
    two.append(["李娜", "11010519491231002X"])
    two.append(["王芳", "110105194912310021"])
    path = tmp_path / "多表.xlsx"
    wb.save(path)
    dlg3 = _open(qtbot, services, path)
    assert dlg3.report.sheet == "一分会"
    assert [dlg3.sheet_combo.itemText(i) for i in range(dlg3.sheet_combo.count())] == ["填表说明", "一分会", "二分会"]
    with qtbot.waitSignal(dlg3.preview_finished, timeout=TIMEOUT):
        dlg3.sheet_combo.setCurrentIndex(2)
    assert dlg3.report.sheet == "二分会" and dlg3.report.created == 1 and len(dlg3.report.rejected) == 1


def test_drop_path_from_mime(qapp, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.txt")), QUrl.fromLocalFile(str(tmp_path / "名册.XLSX"))])
    assert import_path_from_mime(mime) == str(tmp_path / "名册.XLSX")
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    assert import_path_from_mime(mime) is None


def test_too_many_rows_is_refused_plainly(qtbot, runner, gui_db, samples_dir):
    services_for(gui_db, Role.ADMIN, "admin").settings.set("import.max_rows", 100)
    services = services_for(gui_db, Role.CLERK)
    dlg = ImportDialog(services, samples_dir / "roster_a.xlsx", _host(qtbot))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=TIMEOUT)
    assert dlg.report is None
    assert "上限" in dlg.message.text() and "拆分" in dlg.message.text()
    assert not dlg.import_btn.isEnabled()
    assert _member_count(services) == 0


def test_html_table_saved_as_xls_is_read(qtbot, runner, gui_db, tmp_path):
    path = tmp_path / "网页导出.xls"
    path.write_text("<html><head><meta charset='utf-8'></head><body><table>"
                    "<tr><td>姓名</td><td>身份证号码</td><td>手机号码</td></tr>"
                    "<tr><td>张伟</td><td>11010519491231002X</td><td>13812345678</td></tr>"
                    "</table></body></html>", "utf-8")
    services = services_for(gui_db, Role.CLERK)
    dlg = _open(qtbot, services, path)
    assert dlg.report.created == 1
    with qtbot.waitSignal(dlg.apply_finished, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.import_btn, Qt.MouseButton.LeftButton)
    assert _member_count(services) == 1


def test_cancel_preview_then_choose_again(qtbot, runner, gui_db, samples_dir):
    services = services_for(gui_db, Role.CLERK)
    gate = threading.Event()
    runner.db_executor.submit(gate.wait)
    try:
        dlg = ImportDialog(services, samples_dir / "roster_a.xlsx", _host(qtbot))
        qtbot.addWidget(dlg)
        dlg.show()
        assert dlg.busy and dlg.cancel_btn.isVisible()
        qtbot.mouseClick(dlg.cancel_btn, Qt.MouseButton.LeftButton)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=TIMEOUT)
    assert dlg.report is None and "已取消" in dlg.message.text()
    with qtbot.waitSignal(dlg.preview_finished, timeout=TIMEOUT):
        dlg.set_path(samples_dir / "roster_a.xlsx")
    assert dlg.report.created == 300


def test_no_header_recognised_clerk_picks_header_row_and_columns(qtbot, runner, gui_db, tmp_path):
    path = tmp_path / "自制名册.csv"
    path.write_text("某分会职工名单,,\n职工名,证件,说明文字\n张伟,11010519491231002X,\n李娜,110105194912310021,\n",
                    "utf-8")
    services = services_for(gui_db, Role.CLERK)
    dlg = ImportDialog(services, path, _host(qtbot))
    qtbot.addWidget(dlg)
    dlg.show()
    table = dlg.mapping_table
    qtbot.waitUntil(lambda: bool(table.raw_rows), timeout=TIMEOUT)  # started by the constructor's preview
    assert "找不到表头" in dlg.message.text()
    assert table.raw.isVisible() and table.raw.rowCount() == 4
    assert table.raw.item(1, 0).text() == "职工名"
    assert not dlg.import_btn.isEnabled()

    table.choose_header_row(2)  # as the clerk clicking the row with the column names
    assert [c.header for c in table.columns] == ["职工名", "证件", "说明文字"]
    table.set_field("A", "name")
    with qtbot.waitSignal(dlg.preview_finished, timeout=TIMEOUT):
        table.set_field("B", "id_number")
    assert dlg.report.header_row == 2
    assert dlg.report.created == 1 and len(dlg.report.rejected) == 1
    assert dlg.report.rejected[0].row == 4
    assert not table.raw.isVisible()
    with qtbot.waitSignal(dlg.apply_finished, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.import_btn, Qt.MouseButton.LeftButton)
    assert _member_count(services) == 1
