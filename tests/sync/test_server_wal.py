"""The server's background WAL checkpoint: it waits for a lull, and it happens."""

from __future__ import annotations

import time

from union_desk.server.db import ServerDB, open_db
from union_desk.server.models import office


def _write(db: ServerDB, i: int) -> None:
    with db.write() as conn:
        conn.execute(office.insert().values(office_id=f"o{i}", name="x" * 2000, created_ms=i))


def test_checkpoint_waits_for_a_lull_then_copies_the_wal(tmp_path):
    path = tmp_path / "server.sqlite"
    db = open_db(f"sqlite:///{path}")
    try:
        db._checkpointer.idle_s, db._checkpointer.every_s = 1.0, 60
        time.sleep(0.3)  # the schema's own writes get checkpointed first
        before = path.stat().st_size
        # writes keep coming faster than the lull: the database file is left alone
        for i in range(40):  # two seconds
            _write(db, i)
            time.sleep(0.05)
        assert path.stat().st_size == before
        # once writes pause, the rows reach the database file itself
        deadline = time.monotonic() + 5
        while path.stat().st_size == before and time.monotonic() < deadline:
            time.sleep(0.05)
        assert path.stat().st_size > before + 40 * 2000
    finally:
        db.dispose()


def test_a_burst_longer_than_every_s_is_still_checkpointed(tmp_path):
    path = tmp_path / "server.sqlite"
    db = open_db(f"sqlite:///{path}")
    try:
        db._checkpointer.idle_s, db._checkpointer.every_s = 30, 0.5
        time.sleep(0.3)
        before = path.stat().st_size
        deadline = time.monotonic() + 5
        i = 0
        while path.stat().st_size == before and time.monotonic() < deadline:
            _write(db, i)
            i += 1
            time.sleep(0.02)
        assert path.stat().st_size > before
    finally:
        db.dispose()
