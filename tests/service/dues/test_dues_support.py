"""Helpers for the dues service tests (no tests here): members and events as ORM rows,
because the members service is written in parallel."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from sqlalchemy import select

from union_desk.db.base import now_ms
from union_desk.db.member_keys import derived
from union_desk.db.models import Branch, Member, MemberEvent
from union_desk.services.context import ServiceContext

_seq = [0]


def fake_id(n: int) -> str:
    """A valid-looking 18-character ID (check char computed) for test member n."""
    first17 = f"11010519800101{n:03d}"[:17]
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    s = sum(int(a) * b for a, b in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def branch_id(ctx: ServiceContext, name: str = "第一分会") -> str:
    with ctx.read() as s:
        return s.scalar(select(Branch.id).where(Branch.name == name))


def add_member(ctx: ServiceContext, name: str = "张三", *, wage: str | None = "4567.89",
               status: str = "在会", joined_on: dt.date | None = dt.date(2020, 1, 1),
               branch: str | None = "第一分会", id_number: str | None = None,
               events: list[tuple[dt.date, str, str, str]] = ()) -> str:
    """events: (date, kind, status_before, status_after)."""
    _seq[0] += 1
    idn = id_number or fake_id(_seq[0] % 1000)
    bid = branch_id(ctx, branch) if branch else None
    with ctx.uow() as s:
        m = Member(name=name, gender="男", id_number=idn, birth_date=dt.date(1980, 1, 1),
                   status=status, joined_on=joined_on, branch_id=bid,
                   monthly_wage=Decimal(wage) if wage else None, **derived(name, idn, ""))
        s.add(m)
        s.flush()
        for day, kind, before, after in events:
            s.add(MemberEvent(member_id=m.id, kind=kind, event_date=day, status_before=before,
                              status_after=after, branch_id=bid, recorded_ms=now_ms()))
        return m.id


def set_rule(ctx: ServiceContext, rule: str, on: dt.date = dt.date(2000, 1, 1)) -> None:
    from union_desk.services.settings import SettingsService

    SettingsService(ctx).set("dues.rule", rule, on)


ROSTER_STATUS = {"在册": "在会", "转出": "已转出", "退会": "退会", "保留会籍": "保留会籍"}


def load_roster_a(ctx: ServiceContext, samples_dir) -> dict:
    """roster_a's members as ORM rows (from expected.json records)."""
    expected = json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))
    with ctx.read() as s:
        branches = dict(s.execute(select(Branch.name, Branch.id)).all())
    with ctx.uow() as s:
        for r in expected["files"]["roster_a.xlsx"]["records"]:
            s.add(Member(name=r["name"], gender=r["gender"], id_number=r["id_number"],
                         birth_date=dt.date.fromisoformat(r["birth_date"]),
                         status=ROSTER_STATUS.get(r["status"], r["status"]),
                         joined_on=dt.date.fromisoformat(r["joined_on"]) if r["joined_on"] else None,
                         branch_id=branches.get(r["branch"]),
                         monthly_wage=Decimal(r["monthly_wage"]) if r["monthly_wage"] else None,
                         **derived(r["name"], r["id_number"], r["phone"] or "")))
    return expected
