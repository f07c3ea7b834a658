"""导入会员名册: choose a branch's spreadsheet, check the sheet and columns, see a dry run,
import in one go (background, cancellable), send the error rows back to the branch.

Entry points for the main window: :func:`open_import` and :func:`open_import_history`
(the latter lives in import_history.py and is re-exported here).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from union_desk.core.roles import Perm
from union_desk.errors import FileFormatError, UnionDeskError
from union_desk.ui.members.imports import ops
from union_desk.ui.members.imports.files import import_path_from_mime
from union_desk.ui.members.imports.history import ImportHistoryDialog, open_import_history
from union_desk.ui.members.imports.messages import EmptyHint, ImportMessage
from union_desk.ui.members.imports.panels import MappingTable, PreviewPanel
from union_desk.ui.members.imports.profiles import ProfileBar
from union_desk.ui.members.imports.report import ask_report_path, report_written_box
from union_desk.ui.members.imports.work import ImportWork
from union_desk.ui.errors import show_error
from union_desk.ui.progress_strip import ProgressStrip
from union_desk.ui.tasks import debounce

REMAP_DELAY_MS = 500
NO_HEADER = "找不到表头"  # in the service's message when no header row is recognised


class ImportDialog(QDialog):
    preview_finished = Signal(object)    # ImportReport (tests, and anyone who wants it)
    apply_finished = Signal(object)      # ImportReport of the applied import
    op_failed = Signal(str)              # the plain message shown (also after a cancel)
    report_written = Signal(str)         # path of the error report
    profiles_loaded = Signal()
    head_shown = Signal()                # no header found: the first rows are shown to pick one

    def __init__(self, services, path: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入会员名册"))
        self.services = services
        self.svc = services.imports
        self.path: Path | None = None
        self.sheet: str | None = None
        self.mapping: dict[str, str | None] = {}
        self.report = None          # the last preview (or the applied import's report)
        self.applied = None
        self._again = False         # run the preview again when the current one ends
        self._close_when_done = False
        self.report_box: QMessageBox | None = None
        self.history_dialog: ImportHistoryDialog | None = None

        # --- file, sheet, profile
        self.file_label = QLabel(self.tr("还没有选择文件"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setStyleSheet("font-weight: bold;")
        self.choose_btn = QPushButton(self.tr("选择文件…"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumWidth(160)
        self.header_label = QLabel()
        self.reset_btn = QPushButton(self.tr("恢复自动识别"))
        self.message = ImportMessage()

        self.mapping_table = MappingTable()
        self.profile_bar = ProfileBar(services, self.mapping_table)
        self.profile_combo = self.profile_bar.combo
        self.save_profile_btn = self.profile_bar.save_btn
        self.preview = PreviewPanel(services.can(Perm.UNMASK), self.mapping_table)
        self.preview.hide()  # shown once a file has been read
        self.empty_hint = EmptyHint()

        # --- progress strip (inside the dialog: it never blocks the window)
        self.progress_strip = ProgressStrip()
        self.cancel_btn = self.progress_strip.cancel_btn
        self.work = ImportWork(self.progress_strip, self)

        # --- actions
        self.report_btn = QPushButton(self.tr("生成错误报告…"))
        self.report_btn.setToolTip(self.tr("把有错误的行连同“错误说明”另存为 Excel 文件，发回分会改正"))
        self.history_btn = QPushButton(self.tr("导入记录…"))
        self.import_btn = QPushButton(self.tr("导入"))
        self.import_btn.setDefault(True)
        self.import_btn.setMinimumWidth(110)
        self.close_btn = QPushButton(self.tr("关闭"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("文件：")))
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_btn)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("工作表：")))
        second.addWidget(self.sheet_combo)
        second.addSpacing(12)
        second.addWidget(self.header_label)
        second.addStretch(1)
        second.addWidget(self.profile_bar)
        second.addWidget(self.reset_btn)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_btn)
        buttons.addWidget(self.history_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.import_btn)
        buttons.addWidget(self.close_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(second)
        lay.addWidget(self.message)
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.empty_hint, 1)
        lay.addWidget(self.progress_strip)
        lay.addLayout(buttons)

        self._remap_timer = debounce(self, REMAP_DELAY_MS, self._remap)
        self.choose_btn.clicked.connect(self.choose_file)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.profile_bar.loaded.connect(self.profiles_loaded)
        self.profile_bar.chosen.connect(self._profile_chosen)
        self.profile_bar.saved.connect(self.message.profile_saved)
        self.profile_bar.failed.connect(self._fail)
        self.save_profile_btn.clicked.connect(self._ask_profile_name)
        self.reset_btn.clicked.connect(self.reset_mapping)
        self.mapping_table.mapping_edited.connect(self._remap_timer.start)
        self.cancel_btn.clicked.connect(self.cancel)
        self.report_btn.clicked.connect(self._ask_report_path)
        self.history_btn.clicked.connect(self.open_history)
        self.import_btn.clicked.connect(self.apply)
        self.close_btn.clicked.connect(self.close)
        self.resize(1120, 720)
        self._refresh_buttons()
        self._show_preview(False)
        self.profile_bar.load()
        if path:
            self.set_path(path)
        else:
            self.message.choose_first()

    # ---- state -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.work.busy

    def _refresh_buttons(self) -> None:
        busy, report = self.busy, self.report
        can_apply = (report is not None and self.applied is None and (report.created or report.updated))
        self.import_btn.setEnabled(bool(not busy and can_apply))
        self.report_btn.setEnabled(bool(not busy and report is not None and report.rejected))
        for w in (self.sheet_combo, self.profile_combo):
            w.setEnabled(not busy and self.applied is None)
        self.reset_btn.setEnabled(not busy and self.applied is None and bool(self.mapping))
        self.choose_btn.setEnabled(not busy)
        self.save_profile_btn.setEnabled(not busy and bool(self.mapping_table.columns))
        self.mapping_table.setEnabled(not busy and self.applied is None)
        self.history_btn.setEnabled(not busy)

    def _show_preview(self, on: bool) -> None:
        if on:
            self.empty_hint.hide()
            self.preview.show()
            return
        self.preview.hide()
        self.empty_hint.explain(self.path is not None, self.busy)

    # ---- choosing the file, sheet, mapping -------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择会员名册"), start,
            self.tr("电子表格 (*.xlsx *.xlsm *.xls *.et *.ods *.csv);;所有文件 (*)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        self.path = Path(path)
        self.sheet = None
        self.report = self.applied = None
        self.close_btn.setText(self.tr("关闭"))
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self.preview.clear()
        self.mapping_table.show_columns([])
        self._fill_sheets([], None)
        self.header_label.clear()
        self.message.hide()
        self.run_preview()
        self._show_preview(False)

    def _fill_sheets(self, names, current) -> None:
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for name in names:
            self.sheet_combo.addItem(name)
        if current is not None:
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findText(current)))
        self.sheet_combo.blockSignals(False)

    def _sheet_chosen(self, _index: int) -> None:
        name = self.sheet_combo.currentText()
        if name and name != self.sheet:
            self.sheet = name
            self.run_preview()

    def _remap(self) -> None:
        missing = self.mapping_table.missing_required()
        if missing:
            self.message.missing(missing)
            self.report = None
            self._refresh_buttons()
            return
        self.mapping = self.mapping_table.mapping()
        self.run_preview()

    def reset_mapping(self) -> None:
        self.mapping = {}
        self.profile_bar.reset()
        self.run_preview()

    # ---- profiles ------------------------------------------------------------------------------
    @property
    def profiles(self) -> dict[str, dict[str, str | None]]:
        return self.profile_bar.profiles

    def _profile_chosen(self, mapping: dict[str, str | None]) -> None:
        self.mapping = mapping
        if self.path is not None:
            self.run_preview()

    def _ask_profile_name(self) -> None:
        self.profile_bar.ask_name(self.path.stem if self.path else "")

    def save_profile(self, name: str) -> None:
        self.profile_bar.save(name)

    # ---- background work -----------------------------------------------------------------------
    def run_preview(self) -> None:
        if self.path is None:
            return
        if self.busy:
            if self.work.kind == "preview":
                self._again = True
                self.work.cancel_event.set()
            return
        path, sheet, mapping = self.path, self.sheet, dict(self.mapping)
        progress = self.work.progress_fn()
        self._start("preview", self.tr("正在读取文件…"),
                    lambda cancel: ops.preview(self, self.services, path, sheet, mapping,
                                               cancel=cancel, progress=progress),
                    self._preview_done)

    def apply(self) -> None:
        if self.busy or self.report is None or self.applied is not None:
            return
        path, sheet, mapping = self.path, self.report.sheet, dict(self.mapping)
        progress = self.work.progress_fn()
        self.message.importing()
        self._start("apply", self.tr("正在导入…"),
                    lambda cancel: ops.apply(self, self.services, path, sheet, mapping,
                                             cancel=cancel, progress=progress),
                    self._apply_done)

    def _start(self, kind: str, label: str, make_op, on_success, *, cancellable: bool = True) -> None:
        op = self.work.prepare(kind, label, make_op, lambda result: self._finish(on_success, result),
                               lambda exc: self._finish(self._fail, exc), cancellable=cancellable)
        self._refresh_buttons()
        op.run()

    def _finish(self, callback, value) -> None:
        if self._close_when_done:
            self._close_when_done = False
            self.close()
            return
        if self._again and not self.busy:
            self._again = False
            self._refresh_buttons()
            self.run_preview()
            return
        callback(value)
        self._refresh_buttons()

    def cancel(self) -> None:
        if self.busy:
            self._again = False
            self.work.cancel()

    # ---- results -------------------------------------------------------------------------------
    def _preview_done(self, report) -> None:
        self.report = report
        self.sheet = report.sheet
        self._fill_sheets(report.sheets or [report.sheet], report.sheet)
        self.sheet_combo.setEnabled(len(report.sheets) > 1)
        self.header_label.setText(self.tr("表头在第 {r} 行，数据 {n:,} 行").format(r=report.header_row,
                                                                                n=report.data_rows))
        self.mapping_table.show_columns(report.columns)
        self.preview.show_report(report)
        self._show_preview(True)
        self.message.previewed(report)
        if not report.created and not report.updated and report.rejected:
            self.preview.show_tab("rejected")
        self._refresh_buttons()
        self.preview_finished.emit(report)

    def _apply_done(self, report) -> None:
        self.report = self.applied = report
        self.preview.show_report(report)
        self.message.applied(report)
        self.close_btn.setText(self.tr("完成"))
        self._refresh_buttons()
        self.apply_finished.emit(report)

    def _fail(self, exc: BaseException) -> None:
        text = self.message.failed(exc, self.work.kind)
        if not isinstance(exc, UnionDeskError):
            show_error(exc, self)
        if self.work.kind == "preview":
            # the shown preview no longer matches the sheet/mapping asked for: nothing to import
            self.report = None
            self.preview.clear()
            self.preview.show_tab("mapping")
            self._show_preview(bool(self.mapping_table.columns))
            if isinstance(exc, FileFormatError) and NO_HEADER in exc.message and not self.mapping_table.columns:
                self._load_head()
        self._refresh_buttons()
        self.op_failed.emit(text)

    def _load_head(self) -> None:
        ops.read_sheet_head(self, self.path, self.sheet).success(self._show_head) \
            .failure(lambda _exc: None).run()

    def _show_head(self, result) -> None:
        name, names, rows = result
        if not rows:
            return
        self.sheet = name
        self._fill_sheets(names, name)
        self.header_label.setText(self.tr("请指定表头所在的行"))
        self.mapping_table.show_raw(rows)
        self.preview.show_tab("mapping")
        self._show_preview(True)
        self._refresh_buttons()
        self.head_shown.emit()

    # ---- error report, history -----------------------------------------------------------------
    def _ask_report_path(self) -> None:
        if self.report is None or not self.report.rejected:
            return
        out = ask_report_path(self, self.path)
        if out:
            self.write_error_report(out)

    def write_error_report(self, out: str | Path) -> None:
        report = self.report
        if report is None or self.busy:
            return
        self._start("report", self.tr("正在生成错误报告…"),
                    lambda cancel: ops.write_error_report(self, self.services, report, out, cancel=cancel),
                    self._report_done, cancellable=False)

    def _report_done(self, out) -> None:
        self.report_box = report_written_box(len(self.report.rejected), Path(out), self)
        self.report_box.open()
        self.report_written.emit(str(out))

    def open_history(self) -> None:
        self.history_dialog = open_import_history(self.services, self)

    # ---- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            # never leave work running behind a closed window: cancel, close when it has stopped
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        event.accept()

    def reject(self) -> None:  # Esc
        self.close()


def open_import(services, parent: QWidget | None = None, path: str | Path | None = None) -> ImportDialog | None:
    """Open the import dialog (optionally on a file dropped onto the main window)."""
    if not services.can(Perm.IMPORT):
        QMessageBox.warning(parent, QMessageBox.tr("没有权限"), QMessageBox.tr("当前用户没有导入会员的权限"))
        return None
    dlg = ImportDialog(services, path, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    if path is None:
        dlg.choose_file()
    return dlg


__all__ = ["ImportDialog", "ImportHistoryDialog", "import_path_from_mime", "open_import",
           "open_import_history"]
