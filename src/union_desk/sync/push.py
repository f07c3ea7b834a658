"""Pushing the outbox (architecture.md §2.3): claim a batch, send it, record the answers.

A batch is marked ``inflight`` with its batch_id before it is first sent, and a retry resends
exactly those ops (same op ids), so the server answers ``duplicate`` for anything it already
applied; all acks of a batch are applied in one transaction. Files go first, so no pushed row
refers to a file the server lacks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from union_desk.db.base import new_id
from union_desk.db.models.outbox import ACKED, INFLIGHT, PENDING, REJECTED, Outbox
from union_desk.db.models.sync import FileBlob
from union_desk.errors import FullResyncRequired, ProtocolMismatch
from union_desk.infra.gcpause import gc_paused
from union_desk.infra.gil import quick_handoff
from union_desk.sync import apply, snapshot
from union_desk.sync.protocol import PROTOCOL, Meta, OpResult, upgrade_message
from union_desk.sync.report import Progress, RoundReport, check_cancelled
from union_desk.sync.store import LocalStore
from union_desk.sync.transport import ServerError

log = logging.getLogger(__name__)
OUTBOX = Outbox.__table__
# Driver SQL for the statements every pushed batch runs (Core compiled them anew each time)
_PENDING_SQL = (f"SELECT seq, op_id, entity, entity_id, kind, fields, base_version, created_ms, "
                f"batch_id FROM {OUTBOX.name} WHERE status = ? ORDER BY seq LIMIT ?")
_INFLIGHT_SQL = (f"UPDATE {OUTBOX.name} SET status = ?, batch_id = ?, attempts = attempts + 1 "
                 f"WHERE seq BETWEEN ? AND ? AND status = ?")
_ACK_ALL_SQL = (f"UPDATE {OUTBOX.name} SET status = ?, last_error = NULL "
                f"WHERE seq BETWEEN ? AND ? AND batch_id = ? AND status = ?")
_ACK_SQL = f"UPDATE {OUTBOX.name} SET status = ?, last_error = ? WHERE seq = ?"


class Pusher:
    def __init__(self, store: LocalStore, transport, *, batch_ops: int = 200,
                 batch_bytes: int = 1_000_000, hook: Callable[[str], None] | None = None):
        self.store, self.t = store, transport
        self.batch_ops, self.batch_bytes = batch_ops, batch_bytes
        self.hook = hook or (lambda _point: None)
        self._leftovers = True

    def run(self, meta: Meta, client_id: str, seq_base: int, report: RoundReport,
            cancel: threading.Event | None, progress: Progress) -> None:
        """Push every pending op in batches the server's limits allow."""
        max_ops = max(1, min(self.batch_ops, meta.max_ops))
        # leave room for the envelope and per-op keys around the stored field JSON
        max_bytes = max(4096, min(self.batch_bytes, meta.max_bytes) - 2048)
        with self.store.tx() as s:
            total = self.store.pending(s)
        # While pushing, the HTTP thread waits for the GIL on every socket call that the
        # ack/claim work on this thread holds: a short switch interval keeps the pipeline full.
        # 100,000 ops are a lot of small objects: no cyclic GC meanwhile.
        with quick_handoff(), gc_paused():
            self._push_batches(client_id, seq_base, max_ops, max_bytes, total, report, cancel,
                               progress)

    def upload_blobs(self, cancel: threading.Event | None, chunk: int = 4_000_000) -> None:
        """Files not yet on the server, each resumed where the server's copy ends."""
        with self.store.tx() as s:
            todo = s.execute(select(FileBlob.sha256, FileBlob.size, FileBlob.path)
                             .where(FileBlob.uploaded.is_(False))).all()
        for sha, size, path in todo:
            check_cancelled(cancel)
            done = self.t.file_status(sha)
            offset = int(done.get("received", 0))
            with open(path, "rb") as fh:
                fh.seek(offset)
                while not done.get("complete") and offset < size:
                    data = fh.read(chunk)
                    done = self.t.put_file(sha, data, offset, size)
                    offset += len(data)
            if done.get("complete"):
                with self.store.tx() as s:
                    s.execute(update(FileBlob.__table__).where(FileBlob.sha256 == sha)
                              .values(uploaded=True))

    def _push_batches(self, client_id: str, seq_base: int, max_ops: int, max_bytes: int,
                      total: int, report: RoundReport, cancel, progress: Progress) -> None:
        gap_retries = 0
        none: tuple[str, list] = ("", [])
        # Pipelined: while the server applies batch N, batch N+1 is already claimed (marked
        # inflight); once N's answer is in, N+1 is sent, and N's acks are applied together with
        # claiming N+2 in one local transaction. Batches still reach the server strictly in
        # order: N+1 leaves only after N has been answered.
        self._leftovers = True    # inflight batches of an earlier, interrupted round
        with ThreadPoolExecutor(1, thread_name_prefix="sync-push") as pool:
            def send(batch):
                return pool.submit(self.t.push, self._body(client_id, seq_base, *batch)) \
                    if batch[1] else None

            cur = self._claim(max_ops, max_bytes)
            fut = send(cur)
            nxt = self._claim(max_ops, max_bytes, exclude=cur[0]) if fut else none
            while fut is not None:
                try:
                    resp = fut.result()
                except ServerError as exc:
                    if exc.error == "seq_gap" and gap_retries < 3:
                        gap_retries += 1
                        self._rewind(int(exc.body.get("resend_from", 0)), seq_base, cur[1])
                        check_cancelled(cancel)
                        cur = self._claim(max_ops, max_bytes)
                        fut = send(cur)
                        nxt = self._claim(max_ops, max_bytes, exclude=cur[0]) if fut else none
                        continue
                    if exc.error == "seq_reused":
                        self._flag_resync()
                    if exc.error == "protocol_unsupported":
                        raise ProtocolMismatch(upgrade_message(tuple(exc.body.get("protocol", (0, 0))))
                                               or exc.message) from exc
                    raise
                stop = cancel is not None and cancel.is_set()
                fut = send(nxt) if not stop else None
                self.hook("before_ack")
                claim = (max_ops, max_bytes, nxt[0]) if fut is not None else None
                after = self._apply_acks(cur, resp.get("results", []), report, claim=claim)
                self.hook("after_ack")
                progress("push", report.pushed + report.rejected, total)
                if stop:
                    check_cancelled(cancel)
                cur, nxt = nxt, after or none

    def _claim(self, max_ops: int, max_bytes: int, exclude: str | None = None) -> tuple[str, list]:
        with self.store.tx() as s:
            return self._claim_in(s, max_ops, max_bytes, exclude)

    def _claim_in(self, s: Session, max_ops: int, max_bytes: int,
                  exclude: str | None = None) -> tuple[str, list]:
        """Inflight ops (a batch whose answer we never recorded) go first, unchanged.
        ``exclude`` is the batch currently on the wire."""
        cols = (OUTBOX.c.seq, OUTBOX.c.op_id, OUTBOX.c.entity, OUTBOX.c.entity_id, OUTBOX.c.kind,
                OUTBOX.c.fields, OUTBOX.c.base_version, OUTBOX.c.created_ms, OUTBOX.c.batch_id)
        if self._leftovers:
            inflight = OUTBOX.c.status == INFLIGHT
            if exclude:
                inflight = inflight & (OUTBOX.c.batch_id != exclude)
            first = s.execute(select(*cols).where(inflight).order_by(OUTBOX.c.seq).limit(1)).first()
            if first is not None:
                rows = s.execute(select(*cols).where(OUTBOX.c.status == INFLIGHT,
                                                     OUTBOX.c.batch_id == first.batch_id)
                                 .order_by(OUTBOX.c.seq)).all()
                s.execute(update(OUTBOX).where(OUTBOX.c.batch_id == first.batch_id,
                                               OUTBOX.c.status == INFLIGHT)
                          .values(attempts=OUTBOX.c.attempts + 1))
                return first.batch_id, snapshot.resolve(s.connection(), rows)
            # from here on every inflight batch is one this round claimed itself
            self._leftovers = False
        conn = s.connection()
        rows = snapshot.resolve(conn, conn.exec_driver_sql(_PENDING_SQL, (PENDING, max_ops)).all())
        size, keep = 0, []
        for r in rows:
            size += len(r.fields.encode()) + 300
            if keep and size > max_bytes:
                break
            keep.append(r)
        if not keep:
            return "", []
        batch_id = new_id()
        conn.exec_driver_sql(_INFLIGHT_SQL, (INFLIGHT, batch_id, keep[0].seq, keep[-1].seq, PENDING))
        return batch_id, keep

    @staticmethod
    def _body(client_id: str, seq_base: int, batch_id: str, rows) -> bytes:
        # The stored field JSON is spliced in as is: no decode/encode per op. Entity names are
        # table names and ids match [0-9A-Za-z_-] (the server refuses anything else), so
        # neither needs JSON escaping.
        ops = ",".join(
            '{"op_id":"%s","client_seq":%d,"entity":"%s","entity_id":"%s","kind":"%s",'
            '"base_version":%s,"mtime_ms":%d,"fields":%s}' % (
                r.op_id, r.seq - seq_base, r.entity, r.entity_id, r.kind,
                "null" if r.base_version is None else int(r.base_version), r.created_ms, r.fields)
            for r in rows)
        return ('{"protocol":%d,"client_id":"%s","batch_id":"%s","ops":[%s]}' % (
            PROTOCOL, client_id, batch_id, ops)).encode()

    def _rewind(self, resend_from: int, seq_base: int, rows) -> None:
        """The server lacks ops before this batch: queue them again, in order."""
        first = resend_from + seq_base
        with self.store.tx() as s:
            missing = s.execute(update(OUTBOX).where(OUTBOX.c.seq >= first,
                                                     OUTBOX.c.seq < rows[0].seq)
                                .values(status=PENDING, batch_id=None)).rowcount
            if rows[0].seq > first and missing != rows[0].seq - first:
                self.store.state(s).needs_resync = True
                raise FullResyncRequired("同步服务器缺少本机早先的改动且本机已无法补发，需要完整重新同步。")
            # every inflight row, including a batch claimed behind this one but never sent
            s.execute(update(OUTBOX).where(OUTBOX.c.status == INFLIGHT)
                      .values(status=PENDING, batch_id=None))
        log.warning("server asked to resend from client_seq %d", resend_from)

    def _flag_resync(self) -> None:
        with self.store.tx() as s:
            self.store.state(s).needs_resync = True

    def _apply_acks(self, batch: tuple[str, list], results: list[dict], report: RoundReport,
                    claim: tuple[int, int, str] | None = None) -> tuple[str, list] | None:
        """Record the answers to ``batch`` (batch_id, ops); with ``claim`` (max_ops, max_bytes,
        batch on the wire) the next batch is claimed in the same transaction and returned."""
        batch_id, rows = batch
        by_op = {r.op_id: r for r in rows}
        parsed = [OpResult.from_json(d) for d in results if d.get("op_id") in by_op]
        with self.store.tx() as s:
            acked, rejected = [], []
            for res in parsed:
                row = by_op[res.op_id]
                report.duplicates += res.duplicate
                if res.status == "rejected":
                    rejected.append((REJECTED, res.reason or "rejected", row.seq))
                else:
                    acked.append((ACKED, None, row.seq))
            conn = s.connection()
            if len(acked) == len(rows):  # the usual answer: one statement for the whole batch
                conn.exec_driver_sql(_ACK_ALL_SQL, (ACKED, rows[0].seq, rows[-1].seq, batch_id, INFLIGHT))
            elif acked or rejected:
                conn.exec_driver_sql(_ACK_SQL, acked + rejected)
            report.pushed += len(acked)
            report.rejected += len(rejected)
            report.conflicts += apply.acks(s, [(by_op[r.op_id], r) for r in parsed])
            return self._claim_in(s, *claim) if claim is not None else None
