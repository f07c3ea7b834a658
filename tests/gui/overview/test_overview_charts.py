"""The QPainter charts: sized to their data, labels measured (never clipped), tooltips."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QFontMetrics

from union_desk.ui.format import month_tick
from union_desk.ui.overview.charts import AgePyramid, BranchBarChart, MonthRateChart


def test_bar_chart_grows_with_rows_and_keeps_labels(qtbot):
    chart = BranchBarChart("各分会会员人数")
    qtbot.addWidget(chart)
    chart.resize(600, 100)
    chart.set_data([("机关分会", 660, 356), ("一车间分会", 701, 340)])
    two = chart.minimumHeight()
    rows = [(f"第{i}分会（含退休职工小组）", 100 + i, i) for i in range(12)]
    chart.set_data(rows)
    assert chart.minimumHeight() > two and chart.minimumHeight() == chart.maximumHeight()
    chart.show()
    qtbot.waitExposed(chart)
    assert not chart.grab().isNull()
    # every row has a hit area with the exact figures for the tooltip
    assert len(chart._hits) == 12 and "第3分会（含退休职工小组）：会员 103 人，其中女 3 人" == chart._hits[3][1]
    assert all(rect.bottom() <= chart.height() for rect, _t in chart._hits)


def test_pyramid_and_month_chart_empty_and_full(qtbot):
    pyramid = AgePyramid("年龄")
    months = MonthRateChart("会费")
    for w in (pyramid, months):
        qtbot.addWidget(w)
        w.resize(700, 300)
        w.show()
    assert pyramid.is_empty() and months.is_empty() and not pyramid.grab().isNull()
    pyramid.set_data([("35岁以下", 367, 379), ("55岁及以上", 246, 246)])
    assert not pyramid.is_empty() and not pyramid.grab().isNull()
    assert pyramid._hits[0][1].startswith("55岁及以上")     # the oldest band on top
    fm = QFontMetrics(pyramid.label_font())
    assert pyramid.minimumSizeHint().width() >= fm.horizontalAdvance("55岁及以上")
    data = [(f"2026-{m:02d}", None if m == 2 else Decimal("90.5")) for m in range(1, 13)]
    months.set_data(data)
    assert not months.is_empty() and not months.grab().isNull()
    assert months._hits[1][1] == "2026-02：未生成应缴" and months._hits[0][1] == "2026-01：收缴率 90.5%"
    assert month_tick("2026-01", False) == "2026年1月"
    assert month_tick("2026-05", False) == "5月"
    assert month_tick("2025-12", True) == "2025年12月"
