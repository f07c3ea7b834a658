"""A locked, corrupt or read-only database file gives a plain message naming the file; nothing saved is lost."""

from __future__ import annotations

import sqlite3

import pytest

import union_desk.db.engine as engine_mod
from union_desk.db.errors import known_storage_error
from union_desk.errors import StorageError
from union_desk.infra.paths import DataPaths
from union_desk.services.context import Database
from union_desk.services.members.service import MembersService

ZHANG = {"name": "张伟", "id_number": "11010519491231002X"}
LI = {"name": "李娜", "id_number": "440524188001010014"}


def test_locked_database_says_so_and_keeps_saved_data(clerk, office, monkeypatch):
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    svc = MembersService(clerk)
    svc.create(ZHANG)
    other = sqlite3.connect(office.path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as err:
            svc.create(LI)
        assert "占用" in err.value.message and str(office.path) in err.value.message
    finally:
        other.rollback()
        other.close()
    assert [r.name for r in svc.rows(svc.query_ids())] == ["张伟"]
    svc.create(LI)
    assert len(svc.query_ids()) == 2


def test_corrupt_file_is_reported_not_raised_as_a_traceback(tmp_path):
    paths = DataPaths(tmp_path / "office")
    paths.ensure()
    paths.db.write_bytes(b"this is not a database, just some bytes" * 100)
    with pytest.raises(StorageError) as err:
        Database.open(paths)
    assert "损坏" in err.value.message and str(paths.db) in err.value.message


@pytest.mark.parametrize("text,needle", [
    ("attempt to write a readonly database", "只读"),
    ("database or disk is full", "磁盘空间已满"),
    ("database disk image is malformed", "损坏"),
])
def test_environment_failures_map_to_plain_messages(text, needle):
    err = known_storage_error(sqlite3.OperationalError(text), "/data/union_desk.sqlite")
    assert needle in err.message and "/data/union_desk.sqlite" in err.message
