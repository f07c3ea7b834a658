"""The union office itself: its name, branches (分会/小组) and dated settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from union_desk.db.base import Base, SyncMixin
from union_desk.db.spec import EntitySpec


class UnionInfo(SyncMixin, Base):
    __tablename__ = "union_info"

    name: Mapped[str] = mapped_column(String(128), nullable=False)
    credit_code: Mapped[str] = mapped_column(String(32), default="")
    unit_type: Mapped[str] = mapped_column(String(32), default="")


UNION_INFO_SPEC = EntitySpec(UnionInfo, "工会信息", fields={
    "name": "工会名称", "credit_code": "统一社会信用代码", "unit_type": "单位类型"})


class Branch(SyncMixin, Base):
    __tablename__ = "branch"

    name: Mapped[str] = mapped_column(String(64), nullable=False)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("branch.id"), nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


BRANCH_SPEC = EntitySpec(Branch, "分会", fields={
    "name": "分会名称", "parent_id": "上级分会", "sort_order": "排列顺序"})


class Setting(SyncMixin, Base):
    """A dated setting: the value in force on a day is the latest row with effective_from <= day."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON
    effective_from: Mapped[dt.date] = mapped_column(Date, nullable=False)


SETTING_SPEC = EntitySpec(Setting, "设置", fields={
    "key": "设置项", "value": "设置值", "effective_from": "生效日期"})
