"""Background sync for the GUI (issue 6, architecture.md §2.3–2.4).

A round goes in two hops, both on the *network* pool, so the database worker (and every
roster query waiting behind it) is never held by the network:

1. a cheap connectivity probe (``GET /sync/meta``, short timeout) that touches no database;
2. only if the server answered, the round itself (``SyncService.run_round``). The engine
   keeps its own SQLite connection and runs each local step as a short ``BEGIN IMMEDIATE``
   transaction, so it takes turns with the database worker's writes instead of queueing
   behind them (or them behind a minute of HTTP). A full resync replaces the local data
   wholesale, so it alone still runs on the database worker.

Rounds start on demand (:meth:`sync_now`), on a timer (interval in minutes, a per-PC
preference), and when connectivity returns: while offline the probe is retried with
exponential backoff + jitter (``sync.backoff``). Never two rounds at once; closing the
parent window cancels a running round and the window's close waits for it (the round is an
op counted in ``TaskRunner.in_flight``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from union_desk.core.roles import Perm
from union_desk.errors import Cancelled, SyncError
from union_desk.infra import prefs
from union_desk.sync.backoff import Backoff
from union_desk.sync.protocol import upgrade_message
from union_desk.sync.service import SyncService, SyncStatus
from union_desk.sync.transport import Transport
# labels and the pending-change row live in ui/sync/labels.py (re-exported for callers)
from union_desk.ui.sync.labels import PendingItem
from union_desk.ui.tasks import DbOp, runner

log = logging.getLogger(__name__)

PREF_INTERVAL = "sync_interval_minutes"
DEFAULT_INTERVAL_MIN = 15
PROBE_TIMEOUT_S = 8.0
OFFLINE_CODES = {"sync_offline"}
MIN_RETRY_MS = 1000


class State(str, Enum):
    UNKNOWN = "unknown"            # status not loaded yet
    NOT_REGISTERED = "not_registered"
    NEED_TOKEN = "need_token"      # no key store / no env variable: the user types the token
    IDLE = "idle"                  # registered, never synced (or nothing known yet)
    RUNNING = "running"
    OK = "ok"                      # 已是最新
    OFFLINE = "offline"            # retry scheduled
    ERROR = "error"
    NO_PERMISSION = "no_permission"


@dataclass(frozen=True)
class SyncView:
    """What the status widget shows; built on the GUI thread."""

    state: State
    status: SyncStatus | None
    message: str = ""                  # plain Chinese reason for ERROR / NEED_TOKEN
    retry_at: float | None = None      # time.time() of the next offline retry
    phase: str = ""                    # push / pull while RUNNING
    done: int = 0
    total: int | None = None


def _probe(url: str, ca_file: str | None) -> tuple[int, int]:
    """Network pool only: is the server reachable? Returns its protocol range."""
    with Transport(url, None, ca_file=ca_file, timeout=PROBE_TIMEOUT_S) as t:
        return t.meta().protocol


def load_interval(services) -> int:
    root = services.data_root
    if root is None:
        return DEFAULT_INTERVAL_MIN
    try:
        return max(0, int(prefs.get(root, PREF_INTERVAL, DEFAULT_INTERVAL_MIN)))
    except (ValueError, TypeError):
        return DEFAULT_INTERVAL_MIN


def save_interval(services, minutes: int) -> None:
    root = services.data_root
    if root is not None:
        prefs.put(root, PREF_INTERVAL, int(minutes))


class _Relay(QObject):
    progressed = Signal(str, int, object)


class SyncController(QObject):
    view_changed = Signal(object)          # SyncView
    pending_loaded = Signal(object)        # list[PendingItem]
    running_changed = Signal(bool)
    round_finished = Signal(bool, object)  # (ok, RoundReport | exception)
    resync_finished = Signal(bool, object)  # (ok, result dict | exception)

    def __init__(self, services, parent: QObject | None = None, *,
                 sync_service: SyncService | None = None,
                 probe: Callable[[str, str | None], tuple[int, int]] | None = None,
                 backoff: Backoff | None = None, auto_start: bool = True):
        super().__init__(parent)
        self.services = services
        self.sync = sync_service or services.sync
        self.probe = probe or _probe
        self.backoff = backoff or Backoff()
        self.session_token: str | None = None   # typed by the user; memory only, never saved
        self.running = False
        self.closing = False
        self._job = "round"
        self._cancel: threading.Event | None = None
        self._view = SyncView(State.UNKNOWN, None)
        self._auto = auto_start
        self._relay = _Relay()
        self._relay.progressed.connect(self._on_progress)

        self.timer = QTimer(self)           # the periodic round
        self.timer.timeout.connect(self._periodic)
        self.retry_timer = QTimer(self)     # the offline retry (backoff)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(lambda: self.sync_now(manual=False))
        self._refresh_timer = QTimer(self)  # debounced status refresh after local edits
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)
        self._refresh_timer.timeout.connect(self.refresh)
        runner().changes_applied.connect(self._on_local_changes)
        if parent is not None:
            parent.installEventFilter(self)
        self.set_interval(load_interval(services))
        if auto_start:
            self.refresh()

    # ---- public -----------------------------------------------------------------------------
    @property
    def view(self) -> SyncView:
        return self._view

    def can_sync(self) -> bool:
        return self.services.can(Perm.SYNC)

    def set_interval(self, minutes: int) -> None:
        """0 switches the timer off (on demand and reconnect only)."""
        self.interval_minutes = max(0, int(minutes))
        if self.interval_minutes and not self.closing:
            self.timer.start(self.interval_minutes * 60_000)
        else:
            self.timer.stop()

    def refresh(self) -> None:
        """Reload status and the pending list (DB worker); the view follows."""
        if self.closing:
            return
        DbOp(self, self._load).success(self._loaded).failure(self._load_failed).run()

    def sync_now(self, manual: bool = True) -> bool:
        """Start a round unless one runs. Returns False if nothing was started."""
        if self.running or self.closing:
            return False
        if not self.can_sync():
            self._set_view(State.NO_PERMISSION, self.tr("当前账号没有同步权限"))
            return False
        if manual:
            self.retry_timer.stop()
        self._begin("round")
        DbOp(self, self.sync.status).success(self._probe_then_run) \
            .failure(lambda exc: self._finish_failed(exc)).run()
        return True

    def full_resync(self) -> bool:
        """Only called by FullResyncDialog after the user's explicit consent. Same two hops as
        a round (probe on the network pool, then the backend job on the DB worker)."""
        if self.running or self.closing:
            return False
        self._begin("resync")
        DbOp(self, self.sync.status).success(self._probe_then_run) \
            .failure(lambda exc: self._finish_failed(exc)).run()
        return True

    def _periodic(self) -> None:
        if not self.retry_timer.isActive():   # offline: the backoff decides when to try
            self.sync_now(manual=False)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def stop(self) -> None:
        """The window is closing: no new rounds, cancel the running one (its op is waited for)."""
        self.closing = True
        self.timer.stop()
        self.retry_timer.stop()
        self._refresh_timer.stop()
        self.cancel()

    def set_session_token(self, token: str | None) -> None:
        self.session_token = (token or "").strip() or None
        self.refresh()

    def register(self, url: str, token: str, *, ca_file: str | None, store_token: bool,
                 on_done: Callable[[SyncStatus], None], on_error: Callable[[BaseException], None],
                 parent: QObject | None = None) -> None:
        """Registration checks the token against the server: network + DB, so it runs on the
        DB worker like a round (the settings dialog shows progress)."""
        def ok(status: SyncStatus) -> None:
            if not store_token:
                self.session_token = token.strip()
            self.backoff.reset()
            self.retry_timer.stop()
            on_done(status)
            self.refresh()

        DbOp(parent or self, lambda: self.sync.register(url, token, ca_file=ca_file,
                                                        store_token=store_token)) \
            .success(ok).failure(on_error).with_progress(self.tr("正在连接同步服务器…")).run()

    # ---- the round --------------------------------------------------------------------------
    def _begin(self, job: str) -> None:
        self._job = job
        self.running = True
        self._cancel = threading.Event()
        self.running_changed.emit(True)
        self._set_view(State.RUNNING)

    def _end(self) -> None:
        self.running = False
        self._cancel = None
        self.running_changed.emit(False)

    def _probe_then_run(self, status: SyncStatus) -> None:
        self._view = replace(self._view, status=status)
        if not status.registered or not status.server_url:
            self._finish_failed(SyncError(self.tr("本机尚未登记到同步服务器"), code="not_registered"))
            return
        if status.token_source is None and self.session_token is None:
            self._finish_failed(SyncError(self._no_token_message(status), code="no_token"))
            return
        if self.closing:
            self._finish_failed(Cancelled(self.tr("程序正在关闭")))
            return
        url, ca_file = status.server_url, status.ca_file
        DbOp(self, lambda: self.probe(url, ca_file)).on_network() \
            .success(self._probe_ok).failure(self._finish_failed).run()

    def _probe_ok(self, protocol) -> None:
        message = upgrade_message(tuple(protocol))
        if message:
            self._finish_failed(SyncError(message, code="protocol_mismatch"))
            return
        if self.closing or (self._cancel is not None and self._cancel.is_set()):
            self._finish_failed(Cancelled(self.tr("已取消同步")))
            return
        cancel, token = self._cancel, self.session_token
        if self._job == "resync":
            DbOp(self, lambda: self.sync.full_resync(consent=True, cancel=cancel,
                                                     progress=self._emit_progress, token=token)) \
                .success(self._resync_ok).failure(self._finish_failed).run()
            return
        DbOp(self, lambda: self.sync.run_round(cancel, self._emit_progress, token=token)) \
            .on_network().success(self._round_ok).failure(self._finish_failed).run()

    def _resync_ok(self, result) -> None:
        self._end()
        self.backoff.reset()
        self.retry_timer.stop()
        self.resync_finished.emit(True, result)
        self._set_view(State.OK)
        self.refresh()

    def _emit_progress(self, phase: str, done: int, total: int | None = None) -> None:
        # worker thread: hop to the GUI thread through a queued signal
        self._relay.progressed.emit(phase, int(done), total)

    def _on_progress(self, phase: str, done: int, total) -> None:
        if self.running:
            self._view = replace(self._view, state=State.RUNNING, phase=phase, done=done,
                                 total=total)
            self.view_changed.emit(self._view)

    def _round_ok(self, report) -> None:
        self._end()
        self.backoff.reset()
        self.retry_timer.stop()
        self.round_finished.emit(True, report)
        self._set_view(State.OK)
        self.refresh()

    def _finish_failed(self, exc: BaseException) -> None:
        job = self._job
        self._end()
        if isinstance(exc, Cancelled):
            self._set_view(State.IDLE)
        elif isinstance(exc, SyncError) and exc.code in OFFLINE_CODES:
            delay = self.backoff.next_delay()
            if not self.closing:
                self.retry_timer.start(max(MIN_RETRY_MS, int(delay * 1000)))
            self._set_view(State.OFFLINE, retry_at=time.time() + delay)
        elif isinstance(exc, SyncError) and exc.code == "no_token":
            self._set_view(State.NEED_TOKEN, exc.message)
        elif isinstance(exc, SyncError) and exc.code == "not_registered":
            self._set_view(State.NOT_REGISTERED)
        elif hasattr(exc, "message") and isinstance(getattr(exc, "message"), str):
            self._set_view(State.ERROR, exc.message)
        else:
            log.error("sync round failed", exc_info=exc)
            self._set_view(State.ERROR, self.tr("程序内部错误（已写入日志），请联系技术支持。"))
        (self.resync_finished if job == "resync" else self.round_finished).emit(False, exc)
        self.refresh()

    # ---- status -------------------------------------------------------------------------
    def _load(self):
        status = self.sync.status()
        pending = self.sync.pending_changes()
        names: dict[str, str] = {}
        member_ids = [p.entity_id for p in pending if p.entity == "member"]
        if member_ids and self.services.can(Perm.MEMBER_READ):
            names = {r.id: r.name for r in self.services.members.rows(list(dict.fromkeys(member_ids)))}
        return status, [PendingItem.of(p, names.get(p.entity_id)) for p in pending]

    def _loaded(self, result) -> None:
        status, pending = result
        self._view = replace(self._view, status=status)
        self.pending_loaded.emit(pending)
        if self.running:
            self.view_changed.emit(self._view)
            return
        state = self._view.state
        if not status.registered:
            self._set_view(State.NOT_REGISTERED)
        elif status.token_source is None and self.session_token is None:
            self._set_view(State.NEED_TOKEN, self._no_token_message(status))
        elif state in (State.UNKNOWN, State.NOT_REGISTERED, State.NEED_TOKEN):
            if status.last_error:
                self._set_view(State.ERROR, status.last_error)
            else:
                self._set_view(State.OK if status.last_success_ms else State.IDLE)
            if state == State.UNKNOWN and self._auto and self.can_sync() and not self.closing:
                # first look after start-up: try once (an offline PC goes into backoff)
                QTimer.singleShot(0, lambda: self.sync_now(manual=False))
        else:
            self.view_changed.emit(self._view)

    def _load_failed(self, exc: BaseException) -> None:
        log.warning("sync status failed: %s", type(exc).__name__)
        message = getattr(exc, "message", None) or self.tr("无法读取同步状态")
        self._set_view(State.ERROR, message)

    def _no_token_message(self, status: SyncStatus) -> str:
        if not status.secure_store:
            return self.tr("本机没有系统密钥库，令牌未保存。请点击“输入令牌”，本次运行期间使用；"
                           "或设置环境变量 UNION_DESK_SYNC_TOKEN。")
        return self.tr("找不到同步令牌，请在同步设置中重新登记本机。")

    def _set_view(self, state: State, message: str = "", retry_at: float | None = None) -> None:
        self._view = SyncView(state, self._view.status, message, retry_at)
        self.view_changed.emit(self._view)

    def _on_local_changes(self, _changes, initiator) -> None:
        if initiator is not self and not self.closing:
            self._refresh_timer.start()

    # ---- closing ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Close and watched is self.parent():
            self.stop()
        return False

