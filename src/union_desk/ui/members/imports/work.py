"""The import dialog's background work: one job at a time on the DB worker, shown in the dialog's
own progress strip (stage, rows done, 取消) rather than a modal progress dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from union_desk.ui.progress_strip import ProgressStrip
from union_desk.ui.tasks import DbOp


class ImportWork(QObject):
    # emitted on the DB worker; the connection to this GUI-thread object makes it queued
    progressed = Signal(str, int, int)

    def __init__(self, strip: ProgressStrip, owner: QWidget):
        super().__init__(owner)
        self.owner = owner
        self.strip = strip
        self.cancel_event: threading.Event | None = None  # set while work runs: its cancel switch
        self.kind = ""      # of the latest job, kept after it ends: its failure is worded by it
        self.progressed.connect(self._on_progress)

    @property
    def busy(self) -> bool:
        return self.cancel_event is not None

    def progress_fn(self):
        """The progress callback for a service call: (stage, done, total), called on the worker."""
        return lambda stage, done, total: self.progressed.emit(stage, done, total)

    def prepare(self, kind: str, label: str, make_op: Callable[[threading.Event], DbOp],
                on_success, on_failure, *, cancellable: bool = True) -> DbOp:
        """Shows the job in the strip; returns its op (``make_op(cancel_event)``, one of
        ``ops``' functions, called here on the GUI thread) for the caller to run."""
        # Progress is shown in the dialog itself (not DbOp.with_progress): nothing blocks the window,
        # and the op holds no QObject/QTimer that could be freed on the worker thread.
        # no reference cycle through the op: a cycle is freed by the garbage collector, which may
        # run on the worker thread and must never delete the op's QObject there
        cancel = threading.Event()
        op = make_op(cancel)
        op.success(lambda result: self._finish(cancel, on_success, result))
        op.failure(lambda exc: self._finish(cancel, on_failure, exc))
        self.cancel_event, self.kind = cancel, kind
        self.strip.begin(label, cancellable)
        return op

    def _finish(self, cancel: threading.Event, callback, value) -> None:
        if cancel is self.cancel_event:
            self.cancel_event = None
            self.strip.hide()
        callback(value)

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if self.cancel_event is None:
            return
        names = {"校验": self.tr("正在检查各行…"), "写入": self.tr("正在写入…"), "读取": self.tr("正在读取文件…")}
        self.strip.step(names.get(stage, stage), done, total, self.tr("%v / %m 行"))

    def cancel(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()
            self.strip.cancelling(self.tr("正在取消…"))


__all__ = ["ImportWork"]
