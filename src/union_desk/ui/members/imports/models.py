"""Tables and labels for the import dialogs: a plain list model (fine for 50,000 preview rows),
Chinese labels for member fields and reason codes, and value formatting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from union_desk.core.idcard import mask
from union_desk.ui.format import date_text, datetime_text


def field_labels() -> dict[str, str]:
    """Member fields an import can fill, in the order the mapping combo lists them."""
    return {
        "name": QCoreApplication.translate("ImportDialog", "姓名"),
        "id_number": QCoreApplication.translate("ImportDialog", "身份证号"),
        "gender": QCoreApplication.translate("ImportDialog", "性别"),
        "birth_date": QCoreApplication.translate("ImportDialog", "出生日期"),
        "ethnicity": QCoreApplication.translate("ImportDialog", "民族"),
        "political_status": QCoreApplication.translate("ImportDialog", "政治面貌"),
        "education": QCoreApplication.translate("ImportDialog", "学历"),
        "phone": QCoreApplication.translate("ImportDialog", "手机号码"),
        "branch": QCoreApplication.translate("ImportDialog", "所属分会"),
        "joined_on": QCoreApplication.translate("ImportDialog", "入会日期"),
        "status": QCoreApplication.translate("ImportDialog", "会籍状态"),
        "migrant_worker": QCoreApplication.translate("ImportDialog", "是否农民工"),
        "monthly_wage": QCoreApplication.translate("ImportDialog", "月工资"),
        "position": QCoreApplication.translate("ImportDialog", "职务"),
        "member_no": QCoreApplication.translate("ImportDialog", "会员证号"),
        "hukou_type": QCoreApplication.translate("ImportDialog", "户籍类型"),
        "person_status": QCoreApplication.translate("ImportDialog", "人员状态"),
    }


def reason_labels() -> dict[str, str]:
    return {
        "missing_required": QCoreApplication.translate("ImportDialog", "缺少必填项"),
        "id_precision_lost": QCoreApplication.translate("ImportDialog", "身份证号被存成数字"),
        "bad_length": QCoreApplication.translate("ImportDialog", "身份证号位数不对"),
        "bad_checksum": QCoreApplication.translate("ImportDialog", "身份证号校验位错误"),
        "bad_birth_in_id": QCoreApplication.translate("ImportDialog", "身份证号中的出生日期无效"),
        "duplicate_in_file": QCoreApplication.translate("ImportDialog", "表内重复"),
        "birth_mismatch": QCoreApplication.translate("ImportDialog", "出生日期与身份证号不符"),
        "bad_date": QCoreApplication.translate("ImportDialog", "日期无效"),
        "bad_phone": QCoreApplication.translate("ImportDialog", "手机号码无效"),
        "bad_value": QCoreApplication.translate("ImportDialog", "其他内容无效"),
        "name_differs": QCoreApplication.translate("ImportDialog", "同一身份证号，姓名不同"),
    }


def reason_label(code: str) -> str:
    return reason_labels().get(code, code)


def shown(value: Any) -> str:
    """A cell value as a clerk reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ImportDialog", "是")
        return QCoreApplication.translate("ImportDialog", "否")
    if isinstance(value, dt.datetime):
        return datetime_text(value)
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def id_shown(number: str | None, unmasked: bool) -> str:
    if not number:
        return ""
    return number if unmasked else mask(number)


Column = tuple[str, Callable[[Any], Any]]  # (header label, item -> value)


class RowsModel(QAbstractTableModel):
    """A read-only table over a Python list, with an optional filter (kept as a list of indexes)."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.items: list[Any] = []
        self._shown: list[int] | None = None  # indexes into items when filtered
        self.center: set[int] = {0}

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._shown = None
        self.endResetModel()

    def set_filter(self, keep: Callable[[Any], bool] | None) -> None:
        self.beginResetModel()
        self._shown = None if keep is None else [i for i, it in enumerate(self.items) if keep(it)]
        self.endResetModel()

    def item(self, row: int) -> Any:
        if self._shown is not None:
            return self.items[self._shown[row]]
        return self.items[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._shown) if self._shown is not None else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section][0]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() in self.center:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return shown(self.columns[index.column()][1](self.item(index.row())))
