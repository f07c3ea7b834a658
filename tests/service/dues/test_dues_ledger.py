import datetime as dt
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from union_desk.services.dues.charges import DuesChargeService
from union_desk.services.dues.dto import BatchEntry
from union_desk.services.dues.funds import UnionFundsService
from union_desk.services.dues.ledger import DuesLedgerService
from union_desk.services.dues.payments import DuesPaymentService
from union_desk.services.dues.reports import DuesReportService
from union_desk.services.settings import SettingsService

from tests.service.dues.test_dues_support import add_member, branch_id


def run_months(ctx, months, pay=()):
    for m in months:
        DuesChargeService(ctx).generate_month(m)
        if pay:
            DuesPaymentService(ctx).save_batch(m, [BatchEntry(x) for x in pay])


def months_of(year, first, last):
    return [f"{year}-{m:02d}" for m in range(first, last + 1)]


def test_arrears_carried_across_years(clerk):
    a = add_member(clerk, "欠费人", wage="4567.89")
    b = add_member(clerk, "按时交", wage="4567.89")
    run_months(clerk, months_of(2025, 11, 12) + months_of(2026, 1, 2), pay=[b])
    rows = DuesLedgerService(clerk).arrears("2026-02")
    assert [r.member_id for r in rows] == [a]
    assert rows[0].months_owed == ("2025-11", "2025-12", "2026-01", "2026-02")
    assert rows[0].amount_owed == D("91.20") and rows[0].consecutive_unpaid == 4
    led = DuesLedgerService(clerk).member_ledger(a, year=2026)
    assert [m.month for m in led.months] == ["2026-01", "2026-02"]
    assert led.balance == D("91.20")  # the all-time balance includes 2025
    assert DuesLedgerService(clerk).arrears("2026-02", branch_id(clerk, "第二分会")) == []


def test_auto_withdraw_candidates_after_six_unpaid_months(clerk, admin):
    six = add_member(clerk, "六个月", wage="3000")
    five = add_member(clerk, "五个月", wage="3000")
    run_months(clerk, months_of(2026, 1, 1), pay=[six])
    run_months(clerk, months_of(2026, 2, 7))
    DuesPaymentService(clerk).record_payment(five, "15", ["2026-02"])
    svc = DuesLedgerService(clerk)
    cands = svc.auto_withdraw_candidates("2026-07")
    assert [(c.member_id, c.consecutive_unpaid) for c in cands] == [(six, 6)]
    SettingsService(admin).set("dues.arrears_alert_months", 5, dt.date(2020, 1, 1))
    assert {c.member_id for c in svc.auto_withdraw_candidates("2026-07")} == {six, five}
    # listing changes nothing: both are still 在会
    assert {r.status for r in svc.arrears("2026-07")} == {"在会"}


def test_branch_summary(clerk):
    a = add_member(clerk, wage="4000", branch="第一分会")
    add_member(clerk, wage="4000", branch="第一分会")
    c = add_member(clerk, wage="6000", branch="第二分会")
    run_months(clerk, ["2026-10"])
    DuesPaymentService(clerk).save_batch("2026-10", [BatchEntry(a), BatchEntry(c, "10")])
    dto = DuesLedgerService(clerk).branch_summary("2026-10")
    rows = {r.branch_name: r for r in dto.rows}
    one, two = rows["第一分会"], rows["第二分会"]
    assert (one.headcount, one.paid_count, one.due, one.paid, one.owed, one.rate) == (
        2, 1, D("40.00"), D("20.00"), D("20.00"), D("50.0"))
    assert (two.due, two.paid, two.owed) == (D("30.00"), D("10.00"), D("20.00"))
    assert (dto.total.headcount, dto.total.due, dto.total.paid) == (3, D("70.00"), D("30.00"))
    assert dto.union_name == "示例公司工会"


def test_annual_ledger_rows_and_reports(clerk, tmp_path):
    full = add_member(clerk, "全年", wage="4567.89")
    joiner = add_member(clerk, "年中入会", wage="5000", joined_on=dt.date(2026, 4, 3),
                        events=[(dt.date(2026, 4, 3), "入会", "", "在会")])
    run_months(clerk, months_of(2026, 1, 10), pay=[full])
    DuesPaymentService(clerk).record_payment(joiner, "100", ["2026-04"])
    dto = DuesLedgerService(clerk).annual_ledger(2026)
    rows = {r.member_id: r for r in dto.rows}
    assert (rows[full].months, rows[full].year_due, rows[full].owed) == (10, D("228.00"), D("0.00"))
    j = rows[joiner]
    assert (j.months, j.monthly_due, j.year_due, j.paid, j.owed) == (
        7, D("25.00"), D("175.00"), D("100.00"), D("75.00"))
    assert "入会 2026-04" in j.remark
    assert (dto.headcount, dto.paying_headcount, dto.total_due) == (2, 2, D("403.00"))

    rep = DuesReportService(clerk)
    xlsx = rep.annual_ledger(2026, tmp_path / "台账.xlsx")
    ws = load_workbook(xlsx.path).active
    texts = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("示例公司工会" in str(t) and "会费收缴台账" in str(t) for t in texts)
    assert any("缴费人数：2" in str(t) for t in texts)
    header = [c.value for c in ws[3]]
    assert header == ["序号", "姓名", "分会", "缴费基数", "月应缴", "月数", "年应缴", "实缴", "欠缴", "备注"]
    pdf = rep.annual_ledger(2026, tmp_path / "台账.pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf.path).pages)
    assert "示例公司工会" in text and "第 1 页" in text and "全年" in text
    # the dues ledger is signed by 经办人, 工会主席 and 财务 (domain.md §2(b))
    assert "经办人" in text and "财务" in text and "审核人" not in text
    signed = [str(c.value) for row in ws.iter_rows() for c in row if c.value and "经办人" in str(c.value)]
    assert signed and "财务" in signed[0]


def test_arrears_and_summary_reports_keep_ids_as_masked_text(clerk, tmp_path):
    add_member(clerk, "欠费人", wage="4000", id_number="11010519491231002X")
    run_months(clerk, ["2026-09", "2026-10"])
    rep = DuesReportService(clerk)
    out = rep.arrears(tmp_path / "欠缴.xlsx", "2026-10")
    ws = load_workbook(out.path).active
    ids = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "****" in c.value]
    assert ids and all(c.data_type == "s" for c in ids)
    assert ids[0].value == "110105********002X"
    assert "2026-09至2026-10" in [c.value for row in ws.iter_rows() for c in row]
    assert rep.branch_summary("2026-10", tmp_path / "汇总.pdf").rows == 2  # 第一分会 + 合计


def test_funds_record_and_report(clerk, tmp_path):
    svc = UnionFundsService(clerk)
    r = svc.record("2026-10", "1,234,567.89", dt.date(2026, 10, 15))
    assert (r.amount, r.upper_amount, r.basic_amount) == (D("24691.36"), D("9876.54"), D("14814.82"))
    again = svc.record("2026-10", "1000000")  # a correction replaces the month's record
    assert again.id == r.id and again.amount == D("20000.00")
    assert [x.month for x in svc.year(2026)] == ["2026-10"]
    with pytest.raises(Exception, match="不是数字"):
        svc.record("2026-09", "一百万")
    out = DuesReportService(clerk).funds(2026, tmp_path / "经费.xlsx")
    assert out.rows == 2
