"""Dates as clerks write them: 1985.03.12, 1985年3月12日, 1985/3/12, 19850312, 1985-03-12."""

from __future__ import annotations

import datetime as dt
import re

_SEP = re.compile(r"^(\d{4})\s*[./\-年]\s*(\d{1,2})\s*[./\-月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH = re.compile(r"^(\d{4})\s*[./\-年]\s*(\d{1,2})\s*月?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


class DateError(ValueError):
    pass


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
    import unicodedata

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


def parse_month(value: str) -> tuple[int, int]:
    """'2026-10', '2026年10月', '2026/10' -> (2026, 10)."""
    import unicodedata

    text = unicodedata.normalize("NFKC", str(value)).strip()
    m = _MONTH.match(text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise DateError(text)
    return int(m.group(1)), int(m.group(2))
