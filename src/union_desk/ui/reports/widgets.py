"""Pieces of the reports dialog: the logic-check panel, the result bar, opening files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from collections.abc import Callable

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (QDateEdit, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

OK_COLOR = QColor("#1f6b3b")
BAD_COLOR = QColor("#b0281a")
ERROR_STYLE = "color: #b0281a;"
WARN_STYLE = "color: #8a5a00; background: #fff4d6; padding: 6px; border-radius: 4px;"
DONE_STYLE = "color: #1f6b3b;"

_last_dir: str | None = None


def date_edit(value) -> QDateEdit:
    """A calendar-popup date field (dates up to a year ahead)."""
    w = QDateEdit(QDate(value.year, value.month, value.day))
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy年M月d日")
    w.setMaximumDate(QDate.currentDate().addYears(1))
    return w


def default_dir() -> str:
    if _last_dir and os.path.isdir(_last_dir):
        return _last_dir
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and os.path.isdir(docs) else str(Path.home())


def remember_dir(path: str | os.PathLike) -> None:
    global _last_dir
    _last_dir = str(Path(path).parent)


def open_file(path: str | os.PathLike) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: str | os.PathLike) -> bool:
    """Show the folder; on Windows with the file selected in Explorer."""
    p = Path(path)
    if sys.platform == "win32" and p.exists():
        subprocess.Popen(["explorer", "/select,", str(p)])  # noqa: S603,S607 - fixed program
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(p.parent)))


class ChecksPanel(QGroupBox):
    """The statistics logic checks for one as-of date; a failing rule blocks the export."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("逻辑校验（与上级工会统计软件的审核规则一致）"))
        self.result = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(120)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.list, 1)
        self.set_loading()

    @property
    def ok(self) -> bool:
        return self.result is not None and self.result.ok

    def set_loading(self) -> None:
        self.result = None
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("正在计算统计数据并校验…"))
        self.list.clear()

    def set_error(self, message: str) -> None:
        self.result = None
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(message)
        self.list.clear()

    def show_result(self, result) -> None:
        self.result = result
        self.list.clear()
        f = result.figures
        for c in sorted(result.checks, key=lambda c: c.ok):
            text = ("✔ " if c.ok else "✘ ") + c.label + ("" if c.ok or not c.detail else f"：{c.detail}")
            item = QListWidgetItem(text)
            item.setForeground(QBrush(OK_COLOR if c.ok else BAD_COLOR))
            item.setData(Qt.ItemDataRole.UserRole, c.rule)
            self.list.addItem(item)
        if result.ok:
            self.summary.setStyleSheet(DONE_STYLE)
            self.summary.setText(self.tr("全部 {n} 项校验通过。截至 {d}：会员 {t} 人，其中女 {w} 人。").format(
                n=len(result.checks), d=f.as_of.isoformat(), t=f"{f.total:,}", w=f"{f.female:,}"))
        else:
            failed = result.failed
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(self.tr(
                "有 {n} 项校验未通过，不能导出：{rules}。\n请核对会员的会籍变动记录（入会、转出、退会等的日期和前后状态），"
                "改正后再导出。").format(n=len(failed), rules="；".join(
                    c.label + (f"（{c.detail}）" if c.detail else "") for c in failed)))


class ResultBar(QWidget):
    """Under the export button: what was written, with 打开文件 / 打开所在文件夹, or what went wrong."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path: Path | None = None
        self._retry_path: str | None = None
        self._retry: Callable[[str], None] | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.open_file_btn = QPushButton(self.tr("打开文件"))
        self.open_folder_btn = QPushButton(self.tr("打开所在文件夹"))
        self.retry_btn = QPushButton()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.open_file_btn)
        buttons.addWidget(self.open_folder_btn)
        buttons.addWidget(self.retry_btn)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.open_file_btn.clicked.connect(lambda: self.path and open_file(self.path))
        self.open_folder_btn.clicked.connect(lambda: self.path and open_folder(self.path))
        self.retry_btn.clicked.connect(self._retry_clicked)
        self.clear()

    def _retry_clicked(self) -> None:
        if self._retry_path and self._retry:
            path, retry = self._retry_path, self._retry
            self.clear()
            retry(path)

    def clear(self) -> None:
        self.path = None
        self._retry_path = None
        self._retry = None
        self.message.clear()
        for b in (self.open_file_btn, self.open_folder_btn, self.retry_btn):
            b.hide()
        self.hide()

    def done(self, path: Path, text: str) -> None:
        self.clear()
        self.path = Path(path)
        self.message.setStyleSheet(DONE_STYLE)
        self.message.setText(text)
        self.open_file_btn.show()
        self.open_folder_btn.show()
        self.show()

    def failed(self, text: str, retry_path: str | None = None, retry_label: str = "",
               retry: Callable[[str], None] | None = None) -> None:
        """Show what went wrong; with ``retry_path`` a button offers saving under that name."""
        self.clear()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        if retry_path and retry:
            self._retry_path, self._retry = retry_path, retry
            self.retry_btn.setText(retry_label)
            self.retry_btn.show()
        self.show()
