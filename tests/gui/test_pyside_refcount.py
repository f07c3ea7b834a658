"""PySide6 6.12.0 on Python 3.11 leaks a reference to None on every void Qt call and aborts
the process after a few thousand calls (`none_dealloc`). This fails if an upgrade brings it back."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_drain_none_refcount(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(50_000):
        label.setText("x" if i % 2 else "y")
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None refcount fell by {before - after}"
    label.deleteLater()
