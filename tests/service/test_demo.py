"""The demo office is made in one transaction: a failure part-way leaves nothing behind."""

from __future__ import annotations

import datetime as dt

import pytest

from union_desk.core.dates import months_back
from union_desk.core.roles import Role
from union_desk.services import demo
from union_desk.services.context import ServiceContext
from union_desk.services.dues.ledger import DuesLedgerService
from union_desk.services.members.service import MembersService
from union_desk.services.setup import SetupService

from tests.service.conftest import as_role


def test_demo_office_has_members_users_and_a_year_of_dues(db):
    summary = demo.fill_demo(db, members=80)
    assert "80 名会员" in summary
    admin = as_role(db, Role.ADMIN, "admin")
    assert len(MembersService(admin).query_ids()) == 80
    assert SetupService(ServiceContext(db)).union_name() == demo.UNION_NAME
    assert DuesLedgerService(admin).branch_summary(months_back(dt.date.today(), 12)[0]).total.headcount > 0


def test_a_failing_module_filler_leaves_no_half_made_office(db, monkeypatch):
    def broken(s, rng, member_ids):
        raise RuntimeError("filler failed")

    monkeypatch.setattr(demo, "DEMO_FILLERS", [*demo.DEMO_FILLERS, broken])
    with pytest.raises(RuntimeError):
        demo.fill_demo(db, members=30)
    assert not SetupService(ServiceContext(db)).is_initialized()
    # the clerk can simply try again
    demo.DEMO_FILLERS.remove(broken)
    assert "30 名会员" in demo.fill_demo(db, members=30)
