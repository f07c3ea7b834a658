"""Background work (Anki's taskman + CollectionOp, architecture.md §2.4).

All database work runs in order on ONE worker thread; network work on a small
pool. Results come back to the GUI thread through a queued signal. Ops are
built fluently::

    DbOp(self, lambda: svc.query_ids(flt)).success(self._show).run()

Every op counts towards ``in_flight``: closing and syncing wait until it is 0.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    _done = Signal(object)
    changes_applied = Signal(object, object)   # (frozenset of entity names, initiator)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, db_executor: Executor | None = None,
                 net_executor: Executor | None = None):
        super().__init__(parent)
        self.db_executor = db_executor or ThreadPoolExecutor(1, thread_name_prefix="ud-db")
        self.net_executor = net_executor or ThreadPoolExecutor(4, thread_name_prefix="ud-net")
        # queued even when emitted on the GUI thread: a callback never runs inside run()
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.in_flight = 0
        # callbacks (and through them the ops and their QObjects) stay on the GUI thread; the
        # worker only ever holds a ticket number, so nothing Qt is freed on a worker thread
        self._callbacks: dict[int, Callable[[Future], None]] = {}
        self._tickets = itertools.count()
        self.error_handler: Callable[[BaseException, QObject | None], None] | None = None

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Future], None], *,
               network: bool = False) -> Future:
        self.in_flight += 1
        if self.in_flight == 1:
            self.busy_changed.emit(True)
        executor = self.net_executor if network else self.db_executor
        ticket = next(self._tickets)
        self._callbacks[ticket] = on_done
        future = executor.submit(_dropping, [fn])
        # the callback runs on the worker; hop to the GUI thread through the queued signal
        done = self._done
        future.add_done_callback(lambda f, t=ticket: done.emit((t, f)))
        return future

    def _on_done(self, payload) -> None:
        ticket, future = payload
        on_done = self._callbacks.pop(ticket)
        self.in_flight -= 1
        if self.in_flight == 0:
            self.busy_changed.emit(False)
        on_done(future)

    def shutdown(self) -> None:
        """Wait for running work (Vorta joins its workers on teardown)."""
        self.db_executor.shutdown(wait=True, cancel_futures=True)
        self.net_executor.shutdown(wait=True, cancel_futures=True)


def _dropping(box: list[Callable[[], Any]]) -> Any:
    """Run the one function in ``box``, letting go of it before the future completes: what
    it holds (an op, its progress QObject) is then last released on the GUI thread, which
    keeps the op until its done-callback ran, never on the worker."""
    fn = box.pop()
    try:
        return fn()
    finally:
        del fn


_RUNNER: TaskRunner | None = None


def set_runner(runner: TaskRunner | None) -> None:
    global _RUNNER
    _RUNNER = runner


def current_runner() -> TaskRunner | None:
    return _RUNNER


def runner() -> TaskRunner:
    if _RUNNER is None:
        raise RuntimeError("TaskRunner not installed")
    return _RUNNER


class _Reporter(QObject):
    """Carries progress from the worker thread to the GUI thread (signals are thread-safe)."""

    progressed = Signal(int, int)


class DbOp:
    """One unit of background work with GUI-thread callbacks.

    ``fn`` receives nothing and must not touch widgets: it gets plain values read on the GUI
    thread (the ``ui/<module>/ops.py`` functions build it so). The tables that the units of
    work it committed wrote (``services.context.collect_changes``) are broadcast afterwards
    via ``TaskRunner.changes_applied(entities, parent)`` so tabs can requery; a rolled-back
    unit of work reports nothing.
    """

    def __init__(self, parent: QObject | None, fn: Callable[..., Any]):
        self.parent = parent
        self.fn = fn
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None
        self._written: set[str] = set()   # filled on the worker, read after it finished
        self._network = False
        self.cancel_event = threading.Event()
        self._reporter = _Reporter()

    def report(self, done: int, total: int) -> None:
        """Call from the worker (pass it to long jobs as their progress callback)."""
        self._reporter.progressed.emit(done, total)

    def success(self, cb: Callable[[Any], None]) -> "DbOp":
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> "DbOp":
        self._failure = cb
        return self

    def with_progress(self, label: str) -> "DbOp":
        self._progress_label = label
        return self

    def on_network(self) -> "DbOp":
        self._network = True
        return self

    def run(self) -> Future:
        tr = runner()
        progress = None
        if self._progress_label is not None:
            from union_desk.ui.progress import DelayedProgress

            progress = DelayedProgress(self._progress_label, self.cancel_event,
                                       parent=self.parent if _is_widget(self.parent) else None)
            self._reporter.progressed.connect(progress.update)

        def done(future: Future) -> None:
            if progress is not None:
                progress.finish()
            exc = future.exception() if not future.cancelled() else None
            if future.cancelled():
                return
            alive = self.parent is None or shiboken6.isValid(self.parent)
            # what was committed is announced even when a later step failed
            changed = frozenset(self._written)
            if changed:
                tr.changes_applied.emit(changed, self.parent if alive else None)
            if not alive:
                # the widget that asked went away (window closed) while the work ran: its
                # callbacks would touch deleted objects; the data change is still announced
                if exc is not None:
                    log.warning("background op failed after its window closed: %s",
                                type(exc).__name__)
                return
            if exc is not None:
                if self._failure is not None:
                    self._failure(exc)
                elif tr.error_handler is not None:
                    tr.error_handler(exc, self.parent)
                else:
                    log.error("background op failed", exc_info=exc)
                return
            result = future.result()
            if self._success is not None:
                self._success(result)

        return tr.submit(_collecting(self.fn, self._written), done, network=self._network)


def _collecting(fn: Callable[[], Any], written: set[str]) -> Callable[[], Any]:
    """The worker's side of an op: run fn; keep the tables its committed units of work wrote
    (into ``written``, read on the GUI thread once the future is done). Holds no op."""
    def work() -> Any:
        from union_desk.services.context import collect_changes

        with collect_changes() as touched:
            try:
                return fn()
            finally:
                written.update(touched)

    return work


def _is_widget(obj) -> bool:
    from PySide6.QtWidgets import QWidget

    return isinstance(obj, QWidget)


def debounce(parent: QObject, ms: int, fn: Callable[[], None]) -> QTimer:
    """A single-shot timer restarted on each call: search-as-you-type without a query per key."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(fn)
    return timer
