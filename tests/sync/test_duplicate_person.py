"""Two PCs register the same person offline: every PC ends with one live member, none stalls."""

from __future__ import annotations

import json
import random

from sqlalchemy import select

from tests.sync.helpers import add_member, dump_client, dump_server, id_number
from union_desk.db.models import AuditEntry, Member


def _live(pc, number: str) -> list[str]:
    with pc.ctx.read() as s:
        return list(s.scalars(select(Member.id).where(Member.id_number == number,
                                                      Member.deleted.is_(False))))


def test_same_person_added_on_two_pcs_offline_converges(make_pc, live_server):
    a, b, c = make_pc("o1"), make_pc("o1"), make_pc("o1")
    number = id_number(random.Random(21))
    mine = add_member(a.ctx, random.Random(1), id_number=number, name="王芳")
    theirs = add_member(b.ctx, random.Random(2), id_number=number, name="王芳")
    keep = min(mine, theirs)
    a.sync()
    b.sync()            # pushes its copy, then pulls a's: used to fail on the unique ID index
    a.sync()            # pulls b's copy and b's retirement of whichever copy lost
    b.sync()
    c.sync()            # a fresh PC sees both copies and the retirement
    for pc in (a, b, c):  # retirements queued during a pull go up in the next round
        pc.sync()
    for pc in (a, b, c):
        assert _live(pc, number) == [keep]
    assert dump_client(a.db) == dump_client(b.db) == dump_client(c.db) \
        == dump_server(live_server.db, "o1")
    with b.ctx.read() as s:
        notes = [json.loads(x.new_value) for x in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "dedupe"))]
    assert notes and notes[0]["kept"] == keep and notes[0]["retired"] == [max(mine, theirs)]
    for pc in (a, b, c):
        status = pc.service().status()
        assert status.pending == 0 and status.last_error is None

