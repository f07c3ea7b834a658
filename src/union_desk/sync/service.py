"""The sync facade the GUI and CLI call. Returns DTOs; errors are SyncError with plain Chinese.

Long calls (``run_round``, ``full_resync``) take a cancel Event and a progress
callback and must run off the GUI thread.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError

from union_desk.core.roles import Perm
from union_desk.db import migrate
from union_desk.db.base import Base, now_ms
from union_desk.db.models.outbox import INFLIGHT, PENDING, REJECTED, Outbox
from union_desk.db.models.sync import SyncState
from union_desk.errors import StorageError, SyncError, ValidationError
from union_desk.infra import credentials
from union_desk.reports.output import atomic_output
from union_desk.services import masking
from union_desk.sync import conflicts as conflict_queue
from union_desk.sync import snapshot
from union_desk.sync.engine import SyncEngine
from union_desk.sync.entities import models
from union_desk.sync.protocol import upgrade_message
from union_desk.sync.report import RoundReport
from union_desk.sync.store import LocalStore
from union_desk.sync.transport import Transport

OUTBOX = Outbox.__table__
log = logging.getLogger(__name__)
_locks: dict[int, threading.Lock] = {}
_locks_guard = threading.Lock()


def _round_lock(db) -> threading.Lock:
    """One sync round at a time per open database (timer, button and CLI may overlap)."""
    with _locks_guard:
        return _locks.setdefault(id(db), threading.Lock())


@dataclass(frozen=True)
class SyncStatus:
    registered: bool
    server_url: str | None
    office_id: str | None
    office_name: str | None
    last_success_ms: int | None
    last_attempt_ms: int | None
    last_error: str | None
    pending: int
    open_conflicts: int
    needs_resync: bool
    secure_store: bool
    token_source: str | None  # "keyring" / "env" / None (ask the user)
    ca_file: str | None = None  # the GUI's connectivity probe verifies TLS against it too


@dataclass(frozen=True)
class PendingChange:
    seq: int
    entity: str
    entity_id: str
    kind: str
    created_ms: int
    status: str
    label: str      # the entity's label from its spec (Chinese; the GUI translates it)


class SyncService:
    def __init__(self, ctx, *, transport_factory: Callable[..., object] | None = None,
                 engine_options: dict | None = None):
        self.ctx = ctx
        self.transport_factory = transport_factory or (
            lambda url, token, ca_file: Transport(url, token, ca_file=ca_file))
        self.engine_options = engine_options or {}

    # -- status ---------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        with self.ctx.read() as s:
            st = s.get(SyncState, 1)
            pending = LocalStore.pending(s)
            open_conflicts = conflict_queue.open_count(s)
        token = credentials.load_token(st.server_url) if st and st.server_url else None
        return SyncStatus(bool(st and st.client_id), st.server_url if st else None,
                          st.office_id if st else None, st.office_name if st else None,
                          st.last_success_ms if st else None, st.last_attempt_ms if st else None,
                          st.last_error if st else None, pending, open_conflicts,
                          bool(st and st.needs_resync), credentials.is_secure_store_available(),
                          token.source if token else None, st.ca_file if st else None)

    def pending_changes(self, limit: int = 200) -> list[PendingChange]:
        with self.ctx.read() as s:
            rows = s.execute(select(OUTBOX.c.seq, OUTBOX.c.entity, OUTBOX.c.entity_id, OUTBOX.c.kind,
                                    OUTBOX.c.created_ms, OUTBOX.c.status)
                             .where(OUTBOX.c.status.in_((PENDING, INFLIGHT)))
                             .order_by(OUTBOX.c.seq).limit(limit)).all()
        return [PendingChange(*r, masking.entity_label(r.entity)) for r in rows]

    # -- registration ---------------------------------------------------------------------
    def register(self, server_url: str, token: str, *, ca_file: str | None = None,
                 store_token: bool = True) -> SyncStatus:
        """Check the token against the server, remember the server and this PC's client id.

        ``store_token=False`` is the explicit "ask each time / environment variable" choice."""
        self.ctx.require(Perm.SYNC)
        url = server_url.strip().rstrip("/")
        if not url.startswith(("https://", "http://")):
            raise ValidationError("服务器地址应以 https:// 开头", field="server_url")
        transport = self.transport_factory(url, token, ca_file)
        try:
            meta = transport.meta()
        finally:
            transport.close()
        message = upgrade_message(meta.protocol)
        if message:
            raise SyncError(message, code="protocol_mismatch")
        if not meta.client_id:
            raise SyncError("服务器没有识别这个令牌，请核对后重试。", code="bad_token")
        if store_token:
            credentials.save_token(url, token)
        with self.ctx.uow() as s:
            st = LocalStore.state(s)
            if st.office_id and st.office_id != meta.office_id and st.pull_cursor:
                raise SyncError("本机数据属于另一个基层工会（%s），不能登记到 %s。"
                                % (st.office_name or st.office_id, meta.office_name or meta.office_id),
                                code="office_mismatch")
            if st.client_id != meta.client_id:
                # a new client on the server: its sequence restarts after what it has seen
                s.execute(update(OUTBOX).where(OUTBOX.c.status == INFLIGHT)
                          .values(status=PENDING, batch_id=None))
                first = s.scalar(select(func.min(OUTBOX.c.seq)).where(OUTBOX.c.status == PENDING))
                top = s.scalar(select(func.max(OUTBOX.c.seq))) or 0
                st.seq_base = (first - 1 if first else top) - meta.last_client_seq
            if st.server_epoch and st.server_epoch != meta.server_epoch:
                st.needs_resync = True
            st.server_url, st.ca_file, st.client_id = url, ca_file, meta.client_id
            st.office_id, st.office_name = meta.office_id, meta.office_name
        return self.status()

    # -- a round --------------------------------------------------------------------------
    def _engine(self, token: str | None = None, server_url: str | None = None):
        with self.ctx.read() as s:
            st = s.get(SyncState, 1)
            url = server_url or (st.server_url if st else None)
            ca_file = st.ca_file if st else None
        if not url:
            raise SyncError("尚未设置同步服务器，请先登记本机。", code="not_registered")
        if token is None:
            found = credentials.load_token(url)
            if found is None:
                raise SyncError("找不到同步令牌：" + ("请重新登记本机。" if credentials.is_secure_store_available()
                                                    else credentials.NO_STORE_MESSAGE),
                                code="no_token")
            token = found.value
        transport = self.transport_factory(url, token, ca_file)
        return SyncEngine(self.ctx.db, transport, **self.engine_options), transport

    def run_round(self, cancel: threading.Event | None = None, progress=None, *,
                  token: str | None = None, server_url: str | None = None) -> RoundReport:
        self.ctx.require(Perm.SYNC)
        engine, transport = self._engine(token, server_url)
        lock = _round_lock(self.ctx.db)
        if not lock.acquire(blocking=False):
            transport.close()
            raise SyncError("同步正在进行中，请稍候。", code="sync_busy")
        try:
            return engine.run_round(cancel, progress)
        except SyncError as exc:
            self._record_error(exc.message)
            raise
        except DBAPIError as exc:
            if "locked" not in str(exc.orig).lower():
                self._record_error(f"同步失败：{type(exc).__name__}")
                raise
            # the round takes turns with the app's own writes; a long one (an import) can
            # outlast the wait: nothing is lost, the next round carries on
            busy = SyncError("本机数据库正忙（可能正在导入或生成会费），这次同步已停下，"
                             "稍后会自动重试。", code="db_busy")
            self._record_error(busy.message)
            raise busy from exc
        except Exception as exc:  # noqa: BLE001 - recorded plainly, then re-raised for the crash log
            self._record_error(f"同步失败：{type(exc).__name__}")
            raise
        finally:
            lock.release()
            transport.close()

    def _record_error(self, message: str) -> None:
        try:
            with self.ctx.uow(remote=True) as s:
                st = LocalStore.state(s)
                st.last_error, st.last_attempt_ms = message, now_ms()
        except StorageError:  # still busy: the error reaches the user all the same
            log.warning("could not record the sync error: database busy")

    # -- conflicts ------------------------------------------------------------------------
    def conflicts(self, include_resolved: bool = False) -> list[conflict_queue.ConflictDTO]:
        """Masked for the signed-in user (services/masking.py)."""
        with self.ctx.read() as s:
            return conflict_queue.list_conflicts(s, self.ctx, include_resolved)

    def reveal_conflict(self, conflict_id: int) -> conflict_queue.ConflictDTO:
        """One conflict with full ID numbers and phones: needs Perm.UNMASK and is audited."""
        self.ctx.require(Perm.UNMASK)
        with self.ctx.uow() as s:
            return conflict_queue.reveal(s, conflict_id, self.ctx)

    def resolve_conflict(self, conflict_id: int, choices: dict[str, str]) -> conflict_queue.ConflictDTO:
        user = self.ctx.require(Perm.SYNC)
        with self.ctx.uow() as s:
            return conflict_queue.resolve(s, conflict_id, choices, user.username, self.ctx)

    # -- full resync ----------------------------------------------------------------------
    def full_resync(self, *, consent: bool, cancel: threading.Event | None = None, progress=None,
                    token: str | None = None) -> dict:
        """Replace the local synced data with the server's snapshot. Only with the user's consent:
        back up, try to push pending changes, export what is still pending, then wipe and pull."""
        self.ctx.require(Perm.SYNC)
        if consent is not True:
            raise ValidationError("完整重新同步会用服务器上的数据替换本机数据，需要您明确同意。")
        db = self.ctx.db
        backup = None
        if db.path is not None and db.paths is not None:
            backup = migrate.backup_file(db.path, db.paths.backups, "pre-resync")
        engine, transport = self._engine(token)
        try:
            meta = transport.meta()
            try:  # nothing to push to a rebuilt server (another epoch)
                pushed = engine.push_pending(meta, cancel, progress) is not None
            except SyncError:
                pushed = False
            exported = self._export_pending()
            self._wipe(meta)
            report = engine.run_round(cancel, progress)
        finally:
            transport.close()
        return {"backup": str(backup) if backup else None, "pushed_first": pushed,
                "exported": str(exported) if exported else None, "pulled": report.pulled}

    def _export_pending(self):
        cols = (OUTBOX.c.seq, OUTBOX.c.op_id, OUTBOX.c.entity, OUTBOX.c.entity_id, OUTBOX.c.kind,
                OUTBOX.c.fields, OUTBOX.c.base_version, OUTBOX.c.created_ms, OUTBOX.c.batch_id)
        with self.ctx.read() as s:
            rows = snapshot.resolve(s.connection(), s.execute(
                select(*cols).where(OUTBOX.c.status.in_((PENDING, INFLIGHT)))
                .order_by(OUTBOX.c.seq)).all())
        paths = self.ctx.db.paths
        if not rows or paths is None:
            return None
        paths.exports.mkdir(parents=True, exist_ok=True)
        target = paths.exports / time.strftime("unsynced-changes-%Y%m%d-%H%M%S.json")
        data = [{"entity": r.entity, "entity_id": r.entity_id, "kind": r.kind,
                 "fields": json.loads(r.fields), "created_ms": r.created_ms} for r in rows]
        # members' personal data: the one export rule (0600, fsync, atomic rename)
        with atomic_output(target) as staged:
            staged.tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        return target

    def _wipe(self, meta) -> None:
        store = LocalStore(self.ctx.db)
        with store.tx() as s:
            tables = [m.__table__ for m in models().values()]
            for t in reversed(Base.metadata.sorted_tables):
                if t in tables:
                    s.execute(delete(t))
            s.execute(update(OUTBOX).where(OUTBOX.c.status.in_((PENDING, INFLIGHT)))
                      .values(status=REJECTED, last_error="full resync"))
            st = store.state(s)
            top = s.scalar(select(func.max(OUTBOX.c.seq))) or 0
            st.seq_base = top - meta.last_client_seq
            st.pull_cursor, st.server_epoch, st.needs_resync = 0, None, False
