"""Push, pull, acks and dumps between two PCs of one office through a live server."""

from __future__ import annotations

import random

from tests.sync.helpers import add_member, dump_client, dump_server, edit_member, get_member, \
    server_exactly_once


def test_two_pcs_converge(make_pc, live_server):
    a, b = make_pc("o1"), make_pc("o1")
    rng = random.Random(1)
    ids = [add_member(a.ctx, rng) for _ in range(30)]
    report = a.sync()
    assert report.pushed == 60 and report.conflicts == 0
    b.sync()
    edit_member(b.ctx, ids[0], phone="13900000000", name="改名")
    b.sync()
    a.sync()
    assert get_member(a.ctx, ids[0]).name == "改名"
    assert get_member(a.ctx, ids[0]).sort_key == get_member(b.ctx, ids[0]).sort_key
    assert dump_client(a.db) == dump_client(b.db) == dump_server(live_server.db, "o1")
    n, distinct, _ = server_exactly_once(live_server.db)
    assert n == distinct
    status = a.service().status()
    assert status.pending == 0 and status.last_error is None and status.registered


def test_cancel_keeps_finished_work_and_next_round_continues(make_pc, live_server):
    import threading

    from union_desk.errors import Cancelled

    a, b = make_pc("o1"), make_pc("o1")
    rng = random.Random(2)
    for _ in range(15):
        add_member(a.ctx, rng)
    cancel = threading.Event()
    seen = []

    def progress(stage, done, total):
        seen.append((stage, done))
        cancel.set()  # the user presses cancel after the first batch

    svc = a.service(batch_ops=4)
    try:
        svc.run_round(cancel, progress, token=a.token)
        raise AssertionError("not cancelled")
    except Cancelled as exc:
        assert "已取消" in exc.message
    # the batch already on the wire when cancel was pressed is still acknowledged
    assert seen[0] == ("push", 4) and len(seen) <= 2
    assert 0 < a.service().status().pending < 30
    a.sync()
    b.sync()
    assert dump_client(a.db) == dump_client(b.db) == dump_server(live_server.db, "o1")


def test_busy_database_stops_the_round_plainly_and_the_next_one_carries_on(
        make_pc, live_server, monkeypatch):
    """A long write of the app's own (an import) can outlast the round's wait for the lock."""
    import sqlite3

    import pytest

    from union_desk.db import engine as db_engine
    from union_desk.errors import SyncError

    a = make_pc("o1")
    add_member(a.ctx, random.Random(31))
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(a.db.path)
    holder.execute("BEGIN IMMEDIATE")          # someone else is writing
    try:
        with pytest.raises(SyncError) as err:
            a.sync()
        assert err.value.code == "db_busy" and "稍后会自动重试" in err.value.message
    finally:
        holder.rollback()
        holder.close()
    report = a.sync()                           # the lock is free again: nothing was lost
    assert report.pushed == 2 and a.service().status().pending == 0
    assert dump_client(a.db) == dump_server(live_server.db, "o1")
