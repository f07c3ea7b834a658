import datetime as dt
from decimal import Decimal as D

import pytest

from union_desk.core import dues as r
from union_desk.core.dues import StatusEvent as E

RATE = D("0.005")


def test_national_rule_floors_base_to_ten_yuan():
    assert r.monthly_due(D("4567.89"), RATE, r.NATIONAL) == D("22.80")
    assert r.monthly_due(D("4569.99"), RATE, r.NATIONAL) == D("22.80")
    assert r.monthly_due(D("4570.00"), RATE, r.NATIONAL) == D("22.85")
    assert r.monthly_due(D("9.99"), RATE, r.NATIONAL) == D("0.00")


def test_payroll_rule_rounds_half_up_to_the_cent():
    assert r.monthly_due(D("4501.00"), RATE, r.PAYROLL) == D("22.51")
    assert r.monthly_due(D("4499.00"), RATE, r.PAYROLL) == D("22.50")   # 22.495 -> 22.50
    assert r.monthly_due(D("4308.05"), RATE, r.PAYROLL) == D("21.54")


def test_national_results_are_multiples_of_five_fen():
    for fen in range(0, 2_000_000, 777):
        due = r.monthly_due(D(fen) / 100, RATE, r.NATIONAL)
        assert (due * 100) % 5 == 0
        assert due.as_tuple().exponent == -2


def test_unknown_rule():
    with pytest.raises(ValueError):
        r.monthly_due(D("1"), RATE, "weekly")


def test_owes_without_events_uses_status_and_join_month():
    joined = dt.date(2026, 3, 20)
    assert not r.owes_in_month("2026-02", "在会", joined)
    assert r.owes_in_month("2026-03", "在会", joined)      # joiners owe from their 入会 month
    assert r.owes_in_month("2026-03", "转出中", joined)
    assert not r.owes_in_month("2026-05", "保留会籍", joined)
    assert not r.owes_in_month("2026-05", "退会", joined)
    assert r.owes_in_month("1999-01", "在会", None)


@pytest.mark.parametrize("kind_after", ["保留会籍", "退会", "已转出", "自动退会", "开除"])
def test_exit_owes_its_month_and_nothing_after(kind_after):
    ev = [E(dt.date(2026, 6, 15), "在会", kind_after)]
    joined = dt.date(2010, 1, 1)
    assert r.owes_in_month("2026-05", kind_after, joined, ev)
    assert r.owes_in_month("2026-06", kind_after, joined, ev)
    assert not r.owes_in_month("2026-07", kind_after, joined, ev)


def test_exit_on_first_day_still_owes_that_month():
    ev = [E(dt.date(2026, 6, 1), "在会", "保留会籍")]
    assert r.owes_in_month("2026-06", "保留会籍", None, ev)
    assert not r.owes_in_month("2026-07", "保留会籍", None, ev)


def test_join_event_mid_year_and_restore():
    ev = [E(dt.date(2026, 4, 28), "", "在会")]
    assert not r.owes_in_month("2026-03", "在会", dt.date(2026, 4, 28), ev)
    assert r.owes_in_month("2026-04", "在会", dt.date(2026, 4, 28), ev)
    ev2 = [E(dt.date(2025, 12, 31), "在会", "保留会籍"), E(dt.date(2026, 5, 10), "保留会籍", "在会")]
    assert r.owes_in_month("2025-12", "在会", None, ev2)
    assert not r.owes_in_month("2026-04", "在会", None, ev2)
    assert r.owes_in_month("2026-05", "在会", None, ev2)


def test_transfer_out_in_progress_still_owes():
    ev = [E(dt.date(2026, 3, 3), "在会", "转出中"), E(dt.date(2026, 5, 20), "转出中", "已转出")]
    assert r.owes_in_month("2026-04", "已转出", None, ev)
    assert r.owes_in_month("2026-05", "已转出", None, ev)
    assert not r.owes_in_month("2026-06", "已转出", None, ev)


def test_allocate_fills_months_in_order_and_mirrors_reversals():
    dues = {"2026-01": D("22.80"), "2026-02": D("22.80")}
    assert r.allocate(D("50.00"), ["2026-01", "2026-02"], dues) == {"2026-01": D("22.80"),
                                                                    "2026-02": D("27.20")}
    assert r.allocate(D("10.00"), ["2026-01", "2026-02"], dues) == {"2026-01": D("10.00"),
                                                                    "2026-02": D("0.00")}
    assert r.allocate(D("-50.00"), ["2026-01", "2026-02"], dues) == {"2026-01": D("-22.80"),
                                                                     "2026-02": D("-27.20")}
    assert r.allocate(5000, ["2026-01", "2026-02"], {"2026-01": 2280}) == {"2026-01": 2280,
                                                                          "2026-02": 2720}


def test_consecutive_unpaid_counts_trailing_run_only():
    b = r.MonthBalance
    seq = [b("2026-01", D(1), D(0)), b("2026-02", D(1), D(1)), b("2026-03", D(1), D(0)),
           b("2026-04", D(1), D(0)), b("2026-05", D(1), D("0.5")), b("2026-06", D(1), D(0))]
    assert r.consecutive_unpaid(seq) == 1   # a partial payment breaks the run
    assert r.consecutive_unpaid([b(f"2025-{m:02d}", D(1), D(0)) for m in range(7, 13)]) == 6


def test_collection_rate_and_funds_split():
    assert r.collection_rate(D("200"), D("150")) == D("75.0")
    assert r.collection_rate(D("0"), D("5")) == D("0.0")
    assert r.collection_rate(D("10"), D("12")) == D("100.0")
    assert r.funds_split(D("1234567.89"), D("0.02"), D("0.40")) == (D("24691.36"), D("9876.54"),
                                                                   D("14814.82"))
