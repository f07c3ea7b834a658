"""ui/format.py: how every screen writes money, months and times, in Chinese and in English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from union_desk.ui import format as fmt
from union_desk.ui import i18n


def _ms(*args) -> int:
    return int(dt.datetime(*args).timestamp() * 1000)


def test_money_and_counts():
    assert fmt.money_text(Decimal("1234.5")) == "1,234.50"
    assert fmt.money_text(Decimal("0")) == "0.00" and fmt.money_text(None) == ""
    assert fmt.count_text(123456) == "123,456"


def test_months_in_chinese_and_english(qapp):
    months = ("2025-11", "2025-12", "2026-01", "2026-03")
    assert fmt.month_label("2026-03") == "2026年3月"
    assert fmt.months_span_text(months) == "2025-11至2026-01、2026-03"   # runs cross the year
    assert fmt.months_span_text(()) == ""
    assert fmt.month_tick("2026-01", False) == "2026年1月" and fmt.month_tick("2026-05", False) == "5月"
    assert i18n.install(qapp, "en")
    try:
        assert fmt.month_label("2026-03") == "3/2026"
        assert fmt.months_span_text(months) == "2025-11 to 2026-01、2026-03"
        assert fmt.month_tick("2026-05", True) == "May 2026"
    finally:
        i18n.install(qapp, "zh_CN")


def test_dates_and_times(qapp):
    assert fmt.date_text(dt.date(2026, 10, 5)) == "2026-10-05" and fmt.date_text(None) == ""
    assert fmt.timestamp_text(_ms(2026, 10, 5, 9, 7, 30)) == "2026-10-05 09:07"
    assert fmt.timestamp_text(None) == "" and fmt.timestamp_text(0) == ""
    now = dt.datetime(2026, 10, 15, 18, 0)
    assert fmt.local_time(_ms(2026, 10, 15, 9, 7), now) == "09:07"
    assert fmt.local_time(_ms(2026, 3, 1, 9, 7), now) == "03-01 09:07"
    assert fmt.local_time(_ms(2025, 3, 1, 9, 7), now) == "2025-03-01 09:07"
    assert fmt.day_or_time(_ms(2026, 10, 15, 9, 7), now) == ("09:07", "今天")
    assert fmt.day_or_time(_ms(2025, 3, 1, 9, 7), now) == ("3月1日", "2025年")
    assert i18n.install(qapp, "en")
    try:
        assert fmt.day_or_time(_ms(2025, 3, 1, 9, 7), now)[0] == "3/1"
        assert fmt.day_or_time(_ms(2026, 10, 15, 9, 7), now)[1] == "today"
    finally:
        i18n.install(qapp, "zh_CN")
