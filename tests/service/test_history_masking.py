"""The audit log masks by role through the entity specs: numbers for Perm.UNMASK, health and
bank fields for Perm.SENSITIVE; everyone else reads 110101********1234, 138****5678, （敏感信息）."""

from __future__ import annotations

import pytest

from tests.service.conftest import as_role
from union_desk.core.roles import Perm, Role
from union_desk.db.models import Member
from union_desk.services.history import HistoryService
from union_desk.services.members.service import MembersService

ZHANG = {"name": "张伟", "id_number": "11010519491231002X", "phone": "13812345678",
         "gender": "女", "birth_date": "1949-12-31"}


@pytest.fixture
def member(office, clerk):
    m = MembersService(clerk).create(ZHANG)
    with clerk.uow() as s:   # only the hardship officer's screens write health (no write perm)
        row = s.get(Member, m.id)
        row.health, row.phone = "高血压", "13900001111"
    return m.id


def _log(office, role: Role, member_id: str) -> str:
    ctx = as_role(office, role)
    svc = HistoryService(ctx)
    rows = svc.audit_log()[1] if ctx.can(Perm.AUDIT_READ) else []   # a viewer has no audit log
    items = svc.member_history(member_id)
    return "\n".join([f"{r.entity} {r.field} {r.old} {r.new}" for r in rows]
                     + [f"{h.title} {h.detail}" for h in items])


@pytest.mark.parametrize("role", [Role.VIEWER, Role.CLERK])
def test_viewer_and_clerk_read_masks(office, member, role):
    text = _log(office, role, member)
    assert "110105********002X" in text and "138****5678" in text and "139****1111" in text
    assert "（敏感信息）" in text
    for secret in ("11010519491231002X", "13812345678", "13900001111", "高血压"):
        assert secret not in text
    assert "会员 健康状况" in text and "修改会员" in text


def test_admin_reads_numbers_not_health(office, member):
    text = _log(office, Role.ADMIN, member)
    assert "11010519491231002X" in text and "13900001111" in text
    assert "高血压" not in text and "（敏感信息）" in text


def test_hardship_officer_reads_health(office, member):
    text = _log(office, Role.HARDSHIP, member)
    assert "高血压" in text and "11010519491231002X" in text
    assert "sort_key" not in text and "search_text" not in text
