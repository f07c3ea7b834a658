"""The batch-entry grid's model: every member owing the month, as GridRow DTOs.

A QAbstractTableModel over a plain list (no item objects), so 100,000 rows stay cheap:
ticks, typed amounts and errors live in dicts keyed by the row's position. Filtering
(branch, name) keeps a list of visible positions instead of a proxy model.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from union_desk.services.dues.dto import BatchEntry, GridRow
from union_desk.ui.dues.common import (CENTER_ALIGN, ERROR_BG, ERROR_FG, MONEY_ALIGN, MUTED_FG,
                                      parse_amount, tr)
from union_desk.ui.format import money_text

CHECK, NAME, BRANCH, ID_NUMBER, BASE, DUE, PAID, AMOUNT = range(8)
ZERO = Decimal("0.00")


def to_entries(snapshot: list[tuple[str, Decimal | None]], method: str) -> list[BatchEntry]:
    return [BatchEntry(mid, amount, method) for mid, amount in snapshot]


def _columns() -> list[str]:
    return ["", tr("姓名"), tr("分会"), tr("身份证号"), tr("缴费基数"), tr("应缴"), tr("已缴"),
            tr("本次实缴")]


class BatchModel(QAbstractTableModel):
    edits_changed = Signal()          # ticks / amounts / errors changed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = _columns()
        self.rows: list[GridRow] = []
        self.visible: list[int] = []
        self.checked: set[int] = set()
        self.amounts: dict[int, str] = {}      # typed text, only where it differs from owed
        self.values: dict[int, Decimal] = {}   # the valid typed amounts, parsed once
        self.errors: dict[int, str] = {}
        self.editable = True
        self._by_member: dict[str, int] = {}

    # ---- feeding -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[GridRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._by_member = {r.member_id: i for i, r in enumerate(self.rows)}
        self.visible = list(range(len(self.rows)))
        self.checked.clear()
        self.amounts.clear()
        self.values.clear()
        self.errors.clear()
        self.endResetModel()
        self.edits_changed.emit()

    def set_filter(self, branch_ids: Collection[str | None] | None, text: str) -> None:
        needle = text.strip().casefold()
        out = []
        for i, r in enumerate(self.rows):
            if branch_ids is not None and r.branch_id not in branch_ids:
                continue
            if needle and needle not in r.name.casefold() and needle not in r.id_number.casefold():
                continue
            out.append(i)
        self.beginResetModel()
        self.visible = out
        self.endResetModel()

    def has_edits(self) -> bool:
        return bool(self.checked or self.amounts)

    # ---- reading the clerk's work ----------------------------------------------------------
    def amount_text(self, i: int) -> str:
        text = self.amounts.get(i)
        return text if text is not None else f"{self.rows[i].owed:.2f}"

    def checked_errors(self) -> list[tuple[int, str]]:
        """(visible row number or -1, 'name: message') for ticked rows with a bad amount."""
        bad = [i for i in sorted(self.errors) if i in self.checked]
        if not bad:
            return []
        pos = {p: n for n, p in enumerate(self.visible)}
        out = []
        for i in bad:
            row = pos.get(i, -1)
            where = tr("第 {n} 行 ").format(n=row + 1) if row >= 0 else ""
            out.append((row, f"{where}{self.rows[i].name}：{self.errors[i]}"))
        return out

    def amount_of(self, i: int) -> Decimal | None:
        """The Decimal to record for row i (None while its text is invalid)."""
        if i in self.errors:
            return None
        value = self.values.get(i)
        return value if value is not None else self.rows[i].owed

    def snapshot(self) -> list[tuple[str, Decimal | None]]:
        """(member id, amount) of the ticked rows: cheap, taken on the GUI thread."""
        rows = self.rows
        return [(rows[i].member_id, self.amount_of(i)) for i in sorted(self.checked)]

    def entries(self, method: str) -> list[BatchEntry]:
        return to_entries(self.snapshot(), method)

    def totals(self) -> tuple[int, Decimal]:
        rows, values, errors = self.rows, self.values, self.errors
        total = sum((values[i] if i in values else rows[i].owed for i in self.checked
                     if i not in errors), ZERO)
        return len(self.checked), total

    def name_of(self, member_id: str) -> str:
        i = self._by_member.get(member_id)
        return self.rows[i].name if i is not None else ""

    def set_server_errors(self, by_member: dict[str, str]) -> None:
        for mid, message in by_member.items():
            i = self._by_member.get(mid)
            if i is not None:
                self.errors[i] = message
        self._refresh_all()
        self.edits_changed.emit()

    def set_checked_visible(self, on: bool) -> None:
        """Tick (or untick) every row the filter shows; settled rows are not ticked."""
        for i in self.visible:
            if on and self.rows[i].owed <= 0 and i not in self.amounts:
                continue
            (self.checked.add if on else self.checked.discard)(i)
        self._refresh_all()
        self.edits_changed.emit()

    def member_at(self, row: int) -> GridRow | None:
        return self.rows[self.visible[row]] if 0 <= row < len(self.visible) else None

    # ---- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or not self.editable:
            return base
        if index.column() == CHECK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == AMOUNT:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.visible):
            return None
        i = self.visible[index.row()]
        r, col = self.rows[i], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(i, r, col)
        if role == Qt.ItemDataRole.EditRole:
            return self.amount_text(i) if col == AMOUNT else self._display(i, r, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == CHECK:
            return Qt.CheckState.Checked if i in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (BASE, DUE, PAID, AMOUNT):
                return MONEY_ALIGN
            return CENTER_ALIGN if col == CHECK else None
        if col == AMOUNT and i in self.errors:
            if role == Qt.ItemDataRole.BackgroundRole:
                return ERROR_BG
            if role == Qt.ItemDataRole.ForegroundRole:
                return ERROR_FG
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.errors[i]
        if role == Qt.ItemDataRole.ForegroundRole and col == AMOUNT and i not in self.checked:
            return MUTED_FG
        if role == Qt.ItemDataRole.ToolTipRole and col == AMOUNT and self.editable:
            return tr("双击修改本次实缴金额")
        return None

    def _display(self, i: int, r: GridRow, col: int) -> str:
        if col == NAME:
            return r.name
        if col == BRANCH:
            return r.branch_name
        if col == ID_NUMBER:
            return r.id_number
        if col == BASE:
            return money_text(r.base)
        if col == DUE:
            return money_text(r.due)
        if col == PAID:
            return money_text(r.paid)
        if col == AMOUNT:
            if r.owed <= 0 and i not in self.amounts and i not in self.checked:
                return tr("已缴清")
            if i in self.errors:
                return self.amounts.get(i, "")
            return money_text(self.amount_of(i))
        return ""

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable or not 0 <= index.row() < len(self.visible):
            return False
        i = self.visible[index.row()]
        if index.column() == CHECK and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
                else value
            (self.checked.add if on else self.checked.discard)(i)
            self._refresh_row(index.row())
            self.edits_changed.emit()
            return True
        if index.column() == AMOUNT and role == Qt.ItemDataRole.EditRole:
            text = str(value if value is not None else "")
            parsed, err = parse_amount(text)
            if err:
                self.amounts[i] = text
                self.values.pop(i, None)
                self.errors[i] = err
            else:
                self.errors.pop(i, None)
                if parsed == self.rows[i].owed:
                    self.amounts.pop(i, None)
                    self.values.pop(i, None)
                else:
                    self.amounts[i] = f"{parsed:.2f}"
                    self.values[i] = parsed
            self.checked.add(i)     # typing an amount means this person pays now
            self._refresh_row(index.row())
            self.edits_changed.emit()
            return True
        return False

    def _refresh_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def _refresh_all(self) -> None:
        if self.visible:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.visible) - 1, len(self.headers) - 1))
