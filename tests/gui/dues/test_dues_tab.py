"""Drive the 会费 tab through real widgets: generate a month, batch entry, bad amounts,
a reversal from the member ledger, and what a viewer sees."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from union_desk.core.roles import Role
from union_desk.services.dues.ledger import DuesLedgerService
from union_desk.services.dues.payments import DuesPaymentService
from union_desk.ui.dues.batch_model import AMOUNT, CHECK
from union_desk.ui.dues.reversal_dialog import ReversalDialog
from union_desk.ui.dues.tab import DuesTab

from tests.gui.conftest import services_for

TIMEOUT = 8000


def _id(first17: str) -> str:
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return first17 + "10X98765432"[sum(int(a) * b for a, b in zip(first17, w)) % 11]


IDS = tuple(_id(f"1101051980010100{n}") for n in (1, 2, 3))


def _month() -> str:
    return dt.date.today().strftime("%Y-%m")


def _members(services) -> dict[str, str]:
    """张伟 4567.89 (22.80 national), 李娜 5000 (25.00) in 第一分会; 王芳 3000 (15.00) in 第二分会."""
    branches = {b.name: b.id for b in services.setup.branches()}
    out = {}
    for (name, wage, branch), idn in zip((("张伟", "4567.89", "第一分会"),
                                          ("李娜", "5000.00", "第一分会"),
                                          ("王芳", "3000.00", "第二分会")), IDS):
        m = services.members.create({"name": name, "id_number": idn, "branch_id": branches[branch],
                                     "monthly_wage": wage, "joined_on": dt.date(2024, 1, 1)})
        out[name] = m.id
    return out


def _open_tab(qtbot, services) -> DuesTab:
    tab = DuesTab(services)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.batch.loaded, timeout=TIMEOUT), \
            qtbot.waitSignal(tab.summary.loaded, timeout=TIMEOUT):
        tab.resize(1280, 780)
        tab.show()
    return tab


def _generate(qtbot, tab: DuesTab):
    with qtbot.waitSignal(tab.generated, timeout=TIMEOUT) as gen, \
            qtbot.waitSignal(tab.batch.loaded, timeout=TIMEOUT), \
            qtbot.waitSignal(tab.summary.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(tab.generate_btn, Qt.MouseButton.LeftButton)
    return gen.args[0]


def _row_of(tab: DuesTab, name: str) -> int:
    model = tab.batch.model
    rows = [r for r in range(model.rowCount()) if model.member_at(r).name == name]
    assert rows, name
    return rows[0]


def _tick(qtbot, tab: DuesTab, name: str) -> None:
    table = tab.batch.table
    table.setFocus()
    table.setCurrentIndex(tab.batch.model.index(_row_of(tab, name), CHECK))
    qtbot.keyClick(table, Qt.Key.Key_Space)


def _type_amount(qtbot, tab: DuesTab, name: str, text: str) -> None:
    """Open the amount cell's editor (F2), type, Enter: what a clerk does."""
    table = tab.batch.table
    table.setFocus()
    table.setCurrentIndex(tab.batch.model.index(_row_of(tab, name), AMOUNT))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [w for w in table.viewport().findChildren(QLineEdit)
                                 if w.isVisible()], timeout=TIMEOUT)


def _summary_cells(tab: DuesTab) -> dict[str, list[str]]:
    t = tab.summary.table
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(1, t.columnCount())]
            for r in range(t.rowCount())}


def test_generate_then_batch_entry_updates_summary(qtbot, runner, gui_db):
    services = services_for(gui_db, Role.CLERK)
    ids = _members(services)
    tab = _open_tab(qtbot, services)
    assert tab.batch.model.rowCount() == 3          # pre-filled before generation too
    assert tab.summary.table.rowCount() == 0

    res = _generate(qtbot, tab)
    assert (res.created, res.unchanged) == (3, 0)
    assert "新生成 3 条" in tab.notice.text()
    cells = _summary_cells(tab)
    assert cells["合计"][2:5] == ["62.80", "0.00", "62.80"]

    # a second run creates nothing and says so
    res = _generate(qtbot, tab)
    assert (res.created, res.unchanged) == (0, 3)
    assert "已存在 3 条" in tab.notice.text() and "没有重复计算" in tab.notice.text()

    # pre-filled with the computed due and paid so far
    model = tab.batch.model
    row = model.member_at(_row_of(tab, "张伟"))
    assert (row.due, row.paid) == (Decimal("22.80"), Decimal("0.00"))
    assert model.data(model.index(_row_of(tab, "张伟"), AMOUNT)) == "22.80"

    # tick two, adjust one amount, save once
    _tick(qtbot, tab, "张伟")
    _tick(qtbot, tab, "王芳")
    assert model.totals() == (2, Decimal("37.80"))
    _type_amount(qtbot, tab, "王芳", "10.5")
    assert model.totals() == (2, Decimal("33.30"))
    assert "已勾选 2 人" in tab.batch.totals.text() and "33.30" in tab.batch.totals.text()
    tab.batch.method.setCurrentIndex(tab.batch.method.findData("现金"))

    with qtbot.waitSignal(tab.batch.saved, timeout=TIMEOUT) as saved, \
            qtbot.waitSignal(tab.summary.loaded, timeout=TIMEOUT), \
            qtbot.waitSignal(tab.batch.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(tab.batch.save_btn, Qt.MouseButton.LeftButton)
    assert (saved.args[0].recorded, saved.args[0].total) == (2, Decimal("33.30"))
    assert "登记 2 笔" in tab.batch.message.text()

    cells = _summary_cells(tab)
    assert cells["第一分会"][2:5] == ["47.80", "22.80", "25.00"]
    assert cells["第二分会"][2:5] == ["15.00", "10.50", "4.50"]
    assert cells["合计"][2:5] == ["62.80", "33.30", "29.50"]
    assert cells["合计"][1] == "1"                   # 张伟 paid in full
    # the grid shows what was paid, and the ticks are gone
    assert model.checked == set()
    assert model.member_at(_row_of(tab, "王芳")).paid == Decimal("10.50")
    assert model.data(model.index(_row_of(tab, "张伟"), AMOUNT)) == "已缴清"
    pays = DuesPaymentService(services.ctx).payments(ids["王芳"])
    assert [(p.amount, p.method) for p in pays] == [(Decimal("10.50"), "现金")]

    # filter by branch (double-click in the summary does the same) and by name
    tab.batch.branch.setCurrentIndex(tab.batch.branch.findText("第二分会"))
    assert [model.member_at(r).name for r in range(model.rowCount())] == ["王芳"]
    tab.pages.setCurrentIndex(1)
    first = [r for r in range(tab.summary.table.rowCount())
             if tab.summary.table.item(r, 0).text() == "第一分会"][0]
    tab.summary.table.cellDoubleClicked.emit(first, 0)
    assert tab.pages.currentWidget() is tab.batch
    assert sorted(model.member_at(r).name for r in range(model.rowCount())) == ["张伟", "李娜"]
    tab.batch.branch.setCurrentIndex(0)
    tab.batch.search.setText("李")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=TIMEOUT)
    assert model.member_at(0).name == "李娜"


@pytest.mark.parametrize("bad, message", [("-5", "负数"), ("1.234", "两位小数"),
                                          ("abc", "不是金额")])
def test_invalid_amount_shows_inline_message_and_saves_nothing(qtbot, runner, gui_db, bad,
                                                               message):
    services = services_for(gui_db, Role.CLERK)
    _members(services)
    tab = _open_tab(qtbot, services)
    _generate(qtbot, tab)
    _tick(qtbot, tab, "张伟")
    _type_amount(qtbot, tab, "李娜", bad)
    assert tab.batch.model.checked and len(tab.batch.model.checked) == 2
    assert not tab.batch.message.isHidden()
    assert message in tab.batch.message.text() and "李娜" in tab.batch.message.text()
    idx = tab.batch.model.index(_row_of(tab, "李娜"), AMOUNT)
    assert message in tab.batch.model.data(idx, Qt.ItemDataRole.ToolTipRole)

    with qtbot.waitSignal(tab.batch.save_blocked, timeout=TIMEOUT) as blocked:
        qtbot.mouseClick(tab.batch.save_btn, Qt.MouseButton.LeftButton)
    assert "本批未保存" in blocked.args[0]
    assert runner.in_flight == 0                       # nothing was sent to the database
    summary = DuesLedgerService(services.ctx).branch_summary(_month())
    assert summary.total.paid == Decimal("0.00")

    # fixing the amount clears the message and saving works
    _type_amount(qtbot, tab, "李娜", "25")
    assert tab.batch.message.isHidden()
    with qtbot.waitSignal(tab.summary.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(tab.batch.save_btn, Qt.MouseButton.LeftButton)
    assert _summary_cells(tab)["合计"][3] == "47.80"


def test_reversal_from_member_ledger(qtbot, runner, gui_db):
    services = services_for(gui_db, Role.CLERK)
    ids = _members(services)
    tab = _open_tab(qtbot, services)
    _generate(qtbot, tab)
    DuesPaymentService(services.ctx).record_payment(ids["张伟"], "2.28", [_month()],
                                                    method="现金")   # typed wrong: 2.28

    dlg = tab.open_ledger(ids["张伟"])
    qtbot.waitUntil(lambda: dlg.dto is not None, timeout=TIMEOUT)
    assert dlg.pay_model.rowCount() == 1
    assert "结欠 20.52 元" in dlg.totals.text()
    assert not dlg.reverse_btn.isEnabled()
    dlg.pay_view.selectRow(0)
    assert dlg.reverse_btn.isEnabled()
    qtbot.mouseClick(dlg.reverse_btn, Qt.MouseButton.LeftButton)
    rev = [w for w in QApplication.topLevelWidgets()
           if isinstance(w, ReversalDialog) and w.isVisible()][-1]

    # a reason is required: inline message, nothing recorded
    qtbot.mouseClick(rev.ok_button, Qt.MouseButton.LeftButton)
    assert not rev.fields["reason"].error.isHidden()
    assert "原因" in rev.fields["reason"].error.text()
    assert rev.isVisible()
    assert len(DuesPaymentService(services.ctx).payments(ids["张伟"])) == 1

    # the correction: reversal plus the right amount as a new entry
    rev.reason.setCurrentText("金额录错")
    rev.correct.setChecked(True)
    qtbot.keyClicks(rev.amount, "22.8")
    with qtbot.waitSignal(dlg.loaded, timeout=TIMEOUT), \
            qtbot.waitSignal(tab.summary.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(rev.ok_button, Qt.MouseButton.LeftButton)
    assert not rev.isVisible()

    shown = [[dlg.pay_model.data(dlg.pay_model.index(r, c)) for c in (2, 4)]
             for r in range(dlg.pay_model.rowCount())]
    assert sorted(shown) == sorted([["2.28", "已冲正"], ["-2.28", "冲正记录"], ["22.80", "有效"]])
    assert "已全部缴清" in dlg.totals.text()
    reversal = [p for p in dlg.pay_model.rows if p.reverses_id][0]
    assert "金额录错" in reversal.note
    # the reversed entry and the reversal itself cannot be reversed again
    for r in range(dlg.pay_model.rowCount()):
        dlg.pay_view.selectRow(r)
        assert dlg.reverse_btn.isEnabled() == (dlg.pay_model.rows[r].reverses_id is None
                                               and dlg.pay_model.rows[r].reversed_by is None)
    assert _summary_cells(tab)["合计"][3] == "22.80"
    dlg.close()


def test_viewer_sees_no_write_buttons(qtbot, runner, gui_db):
    clerk = services_for(gui_db, Role.CLERK)
    ids = _members(clerk)
    DuesPaymentService(clerk.ctx).record_payment(ids["张伟"], "22.80", [_month()])
    viewer = services_for(gui_db, Role.VIEWER, "viewer1")
    tab = _open_tab(qtbot, viewer)
    for w in (tab.generate_btn, tab.import_btn, tab.batch.save_btn, tab.batch.tick_all,
              tab.batch.tick_none, tab.batch.method, tab.batch.paid_on):
        assert w.isHidden(), w
    assert tab.pages.tabText(0) == "本月明细"
    model = tab.batch.model
    assert model.rowCount() == 3
    assert tab.batch.table.isColumnHidden(CHECK) and tab.batch.table.isColumnHidden(AMOUNT)
    for col in (CHECK, AMOUNT):
        flags = model.flags(model.index(0, col))
        assert not flags & Qt.ItemFlag.ItemIsUserCheckable
        assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not tab.reports.isHidden()                # viewers may export reports
    dlg = tab.open_ledger(ids["张伟"])
    qtbot.waitUntil(lambda: dlg.dto is not None, timeout=TIMEOUT)
    dlg.pay_view.selectRow(0)
    assert dlg.reverse_btn.isHidden()
    dlg.close()


def test_month_picker_has_no_future_months(qtbot, runner, gui_db):
    tab = _open_tab(qtbot, services_for(gui_db, Role.CLERK))
    today = dt.date.today()
    box = tab.picker.month
    model = box.model()
    for i in range(12):
        assert model.item(i).isEnabled() == (i < today.month)
    assert tab.picker.value() == _month()
    if today.year > 1990:
        tab.picker.year.setValue(today.year - 1)
        assert all(model.item(i).isEnabled() for i in range(12))
        box.setCurrentIndex(11)
        tab.picker.year.setValue(today.year)
        assert tab.picker.value() <= _month()


def test_service_rejection_is_shown_on_the_rows(qtbot, runner, gui_db):
    """A member who stopped owing after the grid was loaded: the service refuses the batch,
    the grid says which row and why, and nothing is saved."""
    services = services_for(gui_db, Role.CLERK)
    ids = _members(services)
    tab = _open_tab(qtbot, services)
    _tick(qtbot, tab, "张伟")
    _tick(qtbot, tab, "李娜")
    # a row the service does not know as owing (as if 李娜 left after the grid was loaded)
    model = tab.batch.model
    i = model._by_member[ids["李娜"]]
    model.rows[i] = dataclasses.replace(model.rows[i], member_id="no-such")
    model._by_member["no-such"] = i
    with qtbot.waitSignal(tab.batch.save_blocked, timeout=TIMEOUT) as blocked:
        qtbot.mouseClick(tab.batch.save_btn, Qt.MouseButton.LeftButton)
    assert "本批未保存" in blocked.args[0] and "李娜" in blocked.args[0]
    idx = model.index(_row_of(tab, "李娜"), AMOUNT)
    assert model.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert DuesLedgerService(services.ctx).member_ledger(ids["张伟"]).total_paid == 0


def test_the_month_grid_is_built_only_when_the_tab_is_first_opened(qtbot, runner, gui_db):
    from union_desk.ui.main_window import MainWindow

    services = services_for(gui_db, Role.CLERK)
    _members(services)
    win = MainWindow(services, union_name="测试工会")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.members_tab.ids_loaded, timeout=TIMEOUT):
        win.show()
    qtbot.waitUntil(lambda: runner.in_flight == 0, timeout=TIMEOUT)
    assert win.dues_tab.batch.model.rowCount() == 0          # nothing built at start-up
    with qtbot.waitSignal(win.dues_tab.batch.loaded, timeout=TIMEOUT):
        win.tabs.setCurrentWidget(win.dues_tab)
    assert win.dues_tab.batch.model.rowCount() == 3
