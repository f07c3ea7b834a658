"""Money (元, two decimals): the one parser for what people type and what sheets hold.

Pure and Decimal-only; amounts are stored as integer fen (``db.types.Money``).

The rule, everywhere (member form, roster import, dues sheet, payment entry, CLI):
- text is exact: NFKC (full-width digits), spaces, thousands commas, 元 and ¥ are dropped;
  more than two decimals is an error, never rounded;
- a number cell (a float from a spreadsheet) is taken to the cent, half-up, from its shortest
  decimal form: Excel shows and prints it to the cent, and binary noise (22.799999999999997
  from a formula) is not the clerk's intent;
- negative only where the caller allows it (reversals); blank is an error unless the caller
  says the value is optional (then it is None).
"""

from __future__ import annotations

import math
import unicodedata
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


class MoneyError(ValueError):
    """A money value a person typed that we must not record (message is shown as is).
    ``reason`` (empty / not_number / decimals / negative) lets the GUI word it in the
    interface's language."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def parse_money(value: object, *, label: str = "金额", allow_negative: bool = False,
                required: bool = True) -> Decimal | None:
    """'1,234.5', ' 22.80 ', '¥5元', Decimal, int, a sheet's float -> Decimal with 2 places.

    ``required=False``: blank (None, '', spaces) gives None instead of an error."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise MoneyError(f"{label}不能为空", "empty")
        return None
    if isinstance(value, bool):
        raise MoneyError(f"{label}“{value}”不是数字", "not_number")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise MoneyError(f"{label}“{value}”不是数字", "not_number")
        d = float_cents(value)
    elif isinstance(value, Decimal):
        d = value
    elif isinstance(value, int):
        d = Decimal(value)
    else:
        text = unicodedata.normalize("NFKC", str(value))
        for junk in (",", "元", "¥", " "):
            text = text.replace(junk, "")
        if not text:
            if required:
                raise MoneyError(f"{label}不能为空", "empty")
            return None
        try:
            d = Decimal(text)
        except InvalidOperation:
            raise MoneyError(f"{label}“{value}”不是数字", "not_number") from None
    if not d.is_finite():
        raise MoneyError(f"{label}“{value}”不是数字", "not_number")
    if d != d.quantize(CENT, rounding=ROUND_DOWN):
        raise MoneyError(f"{label}“{value}”超过两位小数", "decimals")
    if d < 0 and not allow_negative:
        raise MoneyError(f"{label}不能为负数", "negative")
    return d.quantize(CENT) + ZERO  # + ZERO: -0.00 becomes 0.00


def float_cents(value: float) -> Decimal:
    """A finite number cell to the cent, half-up, from its shortest decimal form (``repr``).

    The fast path for importers: 12150.5 and 3500.25 are exact already, and quantizing them
    costs more than the rest of a roster row's checks."""
    shown = repr(value)
    if shown[-2] == "." and shown[-1].isdigit():
        return Decimal(shown + "0")
    if shown[-3] == "." and shown[-1].isdigit():
        return Decimal(shown)
    return Decimal(shown).quantize(CENT, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    return int(amount * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT)


def money_str(value: Decimal | None) -> str | None:
    """'1234.50' for JSON and CSV (no grouping; the GUI formats its own); None stays None."""
    return None if value is None else f"{value:.2f}"
