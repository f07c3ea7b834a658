import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from union_desk.core.roles import Role
from union_desk.db.models import DuesPayment, Outbox
from union_desk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from union_desk.services.dues.charges import DuesChargeService
from union_desk.services.dues.dto import BatchEntry
from union_desk.services.dues.ledger import DuesLedgerService
from union_desk.services.dues.payments import DuesPaymentService, PaymentInput

from tests.service.conftest import as_role
from tests.service.dues.test_dues_support import add_member


def n_payments(ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(DuesPayment))


def test_record_payment_and_ledger(clerk):
    a = add_member(clerk, wage="4567.89")
    DuesChargeService(clerk).generate_month("2026-09")
    DuesChargeService(clerk).generate_month("2026-10")
    pay = DuesPaymentService(clerk)
    p = pay.record_payment(a, "45.60", ["2026-10", "2026-09"], dt.date(2026, 10, 20), "现金", "R-001")
    assert p.months == ("2026-09", "2026-10") and p.amount == D("45.60")
    assert p.recorded_by == "clerk1"
    led = DuesLedgerService(clerk).member_ledger(a)
    assert [(m.month, m.due, m.paid, m.balance) for m in led.months] == [
        ("2026-09", D("22.80"), D("22.80"), D("0.00")), ("2026-10", D("22.80"), D("22.80"), D("0.00"))]
    assert led.balance == D("0.00")
    with clerk.read() as s:
        kinds = set(s.scalars(select(Outbox.kind).where(Outbox.entity == "dues_payment")))
    assert kinds == {"append"}


@pytest.mark.parametrize("amount,months,word", [
    ("-5", ["2026-10"], "负数"), ("abc", ["2026-10"], "不是数字"), ("22.805", ["2026-10"], "两位小数"),
    ("0", ["2026-10"], "大于 0"), ("22.80", ["2099-01"], "还没有到"), ("22.80", [], "请选择"),
    ("22.80", ["2019-12"], "不是应缴会费的会员"),
])
def test_bad_payment_records_nothing(clerk, amount, months, word):
    a = add_member(clerk, joined_on=dt.date(2020, 1, 1))
    with pytest.raises(ValidationError, match=word):
        DuesPaymentService(clerk).record_payment(a, amount, months)
    assert n_payments(clerk) == 0


def test_payment_for_non_member_rejected(clerk):
    retired = add_member(clerk, status="保留会籍")
    with pytest.raises(ValidationError, match="不是应缴会费的会员"):
        DuesPaymentService(clerk).record_payment(retired, "10", ["2026-10"])
    with pytest.raises(NotFound):
        DuesPaymentService(clerk).record_payment("nobody", "10", ["2026-10"])
    with pytest.raises(ValidationError, match="晚于今天"):
        DuesPaymentService(clerk).record_payment(
            add_member(clerk), "10", ["2026-10"], dt.date.today() + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="缴费方式"):
        DuesPaymentService(clerk).record_payment(add_member(clerk), "10", ["2026-10"], method="支票")
    assert n_payments(clerk) == 0


def test_reversal_with_replacement_never_edits(clerk):
    a = add_member(clerk, wage="4567.89")
    DuesChargeService(clerk).generate_month("2026-10")
    pay = DuesPaymentService(clerk)
    wrong = pay.record_payment(a, "28.20", ["2026-10"])
    res = pay.reverse_payment(wrong.id, "金额录错", PaymentInput("22.80", ["2026-10"], method="转账"))
    assert res.reversal.amount == D("-28.20") and res.reversal.reverses_id == wrong.id
    assert res.replacement.amount == D("22.80")
    listed = {p.id: p for p in pay.payments(a)}
    assert listed[wrong.id].amount == D("28.20") and listed[wrong.id].reversed_by == res.reversal.id
    assert DuesLedgerService(clerk).member_ledger(a).balance == D("0.00")
    with pytest.raises(Conflict, match="已经冲销"):
        pay.reverse_payment(wrong.id, "again")
    with pytest.raises(Conflict, match="不能再冲销"):
        pay.reverse_payment(res.reversal.id, "again")
    with pytest.raises(ValidationError, match="原因"):
        pay.reverse_payment(res.replacement.id, " ")


def test_failed_replacement_rolls_back_the_reversal(clerk):
    a = add_member(clerk)
    pay = DuesPaymentService(clerk)
    p = pay.record_payment(a, "10", ["2026-10"])
    with pytest.raises(ValidationError):
        pay.reverse_payment(p.id, "更正", PaymentInput("-3", ["2026-10"]))
    assert n_payments(clerk) == 1


def test_multi_month_payment_allocation_and_overpayment(clerk):
    a = add_member(clerk, wage="4567.89")
    for m in ("2026-07", "2026-08", "2026-09"):
        DuesChargeService(clerk).generate_month(m)
    DuesPaymentService(clerk).record_payment(a, "70.00", ["2026-07", "2026-08", "2026-09"])
    months = DuesLedgerService(clerk).member_ledger(a).months
    assert [m.paid for m in months] == [D("22.80"), D("22.80"), D("24.40")]
    assert months[-1].balance == D("-1.60")
    grid = {g.member_id: g for g in DuesPaymentService(clerk).batch_grid("2026-09")}
    assert (grid[a].paid, grid[a].owed) == (D("24.40"), D("0.00"))
    assert DuesLedgerService(clerk).branch_summary("2026-08").total.paid == D("22.80")


def test_batch_grid_and_save(clerk):
    a = add_member(clerk, "甲", wage="4567.89")
    b = add_member(clerk, "乙", wage="4501.00")
    c = add_member(clerk, "丙", wage="3000")
    add_member(clerk, "退休", status="保留会籍")
    pay = DuesPaymentService(clerk)
    grid = {g.member_id: g for g in pay.batch_grid("2026-10")}
    assert set(grid) == {a, b, c}
    assert grid[a].due == D("22.80") and grid[a].paid == D("0.00")
    assert "*" in grid[a].id_number  # masked
    res = pay.save_batch("2026-10", [BatchEntry(a), BatchEntry(b, "20.00", "现金", "R9")],
                         dt.date(2026, 10, 31))
    assert (res.recorded, res.total) == (2, D("42.80"))
    grid = {g.member_id: g for g in pay.batch_grid("2026-10")}
    assert (grid[a].paid, grid[a].owed) == (D("22.80"), D("0.00"))
    assert (grid[b].paid, grid[b].owed) == (D("20.00"), D("2.50"))
    # ticking a settled row again adds nothing
    assert pay.save_batch("2026-10", [BatchEntry(a)]).recorded == 0


def test_batch_with_one_bad_row_saves_nothing(clerk):
    a = add_member(clerk)
    b = add_member(clerk)
    retired = add_member(clerk, status="保留会籍")
    pay = DuesPaymentService(clerk)
    for bad in ([BatchEntry(a), BatchEntry(b, "abc")], [BatchEntry(a), BatchEntry(b, "-1")],
                [BatchEntry(a), BatchEntry(b, "1.234")], [BatchEntry(a), BatchEntry(retired)],
                [BatchEntry(a), BatchEntry(a)], [BatchEntry(a, method="支票")]):
        with pytest.raises(ValidationError) as err:
            pay.save_batch("2026-10", bad)
        assert err.value.field_errors
    with pytest.raises(ValidationError, match="还没有到"):
        pay.save_batch("2099-10", [BatchEntry(a)])
    assert n_payments(clerk) == 0


def test_viewer_reads_but_cannot_pay(office, clerk):
    a = add_member(clerk)
    viewer = as_role(office, Role.VIEWER)
    assert len(DuesPaymentService(viewer).batch_grid("2026-10")) == 1
    with pytest.raises(PermissionDenied):
        DuesPaymentService(viewer).record_payment(a, "1", ["2026-10"])
    with pytest.raises(PermissionDenied):
        DuesPaymentService(viewer).save_batch("2026-10", [BatchEntry(a)])


def test_batch_default_amount_counts_multi_month_entries(clerk):
    a = add_member(clerk, wage="4567.89")
    b = add_member(clerk, wage="4567.89")
    for m in ("2026-09", "2026-10"):
        DuesChargeService(clerk).generate_month(m)
    pay = DuesPaymentService(clerk)
    pay.record_payment(a, "30.00", ["2026-09", "2026-10"])   # Oct gets 7.20
    pay.record_payment(b, "50.00", ["2026-09", "2026-10"])   # Oct fully paid (27.20)
    res = pay.save_batch("2026-10", [BatchEntry(a), BatchEntry(b)])
    assert (res.recorded, res.total) == (1, D("15.60"))
    assert DuesLedgerService(clerk).member_ledger(a).balance == D("0.00")
