"""Column values <-> JSON text for audit and outbox rows (Decimal as string, dates ISO)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any


def to_jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps({k: to_jsonable(v) for k, v in obj.items()}, ensure_ascii=False,
                      separators=(",", ":"))


def text(value: Any) -> str | None:
    """A single value as audit text."""
    if value is None:
        return None
    value = to_jsonable(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)
