"""欠缴名单 and 自动退会候选 (6 consecutive unpaid months), as of the chosen month.

Only lists: the 会籍 change itself is done in the 会员 tab after a person reviews it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from union_desk.ui.dues.common import ERROR_FG, DtoTableModel
from union_desk.ui.format import money_text, month_label, months_span_text
from union_desk.ui.dues import ops

ARREARS, CANDIDATES = "arrears", "candidates"


class ArrearsPanel(QWidget):
    loaded = Signal(int)
    open_ledger = Signal(str)          # member id
    member_selected = Signal(str)      # for the 会员 tab's 自动退会 button (lead wires it)

    def __init__(self, dues, mode: str = ARREARS, parent: QWidget | None = None):
        super().__init__(parent)
        self.dues = dues
        self.mode = mode
        self.month = ""
        self.alert_months = 6          # setting dues.arrears_alert_months (the tab sets it)
        self.model = DtoTableModel(
            [("name", self.tr("姓名")), ("id_number", self.tr("身份证号")),
             ("branch_name", self.tr("分会")), ("status", self.tr("会籍状态")),
             ("n", self.tr("欠缴月数")), ("consecutive", self.tr("连续未缴")),
             ("amount", self.tr("欠缴金额")), ("months", self.tr("欠缴月份"))],
            self._display, self, money=("amount",), center=("status", "n", "consecutive"),
            style=self._style)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in enumerate((90, 170, 150, 72, 72, 72, 90, 260)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.ledger_btn = QPushButton(self.tr("查看个人台账"))
        self.ledger_btn.setEnabled(False)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.ledger_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._select(cur.row()))
        self.table.doubleClicked.connect(lambda i: self._open(i.row()))
        self.ledger_btn.clicked.connect(lambda: self._open(self.table.currentIndex().row()))

    def load(self, month: str) -> None:
        self.month = month
        ops.load_arrears(self, self.dues, month, candidates=self.mode == CANDIDATES) \
            .success(lambda rows: self._show(month, rows)).run()

    def _show(self, month: str, rows) -> None:
        if month != self.month:
            return
        self.model.set_rows(rows)
        total = sum((r.amount_owed for r in rows), start=0)
        if self.mode == CANDIDATES:
            self.caption.setText(self.tr(
                "截至{m}，连续 {k} 个月及以上未缴会费的会员。按章程可办理自动退会，但须先核实"
                "（如是否漏登、是否已退休）；办理请到“会员”页，这里不会改变会籍状态。").format(
                m=month_label(month), k=self.alert_months))
            self.count.setText(self.tr("共 {n} 人").format(n=len(rows)))
        else:
            self.caption.setText(self.tr("截至{m}有欠缴的会员（跨年度累计）。双击查看个人台账。")
                                 .format(m=month_label(month)))
            self.count.setText(self.tr("共 {n} 人，欠缴合计 {t} 元").format(
                n=len(rows), t=money_text(total)))
        self._select(self.table.currentIndex().row())
        self.loaded.emit(len(rows))

    def _display(self, r, key: str) -> str:
        if key == "n":
            return str(len(r.months_owed))
        if key == "consecutive":
            return str(r.consecutive_unpaid)
        if key == "amount":
            return money_text(r.amount_owed)
        if key == "months":
            return months_span_text(r.months_owed)
        return str(getattr(r, key) or "")

    def _style(self, r, key: str):
        if key == "consecutive" and r.consecutive_unpaid >= self.alert_months:
            return ERROR_FG
        return None

    def selected_member_id(self) -> str | None:
        r = self.model.row_at(self.table.currentIndex().row())
        return r.member_id if r is not None else None

    def _select(self, row: int) -> None:
        r = self.model.row_at(row)
        self.ledger_btn.setEnabled(r is not None)
        if r is not None:
            self.member_selected.emit(r.member_id)

    def _open(self, row: int) -> None:
        r = self.model.row_at(row)
        if r is not None:
            self.open_ledger.emit(r.member_id)
