"""Checkpointing SQLite's write-ahead log in the background, for the office PC and the server.

SQLite copies the WAL back into the database file either in the commit that takes the WAL
past ``wal_autocheckpoint`` pages, or when the last connection to the file closes. Both put the
copy, and its two fsyncs, on the path of whatever use case happened to commit: a 50,000-row
import waited 0.2 s for it, and with one connection per unit of work (NullPool) every write
paid it on close. Instead the WAL is copied by this thread, in lulls.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)
# a backstop for when no checkpointer runs: a commit past this many WAL pages copies it itself
AUTOCHECKPOINT_PAGES = 20_000


class WalCheckpointer:
    """Copies the WAL into the database file in the background, in lulls between writes.

    PASSIVE never waits for readers or the writer, so pushes and pulls carry on meanwhile. It
    runs once writes have paused for ``idle_s``, or at the latest ``every_s`` after the first
    write it has not copied: a checkpoint during a burst of pushes costs CPU the pushes need
    (two cores are common here), and a page rewritten by many commits is copied once this way.
    ``stop`` ends with a TRUNCATE checkpoint so a stopped server leaves one tidy file."""

    def __init__(self, engine: Engine, idle_s: float = 1.0, every_s: float = 10.0):
        self.engine, self.idle_s, self.every_s = engine, idle_s, every_s
        self._stop = threading.Event()
        self._last_write = self._first_unsaved = None
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._thread.start()

    def wrote(self) -> None:
        """Called after each committed write."""
        now = time.monotonic()
        self._last_write = now
        if self._first_unsaved is None:
            self._first_unsaved = now

    def _checkpoint(self, mode: str) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")

    def _due(self) -> bool:
        first, last = self._first_unsaved, self._last_write
        if first is None:
            return False
        now = time.monotonic()
        return now - last >= self.idle_s or now - first >= self.every_s

    def _run(self) -> None:
        while not self._stop.wait(min(0.25, self.idle_s)):
            if not self._due():
                continue
            self._first_unsaved = None  # writes from here on wait for the next one
            try:
                self._checkpoint("PASSIVE")
            except Exception:  # a locked or vanished file: try again next time
                log.debug("background checkpoint failed", exc_info=True)
                self.wrote()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        try:
            self._checkpoint("TRUNCATE")
        except Exception:
            log.warning("final WAL checkpoint failed", exc_info=True)


class WalKeeper:
    """Holds one idle connection to a database file, so that closing a unit of work's
    connection is never the last close (which would checkpoint the WAL and delete it), and
    runs a :class:`WalCheckpointer` for it."""

    def __init__(self, engine: Engine, path: Path):
        self._conn: sqlite3.Connection | None = sqlite3.connect(path, check_same_thread=False)
        # a connection joins the WAL at its first read, not when it is opened
        self._conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        self.checkpointer = WalCheckpointer(engine)

    def wrote(self) -> None:
        self.checkpointer.wrote()

    def close(self) -> None:
        self.checkpointer.stop()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
