"""个人会费台账: one member's charges, payments (reversals shown as such) and balances.

``open_member_ledger(services, member_id, parent)`` is the entry point for any tab.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from union_desk.core.roles import Perm
from union_desk.ui.dues.common import ERROR_FG, MUTED_FG, DtoTableModel, tr
from union_desk.ui.format import date_text, money_text, months_span_text
from union_desk.ui.dues.reversal_dialog import ReversalDialog
from union_desk.ui.dues import ops
from union_desk.ui.tasks import runner

DUES_ENTITIES = {"dues_payment", "dues_charge", "dues_wage_base"}


def payment_state(p) -> str:
    if p.reverses_id:
        return tr("冲正记录")
    if p.reversed_by:
        return tr("已冲正")
    return tr("有效")


class MemberLedgerDialog(QDialog):
    loaded = Signal(object)           # MemberLedgerDTO

    def __init__(self, dues, can_write: bool, member_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.dues = dues
        self.can_write = can_write
        self.member_id = member_id
        self.dto = None
        self._closed = False
        self.setWindowTitle(self.tr("个人会费台账"))
        self.resize(1180, 640)

        self.header = QLabel(self.tr("正在读取…"))
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.header.setFont(font)
        self.totals = QLabel()

        self.months_model = DtoTableModel(
            [("month", self.tr("月份")), ("base", self.tr("缴费基数")), ("due", self.tr("应缴")),
             ("paid", self.tr("实缴")), ("balance", self.tr("本月结欠")),
             ("running", self.tr("累计结欠"))],
            self._month_display, self, money=("base", "due", "paid", "balance", "running"),
            center=("month",), style=self._month_style)
        self.months_view = self._view(self.months_model, (76, 92, 72, 72, 80, 80))
        self.pay_model = DtoTableModel(
            [("paid_on", self.tr("缴费日期")), ("months", self.tr("所属月份")),
             ("amount", self.tr("金额")), ("method", self.tr("方式")),
             ("state", self.tr("状态")), ("recorded_by", self.tr("经办人")),
             ("note", self.tr("备注"))],
            self._pay_display, self, money=("amount",), center=("paid_on", "method", "state"),
            style=self._pay_style)
        self.pay_view = self._view(self.pay_model, (92, 90, 72, 72, 64, 70))
        self.pay_view.horizontalHeader().setStretchLastSection(True)

        self.reverse_btn = QPushButton(self.tr("冲正所选记录…"))
        self.reverse_btn.setVisible(can_write)
        self.reverse_btn.setEnabled(False)
        self.reverse_btn.setToolTip(self.tr("录错的缴费不能修改或删除：冲正后可重新登记正确的一笔"))
        close_btn = QPushButton(self.tr("关闭"))
        close_btn.clicked.connect(self.close)

        months_box = QGroupBox(self.tr("每月应缴与实缴"))
        QVBoxLayout(months_box).addWidget(self.months_view)
        pay_box = QGroupBox(self.tr("缴费记录"))
        QVBoxLayout(pay_box).addWidget(self.pay_view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(months_box)
        split.addWidget(pay_box)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 640])
        buttons = QHBoxLayout()
        buttons.addWidget(self.reverse_btn)
        buttons.addStretch(1)
        buttons.addWidget(close_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.totals)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)

        self.pay_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._selected(cur.row()))
        self.reverse_btn.clicked.connect(self.reverse_selected)
        runner().changes_applied.connect(self._on_changes)
        self.finished.connect(self._disconnect)
        self.reload()

    def _view(self, model, widths) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(26)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in enumerate(widths):
            view.setColumnWidth(col, width)
        return view

    # ---- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        ops.load_member_ledger(self, self.dues, self.member_id).success(self._show).run()

    def _show(self, dto) -> None:
        if self._closed:
            return
        self.dto = dto
        self.setWindowTitle(self.tr("个人会费台账 — {n}").format(n=dto.name))
        self.header.setText(self.tr("{n} 的会费台账").format(n=dto.name))
        if dto.balance > 0:
            tail = self.tr("结欠 {b} 元").format(b=money_text(dto.balance))
        elif dto.balance < 0:
            tail = self.tr("多缴 {b} 元").format(b=money_text(-dto.balance))
        else:
            tail = self.tr("已全部缴清")
        self.totals.setText(self.tr("累计应缴 {d} 元，累计实缴 {p} 元，{t}（跨年度累计）").format(
            d=money_text(dto.total_due), p=money_text(dto.total_paid), t=tail))
        running = Decimal("0.00")
        rows = []
        for m in dto.months:
            running += m.balance
            rows.append((m, running))
        self.months_model.set_rows(rows)
        if rows:
            self.months_view.scrollToBottom()
        self.pay_model.set_rows(list(dto.payments))
        self._selected(self.pay_view.currentIndex().row())
        self.loaded.emit(dto)

    def _month_display(self, row, key: str) -> str:
        m, running = row
        if key == "month":
            return m.month
        if key == "base":
            return money_text(m.base)
        if key == "running":
            return money_text(running)
        return money_text(getattr(m, key))

    def _month_style(self, row, key: str):
        m, running = row
        if key == "balance" and m.balance > 0 or key == "running" and running > 0:
            return ERROR_FG
        return None

    def _pay_display(self, p, key: str) -> str:
        if key == "paid_on":
            return date_text(p.paid_on)
        if key == "months":
            return months_span_text(p.months)
        if key == "amount":
            return money_text(p.amount)
        if key == "state":
            return payment_state(p)
        return str(getattr(p, key) or "")

    def _pay_style(self, p, key: str):
        if p.reverses_id:
            return ERROR_FG
        if p.reversed_by:
            return MUTED_FG
        return None

    def _on_changes(self, changes, _initiator) -> None:
        if DUES_ENTITIES & set(changes) or "member" in changes:
            self.reload()

    def _disconnect(self, _result: int) -> None:
        self._closed = True
        try:
            runner().changes_applied.disconnect(self._on_changes)
        except (RuntimeError, TypeError):
            pass

    # ---- 冲正 ------------------------------------------------------------------------------
    def selected_payment(self):
        return self.pay_model.row_at(self.pay_view.currentIndex().row())

    def _selected(self, row: int) -> None:
        p = self.pay_model.row_at(row)
        ok = p is not None and not p.reverses_id and not p.reversed_by
        self.reverse_btn.setEnabled(self.can_write and ok)

    def reverse_selected(self) -> ReversalDialog | None:
        p = self.selected_payment()
        if p is None or p.reverses_id or p.reversed_by or not self.can_write:
            return None
        dlg = ReversalDialog(self.dues, p, self.dto.name if self.dto else "", self)
        dlg.open()
        return dlg


def open_member_ledger(services, member_id: str, parent: QWidget | None = None
                       ) -> MemberLedgerDialog:
    """Show one member's dues ledger (from the 会员 tab or the 会费 tab)."""
    dlg = MemberLedgerDialog(services.dues, services.can(Perm.DUES_WRITE), member_id,
                             parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg
