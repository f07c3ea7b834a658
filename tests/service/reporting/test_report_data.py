"""Helpers for report/statistics tests: members inserted as ORM rows with their events.

(The members service is built elsewhere; these tests must not depend on it.)
"""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import select

from union_desk.core import idcard
from union_desk.core.members import TRANSITIONS, EventKind, Status
from union_desk.db.member_keys import derived
from union_desk.db.models import Branch, Member, MemberEvent

_serial = itertools.count(1)


def make_id(birth: dt.date, female: bool) -> str:
    n = next(_serial)
    seq = (n % 499) * 2 + (0 if female else 1)
    first17 = f"{110101 + n // 499:06d}{birth:%Y%m%d}{seq:03d}"
    return first17 + idcard.check_char(first17)


def branch_ids(db) -> dict[str, str]:
    with db.sessions() as s:
        return {name: bid for bid, name in s.execute(select(Branch.id, Branch.name))}


def add_member(db, name: str, *, joined: dt.date, branch: str | None = None, female: bool = False,
               birth: dt.date = dt.date(1990, 5, 1), migrant: bool = False, education: str = "大学本科",
               political: str = "群众", phone: str = "13812345678",
               events: tuple[tuple[EventKind, dt.date], ...] = (), join_kind: EventKind = EventKind.JOIN,
               deleted: bool = False) -> str:
    """A member who joined on `joined`, then went through `events` (kinds checked by the rules)."""
    bid = branch_ids(db)[branch] if branch else None
    idn = make_id(birth, female)
    with db.sessions() as s, s.begin():
        m = Member(name=name, gender="女" if female else "男", id_number=idn, birth_date=birth,
                   political_status=political, education=education, phone=phone, branch_id=bid,
                   joined_on=joined, status=Status.ACTIVE.value, migrant_worker=migrant,
                   deleted=deleted, **derived(name, idn, phone))
        s.add(m)
        s.flush()
        status, ms = Status.ACTIVE, 1_700_000_000_000
        s.add(MemberEvent(member_id=m.id, kind=join_kind.value, event_date=joined, status_before="",
                          status_after=status.value, branch_id=bid, recorded_ms=ms))
        for i, (kind, day) in enumerate(events, start=1):
            after = TRANSITIONS[kind][1]
            s.add(MemberEvent(member_id=m.id, kind=kind.value, event_date=day, status_before=status.value,
                              status_after=after.value, branch_id=bid, recorded_ms=ms + i,
                              reason="退休" if kind is EventKind.RETAIN else "测试"))
            status = after
        m.status = status.value
        return m.id
