"""The office database's write-ahead log: a unit of work's commit is on disk at once, the copy
into the database file waits for a lull (db.wal), and a closed office is one tidy file."""

from __future__ import annotations

import shutil
import sqlite3
import time

from union_desk.services.context import Database, ServiceContext
from union_desk.services.setup import BranchSpec, SetupService


def _wal(db: Database):
    return db.path.with_name(db.path.name + "-wal")


def _file_alone(db: Database, tmp_path) -> list:
    """What the database file holds without its WAL (a copy of the file, opened read-only)."""
    copy = tmp_path / "alone.sqlite"
    shutil.copyfile(db.path, copy)
    with sqlite3.connect(f"file:{copy}?mode=ro&immutable=1", uri=True) as con:
        return con.execute("select name from union_info").fetchall()


def test_commits_go_to_the_wal_and_reach_the_file_in_a_lull(paths, tmp_path):
    db = Database.open(paths)
    try:
        db._wal.checkpointer.idle_s = 2.0
        SetupService(ServiceContext(db)).initialize("示例公司工会", [BranchSpec("第一分会")],
                                                    "admin", "pass-word-1")
        # the unit of work's connection is closed, yet the WAL is still there: closing it was
        # not the last close, so it did not copy and delete the WAL on the way out
        assert _wal(db).exists() and _wal(db).stat().st_size > 0
        # another connection sees the committed office at once
        with sqlite3.connect(db.path) as con:
            assert con.execute("select name from union_info").fetchone() == ("示例公司工会",)
        assert _file_alone(db, tmp_path) == []  # not yet copied into the file
        # after the lull, the database file itself holds it
        deadline = time.monotonic() + 8
        while _file_alone(db, tmp_path) == [] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _file_alone(db, tmp_path) == [("示例公司工会",)]
    finally:
        db.dispose()
    assert not _wal(db).exists() or _wal(db).stat().st_size == 0
    with sqlite3.connect(db.path) as con:  # the file alone, without its WAL, is complete
        assert con.execute("select count(*) from branch").fetchone()[0] >= 1
