"""Small shared widgets: a form field with an inline error, date edits that allow empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #c0392b;"


class FieldBox(QWidget):
    """An input with a red message under it (shown only when there is an error)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(editor)
        lay.addWidget(self.error)

    def set_error(self, message: str | None) -> None:
        if message:
            self.error.setText(message)
            self.error.show()
            self.editor.setStyleSheet("border: 1px solid #c0392b;")
        else:
            self.error.hide()
            self.editor.setStyleSheet("")


class OptionalDateEdit(QDateEdit):
    """A date edit whose minimum date stands for 'empty' (shown as a blank)."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(self.EMPTY)

    def value(self) -> dt.date | None:
        d = self.date()
        return None if d == self.EMPTY else dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else self.EMPTY)


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def choice_combo(options, *, editable: bool = False, blank: bool = True, shown=None) -> QComboBox:
    """A combo of stored values (each item's data); ``shown`` turns one into the text the clerk
    reads (``labels.value`` for the fixed vocabularies, so the English UI says "Postgraduate"
    and 研究生 is still what is saved). Read it back with :func:`combo_value`."""
    box = QComboBox()
    box.setEditable(editable)
    if blank:
        box.addItem("")
    for o in options:
        box.addItem(shown(o) if shown else o, o)
    return box


def combo_value(box: QComboBox) -> str:
    """The stored value chosen ("" for the blank item). In an editable combo, text that is an
    item's shown text (picked, or typed: "Han" in the English UI) gives that item's value;
    other typed text is kept as typed."""
    if box.isEditable():
        i = box.findText(box.currentText())
        data = box.itemData(i) if i >= 0 else None
        return data if isinstance(data, str) else box.currentText()
    data = box.currentData()
    return data if isinstance(data, str) else box.currentText()


def set_combo_text(box: QComboBox, text: str) -> None:
    i = box.findData(text) if text else -1
    if i < 0:
        i = box.findText(text or "")
    if i >= 0:
        box.setCurrentIndex(i)
    elif box.isEditable():
        box.setEditText(text or "")


def ok_cancel(parent: QWidget, ok_text: str, cancel_text: str, on_ok, on_cancel):
    """The dialogs' 确定/取消 row: returns (box, ok_button); Enter presses OK, Esc cancels."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel, parent)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    box.accepted.connect(on_ok)
    box.rejected.connect(on_cancel)
    return box, ok


def error_label() -> QLabel:
    """A red, word-wrapped message line, hidden until there is something to say."""
    lab = QLabel()
    lab.setStyleSheet(ERROR_STYLE)
    lab.setWordWrap(True)
    lab.hide()
    return lab
