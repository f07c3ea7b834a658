"""Report buttons: 会费收缴台账 (year), 月度收缴汇总, 欠缴名单, 工会经费 — xlsx or PDF."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QGridLayout, QMessageBox, QPushButton, QWidget

from union_desk.errors import Cancelled
from union_desk.ui.errors import show_error
from union_desk.ui.dues import ops

XLSX_FILTER_SUFFIX = ".xlsx"


class ReportsPanel(QWidget):
    exported = Signal(object)         # ExportResult

    def __init__(self, dues, month_of, parent: QWidget | None = None):
        """``month_of()`` gives the tab's current 'YYYY-MM' (the year reports use its year)."""
        super().__init__(parent)
        self.dues = dues
        self.month_of = month_of
        self.ledger_btn = QPushButton(self.tr("会费收缴台账（年度）"))
        self.summary_btn = QPushButton(self.tr("本月收缴汇总表"))
        self.arrears_btn = QPushButton(self.tr("欠缴名单"))
        self.funds_btn = QPushButton(self.tr("工会经费（年度）"))
        self.ledger_btn.setToolTip(self.tr("所选年度的会费收缴台账，含签字栏"))
        self.summary_btn.setToolTip(self.tr("所选月份各分会的应缴、实缴、欠缴和收缴率"))
        self.arrears_btn.setToolTip(self.tr("截至所选月份的欠缴会员名单"))
        self.funds_btn.setToolTip(self.tr("行政拨缴的工会经费（2%）及上解记录，不是会费"))
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for i, b in enumerate((self.ledger_btn, self.summary_btn, self.arrears_btn,
                               self.funds_btn)):
            b.setMinimumHeight(30)
            lay.addWidget(b, i, 0)
        lay.setRowStretch(4, 1)
        self.ledger_btn.clicked.connect(self.export_ledger)
        self.summary_btn.clicked.connect(self.export_summary)
        self.arrears_btn.clicked.connect(self.export_arrears)
        self.funds_btn.clicked.connect(self.export_funds)

    # ---- one button each -------------------------------------------------------------------
    def export_ledger(self, path: str | None = None) -> None:
        year = int(self.month_of()[:4])
        path = path or self.ask_path(self.tr("{y}年度会费收缴台账").format(y=year))
        if path:
            self._run(ops.export_annual_ledger(self, self.dues, year, path), path,
                      self.tr("正在生成会费收缴台账…"))

    def export_summary(self, path: str | None = None) -> None:
        month = self.month_of()
        path = path or self.ask_path(self.tr("{y}年{m}月会费收缴汇总").format(
            y=month[:4], m=int(month[5:])))
        if path:
            self._run(ops.export_branch_summary(self, self.dues, month, path), path,
                      self.tr("正在生成收缴汇总表…"))

    def export_arrears(self, path: str | None = None) -> None:
        month = self.month_of()
        path = path or self.ask_path(self.tr("会费欠缴名单（截至{m}）").format(m=month))
        if path:
            self._run(ops.export_arrears(self, self.dues, month, path), path,
                      self.tr("正在生成欠缴名单…"))

    def export_funds(self, path: str | None = None) -> None:
        year = int(self.month_of()[:4])
        path = path or self.ask_path(self.tr("{y}年度工会经费").format(y=year))
        if path:
            self._run(ops.export_funds(self, self.dues, year, path), path,
                      self.tr("正在生成工会经费表…"))

    # ---- plumbing --------------------------------------------------------------------------
    def ask_path(self, stem: str) -> str:
        excel, pdf = self.tr("Excel 工作簿 (*.xlsx)"), self.tr("PDF 文件 (*.pdf)")
        start = str(Path.home() / f"{stem}.xlsx")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("保存报表"), start,
                                                   f"{excel};;{pdf}")
        if not path:
            return ""
        suffix = Path(path).suffix.lower()
        if suffix not in (".xlsx", ".pdf"):
            path += ".pdf" if chosen == pdf else XLSX_FILTER_SUFFIX
        return path

    def _run(self, op, path: str, label: str) -> None:
        op.with_progress(label).success(lambda res: self._done(res, path)) \
            .failure(self._failed).run()

    def _done(self, result, path: str) -> None:
        self.exported.emit(result)
        target = os.fspath(getattr(result, "path", path))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("报表已生成"))
        box.setText(self.tr("已保存到：\n{p}").format(p=target))
        open_file = box.addButton(self.tr("打开文件"), QMessageBox.ButtonRole.AcceptRole)
        open_dir = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("关闭"), QMessageBox.ButtonRole.RejectRole)

        def clicked(button) -> None:
            if button is open_file:
                QDesktopServices.openUrl(QUrl.fromLocalFile(target))
            elif button is open_dir:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(target).parent)))

        box.buttonClicked.connect(clicked)
        box.open()
        self.last_box = box

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            QMessageBox.information(self, self.tr("已取消"), self.tr("报表生成已取消，没有保存文件。"))
            return
        show_error(exc, self)
