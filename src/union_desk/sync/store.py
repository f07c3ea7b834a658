"""The office database as a sync round uses it: one connection for the whole round, short
``BEGIN IMMEDIATE`` transactions on it, and the sync state row. Push and pull share one."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from union_desk.db.engine import begin_immediate
from union_desk.db.writes import recording
from union_desk.db.models.outbox import INFLIGHT, PENDING, Outbox
from union_desk.db.models.sync import SyncState
from union_desk.services.context import report_changes

OUTBOX = Outbox.__table__


class LocalStore:
    def __init__(self, db):
        self.db = db
        self._conn: Connection | None = None

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """The round's connection (opened once: opening and closing SQLite connections per
        step would checkpoint the WAL every time). SQLite foreign keys are off meanwhile (set
        before BEGIN: the pragma is a no-op inside a transaction) because a pulled page may
        hold a child whose parent is on the next page."""
        if self._conn is not None:
            yield self._conn
            return
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

    @contextmanager
    def tx(self, remote: bool = True) -> Iterator[Session]:
        """One local transaction; ``remote`` keeps pulled/acked writes out of outbox and audit."""
        with self.connection() as conn, recording(conn) as written:
            session = Session(bind=conn, expire_on_commit=False)
            session.info.update(remote=remote, actor="sync")
            try:
                with session.begin():
                    # the round runs beside the app's database worker: wait for its writes
                    begin_immediate(session)
                    yield session
            finally:
                session.close()
            # committed: the tabs showing what a pulled page changed refresh (DbOp's collector)
            report_changes(written)

    @staticmethod
    def state(session: Session) -> SyncState:
        st = session.get(SyncState, 1)
        if st is None:
            st = SyncState(id=1, pull_cursor=0, seq_base=0, needs_resync=False)
            session.add(st)
            session.flush()
        return st

    @staticmethod
    def pending(session: Session) -> int:
        """Outbox ops not yet answered by the server (pending or inflight)."""
        return session.scalar(select(func.count()).select_from(OUTBOX)
                              .where(OUTBOX.c.status.in_((PENDING, INFLIGHT)))) or 0
