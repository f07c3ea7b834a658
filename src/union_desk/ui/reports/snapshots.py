"""报送记录: the list of every exported report, with who, when and the file's checksum."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from union_desk.ui.format import timestamp_text
from union_desk.ui.reports import ops


class SnapshotsPage(QWidget):
    loaded = Signal(int)    # rows shown

    def __init__(self, service, titles: Callable[[], dict[str, str]], parent: QWidget | None = None):
        """``titles``: report name -> title in the current language."""
        super().__init__(parent)
        self.service, self.titles = service, titles
        self.was_loaded = False
        intro = QLabel(self.tr("每次导出的报表都会留下记录：报了什么、截至哪天、谁在何时导出，"
                               "以及文件校验码（可核对报出去的文件有没有被改动）。"))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("导出时间"), self.tr("报表"), self.tr("统计截至"), self.tr("格式"),
            self.tr("文件名"), self.tr("导出人"), self.tr("文件校验码（SHA-256）")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count = QLabel()
        self.refresh_btn = QPushButton(self.tr("刷新"))
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.refresh_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        self.refresh_btn.clicked.connect(self.load)

    def load(self) -> None:
        self.was_loaded = True
        ops.load_snapshots(self, self.service).success(self._show).run()

    def _show(self, snaps) -> None:
        titles = self.titles()
        self.table.setRowCount(len(snaps))
        for r, s in enumerate(snaps):
            p = s.parameters
            fmt = str(p.get("format", "")).upper()
            if p.get("unmasked"):
                fmt += self.tr("，完整身份证号")
            tpl = p.get("template")
            title = titles.get(s.report_name, s.title)
            if tpl and tpl != "member_stats.xlsx":
                title += self.tr("（模板：{t}）").format(t=tpl)
            cells = [timestamp_text(s.created_ms), title, p.get("as_of", ""), fmt, s.file_name,
                     s.created_by, s.file_sha256[:16] + "…"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if c == 6:
                    item.setToolTip(s.file_sha256)
                    item.setData(Qt.ItemDataRole.UserRole, s.file_sha256)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("共 {n} 条记录（最近 100 条）").format(n=len(snaps))
                           if len(snaps) >= 100 else self.tr("共 {n} 条记录").format(n=len(snaps)))
        self.loaded.emit(len(snaps))
