"""A progress dialog that appears only if the work takes longer than ~600 ms (Anki)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SHOW_AFTER_MS = 600


class DelayedProgress:
    def __init__(self, label: str, cancel_event: threading.Event, parent: QWidget | None = None):
        self.label = label
        self.cancel_event = cancel_event
        self.parent = parent
        self.dialog: QProgressDialog | None = None
        self._value: tuple[int, int] | None = None
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._show)
        self.timer.start(SHOW_AFTER_MS)
        QApplication.setOverrideCursor(_busy_cursor())

    def _show(self) -> None:
        dlg = QProgressDialog(self.label, QProgressDialog.tr("取消"), 0, 0, self.parent)
        dlg.setWindowTitle(QProgressDialog.tr("请稍候"))
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.canceled.connect(self.cancel_event.set)
        if self._value:
            dlg.setRange(0, self._value[1])
            dlg.setValue(self._value[0])
        dlg.show()
        self.dialog = dlg

    def update(self, done: int, total: int) -> None:
        self._value = (done, total)
        if self.dialog is not None:
            self.dialog.setRange(0, total)
            self.dialog.setValue(done)

    def finish(self) -> None:
        self.timer.stop()
        QApplication.restoreOverrideCursor()
        if self.dialog is not None and not shiboken6.isValid(self.dialog):
            self.dialog = None   # deleted with its parent window
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def _busy_cursor():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor

    return QCursor(Qt.CursorShape.BusyCursor)
