"""A progress row inside a window (stage, bar, 取消): long work shown without a modal dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ProgressStrip(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage_label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.cancel_btn = QPushButton(self.tr("取消"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.stage_label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_btn)
        self.hide()

    def begin(self, label: str, cancellable: bool = True) -> None:
        """Shown busy (no count yet) until the first :meth:`step`."""
        self.stage_label.setText(label)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.cancel_btn.setEnabled(cancellable)
        self.cancel_btn.setVisible(cancellable)
        self.show()

    def step(self, label: str, done: int, total: int, unit_format: str) -> None:
        """``unit_format``: the bar's text, e.g. tr("%v / %m 行")."""
        self.stage_label.setText(label)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(unit_format)
        self.bar.setTextVisible(True)

    def cancelling(self, label: str) -> None:
        self.cancel_btn.setEnabled(False)
        self.stage_label.setText(label)
