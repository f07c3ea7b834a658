"""导入记录: every member import batch (file, time, who, counts) and 撤销 of a whole batch.

Undo is refused while members of the batch were changed after the import; the dialog lists
those rows (sheet row as in the branch's file, name, why) before the clerk even tries.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QMessageBox, QProgressBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from union_desk.core.roles import Perm
from union_desk.errors import Cancelled, UnionDeskError
from union_desk.ui.format import timestamp_text
from union_desk.ui.errors import show_error
from union_desk.ui.members.imports import ops

APPLIED = "applied"


class ImportHistoryDialog(QDialog):
    loaded = Signal(int)                 # number of batches shown
    blockers_loaded = Signal(str, list)  # batch id, blocking rows
    undone = Signal(object)              # UndoResult
    undo_failed = Signal(str)

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入记录"))
        self.services = services
        self.svc = services.imports
        self.batches: list = []
        self.blockers: dict[str, list] = {}
        self.confirm_box: QMessageBox | None = None
        self.busy = False
        self._cancel: threading.Event | None = None
        self._ready = False

        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("导入时间"), self.tr("文件"), self.tr("工作表"), self.tr("操作人"), self.tr("新增"),
            self.tr("更新"), self.tr("冲突"), self.tr("有错误"), self.tr("状态")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        for i, w in enumerate((130, 210, 110, 80, 56, 56, 56, 60)):
            self.table.setColumnWidth(i, w)
        self.table.horizontalHeader().setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)

        self.detail = QLabel(self.tr("选择一次导入，可以查看能否撤销。"))
        self.detail.setWordWrap(True)
        self.blocker_list = QListWidget()
        self.blocker_list.hide()
        self.undo_btn = QPushButton(self.tr("撤销这次导入"))
        self.undo_btn.setEnabled(False)
        self.undo_btn.setVisible(services.can(Perm.IMPORT))
        self.close_btn = QPushButton(self.tr("关闭"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.cancel_btn = QPushButton(self.tr("取消"))
        self.cancel_btn.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_btn)
        buttons.addWidget(self.bar, 1)
        buttons.addWidget(self.cancel_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.close_btn)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("每次导入都记录在这里。撤销会删除这次导入新增的会员，并把被更新的会员恢复成导入前的样子；"
                              "导入后又在系统中修改过的会员会挡住撤销。"))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addWidget(self.table, 3)
        lay.addWidget(self.detail)
        lay.addWidget(self.blocker_list, 1)
        lay.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._selected)
        self.undo_btn.clicked.connect(self.ask_undo)
        self.cancel_btn.clicked.connect(self.cancel)
        self.close_btn.clicked.connect(self.close)
        self.resize(980, 560)
        self.reload()

    # ---- list ------------------------------------------------------------------------------------
    def reload(self) -> None:
        ops.load_history(self, self.services).success(self._show) \
            .failure(lambda exc: show_error(exc, self)).run()

    def _show(self, batches) -> None:
        keep = self.current()
        self.batches = list(batches)
        self.blockers.clear()
        self.table.setRowCount(len(self.batches))
        for r, b in enumerate(self.batches):
            c = b.counts
            values = (timestamp_text(b.created_ms), b.file_name, b.sheet, b.actor, c.get("created", 0),
                      c.get("updated", 0), c.get("conflicts", 0), c.get("rejected", 0), self._status(b))
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if 4 <= col <= 7:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if col == 1:
                    item.setToolTip(self.tr("文件指纹（SHA-256）：{h}").format(h=b.sha256))
                self.table.setItem(r, col, item)
        if not self.batches:
            self.detail.setText(self.tr("还没有导入过会员名册。"))
        row = next((i for i, b in enumerate(self.batches) if keep and b.id == keep.id), -1)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._selected()
        self._ready = True
        self.loaded.emit(len(self.batches))

    @property
    def ready(self) -> bool:
        """True once the list has been loaded (tests wait on it)."""
        return self._ready

    def _status(self, b) -> str:
        if b.status == APPLIED:
            return self.tr("已导入")
        return self.tr("已撤销（{w}，{u}）").format(w=timestamp_text(b.undone_ms), u=b.undone_by or "")

    def current(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.batches):
            return None
        return self.batches[rows[0].row()]

    def select_batch(self, batch_id: str) -> None:
        for i, b in enumerate(self.batches):
            if b.id == batch_id:
                self.table.selectRow(i)
                return
        raise KeyError(batch_id)

    # ---- blockers and undo ---------------------------------------------------------------------
    def _selected(self) -> None:
        b = self.current()
        self.blocker_list.clear()
        self.blocker_list.hide()
        self.undo_btn.setEnabled(False)
        if b is None:
            return
        if b.status != APPLIED:
            self.detail.setText(self.tr("这次导入已经撤销了。"))
            return
        self.detail.setText(self.tr("正在检查这次导入能否撤销…"))
        batch_id = b.id
        ops.undo_blockers(self, self.services, batch_id).success(
            lambda rows: self._show_blockers(batch_id, rows)).failure(lambda exc: show_error(exc, self)).run()

    def _show_blockers(self, batch_id: str, rows) -> None:
        self.blockers[batch_id] = list(rows)
        b = self.current()
        if b is None or b.id != batch_id:
            return
        if rows:
            self.detail.setText(self.tr(
                "不能整批撤销：下面 {n} 名会员在导入后又被修改过（行号是分会表格中的行号）。"
                "如确需撤销，请先在会员页把他们的改动处理好。").format(n=len(rows)))
            self.detail.setStyleSheet("color: #a52714;")
            self.blocker_list.addItems([self.tr("第 {r} 行　{n}：{w}").format(r=r, n=name, w=why)
                                        for r, name, why in rows])
            self.blocker_list.show()
        else:
            c = b.counts
            self.detail.setStyleSheet("")
            self.detail.setText(self.tr("可以撤销：将删除这次新增的 {c} 人，把更新过的 {u} 人恢复成导入前的样子。")
                                .format(c=c.get("created", 0), u=c.get("updated", 0)))
        self.undo_btn.setEnabled(not rows and not self.busy)
        self.blockers_loaded.emit(batch_id, list(rows))

    def ask_undo(self) -> None:
        b = self.current()
        if b is None or b.status != APPLIED or self.busy:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("撤销导入"),
                          self.tr("确定要撤销“{f}”（{w}）这次导入吗？\n这次新增的会员将被删除，更新过的会员恢复原样。")
                          .format(f=b.file_name, w=timestamp_text(b.created_ms)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("撤销"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("不撤销"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        batch_id = b.id
        box.buttonClicked.connect(lambda button: self.undo(batch_id) if button is yes else None)
        self.confirm_box = box
        box.open()

    def undo(self, batch_id: str) -> None:
        if self.busy:
            return
        self.busy = True
        self.undo_btn.setEnabled(False)
        self.detail.setStyleSheet("")
        self.detail.setText(self.tr("正在撤销这次导入，请稍候…（撤销完成前点“取消”，不会改动任何数据）"))
        self.bar.show()
        self.cancel_btn.setEnabled(True)
        self.cancel_btn.show()
        # progress shown here, not DbOp.with_progress; the op's function holds the cancel event,
        # not the op, so they form no reference cycle (collected on an arbitrary thread)
        cancel = self._cancel = threading.Event()
        ops.undo(self, self.services, batch_id, cancel=cancel) \
            .success(self._undone).failure(self._undo_failed).run()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_btn.setEnabled(False)

    def _end_busy(self) -> None:
        self.busy = False
        self._cancel = None
        self.bar.hide()
        self.cancel_btn.hide()

    def _undone(self, result) -> None:
        self._end_busy()
        self.detail.setStyleSheet("color: #1b5e20;")
        self.detail.setText(self.tr("已撤销：删除了 {r} 名新增的会员，恢复了 {s} 名会员导入前的内容。")
                            .format(r=result.removed, s=result.restored))
        self.undone.emit(result)
        ops.load_history(self, self.services).success(self._show_keep_message).run()

    def _show_keep_message(self, batches) -> None:
        text, style = self.detail.text(), self.detail.styleSheet()
        self._show(batches)
        self.detail.setText(text)
        self.detail.setStyleSheet(style)

    def _undo_failed(self, exc: BaseException) -> None:
        self._end_busy()
        if isinstance(exc, Cancelled):
            self.detail.setStyleSheet("")
            self.detail.setText(self.tr("已取消撤销，数据没有任何改动。"))
            self._selected_keep()
        elif isinstance(exc, UnionDeskError):
            self.detail.setStyleSheet("color: #a52714;")
            self.detail.setText(exc.message + "\n" + self.tr("没有撤销任何内容。"))
            self.undo_failed.emit(exc.message)
            self._selected_keep()
        else:
            show_error(exc, self)

    def _selected_keep(self) -> None:
        b = self.current()
        if b is not None:
            batch_id = b.id
            ops.undo_blockers(self, self.services, batch_id).success(
                lambda rows: self._blockers_after_fail(batch_id, rows)).run()

    def _blockers_after_fail(self, batch_id: str, rows) -> None:
        text = self.detail.text()
        self._show_blockers(batch_id, rows)
        if not rows:
            self.detail.setText(text)


    def closeEvent(self, event) -> None:
        if self.busy:  # never close behind a running undo; it finishes (or is cancelled) quickly
            self.cancel()
            event.ignore()
            return
        event.accept()


def open_import_history(services, parent: QWidget | None = None) -> ImportHistoryDialog | None:
    if not services.can(Perm.IMPORT):
        QMessageBox.warning(parent, QMessageBox.tr("没有权限"), QMessageBox.tr("当前用户没有查看导入记录的权限"))
        return None
    dlg = ImportHistoryDialog(services, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg
