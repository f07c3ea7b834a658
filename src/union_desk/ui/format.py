"""How the GUI writes money, months, dates and times: one place for every screen.

Texts go through ``QCoreApplication.translate`` with literal source strings, so lupdate finds
them and the English UI gets them from resources/translations/en.json. Month arithmetic is
``core.dues``'s; nothing here parses what a clerk typed (money parsing lives with the forms).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from union_desk.core.dues import add_months


def money_text(value: Decimal | None) -> str:
    """Yuan with thousands separators and fen: Decimal('1234.5') -> '1,234.50'; None -> ''."""
    return "" if value is None else f"{value:,.2f}"


def count_text(value: int) -> str:
    """A count with thousands separators: 12345 -> '12,345'."""
    return f"{value:,}"


def month_label(month: str) -> str:
    """'2026-10' -> '2026年10月' (English: '10/2026')."""
    return QCoreApplication.translate("", "{y}年{m}月").format(y=month[:4], m=int(month[5:7]))


def months_span_text(months: Sequence[str]) -> str:
    """Ascending months, runs joined: ('2026-01', '2026-02', '2026-03', '2026-06') ->
    '2026-01至2026-03、2026-06'."""
    out: list[str] = []
    start = prev = None
    for m in months:
        if prev is not None and add_months(prev, 1) == m:
            prev = m
            continue
        if start is not None:
            out.append(_span(start, prev))
        start = prev = m
    if start is not None:
        out.append(_span(start, prev))
    return "、".join(out)


def _span(a: str, b: str) -> str:
    return a if a == b else QCoreApplication.translate("", "{a}至{b}").format(a=a, b=b)


def month_name(m: int) -> str:
    """1 -> '1月' (English: 'Jan'). Each literal is spelled out in full for lupdate."""
    return (QCoreApplication.translate("Chart", "1月"), QCoreApplication.translate("Chart", "2月"),
            QCoreApplication.translate("Chart", "3月"), QCoreApplication.translate("Chart", "4月"),
            QCoreApplication.translate("Chart", "5月"), QCoreApplication.translate("Chart", "6月"),
            QCoreApplication.translate("Chart", "7月"), QCoreApplication.translate("Chart", "8月"),
            QCoreApplication.translate("Chart", "9月"), QCoreApplication.translate("Chart", "10月"),
            QCoreApplication.translate("Chart", "11月"),
            QCoreApplication.translate("Chart", "12月"))[m - 1]


def month_tick(month: str, first: bool) -> str:
    """A chart axis label: the month's name, with its year on the first tick and in January."""
    year, m = month.split("-")
    name = month_name(int(m))
    if first or m == "01":
        return QCoreApplication.translate("Chart", "{y}年{m}").format(y=year, m=name)
    return name


def date_text(value: dt.date | None) -> str:
    """ISO date, as the roster and the forms write it: '2026-10-15'; None -> ''."""
    return value.isoformat() if value else ""


def datetime_text(value: dt.datetime | None) -> str:
    """'2026-10-15 14:03' (minutes: what a clerk compares); None -> ''."""
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def timestamp_text(ms: int | None) -> str:
    """A stored time (ms since the epoch) in local time: '2026-10-15 14:03'; 0/None -> ''."""
    return datetime_text(dt.datetime.fromtimestamp(ms / 1000)) if ms else ""


def local_time(ms: int | None, now: dt.datetime | None = None) -> str:
    """A recent time, as short as is clear: '14:03' today, '10-15 14:03' this year, else the
    full timestamp (lists of sync changes, conflicts, the status bar)."""
    if not ms:
        return ""
    when = dt.datetime.fromtimestamp(ms / 1000)
    now = now or dt.datetime.now()
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if when.year == now.year:
        return when.strftime("%m-%d %H:%M")
    return datetime_text(when)


def day_or_time(ms: int, now: dt.datetime | None = None) -> tuple[str, str]:
    """A tile's big value and its note: ('14:03', '今天') today, else ('10月5日', '2025年')."""
    when = dt.datetime.fromtimestamp(ms / 1000)
    now = now or dt.datetime.now()
    if when.date() == now.date():
        return when.strftime("%H:%M"), QCoreApplication.translate("", "今天")
    return (QCoreApplication.translate("", "{m}月{d}日").format(m=when.month, d=when.day),
            QCoreApplication.translate("", "{y}年").format(y=when.year))
