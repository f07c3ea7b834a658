"""Sync conflicts are masked in the service, by role, like the roster and the audit log.

A 只读 viewer or an 经办人 listing conflicts sees 110101********1234 and 138****5678 and never
the text of a health field; the hardship officer reads health fields; full ID numbers and
phones need Perm.UNMASK and an explicit, audited reveal.
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from tests.sync.helpers import add_member, edit_member, id_number
from union_desk.core import idcard
from union_desk.core.roles import Role
from union_desk.db.models import AuditEntry
from union_desk.errors import PermissionDenied
from union_desk.services.context import CurrentUser, ServiceContext
from union_desk.sync.service import SyncService

HIDDEN = "（敏感信息）"


@pytest.fixture
def conflict(make_pc):
    """PC b holds one open conflict on a member's ID number, phone and health."""
    a, b = make_pc("o1"), make_pc("o1")
    rng = random.Random(11)
    mid = add_member(a.ctx, rng, name="李芳", phone="13800000001", health="良好")
    a.sync()
    b.sync()
    ids = {"a": id_number(rng), "b": id_number(rng)}
    edit_member(a.ctx, mid, id_number=ids["a"], phone="13911112222", health="高血压")
    edit_member(b.ctx, mid, id_number=ids["b"], phone="13933334444", health="糖尿病")
    a.sync()
    assert b.sync().conflicts == 1
    return b, mid, ids


def _as(pc, role: Role) -> SyncService:
    return SyncService(ServiceContext(pc.db, CurrentUser(f"u-{role.value}", role, "")))


def _values(c) -> dict[str, tuple]:
    return {f.field: (f.mine, f.server) for f in c.fields}


@pytest.mark.parametrize("role", [Role.VIEWER, Role.CLERK])
def test_viewer_and_clerk_get_masked_numbers_and_no_health_text(conflict, role):
    b, _mid, ids = conflict
    [c] = _as(b, role).conflicts()
    got = _values(c)
    assert got["id_number"] == (idcard.mask(ids["b"]), idcard.mask(ids["a"]))
    assert got["phone"] == ("139****4444", "139****2222")
    assert got["health"] == (HIDDEN, HIDDEN)
    assert {f.field: f.differs for f in c.fields} == {"id_number": True, "phone": True,
                                                        "health": True}
    assert c.label == "会员" and {f.field: f.label for f in c.fields}["health"] == "健康状况"
    text = repr(c)
    assert ids["a"] not in text and ids["b"] not in text
    assert "糖尿病" not in text and "高血压" not in text
    assert "13933334444" not in text
    with pytest.raises(PermissionDenied):
        _as(b, role).reveal_conflict(c.id)


def test_hardship_officer_reads_health_and_reveals_numbers_with_an_audit_row(conflict):
    b, mid, ids = conflict
    svc = _as(b, Role.HARDSHIP)
    [c] = svc.conflicts()
    got = _values(c)
    assert got["health"] == ("糖尿病", "高血压")          # Perm.SENSITIVE: read in full
    assert got["id_number"] == (idcard.mask(ids["b"]), idcard.mask(ids["a"]))  # not yet revealed
    shown = svc.reveal_conflict(c.id)
    assert _values(shown)["id_number"] == (ids["b"], ids["a"])
    assert _values(shown)["phone"] == ("13933334444", "13911112222")
    with b.db.sessions() as s:
        rows = s.execute(select(AuditEntry.actor, AuditEntry.entity, AuditEntry.entity_id,
                                AuditEntry.field).where(AuditEntry.action == "unmask")).all()
    assert rows == [("u-hardship", "member", mid, "id_number,phone")]


def test_admin_reveals_numbers_but_not_health(conflict):
    b, _mid, ids = conflict
    shown = _as(b, Role.ADMIN).reveal_conflict(_as(b, Role.ADMIN).conflicts()[0].id)
    got = _values(shown)
    assert got["id_number"] == (ids["b"], ids["a"])
    assert got["health"] == (HIDDEN, HIDDEN)               # admin lacks Perm.SENSITIVE
