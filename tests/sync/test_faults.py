"""Exactly once under faults: at every point the connection or a process can die, no change is
lost or duplicated, and afterwards both PCs and the server hold identical data."""

from __future__ import annotations

import json
import os
import random
import time

import pytest
from sqlalchemy import func, select

from tests.sync.helpers import add_member, dump_client, dump_server, edit_member, \
    server_exactly_once
from union_desk.db.models.member import Member
from union_desk.db.models.outbox import Outbox
from union_desk.errors import SyncError
from union_desk.sync.transport import FaultyTransport, Transport


class Crash(Exception):
    """Stands for the client process dying: nothing after this point runs or commits."""


def faulty(plan):
    return lambda url, token, ca: FaultyTransport(Transport(url, token, ca_file=ca), plan)


def at(call: str, phase: str, n: int = 1):
    return lambda c, p, k: (c, p, k) == (call, phase, n)


def crash_at(point: str, nth: int = 1):
    seen = {"n": 0}

    def hook(p):
        if p == point:
            seen["n"] += 1
            if seen["n"] == nth:
                raise Crash(point)
    return hook


def outbox_total(db) -> tuple[int, int]:
    with db.sessions() as s:
        total = s.scalar(select(func.count()).select_from(Outbox))
        open_ = s.scalar(select(func.count()).select_from(Outbox)
                         .where(Outbox.status.in_(("pending", "inflight"))))
    return total, open_


def converge(*pcs) -> None:
    for _ in range(2):
        for pc in pcs:
            pc.sync()


def _diff(x: dict, y: dict) -> list:
    out = []
    for e in sorted(set(x) | set(y)):
        for i in sorted(set(x.get(e, {})) | set(y.get(e, {}))):
            rx, ry = x.get(e, {}).get(i), y.get(e, {}).get(i)
            if rx != ry:
                if rx is None or ry is None:
                    out.append((e, i[:6], "missing", rx is None))
                else:
                    out.append((e, i[:6], {k: (rx.get(k), ry.get(k)) for k in rx if rx.get(k) != ry.get(k)}))
    return out[:10]


def assert_identical(server, office_id: str, *pcs) -> None:
    server_dump = dump_server(server.db, office_id)
    for pc in pcs:
        d = _diff(dump_client(pc.db), server_dump)
        if d and os.environ.get("SYNC_DEBUG"):
            _explain(server, pc, pcs, d[0][1])
        assert d == [], pc.name
    n, distinct, applied = server_exactly_once(server.db)
    assert n == distinct, "an op produced two changes"
    assert applied == sum(outbox_total(pc.db)[0] for pc in pcs), "an op was lost or applied twice"
    assert all(outbox_total(pc.db)[1] == 0 for pc in pcs)


FAULTS = [
    ("meta", "before", 1, None),
    ("push", "before", 1, None),            # never reached the server
    ("push", "after", 1, None),             # server committed, answer lost
    ("push", "after", 3, None),
    ("pull", "before", 1, None),
    ("pull", "after", 2, None),             # mid-pull: answer lost
    ("counts", "after", 1, None),
    (None, None, 0, ("before_ack", 1)),     # client dies before recording the ack
    (None, None, 0, ("before_ack", 2)),
    (None, None, 0, ("after_ack", 1)),
    (None, None, 0, ("before_page", 2)),    # dies before applying a page
    (None, None, 0, ("after_page", 1)),     # dies after a page committed, mid-pull
]


@pytest.mark.parametrize("call,phase,n,crash", FAULTS,
                         ids=[f"{c or h[0]}-{p or h[1]}-{n}" for c, p, n, h in FAULTS])
def test_fault_point(make_pc, live_server, call, phase, n, crash):
    a, b = make_pc("o1"), make_pc("o1")
    rng = random.Random(7)
    ids = [add_member(a.ctx, rng) for _ in range(12)]
    converge(a, b)
    for i in ids[:5]:
        edit_member(a.ctx, i, remark=f"a{i[:4]}")
    more = [add_member(a.ctx, rng) for _ in range(6)]
    edit_member(b.ctx, ids[6], position="组长")
    opts = dict(batch_ops=5, pull_limit=4)
    if crash:
        svc = a.service(**opts, hook=crash_at(*crash))
    else:
        svc = a.service(faulty(at(call, phase, n)), **opts)
    with pytest.raises((SyncError, Crash)):
        svc.run_round(token=a.token)
    a.service(**opts).run_round(token=a.token)
    converge(b, a)
    assert_identical(live_server, "o1", a, b)
    with a.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == len(ids) + len(more)


def test_randomized_faults(make_pc, live_server):
    """Hundreds of random drop/crash points while three PCs edit, delete and sync."""
    seed = 20261125
    rng = random.Random(seed)
    pcs = [make_pc("o1") for _ in range(3)]
    members: list[str] = []
    injected = 0
    deadline = time.monotonic() + 100
    rounds = 0
    while injected < 200 and time.monotonic() < deadline:
        rounds += 1
        pc = rng.choice(pcs)
        for _ in range(rng.randint(0, 4)):
            roll = rng.random()
            with pc.db.sessions() as s:
                local = list(s.scalars(select(Member.id).where(Member.deleted.is_(False))))
            if roll < 0.35 or not local:
                members.append(add_member(pc.ctx, rng))
            elif roll < 0.9:
                edit_member(pc.ctx, rng.choice(local),
                            **rng.choice([{"remark": f"r{rng.randint(0, 99)}"},
                                          {"position": rng.choice(["组长", "委员", ""])},
                                          {"phone": f"139{rng.randint(0, 99999999):08d}"}]))
            else:
                edit_member(pc.ctx, rng.choice(local), deleted=True)
        kind = rng.random()
        opts = dict(batch_ops=rng.randint(1, 6), pull_limit=rng.randint(3, 12))
        if kind < 0.5:
            target = (rng.choice(["meta", "push", "pull", "counts"]), rng.choice(["before", "after"]),
                      rng.randint(1, 2))
            svc = pc.service(faulty(lambda c, p, k, t=target: (c, p, k) == t), **opts)
        elif kind < 0.9:
            svc = pc.service(**opts, hook=crash_at(rng.choice(["before_ack", "after_ack",
                                                               "before_page", "after_page"]),
                                                   rng.randint(1, 2)))
        else:
            svc = pc.service(**opts)
        try:
            svc.run_round(token=pc.token)
        except (SyncError, Crash):
            injected += 1
    converge(*pcs)
    assert_identical(live_server, "o1", *pcs)
    print(f"randomized: {injected} faults in {rounds} rounds")
    # bounded in time for slow machines; normally all 200 are reached
    assert injected >= 100, f"only {injected} faults injected in {rounds} rounds (seed {seed})"


def _explain(server, pc, pcs, prefix):  # debugging aid for a failed convergence
    from union_desk.server.models import applied_op, change
    with server.db.read() as conn:
        for r in conn.execute(select(change).where(change.c.entity_id.like(prefix + "%")).order_by(change.c.server_seq)):
            res = conn.execute(select(applied_op.c.result).where(applied_op.c.op_id == r.origin_op)).scalar()
            print("SRV", r.server_seq, r.origin_client[:4], r.origin_op[:6], r.fields, res)
    for p in pcs:
        print("PC", p.name, p.client_id[:4])
        with p.db.sessions() as s:
            for o in s.execute(select(Outbox).where(Outbox.entity_id.like(prefix + "%")).order_by(Outbox.seq)).scalars():
                print("  OUT", o.seq, o.op_id[:6], o.status, o.base_version, o.fields[:80])
            m = s.execute(select(Member.server_version, Member.phone, Member.remark).where(Member.id.like(prefix + "%"))).first()
            print("  ROW", m)
