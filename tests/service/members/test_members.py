import datetime as dt
from decimal import Decimal

import pytest

from union_desk.core.members import EventKind
from union_desk.core.roles import Role
from union_desk.errors import Conflict, PermissionDenied, ValidationError
from union_desk.services.history import HistoryService
from union_desk.services.members.dto import MemberFilter
from union_desk.services.members.service import MembersService
from union_desk.services.setup import SetupService

from tests.service.conftest import as_role

ZHANG = {"name": "张伟", "id_number": "11010519491231002X", "phone": "13812345678",
         "monthly_wage": "4567.89", "joined_on": "2010-05-01"}


def _branch(ctx, name="第一分会"):
    return next(b.id for b in SetupService(ctx).branches() if b.name == name)


def test_create_masks_for_clerk_and_records_join_event(clerk):
    svc = MembersService(clerk)
    m = svc.create({**ZHANG, "branch_id": _branch(clerk)})
    assert m.id_number == "110105********002X" and m.phone == "138****5678"
    assert m.gender == "女" and m.monthly_wage == Decimal("4567.89")
    history = HistoryService(clerk).member_history(m.id)
    assert [h.title for h in history if h.kind == "event"] == ["入会"]
    assert any(h.title == "新建会员" for h in history)


def test_one_member_per_id_number(clerk):
    svc = MembersService(clerk)
    svc.create(ZHANG)
    with pytest.raises(Conflict):
        svc.create({**ZHANG, "name": "张薇"})


def test_invalid_input_saves_nothing(clerk):
    svc = MembersService(clerk)
    with pytest.raises(ValidationError) as err:
        svc.create({**ZHANG, "id_number": "110105194912310021"})
    assert "校验位" in err.value.field_errors["id_number"]
    assert svc.query_ids() == []


def test_update_writes_field_level_audit_and_outbox(clerk, office):
    svc = MembersService(clerk)
    m = svc.create(ZHANG)
    svc.update(m.id, {"phone": "13900001111", "education": "大学本科"})
    items = HistoryService(as_role(office, Role.ADMIN)).member_history(m.id)
    changes = [h.detail for h in items if h.title == "修改会员"]
    assert any("手机号码：13812345678 → 13900001111" in c for c in changes)
    import sqlite3

    con = sqlite3.connect(office.path)
    kinds = con.execute("select kind from outbox where entity='member' order by seq").fetchall()
    assert kinds == [("upsert",), ("upsert",)]


def test_status_changes_follow_the_rules_and_keep_history(clerk, office):
    svc = MembersService(clerk)
    m = svc.create(ZHANG)
    m = svc.change_status(m.id, EventKind.RETAIN, event_date=dt.date(2024, 1, 1), reason="退休")
    assert m.status == "保留会籍" and m.person_status == "离退休"
    with pytest.raises(ValidationError, match="不能办理"):
        svc.change_status(m.id, EventKind.AUTO_WITHDRAW, event_date=dt.date(2024, 2, 1),
                          reason="欠费", approver="李主席")
    with pytest.raises(ValidationError, match="晚于今天"):
        svc.change_status(m.id, EventKind.RESTORE, event_date=dt.date.today() + dt.timedelta(days=3))
    events = [h.title for h in HistoryService(clerk).member_history(m.id) if h.kind == "event"]
    assert events == ["入会", "保留会籍"]


def test_transfer_in_matches_on_id_number(clerk):
    svc = MembersService(clerk)
    m = svc.create(ZHANG)
    svc.change_status(m.id, EventKind.TRANSFER_OUT, event_date=dt.date(2025, 3, 1),
                      reason="调动", other_union="某某公司工会")
    back = svc.transfer_in({"id_number": ZHANG["id_number"].lower(), "name": "张伟"},
                           event_date=dt.date(2026, 1, 5), other_union="某某公司工会")
    assert back.id == m.id and back.status == "在会"
    assert len(svc.query_ids()) == 1


def test_clerk_cannot_read_or_write_bank_fields_even_through_the_api(office):
    clerk = MembersService(as_role(office, Role.CLERK))
    m = clerk.create(ZHANG)
    assert clerk.get(m.id).bank_account is None
    with pytest.raises(PermissionDenied):
        clerk.update(m.id, {"bank_account": "6222020200000000000"})
    officer = MembersService(as_role(office, Role.HARDSHIP))
    officer_ctx_update = as_role(office, Role.ADMIN)
    with pytest.raises(PermissionDenied):
        MembersService(officer_ctx_update).update(m.id, {"bank_account": "6222"})
    assert officer.get(m.id).bank_account == ""


def test_reveal_needs_permission_and_is_logged(office):
    m = MembersService(as_role(office, Role.CLERK)).create(ZHANG)
    with pytest.raises(PermissionDenied):
        MembersService(as_role(office, Role.CLERK)).reveal(m.id)
    full = MembersService(as_role(office, Role.APPROVER, "chair")).reveal(m.id)
    assert full.id_number == "11010519491231002X"
    total, rows = HistoryService(as_role(office, Role.ADMIN)).audit_log(actor="chair")
    assert rows[0].action == "查看完整号码"


def test_viewer_cannot_write(office):
    with pytest.raises(PermissionDenied):
        MembersService(as_role(office, Role.VIEWER)).create(ZHANG)


def _people(svc, names):
    import random

    from union_desk.core.idcard import check_char

    rng = random.Random(5)
    ids = {}
    for i, name in enumerate(names):
        first17 = f"110105198{rng.randint(0, 9)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}{i:03d}"
        ids[name] = svc.create({"name": name, "id_number": first17 + check_char(first17),
                                "phone": f"1391234{i:04d}"}).id
    return ids


def test_search_by_name_pinyin_initials_and_fragments(clerk):
    svc = MembersService(clerk)
    ids = _people(svc, ["张伟", "张薇薇", "王芳", "李娜", "赵张"])
    names = lambda q: [r.name for r in svc.rows(svc.query_ids(MemberFilter(text=q)))]  # noqa: E731
    assert names("张") == ["张伟", "张薇薇", "赵张"]   # in pinyin order: zhang wei < zhang wei wei < zhao
    assert names("zw") == ["张伟", "张薇薇"]
    assert names("wangfang") == ["王芳"]
    assert names("13912340003") == ["李娜"]
    detail = svc.get(ids["王芳"])
    assert names(detail.id_number[-4:]) == ["王芳"]
    assert names("张 w") == ["张伟", "张薇薇"]          # every term must match
    assert names("nobody") == []


def test_search_sees_changes_made_after_the_index_was_built(clerk):
    svc = MembersService(clerk)
    ids = _people(svc, ["王芳"])
    assert svc.query_ids(MemberFilter(text="wf")) == [ids["王芳"]]
    svc.update(ids["王芳"], {"name": "王方"})
    svc.create({"name": "吴飞", "id_number": "440524188001010014"})
    found = svc.rows(svc.query_ids(MemberFilter(text="wf")))
    assert [r.name for r in found] == ["王方", "吴飞"]


def test_names_sort_by_pinyin(clerk):
    svc = MembersService(clerk)
    _people(svc, ["赵一", "阿三", "王二", "李四"])
    assert [r.name for r in svc.rows(svc.query_ids())] == ["阿三", "李四", "王二", "赵一"]
    desc = svc.query_ids(sort="name", descending=True)
    assert [r.name for r in svc.rows(desc)][0] == "赵一"


def test_filters_by_branch_including_groups(clerk):
    svc = MembersService(clerk)
    branches = {b.full_name: b.id for b in SetupService(clerk).branches()}
    ids = _people(svc, ["甲", "乙"])
    svc.update(ids["甲"], {"branch_id": branches["第二分会/第一小组"]})
    found = svc.query_ids(MemberFilter(branch_id=branches["第二分会"]))
    assert found == [ids["甲"]]


def test_transfer_out_prints_a_slip_pdf_with_the_member_and_the_other_union(clerk, office, tmp_path):
    from pypdf import PdfReader

    from union_desk.services.members.slip import print_transfer_slip

    svc = MembersService(clerk)
    m = svc.create(ZHANG)
    with pytest.raises(ValidationError, match="没有转出记录"):
        print_transfer_slip(clerk, m.id, tmp_path / "x.pdf")
    svc.change_status(m.id, EventKind.TRANSFER_OUT, event_date=dt.date(2025, 3, 1),
                      reason="工作调动", other_union="某区机关工会")
    out = print_transfer_slip(clerk, m.id, tmp_path / "接转.pdf")
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "会员组织关系接转介绍信" in text and "某区机关工会" in text and "张伟" in text
    assert "110105********002X" in text          # a clerk prints the masked number
    full = print_transfer_slip(as_role(office, Role.APPROVER), m.id, tmp_path / "full.pdf")
    assert "11010519491231002X" in "".join(p.extract_text() for p in PdfReader(full).pages)


def test_outbox_of_a_new_row_carries_column_defaults_not_nulls(clerk, office):
    import json
    import sqlite3

    m = MembersService(clerk).create({"name": "王芳", "id_number": "11010519491231002X"})
    con = sqlite3.connect(office.path)
    fields = json.loads(con.execute("select fields from outbox where entity='member' and entity_id=?",
                                    (m.id,)).fetchone()[0])
    assert fields["member_no"] == "" and fields["remark"] == "" and fields["person_status"] == "在职"
    event = json.loads(con.execute("select fields from outbox where entity='member_event'").fetchone()[0])
    assert event["approver"] == "" and event["other_union"] == ""


def test_search_index_built_in_chunks_finds_the_same_in_pinyin_order(clerk, monkeypatch):
    import union_desk.services.members.search as ms

    svc = MembersService(clerk)
    _people(svc, ["张伟", "张薇薇", "王芳", "李娜", "赵张", "阿三", "吴飞"])
    monkeypatch.setattr(ms, "CHUNK", 2)          # 7 members -> 4 chunks
    ms._INDEXES.clear()
    names = lambda q: [r.name for r in svc.rows(svc.query_ids(MemberFilter(text=q)))]  # noqa: E731
    assert names("张") == ["张伟", "张薇薇", "赵张"]
    assert names("a") == ["阿三", "李娜", "王芳", "张伟", "张薇薇", "赵张"]
    assert names("wf") == ["王芳", "吴飞"]


def test_a_retired_copy_does_not_hold_the_id_number(clerk):
    """Only live members hold a 公民身份号码: a retired copy (an undone import, a merged
    duplicate) does not stop the person being registered again."""
    from sqlalchemy import select

    from union_desk.db.models import Member

    svc = MembersService(clerk)
    first = svc.create({"name": "张伟", "id_number": "11010519491231002X"})
    with clerk.uow() as s:
        s.get(Member, first.id).deleted = True
    again = svc.create({"name": "张伟", "id_number": "11010519491231002X"})
    assert again.id != first.id
    with clerk.read() as s:
        live = s.scalars(select(Member.id).where(Member.id_number == "11010519491231002X",
                                                 Member.deleted.is_(False))).all()
    assert live == [again.id]


def test_a_refused_transfer_in_leaves_the_member_as_it_was(clerk, office):
    """转入 of someone still 在会 is refused, and the fields sent with it are not saved either."""
    svc = MembersService(clerk)
    m = svc.create(ZHANG)
    with pytest.raises(ValidationError, match="不能办理"):
        svc.transfer_in({"id_number": ZHANG["id_number"], "name": "张伟", "education": "大学本科",
                         "phone": "13900001111"},
                        event_date=dt.date(2026, 1, 5), other_union="某某公司工会")
    after = MembersService(as_role(office, Role.ADMIN)).reveal(m.id)
    assert (after.education, after.phone, after.status) == ("", "13812345678", "在会")
    items = HistoryService(as_role(office, Role.ADMIN)).member_history(m.id)
    assert not [h for h in items if h.title == "修改会员"]
