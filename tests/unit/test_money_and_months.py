"""The one money parser (core.money) and the one month arithmetic (core.dates)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from union_desk.core import dates
from union_desk.core.money import MoneyError, money_str, parse_money


@pytest.mark.parametrize("text,value", [("22.80", "22.80"), (" 1,234.5 ", "1234.50"), ("３０", "30.00"),
                                        (D("7"), "7.00"), (7, "7.00"), (22.51, "22.51"), ("5元", "5.00"),
                                        ("¥1，200", "1200.00"), ("￥ 3 500.00", "3500.00")])
def test_parse_money_accepts(text, value):
    assert parse_money(text) == D(value)


@pytest.mark.parametrize("text,word", [("abc", "不是数字"), ("-1", "负数"), ("1.234", "两位小数"),
                                       ("", "不能为空"), (None, "不能为空"), ("NaN", "不是数字"),
                                       (True, "不是数字"), (float("inf"), "不是数字"),
                                       (D("1.005"), "两位小数")])
def test_parse_money_rejects(text, word):
    with pytest.raises(MoneyError, match=word):
        parse_money(text)


def test_negative_allowed_only_when_asked():
    assert parse_money("-5", allow_negative=True) == D("-5.00")
    assert str(parse_money("-0", allow_negative=True)) == "0.00"


def test_optional_blank_is_none():
    assert parse_money("  ", required=False) is None and parse_money(None, required=False) is None


@pytest.mark.parametrize("cell,value", [(22.799999999999997, "22.80"), (4780.005, "4780.01"),
                                        (12150.5, "12150.50"), (3500.25, "3500.25"), (100.0, "100.00"),
                                        (1e16, "10000000000000000.00")])
def test_number_cells_are_taken_to_the_cent_as_excel_shows_them(cell, value):
    assert parse_money(cell) == D(value)


def test_text_is_exact_while_the_same_figure_in_a_number_cell_is_rounded():
    with pytest.raises(MoneyError, match="两位小数"):
        parse_money("4780.005", label="月工资")
    assert parse_money(4780.005, label="月工资") == D("4780.01")


def test_label_names_the_field():
    with pytest.raises(MoneyError, match="^月工资不能为负数$"):
        parse_money(-3500.0, label="月工资")


def test_money_str():
    assert money_str(D("1234.5")) == "1234.50" and money_str(None) is None


def test_months():
    assert dates.parse_month("2026年3月") == "2026-03"
    assert dates.parse_month(dt.date(2026, 10, 9)) == "2026-10"
    with pytest.raises(dates.MonthError, match="YYYY-MM"):
        dates.parse_month("2026-13")
    assert dates.add_months("2026-11", 3) == "2027-02"
    assert dates.add_months("2026-01", -1) == "2025-12"
    assert dates.month_end("2024-02") == dt.date(2024, 2, 29)
    assert dates.months_between("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert dates.months_back(dt.date(2026, 2, 14), 3) == ["2025-12", "2026-01", "2026-02"]
    assert dates.month_runs(["2025-12", "2026-01", "2026-03"]) == [("2025-12", "2026-01"),
                                                                   ("2026-03", "2026-03")]


def test_local_time():
    ms = int(dt.datetime(2026, 3, 1, 8, 5, 9).timestamp() * 1000)
    assert dates.local_time(ms) == "2026-03-01 08:05"
    assert dates.local_time(ms, seconds=True) == "2026-03-01 08:05:09"
