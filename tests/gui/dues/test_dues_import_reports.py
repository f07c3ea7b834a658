"""The 会费 tab's branch-sheet import (preview, apply, the same sheet twice) and report export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from union_desk.core.roles import Role
from union_desk.services.context import SYSTEM
from union_desk.services.dues.payments import DuesPaymentService
from union_desk.ui.dues.import_dialog import row_status
from union_desk.ui.dues.tab import DuesTab

from tests.gui.conftest import services_for
from tests.service.dues.test_dues_support import load_roster_a, set_rule

TIMEOUT = 15000


def _tab(qtbot, services) -> DuesTab:
    tab = DuesTab(services)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.batch.loaded, timeout=TIMEOUT):
        tab.show()
    return tab


def test_branch_sheet_preview_apply_and_twice(qtbot, runner, gui_db, samples_dir):
    clerk = services_for(gui_db, Role.CLERK)
    load_roster_a(clerk.ctx.as_user(SYSTEM), samples_dir)
    set_rule(clerk.ctx.as_user(SYSTEM), "payroll")      # the sample was made under it
    tab = _tab(qtbot, clerk)
    assert not tab.import_btn.isHidden()
    sheet = samples_dir / "dues_2026_10.xlsx"

    dlg = tab.open_import()
    with qtbot.waitSignal(dlg.previewed, timeout=TIMEOUT) as got:
        dlg._set_path(str(sheet))                    # what 选择文件… does after the file dialog
    pv = got.args[0]
    assert dlg.model.rowCount() == len(pv.rows) == 150
    texts = [dlg.model.data(dlg.model.index(r, 8)) for r in range(dlg.model.rowCount())]
    count = lambda word: sum(word in t for t in texts)  # noqa: E731
    # the two unknown IDs show only that: nothing else can be checked for them
    known = [r for r in pv.rows if r.known_member]
    assert count("正常") == sum(r.status == "ok" for r in known) == 137
    assert count("少缴") == 7 and count("多缴") == 4
    assert count("姓名不符") == 3 and count("身份证号未登记") == 2
    assert count("应缴填错") == 3 and count("基数不一致") == 4
    assert dlg.update_bases.isEnabled()
    dlg.problems_only.setChecked(True)
    assert 0 < dlg.model.rowCount() < 150
    assert all(t != "正常" for t in (dlg.model.data(dlg.model.index(r, 8))
                                      for r in range(dlg.model.rowCount())))
    dlg.problems_only.setChecked(False)
    assert "将登记 144 笔" in dlg.counts.text()
    unknown = [r for r in pv.rows if not r.known_member][0]
    assert "身份证号未登记" in row_status(unknown)

    with qtbot.waitSignal(dlg.applied, timeout=TIMEOUT) as applied, \
            qtbot.waitSignal(dlg.previewed, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.apply_btn, Qt.MouseButton.LeftButton)
    assert applied.args[0].recorded == 144
    assert "导入完成：登记 144 笔" in dlg.message.text()
    # the refreshed preview: everything already recorded, nothing left to apply
    assert not dlg.apply_btn.isEnabled()
    assert dlg.preview.to_record == 0

    # the same sheet again: the preview says so, and applying anyway records nothing
    dlg.close()
    dlg2 = tab.open_import()
    with qtbot.waitSignal(dlg2.previewed, timeout=TIMEOUT):
        dlg2._set_path(str(sheet))
    assert "已经导入过" in dlg2.message.text()
    assert not dlg2.apply_btn.isEnabled()
    with qtbot.waitSignal(dlg2.applied, timeout=TIMEOUT) as again, \
            qtbot.waitSignal(dlg2.previewed, timeout=TIMEOUT):
        dlg2.apply()
    assert again.args[0].recorded == 0
    assert "已经导入过" in dlg2.message.text() and "没有新增" in dlg2.message.text()
    dlg2.close()
    member = [r for r in pv.rows if r.will_record][0].member_id
    assert len(DuesPaymentService(clerk.ctx).payments(member)) == 1


def test_report_export_writes_file_and_offers_to_open(qtbot, runner, gui_db, tmp_path):
    tab = _tab(qtbot, services_for(gui_db, Role.CLERK))
    for export, name in ((tab.reports.export_summary, "汇总.xlsx"),
                         (tab.reports.export_ledger, "台账.pdf"),
                         (tab.reports.export_arrears, "欠缴.xlsx"),
                         (tab.reports.export_funds, "经费.xlsx")):
        target = tmp_path / name
        with qtbot.waitSignal(tab.reports.exported, timeout=TIMEOUT):
            export(str(target))
        assert target.is_file() and target.stat().st_size > 0
        box = tab.reports.last_box
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert {"打开文件", "打开所在文件夹"} <= {b.text() for b in box.buttons()}
        box.close()
