"""Two PCs of one office editing the same member offline: merge, conflict queue, delete vs update."""

from __future__ import annotations

import random

import pytest

from tests.sync.helpers import add_member, dump_client, dump_server, edit_member, get_member
from union_desk.errors import Conflict, ValidationError


def _pair(make_pc):
    a, b = make_pc("o1"), make_pc("o1")
    mid = add_member(a.ctx, random.Random(3), name="张伟", phone="13800000001", remark="")
    a.sync()
    b.sync()
    return a, b, mid


def test_field_level_merge(make_pc, live_server):
    a, b, mid = _pair(make_pc)
    edit_member(a.ctx, mid, remark="A 的备注")
    edit_member(b.ctx, mid, position="组长")
    a.sync()
    report = b.sync()
    assert report.conflicts == 0
    a.sync()
    for pc in (a, b):
        m = get_member(pc.ctx, mid)
        assert (m.remark, m.position) == ("A 的备注", "组长")
    assert dump_client(a.db) == dump_client(b.db) == dump_server(live_server.db, "o1")


def test_both_changed_goes_to_losing_side_queue_and_resolution_syncs(make_pc, live_server):
    a, b, mid = _pair(make_pc)
    edit_member(a.ctx, mid, phone="13911111111", remark="A")
    edit_member(b.ctx, mid, phone="13922222222", position="委员")
    a.sync()
    report = b.sync()
    assert report.conflicts == 1
    assert a.service().conflicts() == []
    [c] = b.service().conflicts()
    assert c.rule == "server_wins"
    assert {(f.field, f.mine, f.server) for f in c.fields} == {("phone", "139****2222", "139****1111")}
    shown = b.service().reveal_conflict(c.id)   # full numbers on request (audited)
    assert {(f.field, f.mine, f.server) for f in shown.fields} == {("phone", "13922222222", "13911111111")}
    m = get_member(b.ctx, mid)
    assert (m.phone, m.position, m.remark) == ("13911111111", "委员", "A")  # server won, merge kept
    assert b.service().status().open_conflicts == 1
    with pytest.raises(ValidationError):
        b.service().resolve_conflict(c.id, {"phone": "both"})
    resolved = b.service().resolve_conflict(c.id, {"phone": "mine"})
    assert resolved.resolved_ms is not None and resolved.resolution == {"phone": "mine"}
    with pytest.raises(Conflict):
        b.service().resolve_conflict(c.id, {"phone": "mine"})
    assert get_member(b.ctx, mid).phone == "13922222222"
    assert b.service().status().pending == 1  # the choice is a normal local change
    b.sync()
    a.sync()
    assert get_member(a.ctx, mid).phone == "13922222222"
    assert "13922222222" in get_member(a.ctx, mid).search_text
    assert dump_client(a.db) == dump_client(b.db) == dump_server(live_server.db, "o1")


def test_keep_server_changes_nothing(make_pc, live_server):
    a, b, mid = _pair(make_pc)
    edit_member(a.ctx, mid, remark="A")
    edit_member(b.ctx, mid, remark="B")
    a.sync()
    b.sync()
    [c] = b.service().conflicts()
    b.service().resolve_conflict(c.id, {"remark": "server"})
    assert b.service().status().pending == 0
    assert get_member(b.ctx, mid).remark == "A"
    assert b.service().conflicts(include_resolved=True)[0].resolved_by == "admin"


def test_delete_wins_over_update(make_pc, live_server):
    a, b, mid = _pair(make_pc)
    edit_member(a.ctx, mid, deleted=True)
    edit_member(b.ctx, mid, remark="B 改了")
    a.sync()
    report = b.sync()
    assert report.conflicts == 1
    m = get_member(b.ctx, mid)
    assert m.deleted and m.remark == ""
    [c] = b.service().conflicts()
    assert c.rule == "delete_wins"
    a.sync()
    assert dump_client(a.db) == dump_client(b.db) == dump_server(live_server.db, "o1")
    # keeping mine restores the row with the local edit, and that syncs back
    b.service().resolve_conflict(c.id, {"remark": "mine"})
    b.sync()
    a.sync()
    m = get_member(a.ctx, mid)
    assert not m.deleted and m.remark == "B 改了"


def test_update_then_delete_elsewhere_delete_wins(make_pc, live_server):
    a, b, mid = _pair(make_pc)
    edit_member(a.ctx, mid, remark="A")
    edit_member(b.ctx, mid, deleted=True)
    a.sync()
    assert b.sync().conflicts == 0
    a.sync()
    assert get_member(a.ctx, mid).deleted
    assert dump_client(a.db) == dump_client(b.db) == dump_server(live_server.db, "o1")
