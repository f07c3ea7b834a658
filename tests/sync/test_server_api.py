"""Tenancy, tokens, bad input (with a flood while a good client syncs), protocol, files, stats."""

from __future__ import annotations

import hashlib
import io
import json
import random
import threading
import uuid

import httpx
import openpyxl
import pytest

from tests.sync.conftest import ADMIN_TOKEN
from tests.sync.helpers import add_member, dump_client, dump_server, get_member
from union_desk.errors import ProtocolMismatch, SyncError
from union_desk.sync.protocol import upgrade_message


def raw(server, token: str | None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=server.url, headers=headers, timeout=30)


def op(seq: int, entity_id: str | None = None, **kw) -> dict:
    base = dict(op_id=uuid.uuid4().hex, client_seq=seq, entity="member",
                entity_id=entity_id or uuid.uuid4().hex, kind="upsert", base_version=None,
                mtime_ms=0, fields={"remark": "x"})
    base.update(kw)
    return base


def push(c, client_id: str, ops, **kw):
    body = {"protocol": 1, "client_id": client_id, "batch_id": uuid.uuid4().hex, "ops": ops} | kw
    return c.post("/sync/push", content=json.dumps(body))


def test_tenancy_isolation_with_forged_ids(make_pc, live_server):
    a, b = make_pc("o1"), make_pc("o2")
    mid = add_member(a.ctx, random.Random(1), remark="A 的")
    a.sync()
    add_member(b.ctx, random.Random(2))
    b.sync()
    before = dump_server(live_server.db, "o1")
    assert set(dump_client(b.db)["member"]).isdisjoint(before["member"])
    with raw(live_server, b.token) as c:
        pulled = c.get("/sync/pull", params={"cursor": 0, "limit": 1000}).json()["changes"]
        assert {ch["entity_id"] for ch in pulled}.isdisjoint(before["member"])
        seq = c.get("/sync/meta").json()["last_client_seq"]
        # an update to A's row, with A's real version, from B's token
        res = push(c, b.client_id, [op(seq + 1, mid, base_version=1, fields={"remark": "B 篡改"})])
        assert res.json()["results"][0] == {"op_id": res.json()["results"][0]["op_id"],
                                            "status": "rejected", "reason": "unknown_row"}
        # a "create" with A's id lands in B's own namespace
        res = push(c, b.client_id, [op(seq + 2, mid, fields={"remark": "B 的"})])
        assert res.json()["results"][0]["status"] == "applied"
        # B cannot claim to be A's client
        assert push(c, a.client_id, [op(1)]).json()["error"] == "client_mismatch"
    assert dump_server(live_server.db, "o1") == before
    a.sync()
    assert get_member(a.ctx, mid).remark == "A 的"
    assert dump_client(a.db) == before


def test_revocation_is_immediate(make_pc, live_server):
    a = make_pc("o1")
    add_member(a.ctx)
    a.sync()
    with live_server.admin() as t:
        t._call("POST", f"/admin/clients/{a.client_id}/revoke")
    add_member(a.ctx)
    with pytest.raises(SyncError) as err:
        a.sync()
    assert err.value.code == "token_revoked"
    assert "吊销" in a.service().status().last_error
    with raw(live_server, "not-a-token") as c:
        assert c.get("/sync/pull").json()["error"] == "bad_token"
    with raw(live_server, None) as c:
        assert c.post("/admin/offices", json={"office_id": "x", "name": "x"}).status_code == 401


def test_bad_input_flood_while_good_client_syncs(make_pc, live_server):
    good, bad = make_pc("o1"), make_pc("o1")
    rng = random.Random(5)
    statuses: dict[str, set[int]] = {}
    stop = threading.Event()

    def flood():
        with raw(live_server, bad.token) as c, raw(live_server, None) as anon:
            n = 0
            while not stop.is_set() or n < 20:
                n += 1
                cases = {
                    "malformed": lambda: c.post("/sync/push", content=b"{not json"),
                    "wrong_types": lambda: push(c, bad.client_id, [op(1, client_seq="1")]),
                    "unknown_entity": lambda: push(c, bad.client_id, [op(1, entity="evil; drop")]),
                    "too_many": lambda: push(c, bad.client_id, [op(i + 1) for i in range(201)]),
                    "too_big": lambda: c.post("/sync/push", content=b"x" * 1_100_000),
                    "gap": lambda: push(c, bad.client_id, [op(5)]),
                    "out_of_order": lambda: push(c, bad.client_id, [op(1), op(3)]),
                    "no_token": lambda: anon.post("/sync/push", content=b"{}"),
                    "bad_protocol": lambda: push(c, bad.client_id, [op(1)], protocol=99),
                    "reserved_field": lambda: push(c, bad.client_id, [op(1, fields={"server_version": 1})]),
                    "bad_cursor": lambda: c.get("/sync/pull", params={"cursor": "abc"}),
                }
                for name, send in cases.items():
                    statuses.setdefault(name, set()).add(send().status_code)

    thread = threading.Thread(target=flood)
    thread.start()
    try:
        for _ in range(4):
            for _ in range(10):
                add_member(good.ctx, rng)
            good.sync()
    finally:
        stop.set()
        thread.join()
    assert statuses == {"malformed": {400}, "wrong_types": {422}, "unknown_entity": {422},
                        "too_many": {413}, "too_big": {413}, "gap": {409}, "out_of_order": {409},
                        "no_token": {401}, "bad_protocol": {426}, "reserved_field": {422},
                        "bad_cursor": {422}}
    with raw(live_server, bad.token) as c:
        body = push(c, bad.client_id, [op(i + 1) for i in range(201)]).json()
        assert body["error"] == "batch_too_large" and body["max_ops"] == 200
        gap = push(c, bad.client_id, [op(7)]).json()
        assert gap == {"error": "seq_gap", "message": gap["message"], "resend_from": 1}
        # nothing from the flood was applied: the bad client's sequence never moved
        assert c.get("/sync/meta").json()["last_client_seq"] == 0
    assert len(dump_server(live_server.db, "o1")["member"]) == 40
    bad.sync()
    assert dump_client(bad.db) == dump_client(good.db) == dump_server(live_server.db, "o1")


def test_replay_is_duplicate_and_client_clock_is_ignored(make_pc, live_server):
    a = make_pc("o1")
    with raw(live_server, a.token) as c:
        first = op(1, mtime_ms=4_102_444_800_000)  # a clock set to 2100
        r1 = push(c, a.client_id, [first]).json()["results"][0]
        r2 = push(c, a.client_id, [first]).json()["results"][0]
        assert r1["status"] == "applied"
        assert r2["status"] == "duplicate" and r2["original_status"] == "applied"
        assert r2["version"] == r1["version"]
        reused = push(c, a.client_id, [op(1)]).json()
        assert reused["error"] == "seq_reused" and reused["resend_from"] == 2
        early = op(2, mtime_ms=1)  # 1970: ordering is the server's, not the client's clock
        assert push(c, a.client_id, [early]).json()["results"][0]["version"] > r1["version"]


def test_protocol_mismatch_names_the_side_to_upgrade(make_pc, live_server, monkeypatch):
    a = make_pc("o1")
    assert "升级同步服务器" in upgrade_message((0, 0))
    assert "升级本机" in upgrade_message((7, 9))
    import union_desk.sync.protocol as protocol

    monkeypatch.setattr(protocol.Meta, "from_json", classmethod(
        lambda cls, d: cls((5, 6), d["server_epoch"], 0, 0, 200, 1_000_000, d.get("client_id"))))
    with pytest.raises(ProtocolMismatch) as err:
        a.sync()
    assert "升级本机的 union_desk" in err.value.message


def test_epoch_change_requires_consent_for_full_resync(make_pc, live_server):
    from sqlalchemy import update

    from union_desk.server.models import server_meta

    a = make_pc("o1")
    mid = add_member(a.ctx)
    a.sync()
    with live_server.db.write() as conn:
        conn.execute(update(server_meta).values(epoch="rebuilt"))
    with pytest.raises(SyncError) as err:
        a.sync()
    assert err.value.code == "full_resync_required"
    assert a.service().status().needs_resync
    with pytest.raises(Exception):
        a.service().full_resync(consent=False, token=a.token)
    add_member(a.ctx, remark="未同步")
    out = a.service().full_resync(consent=True, token=a.token)
    assert out["backup"] and out["pulled"] >= 2
    assert get_member(a.ctx, mid) is not None and not a.service().status().needs_resync
    assert dump_client(a.db) == dump_server(live_server.db, "o1")


def test_full_resync_pushes_pending_changes_first(make_pc, live_server):
    a = make_pc("o1")
    add_member(a.ctx)
    a.sync()
    mid = add_member(a.ctx, remark="还没同步")
    out = a.service().full_resync(consent=True, token=a.token)
    assert out["pushed_first"] and out["exported"] is None
    assert get_member(a.ctx, mid).remark == "还没同步"
    assert a.service().status().pending == 0
    assert dump_client(a.db) == dump_server(live_server.db, "o1")


def test_files_idempotent_and_resumable(make_pc, live_server):
    a, b = make_pc("o1"), make_pc("o2")
    data = bytes(random.Random(9).getrandbits(8) for _ in range(300_000))
    sha = hashlib.sha256(data).hexdigest()
    with raw(live_server, a.token) as c:
        first = c.put(f"/files/{sha}", content=data[:100_000],
                      headers={"Content-Range": f"bytes 0-99999/{len(data)}"}).json()
        assert first == {"sha256": sha, "complete": False, "received": 100_000}
        wrong = c.put(f"/files/{sha}", params={"offset": 0, "total": len(data)}, content=data[:10])
        assert wrong.status_code == 409 and wrong.json()["received"] == 100_000
        done = c.put(f"/files/{sha}", params={"offset": 100_000, "total": len(data)},
                     content=data[100_000:]).json()
        assert done["complete"] is True
        again = c.put(f"/files/{sha}", content=data).json()
        assert again["complete"] is True
        assert c.put("/files/" + "0" * 64, content=b"abc").json()["error"] == "hash_mismatch"
    with raw(live_server, b.token) as c:
        assert c.get(f"/files/{sha}").json()["complete"] is False  # other office: not theirs


def test_member_stats_and_xlsx(make_pc, live_server):
    a, b = make_pc("o1"), make_pc("o2")
    rng = random.Random(4)
    for i in range(6):
        add_member(a.ctx, rng, gender="女" if i < 4 else "男", migrant_worker=i == 0)
    add_member(b.ctx, rng, gender="男", migrant_worker=True)
    a.sync()
    b.sync()
    with raw(live_server, ADMIN_TOKEN) as c:
        stats = c.get("/stats/members", params={"as_of": "2020-06-30"}).json()
        offices = {o["office_id"]: o for o in stats["offices"]}
        assert (offices["o1"]["members"], offices["o1"]["female"], offices["o1"]["migrant"]) == (6, 4, 1)
        assert offices["o1"]["joiners"] == 6 and offices["o2"]["members"] == 1
        assert stats["total"]["members"] == 7
        before = c.get("/stats/members", params={"as_of": "2019-12-31"}).json()
        assert before["total"]["members"] == 0
        xlsx = c.get("/stats/members.xlsx", params={"as_of": "2020-06-30"})
        sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
        assert [r for r in sheet.iter_rows(values_only=True) if r[0] == "合计"][0][2] == 7
        assert c.get("/stats/members", params={"as_of": "June"}).status_code == 422
    with raw(live_server, a.token) as c:
        assert c.get("/stats/members").status_code == 401  # an office token is not an admin token


def test_blobs_upload_first_and_resume(make_pc, live_server, tmp_path):
    from union_desk.db.models.sync import FileBlob

    a = make_pc("o1")
    data = bytes(random.Random(2).getrandbits(8) for _ in range(50_000))
    sha = hashlib.sha256(data).hexdigest()
    path = tmp_path / "scan.pdf"
    path.write_bytes(data)
    with raw(live_server, a.token) as c:  # an earlier, interrupted upload
        c.put(f"/files/{sha}", params={"offset": 0, "total": len(data)}, content=data[:20_000])
    with a.ctx.uow() as s:
        s.add(FileBlob(sha256=sha, size=len(data), path=str(path), uploaded=False))
    a.sync()
    with a.db.sessions() as s:
        assert s.get(FileBlob, sha).uploaded
    with raw(live_server, a.token) as c:
        assert c.get(f"/files/{sha}").json() == {"sha256": sha, "complete": True, "received": len(data)}
    assert (live_server.config.files_root() / "o1" / sha).read_bytes() == data
