"""导入会员名册: choose a branch's spreadsheet, check the sheet and columns, see a dry run,
import in one go (background, cancellable), send the error rows back to the branch.

Entry points for the main window: :func:`open_import` and :func:`open_import_history`
(the latter lives in import_history.py and is re-exported here).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QInputDialog, QLabel,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from union_desk.core.roles import Perm
from union_desk.errors import Cancelled, FileFormatError, UnionDeskError
from union_desk.ui.dialogs.import_files import import_path_from_mime, read_head
from union_desk.ui.dialogs.import_history import ImportHistoryDialog, open_import_history
from union_desk.ui.dialogs.import_models import import_service
from union_desk.ui.dialogs.import_panels import MappingTable, PreviewPanel
from union_desk.ui.errors import show_error
from union_desk.ui.progress_strip import ProgressStrip
from union_desk.ui.tasks import DbOp, debounce

CHANGES = ("member", "member_event", "branch", "import_batch")
REMAP_DELAY_MS = 500
NO_HEADER = "找不到表头"  # in the service's message when no header row is recognised
MSG_STYLE = {"error": "background: #fdecea; color: #a52714; border: 1px solid #f5c6cb; padding: 8px;",
             "ok": "background: #e8f5e9; color: #1b5e20; border: 1px solid #c3e6cb; padding: 8px;",
             "info": "background: #eef4fb; color: #1f3f66; border: 1px solid #c9dcf0; padding: 8px;"}


class _Relay(QObject):
    """Progress from the DB worker to the GUI thread (queued signal)."""

    progressed = Signal(str, int, int)


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
        self.svc = import_service(services)
        self.path: Path | None = None
        self.sheet: str | None = None
        self.mapping: dict[str, str | None] = {}
        self.profiles: dict[str, dict[str, str | None]] = {}
        self.report = None          # the last preview (or the applied import's report)
        self.applied = None
        self._cancel: threading.Event | None = None  # set while work runs: its cancel switch
        self._op_kind = ""
        self._again = False         # run the preview again when the current one ends
        self._close_when_done = False
        self.report_box: QMessageBox | None = None
        self.history_dialog: ImportHistoryDialog | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)

        # --- file, sheet, profile
        self.file_label = QLabel(self.tr("还没有选择文件"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setStyleSheet("font-weight: bold;")
        self.choose_btn = QPushButton(self.tr("选择文件…"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumWidth(160)
        self.header_label = QLabel()
        self.profile_combo = QComboBox()
        self.profile_combo.setMinimumWidth(160)
        self.profile_combo.addItem(self.tr("（自动识别）"), None)
        self.save_profile_btn = QPushButton(self.tr("保存为方案…"))
        self.save_profile_btn.setToolTip(self.tr("把当前的列对应保存下来，下次导入同一分会的表格时直接选用"))
        self.reset_btn = QPushButton(self.tr("恢复自动识别"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.mapping_table = MappingTable()
        self.preview = PreviewPanel(services.can(Perm.UNMASK), self.mapping_table)
        self.preview.hide()  # shown once a file has been read
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px;")

        # --- progress strip (inside the dialog: it never blocks the window)
        self.progress_strip = ProgressStrip()
        self.cancel_btn = self.progress_strip.cancel_btn

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
        second.addWidget(QLabel(self.tr("列对应方案：")))
        second.addWidget(self.profile_combo)
        second.addWidget(self.save_profile_btn)
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
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
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
        self._load_profiles()
        if path:
            self.set_path(path)
        else:
            self._say(self.tr("请点“选择文件…”，选择分会报来的会员名册（Excel、WPS 表格或 CSV 文件）。"
                              "也可以把文件直接拖到主窗口上。"), "info")

    # ---- state -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._cancel is not None

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
        self.empty_hint.setText(
            self.tr("请点右上角“选择文件…”，选择分会报来的会员名册") if self.path is None and not self.busy else
            self.tr("正在读取文件，请稍候…") if self.busy else
            self.tr("请按上面的提示处理后，点右上角“选择文件…”重新选择文件"))
        self.empty_hint.show()

    def _say(self, text: str, kind: str = "info") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(MSG_STYLE[kind])
        self.message.setVisible(bool(text))

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
            self._say(self.tr("请指定“{f}”在哪一列：没有这一列无法导入。").format(f=self.tr("”和“").join(missing)),
                      "error")
            self.report = None
            self._refresh_buttons()
            return
        self.mapping = self.mapping_table.mapping()
        self.run_preview()

    def reset_mapping(self) -> None:
        self.mapping = {}
        self.profile_combo.blockSignals(True)
        self.profile_combo.setCurrentIndex(0)
        self.profile_combo.blockSignals(False)
        self.run_preview()

    # ---- profiles ------------------------------------------------------------------------------
    def _load_profiles(self) -> None:
        DbOp(self, self.svc.profiles).success(self._show_profiles).failure(
            lambda exc: show_error(exc, self)).run()

    def _show_profiles(self, profiles, select: str | None = None) -> None:
        self.profiles = profiles
        current = select or self.profile_combo.currentData()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("（自动识别）"), None)
        for name in profiles:
            self.profile_combo.addItem(name, name)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(current)) if current else 0)
        self.profile_combo.blockSignals(False)
        self.profiles_loaded.emit()

    def _profile_chosen(self, _index: int) -> None:
        name = self.profile_combo.currentData()
        self.mapping = dict(self.profiles.get(name, {})) if name else {}
        if self.path is not None:
            self.run_preview()

    def _ask_profile_name(self) -> None:
        suggested = self.profile_combo.currentData() or (self.path.stem if self.path else "")
        name, ok = QInputDialog.getText(self, self.tr("保存列对应方案"),
                                        self.tr("方案名称（例如“第五分会名册”）："), text=suggested)
        if ok and name.strip():
            self.save_profile(name.strip())

    def save_profile(self, name: str) -> None:
        mapping, svc = self.mapping_table.mapping(), self.svc

        def work():
            svc.save_profile(name, mapping)
            return svc.profiles()

        def done(profiles):
            self._show_profiles(profiles, select=name)
            self._say(self.tr("已保存列对应方案“{n}”。下次导入同样格式的表格时，在“列对应方案”中选它即可。")
                      .format(n=name), "ok")

        DbOp(self, work).success(done).failure(lambda exc: self._fail(exc)).run()

    # ---- background work -----------------------------------------------------------------------
    def run_preview(self) -> None:
        if self.path is None:
            return
        if self.busy:
            if self._op_kind == "preview":
                self._again = True
                self._cancel.set()
            return
        path, sheet, mapping, svc = self.path, self.sheet, dict(self.mapping), self.svc
        progress = self._progress_fn()
        self._start("preview", self.tr("正在读取文件…"),
                    lambda cancel: svc.preview(path, sheet=sheet, mapping=mapping or None,
                                               cancel=cancel, progress=progress),
                    self._preview_done)

    def apply(self) -> None:
        if self.busy or self.report is None or self.applied is not None:
            return
        path, sheet, mapping, svc = self.path, self.report.sheet, dict(self.mapping), self.svc
        progress = self._progress_fn()
        self._say(self.tr("正在导入，请稍候。导入完成前可以点“取消”，取消后不会导入任何数据。"), "info")
        self._start("apply", self.tr("正在导入…"),
                    lambda cancel: svc.apply(path, sheet=sheet, mapping=mapping or None,
                                             cancel=cancel, progress=progress),
                    self._apply_done, changes=CHANGES)

    def _progress_fn(self):
        relay = self._relay
        return lambda stage, done, total: relay.progressed.emit(stage, done, total)

    def _start(self, kind: str, label: str, work, on_success, changes=(), *, cancellable: bool = True) -> None:
        # Progress is shown in the dialog itself (not DbOp.with_progress): nothing blocks the window,
        # and the op holds no QObject/QTimer that could be freed on the worker thread.
        # no reference cycle through the op: a cycle is freed by the garbage collector, which may
        # run on the worker thread and must never delete the op's QObject there
        cancel = threading.Event()
        op = DbOp(self, lambda: work(cancel))
        op.cancel_event = cancel
        if changes:
            op.changes(*changes)
        op.success(lambda result: self._finish(cancel, on_success, result))
        op.failure(lambda exc: self._finish(cancel, self._fail, exc))
        self._cancel, self._op_kind = cancel, kind
        self.progress_strip.begin(label, cancellable)
        self._refresh_buttons()
        op.run()

    def _finish(self, cancel: threading.Event, callback, value) -> None:
        if cancel is self._cancel:
            self._cancel = None
            self.progress_strip.hide()
        if self._close_when_done:
            self._close_when_done = False
            self.close()
            return
        if self._again and self._cancel is None:
            self._again = False
            self._refresh_buttons()
            self.run_preview()
            return
        callback(value)
        self._refresh_buttons()

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if self._cancel is None:
            return
        names = {"校验": self.tr("正在检查各行…"), "写入": self.tr("正在写入…"), "读取": self.tr("正在读取文件…")}
        self.progress_strip.step(names.get(stage, stage), done, total, self.tr("%v / %m 行"))

    def cancel(self) -> None:
        if self._cancel is not None:
            self._again = False
            self._cancel.set()
            self.progress_strip.cancelling(self.tr("正在取消…"))

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
        if report.created or report.updated:
            text = self.tr("预览（还没有导入）：将新增 {c:,} 人，更新 {u:,} 人。请核对后点“导入”。").format(
                c=report.created, u=report.updated)
        elif report.accepted:
            text = self.tr("表格中的会员与系统中的记录相同，没有需要导入的内容。")
        else:
            text = self.tr("表格中没有可以导入的行。请查看“有错误”一栏。")
        extra = self._problems(report)
        self._say(text + (("\n" + extra) if extra else ""), "info")
        if not report.created and not report.updated and report.rejected:
            self.preview.show_tab("rejected")
        self._refresh_buttons()
        self.preview_finished.emit(report)

    def _problems(self, report) -> str:
        parts = []
        if report.conflicts:
            parts.append(self.tr("{n:,} 行身份证号与系统中姓名不符，暂不导入（见“冲突”）").format(n=len(report.conflicts)))
        if report.rejected:
            parts.append(self.tr("{n:,} 行有错误，不导入（见“有错误”，可生成错误报告发回分会）")
                         .format(n=len(report.rejected)))
        return self.tr("；").join(parts)

    def _apply_done(self, report) -> None:
        self.report = self.applied = report
        self.preview.show_report(report)
        if report.batch_id is None:
            text = self.tr("没有需要导入的新内容，系统中的数据没有改动。")
        else:
            text = self.tr("导入完成：新增 {c:,} 人，更新 {u:,} 人，{n:,} 人无变化。").format(
                c=report.created, u=report.updated, n=report.unchanged)
            if report.new_branches:
                text += self.tr("新建分会：{b}。").format(b=self.tr("、").join(report.new_branches))
            extra = self._problems(report)
            if extra:
                text += "\n" + extra + self.tr("。")
            text += "\n" + self.tr("如果导错了，可以在“导入记录”中把这次导入整批撤销。")
        self._say(text, "ok")
        self.close_btn.setText(self.tr("完成"))
        self._refresh_buttons()
        self.apply_finished.emit(report)

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            if self._op_kind == "apply":
                text = self.tr("已取消导入，没有导入任何数据，系统中的会员没有任何改动。")
            else:
                text = self.tr("已取消检查，没有导入任何数据。如需继续，请点“选择文件…”重新选择文件。")
            self._say(text, "info")
        elif isinstance(exc, UnionDeskError):
            text = exc.message
            if self._op_kind == "apply":
                text += "\n" + self.tr("没有导入任何数据。")
            self._say(text, "error")
        else:
            text = self.tr("程序出错，没有导入任何数据。")
            self._say(text, "error")
            show_error(exc, self)
        if self._op_kind == "preview":
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
        path, sheet = self.path, self.sheet
        DbOp(self, lambda: read_head(path, sheet)).success(self._show_head).failure(lambda _exc: None).run()

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
        base = self.path.parent if self.path else Path.home()
        stem = self.path.stem if self.path else "名册"
        out, _ = QFileDialog.getSaveFileName(self, self.tr("保存错误报告"),
                                             str(base / self.tr("{s}_错误行.xlsx").format(s=stem)),
                                             self.tr("Excel 工作簿 (*.xlsx)"))
        if out:
            if not out.lower().endswith(".xlsx"):
                out += ".xlsx"
            self.write_error_report(out)

    def write_error_report(self, out: str | Path) -> None:
        report, svc = self.report, self.svc
        if report is None or self.busy:
            return
        self._start("report", self.tr("正在生成错误报告…"), lambda _cancel: svc.write_error_report(report, out),
                    self._report_done, cancellable=False)

    def _report_done(self, out) -> None:
        out = Path(out)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("错误报告已生成"),
                          self.tr("已把 {n:,} 行错误连同“错误说明”保存到：\n{p}\n\n有问题的格子标成了黄色。"
                                  "请把这个文件发回分会，改正后再报来。").format(n=len(self.report.rejected), p=out),
                          QMessageBox.StandardButton.NoButton, self)
        open_btn = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(
            lambda b: QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.parent))) if b is open_btn else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_box = box
        box.open()
        self.report_written.emit(str(out))

    def open_history(self) -> None:
        self.history_dialog = open_import_history(self.services, self)

    # ---- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._cancel is not None:
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
