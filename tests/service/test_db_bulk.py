"""db.bulk serves any synced table (the evaluations module will write honours this way)."""

from __future__ import annotations

from sqlalchemy import func, select

from union_desk.db.bulk import Ids, bulk_create, prefix_range, queue_created
from union_desk.db.models import AuditEntry, Honour, Outbox
from union_desk.db.rowjson import tracked_columns
from union_desk.services.members.service import MembersService

ZHANG = {"name": "张伟", "id_number": "11010519491231002X"}


def test_bulk_create_any_synced_table_with_outbox_and_one_summary_audit(clerk):
    m = MembersService(clerk).create(ZHANG)
    assert tracked_columns(Honour) == ["member_id", "title", "year", "level", "conferred_by"]
    with clerk.uow() as s:
        ids = bulk_create(s, Honour, select_sql=(
            "SELECT :m, '优秀会员', y, '基层', '' FROM (SELECT 2021 AS y UNION ALL SELECT 2022 "
            "UNION ALL SELECT 2023)"), params={"m": m.id}, return_ids=True,
            summary={"evaluation": "2023"})
    lo, hi = prefix_range(ids[0][:24])
    assert len(ids) == 3 and all(lo <= i <= hi for i in ids) and ids == sorted(ids)
    with clerk.read() as s:
        years = s.scalars(select(Honour.year).where(Honour.id.in_(ids)).order_by(Honour.year)).all()
        ops = s.scalar(select(func.count()).select_from(Outbox).where(Outbox.entity_id.in_(ids)))
        bulk = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "honour")).all()
    assert years == [2021, 2022, 2023] and ops == 3 and bulk == ["bulk"]
    assert [h.year for h in MembersService(clerk).get(m.id).honours] == [2023, 2022, 2021]


def test_queue_created_ids_increase_within_one_operation(clerk):
    m = MembersService(clerk).create(ZHANG)
    ids = Ids()
    with clerk.uow() as s:
        queue_created(s, "member", [m.id], ids)
    with clerk.read() as s:
        op = s.scalars(select(Outbox.op_id).where(Outbox.op_id.startswith(ids.prefix))).one()
    assert op == f"{ids.prefix}00000001" and ids() == f"{ids.prefix}00000002"
