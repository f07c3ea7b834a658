"""Engine and session factory for the office's SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from union_desk.db.wal import AUTOCHECKPOINT_PAGES

BUSY_TIMEOUT_MS = 5000
# A new file gets 16 KiB pages, not SQLite's 4 KiB: the roster's covering indexes have wide
# keys, and a 50,000-row import spends about 15% less in page splits and WAL frames
# (measured with bench/bench_import.py). An existing file keeps the size it was made with.
PAGE_SIZE = 16384


def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # FULL: each commit syncs the WAL, so a committed use case survives a power cut; the copy
    # into the database file (and its syncs) happens later, in a lull (db.wal)
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
    # TEMP tables (a month's owing list, a batch's rows) and big sorts stay in memory: they
    # are built and dropped within one unit of work
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def make_engine(path: Path | str, *, wal: bool = True) -> Engine:
    """A file DB gets NullPool (TagStudio): each unit of work opens its own connection."""
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{Path(path)}"
    engine = create_engine(url, poolclass=NullPool, future=True)
    event.listen(engine, "connect", _on_connect)
    if wal and str(path) != ":memory:":
        enable_wal(engine)
    return engine


def enable_wal(engine: Engine) -> None:
    """WAL lets readers proceed while the worker writes. Persistent: it rewrites the header,
    so it runs only after we know the file is ours to change."""
    with engine.connect() as conn:
        conn.exec_driver_sql(f"PRAGMA page_size={PAGE_SIZE}")  # a no-op once the file has pages
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    # Results leave the session as DTOs, but expire_on_commit=False keeps
    # attribute access after commit cheap and safe inside services.
    return sessionmaker(engine, expire_on_commit=False, future=True)


def begin_immediate(session: Session) -> None:
    """Start the session's transaction as a writer (SQLite ``BEGIN IMMEDIATE``).

    The write lock is then taken before the first read, so a busy database makes this wait
    (busy_timeout) rather than fail half-way when a read is upgraded to a write. pysqlite
    issues no BEGIN of its own once one is open."""
    conn = session.connection()
    if conn.dialect.name == "sqlite" and not conn.connection.dbapi_connection.in_transaction:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
