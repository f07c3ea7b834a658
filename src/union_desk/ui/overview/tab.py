"""概览 (home) tab: key figures as large tiles and a few charts, loaded in the background.

Only figures whose module exists are shown: the overview DTO leaves a module's
figure as None when the module is not installed, and the tile is then absent
(no misleading 0). Refreshes after any change another tab applies; while the tab
is hidden it only remembers that it is stale.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from union_desk.core.roles import Perm
from union_desk.services.overview import OverviewDTO
from union_desk.ui.overview.charts import AgePyramid, BranchBarChart, MonthRateChart
from union_desk.ui.labels import value as label_value
from union_desk.ui.format import count_text, day_or_time
from union_desk.ui.overview import ops
from union_desk.ui.tasks import debounce, runner

TILE_COLUMNS = 4
REFRESH_DELAY_MS = 400


class Tile(QFrame):
    """One key figure: a caption, a big number, a short line under it."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet("#tile { background: white; border: 1px solid #d5dae1; border-radius: 8px; }")
        self.caption = QLabel(caption)
        self.value = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 10) * 2.4)
        big.setBold(True)
        self.value.setFont(big)
        cap = QFont(self.font())
        cap.setPointSizeF(max(cap.pointSizeF(), 10) + 2)
        self.caption.setFont(cap)
        note = QFont(self.font())
        note.setPointSizeF(max(note.pointSizeF(), 10) + 0.5)
        self.note.setFont(note)
        self.caption.setStyleSheet("color: #444;")
        self.note.setStyleSheet("color: #555;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.setSpacing(2)
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(220)
        self.setMaximumWidth(420)

    def set(self, value: str, note: str = "", color: str = "#1f3b63") -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {color};")
        self.note.setText(note)
        self.note.setVisible(bool(note))


class OverviewTab(QWidget):
    loaded = Signal(object)          # the OverviewDTO just shown (tests and status bar)
    open_reports_requested = Signal()

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.service = services.overview
        self.dto: OverviewDTO | None = None
        self._stale = True
        self._loading = False
        self._again = False

        self.heading = QLabel()
        hf = QFont(self.font())
        hf.setPointSizeF(max(hf.pointSizeF(), 10) + 5)
        hf.setBold(True)
        self.heading.setFont(hf)
        self.as_of_label = QLabel()
        self.refresh_btn = QPushButton(self.tr("刷新"))
        self.reports_btn = QPushButton(self.tr("生成报表…"))
        self.reports_btn.setVisible(services.can(Perm.REPORT))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9c2b1d; background: #fdecea; padding: 8px; border-radius: 4px;")
        self.warning.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9c2b1d;")
        self.error.hide()

        self.tiles: dict[str, Tile] = {}
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(12)

        self.branch_chart = BranchBarChart(self.tr("各分会会员人数"))
        self.age_chart = AgePyramid(self.tr("会员年龄结构（按性别）"))
        self.dues_chart = MonthRateChart(self.tr("近 12 个月会费收缴率"))
        self.dues_chart.hide()
        for chart in (self.branch_chart, self.age_chart, self.dues_chart):
            chart.setObjectName("chart")

        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addSpacing(12)
        head.addWidget(self.as_of_label)
        head.addStretch(1)
        head.addWidget(self.reports_btn)
        head.addWidget(self.refresh_btn)
        charts = QHBoxLayout()
        charts.setSpacing(12)
        charts.addWidget(self._framed(self.branch_chart), 3)
        charts.addWidget(self._framed(self.age_chart), 2)
        charts.setAlignment(Qt.AlignmentFlag.AlignTop)

        body = QWidget()
        body.setObjectName("overviewBody")
        body.setStyleSheet("#overviewBody { background: #f3f5f8; }")
        col = QVBoxLayout(body)
        col.setContentsMargins(16, 10, 16, 12)
        col.setSpacing(10)
        col.addLayout(head)
        col.addWidget(self.warning)
        col.addWidget(self.error)
        col.addLayout(self.tile_grid)
        col.addLayout(charts)
        self.dues_frame = self._framed(self.dues_chart)
        self.dues_frame.hide()
        col.addWidget(self.dues_frame)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)

        self._timer = debounce(self, REFRESH_DELAY_MS, self.refresh)
        self.refresh_btn.clicked.connect(self.refresh)
        self.reports_btn.clicked.connect(self._open_reports)
        runner().changes_applied.connect(self._on_changes)
        # statistics over every member: computed when the tab is first shown, not at start-up
        # for a clerk who goes straight to another tab
        self._stale = True

    @staticmethod
    def _framed(chart: QWidget) -> QFrame:
        frame = QFrame()
        frame.setObjectName("chartFrame")
        frame.setStyleSheet("#chartFrame { background: white; border: 1px solid #d5dae1; border-radius: 8px; }")
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(chart)
        lay.addStretch(1)
        return frame

    # ---- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._loading:          # one query at a time; run once more when it ends
            self._again = True
            return
        self._loading = True
        self._stale = False
        self.refresh_btn.setEnabled(False)
        ops.load_overview(self, self.services).success(self._show).failure(self._failed).run()

    def _finish(self) -> None:
        self._loading = False
        self.refresh_btn.setEnabled(True)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None) or str(exc)
        self.error.setText(self.tr("概览数据读取失败：{m}").format(m=message))
        self.error.show()
        self._finish()
        if not hasattr(exc, "message"):
            from union_desk.ui.errors import show_error

            show_error(exc, self)

    def _on_changes(self, changes, _initiator) -> None:
        if not ops.affects_overview(changes):
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self._loading:
            self.refresh()

    def _open_reports(self) -> None:
        from union_desk.ui.reports.dialog import open_reports

        self.open_reports_requested.emit()
        open_reports(self.services, self.window())   # one dialog per main window

    # ---- showing ---------------------------------------------------------------------------
    def _tile_specs(self, o: OverviewDTO) -> list[tuple[str, str, str, str, str]]:
        """(key, caption, value, note, colour) for every figure whose module exists."""
        specs = [("members", self.tr("会员总数"), count_text(o.members),
                  self.tr("其中女 {f} 人，农民工 {m} 人，保留会籍 {r} 人").format(
                      f=count_text(o.female), m=count_text(o.migrant), r=count_text(o.retained)), "#1f3b63"),
                 ("new", self.tr("本年新入会"), count_text(o.new_this_year),
                  self.tr("本年减少 {n} 人").format(n=count_text(o.exits_this_year)), "#1f6b3b")]
        if o.dues_rate_this_month is not None:
            rate = o.dues_rate_this_month
            specs.append(("dues", self.tr("本月会费收缴率"), f"{rate:.1f}%",
                          self.tr("{y}年{m}月").format(y=o.as_of.year, m=o.as_of.month),
                          "#1f6b3b" if rate >= 95 else "#1f3b63" if rate >= 80 else "#9c2b1d"))
        if o.open_hardship_cases is not None:
            note = (self.tr("其中 {n} 项帮扶事项已到期").format(n=count_text(o.due_actions))
                    if o.due_actions else "")
            specs.append(("hardship", self.tr("在办困难帮扶"), count_text(o.open_hardship_cases), note,
                          "#9c2b1d" if o.due_actions else "#1f3b63"))
        elif o.due_actions is not None:
            specs.append(("hardship", self.tr("到期帮扶事项"), count_text(o.due_actions), "", "#9c2b1d"))
        if o.running_campaigns is not None:
            specs.append(("campaigns", self.tr("进行中的评选"), count_text(o.running_campaigns), "",
                          "#1f3b63"))
        if o.unread_circulations is not None:
            specs.append(("circulations", self.tr("未读传阅文件"), count_text(o.unread_circulations), "",
                          "#9c2b1d" if o.unread_circulations else "#1f3b63"))
        if o.sync_registered or o.last_sync_ms is not None:
            if o.last_sync_ms:
                value, note = day_or_time(o.last_sync_ms)
                old = (dt.datetime.now() - dt.datetime.fromtimestamp(o.last_sync_ms / 1000)).days >= 7
                specs.append(("sync", self.tr("上次同步"), value, note, "#9c2b1d" if old else "#1f3b63"))
            else:
                specs.append(("sync", self.tr("上次同步"), self.tr("从未"),
                              self.tr("还没有和上级服务器同步过"), "#9c2b1d"))
        return specs

    def _show(self, o: OverviewDTO) -> None:
        self.dto = o
        self.error.hide()
        self.heading.setText(o.union_name or self.tr("概览"))
        self.as_of_label.setText(self.tr("截至 {y}年{m}月{d}日").format(
            y=o.as_of.year, m=o.as_of.month, d=o.as_of.day))
        specs = self._tile_specs(o)
        keys = [k for k, *_ in specs]
        if keys != list(self.tiles):
            for tile in self.tiles.values():
                self.tile_grid.removeWidget(tile)
                tile.deleteLater()
            self.tiles = {}
            for i, (key, caption, *_rest) in enumerate(specs):
                tile = Tile(caption)
                self.tiles[key] = tile
                self.tile_grid.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS)
            for c in range(TILE_COLUMNS):
                self.tile_grid.setColumnStretch(c, 1)
        for key, _caption, value, note, color in specs:
            self.tiles[key].set(value, note, color)
        self.warning.setText(self.tr("注意：会员统计数据没有通过逻辑校验（例如期初 + 增加 − 减少 ≠ 期末）。"
                                     "请在“生成报表”中查看未通过的规则，并核对会员的会籍变动记录。"))
        self.warning.setVisible(not o.checks_ok)
        self.branch_chart.set_data(o.members_by_branch)
        self.age_chart.set_data([(label_value(band), *counts) for band, *counts in o.age_pyramid])
        has_dues = any(v is not None for _m, v in o.dues_12_months)
        self.dues_chart.set_data(o.dues_12_months if has_dues else ())
        self.dues_chart.setVisible(has_dues)
        self.dues_frame.setVisible(has_dues)
        self._finish()
        self.loaded.emit(o)
