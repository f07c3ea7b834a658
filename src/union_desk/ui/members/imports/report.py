"""The error report the clerk sends back to a branch: where to save it, and the box saying where
it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def ask_report_path(parent: QWidget, source: Path | None) -> str | None:
    """The .xlsx file the clerk chose (suggested: beside the roster), or None."""
    base = source.parent if source else Path.home()
    stem = source.stem if source else "名册"
    out, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ImportErrorReport", "保存错误报告"),
        str(base / QCoreApplication.translate("ImportErrorReport", "{s}_错误行.xlsx").format(s=stem)),
        QCoreApplication.translate("ImportErrorReport", "Excel 工作簿 (*.xlsx)"))
    if not out:
        return None
    return out if out.lower().endswith(".xlsx") else out + ".xlsx"


def report_written_box(rows: int, out: Path, parent: QWidget) -> QMessageBox:
    """The box (not yet shown; deleted when closed) saying where the report of ``rows`` rows went."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("ImportErrorReport", "错误报告已生成"),
                      QCoreApplication.translate("ImportErrorReport",
                                                 "已把 {n:,} 行错误连同“错误说明”保存到：\n{p}\n\n有问题的格子标成了黄色。"
                                                 "请把这个文件发回分会，改正后再报来。").format(n=rows, p=out),
                      QMessageBox.StandardButton.NoButton, parent)
    open_btn = box.addButton(QCoreApplication.translate("ImportErrorReport", "打开所在文件夹"),
                             QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("ImportErrorReport", "关闭"), QMessageBox.ButtonRole.RejectRole)
    box.buttonClicked.connect(
        lambda b: QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.parent))) if b is open_btn else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


__all__ = ["ask_report_path", "report_written_box"]
