"""Dated office settings: the value in force on a day is the latest with effective_from <= day."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from union_desk.core.roles import Perm
from union_desk.core.settings_schema import CHOICES, DEFAULTS, LABELS
from union_desk.db.models import Setting
from union_desk.errors import ValidationError
from union_desk.services.context import ServiceContext


def get_in(session: Session, key: str, on: dt.date | None = None) -> Any:
    """Read a setting inside an existing transaction."""
    if key not in DEFAULTS:
        raise ValidationError(f"未知的设置项：{key}")
    on = on or dt.date.today()
    value = session.scalar(
        select(Setting.value).where(Setting.key == key, Setting.deleted.is_(False),
                                    Setting.effective_from <= on)
        .order_by(Setting.effective_from.desc(), Setting.mtime_ms.desc()).limit(1))
    return DEFAULTS[key] if value is None else json.loads(value)


class SettingsService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def get(self, key: str, on: dt.date | None = None) -> Any:
        with self.ctx.read() as s:
            return get_in(s, key, on)

    def all(self, on: dt.date | None = None) -> dict[str, Any]:
        with self.ctx.read() as s:
            return {k: get_in(s, k, on) for k in DEFAULTS}

    def history(self, key: str) -> list[tuple[dt.date, Any]]:
        with self.ctx.read() as s:
            rows = s.execute(select(Setting.effective_from, Setting.value)
                             .where(Setting.key == key, Setting.deleted.is_(False))
                             .order_by(Setting.effective_from)).all()
        return [(d, json.loads(v)) for d, v in rows]

    def set(self, key: str, value: Any, effective_from: dt.date | None = None) -> None:
        self.ctx.require(Perm.SETTINGS)
        if key not in DEFAULTS:
            raise ValidationError(f"未知的设置项：{key}（可用：{', '.join(DEFAULTS)}）")
        if key in CHOICES and value not in CHOICES[key]:
            raise ValidationError(f"{LABELS[key]}只能是：{' / '.join(CHOICES[key])}")
        default = DEFAULTS[key]
        if isinstance(default, int) and not isinstance(value, int):
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise ValidationError(f"{LABELS[key]}应为整数") from None
        effective_from = effective_from or dt.date.today()
        with self.ctx.uow() as s:
            s.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False),
                          effective_from=effective_from))
