"""One sync round (architecture.md §2.3): meta → push outbox → pull pages → count check → done.

Crash safety comes from where the local commits are:
- a batch is marked ``inflight`` with its batch_id before the first send, and a
  retry resends exactly those ops (same op ids), so the server answers
  ``duplicate`` for anything it already applied (sync/push.py);
- all acks of a batch are applied in one transaction;
- each pulled page is applied in one transaction together with the pull cursor.
Anything that dies in between is simply redone by the next round.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from union_desk.db.base import now_ms
from union_desk.db.engine import begin_immediate
from union_desk.db.models.outbox import INFLIGHT, PENDING, Outbox
from union_desk.db.models.sync import FileBlob, SyncState
from union_desk.errors import (Cancelled, FullResyncRequired, NotRegistered, ProtocolMismatch,
                               SyncError)
from union_desk.infra.gcpause import gc_paused
from union_desk.sync import apply
from union_desk.sync.entities import models
from union_desk.sync.protocol import Meta, upgrade_message
from union_desk.sync.push import OutboxPush

log = logging.getLogger(__name__)
OUTBOX = Outbox.__table__
Progress = Callable[[str, int, int | None], None]


@dataclass
class RoundReport:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    pull_pages: int = 0
    counts_checked: bool = False
    count_mismatch: dict[str, tuple[int, int]] = field(default_factory=dict)
    clock_skew_ms: int = 0


class SyncEngine(OutboxPush):
    def __init__(self, db, transport, *, batch_ops: int = 200, batch_bytes: int = 1_000_000,
                 pull_limit: int = 5000, hook: Callable[[str], None] | None = None):
        self.db, self.t = db, transport
        self.batch_ops, self.batch_bytes, self.pull_limit = batch_ops, batch_bytes, pull_limit
        self.hook = hook or (lambda _point: None)
        self._conn = None
        self._leftovers = True

    # -- transactions -------------------------------------------------------------------
    @contextmanager
    def _tx(self, remote: bool = True):
        """One local transaction; ``remote`` keeps pulled/acked writes out of outbox and audit.

        A round keeps one connection open (see ``_connection``): opening and closing SQLite
        connections per step would checkpoint the WAL every time."""
        if self._conn is None:
            with self._connection():
                with self._tx(remote) as s:
                    yield s
            return
        session = Session(bind=self._conn, expire_on_commit=False)
        session.info.update(remote=remote, actor="sync")
        try:
            with session.begin():
                # the round runs beside the app's database worker: wait for its writes
                begin_immediate(session)
                yield session
        finally:
            session.close()

    @contextmanager
    def _connection(self):
        """SQLite foreign keys are off for the round (set before BEGIN: the pragma is a no-op
        inside a transaction) because a page may hold a child whose parent is on the next page."""
        sqlite = self.db.engine.dialect.name == "sqlite"
        with self.db.engine.connect() as conn:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                # a full sync inserts every row: keep the index pages it touches in memory
                conn.exec_driver_sql("PRAGMA cache_size=-65536")
                conn.commit()
            self._conn = conn
            try:
                yield conn
            finally:
                self._conn = None
                if conn.in_transaction():
                    conn.rollback()
                if sqlite:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    conn.commit()
                    self.db.wrote()  # the round's commits: copy the WAL in the next lull

    @staticmethod
    def state(session: Session) -> SyncState:
        st = session.get(SyncState, 1)
        if st is None:
            st = SyncState(id=1, pull_cursor=0, seq_base=0, needs_resync=False)
            session.add(st)
            session.flush()
        return st

    # -- the round ------------------------------------------------------------------------
    def run_round(self, cancel: threading.Event | None = None,
                  progress: Progress | None = None) -> RoundReport:
        with self._connection():
            return self._round(cancel, progress or (lambda *_a: None))

    def _round(self, cancel, progress: Progress) -> RoundReport:
        report = RoundReport()
        meta = self.t.meta()
        message = upgrade_message(meta.protocol)
        if message:
            raise ProtocolMismatch(message)
        with self._tx() as s:
            st = self.state(s)
            client_id, seq_base = self._check_meta(st, meta)
            report.clock_skew_ms = meta.server_time_ms - now_ms()
        if client_id is None:  # the needs_resync flag is committed first
            raise FullResyncRequired("上级工会的同步服务器数据已重建，需要完整重新同步（会先备份本机数据）。")
        self._upload_blobs(cancel)
        self._push(meta, client_id, seq_base, report, cancel, progress)
        self._pull(report, cancel, progress)
        self._check_counts(report)
        with self._tx() as s:
            st = self.state(s)
            st.last_success_ms = st.last_attempt_ms = now_ms()
            st.last_error = None
            if report.count_mismatch:
                st.needs_resync = True
        return report

    def _check_meta(self, st: SyncState, meta: Meta) -> tuple[str | None, int]:
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

    @staticmethod
    def _cancelled(cancel: threading.Event | None) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled("已取消同步；已完成的部分已保存，下次同步会继续。")

    # -- blobs go first, so no pushed row refers to a file the server lacks ---------------
    def _upload_blobs(self, cancel, chunk: int = 4_000_000) -> None:
        with self._tx() as s:
            todo = s.execute(select(FileBlob.sha256, FileBlob.size, FileBlob.path)
                             .where(FileBlob.uploaded.is_(False))).all()
        for sha, size, path in todo:
            self._cancelled(cancel)
            done = self.t.file_status(sha)
            offset = int(done.get("received", 0))
            with open(path, "rb") as fh:  # resumes where the server's copy ends
                fh.seek(offset)
                while not done.get("complete") and offset < size:
                    data = fh.read(chunk)
                    done = self.t.put_file(sha, data, offset, size)
                    offset += len(data)
            if done.get("complete"):
                with self._tx() as s:
                    s.execute(update(FileBlob.__table__).where(FileBlob.sha256 == sha)
                              .values(uploaded=True))

    # -- pull -----------------------------------------------------------------------------
    def _pull(self, report: RoundReport, cancel, progress: Progress) -> None:
        with gc_paused():  # each page is 5,000 changes parsed into dicts
            self._pull_pages(report, cancel, progress)

    def _pull_pages(self, report: RoundReport, cancel, progress: Progress) -> None:
        while True:
            self._cancelled(cancel)
            with self._tx() as s:
                cursor = self.state(s).pull_cursor
            page = self.t.pull(cursor, self.pull_limit)
            self.hook("before_page")
            with self._tx() as s:
                st = self.state(s)
                if st.pull_cursor != cursor:
                    raise SyncError("另一个同步任务正在进行，请稍后再试。", code="sync_busy")
                report.pulled += apply.page(s, page.changes)
                st.pull_cursor = max(page.next_cursor, cursor)
            report.pull_pages += 1
            self.hook("after_page")
            progress("pull", report.pulled, None)
            if not page.has_more:
                return

    def _check_counts(self, report: RoundReport) -> None:
        """Anki's sanity check: per-entity live row counts must match the server's.

        Only meaningful when nothing is pending and nobody pushed since our last page; a
        mismatch flags a full resync for the user to approve, nothing is deleted."""
        server = self.t.counts()
        with self._tx() as s:
            cursor = self.state(s).pull_cursor
            pending = s.scalar(select(func.count()).select_from(OUTBOX)
                               .where(OUTBOX.c.status.in_((PENDING, INFLIGHT))))
            if int(server.get("server_seq", -1)) != cursor or pending:
                return
            remote = server.get("counts") or {}
            for entity, model in models().items():
                t = model.__table__
                local = s.scalar(select(func.count()).select_from(t).where(
                    t.c.deleted.is_(False), t.c.server_version.is_not(None))) or 0
                if local != int(remote.get(entity, 0)):
                    report.count_mismatch[entity] = (local, int(remote.get(entity, 0)))
            report.counts_checked = True
        if report.count_mismatch:
            log.warning("count mismatch in %d entities", len(report.count_mismatch))
