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


def test_english_shows_stored_values_in_english_but_filters_by_the_stored_ones(
        qtbot, qapp, runner, gui_db):
    services_for(gui_db, Role.CLERK).members.create({"name": "王芳", "id_number": "11010519491231002X"})
    assert i18n.install(qapp, "en")
    try:
        win = MainWindow(services_for(gui_db, Role.CLERK), union_name="测试工会")
        qtbot.addWidget(win)
        tab = win.members_tab
        with qtbot.waitSignal(tab.ids_loaded, timeout=5000):
            pass
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.data(
            tab.model.index(0, 0)) == "王芳", timeout=5000)
        cols = [c[0] for c in tab.model.columns]
        cell = lambda key: tab.model.data(tab.model.index(0, cols.index(key)))  # noqa: E731
        assert cell("status") == "Active" and cell("gender") == "Female"
        assert [tab.age.itemText(i) for i in range(1, tab.age.count())] == [
            "Under 35", "35–45", "46–54", "55 and over"]
        active = next(i for i in range(tab.status.count()) if tab.status.itemText(i) == "Active")
        assert tab.status.itemData(active) == ("在会",)   # the filter still uses the stored value
        with qtbot.waitSignal(tab.ids_loaded, timeout=5000):
            tab.status.setCurrentIndex(active)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    finally:
        i18n.install(qapp, "zh_CN")


def test_english_member_form_shows_vocabularies_in_english_and_saves_the_stored_values(
        qtbot, qapp, runner, gui_db):
    from PySide6.QtCore import Qt

    from union_desk.ui.members.member_dialog import MemberDialog

    services = services_for(gui_db, Role.CLERK)
    made = services.members.create({"name": "王芳", "id_number": "11010519491231002X",
                                    "education": "研究生", "political_status": "群众"})
    assert i18n.install(qapp, "en")
    try:
        dlg = MemberDialog(services, [], services.members.get(made.id))
        qtbot.addWidget(dlg)
        assert dlg.education.currentText() == "Postgraduate"
        assert dlg.political.currentText() == "No party affiliation"
        assert dlg.person_status.currentText() == "Employed"
        assert dlg.gender.currentText() == "Female"
        dlg.education.setCurrentIndex(dlg.education.findText("Bachelor's degree"))
        with qtbot.waitSignal(dlg.saved, timeout=5000):
            qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    finally:
        i18n.install(qapp, "zh_CN")
    stored = services.members.get(made.id)
    assert (stored.education, stored.political_status, stored.person_status, stored.gender) == (
        "大学本科", "群众", "在职", "女")


def test_english_member_form_offers_the_56_ethnic_groups_in_english_and_keeps_typed_ones(
        qtbot, qapp, runner, gui_db):
    """民族 is an editable list: picking (or typing) an English name saves the Chinese one; a
    name the list lacks is saved as typed."""
    from PySide6.QtCore import Qt

    from union_desk.core.members import ETHNICITIES
    from union_desk.ui.members.member_dialog import MemberDialog

    services = services_for(gui_db, Role.CLERK)
    made = services.members.create({"name": "马丽", "id_number": "11010519491231002X",
                                    "ethnicity": "汉族"})
    assert i18n.install(qapp, "en")
    try:
        for shown, typed, stored in (("Han", "Hui", "回族"), ("Hui", "穿青人", "穿青人")):
            dlg = MemberDialog(services, [], services.members.get(made.id))
            qtbot.addWidget(dlg)
            assert dlg.ethnicity.count() == len(ETHNICITIES) + 1  # and the blank item
            assert dlg.ethnicity.currentText() == shown
            dlg.ethnicity.setEditText(typed)
            with qtbot.waitSignal(dlg.saved, timeout=5000):
                qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
            assert services.members.get(made.id).ethnicity == stored
    finally:
        i18n.install(qapp, "zh_CN")
