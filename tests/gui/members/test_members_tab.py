"""Drive the members tab through real widgets: add -> edit -> status change -> search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from union_desk.core.roles import Role
from union_desk.ui.members.member_dialog import MemberDialog
from union_desk.ui.members.status_dialog import StatusDialog
from union_desk.ui.main_window import MainWindow

from tests.gui.conftest import services_for

TIMEOUT = 5000


def _open_window(qtbot, db, role=Role.CLERK):
    win = MainWindow(services_for(db, role), union_name="测试工会")
    qtbot.addWidget(win)
    tab = win.members_tab
    with qtbot.waitSignal(tab.ids_loaded, timeout=TIMEOUT):
        win.show()
    return win, tab


def _dialog(cls):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert found, f"no visible {cls.__name__}"
    return found[-1]


def test_add_edit_status_search(qtbot, runner, gui_db):
    win, tab = _open_window(qtbot, gui_db)
    assert tab.model.rowCount() == 0

    # --- add, first with a bad ID: inline message, nothing saved
    qtbot.mouseClick(tab.add_btn, Qt.MouseButton.LeftButton)
    dlg = _dialog(MemberDialog)
    dlg.name.setText("张伟")  # QTest cannot type non-ASCII keys
    qtbot.keyClicks(dlg.id_number, "110105194912310021")
    qtbot.keyClicks(dlg.phone, "13812345678")
    dlg.branch.setCurrentIndex(dlg.branch.findText("第一分会"))
    qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.fields["id_number"].error.isVisible(), timeout=TIMEOUT)
    assert "校验位" in dlg.fields["id_number"].error.text()
    assert dlg.isVisible()

    dlg.id_number.clear()
    qtbot.keyClicks(dlg.id_number, "11010519491231002x")
    with qtbot.waitSignal(tab.ids_loaded, timeout=TIMEOUT):
        qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
    assert not dlg.isVisible()
    assert tab.model.rowCount() == 1
    qtbot.waitUntil(lambda: tab.model.cached(0) is not None, timeout=TIMEOUT)
    row = tab.model.cached(0)
    assert (row.name, row.gender, row.id_number) == ("张伟", "女", "110105********002X")

    # --- select and edit the phone
    with qtbot.waitSignal(tab.detail_loaded, timeout=TIMEOUT):
        tab.table.selectRow(0)
    qtbot.mouseClick(tab.edit_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, MemberDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    dlg = _dialog(MemberDialog)
    assert dlg.id_number.isReadOnly()      # a clerk sees only the masked ID
    dlg.phone.clear()
    qtbot.keyClicks(dlg.phone, "13900001111")
    with qtbot.waitSignal(tab.detail_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.detail.labels["phone"].text() == "139****1111", timeout=TIMEOUT)

    # --- status change: 保留会籍 (退休)
    qtbot.mouseClick(tab.status_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, StatusDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    sdlg = _dialog(StatusDialog)
    sdlg.kind.setCurrentIndex(sdlg.kind.findText("保留会籍"))
    assert sdlg.reason.currentText() == "退休"
    qtbot.mouseClick(sdlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.detail.labels["status"].text() == "保留会籍", timeout=TIMEOUT)
    history = [tab.detail.history.item(r, 1).text() for r in range(tab.detail.history.rowCount())]
    assert "保留会籍" in history and "入会" in history

    # --- search by pinyin initials, then something that matches nobody
    with qtbot.waitSignal(tab.ids_loaded, timeout=TIMEOUT):
        qtbot.keyClicks(tab.search, "zw")
    assert tab.model.rowCount() == 1
    with qtbot.waitSignal(tab.ids_loaded, timeout=TIMEOUT):
        qtbot.keyClicks(tab.search, "q")
    assert tab.model.rowCount() == 0


def test_viewer_sees_no_write_buttons(qtbot, runner, gui_db):
    win, tab = _open_window(qtbot, gui_db, Role.VIEWER)
    assert tab.add_btn.isHidden() and tab.edit_btn.isHidden() and tab.status_btn.isHidden()
    assert tab.unmask_btn.isHidden()


def test_show_member_from_another_tab_clears_filters_and_selects(qtbot, runner, gui_db):
    import datetime as dt

    from union_desk.core.members import EventKind

    services = services_for(gui_db, Role.CLERK)
    keep = services.members.create({"name": "李娜", "id_number": "440524188001010014"})
    gone = services.members.create({"name": "张伟", "id_number": "11010519491231002X"})
    services.members.change_status(gone.id, EventKind.WITHDRAW, event_date=dt.date.today(),
                                   reason="本人申请", approver="主席")
    win, tab = _open_window(qtbot, gui_db)
    assert tab.model.rowCount() == 1 and tab.model.id_at(0) == keep.id   # 退会 hidden by default
    with qtbot.waitSignal(tab.detail_loaded, timeout=TIMEOUT):
        win.show_member(gone.id)
    assert win.tabs.currentWidget() is tab
    assert tab.current_id == gone.id and tab.detail.labels["status"].text() == "退会"
    assert tab.dues_btn.isEnabled()


def test_dropping_a_branch_sheet_on_the_window_opens_the_import_preview(qtbot, runner, gui_db,
                                                                         samples_dir):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from union_desk.ui.members.imports.dialog import ImportDialog

    win, _tab = _open_window(qtbot, gui_db)
    assert win.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(samples_dir / "roster_a.xlsx"))])
    drop = QDropEvent(QPointF(QPoint(50, 50)), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(drop)
    qtbot.waitUntil(lambda: any(isinstance(w, ImportDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    dlg = _dialog(ImportDialog)
    dlg.close()


def test_family_members_are_added_and_removed_from_the_member_page(qtbot, runner, gui_db):
    from union_desk.ui.members.family_dialog import FamilyDialog

    services = services_for(gui_db, Role.CLERK)
    m = services.members.create({"name": "李娜", "id_number": "440524188001010014"})
    win, tab = _open_window(qtbot, gui_db)
    with qtbot.waitSignal(tab.detail_loaded, timeout=TIMEOUT):
        tab.table.selectRow(0)
    qtbot.mouseClick(tab.family_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, FamilyDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    dlg = _dialog(FamilyDialog)
    qtbot.mouseClick(dlg.add_btn, Qt.MouseButton.LeftButton)          # no name: plain message
    qtbot.waitUntil(lambda: not dlg.error.isHidden(), timeout=TIMEOUT)
    assert "姓名" in dlg.error.text()
    dlg.name.setText("王强")
    dlg.relation.setCurrentText("配偶")
    dlg.work.setText("某某小学")
    qtbot.mouseClick(dlg.add_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "配偶 王强" in tab.detail.labels["family"].text(), timeout=TIMEOUT)
    dlg.table.selectRow(0)
    qtbot.mouseClick(dlg.remove_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 0, timeout=TIMEOUT)
    assert services.members.get(m.id).family == ()
    dlg.close()
