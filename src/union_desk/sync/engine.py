"""One sync round (architecture.md §2.3): meta → push outbox → pull pages → count check → done.

The round is three parts over one :class:`~union_desk.sync.store.LocalStore` (the round's
connection, its short transactions and the sync state row): :class:`~union_desk.sync.push.Pusher`
(files, then the outbox in batches), :class:`~union_desk.sync.pull.Puller` (pages, then the
count check) and the :class:`~union_desk.sync.report.RoundReport` they fill in.

Crash safety comes from where the local commits are:
- a batch is marked ``inflight`` with its batch_id before the first send, and a
  retry resends exactly those ops (same op ids), so the server answers
  ``duplicate`` for anything it already applied (sync/push.py);
- all acks of a batch are applied in one transaction;
- each pulled page is applied in one transaction together with the pull cursor.
Anything that dies in between is simply redone by the next round.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from union_desk.db.base import now_ms
from union_desk.db.models.sync import SyncState
from union_desk.errors import FullResyncRequired, NotRegistered, ProtocolMismatch, SyncError
from union_desk.sync.protocol import Meta, upgrade_message
from union_desk.sync.pull import Puller
from union_desk.sync.push import Pusher
from union_desk.sync.report import Progress, RoundReport, no_progress
from union_desk.sync.store import LocalStore


class SyncEngine:
    def __init__(self, db, transport, *, batch_ops: int = 200, batch_bytes: int = 1_000_000,
                 pull_limit: int = 5000, hook: Callable[[str], None] | None = None):
        self.store = LocalStore(db)
        self.transport = transport
        self.push = Pusher(self.store, transport, batch_ops=batch_ops, batch_bytes=batch_bytes,
                           hook=hook)
        self.pull = Puller(self.store, transport, pull_limit=pull_limit, hook=hook)

    def run_round(self, cancel: threading.Event | None = None,
                  progress: Progress | None = None) -> RoundReport:
        with self.store.connection():
            return self._round(cancel, progress or no_progress)

    def push_pending(self, meta: Meta, cancel: threading.Event | None = None,
                     progress: Progress | None = None) -> RoundReport | None:
        """Push what the outbox holds and pull nothing (a full resync saves local changes
        first this way). None when the server was rebuilt since (another epoch): then they
        cannot be pushed."""
        report = RoundReport()
        with self.store.connection():
            with self.store.tx() as s:
                st = self.store.state(s)
                if st.server_epoch != meta.server_epoch:
                    return None
                client_id, seq_base = st.client_id, st.seq_base
            self.push.run(meta, client_id, seq_base, report, cancel, progress or no_progress)
        return report

    def _round(self, cancel, progress: Progress) -> RoundReport:
        report = RoundReport()
        meta = self.transport.meta()
        message = upgrade_message(meta.protocol)
        if message:
            raise ProtocolMismatch(message)
        with self.store.tx() as s:
            st = self.store.state(s)
            client_id, seq_base = self._check_meta(st, meta)
            report.clock_skew_ms = meta.server_time_ms - now_ms()
        if client_id is None:  # the needs_resync flag is committed first
            raise FullResyncRequired("上级工会的同步服务器数据已重建，需要完整重新同步（会先备份本机数据）。")
        self.push.upload_blobs(cancel)
        self.push.run(meta, client_id, seq_base, report, cancel, progress)
        self.pull.run(report, cancel, progress)
        self.pull.check_counts(report)
        with self.store.tx() as s:
            st = self.store.state(s)
            st.last_success_ms = st.last_attempt_ms = now_ms()
            st.last_error = None
            if report.count_mismatch:
                st.needs_resync = True
        return report

    @staticmethod
    def _check_meta(st: SyncState, meta: Meta) -> tuple[str | None, int]:
        if not st.client_id:
            raise NotRegistered("本机尚未登记到上级工会的同步服务器，请先登记。")
        if meta.client_id is not None and meta.client_id != st.client_id:
            raise SyncError("令牌属于另一台电脑的登记，请用发给本机的令牌重新登记。", code="client_mismatch")
        if st.server_epoch is None:
            st.server_epoch = meta.server_epoch
        elif st.server_epoch != meta.server_epoch:
            st.needs_resync = True
            return None, 0
        return st.client_id, st.seq_base
