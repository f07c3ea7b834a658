import datetime as dt
import json
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from union_desk.core.roles import Role
from union_desk.db.models import AuditEntry, DuesCharge, Outbox
from union_desk.errors import PermissionDenied, ValidationError
from union_desk.services.dues.charges import DuesChargeService
from union_desk.services.dues.payments import DuesPaymentService

from tests.service.conftest import as_role
from tests.service.dues.test_dues_support import add_member, set_rule


def charges(ctx, month=None):
    with ctx.read() as s:
        q = select(DuesCharge).where(DuesCharge.deleted.is_(False))
        if month:
            q = q.where(DuesCharge.month == month)
        return {(c.member_id, c.month): c for c in s.scalars(q)}


def test_generate_national_default_and_idempotent(clerk):
    a = add_member(clerk, "张三", wage="4567.89")
    b = add_member(clerk, "李四", wage="4501.00")
    svc = DuesChargeService(clerk)
    r1 = svc.generate_month("2026-10")
    assert (r1.rule, r1.created, r1.total_due) == ("national", 2, D("45.30"))
    r2 = svc.generate_month("2026-10")
    assert (r2.created, r2.unchanged, r2.recomputed) == (0, 2, 0)
    ch = charges(clerk, "2026-10")
    assert ch[(a, "2026-10")].amount == D("22.80")
    assert ch[(b, "2026-10")].amount == D("22.50")
    with clerk.read() as s:
        outbox = s.scalar(select(func.count()).select_from(Outbox).where(Outbox.entity == "dues_charge"))
        audits = s.scalars(select(AuditEntry.new_value)
                           .where(AuditEntry.entity == "dues_charge", AuditEntry.action == "bulk")).all()
    # one op per charge for the server; one audit row for the generation, none for the rerun
    assert outbox == 2 and [json.loads(a) for a in audits] == [{"generate_month": "2026-10", "rows": 2}]


def test_payroll_rule_from_its_effective_date(clerk, admin):
    a = add_member(clerk, wage="4501.00")
    set_rule(admin, "payroll", dt.date(2026, 9, 15))  # takes effect for the whole of September
    svc = DuesChargeService(clerk)
    assert svc.generate_month("2026-08").rule == "national"
    assert svc.generate_month("2026-09").rule == "payroll"
    ch = charges(clerk)
    assert ch[(a, "2026-08")].amount == D("22.50")
    assert ch[(a, "2026-09")].amount == D("22.51")


def test_changed_base_recomputes_unpaid_charge_with_audit(clerk):
    a = add_member(clerk, wage="4567.89")
    svc = DuesChargeService(clerk)
    svc.generate_month("2026-09")
    svc.set_wage_base(a, "6000", dt.date(2026, 9, 1), "事业")
    r = svc.generate_month("2026-09")
    assert (r.recomputed, r.created) == (1, 0)
    ch = charges(clerk)[(a, "2026-09")]
    assert (ch.base, ch.amount) == (D("6000.00"), D("30.00"))
    with clerk.read() as s:
        rows = s.execute(select(AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
                         .where(AuditEntry.entity_id == ch.id, AuditEntry.action == "update")).all()
    assert ("amount", "22.80", "30.00") in rows
    assert [b.pay_system for b in svc.wage_bases(a)] == ["事业"]


def test_changed_base_after_payment_keeps_charge(clerk):
    a = add_member(clerk, wage="4567.89")
    svc = DuesChargeService(clerk)
    svc.generate_month("2026-09")
    DuesPaymentService(clerk).record_payment(a, "22.80", ["2026-09"])
    svc.set_wage_base(a, "6000", dt.date(2026, 1, 1))
    r = svc.generate_month("2026-09")
    assert (r.kept_paid, r.recomputed) == (1, 0)
    assert charges(clerk)[(a, "2026-09")].amount == D("22.80")


def test_base_history_picks_the_one_in_force(clerk):
    a = add_member(clerk, wage=None)
    svc = DuesChargeService(clerk)
    svc.set_wage_base(a, "3000", dt.date(2026, 1, 1))
    svc.set_wage_base(a, "5000", dt.date(2026, 7, 15))
    svc.generate_month("2026-06")
    svc.generate_month("2026-07")
    ch = charges(clerk)
    assert ch[(a, "2026-06")].amount == D("15.00")
    assert ch[(a, "2026-07")].amount == D("25.00")


def test_joiners_and_leavers_mid_year(clerk):
    joiner = add_member(clerk, "新会员", joined_on=dt.date(2026, 4, 28), wage="5000",
                        events=[(dt.date(2026, 4, 28), "入会", "", "在会")])
    retiree = add_member(clerk, "退休者", status="保留会籍", wage="5000",
                         events=[(dt.date(2026, 6, 30), "保留会籍", "在会", "保留会籍")])
    quitter = add_member(clerk, "退会者", status="退会", wage="5000",
                         events=[(dt.date(2026, 8, 1), "退会", "在会", "退会")])
    owing = {}
    for m in range(3, 10):
        month = f"2026-{m:02d}"
        DuesChargeService(clerk).generate_month(month)
        owing[month] = {mid for mid, _ in charges(clerk, month)}
    assert joiner not in owing["2026-03"] and joiner in owing["2026-04"]
    assert retiree in owing["2026-06"] and retiree not in owing["2026-07"]
    assert quitter in owing["2026-08"] and quitter not in owing["2026-09"]


def test_backdated_exit_removes_unpaid_charge(clerk):
    a = add_member(clerk, wage="5000")
    svc = DuesChargeService(clerk)
    svc.generate_month("2026-08")
    with clerk.uow() as s:  # the members service records a retirement back-dated to July
        from union_desk.db.base import now_ms
        from union_desk.db.models import Member, MemberEvent
        s.add(MemberEvent(member_id=a, kind="保留会籍", event_date=dt.date(2026, 7, 10),
                          status_before="在会", status_after="保留会籍", recorded_ms=now_ms()))
        s.get(Member, a).status = "保留会籍"
    r = svc.generate_month("2026-08")
    assert r.removed == 1
    assert (a, "2026-08") not in charges(clerk)


def test_members_without_base_are_reported(clerk):
    a = add_member(clerk, wage=None)
    r = DuesChargeService(clerk).generate_month("2026-10")
    assert r.missing_base == (a,) and r.created == 0


def test_future_month_and_bad_input_rejected(clerk):
    a = add_member(clerk)
    svc = DuesChargeService(clerk)
    nxt = dt.date.today().replace(day=1) + dt.timedelta(days=32)
    with pytest.raises(ValidationError, match="还没有到"):
        svc.generate_month(f"{nxt.year}-{nxt.month:02d}")
    with pytest.raises(ValidationError, match="YYYY-MM"):
        svc.generate_month("十月")
    for bad in ("-1", "abc", "1.001"):
        with pytest.raises(ValidationError):
            svc.set_wage_base(a, bad, dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="工资类别"):
        svc.set_wage_base(a, "100", dt.date(2026, 1, 1), "外企")
    assert svc.wage_bases(a) == [] and charges(clerk) == {}


def test_permissions(office):
    viewer = as_role(office, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        DuesChargeService(viewer).generate_month("2026-10")
    hardship = as_role(office, Role.HARDSHIP)
    with pytest.raises(PermissionDenied):
        DuesChargeService(hardship).set_wage_base("x", "1", dt.date(2026, 1, 1))
