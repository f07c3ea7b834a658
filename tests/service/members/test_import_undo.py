"""Undo of an import batch, history, and what blocks an undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.service.members.test_import_apply import counts, svc_for
from union_desk.db.models import AuditEntry, Branch, Member
from union_desk.errors import Conflict, NotFound
from union_desk.services.members.service import MembersService


def test_undo_removes_created_and_restores_updated(clerk, office, samples_dir):
    svc = svc_for(clerk)
    svc.apply(samples_dir / "roster_a.xlsx")
    with office.sessions() as s:
        before = {m.id_number: (m.phone, m.branch_id, m.status, m.monthly_wage) for m in s.scalars(select(Member))}
    report = svc.apply(samples_dir / "roster_e_errors.xlsx")
    assert report.updated == 3
    assert svc.undo_blockers(report.batch_id) == []
    result = svc.undo(report.batch_id)
    assert (result.removed, result.restored) == (report.created, 3)
    with office.sessions() as s:
        live = {m.id_number: (m.phone, m.branch_id, m.status, m.monthly_wage)
                for m in s.scalars(select(Member).where(Member.deleted.is_(False)))}
        assert live == before
        assert s.scalar(select(func.count()).select_from(Member).where(Member.deleted.is_(True))) == report.created
        # the branch the batch created goes too
        assert s.scalar(select(Branch.deleted).where(Branch.name == "第五分会")) is True
        undo_audit = s.scalars(select(AuditEntry).where(AuditEntry.batch_id == report.batch_id,
                                                        AuditEntry.action.in_(("delete", "undo")))).all()
        assert len(undo_audit) == report.created + 1 + 1  # members, the new branch, the undo itself
    history = svc.history()
    assert [b.status for b in history] == ["undone", "applied"]
    assert history[0].undone_by == "clerk1"
    with pytest.raises(Conflict):
        svc.undo(report.batch_id)


def test_reimport_after_undo_revives_rows(clerk, office, samples_dir):
    svc = svc_for(clerk)
    first = svc.apply(samples_dir / "roster_b.xls")
    svc.undo(first.batch_id)
    again = svc.apply(samples_dir / "roster_b.xls")
    assert again.created == 200
    with office.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Member).where(Member.deleted.is_(False))) == 200
    svc.undo(again.batch_id)
    with office.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Member).where(Member.deleted.is_(False))) == 0


def test_later_change_blocks_undo_and_names_the_row(clerk, office, samples_dir):
    svc = svc_for(clerk)
    report = svc.apply(samples_dir / "roster_a.xlsx")
    members = MembersService(clerk)
    with office.sessions() as s:
        member = s.scalar(select(Member).where(Member.id_number == "410104198312273985"))
    members.update(member.id, {"phone": "13900000000"})
    assert svc.undo_blockers(report.batch_id) == [(5, "张梦雪", "导入后已被修改")]
    before = counts(office)
    with pytest.raises(Conflict) as info:
        svc.undo(report.batch_id)
    assert "第5行 张梦雪" in info.value.message
    assert counts(office) == before


def test_undo_unknown_batch(clerk):
    with pytest.raises(NotFound):
        svc_for(clerk).undo("0" * 32)


def test_batches_from_before_range_items_still_undo_and_show_in_history(clerk, office, samples_dir):
    """Imports made by earlier versions recorded one 'create' item per member, not one
    CREATE_RANGE item per block: such a batch still shows in a member's history and undoes."""
    from union_desk.db.models import ImportBatchItem
    from union_desk.services.history import HistoryService
    from union_desk.services.members.imports.track import CREATE_RANGE, created_members

    svc = svc_for(clerk)
    report = svc.apply(samples_dir / "roster_a.xlsx")
    with office.sessions() as s, s.begin():  # rewrite the batch in the old form
        ranges = s.scalars(select(ImportBatchItem).where(ImportBatchItem.action == CREATE_RANGE)).all()
        old = [ImportBatchItem(batch_id=i.batch_id, entity="member", entity_id=mid, action="create",
                               row=row, old_values=None, mtime_ms=i.mtime_ms)
               for i in ranges for mid, row in created_members(i.entity_id, i.old_values)]
        for i in ranges:
            s.delete(i)
        s.add_all(old)
    first = min(old, key=lambda i: i.row)
    titles = [(h.title, h.detail) for h in HistoryService(clerk).member_history(first.entity_id)]
    assert any("roster_a.xlsx" in detail and f"第 {first.row} 行" in detail for _t, detail in titles)
    assert svc.undo_blockers(report.batch_id) == []
    assert svc.undo(report.batch_id).removed == 300
    with office.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Member).where(Member.deleted.is_(False))) == 0
