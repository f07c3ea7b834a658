"""The 概览 tab through real widgets: tiles, charts, refresh after changes elsewhere."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from union_desk.core.roles import Role
from union_desk.services.overview import OverviewDTO
from union_desk.ui.overview.tab import OverviewTab

from tests.gui.conftest import services_for
from tests.service.reporting.test_report_data import add_member

TIMEOUT = 5000
D = dt.date


def _people(db):
    add_member(db, "王芳", joined=D(2021, 6, 1), branch="第一分会", female=True, birth=D(1995, 7, 1))
    add_member(db, "张伟", joined=D(2022, 3, 1), branch="第一分会", birth=D(1968, 3, 2))
    add_member(db, "刘强", joined=dt.date.today().replace(month=1, day=2), branch="第二分会")


def _open(qtbot, db, role=Role.CLERK):
    tab = OverviewTab(services_for(db, role))
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        tab.resize(1200, 800)
        tab.show()
    return tab


def test_counts_tiles_and_branch_chart(qtbot, runner, gui_db):
    _people(gui_db)
    tab = _open(qtbot, gui_db)
    assert tab.tiles["members"].value.text() == "3"
    assert "其中女 1 人" in tab.tiles["members"].note.text()
    assert tab.tiles["new"].value.text() == "1"            # 刘强 joined this year
    assert tab.branch_chart.rows == (("第一分会", 2, 1), ("第二分会", 1, 0))
    pyramid = {band: (m, w) for band, m, w in tab.age_chart.rows}
    assert pyramid["55岁及以上"] == (1, 0) and sum(m + w for m, w in pyramid.values()) == 3
    # modules without data or not built: absent, not a misleading 0
    assert set(tab.tiles) == {"members", "new"}
    assert tab.dues_chart.isHidden() and tab.warning.isHidden()
    assert tab.heading.text() == "测试工会"
    assert not tab.grab().isNull()   # paints the charts (Qt warnings would fail the test)


def test_refreshes_on_changes_applied_and_when_shown_again(qtbot, runner, gui_db):
    tab = _open(qtbot, gui_db)
    assert tab.tiles["members"].value.text() == "0"
    assert tab.branch_chart.rows == () and not tab.grab().isNull()   # empty charts draw a note

    add_member(gui_db, "李娜", joined=D(2020, 1, 1), branch="第二分会", female=True)
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        runner.changes_applied.emit(frozenset({"member"}), None)
    assert tab.tiles["members"].value.text() == "1"

    # a report snapshot changes nothing shown here; a hidden tab waits until it is shown
    tab.hide()
    add_member(gui_db, "赵敏", joined=D(2020, 1, 1), branch="第一分会", female=True)
    runner.changes_applied.emit(frozenset({"member"}), None)
    assert tab.tiles["members"].value.text() == "1"
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        tab.show()
    assert tab.tiles["members"].value.text() == "2"
    assert dict((b, n) for b, n, _w in tab.branch_chart.rows) == {"第一分会": 1, "第二分会": 1}


def test_tiles_for_modules_that_report_figures(qtbot, runner, gui_db):
    tab = _open(qtbot, gui_db)
    months = tuple((f"2026-{m:02d}", None if m < 3 else Decimal("80") + m) for m in range(1, 13))
    dto = OverviewDTO(as_of=D(2026, 12, 31), union_name="测试工会", members=10, female=4, migrant=2,
                      retained=1, new_this_year=3, exits_this_year=1, checks_ok=False,
                      dues_rate_this_month=Decimal("92.0"), open_hardship_cases=5, due_actions=2,
                      running_campaigns=1, unread_circulations=0, last_sync_ms=None,
                      sync_registered=True, members_by_branch=(("第一分会", 10, 4),),
                      age_pyramid=(("35岁以下", 3, 4),), dues_12_months=months)
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        tab._show(dto)
    assert list(tab.tiles) == ["members", "new", "dues", "hardship", "campaigns", "circulations", "sync"]
    assert tab.tiles["dues"].value.text() == "92.0%"
    assert "2 项" in tab.tiles["hardship"].note.text()
    assert tab.tiles["sync"].value.text() == "从未"
    assert tab.dues_chart.isVisibleTo(tab) and tab.dues_chart.rows == months
    assert tab.warning.isVisibleTo(tab) and "逻辑校验" in tab.warning.text()
    assert not tab.grab().isNull()


def test_dues_tile_and_chart_from_real_dues_data(qtbot, runner, gui_db):
    from union_desk.services.context import CurrentUser, ServiceContext
    from union_desk.services.dues.charges import DuesChargeService
    from union_desk.services.dues.dto import BatchEntry
    from union_desk.services.dues.payments import DuesPaymentService

    a = add_member(gui_db, "王芳", joined=D(2020, 1, 1), branch="第一分会", female=True)
    add_member(gui_db, "张伟", joined=D(2020, 1, 1), branch="第二分会")
    ctx = ServiceContext(gui_db, CurrentUser("clerk1", Role.CLERK, "测试员"))
    today = dt.date.today()
    month = f"{today.year:04d}-{today.month:02d}"
    charges = DuesChargeService(ctx)
    for mid in (a, add_member(gui_db, "刘强", joined=D(2020, 1, 1), branch="第二分会")):
        charges.set_wage_base(mid, "5000", D(2020, 1, 1))
    charges.generate_month(month)
    DuesPaymentService(ctx).save_batch(month, [BatchEntry(a)], paid_on=today)

    tab = _open(qtbot, gui_db)
    assert tab.tiles["dues"].value.text() == "50.0%"      # one of two charged members paid
    assert tab.dues_chart.isVisibleTo(tab)
    assert tab.dues_chart.rows[-1][0] == month and tab.dues_chart.rows[-1][1] is not None
    assert not tab.grab().isNull()


def test_statistics_wait_until_the_tab_is_shown(qtbot, runner, gui_db):
    _people(gui_db)
    tab = OverviewTab(services_for(gui_db, Role.CLERK))
    qtbot.addWidget(tab)
    with qtbot.assertNotEmitted(tab.loaded, wait=300):
        pass                                  # constructed but hidden: nothing computed
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        tab.show()
    assert tab.tiles["members"].value.text() == "3"
