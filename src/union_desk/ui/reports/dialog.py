"""报表 dialog: built-in reports, a superior union's own template, and what was sent (报送记录).

Everything runs on the DB worker (DbOp). Member statistics are checked before
export the way the superior union's statistics software does; a failing rule
blocks the export and is named in plain words. Full ID numbers are an option
only for users with Perm.UNMASK, and that export is audit-logged by the service.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QRadioButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from union_desk.core.roles import Perm
from union_desk.errors import UnionDeskError
from union_desk.services.reporting.service import ReportInfo
from union_desk.ui.reports.export import ReportExporter
from union_desk.ui.reports.snapshots import SnapshotsPage
from union_desk.ui.reports.template import TemplatePage
from union_desk.ui.reports.widgets import (WARN_STYLE, ChecksPanel, ResultBar, date_edit,
                                                  default_dir)
from union_desk.ui.errors import show_error
from union_desk.ui.reports import ops
from union_desk.ui.tasks import debounce
from union_desk.ui.widgets import pydate

STATS = "member-stats"
MASKABLE = {"members-roster"}          # reports with ID/phone columns (masked by default)
CHECK_DELAY_MS = 250
FORMAT_LABELS = {"xlsx": QT_TRANSLATE_NOOP("ReportDialog", "Excel 表格（.xlsx）"),
                 "pdf": QT_TRANSLATE_NOOP("ReportDialog", "PDF（打印、盖章）")}
# titles and descriptions come from the service registry: listed here so lupdate sees them
_REGISTRY_TEXT = (
    QT_TRANSLATE_NOOP("ReportTitles", "基层工会会员统计表"),
    QT_TRANSLATE_NOOP("ReportTitles", "会员花名册"),
    QT_TRANSLATE_NOOP("ReportTitles", "截至某日的会员人数、女、农民工、新入会、减少原因、保留会籍、分会、年龄、学历、政治面貌"),
    QT_TRANSLATE_NOOP("ReportTitles", "当前会员名单（身份证号、手机号默认脱敏）"),
)


def registry_text(text: str) -> str:
    return QCoreApplication.translate("ReportTitles", text)






class ReportDialog(QDialog):
    checks_loaded = Signal(object)       # StatsResult (tests)
    exported = Signal(object)            # ReportOutcome
    export_failed = Signal(object)       # the exception
    template_scanned = Signal(object)    # list of placeholder keys
    snapshots_loaded = Signal(int)

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.service = services.reports
        self.can_unmask = services.can(Perm.UNMASK)
        self.reports: list[ReportInfo] = self.service.list()
        self._check_token = {"report": 0, "template": 0}
        self.exporter = ReportExporter(self, self.service)
        self.setWindowTitle(self.tr("报表"))
        self.setMinimumSize(820, 600)
        self.resize(960, 660)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._report_page(), self.tr("生成报表"))
        self.template = TemplatePage(self)
        self.template_timer = debounce(self, CHECK_DELAY_MS, lambda: self._load_checks("template"))
        self.template.as_of.dateChanged.connect(lambda _d: self.template_timer.start())
        self.snapshots = SnapshotsPage(
            self.service, lambda: {r.name: registry_text(r.title) for r in self.reports})
        self.snapshots.loaded.connect(self.snapshots_loaded)
        self.tabs.addTab(self.template, self.tr("模板报表（上级工会模板）"))
        self.tabs.addTab(self.snapshots, self.tr("报送记录"))
        self.close_btn = QPushButton(self.tr("关闭"))
        self.close_btn.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)

        self.tabs.currentChanged.connect(self._tab_changed)
        self.report_list.setCurrentRow(0)

    def refresh(self) -> None:
        """Figures may have changed since the dialog was last open."""
        if self.current_info().name == STATS:
            self._load_checks("report")
        if self.template.was_loaded:
            self._load_checks("template")
        if self.snapshots.was_loaded:
            self.snapshots.load()

    # ================================================================ page 1: built-in reports
    def _report_page(self) -> QWidget:
        self.report_list = QListWidget()
        for info in self.reports:
            item = QListWidgetItem(registry_text(info.title))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(registry_text(info.description))
            self.report_list.addItem(item)
        self.report_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        lf = self.report_list.font()
        lf.setPointSizeF(lf.pointSizeF() + 1)
        self.report_list.setFont(lf)
        self.report_list.setMaximumWidth(230)
        self.report_list.setMinimumWidth(170)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555;")

        today = dt.date.today()
        self.as_of = date_edit(today)
        self.period_start = date_edit(dt.date(today.year, 1, 1))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" 年"))
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(self.tr("{m}月").format(m=m), m)
        self.month.setCurrentIndex(today.month - 1)

        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        fmt_row = QHBoxLayout()
        for fmt, label in FORMAT_LABELS.items():
            btn = QRadioButton(self.tr(label))
            self.format_buttons[fmt] = btn
            self.format_group.addButton(btn)
            fmt_row.addWidget(btn)
        fmt_row.addStretch(1)
        self.format_buttons["xlsx"].setChecked(True)

        self.unmask = QCheckBox(self.tr("完整身份证号（不打码）"))
        self.unmask_warning = QLabel(self.tr("导出的文件将含完整身份证号和手机号。此次导出会记入审计日志"
                                             "（谁、何时、保存到哪里），请妥善保管文件。"))
        self.unmask_warning.setWordWrap(True)
        self.unmask_warning.setStyleSheet(WARN_STYLE)
        self.unmask_warning.hide()
        self.mask_note = QLabel(self.tr("身份证号、手机号默认打码（如 110101********1234）。"))
        self.mask_note.setStyleSheet("color: #555;")

        self.form = QFormLayout()
        self.form.addRow(self.description)
        self.form.addRow(self.tr("截至日期："), self.as_of)
        self.form.addRow(self.tr("统计期起始："), self.period_start)
        self.form.addRow(self.tr("年份："), self.year)
        self.form.addRow(self.tr("月份："), self.month)
        fmt_box = QWidget()
        fmt_box.setLayout(fmt_row)
        fmt_row.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("文件格式："), fmt_box)
        self.form.addRow(self.mask_note)
        self.form.addRow(self.unmask)
        self.form.addRow(self.unmask_warning)

        self.checks = ChecksPanel()
        self.export_btn = QPushButton(self.tr("导出…"))
        self.export_btn.setDefault(True)
        self.export_btn.setMinimumWidth(120)
        self.result = ResultBar()
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.export_btn)

        self.right = right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.checks, 1)
        right.addLayout(actions)
        right.addWidget(self.result)
        right.addStretch(0)             # takes the room of the checks when they are hidden
        page = QWidget()
        lay = QHBoxLayout(page)
        lay.addWidget(self.report_list)
        lay.addLayout(right, 1)

        self._check_timer = debounce(self, CHECK_DELAY_MS, lambda: self._load_checks("report"))
        self.report_list.currentRowChanged.connect(lambda _r: self._report_changed())
        self.as_of.dateChanged.connect(self._as_of_changed)
        self.period_start.dateChanged.connect(lambda _d: self._check_timer.start())
        self.unmask.toggled.connect(self.unmask_warning.setVisible)
        self.export_btn.clicked.connect(self.export_current)
        return page

    def current_info(self) -> ReportInfo:
        item = self.report_list.currentItem()
        name = item.data(Qt.ItemDataRole.UserRole) if item else self.reports[0].name
        return next(r for r in self.reports if r.name == name)

    def select_report(self, name: str) -> None:
        for row in range(self.report_list.count()):
            if self.report_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.report_list.setCurrentRow(row)
                return
        raise KeyError(name)

    @staticmethod
    def _params(info: ReportInfo) -> tuple[str, ...]:
        """Which parameters a report takes: as_of (a date), year, month."""
        declared = getattr(info, "params", None)
        if declared is not None:
            return tuple(declared)
        return ("as_of",) if info.as_of else ()

    def fmt(self) -> str:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def _report_changed(self) -> None:
        info = self.current_info()
        params = self._params(info)
        self.description.setText(registry_text(info.description))
        is_stats = info.name == STATS
        rows = {self.as_of: "as_of" in params, self.period_start: is_stats,
                self.year: "year" in params, self.month: "month" in params}
        for widget, visible in rows.items():
            self.form.setRowVisible(widget, visible)
        for fmt, btn in self.format_buttons.items():
            btn.setEnabled(fmt in info.formats)
        if not self.format_buttons[self.fmt()].isEnabled():
            self.set_format(info.formats[0])
        maskable = info.name in MASKABLE or bool(getattr(info, "maskable", False))
        self.form.setRowVisible(self.mask_note, maskable)
        self.form.setRowVisible(self.unmask, maskable and self.can_unmask)
        self.form.setRowVisible(self.unmask_warning, maskable and self.can_unmask)
        self.unmask_warning.setVisible(self.unmask.isChecked())
        if not (maskable and self.can_unmask):
            self.unmask.setChecked(False)
        self.checks.setVisible(is_stats)
        self.right.setStretch(self.right.count() - 1, 0 if is_stats else 1)
        self.result.clear()
        if is_stats:
            self._load_checks("report")
        self._update_export_button()

    def _as_of_changed(self, day: QDate) -> None:
        start = self.period_start.date()
        if start.year() != day.year() or start > day:   # follow the year: 本年 = 1 Jan .. as-of
            self.period_start.blockSignals(True)
            self.period_start.setDate(QDate(day.year(), 1, 1))
            self.period_start.blockSignals(False)
        self._check_timer.start()

    def _update_export_button(self) -> None:
        info = self.current_info()
        blocked = info.name == STATS and not self.checks.ok
        busy = self.exporter.busy
        self.export_btn.setEnabled(not busy and not blocked)
        self.template.export_btn.setEnabled(not busy and self.template.template_path is not None
                                            and self.template.checks.ok)

    # ---------------------------------------------------------------- logic checks
    def _load_checks(self, which: str) -> None:
        panel, as_of, start = ((self.checks, self.as_of, self.period_start) if which == "report"
                               else (self.template.checks, self.template.as_of, None))
        self._check_token[which] += 1
        token = self._check_token[which]
        panel.set_loading()
        self._update_export_button()
        day = pydate(as_of.date())
        first = pydate(start.date()) if start is not None else None
        svc = self.service

        def shown(result) -> None:
            if token != self._check_token[which]:
                return  # the date changed meanwhile; a newer query is on its way
            panel.show_result(result)
            self._update_export_button()
            if which == "template":
                self.template.update_placeholders()
            self.checks_loaded.emit(result)

        def failed(exc: BaseException) -> None:
            if token != self._check_token[which]:
                return
            if isinstance(exc, UnionDeskError):
                panel.set_error(exc.message)
                self._update_export_button()
            else:
                show_error(exc, self)

        ops.load_member_stats(self, svc, day, first).success(shown).failure(failed).run()

    # ---------------------------------------------------------------- export
    def default_name(self, info: ReportInfo, fmt: str) -> str:
        params = self._params(info)
        if "as_of" in params:
            stamp = pydate(self.as_of.date()).isoformat()
        elif "month" in params:
            stamp = f"{self.year.value()}-{self.month.currentData():02d}"
        elif "year" in params:
            stamp = str(self.year.value())
        else:
            stamp = dt.date.today().isoformat()
        return f"{info.title}_{stamp}.{fmt}"

    def ask_save_path(self, suggested: str, fmt: str) -> str | None:
        """The file dialog (tests replace this method)."""
        filters = {"xlsx": self.tr("Excel 工作簿 (*.xlsx)"), "pdf": self.tr("PDF 文件 (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存报表"),
                                              os.path.join(default_dir(), suggested), filters[fmt])
        if not path:
            return None
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        return path

    def export_current(self) -> None:
        info = self.current_info()
        fmt = self.fmt()
        path = self.ask_save_path(self.default_name(info, fmt), fmt)
        if path:
            self.export_to(path)

    def export_to(self, path: str | os.PathLike) -> None:
        info = self.current_info()
        params = self._params(info)
        fmt = Path(path).suffix.lower().lstrip(".")
        if fmt not in info.formats:          # the file name decides; else the chosen format
            fmt = self.fmt()
            path = f"{path}.{fmt}"
        kwargs: dict = {"fmt": fmt}
        if "as_of" in params:
            kwargs["as_of"] = pydate(self.as_of.date())
        if info.name == STATS:
            kwargs["period_start"] = pydate(self.period_start.date())
        if "year" in params:
            kwargs["year"] = self.year.value()
        if "month" in params:
            kwargs["month"] = f"{self.year.value()}-{self.month.currentData():02d}"
        if self.unmask.isChecked() and self.can_unmask:
            kwargs["unmasked"] = True
        self.exporter.run(info.name, str(path), kwargs, self.result, self.export_to)

    # ================================================================ pages 2 and 3
    def _tab_changed(self, index: int) -> None:
        if index == 1 and not self.template.was_loaded:
            self.template.was_loaded = True
            self._load_checks("template")
        if index == 2 and not self.snapshots.was_loaded:
            self.snapshots.load()


def open_reports(services, parent: QWidget | None = None) -> ReportDialog:
    """The entry point for the main window (menu 报表 / the overview's 生成报表 button)."""
    # one dialog per window, kept (not deleted on close: an export may still be running)
    dlg = parent.findChild(ReportDialog) if parent is not None else None
    if dlg is None:
        dlg = ReportDialog(services, parent)
    elif dlg.isVisible():
        dlg.raise_()
        dlg.activateWindow()
        return dlg
    else:
        dlg.refresh()
    dlg.show()
    return dlg
