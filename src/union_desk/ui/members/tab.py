"""会员 tab: the roster (fast at 200,000 rows), one search box, filters, add/edit/status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from union_desk.core.members import AGE_BANDS, Status
from union_desk.ui.labels import value as label_value
from union_desk.core.roles import Perm
from union_desk.services.members.dto import TABLE_COLUMNS, MemberFilter, MemberRow
from union_desk.ui.members.member_dialog import MemberDialog
from union_desk.ui.members.status_dialog import StatusDialog
from union_desk.ui.table_model import IdTableModel
from union_desk.ui.members.detail import MemberDetailPanel
from union_desk.ui.members import ops
from union_desk.ui.tasks import debounce, runner

SEARCH_DELAY_MS = 180


# columns holding enumerated values (a branch's own spelling passes through unchanged)
TRANSLATED = frozenset({"status", "gender", "age_band", "education", "political_status",
                        "person_status"})


def display(row: MemberRow, key: str) -> str:
    value = row.value(key)
    if value is None:
        return ""
    if isinstance(value, bool):
        return label_value("是" if value else "否")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if key in TRANSLATED:
        return label_value(value)
    return str(value)


class MembersTab(QWidget):
    ids_loaded = Signal(int)          # emitted after each re-query (tests and status bar)
    detail_loaded = Signal(str)

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.branches = []
        self.sort_key, self.descending = "name", False
        self.unmasked = False
        self.current_id: str | None = None
        self._pending_select: str | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音或首字母（如 zw）、身份证号或手机号片段"))
        self.search.setClearButtonEnabled(True)
        self.branch = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("全部会籍状态"), ())
        self.status.addItem(self.tr("会员（在会/保留/转出中）"),
                            (Status.ACTIVE.value, Status.RETAINED.value, Status.TRANSFERRING.value))
        for st in Status:
            self.status.addItem(label_value(st.value), (st.value,))
        self.status.setCurrentIndex(1)
        self.migrant = QComboBox()
        for label, value in ((self.tr("农民工：全部"), None), (self.tr("农民工"), True),
                             (self.tr("非农民工"), False)):
            self.migrant.addItem(label, value)
        self.age = QComboBox()
        self.age.addItem(self.tr("全部年龄"), None)
        for _lo, _hi, label in AGE_BANDS:
            self.age.addItem(label_value(label), label)
        self.count = QLabel()

        self.add_btn = QPushButton(self.tr("新增会员"))
        self.edit_btn = QPushButton(self.tr("编辑"))
        self.status_btn = QPushButton(self.tr("会籍变动"))
        self.unmask_btn = QPushButton(self.tr("显示完整号码"))
        self.unmask_btn.setCheckable(True)
        self.export_btn = QPushButton(self.tr("导出名册"))
        self.import_btn = QPushButton(self.tr("导入名册"))
        self.import_btn.setToolTip(self.tr("导入分会报来的 Excel/WPS/CSV 名册：先预览，再确认导入；也可把文件拖到窗口上"))
        self.import_btn.setVisible(services.can(Perm.IMPORT))
        self.slip_btn = QPushButton(self.tr("打印接转单"))
        self.slip_btn.setToolTip(self.tr("为已转出（或转出中）的会员生成会员组织关系接转介绍信（PDF）"))
        self.slip_btn.setEnabled(False)
        self.family_btn = QPushButton(self.tr("家庭成员"))
        self.family_btn.setVisible(services.can(Perm.MEMBER_WRITE))
        self.family_btn.setEnabled(False)
        self.dues_btn = QPushButton(self.tr("会费台账"))
        self.dues_btn.setVisible(services.can(Perm.DUES_READ))
        self.dues_btn.setEnabled(False)
        can_write = services.can(Perm.MEMBER_WRITE)
        self.add_btn.setVisible(can_write)
        self.edit_btn.setVisible(can_write)
        self.status_btn.setVisible(services.can(Perm.MEMBER_STATUS))
        self.unmask_btn.setVisible(services.can(Perm.UNMASK))
        self.edit_btn.setEnabled(False)
        self.status_btn.setEnabled(False)

        self.model = IdTableModel(TABLE_COLUMNS, ops.row_fetcher(services, unmasked=False),
                                  display, self)
        self.model.align_center = {"gender", "age", "status", "migrant_worker"}
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        for i, w in enumerate((80, 44, 44, 170, 120, 110, 72, 92, 80, 80, 56, 64)):
            self.table.setColumnWidth(i, w)
        # translated values ("Female", "Transferred out") need more room than 女 or 已转出
        fm = self.table.fontMetrics()
        keys = [c[0] for c in TABLE_COLUMNS]
        for key, values in (("gender", ("男", "女")), ("status", [s.value for s in Status])):
            if key in keys:
                col = keys.index(key)
                need = max(fm.horizontalAdvance(label_value(v)) for v in values) + 20
                self.table.setColumnWidth(col, max(self.table.columnWidth(col), need))
        self.detail = MemberDetailPanel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for w in (self.branch, self.status, self.migrant, self.age):
            filters.addWidget(w, 1)
        actions = QHBoxLayout()
        for w in (self.add_btn, self.import_btn, self.edit_btn, self.status_btn, self.family_btn,
                  self.slip_btn, self.dues_btn, self.unmask_btn, self.export_btn):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.count)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 380])   # the roster gets the room; the panel can be dragged wider
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addLayout(actions)
        lay.addWidget(split, 1)

        self._search_timer = debounce(self, SEARCH_DELAY_MS, self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        for combo in (self.branch, self.status, self.migrant, self.age):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model.sort_requested.connect(self._sort)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        self.add_btn.clicked.connect(self.add_member)
        self.edit_btn.clicked.connect(self.edit_member)
        self.status_btn.clicked.connect(self.change_status)
        self.unmask_btn.toggled.connect(self._toggle_unmask)
        self.export_btn.clicked.connect(self.export_roster)
        self.import_btn.clicked.connect(self.import_roster)
        self.slip_btn.clicked.connect(self.print_slip)
        self.dues_btn.clicked.connect(self.open_ledger)
        self.family_btn.clicked.connect(self.edit_family)
        runner().changes_applied.connect(self._on_changes)
        # the roster query does not wait for the branch list: first rows come sooner
        self.refresh()
        self._load_branches()

    # ---- data ------------------------------------------------------------------------------
    def _load_branches(self) -> None:
        ops.load_branches(self, self.services).success(self._set_branches).run()

    def _set_branches(self, branches) -> None:
        self.branches = branches
        self.branch.blockSignals(True)
        self.branch.clear()
        self.branch.addItem(self.tr("全部分会"), None)
        for b in branches:
            self.branch.addItem("　" * b.depth + b.name, b.id)
        self.branch.blockSignals(False)

    def current_filter(self) -> MemberFilter:
        return MemberFilter(text=self.search.text(), branch_id=self.branch.currentData(),
                            statuses=tuple(self.status.currentData() or ()),
                            migrant=self.migrant.currentData(), age_band=self.age.currentData())

    def refresh(self) -> None:
        ops.load_roster(self, self.services, self.current_filter(), self.sort_key, self.descending,
                        unmasked=self.unmasked).success(self._show_ids).run()

    def _show_ids(self, result) -> None:
        ids, first = result
        keep = self.current_id
        self.model.set_ids(ids, first)
        self.count.setText(self.tr("共 {n} 人").format(n=len(ids)))
        if self._pending_select:
            keep, self._pending_select = self._pending_select, None
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        elif keep:
            self._select(-1)
        self.ids_loaded.emit(len(ids))

    def _sort(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.refresh()

    def _select(self, row: int) -> None:
        mid = self.model.id_at(row)
        self.current_id = mid
        self.edit_btn.setEnabled(mid is not None)
        self.status_btn.setEnabled(mid is not None)
        self.dues_btn.setEnabled(mid is not None)
        self.family_btn.setEnabled(mid is not None)
        self.slip_btn.setEnabled(False)
        if mid is None:
            self.detail.clear()
            return
        self.load_detail(mid)

    def load_detail(self, mid: str) -> None:
        ops.load_member_page(self, self.services, mid, unmasked=self.unmasked) \
            .success(lambda res: self._show_detail(mid, res)).run()

    def _show_detail(self, mid: str, result) -> None:
        if mid != self.current_id:
            return
        detail, history = result
        self.slip_btn.setEnabled(detail.status in (Status.TRANSFERRED.value,
                                                   Status.TRANSFERRING.value))
        self.detail.show_member(detail)
        self.detail.show_history(history)
        self.detail_loaded.emit(mid)

    def _on_changes(self, changes, _initiator) -> None:
        if {"member", "member_event", "family_member"} & set(changes):
            self.model.mark_stale()
            self.refresh()
            if self.current_id:
                self.load_detail(self.current_id)

    # ---- actions ---------------------------------------------------------------------------
    def add_member(self) -> None:
        dlg = MemberDialog(self.services, self.branches, parent=self)
        dlg.saved.connect(lambda d: setattr(self, "current_id", d.id))
        dlg.open()

    def edit_member(self) -> None:
        if not self.current_id or not self.services.can(Perm.MEMBER_WRITE):
            return
        svc = self.services
        ops.load_member(self, svc, self.current_id, unmasked=self.unmasked) \
            .success(lambda d: MemberDialog(svc, self.branches, d, parent=self).open()).run()

    def change_status(self) -> None:
        if not self.current_id:
            return
        svc = self.services
        ops.load_member(self, svc, self.current_id).success(
            lambda d: StatusDialog(svc, d, parent=self).open()).run()

    def _toggle_unmask(self, on: bool) -> None:
        self.unmasked = on
        self.unmask_btn.setText(self.tr("隐藏完整号码") if on else self.tr("显示完整号码"))
        if on:
            ops.log_table_unmask(self, self.services).run()
        self.model.fetch_rows = ops.row_fetcher(self.services, unmasked=on)
        self.model.mark_stale()
        if self.current_id:
            self.load_detail(self.current_id)

    def export_roster(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出会员名册"), "会员名册.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        ops.export_roster(self, self.services, path, unmasked=self.unmasked) \
            .with_progress(self.tr("正在导出…")) \
            .success(lambda n: QMessageBox.information(
                self, self.tr("导出完成"), self.tr("已导出 {n} 名会员到\n{p}").format(n=n, p=path))).run()

    def select_member(self, member_id: str) -> None:
        """Show one member (from another tab): clear the search and filters, then select it."""
        self._pending_select = member_id
        for combo in (self.branch, self.migrant, self.age):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.status.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()

    def edit_family(self) -> None:
        if not self.current_id:
            return
        from union_desk.ui.members.family_dialog import FamilyDialog

        svc = self.services
        ops.load_member(self, svc, self.current_id).success(
            lambda d: FamilyDialog(svc, d, parent=self).open()).run()

    def import_roster(self) -> None:
        from union_desk.ui.members.imports.dialog import open_import

        open_import(self.services, self)

    def open_ledger(self) -> None:
        if self.current_id:
            from union_desk.ui.dues.ledger_dialog import open_member_ledger

            open_member_ledger(self.services, self.current_id, self)

    def print_slip(self) -> None:
        if not self.current_id:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存接转介绍信"), "会员接转介绍信.pdf",
                                              self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        ops.transfer_slip(self, self.services, self.current_id, path) \
            .success(lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))).run()
