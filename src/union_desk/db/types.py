"""Column types: money as integer fen, never a binary float (SQLite NUMERIC is REAL)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger
from sqlalchemy.types import TypeDecorator

CENT = Decimal("0.01")


class Money(TypeDecorator):
    """A Decimal in yuan stored as integer fen (分)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, Decimal):
            value = Decimal(str(value))
        q = value.quantize(CENT, rounding=ROUND_HALF_UP)
        if q != value:
            raise ValueError(f"money with more than 2 decimals: {value}")
        return int(q * 100)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(CENT)
