"""模板报表: fill a superior union's own .xlsx template with the member statistics.

The page belongs to ReportDialog (``host``), which runs the statistics checks and the export
for both of its report pages, and enables their export buttons.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from union_desk.core.stats import flatten
from union_desk.errors import UnionDeskError
from union_desk.reports.template import OPTIONAL
from union_desk.ui.reports.widgets import (ERROR_STYLE, WARN_STYLE, ChecksPanel, ResultBar,
                                                  date_edit, default_dir)
from union_desk.ui.errors import show_error
from union_desk.ui.reports import ops
from union_desk.ui.widgets import pydate

STATS = "member-stats"


class TemplatePage(QWidget):
    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.template_path: str | None = None
        self.template_keys: list[str] | None = None
        self.was_loaded = False
        intro = QLabel(self.tr(
            "上级工会下发的 Excel 模板（.xlsx）中，用 {{total}}（会员总数）、{{female}}（女会员）、"
            "{{age.35岁以下}} 等占位符标出要填数字的位置。程序按截至日期的会员统计填好，另存为新文件；"
            "模板本身不会被改动。程序不认识的占位符会列出来并原样保留，需要手工填写。"))
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("尚未选择模板"))
        self.pick_btn = QPushButton(self.tr("选择模板…"))
        pick = QHBoxLayout()
        pick.addWidget(self.path, 1)
        pick.addWidget(self.pick_btn)
        self.as_of = date_edit(dt.date.today())
        form = QFormLayout()
        form.addRow(self.tr("模板文件："), pick)
        form.addRow(self.tr("截至日期："), self.as_of)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.keys = QListWidget()
        self.checks = ChecksPanel()
        self.export_btn = QPushButton(self.tr("填写并保存…"))
        self.export_btn.setMinimumWidth(120)
        self.result = ResultBar()
        lists = QHBoxLayout()
        keys_box = QVBoxLayout()
        keys_box.addWidget(QLabel(self.tr("模板中的占位符：")))
        keys_box.addWidget(self.keys, 1)
        lists.addLayout(keys_box, 1)
        lists.addWidget(self.checks, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.export_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.summary)
        lay.addLayout(lists, 1)
        lay.addLayout(actions)
        lay.addWidget(self.result)
        self.pick_btn.clicked.connect(self.pick_template)
        self.export_btn.clicked.connect(self.export_current)
        self.export_btn.setEnabled(False)

    def ask_template_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择上级工会的 Excel 模板"), default_dir(),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        return path or None

    def pick_template(self) -> None:
        path = self.ask_template_path()
        if path:
            self.set_template(path)

    def set_template(self, path: str | os.PathLike) -> None:
        path = str(path)
        self.template_path = None
        self.template_keys = None
        self.path.setText(path)
        self.result.clear()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("正在读取模板…"))
        self.host._update_export_button()

        def scanned(keys: list[str]) -> None:
            if self.path.text() != path:
                return
            self.template_path, self.template_keys = path, keys
            self.update_placeholders()
            self.host._update_export_button()
            self.host.template_scanned.emit(keys)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UnionDeskError):
                self.summary.setStyleSheet(ERROR_STYLE)
                self.summary.setText(exc.message)
                self.keys.clear()
            else:
                show_error(exc, self)

        ops.scan_template(self, path).success(scanned).failure(failed).run()

    def unknown_placeholders(self) -> list[str] | None:
        """Placeholders the statistics cannot fill (None until template and figures are known)."""
        res = self.checks.result
        if self.template_keys is None or res is None:
            return None
        values = flatten(res.figures, union_name=res.union_name)
        return [k for k in self.template_keys if k not in values and not OPTIONAL.match(k)]

    def update_placeholders(self) -> None:
        if self.template_keys is None:
            return
        unknown = self.unknown_placeholders()
        self.keys.clear()
        for key in self.template_keys:
            bad = unknown is not None and key in unknown
            item = QListWidgetItem(("✘ " if bad else "✔ ") + "{{" + key + "}}"
                                   + (self.tr("  （不认识，原样保留）") if bad else ""))
            if bad:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.keys.addItem(item)
        n = len(self.template_keys)
        if n == 0:
            self.summary.setStyleSheet(WARN_STYLE)
            self.summary.setText(self.tr("模板里没有找到 {{…}} 占位符（也可能使用了命名单元格，导出后会列出未能填写的名称）。"))
        elif unknown:
            self.summary.setStyleSheet(WARN_STYLE)
            self.summary.setText(self.tr("模板中有 {n} 个占位符，其中 {k} 个程序不认识：{keys}。"
                                         "导出不受影响，这些位置会原样保留，请在导出的文件里手工填写。").format(
                n=n, k=len(unknown), keys="、".join(unknown)))
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("模板中有 {n} 个占位符，全部可以自动填写。").format(n=n))

    def export_current(self) -> None:
        if not self.template_path:
            return
        stem = Path(self.template_path).stem
        suggested = f"{stem}_{pydate(self.as_of.date()).isoformat()}.xlsx"
        path = self.host.ask_save_path(suggested, "xlsx")
        if path:
            self.export_to(path)

    def export_to(self, path: str | os.PathLike) -> None:
        if not self.template_path:
            return
        if Path(path).resolve() == Path(self.template_path).resolve():
            self.result.failed(self.tr("不能覆盖模板本身，请换一个文件名保存。"))
            return
        kwargs = {"fmt": "xlsx", "as_of": pydate(self.as_of.date()), "template": self.template_path}
        self.host.exporter.run(STATS, str(path), kwargs, self.result, self.export_to)
