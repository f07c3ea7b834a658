"""导入分会会费表: preview every row against the roster and the office's rule, then record
the payments in one transaction. Applying the same sheet again records nothing new."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from union_desk.core.dues import METHODS
from union_desk.ui.dues.common import ERROR_FG, OK_FG, OK_STYLE, DtoTableModel, tr
from union_desk.ui.format import money_text, month_label
from union_desk.ui.errors import show_error
from union_desk.ui.labels import value as label_value
from union_desk.ui.dues import ops
from union_desk.ui.widgets import ERROR_STYLE, pydate


def row_status(r) -> list[str]:
    """Plain labels for one preview row: 正常 / 少缴 / 多缴 / 应缴填错 / 姓名不符 /
    身份证号未登记 / 基数不一致 / 已导入过."""
    tags: list[str] = []
    if not r.known_member:
        # nothing else can be checked against the roster for this row
        return [tr("身份证号未登记")] + ([tr("已导入过")] if r.already_recorded else [])
    if r.name_mismatch:
        tags.append(tr("姓名不符"))
    if r.status == "ok":
        tags.append(tr("正常"))
    elif r.status == "underpaid":
        tags.append(tr("少缴 {d} 元").format(d=money_text(-r.difference)))
    elif r.status == "overpaid":
        tags.append(tr("多缴 {d} 元").format(d=money_text(r.difference)))
    elif r.known_member:
        tags.append(tr("无法识别"))
    if r.due_on_sheet_wrong:
        tags.append(tr("应缴填错"))
    if r.base_differs:
        tags.append(tr("基数不一致"))
    if r.already_recorded:
        tags.append(tr("已导入过"))
    return tags


def row_action(r) -> str:
    if r.will_record:
        return tr("将登记")
    if r.already_recorded:
        return tr("已登记过，跳过")
    return tr("不登记")


def _tooltip(r, key: str) -> str:
    lines = list(r.problems)
    if r.name_mismatch and r.member_name:
        lines.append(tr("名册姓名：{n}").format(n=r.member_name))
    if r.due_on_sheet_wrong and r.computed_due is not None:
        lines.append(tr("表中应缴 {a} 元，按本会规则应为 {b} 元").format(
            a=money_text(r.due_on_sheet), b=money_text(r.computed_due)))
    if r.base_differs:
        lines.append(tr("表中缴费基数 {a} 元，登记的基数 {b} 元").format(
            a=money_text(r.base), b=money_text(r.recorded_base)))
    return "\n".join(lines)


class DuesImportDialog(QDialog):
    applied = Signal(object)          # DuesImportResult
    previewed = Signal(object)        # DuesSheetPreview

    def __init__(self, dues, month: str, parent: QWidget | None = None, *, path: str = ""):
        super().__init__(parent)
        self.dues = dues
        self.month = month
        self.path = path
        self.preview = None
        self._pending_note = ""
        self.setWindowTitle(self.tr("导入分会会费表"))
        self.resize(1180, 700)

        self.file_label = QLabel(self.tr("尚未选择文件"))
        self.file_label.setWordWrap(True)
        self.choose_btn = QPushButton(self.tr("选择文件…"))
        self.month_box = QComboBox()
        self.month_box.addItem(self.tr("按表中的月份（推荐）"), None)
        self.month_box.addItem(self.tr("全部按 {m}").format(m=month_label(month)), month)
        self.method = QComboBox()
        for m in METHODS:
            self.method.addItem(label_value(m), m)
        self.paid_on = QDateEdit()
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.paid_on.setMaximumDate(QDate.currentDate())
        self.paid_on.setDate(QDate.currentDate())
        self.accept_names = QCheckBox(self.tr("姓名不符的行也登记（已核实是同一人）"))
        self.problems_only = QCheckBox(self.tr("只看有问题的行"))
        self.update_bases = QCheckBox(self.tr("按表更新缴费基数，生效日期："))
        self.base_from = QDateEdit()
        self.base_from.setCalendarPopup(True)
        self.base_from.setDisplayFormat("yyyy-MM-dd")
        self.base_from.setDate(QDate(int(month[:4]), int(month[5:7]), 1))
        self.update_bases.setEnabled(False)
        self.base_from.setEnabled(False)

        self.model = DtoTableModel(
            [("row", self.tr("行号")), ("name", self.tr("姓名")),
             ("id_number", self.tr("身份证号")), ("month", self.tr("月份")),
             ("base", self.tr("缴费基数")), ("due_on_sheet", self.tr("表中应缴")),
             ("computed_due", self.tr("应缴（核算）")), ("paid", self.tr("实缴")),
             ("status", self.tr("核对结果")), ("action", self.tr("处理"))],
            self._display, self, money=("base", "due_on_sheet", "computed_due", "paid"),
            center=("row", "month", "action"), style=self._style, tooltip=_tooltip)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in enumerate((48, 80, 170, 72, 90, 80, 96, 80, 300, 100)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.apply_btn = QPushButton(self.tr("确认导入"))
        self.apply_btn.setMinimumWidth(110)
        self.apply_btn.setEnabled(False)
        self.apply_btn.setDefault(True)
        close_btn = QPushButton(self.tr("关闭"))

        top = QHBoxLayout()
        top.addWidget(self.choose_btn)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.problems_only)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("月份：")))
        top.addWidget(self.month_box)
        opts = QGridLayout()
        opts.addWidget(QLabel(self.tr("缴费方式：")), 0, 0)
        opts.addWidget(self.method, 0, 1)
        opts.addWidget(QLabel(self.tr("缴费日期：")), 0, 2)
        opts.addWidget(self.paid_on, 0, 3)
        opts.addWidget(self.accept_names, 0, 4)
        opts.addWidget(self.update_bases, 1, 0, 1, 3)
        opts.addWidget(self.base_from, 1, 3)
        opts.setColumnStretch(5, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.apply_btn)
        bottom.addWidget(close_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.counts)
        lay.addWidget(self.table, 1)
        lay.addLayout(opts)
        lay.addLayout(bottom)

        self.choose_btn.clicked.connect(self.choose_file)
        self.month_box.currentIndexChanged.connect(lambda _i: self.run_preview())
        self.accept_names.toggled.connect(lambda _on: self.run_preview())
        self.problems_only.toggled.connect(lambda _on: self._fill_rows())
        self.update_bases.toggled.connect(self.base_from.setEnabled)
        self.update_bases.toggled.connect(self._bases_toggled)
        self.apply_btn.clicked.connect(self.apply)
        close_btn.clicked.connect(self.close)
        if path:
            self._set_path(path)

    # ---- preview ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择分会会费表"), "",
                                              self.tr("表格文件 (*.xlsx *.xls *.csv)"))
        if path:
            self._set_path(path)

    def _set_path(self, path: str) -> None:
        self.path = path
        self.file_label.setText(Path(path).name)
        self.file_label.setToolTip(path)
        self.run_preview()

    def run_preview(self) -> None:
        if not self.path:
            return
        month, accept = self.month_box.currentData(), self.accept_names.isChecked()
        self.apply_btn.setEnabled(False)
        ops.preview_import(self, self.dues, self.path, month, accept_name_mismatch=accept) \
            .with_progress(self.tr("正在核对会费表…")) \
            .success(self._show).failure(self._failed).run()

    def _show(self, pv) -> None:
        self.preview = pv
        self._fill_rows()
        c = pv.counts
        head = self.tr("{f}（工作表“{s}”，{m}）：共 {n} 行").format(
            f=pv.file, s=pv.sheet, m=pv.month, n=len(pv.rows))
        parts = []
        for key, label in (("ok", self.tr("正常")), ("underpaid", self.tr("少缴")),
                           ("overpaid", self.tr("多缴")), ("due_on_sheet_wrong", self.tr("应缴填错")),
                           ("name_mismatch", self.tr("姓名不符")),
                           ("unknown_member", self.tr("身份证号未登记")),
                           ("base_differs", self.tr("基数不一致")),
                           ("already_recorded", self.tr("已导入过"))):
            if c.get(key):
                parts.append(f"{label} {c[key]}")
        parts.append(self.tr("实缴合计 {p} 元，将登记 {k} 笔").format(
            p=money_text(pv.total_paid), k=pv.to_record))
        self.counts.setText(head + "\n" + "；".join(parts))
        differs = bool(c.get("base_differs"))
        self.update_bases.setEnabled(differs)
        if not differs:
            self.update_bases.setChecked(False)
        if pv.to_record == 0 and c.get("already_recorded"):
            self._note(self.tr("这张表已经导入过：没有新的缴费需要登记。"), ok=True)
        elif pv.to_record == 0:
            self._note(self.tr("没有可以登记的行，请查看“核对结果”列。"), ok=False)
        else:
            self.message.hide()
        self.apply_btn.setEnabled(pv.to_record > 0 or (differs and self.update_bases.isChecked()))
        if self._pending_note:
            self._note(self._pending_note, ok=True)
            self._pending_note = ""
        self.previewed.emit(pv)

    def _fill_rows(self) -> None:
        if self.preview is None:
            return
        rows = list(self.preview.rows)
        if self.problems_only.isChecked():
            rows = [r for r in rows if row_status(r) != [tr("正常")] or not r.will_record]
        self.model.set_rows(rows)

    def _bases_toggled(self, on: bool) -> None:
        if self.preview is not None:
            self.apply_btn.setEnabled(self.preview.to_record > 0 or on)

    def _display(self, r, key: str) -> str:
        if key == "status":
            return "、".join(row_status(r))
        if key == "action":
            return row_action(r)
        if key in ("base", "due_on_sheet", "computed_due", "paid"):
            return money_text(getattr(r, key))
        if key == "name":
            return r.name or (r.member_name or "")
        return str(getattr(r, key) or "")

    def _style(self, r, key: str):
        if key not in ("status", "action"):
            return None
        if r.will_record and r.status == "ok" and not r.due_on_sheet_wrong and not r.base_differs:
            return OK_FG
        return None if r.already_recorded else ERROR_FG

    def _note(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)
        self.message.show()

    def _failed(self, exc: BaseException) -> None:
        self.model.set_rows([])
        self.counts.setText("")
        show_error(exc, self)

    # ---- apply -----------------------------------------------------------------------------
    def apply(self) -> None:
        if self.preview is None or not self.path:
            return
        kw = dict(paid_on=pydate(self.paid_on.date()), method=self.method.currentData(),
                  update_bases=self.update_bases.isChecked(),
                  base_effective_from=pydate(self.base_from.date()),
                  accept_name_mismatch=self.accept_names.isChecked())
        month = self.month_box.currentData()
        self.apply_btn.setEnabled(False)
        ops.apply_import(self, self.dues, self.path, month, **kw) \
            .with_progress(self.tr("正在导入会费表…")) \
            .success(self._applied).failure(self._apply_failed).run()

    def _applied(self, result) -> None:
        if result is None:
            self._note(self.tr("已取消，没有登记任何缴费。"), ok=False)
            self.apply_btn.setEnabled(True)
            return
        if result.recorded == 0 and not result.bases_updated:
            text = self.tr("这张表已经导入过：本次没有新增任何缴费记录。")
        else:
            text = self.tr("导入完成：登记 {n} 笔缴费，合计 {t} 元").format(
                n=result.recorded, t=money_text(result.total_recorded))
            if result.bases_updated:
                text += self.tr("；更新缴费基数 {k} 人").format(k=result.bases_updated)
            text += self.tr("。")
        self.applied.emit(result)
        self._pending_note = text      # shown once the refreshed preview is in
        self.run_preview()

    def _apply_failed(self, exc: BaseException) -> None:
        self.apply_btn.setEnabled(True)
        show_error(exc, self)
