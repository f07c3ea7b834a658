"""What the members services hand out: plain frozen dataclasses, never ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

# column key -> header label, in table order
TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "姓名"), ("gender", "性别"), ("age", "年龄"), ("id_number", "公民身份号码"),
    ("branch", "所属分会"), ("phone", "手机号码"), ("status", "会籍状态"),
    ("joined_on", "入会日期"), ("education", "学历"), ("political_status", "政治面貌"),
    ("migrant_worker", "农民工"), ("person_status", "人员状态"),
)
SORTABLE = frozenset(k for k, _ in TABLE_COLUMNS) | {"birth_date"}


@dataclass(frozen=True)
class MemberFilter:
    text: str = ""
    branch_id: str | None = None        # includes its groups (小组)
    statuses: tuple[str, ...] = ()      # empty = every status
    migrant: bool | None = None
    age_band: str | None = None         # a label from core.members.AGE_BANDS
    as_of: dt.date | None = None        # for age bands; default today

    def is_plain(self) -> bool:
        return (self.branch_id is None and not self.statuses and self.migrant is None
                and self.age_band is None)


@dataclass(frozen=True)
class MemberRow:
    id: str
    name: str
    gender: str
    age: int
    id_number: str          # masked unless unmasked by a permitted user
    branch: str
    phone: str
    status: str
    joined_on: dt.date | None
    education: str
    political_status: str
    migrant_worker: bool | None
    person_status: str

    def value(self, key: str):
        return getattr(self, key)


@dataclass(frozen=True)
class FamilyDTO:
    id: str
    name: str
    relation: str
    birth_date: dt.date | None
    work_or_school: str
    note: str


@dataclass(frozen=True)
class HonourDTO:
    id: str
    title: str
    year: int
    level: str
    conferred_by: str


@dataclass(frozen=True)
class MemberDetail:
    id: str
    member_no: str
    name: str
    gender: str
    ethnicity: str
    id_number: str
    id_masked: bool
    birth_date: dt.date
    political_status: str
    education: str
    skills: str
    hobbies: str
    phone: str
    branch_id: str | None
    branch: str
    position: str
    joined_on: dt.date | None
    status: str
    person_status: str
    hukou_type: str
    migrant_worker: bool | None
    monthly_wage: Decimal | None
    family_note: str
    remark: str
    # None when the signed-in role may not see them (only the hardship officer may)
    health: str | None
    disability: str | None
    bank_name: str | None
    bank_account: str | None
    family: tuple[FamilyDTO, ...] = field(default=())
    honours: tuple[HonourDTO, ...] = field(default=())


@dataclass(frozen=True)
class HistoryItem:
    ts_ms: int
    when: str               # local time for display
    kind: str               # "event" or "audit"
    actor: str
    title: str              # 入会 / 修改 / 会籍状态 ...
    detail: str
