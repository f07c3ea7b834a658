"""Shared bits of the 会费 tab: colours, amount parsing, a read-only DTO table (money and month
texts: ui/format.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QColor

from union_desk.core.money import MoneyError, parse_money


ERROR_BG = QColor("#fde2e0")
ERROR_FG = QColor("#c0392b")
MUTED_FG = QColor("#7f8c8d")
OK_FG = QColor("#1e8449")
OK_STYLE = "color: #1e8449;"
MONEY_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER_ALIGN = int(Qt.AlignmentFlag.AlignCenter)


def tr(text: str, context: str = "") -> str:
    """Translate outside a QObject method (module-level helpers, models' fixed labels).

    lupdate files a bare tr("…") call under the empty context, so that is the default here."""
    return QCoreApplication.translate(context, text)


def parse_amount(text: str) -> tuple[Decimal | None, str]:
    """The clerk's text -> (Decimal with 2 places, '') or (None, a plain message in the
    interface's language). The rule is core.money's, the one every money field follows."""
    try:
        return parse_money(text), ""
    except MoneyError as exc:
        shown = (text or "").strip()
        return None, {
            "empty": tr("请填写金额"),
            "decimals": tr("金额最多两位小数（到分）"),
            "negative": tr("金额不能是负数"),
        }.get(exc.reason, tr("“{t}”不是金额，请只填数字，如 22.80").format(t=shown))


class DtoTableModel(QAbstractTableModel):
    """A read-only table over a list of DTOs (arrears, candidates, sheet preview, ledger).

    ``display(row, key)`` gives the text; ``style(row, key)`` may return a foreground
    QColor. Money columns (keys in ``money``) are right-aligned.
    """

    def __init__(self, columns: Sequence[tuple[str, str]],
                 display: Callable[[Any, str], str], parent=None, *,
                 money: Sequence[str] = (), center: Sequence[str] = (),
                 style: Callable[[Any, str], QColor | None] | None = None,
                 tooltip: Callable[[Any, str], str] | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.display = display
        self.style = style
        self.tooltip = tooltip
        self.money = set(money)
        self.center = set(center)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section][1]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, key = self.rows[index.row()], self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in self.money:
                return MONEY_ALIGN
            return CENTER_ALIGN if key in self.center else None
        if role == Qt.ItemDataRole.ForegroundRole and self.style is not None:
            return self.style(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.tooltip is not None:
                return self.tooltip(row, key) or None
            return self.display(row, key) or None
        return None
