"""Test data through the ORM (so the tracking hook writes outbox rows) and full dumps."""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal

from sqlalchemy import func, select

from union_desk.db.base import SYNC_COLUMNS
from union_desk.db.jsonvalues import to_jsonable
from union_desk.db.member_keys import derived
from union_desk.db.models.member import Member, MemberEvent
from union_desk.db.spec import spec_of
from union_desk.server.models import applied_op, change, entity_state
from union_desk.sync.entities import models

SURNAMES = "王李张刘陈杨赵黄周吴"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"


def id_number(rng: random.Random) -> str:
    body = "110101" + f"{rng.randint(1960, 2003)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
        + f"{rng.randint(0, 999):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]
    return body + check


def member_values(rng: random.Random, **over) -> dict:
    name = over.pop("name", rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN))
    idn = over.pop("id_number", id_number(rng))
    phone = over.pop("phone", f"13{rng.randint(0, 999999999):09d}")
    values = dict(name=name, gender=rng.choice("男女"), id_number=idn, phone=phone,
                  birth_date=dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14])),
                  status="在会", joined_on=dt.date(2020, 1, 1),
                  migrant_worker=rng.random() < 0.3,
                  monthly_wage=Decimal(rng.randint(300000, 900000)) / 100, remark="")
    values.update(derived(name, idn, phone))
    values.update(over)
    return values


def add_member(ctx, rng: random.Random | None = None, **over) -> str:
    rng = rng or random.Random()
    with ctx.uow() as s:
        m = Member(**member_values(rng, **over))
        s.add(m)
        s.flush()
        s.add(MemberEvent(member_id=m.id, kind="入会", event_date=m.joined_on, status_before="",
                          status_after="在会", recorded_ms=1))
        return m.id


def edit_member(ctx, member_id: str, **values) -> None:
    with ctx.uow() as s:
        m = s.get(Member, member_id)
        for k, v in values.items():
            setattr(m, k, v)
        if {"name", "id_number", "phone"} & set(values):
            for k, v in derived(m.name, m.id_number, m.phone).items():
                setattr(m, k, v)


def get_member(ctx, member_id: str) -> Member:
    with ctx.read() as s:
        return s.get(Member, member_id)


def dump_client(db) -> dict:
    """Every syncable row as the server would hold it (tracked fields + deleted)."""
    out: dict = {}
    with db.sessions() as s:
        for entity, model in sorted(models().items()):
            t = model.__table__
            skip = SYNC_COLUMNS - {"deleted"} | set(spec_of(model).derived_columns)
            rows = {}
            for r in s.execute(select(t)).mappings():
                rows[r["id"]] = {k: to_jsonable(v) for k, v in r.items() if k not in skip}
            if rows:
                out[entity] = rows
    return normalise(out)


def dump_server(server_db, office_id: str) -> dict:
    out: dict = {}
    with server_db.read() as conn:
        for r in conn.execute(select(entity_state).where(entity_state.c.office_id == office_id)):
            fields = json.loads(r.fields)
            fields["deleted"] = bool(r.deleted)
            out.setdefault(r.entity, {})[r.entity_id] = fields
    return normalise(out)


def normalise(dump: dict) -> dict:
    """None where a NOT NULL column has a default compares as that default (see
    sync.entities.fallbacks: create ops can carry None for defaulted columns)."""
    from union_desk.sync.entities import fallbacks

    return {e: {i: {k: (to_jsonable(fallbacks(e)[k]) if v is None and k in fallbacks(e) else v)
                    for k, v in row.items()} for i, row in rows.items()}
            for e, rows in dump.items()}


def server_exactly_once(server_db) -> tuple[int, int, int]:
    """(changes, distinct origin ops, applied ops): an op never produces two changes."""
    with server_db.read() as conn:
        n = conn.execute(select(func.count()).select_from(change)).scalar()
        distinct = conn.execute(select(func.count(func.distinct(change.c.origin_op)))).scalar()
        applied = conn.execute(select(func.count()).select_from(applied_op)).scalar()
    return n, distinct, applied
