"""Year + month picker; months after the current one cannot be chosen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

FIRST_YEAR = 1990


class MonthPicker(QWidget):
    month_changed = Signal(str)      # 'YYYY-MM'

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self._today = today or dt.date.today()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, self._today.year)
        self.year.setSuffix(self.tr(" 年"))
        self.year.setValue(self._today.year)
        self.year.setMinimumWidth(96)
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(self.tr("{m} 月").format(m=m), m)
        self.month.setMinimumWidth(76)
        self.month.setMaxVisibleItems(12)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        label = QLabel(self.tr("月份："))
        lay.addWidget(label)
        lay.addWidget(self.year)
        lay.addWidget(self.month)
        self._last = ""
        self._limit_months()
        self.month.setCurrentIndex(self._today.month - 1)
        self._last = self.value()
        self.year.valueChanged.connect(self._year_changed)
        self.month.currentIndexChanged.connect(lambda _i: self._emit())

    def value(self) -> str:
        return f"{self.year.value():04d}-{self.month.currentIndex() + 1:02d}"

    def set_value(self, month: str) -> None:
        y, m = int(month[:4]), int(month[5:7])
        if (y, m) > (self._today.year, self._today.month):
            y, m = self._today.year, self._today.month
        self.year.blockSignals(True)
        self.year.setValue(y)
        self.year.blockSignals(False)
        self._limit_months()
        self.month.setCurrentIndex(m - 1)
        self._emit()

    def _year_changed(self, _y: int) -> None:
        self._limit_months()
        self._emit()

    def _limit_months(self) -> None:
        """Future months of the current year are shown greyed out and cannot be picked."""
        last = self._today.month if self.year.value() >= self._today.year else 12
        model = self.month.model()
        if isinstance(model, QStandardItemModel):
            for i in range(12):
                item = model.item(i)
                enabled = i < last
                item.setEnabled(enabled)
                item.setToolTip("" if enabled else self.tr("将来的月份不能登记"))
        if self.month.currentIndex() >= last:
            self.month.blockSignals(True)
            self.month.setCurrentIndex(last - 1)
            self.month.blockSignals(False)

    def _emit(self) -> None:
        value = self.value()
        if value != self._last:
            self._last = value
            self.month_changed.emit(value)
