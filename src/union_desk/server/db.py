"""Server engine (SQLite by default, PostgreSQL in production) and schema upgrade."""

from __future__ import annotations

import logging
import secrets
import threading
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, insert, select
from sqlalchemy.engine import Engine

from union_desk.db.wal import WalCheckpointer
from union_desk.server.models import now_ms
from union_desk.server.models import server_meta

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=NORMAL")
    # index pages of change/applied_op/entity_state stay cached across pushes (default: 2 MB)
    cur.execute("PRAGMA cache_size=-65536")
    # the WAL is checkpointed by WalCheckpointer's thread, not by whichever push commits
    # past 1,000 pages (that push would wait for the copy and its fsync)
    cur.execute("PRAGMA wal_autocheckpoint=0")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # A pool (not NullPool): closing the last SQLite connection checkpoints the WAL, which
        # would cost milliseconds on every request.
        engine = create_engine(url, pool_size=8, max_overflow=16,
                               connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        if url not in ("sqlite://", "sqlite:///:memory:"):
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def upgrade(engine: Engine) -> None:
    """Bring the schema to head and create the epoch row once."""
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.begin() as conn:
        if conn.execute(select(server_meta.c.id)).first() is None:
            # The epoch changes only when the server DB is recreated: clients then need a full resync.
            conn.execute(insert(server_meta).values(id=1, epoch=secrets.token_hex(8), next_seq=1,
                                                    created_ms=now_ms()))


class ServerDB:
    """Engine plus write ordering: SQLite gets one process-wide writer lock (it has one writer
    anyway, and waiting on a Python lock beats busy-timeouts); PostgreSQL orders writers with
    the server_meta row lock taken in store.allocate_seqs."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._write_lock = threading.Lock()
        in_memory = url in ("sqlite://", "sqlite:///:memory:")
        self._checkpointer = WalCheckpointer(self.engine) if self.is_sqlite and not in_memory else None

    @contextmanager
    def write(self):
        if self.is_sqlite:
            with self._write_lock, self.engine.connect() as conn:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.rollback()
                    raise
                conn.commit()
            if self._checkpointer is not None:
                self._checkpointer.wrote()
        else:
            with self.engine.begin() as conn:
                yield conn

    @contextmanager
    def read(self):
        with self.engine.connect() as conn:
            yield conn
            conn.rollback()

    def dispose(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        self.engine.dispose()


def open_db(url: str) -> ServerDB:
    db = ServerDB(url)
    upgrade(db.engine)
    return db


