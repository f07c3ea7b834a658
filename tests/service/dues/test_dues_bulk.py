"""services.dues_bulk must write the same rows db.tracking.record_bulk would."""

import datetime as dt
import json
from decimal import Decimal as D

from sqlalchemy import insert, select

from union_desk.db.base import new_id
from union_desk.db.bulk import bulk_create
from union_desk.db.models import AuditEntry, DuesPayment, Outbox
from union_desk.db.models.outbox import SNAPSHOT
from union_desk.db.rowjson import tracked_columns
from union_desk.db.tracking import record_bulk
from union_desk.services.dues.payments import PAYMENT_COLUMNS
from union_desk.sync import snapshot

from tests.service.dues.test_dues_support import add_member


def _rows(ctx, ids):
    with ctx.read() as s:
        audits = {a.entity_id: a for a in s.scalars(select(AuditEntry).where(
            AuditEntry.entity_id.in_(ids)))}
        outbox = {o.entity_id: o for o in s.scalars(select(Outbox).where(Outbox.entity_id.in_(ids)))}
        pays = {p.id: p for p in s.scalars(select(DuesPayment).where(DuesPayment.id.in_(ids)))}
    return audits, outbox, pays


def _pushed(ctx, outbox_rows):
    with ctx.read() as s:
        return snapshot.resolve(s.connection(), [
            (o.seq, o.op_id, o.entity, o.entity_id, o.kind, o.fields, o.base_version, o.created_ms,
             o.batch_id) for o in outbox_rows])


def test_bulk_create_matches_record_bulk(clerk):
    m = add_member(clerk)
    values = dict(member_id=m, amount=D("-1234.05"), months="2026-09,2026-10",
                  first_month="2026-09", paid_on=dt.date(2026, 10, 3), method="现金",
                  receipt_no="收据 7", recorded_by="clerk1", recorded_ms=123, reverses_id=None,
                  import_batch_id="b1", source_key=None, note="含“引号”和\\反斜杠")
    assert tracked_columns(DuesPayment) == PAYMENT_COLUMNS
    ref_id = new_id()
    with clerk.uow() as s:
        full = dict(id=ref_id, server_version=None, dirty=True, mtime_ms=1, deleted=False, **values)
        s.execute(insert(DuesPayment.__table__), [full])
        record_bulk(s, "dues_payment", created=[full], append_only=True)
    storage = tuple({"amount": -123405, "paid_on": "2026-10-03"}.get(c, values[c])
                    for c in PAYMENT_COLUMNS)
    with clerk.uow() as s:
        (bulk_id,) = bulk_create(s, DuesPayment, [storage], return_ids=True)
    audits, outbox, pays = _rows(clerk, [ref_id, bulk_id])
    assert json.loads(audits[bulk_id].new_value) == json.loads(audits[ref_id].new_value)
    assert audits[bulk_id].new_value == audits[ref_id].new_value  # byte for byte
    for col in ("action", "entity", "actor", "field", "old_value"):
        assert getattr(audits[bulk_id], col) == getattr(audits[ref_id], col)
    # the bulk op is a snapshot; what the push sends is byte for byte record_bulk's JSON
    assert outbox[bulk_id].fields == SNAPSHOT
    pushed = _pushed(clerk, [outbox[bulk_id]])[0]
    assert pushed.fields == outbox[ref_id].fields
    for col in ("kind", "entity", "status", "attempts", "base_version"):
        assert getattr(outbox[bulk_id], col) == getattr(outbox[ref_id], col)
    a, b = pays[ref_id], pays[bulk_id]
    for col in PAYMENT_COLUMNS + ["deleted", "dirty", "server_version"]:
        assert getattr(a, col) == getattr(b, col), col
    assert len(bulk_id) == 32 and bulk_id != ref_id


def test_summary_mode_writes_one_audit_row_and_a_snapshot_op_per_row(clerk):
    members = [add_member(clerk) for _ in range(3)]
    rows = [(m, 2250, "2026-09", "2026-09", "2026-10-03", "工资代扣", "", "clerk1", 1, None,
             None, None, "") for m in members]
    with clerk.uow() as s:
        ids = bulk_create(s, DuesPayment, rows, return_ids=True,
                          summary={"batch_entry": "2026-09"})
    with clerk.read() as s:
        audits = s.scalars(select(AuditEntry).where(AuditEntry.entity == "dues_payment")).all()
        ops = s.scalars(select(Outbox).where(Outbox.entity_id.in_(ids))).all()
    assert [(a.action, json.loads(a.new_value)) for a in audits] == [
        ("bulk", {"batch_entry": "2026-09", "rows": 3})]
    assert len(ops) == 3 and {o.kind for o in ops} == {"append"}
    sent = {json.loads(op.fields)["member_id"]: json.loads(op.fields) for op in _pushed(clerk, ops)}
    assert set(sent) == set(members)
    assert {(f["amount"], f["deleted"]) for f in sent.values()} == {("22.50", False)}
