"""Entity name -> model, from the entity specs (db/spec.py: every SyncMixin model declares one,
so new modules are covered automatically), plus JSON -> column value conversion for pulled rows.
Derived columns and the duplicate rule are read from the spec itself (``spec_for(entity)``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, DateTime, Integer, Numeric, Table
from sqlalchemy.types import TypeDecorator

import union_desk.db.models  # noqa: F401  (registers every model)
from union_desk.db.base import SYNC_COLUMNS
from union_desk.db.spec import specs


@lru_cache(maxsize=1)
def models() -> dict[str, type]:
    return {entity: spec.model for entity, spec in specs().items()}


def model_for(entity: str) -> type | None:
    return models().get(entity)


def _converter(col_type) -> Callable[[Any], Any]:
    impl = col_type.impl if isinstance(col_type, TypeDecorator) else col_type
    if isinstance(impl, DateTime):
        return lambda v: dt.datetime.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(impl, Date):
        return lambda v: dt.date.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(col_type, TypeDecorator) or isinstance(impl, Numeric):
        # Money travels as "12.34"; Decimal keeps it exact.
        return lambda v: Decimal(str(v)) if isinstance(v, (str, float)) else v
    if isinstance(impl, Boolean):
        return lambda v: bool(v) if v is not None else None
    if isinstance(impl, (Integer, BigInteger)):
        return lambda v: int(v) if v is not None else None
    return lambda v: v


@lru_cache(maxsize=None)
def converters(entity: str) -> dict[str, Callable[[Any], Any]]:
    table: Table = model_for(entity).__table__
    return {c.name: _converter(c.type) for c in table.columns if c.name not in SYNC_COLUMNS}


def column_defaults(entity: str) -> dict[str, Any]:
    """NOT NULL columns with a default -> their ColumnDefault."""
    return _defaults(entity)


@lru_cache(maxsize=None)
def _defaults(entity: str) -> dict[str, Any]:
    table: Table = model_for(entity).__table__
    return {c.name: c.default for c in table.columns
            if not c.nullable and c.default is not None and (c.default.is_scalar or c.default.is_callable)}


def fallbacks(entity: str) -> dict[str, Any]:
    """Defaults of NOT NULL columns. The tracking hook reads values before the INSERT applies
    column defaults, so a create op can carry None where the sender's row holds the default."""
    return {k: (d.arg if d.is_scalar else d.arg(None)) for k, d in _defaults(entity).items()}


def to_columns(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """JSON field values -> column values; unknown fields (a newer peer) are dropped."""
    conv, nulls = converters(entity), _defaults(entity)
    out = {k: conv[k](v) for k, v in fields.items() if k in conv}
    missing = [k for k, v in out.items() if v is None and k in nulls]
    if missing:
        fall = fallbacks(entity)
        out.update({k: fall[k] for k in missing})
    return out
