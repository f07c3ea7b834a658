"""The office-wide audit log: read-only, newest first, more rows fetched as the clerk scrolls."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from union_desk.ui.admin import ops

COLUMNS = (("when", QT_TRANSLATE_NOOP("AuditModel", "时间")),
           ("actor", QT_TRANSLATE_NOOP("AuditModel", "操作人")),
           ("action", QT_TRANSLATE_NOOP("AuditModel", "操作")),
           ("entity", QT_TRANSLATE_NOOP("AuditModel", "对象")),
           ("field", QT_TRANSLATE_NOOP("AuditModel", "字段")),
           ("old", QT_TRANSLATE_NOOP("AuditModel", "原值")),
           ("new", QT_TRANSLATE_NOOP("AuditModel", "新值")))
PAGE = 200


class AuditModel(QAbstractTableModel):
    """fetchMore paging (Qt's Fetch More example): right for an append-only log."""

    def __init__(self, history, parent=None):
        super().__init__(parent)
        self.history = history
        self.rows: list = []
        self.total = 0
        self.loading = False

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AuditModel", COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return getattr(self.rows[index.row()], COLUMNS[index.column()][0])
        return None

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()):
        self.load(len(self.rows))

    def load(self, offset: int = 0) -> None:
        self.loading = True
        ops.load_audit_page(self, self.history, offset, PAGE) \
            .success(lambda res: self._append(offset, res)).run()

    def _append(self, offset: int, result) -> None:
        self.loading = False
        total, rows = result
        self.total = total
        if offset == 0 and self.rows:
            self.beginResetModel()
            self.rows = []
            self.endResetModel()
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()


class AuditDialog(QDialog):
    def __init__(self, history, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("审计日志（只读）"))
        self.model = AuditModel(history, self)
        view = QTableView()
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("所有新增、修改、会籍变动、查看完整号码和导出操作都记录在此，不能修改。")))
        lay.addWidget(view)
        self.resize(980, 560)
        self.model.load(0)
