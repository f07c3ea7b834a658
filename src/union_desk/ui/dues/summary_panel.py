"""本月收缴汇总: 应缴 / 实缴 / 欠缴 / 收缴率 per branch and the total (a few rows)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from union_desk.ui.format import money_text, month_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
from union_desk.ui.dues import ops


class SummaryPanel(QWidget):
    loaded = Signal(object)           # BranchSummaryDTO
    title_changed = Signal(str)
    branch_activated = Signal(object)  # branch id (None = 未分配) of a double-clicked row

    def __init__(self, dues, parent: QWidget | None = None):
        super().__init__(parent)
        self.dues = dues
        self.month = ""
        self.dto = None
        self.total = QLabel()
        bold = self.total.font()
        bold.setBold(True)
        self.total.setFont(bold)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("分会"), self.tr("应缴人数"), self.tr("足额人数"), self.tr("应缴（元）"),
            self.tr("实缴（元）"), self.tr("欠缴（元）"), self.tr("收缴率")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 7):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("双击某个分会，在下方只看该分会的会员"))
        self.table.cellDoubleClicked.connect(self._activated)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.total)

    def load(self, month: str) -> None:
        self.month = month
        ops.load_branch_summary(self, self.dues, month).success(
            lambda dto: self._show(month, dto)).run()

    def _show(self, month: str, dto) -> None:
        if month != self.month:
            return
        self.dto = dto
        rows = [*dto.rows, dto.total] if dto.rows else []
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            cells = (row.branch_name, str(row.headcount), str(row.paid_count),
                     money_text(row.due), money_text(row.paid), money_text(row.owed),
                     f"{row.rate}%")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(RIGHT if c >= 3 else Qt.AlignmentFlag.AlignCenter)
                if r == len(rows) - 1:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        t = dto.total
        self.total.setText(self.tr("合计：共 {n} 人应缴，应缴 {d} 元，实缴 {p} 元，欠缴 {o} 元，"
                                   "收缴率 {r}%").format(n=t.headcount, d=money_text(t.due),
                                                        p=money_text(t.paid), o=money_text(t.owed),
                                                        r=t.rate))
        self.total.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(self.tr("{m}还没有生成应缴记录。请先点“生成本月应缴”。").format(
            m=month_label(month)))
        self.title_changed.emit(self.tr("{m}会费收缴汇总").format(m=month_label(month)))
        self.loaded.emit(dto)

    def _activated(self, row: int, _col: int) -> None:
        if self.dto is not None and 0 <= row < len(self.dto.rows):
            self.branch_activated.emit(self.dto.rows[row].branch_id)

    def total_row(self):
        return self.dto.total if self.dto is not None else None
