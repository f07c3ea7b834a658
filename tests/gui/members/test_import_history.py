"""导入记录: batches listed, a whole batch undone, and undo refused (with the rows named) when later
changes touched the batch's members."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from union_desk.core.roles import Role
from union_desk.services.members.dto import MemberFilter
from union_desk.services.members.imports.service import MemberImportService
from union_desk.ui.members.imports.dialog import ImportDialog
from union_desk.ui.members.imports.history import ImportHistoryDialog
from union_desk.ui.members.tab import MembersTab

from tests.gui.conftest import make_host as _host
from tests.gui.conftest import services_for

TIMEOUT = 15000


def _count(services) -> int:
    return len(services.members.query_ids(MemberFilter(), "name", False))


def _history(qtbot, services) -> ImportHistoryDialog:
    dlg = ImportHistoryDialog(services, _host(qtbot))
    qtbot.addWidget(dlg)
    dlg.show()
    # the first load starts in the constructor: wait on state, not on a signal that may have gone
    qtbot.waitUntil(lambda: dlg.ready, timeout=TIMEOUT)
    return dlg


def test_undo_a_batch_from_the_history_dialog(qtbot, runner, gui_db, samples_dir):
    services = services_for(gui_db, Role.CLERK)
    # import through the dialog, then open the history from its 导入记录 button
    imp = ImportDialog(services, samples_dir / "roster_a.xlsx", _host(qtbot))
    qtbot.addWidget(imp)
    imp.show()
    qtbot.waitUntil(lambda: not imp.busy, timeout=TIMEOUT)
    with qtbot.waitSignal(imp.apply_finished, timeout=TIMEOUT):
        qtbot.mouseClick(imp.import_btn, Qt.MouseButton.LeftButton)
    assert _count(services) == 300
    tab = MembersTab(services, _host(qtbot))
    qtbot.waitUntil(lambda: tab.count.text() != "", timeout=TIMEOUT)
    with qtbot.waitSignal(tab.ids_loaded, timeout=TIMEOUT):
        tab.status.setCurrentIndex(0)
    assert tab.model.rowCount() == 300

    qtbot.mouseClick(imp.history_btn, Qt.MouseButton.LeftButton)
    dlg = imp.history_dialog
    assert isinstance(dlg, ImportHistoryDialog)
    qtbot.waitUntil(lambda: dlg.ready, timeout=TIMEOUT)
    assert dlg.table.rowCount() == 1
    assert dlg.table.item(0, 1).text() == "roster_a.xlsx"
    assert dlg.table.item(0, 3).text() == "clerk1"
    assert dlg.table.item(0, 4).text() == "300"
    assert dlg.table.item(0, 8).text() == "已导入"

    with qtbot.waitSignal(dlg.blockers_loaded, timeout=TIMEOUT) as got:
        dlg.table.selectRow(0)
    assert got.args[1] == []
    assert dlg.undo_btn.isEnabled()
    assert "300" in dlg.detail.text()

    qtbot.mouseClick(dlg.undo_btn, Qt.MouseButton.LeftButton)
    box = dlg.confirm_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(dlg.undone, timeout=TIMEOUT) as done, \
            qtbot.waitSignal(tab.ids_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert done.args[0].removed == 300
    assert _count(services) == 0
    assert tab.model.rowCount() == 0             # the members tab heard about it
    qtbot.waitUntil(lambda: dlg.table.item(0, 8).text().startswith("已撤销"), timeout=TIMEOUT)
    assert "删除了 300 名" in dlg.detail.text()
    assert not dlg.undo_btn.isEnabled()
    dlg.close()


def test_undo_blocked_by_later_changes_names_the_rows(qtbot, runner, gui_db, samples_dir):
    services = services_for(gui_db, Role.CLERK)
    svc = MemberImportService(services.ctx)
    first = svc.apply(samples_dir / "roster_a.xlsx")
    later = svc.apply(samples_dir / "roster_e_errors.xlsx")   # updates some of roster_a's members
    assert later.updated > 0

    dlg = _history(qtbot, services)
    assert dlg.table.rowCount() == 2
    assert dlg.table.item(0, 1).text() == "roster_e_errors.xlsx"   # newest first
    with qtbot.waitSignal(dlg.blockers_loaded, timeout=TIMEOUT) as got:
        dlg.select_batch(first.batch_id)
    blockers = got.args[1]
    assert len(blockers) == later.updated
    assert not dlg.undo_btn.isEnabled()
    assert "不能整批撤销" in dlg.detail.text()
    assert dlg.blocker_list.isVisible() and dlg.blocker_list.count() == len(blockers)
    names = {u.name for u in later.updates}
    shown = [dlg.blocker_list.item(i).text() for i in range(dlg.blocker_list.count())]
    assert all(any(n in text for n in names) for text in shown)
    assert all(text.startswith("第 ") for text in shown)

    # the later batch itself can be undone
    with qtbot.waitSignal(dlg.blockers_loaded, timeout=TIMEOUT) as got:
        dlg.select_batch(later.batch_id)
    assert got.args[1] == [] and dlg.undo_btn.isEnabled()
    with qtbot.waitSignal(dlg.undone, timeout=TIMEOUT):
        dlg.undo(later.batch_id)
    assert _count(services) == 300
    qtbot.waitUntil(lambda: dlg.table.item(0, 8).text().startswith("已撤销"), timeout=TIMEOUT)
    assert dlg.table.item(1, 8).text() == "已导入"


def test_history_when_nothing_imported(qtbot, runner, gui_db):
    dlg = _history(qtbot, services_for(gui_db, Role.CLERK))
    assert dlg.table.rowCount() == 0
    assert "还没有导入" in dlg.detail.text()
    assert not dlg.undo_btn.isEnabled()


def test_undo_refused_when_rows_changed_after_the_list_was_shown(qtbot, runner, gui_db, samples_dir):
    services = services_for(gui_db, Role.CLERK)
    svc = MemberImportService(services.ctx)
    first = svc.apply(samples_dir / "roster_a.xlsx")
    dlg = _history(qtbot, services)
    with qtbot.waitSignal(dlg.blockers_loaded, timeout=TIMEOUT) as got:
        dlg.select_batch(first.batch_id)
    assert got.args[1] == [] and dlg.undo_btn.isEnabled()
    later = svc.apply(samples_dir / "roster_e_errors.xlsx")  # someone else changes rows meanwhile

    qtbot.mouseClick(dlg.undo_btn, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dlg.undo_failed, timeout=TIMEOUT) as failed, \
            qtbot.waitSignal(dlg.blockers_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert "无法整批撤销" in failed.args[0]
    assert dlg.blocker_list.count() == later.updated
    assert not dlg.undo_btn.isEnabled()
    assert _count(services) == 300 + later.created
