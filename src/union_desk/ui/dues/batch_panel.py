"""批量登记: tick the members who paid this month, adjust amounts, save once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from union_desk.core.dues import METHODS
from union_desk.errors import ValidationError
from union_desk.ui.dues.batch_model import AMOUNT, BRANCH, CHECK, BatchModel
from union_desk.ui.dues.common import OK_STYLE
from union_desk.ui.format import money_text, month_label
from union_desk.ui.errors import show_error
from union_desk.ui.labels import value as label_value
from union_desk.ui.dues import ops
from union_desk.ui.tasks import debounce
from union_desk.ui.widgets import ERROR_STYLE, pydate, qdate

SEARCH_DELAY_MS = 200
MAX_LISTED_ERRORS = 5


class BatchPanel(QWidget):
    loaded = Signal(int)              # rows loaded (tests, status)
    saved = Signal(object)            # BatchResult
    open_ledger = Signal(str)         # member id
    save_blocked = Signal(str)        # inline message shown instead of saving

    def __init__(self, dues, can_write: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.dues = dues
        self.can_write = can_write
        self.month = ""
        self.notice = ""
        self.message_kind = ""
        self.branch_tree: dict[str | None, set[str | None]] = {}

        self.branch = QComboBox()
        self.branch.addItem(self.tr("全部分会"), "__all__")
        self.branch.setMinimumWidth(140)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按姓名或身份证号查找"))
        self.search.setClearButtonEnabled(True)
        self.tick_all = QPushButton(self.tr("全部勾选"))
        self.tick_all.setToolTip(self.tr("勾选当前列表中所有未缴清的会员"))
        self.tick_none = QPushButton(self.tr("全部取消"))
        self.ledger_btn = QPushButton(self.tr("查看个人台账"))
        self.ledger_btn.setEnabled(False)

        self.model = BatchModel(self)
        self.model.editable = can_write
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in enumerate((36, 110, 200, 180, 110, 90, 90, 110)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(BRANCH, QHeaderView.ResizeMode.Stretch)

        self.method = QComboBox()
        for m in METHODS:
            self.method.addItem(label_value(m), m)
        self.paid_on = QDateEdit()
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.paid_on.setMaximumDate(QDate.currentDate())
        self.paid_on.setDate(QDate.currentDate())
        self.totals = QLabel()
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_btn = QPushButton(self.tr("保存登记"))
        self.save_btn.setDefault(True)
        self.save_btn.setMinimumWidth(110)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("分会：")))
        top.addWidget(self.branch)
        top.addWidget(self.search, 1)
        for w in (self.tick_all, self.tick_none, self.ledger_btn):
            top.addWidget(w)
        bottom = QHBoxLayout()
        self.method_label = QLabel(self.tr("缴费方式："))
        self.date_label = QLabel(self.tr("缴费日期："))
        for w in (self.method_label, self.method, self.date_label, self.paid_on):
            bottom.addWidget(w)
        bottom.addSpacing(12)
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.save_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        lay.addLayout(bottom)

        for w in (self.tick_all, self.tick_none, self.method_label, self.method, self.date_label,
                  self.paid_on, self.save_btn):
            w.setVisible(can_write)
        # read-only: no tick boxes, no amount to pay
        self.table.setColumnHidden(CHECK, not can_write)
        self.table.setColumnHidden(AMOUNT, not can_write)

        self._filter_timer = debounce(self, SEARCH_DELAY_MS, self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.branch.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.tick_all.clicked.connect(lambda: self.model.set_checked_visible(True))
        self.tick_none.clicked.connect(lambda: self.model.set_checked_visible(False))
        self.model.edits_changed.connect(self._edits_changed)
        self.save_btn.clicked.connect(self.save)
        self.ledger_btn.clicked.connect(self._open_selected)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.ledger_btn.setEnabled(cur.isValid()))
        self.table.doubleClicked.connect(self._double_clicked)
        self._edits_changed()

    # ---- data ------------------------------------------------------------------------------
    def set_branches(self, branches) -> None:
        """BranchDTOs; choosing a branch shows its sub-branches too."""
        children: dict[str | None, list[str]] = {}
        for b in branches:
            children.setdefault(b.parent_id, []).append(b.id)

        def below(bid: str) -> set[str | None]:
            out: set[str | None] = {bid}
            for c in children.get(bid, []):
                out |= below(c)
            return out

        self.branch_tree = {b.id: below(b.id) for b in branches}
        self.branch_tree[None] = {None}
        keep = self.branch.currentData()
        self.branch.blockSignals(True)
        self.branch.clear()
        self.branch.addItem(self.tr("全部分会"), "__all__")
        for b in branches:
            self.branch.addItem("　" * b.depth + b.name, b.id)
        self.branch.addItem(self.tr("（未分配）"), None)
        i = self.branch.findData(keep)
        self.branch.setCurrentIndex(max(0, i))
        self.branch.blockSignals(False)

    def show_branch(self, branch_id: str | None) -> None:
        i = self.branch.findData(branch_id)
        if i >= 0:
            self.branch.setCurrentIndex(i)

    def load(self, month: str) -> None:
        self.month = month
        ops.load_batch_grid(self, self.dues, month).success(lambda rows: self._show(month, rows)).run()

    def _show(self, month: str, rows) -> None:
        if month != self.month:
            return
        self.model.set_rows(rows)
        self._apply_filter()
        if self.notice:
            self._show_message(self.notice, ok=True)
            self.notice = ""
        else:
            self._hide_message()
        self.loaded.emit(len(rows))

    def _apply_filter(self) -> None:
        data = self.branch.currentData()
        branches = None if data == "__all__" else self.branch_tree.get(data, {data})
        self.model.set_filter(branches, self.search.text())
        self._edits_changed()

    def _edits_changed(self) -> None:
        n, total = self.model.totals()
        shown = self.model.rowCount()
        if self.can_write:
            self.totals.setText(self.tr("本月应缴 {all} 人，列表显示 {shown} 人；已勾选 {n} 人，"
                                        "合计 {t} 元").format(all=len(self.model.rows),
                                                            shown=shown, n=n, t=money_text(total)))
        else:
            self.totals.setText(self.tr("本月应缴 {all} 人，列表显示 {shown} 人").format(
                all=len(self.model.rows), shown=shown))
        self.save_btn.setEnabled(n > 0)
        errors = self.model.checked_errors()
        if errors:
            # say what is wrong as soon as it is typed, not only when saving
            self._show_message(self.tr("金额有误，请改正后再保存：") + self._list(errors), ok=False)
        elif self.model.has_edits() or self.message_kind == "error":
            self._hide_message()

    # ---- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if not self.can_write or not self.month:
            return
        errors = self.model.checked_errors()
        if errors:
            self._block(self.tr("有 {n} 行金额有误，本批未保存：").format(n=len(errors))
                        + self._list(errors))
            first = errors[0][0]
            if first >= 0:
                self.table.setCurrentIndex(self.model.index(first, AMOUNT))
            return
        ticked, method = self.model.snapshot(), self.method.currentData()
        if not ticked:
            return
        self.save_btn.setEnabled(False)
        ops.save_batch(self, self.dues, self.month, ticked, method, pydate(self.paid_on.date())) \
            .with_progress(self.tr("正在保存本批缴费…")) \
            .success(self._saved).failure(self._save_failed).run()

    @staticmethod
    def _list(errors: list[tuple[int, str]]) -> str:
        return ("；".join(text for _row, text in errors[:MAX_LISTED_ERRORS])
                + ("…" if len(errors) > MAX_LISTED_ERRORS else ""))

    def _show_message(self, text: str, *, ok: bool) -> None:
        self.message_kind = "ok" if ok else "error"
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)
        self.message.show()

    def _hide_message(self) -> None:
        self.message_kind = ""
        self.message.hide()

    def _block(self, text: str) -> None:
        self._show_message(text, ok=False)
        self.save_blocked.emit(text)

    def _saved(self, result) -> None:
        # the grid reloads through changes_applied; the note shows once it is in
        self.notice = self.tr("已保存：登记 {n} 笔缴费，合计 {t} 元（{m}）。").format(
            n=result.recorded, t=money_text(result.total), m=month_label(result.month))
        self.saved.emit(result)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_btn.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field_errors:
            self.model.set_server_errors(dict(exc.field_errors))
            named = [f"{self.model.name_of(k)}：{v}" if self.model.name_of(k) else v
                     for k, v in exc.field_errors.items()]
            self._block(exc.message + "：" + "；".join(named[:MAX_LISTED_ERRORS])
                        + ("…" if len(named) > MAX_LISTED_ERRORS else ""))
            return
        show_error(exc, self)

    # ---- ledger ----------------------------------------------------------------------------
    def _double_clicked(self, index) -> None:
        if index.column() != AMOUNT or not self.can_write:
            self._open_selected()

    def _open_selected(self) -> None:
        row = self.model.member_at(self.table.currentIndex().row())
        if row is not None:
            self.open_ledger.emit(row.member_id)

    def selected_total(self) -> Decimal:
        return self.model.totals()[1]

    def paid_on_value(self) -> dt.date:
        return pydate(self.paid_on.date())

    def set_paid_on(self, day: dt.date) -> None:
        self.paid_on.setDate(qdate(day))
