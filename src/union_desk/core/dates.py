"""Dates as clerks write them (1985.03.12, 1985年3月12日, 1985/3/12, 19850312, 1985-03-12),
months as 'YYYY-MM' text (they sort and compare as strings) and their arithmetic, and the
one way services and the CLI show a stored millisecond timestamp."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

_SEP = re.compile(r"^(\d{4})\s*[./\-年]\s*(\d{1,2})\s*[./\-月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH = re.compile(r"^(\d{4})\s*[./\-年]\s*(\d{1,2})\s*月?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


class DateError(ValueError):
    pass


class MonthError(DateError):
    """Not a month; the message says what is expected."""


def parse_date(value: object) -> dt.date | None:
    """A date from a cell or text; None for empty; DateError when it is not a real date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # a date cell read without its format: Excel serial day number
        if 1 <= value < 2958466:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise DateError(str(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    if " " in text and ":" in text:  # "1985-03-12 00:00:00" from text exports
        text = text.split(" ", 1)[0]
    m = _SEP.match(text) or _COMPACT.match(text)
    if not m:
        raise DateError(text)
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise DateError(text) from None


def parse_month(value: object) -> str:
    """'2026-10', '2026年10月', '2026/10', a date -> '2026-10'."""
    if isinstance(value, (dt.date, dt.datetime)):
        return f"{value.year:04d}-{value.month:02d}"
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    m = _MONTH.match(text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise MonthError(f"月份“{text}”格式应为 YYYY-MM")
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


# ---- month arithmetic ('YYYY-MM') ---------------------------------------------------------

def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_start(month: str) -> dt.date:
    return dt.date(int(month[:4]), int(month[5:7]), 1)


def month_end(month: str) -> dt.date:
    return month_start(add_months(month, 1)) - dt.timedelta(days=1)


def add_months(month: str, n: int) -> str:
    y, m = int(month[:4]), int(month[5:7]) - 1 + n
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last``, both included."""
    out, cur = [], first
    while cur <= last:
        out.append(cur)
        cur = add_months(cur, 1)
    return out


def months_back(day: dt.date, n: int) -> list[str]:
    """The ``n`` months ending with the month of ``day``, oldest first."""
    last = month_of(day)
    return months_between(add_months(last, 1 - n), last)


def year_months(year: int) -> list[str]:
    return [f"{year:04d}-{m:02d}" for m in range(1, 13)]


def month_runs(months: Iterable[str]) -> list[tuple[str, str]]:
    """Sorted months as runs of consecutive ones: (2026-01, 2026-03), (2026-06, 2026-06)."""
    runs: list[tuple[str, str]] = []
    for m in months:
        if runs and add_months(runs[-1][1], 1) == m:
            runs[-1] = (runs[-1][0], m)
        else:
            runs.append((m, m))
    return runs


# ---- timestamps -------------------------------------------------------------------------

def local_time(ms: int, *, seconds: bool = False) -> str:
    """A stored millisecond timestamp as local 'YYYY-MM-DD HH:MM' (':SS' with seconds)."""
    return dt.datetime.fromtimestamp(ms / 1000).strftime(
        "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
