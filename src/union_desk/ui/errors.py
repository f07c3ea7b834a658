"""Errors shown to people: typed errors become plain messages, bugs a crash dialog with the log path."""

from __future__ import annotations

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from union_desk.errors import PermissionDenied, StorageError, UnionDeskError, ValidationError

log = logging.getLogger(__name__)


def show_error(exc: BaseException, parent: QWidget | QObject | None = None) -> None:
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(exc, ValidationError):
        QMessageBox.warning(widget, QMessageBox.tr("输入有误"), exc.message)
    elif isinstance(exc, PermissionDenied):
        QMessageBox.warning(widget, QMessageBox.tr("没有权限"), exc.message)
    elif isinstance(exc, StorageError):
        QMessageBox.critical(widget, QMessageBox.tr("无法保存或读取数据"), exc.message)
    elif isinstance(exc, UnionDeskError):
        QMessageBox.warning(widget, QMessageBox.tr("提示"), exc.message)
    else:
        log.error("unexpected error", exc_info=exc)
        show_crash(exc, widget)


LOG_PATH: str = ""


def show_crash(exc: BaseException, parent: QWidget | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QMessageBox.tr("程序出错"))
    box.setText(QMessageBox.tr("程序遇到了意外错误。已保存的数据不受影响。\n"
                               "请把日志文件发给技术支持：") + f"\n{LOG_PATH or '（未启用日志）'}")
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


class _Relay(QObject):
    raised = Signal(object)


_relay: _Relay | None = None


def install_excepthooks() -> None:
    """Both hooks (architecture.md §2.4): exceptions in any thread reach a dialog on the GUI thread."""
    global _relay
    _relay = _Relay()
    _relay.raised.connect(lambda exc: show_error(exc))

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught", exc_info=(exc_type, exc, tb))
        if _relay is not None:
            _relay.raised.emit(exc)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
