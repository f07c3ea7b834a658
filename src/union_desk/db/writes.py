"""Which tables a transaction wrote, seen from the statements it ran.

:func:`watch` installs one ``before_cursor_execute`` listener on an engine. While a connection
is being recorded (:func:`recording`), the listener reads the table name of each
INSERT / REPLACE / UPDATE / DELETE statement run on it: ORM flushes, Core bulk writes,
``executemany`` and raw ``INSERT … SELECT`` through ``exec_driver_sql`` alike, from any thread
that uses the connection. Unwatched connections (reads, the sync server) pay one dict look-up.

Only the tables of the schema count: TEMP staging tables and SQLite's own are left out.
Statements run on the bare driver connection (``driver_connection.execute``) bypass
SQLAlchemy and are not seen: write through the SQLAlchemy connection, or call :func:`note`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from union_desk.db.base import Base

_KEY = "union_desk.written"
# the statement's verb and table, after any WITH … clause (SQLite's DML forms)
_WRITE = re.compile(
    r"""^\s*(?:WITH\b.*?\)\s*)?                      # a CTE before the verb
        (?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)
        \s+(?:(?:main|"main")\.)?                    # the main schema may be named; temp. is not ours
        ["`\[]?(\w+)""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE)
_TABLES: dict[str, str | None] = {}   # statement text -> the schema table it writes, or None
_CACHE_MAX = 4096


def table_written(statement: str) -> str | None:
    """The schema table a statement writes (None for reads, DDL, TEMP and unknown tables)."""
    try:
        return _TABLES[statement]
    except KeyError:
        pass
    m = _WRITE.match(statement)
    name = m.group(1).lower() if m else None
    table = name if name in Base.metadata.tables else None
    if len(_TABLES) >= _CACHE_MAX:  # statements repeat; odd ones (IN lists of every length) don't
        _TABLES.clear()
    _TABLES[statement] = table
    return table


def _before_cursor_execute(conn: Connection, _cursor, statement: str, _params, _context,
                           _executemany: bool) -> None:
    written = conn.info.get(_KEY)
    if written is not None:
        table = table_written(statement)
        if table is not None:
            written.add(table)


def watch(engine: Engine) -> None:
    """Let :func:`recording` watch this engine's connections (idempotent)."""
    if not event.contains(engine, "before_cursor_execute", _before_cursor_execute):
        event.listen(engine, "before_cursor_execute", _before_cursor_execute)


@contextmanager
def recording(conn: Connection) -> Iterator[set[str]]:
    """Record the tables written on this connection while the block runs; yields the live
    set. The record lives in the connection's pool-record info (a StaticPool's one connection
    is recorded afresh by each transaction) and is removed when the block ends."""
    info = conn.info  # held: the connection may be closed or invalidated by the time we end
    written: set[str] = set()
    info[_KEY] = written
    try:
        yield written
    finally:
        info.pop(_KEY, None)


def note(conn: Connection, tables: Iterable[str]) -> None:
    """Record writes the listener cannot see (statements on the bare driver connection)."""
    written = conn.info.get(_KEY)
    if written is not None:
        written.update(t for t in tables if t in Base.metadata.tables)
