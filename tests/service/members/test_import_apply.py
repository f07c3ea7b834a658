"""Member import service: preview, apply in one transaction, matching, batches, tracking rows."""

from __future__ import annotations

import datetime as dt
import json
import sys
import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.service.conftest import as_role
from tests.unit.tabular.test_tabular_roster import HEADER, ID1, ID2, ID3, make_id, make_xlsx, person
from union_desk.core.roles import Role
from union_desk.db.models import (AuditEntry, Branch, ImportBatch, ImportBatchItem, Member,
                                  MemberEvent, Outbox)
from union_desk.db.models.outbox import SNAPSHOT
from union_desk.sync.snapshot import resolve as _resolve
from union_desk.errors import Cancelled, FileFormatError, PermissionDenied
from union_desk.services.members.imports.service import MemberImportService
from union_desk.services.members.imports.track import CREATE_RANGE, created_members
from union_desk.tabular.roster import status_value

TODAY = dt.date(2026, 10, 15)


def svc_for(ctx) -> MemberImportService:
    return MemberImportService(ctx, today=TODAY)


def counts(db) -> dict[str, int]:
    with db.sessions() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Member, MemberEvent, AuditEntry, Outbox, ImportBatch, Branch)}


@pytest.fixture
def expected(samples_dir):
    return json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))


def test_preview_writes_nothing(clerk, office, samples_dir):
    before = counts(office)
    report = svc_for(clerk).preview(samples_dir / "roster_a.xlsx")
    assert (report.created, report.updated, report.unchanged, report.batch_id) == (300, 0, 0, None)
    assert report.header_row == 3 and report.sheet == "会员花名册" and report.dry_run
    assert counts(office) == before


def test_apply_creates_members_events_audit_and_outbox(clerk, office, samples_dir, expected):
    report = svc_for(clerk).apply(samples_dir / "roster_a.xlsx")
    assert report.created == 300 and report.batch_id
    records = {r["id_number"]: r for r in expected["files"]["roster_a.xlsx"]["records"]}
    with office.sessions() as s:
        members = s.scalars(select(Member)).all()
        assert len(members) == 300
        for m in members:
            exp = records[m.id_number]
            assert (m.name, m.gender, m.birth_date.isoformat()) == (exp["name"], exp["gender"], exp["birth_date"])
            assert m.phone == (exp["phone"] or "")
            assert m.monthly_wage == (Decimal(exp["monthly_wage"]) if exp["monthly_wage"] else None)
            assert m.migrant_worker is exp["migrant_worker"]
            assert m.status == status_value(exp["status"])
            assert m.sort_key and m.name in m.search_text and m.mtime_ms and m.dirty
        branch = s.scalar(select(Branch).where(Branch.name == "第一分会"))
        assert {m.branch_id for m in members} == {branch.id}
        joins = s.scalars(select(MemberEvent).where(MemberEvent.kind == "入会")).all()
        assert len(joins) == 300
        j = joins[0]
        assert (j.status_before, j.status_after, j.recorded_by) == ("", "在会", "clerk1")
        member = s.get(Member, j.member_id)
        assert j.event_date == (member.joined_on or TODAY) and j.branch_id == member.branch_id
        # non-在会 statuses in the roster get their lifecycle event after 入会
        exits = s.scalars(select(MemberEvent).where(MemberEvent.kind != "入会")).all()
        assert len(exits) == sum(1 for r in records.values() if status_value(r["status"]) != "在会")
        # created rows are recorded by the batch (one 'import' audit row and an item per row),
        # not by 300 audit rows of their own
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.entity == "member")) == 0
        (imp,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
        assert (imp.entity_id, imp.actor, imp.new_value) == (report.batch_id, "clerk1", "roster_a.xlsx")
        # the batch records which sheet row each member came from (one item per block of rows)
        items = s.scalars(select(ImportBatchItem).where(ImportBatchItem.entity == "member")).all()
        assert {i.action for i in items} == {CREATE_RANGE} and len(items) < 300
        came_from = dict(pair for i in items for pair in created_members(i.entity_id, i.old_values))
        assert {m.id: records[m.id_number]["row"] for m in members} == came_from
        outbox = s.scalars(select(Outbox).where(Outbox.entity == "member")).all()
        assert len(outbox) == 300 and {o.fields for o in outbox} == {SNAPSHOT}
        sent = json.loads(pushed(s, outbox[:1])[0].fields)
        assert sent["id_number"] in records and sent["deleted"] is False
        assert "search_text" not in sent
        assert s.scalar(select(func.count()).select_from(Outbox).where(
            Outbox.entity == "member_event", Outbox.kind == "append")) == 300 + len(exits)
        batch = s.get(ImportBatch, report.batch_id)
        assert batch.file_name == "roster_a.xlsx" and len(batch.sha256) == 64 and batch.actor == "clerk1"
        assert json.loads(batch.counts)["created"] == 300


def pushed(s, ops):
    """The ops as a push would send them (snapshots filled in)."""
    return _resolve(s.connection(), [(o.seq, o.op_id, o.entity, o.entity_id, o.kind, o.fields,
                                      o.base_version, o.created_ms, o.batch_id) for o in ops])


def test_same_file_twice_changes_nothing(clerk, office, samples_dir):
    svc = svc_for(clerk)
    svc.apply(samples_dir / "roster_b.xls")
    before = counts(office)
    again = svc.apply(samples_dir / "roster_b.xls")
    assert (again.created, again.updated, again.unchanged, again.batch_id) == (0, 0, 200, None)
    assert counts(office) == before


def test_gbk_and_utf8_csv_import_the_same_people(clerk, samples_dir):
    svc = svc_for(clerk)
    first = svc.apply(samples_dir / "roster_c.csv")
    second = svc.apply(samples_dir / "roster_c_utf8.csv")
    assert first.created == 200 and (second.created, second.unchanged) == (0, 200)
    assert first.new_branches == ["第三分会"]


def test_roster_e_after_roster_a_updates_and_conflicts(clerk, office, samples_dir, expected):
    svc = svc_for(clerk)
    svc.apply(samples_dir / "roster_a.xlsx")
    spec = expected["files"]["roster_e_errors.xlsx"]
    preview = svc.preview(samples_dir / "roster_e_errors.xlsx")
    wanted_updates = {u["row"]: u for u in spec["updates_of_existing"] if u["kind"] == "update"}
    wanted_conflicts = [u for u in spec["updates_of_existing"] if u["kind"] == "conflict_name_differs"]
    assert {u.row for u in preview.updates} == set(wanted_updates)
    for u in preview.updates:
        want = wanted_updates[u.row]["changed_fields"]
        assert set(u.changes) == set(want)
        for field, change in want.items():
            old, new = u.changes[field]
            if field == "status":
                assert (old, new) == (status_value(change["existing"]), status_value(change["incoming"]))
            elif field == "monthly_wage":
                assert (f"{old:.2f}", f"{new:.2f}") == (change["existing"], change["incoming"])
            else:
                assert (old, new) == (change["existing"], change["incoming"])
    assert [(c.row, c.id_number) for c in preview.conflicts] == \
        [(c["row"], c["id_number"]) for c in wanted_conflicts]
    assert preview.created == spec["new_members"]
    assert preview.rejected_by_reason == spec["rejected_by_reason"]
    assert preview.new_branches == ["第五分会"]

    report = svc.apply(samples_dir / "roster_e_errors.xlsx")
    with office.sessions() as s:
        held = s.scalar(select(Member).where(Member.id_number == wanted_conflicts[0]["id_number"]))
        assert held.name == wanted_conflicts[0]["existing"]["name"]  # never overwritten
        row59 = s.scalar(select(Member).where(Member.id_number == wanted_updates[59]["id_number"]))
        assert row59.status == "保留会籍"
        event = s.scalar(select(MemberEvent).where(MemberEvent.member_id == row59.id,
                                                   MemberEvent.kind == "保留会籍"))
        assert (event.status_before, event.status_after) == ("在会", "保留会籍")
        changes = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == row59.id,
                                                     AuditEntry.action.in_(("update", "status")))).all()
        assert {a.field for a in changes} == {"branch_id", "status"}
        assert {a.batch_id for a in changes} == {report.batch_id}
        assert s.scalar(select(func.count()).select_from(Member)) == 300 + spec["new_members"]


def test_new_branch_listed_in_preview_and_created_on_apply(clerk, office, tmp_path):
    path = make_xlsx(tmp_path / "t.xlsx", [("S", [HEADER, person(1, ID1)[:6] + ["第 九 分会"] + person(1, ID1)[7:]])],
                     text_cols=(3,))
    svc = svc_for(clerk)
    assert svc.preview(path).new_branches == ["第 九 分会"]
    assert counts(office)["branch"] == 3
    svc.apply(path)
    with office.sessions() as s:
        branch = s.scalar(select(Branch).where(Branch.name == "第 九 分会"))
        assert s.scalar(select(Member.branch_id)) == branch.id


def test_existing_branch_matched_ignoring_spaces(clerk, office, tmp_path):
    path = make_xlsx(tmp_path / "t.xlsx", [("S", [HEADER, person(1, ID1)[:6] + ["第一 分会"] + person(1, ID1)[7:]])],
                     text_cols=(3,))
    assert svc_for(clerk).apply(path).new_branches == []


def test_empty_cells_never_erase_existing_data(clerk, office, tmp_path):
    svc = svc_for(clerk)
    svc.apply(make_xlsx(tmp_path / "a.xlsx", [("S", [HEADER, person(1, ID1)])], text_cols=(3,)))
    sparse = [["姓名", "身份证号码", "手机号码"], ["张三", ID1, ""]]
    report = svc.apply(make_xlsx(tmp_path / "b.xlsx", [("S", sparse)], text_cols=(1,)))
    assert (report.updated, report.unchanged) == (0, 1)


def test_cancel_means_nothing_applied(clerk, office, samples_dir):
    before = counts(office)
    cancel = threading.Event()
    seen = []

    def progress(stage, done, total):
        seen.append(stage)
        if stage == "写入":
            cancel.set()

    with pytest.raises(Cancelled):
        svc_for(clerk).apply(samples_dir / "roster_a.xlsx", cancel=cancel, progress=progress)
    assert "写入" in seen and counts(office) == before
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        svc_for(clerk).apply(samples_dir / "roster_a.xlsx", cancel=cancel)
    assert counts(office) == before


def test_a_failed_write_on_the_writer_thread_leaves_nothing(clerk, office, tmp_path, monkeypatch):
    """New members are written on a helper thread, block by block: a failure there (here a
    full disk after the members of the first block went in) still rolls back the whole import
    and reaches the clerk as a plain message."""
    import sqlite3

    from union_desk.errors import StorageError
    from union_desk.services.members.imports import create as member_import_create
    rows = [HEADER] + [person(i, make_id("110105", f"198001{i % 28 + 1:02d}", f"{i // 28:03d}"),
                              f"张{i}") for i in range(1, 2600)]  # three blocks
    path = make_xlsx(tmp_path / "big.xlsx", [("Sheet1", rows)], text_cols=(3,))
    real, calls = member_import_create.queue_range, []

    def full_disk(*args, **kwargs):
        real(*args, **kwargs)
        calls.append(args)
        if len(calls) == 3:  # the second block's member ops
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(member_import_create, "queue_range", full_disk)
    before, interval = counts(office), sys.getswitchinterval()
    with pytest.raises(StorageError) as err:
        svc_for(clerk).apply(path)
    assert "磁盘空间已满" in err.value.message
    assert counts(office) == before
    assert sys.getswitchinterval() == interval  # the import's quick GIL handoff is over
    monkeypatch.setattr(member_import_create, "queue_range", real)
    report = svc_for(clerk).apply(path)  # nothing half-done is in the way
    assert report.created == 2599 and counts(office)["member"] == before["member"] + 2599


def test_cancel_while_the_writer_thread_works_leaves_nothing(clerk, office, tmp_path):
    """Cancel after some rows were already written by the helper thread: all of it goes."""
    rows = [HEADER] + [person(i, make_id("110105", f"198002{i % 28 + 1:02d}", f"{i // 28:03d}"),
                              f"李{i}") for i in range(1, 3500)]
    path = make_xlsx(tmp_path / "big.xlsx", [("Sheet1", rows)], text_cols=(3,))
    cancel, seen = threading.Event(), []

    def progress(stage, done, total):
        seen.append((stage, done))
        if stage == "写入" and done >= 2000:
            cancel.set()

    before = counts(office)
    with pytest.raises(Cancelled):
        svc_for(clerk).apply(path, cancel=cancel, progress=progress)
    assert ("写入", 1000) in seen and counts(office) == before


def test_permission_required(office, samples_dir):
    with pytest.raises(PermissionDenied):
        svc_for(as_role(office, Role.VIEWER)).preview(samples_dir / "roster_a.xlsx")
    with pytest.raises(PermissionDenied):
        svc_for(as_role(office, Role.HARDSHIP)).apply(samples_dir / "roster_a.xlsx")


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4", b"PK\x03\x04broken"])
def test_bad_files_leave_the_database_unchanged(clerk, office, tmp_path, content):
    before = counts(office)
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(FileFormatError):
        svc_for(clerk).apply(path)
    assert counts(office) == before


def test_profiles_are_saved_and_used(clerk, tmp_path):
    svc = svc_for(clerk)
    rows = [["名字", "证件号"], ["张三", ID1]]
    path = make_xlsx(tmp_path / "t.xlsx", [("S", rows)], text_cols=(1,))
    with pytest.raises(FileFormatError):
        svc.preview(path)
    svc.save_profile("第九分会模板", {"证件号": "id_number"})
    assert svc.profiles() == {"第九分会模板": {"证件号": "id_number"}}
    assert svc.preview(path, profile="第九分会模板").created == 1
    svc.save_profile("第九分会模板", {"证件号": "id_number", "名字": "name"})
    assert list(svc.profiles()) == ["第九分会模板"]
    svc.delete_profile("第九分会模板")
    assert svc.profiles() == {}


def test_pushed_snapshot_of_an_imported_member_matches_record_bulk(clerk, office, tmp_path):
    """What the push sends for an imported member is byte for byte what record_bulk writes."""
    from union_desk.db.rowjson import tracked_columns
    from union_desk.db.tracking import record_bulk

    svc_for(clerk).apply(make_xlsx(tmp_path / "t.xlsx", [("S", [HEADER, person(1, ID1)])],
                                   text_cols=(3,)))
    with office.sessions() as s:
        member = s.scalar(select(Member))
        op = s.scalar(select(Outbox).where(Outbox.entity_id == member.id))
        sent = pushed(s, [op])[0]
        values = {c: getattr(member, c) for c in tracked_columns(Member)}
    with office.sessions() as s, s.begin():
        record_bulk(s, "member", created=[{"id": "x" * 32, **values}])
        ref = s.scalar(select(Outbox).where(Outbox.entity_id == "x" * 32))
        assert (op.kind, op.entity, op.base_version, op.status) == (
            ref.kind, ref.entity, ref.base_version, ref.status)
        assert sent.fields == ref.fields
        s.rollback()


def test_member_history_shows_the_import_that_created_it(clerk, office, tmp_path):
    from union_desk.services.history import HistoryService

    svc_for(clerk).apply(make_xlsx(tmp_path / "t.xlsx", [("S", [HEADER, person(1, ID1)])],
                                   text_cols=(3,)))
    with office.sessions() as s:
        member_id = s.scalar(select(Member.id))
    titles = {(h.title, h.detail) for h in HistoryService(clerk).member_history(member_id)}
    assert ("导入新建会员", "文件：t.xlsx，第 2 行") in titles


def test_error_report_marks_cells_and_keeps_ids_as_text(clerk, tmp_path):
    import openpyxl

    rows = [["会员名册"], HEADER, person(1, ID1), person(2, float(ID2), "李四"),
            [3, "王五", "", ID3, "", "12345", "", "", "", "", ""]]
    path = make_xlsx(tmp_path / "t.xlsx", [("S", rows)])
    svc = svc_for(clerk)
    report = svc.preview(path)
    out = svc.write_error_report(report, tmp_path / "errors.xlsx")
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header[:len(HEADER)] == HEADER and header[len(HEADER)] == "错误说明"
    assert ws.max_row == 3
    id_col = HEADER.index("身份证号码") + 1
    second = [c for c in ws[2]]
    assert second[id_col - 1].data_type == "s" and second[id_col - 1].number_format == "@"
    assert second[id_col - 1].fill.fgColor.rgb.endswith("FFFF00")
    assert "文本" in second[len(HEADER)].value
    third = [c for c in ws[3]]
    assert third[id_col - 1].value == ID3
    assert third[HEADER.index("手机号码")].fill.fgColor.rgb.endswith("FFFF00")
    assert third[1].fill.fgColor.rgb in (None, "00000000")
    assert third[len(HEADER) + 1].value == 5  # the row as the branch sees it


def test_the_import_writes_every_member_column_in_table_order():
    """New members are inserted as tuples in a fixed column order: a column added to the table
    must be added there too, or rows would land in the wrong columns."""
    from union_desk.services.members.imports.create import _FIXED, _MEMBER_COLUMNS, _STAGED

    assert _MEMBER_COLUMNS == tuple(c.name for c in Member.__table__.columns)
    assert set(_STAGED) | set(_FIXED) == set(_MEMBER_COLUMNS) and not set(_STAGED) & set(_FIXED)
