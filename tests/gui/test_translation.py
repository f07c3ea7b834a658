"""English is selectable: the compiled .qm translates the main window."""

from __future__ import annotations

from union_desk.core.roles import Role
from union_desk.ui import i18n
from union_desk.ui.main_window import MainWindow

from tests.gui.conftest import services_for


def test_main_window_in_english_then_back_to_chinese(qtbot, qapp, runner, gui_db):
    assert i18n.install(qapp, "en")
    try:
        win = MainWindow(services_for(gui_db, Role.CLERK), union_name="测试工会")
        qtbot.addWidget(win)
        assert win.tabs.tabText(win.tabs.indexOf(win.members_tab)) == "Members"
        assert win.members_tab.add_btn.text() == "New member"
        assert win.members_tab.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Name"
        with qtbot.waitSignal(win.members_tab.ids_loaded, timeout=5000):
            pass
    finally:
        i18n.install(qapp, "zh_CN")
    win2 = MainWindow(services_for(gui_db, Role.CLERK), union_name="测试工会")
    qtbot.addWidget(win2)
    assert win2.tabs.tabText(win2.tabs.indexOf(win2.members_tab)) == "会员"
    assert win2.tabs.tabText(0) == "概览"
    with qtbot.waitSignal(win2.members_tab.ids_loaded, timeout=5000):
        pass
