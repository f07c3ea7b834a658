"""The generic table report every module reuses (member roster, dues ledger, aid ledger ...).

A service builds a :class:`TableReport` (title, typed columns, a rows iterator)
and calls :func:`union_desk.reports.xlsx.write_xlsx` or
:func:`union_desk.reports.pdf.write_pdf`. Masking of ID and phone columns is
done by the writers, so a report is safe unless the caller explicitly passes
``unmasked=True`` (and has checked Perm.UNMASK and audit-logged it).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from union_desk.core.idcard import mask as mask_id
from union_desk.core.text import mask_phone
from union_desk.errors import Cancelled


class Kind(str, Enum):
    TEXT = "text"
    ID = "id"        # resident ID number: always a text cell, masked by default
    PHONE = "phone"  # always a text cell, masked by default
    MONEY = "money"  # Decimal, 2 decimals
    DATE = "date"    # datetime.date
    INT = "int"


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT
    width: float | None = None  # in Excel character units; None = fit to the content


SIGNATURE_ROLES = ("制表人", "审核人", "工会主席")


@dataclass
class TableReport:
    title: str                       # e.g. 会员花名册
    union_name: str                  # printed on every report
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]    # one sequence per row, in column order
    subtitle: str = ""               # e.g. 截至 2026年11月30日
    made_on: dt.date = field(default_factory=dt.date.today)
    row_count: int | None = None     # for progress only
    unmasked: bool = False           # True only after Perm.UNMASK was checked and logged
    signature: bool = True           # 制表人/审核人/工会主席/日期/盖章 block at the end
    sheet_name: str = ""
    # who signs: dues ledgers are signed by 经办人/工会主席/财务 (domain.md §2(b))
    signature_roles: tuple[str, ...] = SIGNATURE_ROLES

    @property
    def heading(self) -> str:
        return f"{self.union_name} {self.title}".strip()

    def maskers(self) -> list[Callable[[Any], Any] | None]:
        """Per column: the masking function to apply, or None."""
        if self.unmasked:
            return [None] * len(self.columns)
        return [mask_id if c.kind is Kind.ID else mask_phone if c.kind is Kind.PHONE else None
                for c in self.columns]


def display_width(text: str) -> int:
    """Width in Excel character units: CJK and full-width characters take two."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def cell_text(value: Any, kind: Kind) -> str:
    """How a value reads in a PDF cell (Excel keeps the typed value)."""
    if value is None:
        return ""
    if kind is Kind.MONEY:
        return f"{value:,.2f}"
    if kind is Kind.DATE:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return str(value)


class Progress:
    """Throttled progress + cancellation, checked between chunks of rows."""

    def __init__(self, callback: Callable[[int, int | None], None] | None = None,
                 cancel: threading.Event | None = None, total: int | None = None, every: int = 2000):
        self.callback, self.cancel, self.total, self.every = callback, cancel, total, every

    def tick(self, done: int) -> None:
        if done % self.every:
            return
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("已取消导出")
        if self.callback is not None:
            self.callback(done, self.total)
