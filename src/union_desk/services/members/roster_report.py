"""The members-roster table report (会员花名册): current members, IDs masked by default."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy.orm import Session

from union_desk.core.members import MEMBER_STATUSES
from union_desk.reports.spec import Column, Kind, TableReport
from union_desk.services.setup import union_name_in

COLUMNS = (Column("序号", Kind.INT), Column("姓名"), Column("性别"), Column("身份证号", Kind.ID),
           Column("出生日期", Kind.DATE), Column("民族"), Column("政治面貌"), Column("学历"),
           Column("手机号码", Kind.PHONE), Column("所属分会"), Column("入会日期", Kind.DATE),
           Column("会籍状态"), Column("农民工"))

_STATUSES = tuple(s.value for s in MEMBER_STATUSES)
# one flat query through the raw cursor: 100,000 rows must stream straight into the writer
_SQL = f"""
SELECT m.name, m.gender, m.id_number, m.birth_date, m.ethnicity, m.political_status, m.education,
       m.phone, CASE WHEN p.name IS NOT NULL THEN p.name || '/' || b.name ELSE b.name END,
       m.joined_on, m.status, m.migrant_worker
FROM member m
LEFT JOIN branch b ON b.id = m.branch_id
LEFT JOIN branch p ON p.id = b.parent_id
WHERE m.deleted = 0 AND m.status IN ({", ".join("?" * len(_STATUSES))})
ORDER BY coalesce(p.sort_order, b.sort_order), coalesce(p.name, b.name), b.sort_order, m.sort_key, m.id
"""


def count_members(session: Session) -> int:
    con = session.connection().connection.driver_connection
    return con.execute(f"SELECT count(*) FROM member WHERE deleted = 0 AND status IN "
                       f"({', '.join('?' * len(_STATUSES))})", _STATUSES).fetchone()[0]


def roster_rows(session: Session) -> Iterator[tuple]:
    con = session.connection().connection.driver_connection
    date = dt.date.fromisoformat
    n = 0
    for (name, gender, idn, birth, eth, pol, edu, phone, branch, joined, status,
         migrant) in con.execute(_SQL, _STATUSES):
        n += 1
        yield (n, name, gender, idn, date(birth) if birth else None, eth, pol, edu, phone,
               branch or "", date(joined) if joined else None, status,
               "" if migrant is None else ("是" if migrant else "否"))


def roster_spec(session: Session, *, unmasked: bool = False, made_on: dt.date | None = None) -> TableReport:
    """Rows are a generator over the open session: write the report before the session closes."""
    return TableReport(title="会员花名册", union_name=union_name_in(session), columns=COLUMNS,
                       rows=roster_rows(session), subtitle="会籍状态：在会、保留会籍、转出中",
                       made_on=made_on or dt.date.today(), row_count=count_members(session),
                       unmasked=unmasked, sheet_name="会员花名册")
