"""Member aggregate: the roster row, its dated lifecycle events, family and honours."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from union_desk.core.member_fields import LABELS
from union_desk.db import member_keys
from union_desk.db.base import Base, SyncMixin
from union_desk.db.spec import ID_NUMBER, PHONE, PRIVATE, Derived, DuplicateRule, EntitySpec
from union_desk.db.types import Money


class Member(SyncMixin, Base):
    __tablename__ = "member"
    __table_args__ = (
        # covering index: the roster's id list (any filter, pinyin order) never touches the
        # table, and the search index streams every row's search text from it in the same order
        Index("ix_member_sort", "deleted", "sort_key", "id", "status", "branch_id",
              "migrant_worker", "birth_date", "search_text"),
        # one live member per ID number; retired copies (an undone import, the second of two
        # PCs' offline registrations of one person) keep theirs. Not a partial index (WHERE NOT
        # deleted): SQLite would then walk it for every "NOT deleted" scan of the table.
        Index("ux_member_id_number", "id_number", text("(CASE WHEN deleted THEN id ELSE '' END)"),
              unique=True),
    )

    member_no: Mapped[str] = mapped_column(String(32), default="")
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    gender: Mapped[str] = mapped_column(String(2), nullable=False)
    ethnicity: Mapped[str] = mapped_column(String(16), default="")
    id_number: Mapped[str] = mapped_column(String(18), nullable=False)
    birth_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    political_status: Mapped[str] = mapped_column(String(16), default="")
    education: Mapped[str] = mapped_column(String(16), default="")
    skills: Mapped[str] = mapped_column(String(128), default="")
    hobbies: Mapped[str] = mapped_column(String(128), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    branch_id: Mapped[str | None] = mapped_column(ForeignKey("branch.id"), nullable=True)
    position: Mapped[str] = mapped_column(String(64), default="")
    joined_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(8), nullable=False)
    person_status: Mapped[str] = mapped_column(String(8), default="在职")
    hukou_type: Mapped[str] = mapped_column(String(8), default="")
    migrant_worker: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    monthly_wage: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    family_note: Mapped[str] = mapped_column(Text, default="")
    remark: Mapped[str] = mapped_column(Text, default="")
    health: Mapped[str] = mapped_column(String(32), default="")
    disability: Mapped[str] = mapped_column(String(32), default="")
    bank_name: Mapped[str] = mapped_column(String(64), default="")
    bank_account: Mapped[str] = mapped_column(String(32), default="")
    # derived, for search and pinyin order; rebuilt on every write (MEMBER_SPEC.derived)
    sort_key: Mapped[str] = mapped_column(String(160), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")


MEMBER_SPEC = EntitySpec(
    Member, "会员",
    fields={k: v for k, v in LABELS.items() if k != "branch"},
    # health, disability and bank: only the hardship officer reads them (PIPL 敏感个人信息)
    sensitive={"id_number": ID_NUMBER, "phone": PHONE, "health": PRIVATE, "disability": PRIVATE,
               "bank_name": PRIVATE, "bank_account": PRIVATE},
    derived=Derived(member_keys.SOURCES, member_keys.COLUMNS, member_keys.derived_row),
    duplicates=DuplicateRule("id_number", shown="name"))
# Fields only the hardship officer may read or write.
SENSITIVE_FIELDS = MEMBER_SPEC.sensitive_fields(PRIVATE.perm)


class MemberEvent(SyncMixin, Base):
    """A dated 会籍 event (append-only): join, transfer, retain, withdraw, expel ..."""

    __tablename__ = "member_event"
    __sync_append_only__ = True
    __audit_creates__ = False   # the event row records who, when and why itself
    # found by member or by period through ix_member_event_asof / _period (models/report.py)

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    event_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status_before: Mapped[str] = mapped_column(String(8), default="")
    status_after: Mapped[str] = mapped_column(String(8), nullable=False)
    reason: Mapped[str] = mapped_column(String(200), default="")
    approver: Mapped[str] = mapped_column(String(64), default="")
    # the branch at the time of the event, so statistics "as of" a date know it
    branch_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    other_union: Mapped[str] = mapped_column(String(128), default="")  # 转入/转出 counterpart
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_ms: Mapped[int] = mapped_column(BigInteger, nullable=False)


MEMBER_EVENT_SPEC = EntitySpec(MemberEvent, "会籍变动", fields={
    "member_id": "会员", "kind": "变动类别", "event_date": "变动日期", "status_before": "变动前状态",
    "status_after": "变动后状态", "reason": "原因", "approver": "审批人", "branch_id": "所属分会",
    "other_union": "对方工会", "recorded_by": "经办人"})


class FamilyMember(SyncMixin, Base):
    __tablename__ = "family_member"

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    relation: Mapped[str] = mapped_column(String(16), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    work_or_school: Mapped[str] = mapped_column(String(128), default="")
    note: Mapped[str] = mapped_column(String(200), default="")


FAMILY_MEMBER_SPEC = EntitySpec(FamilyMember, "家庭成员", fields={
    "member_id": "会员", "name": "姓名", "relation": "关系", "birth_date": "出生日期",
    "work_or_school": "工作或就读单位", "note": "备注"})


class Honour(SyncMixin, Base):
    """An honour a member received (filled by the evaluations module, or entered by hand)."""

    __tablename__ = "honour"

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(64), nullable=False)
    year: Mapped[int] = mapped_column(BigInteger, nullable=False)
    level: Mapped[str] = mapped_column(String(16), default="")  # 基层/县/市/省/全国
    conferred_by: Mapped[str] = mapped_column(String(128), default="")


HONOUR_SPEC = EntitySpec(Honour, "荣誉", fields={
    "member_id": "会员", "title": "荣誉称号", "year": "年度", "level": "级别", "conferred_by": "授予单位"})


class MemberRev(Base):
    """A counter bumped by triggers on every UPDATE or DELETE of `member` (migration 0001).

    With max(member.rowid) (new rows) it tells the in-memory search index when to
    rebuild, whatever wrote the change (ORM, bulk import, sync pulls, other PCs).
    """

    __tablename__ = "member_rev"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    rev: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
