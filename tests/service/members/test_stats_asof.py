from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from union_desk.core.members import EventKind as K
from union_desk.db.models import MemberEvent
from union_desk.errors import PermissionDenied, ValidationError
from union_desk.services.members.stats import MemberStatsService
from union_desk.services.overview import OverviewService
from union_desk.services.reporting.service import ReportService
from tests.service.reporting.test_report_data import add_member

D = dt.date


@pytest.fixture
def union(office):
    """Six people with a history; later events must not change earlier figures."""
    db = office
    add_member(db, "张伟", joined=D(2020, 3, 1), branch="第一分会", birth=D(1970, 1, 1))
    add_member(db, "王芳", joined=D(2021, 6, 1), branch="第一分会", female=True, migrant=True,
               birth=D(1995, 7, 1), events=((K.RETAIN, D(2024, 2, 1)),))
    add_member(db, "李娜", joined=D(2022, 1, 10), branch="第一小组", female=True, education="研究生",
               political="中共党员", events=((K.WITHDRAW, D(2024, 5, 20)),))
    add_member(db, "刘强", joined=D(2024, 3, 15), branch="第二分会",
               events=((K.TRANSFER_OUT_START, D(2024, 9, 1)), (K.TRANSFER_OUT, D(2024, 10, 8))))
    add_member(db, "陈静", joined=D(2025, 2, 1), branch="第二分会", female=True, join_kind=K.TRANSFER_IN)
    add_member(db, "已删除", joined=D(2020, 1, 1), branch="第二分会", deleted=True)
    return db


def stats(admin, day, start=None):
    return MemberStatsService(admin).compute(day, start)


def test_as_of_past_dates_ignore_later_events(union, admin):
    r = stats(admin, D(2023, 12, 31))
    f = r.figures
    assert (f.total, f.female, f.migrant, f.retained) == (3, 2, 1, 0)
    assert f.new_joiners == 0 and f.start_total == 3  # nobody joined in 2023
    # 第一小组 belongs to 第二分会 and rolls up into it
    assert [(b.name, b.total) for b in f.by_branch] == [("第一分会", 2), ("第二分会", 1)]
    assert f.by_education["研究生"] == 1 and f.by_political["中共党员"] == 1
    assert r.ok, r.failed


def test_year_with_joins_exits_and_retained(union, admin):
    f = stats(admin, D(2024, 12, 31)).figures
    assert f.total == 2 and f.retained == 1          # 张伟 + 王芳 (保留会籍)
    assert f.start_total == 3
    assert f.new_joiners == 1 and f.new_by_kind["入会"] == 1
    assert f.exits_by_reason == {"转出": 1, "退会": 1, "自动退会": 0, "开除": 0}
    assert f.start_total + f.joins - f.exits == f.total


def test_mid_transfer_counts_as_member(union, admin):
    f = stats(admin, D(2024, 9, 15)).figures
    assert f.transferring == 1 and f.total == 3
    assert {b.name: b.total for b in f.by_branch}["第二分会"] == 1


def test_age_bands_and_pyramid(union, admin):
    f = stats(admin, D(2025, 3, 1)).figures
    assert f.total == 3  # 张伟, 王芳, 陈静 (转入)
    assert f.by_age["55岁及以上"] == 1 and f.by_age["35岁以下"] == 2
    assert f.by_age_gender["35岁以下"] == (0, 2)
    assert f.new_by_kind["转入"] == 1


def test_period_start_after_as_of_rejected(union, admin):
    with pytest.raises(ValidationError):
        stats(admin, D(2024, 1, 1), D(2024, 6, 1))


def test_signed_out_is_refused(union):
    from union_desk.services.context import ServiceContext
    with pytest.raises(PermissionDenied):
        MemberStatsService(ServiceContext(union)).compute(D(2024, 1, 1))


def test_inconsistent_events_fail_balance_and_block_export(union, admin, tmp_path):
    # a hand-edited event whose "before" status does not follow the chain
    with union.sessions() as s, s.begin():
        s.execute(update(MemberEvent).where(MemberEvent.kind == "退会").values(status_before="退会"))
    r = stats(admin, D(2024, 12, 31))
    assert [c.rule for c in r.failed] == ["exits_sum", "balance"]
    with pytest.raises(ValidationError) as exc:
        ReportService(admin).export("member-stats", tmp_path / "s.xlsx", as_of=D(2024, 12, 31))
    assert "balance" in exc.value.message and exc.value.code == "stats_check_failed"
    assert not (tmp_path / "s.xlsx").exists()


def test_overview_dto(union, admin):
    o = OverviewService(admin).overview(D(2024, 12, 31))
    assert o.members == 2 and o.union_name == "示例公司工会"
    assert o.members_by_branch[0][0] == "第一分会"
    assert dict((b, (m, w)) for b, m, w in o.age_pyramid)["35岁以下"] == (0, 1)
    assert len(o.dues_12_months) in (0, 12)


def test_non_standard_codes_are_counted_as_other(office, admin):
    add_member(office, "赵博", joined=D(2020, 1, 1), education="博士", political="")
    f = stats(admin, D(2024, 1, 1)).figures
    assert f.by_education["其他"] == 1 and f.by_political["未填"] == 1
