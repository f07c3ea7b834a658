"""The main window: tabs from one list, links between tabs, and tabs refreshed by the change
notices that the transactions themselves report."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from union_desk.core.roles import Perm, Role
from union_desk.ui import main_window
from union_desk.ui.main_window import TABS, MainWindow, TabSpec
from union_desk.ui.members.member_dialog import MemberDialog

from tests.gui.conftest import services_for

TIMEOUT = 5000


class HardshipTab(QWidget):
    """Stands in for a coming module's tab (困难帮扶): built from one line in TABS."""

    member_requested = Signal(str)

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services


def _window(qtbot, db, role=Role.CLERK) -> MainWindow:
    win = MainWindow(services_for(db, role), union_name="测试工会")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.members_tab.ids_loaded, timeout=TIMEOUT):
        win.show()
    return win


def test_the_tabs_are_the_list_in_its_order(qtbot, runner, gui_db):
    win = _window(qtbot, gui_db)
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == ["概览", "会员", "会费"]
    assert [type(win.tabs.widget(i)).__name__ for i in range(win.tabs.count())] == \
        [spec.factory.split(":")[1] for spec in TABS]
    assert win.tabs.currentWidget() is win.overview_tab


def test_a_new_module_is_one_line_and_shown_only_to_roles_allowed(qtbot, runner, gui_db,
                                                                  monkeypatch):
    extra = TabSpec("hardship", Perm.SENSITIVE, "困难帮扶", f"{__name__}:HardshipTab")
    monkeypatch.setattr(main_window, "TABS", (*TABS, extra))
    clerk = _window(qtbot, gui_db, Role.CLERK)           # a clerk may not see hardship files
    assert clerk.hardship_tab is None and clerk.tabs.count() == len(TABS)
    staff = _window(qtbot, gui_db, Role.HARDSHIP)
    assert isinstance(staff.hardship_tab, HardshipTab)
    assert staff.tabs.tabText(staff.tabs.count() - 1) == "困难帮扶"
    # its member links open the member's page, as the dues tab's do
    made = services_for(gui_db, Role.CLERK).members.create(
        {"name": "王芳", "id_number": "11010519491231002X"})
    with qtbot.waitSignal(staff.members_tab.detail_loaded, timeout=TIMEOUT):
        staff.hardship_tab.member_requested.emit(made.id)
    assert staff.tabs.currentWidget() is staff.members_tab
    assert staff.members_tab.current_id == made.id


def test_an_auto_withdraw_candidate_opens_on_the_member_page(qtbot, runner, gui_db):
    made = services_for(gui_db, Role.CLERK).members.create(
        {"name": "王芳", "id_number": "11010519491231002X"})
    win = _window(qtbot, gui_db)
    win.tabs.setCurrentWidget(win.dues_tab)
    with qtbot.waitSignal(win.members_tab.detail_loaded, timeout=TIMEOUT):
        win.dues_tab.candidates.member_selected.emit(made.id)
    assert win.tabs.currentWidget() is win.members_tab
    assert win.members_tab.current_id == made.id


def test_saving_a_member_refreshes_the_overview_through_the_transactions_notice(
        qtbot, runner, gui_db):
    win = _window(qtbot, gui_db)
    overview = win.overview_tab
    qtbot.waitUntil(lambda: "members" in overview.tiles, timeout=TIMEOUT)
    assert overview.tiles["members"].value.text() == "0"
    notices = []
    runner.changes_applied.connect(lambda changes, initiator: notices.append((changes, initiator)))

    win.tabs.setCurrentWidget(win.members_tab)
    qtbot.mouseClick(win.members_tab.add_btn, Qt.MouseButton.LeftButton)
    dlg = [w for w in QApplication.topLevelWidgets() if isinstance(w, MemberDialog)][-1]
    dlg.name.setText("张伟")
    dlg.id_number.setText("11010519491231002X")
    with qtbot.waitSignal(win.members_tab.ids_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    # one notice, from the dialog, naming what the transaction wrote: the member, its 入会
    # event, their audit rows and outbox ops (no caller typed these names)
    (changes, initiator), = notices
    assert initiator is dlg
    assert {"member", "member_event", "audit_entry", "outbox"} <= changes
    with qtbot.waitSignal(overview.loaded, timeout=TIMEOUT):
        win.tabs.setCurrentWidget(overview)     # the hidden overview waited for this
    assert overview.tiles["members"].value.text() == "1"


def test_an_unmask_notice_leaves_the_roster_and_overview_alone(qtbot, runner, gui_db):
    """Showing full numbers writes only an audit row: the notice says so, and nothing that
    shows members requeries for it."""
    win = _window(qtbot, gui_db, Role.ADMIN)
    notices, queries = [], []
    runner.changes_applied.connect(lambda changes, _i: notices.append(changes))
    win.members_tab.ids_loaded.connect(queries.append)
    win.tabs.setCurrentWidget(win.members_tab)
    win.members_tab.unmask_btn.click()
    qtbot.waitUntil(lambda: bool(notices), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: runner.in_flight == 0, timeout=TIMEOUT)
    assert notices == [frozenset({"audit_entry"})]
    assert queries == [] and not win.overview_tab._stale
