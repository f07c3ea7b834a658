"""Bulk-created rows go out as snapshot ops: their JSON is made when pushed (sync/snapshot.py)."""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy import select

from tests.sync.helpers import add_member, dump_client, dump_server, server_exactly_once
from union_desk.db.models import DuesPayment, Outbox
from union_desk.db.models.outbox import SNAPSHOT
from union_desk.db.rowjson import tracked_columns
from union_desk.db.tracking import record_bulk
from union_desk.services.dues.charges import DuesChargeService
from union_desk.services.dues.dto import BatchEntry
from union_desk.services.dues.payments import DuesPaymentService
from union_desk.sync import snapshot


def _month_paid(pc, month: str, n: int) -> list[str]:
    assert DuesChargeService(pc.ctx).generate_month(month).created == n
    pay = DuesPaymentService(pc.ctx)
    grid = pay.batch_grid(month)
    return list(pay.save_batch(month, [BatchEntry(g.member_id) for g in grid],
                               paid_on=dt.date(2026, 11, 2)).payment_ids)


def test_bulk_rows_reach_the_server_and_the_other_pc_whole(make_pc, live_server):
    a, b = make_pc("o1"), make_pc("o1")
    rng = random.Random(11)
    members = [add_member(a.ctx, rng) for _ in range(12)]
    paid = _month_paid(a, "2026-10", 12)
    with a.ctx.read() as s:
        kinds = {(o.entity, o.fields == SNAPSHOT) for o in s.scalars(select(Outbox))}
    assert ("dues_charge", True) in kinds and ("dues_payment", True) in kinds
    report = a.service(batch_ops=7).run_round(token=a.token)   # snapshots over several batches
    assert report.pushed == 2 * 12 + 12 + 12 and report.rejected == 0
    b.sync()
    assert dump_client(a.db) == dump_client(b.db) == dump_server(live_server.db, "o1")
    n, distinct, _ = server_exactly_once(live_server.db)
    assert n == distinct
    with b.ctx.read() as s:
        got = {p.id: (p.member_id, str(p.amount)) for p in s.scalars(select(DuesPayment))}
    assert set(got) == set(paid) and {m for m, _ in got.values()} == set(members)


def test_a_snapshot_sends_what_record_bulk_would(make_pc):
    a = make_pc("o1")
    add_member(a.ctx, random.Random(12))
    (pid,) = _month_paid(a, "2026-09", 1)
    with a.ctx.read() as s:
        op = s.scalars(select(Outbox).where(Outbox.entity_id == pid)).one()
        row = s.get(DuesPayment, pid)
        sent = snapshot.resolve(s.connection(), [(op.seq, op.op_id, op.entity, op.entity_id,
                                                 op.kind, op.fields, op.base_version,
                                                 op.created_ms, op.batch_id)])[0]
        values = {c: getattr(row, c) for c in tracked_columns(DuesPayment)}
    with a.ctx.read() as s:  # the reference: the Python path's JSON, rolled back on close
        record_bulk(s, "dues_payment", created=[values | {"id": "ref"}], append_only=True)
        ref = s.scalars(select(Outbox.fields).where(Outbox.entity_id == "ref")).one()
    assert op.fields == SNAPSHOT and sent.kind == "append"
    assert json.loads(sent.fields) == json.loads(ref)
    assert sent.fields == ref   # byte for byte


def test_row_changed_before_its_push_arrives_with_the_change(make_pc, live_server):
    a, b = make_pc("o1"), make_pc("o1")
    add_member(a.ctx, random.Random(13))
    DuesChargeService(a.ctx).generate_month("2026-08")
    svc = DuesChargeService(a.ctx)
    (mid,) = [r.member_id for r in DuesPaymentService(a.ctx).batch_grid("2026-08")]
    svc.set_wage_base(mid, "8000", dt.date(2026, 8, 1), "企业")
    assert svc.generate_month("2026-08").recomputed == 1   # an ORM update after the snapshot
    a.sync()
    b.sync()
    assert dump_client(a.db) == dump_client(b.db) == dump_server(live_server.db, "o1")
