"""The SQL month engine (services.dues_month) must agree with the core rules it speeds up."""

import datetime as dt
import random
from decimal import Decimal as D

import pytest

from union_desk.core import dues as rules
from union_desk.services.dues import common as c
from union_desk.services.dues import month as mo
from tests.service.dues.test_dues_support import add_member

STATUSES = ["在会", "保留会籍", "转出中", "已转出", "退会", "自动退会", "开除"]


@pytest.mark.parametrize("rule", [rules.NATIONAL, rules.PAYROLL])
@pytest.mark.parametrize("rate", ["0.005", "0.0055", "0.01"])
def test_amount_sql_equals_monthly_due(clerk, rule, rate):
    rnd = random.Random(4)
    bases = [0, 1, 999, 1000, 450100, 449900, 456789, 457000] + [rnd.randrange(0, 5_000_000)
                                                                 for _ in range(400)]
    expr = mo.amount_sql("b", rule, D(rate))
    with clerk.read() as s:
        conn = s.connection()
        got = [conn.exec_driver_sql(f"SELECT {expr} FROM (SELECT ? AS b)", (b,)).scalar()
               for b in bases]
    want = [rules.to_fen(rules.monthly_due(rules.from_fen(b), D(rate), rule)) for b in bases]
    assert got == want


def test_sql_owing_equals_core_rule(clerk):
    rnd = random.Random(11)
    for i in range(60):
        joined = dt.date(2025, rnd.randrange(1, 13), rnd.randrange(1, 28))
        events, status = [], "在会"
        if i % 3:
            events.append((joined, "入会", "", "在会"))
        day = joined
        for _ in range(rnd.randrange(0, 4)):
            day = day + dt.timedelta(days=rnd.randrange(1, 200))
            after = rnd.choice([x for x in STATUSES if x != status])
            events.append((day, "变动", status, after))
            status = after
        if i % 7 == 0:
            status = rnd.choice(STATUSES)  # a roster-only member: no events, any status
            events = []
        add_member(clerk, f"会员{i}", status=status, joined_on=joined if i % 5 else None,
                   events=events, wage=None if i % 9 == 0 else "5000")
    with clerk.read() as s:
        for month in rules.months_between("2024-12", "2026-10"):
            members = c.owing_members(s, month)
            sql, bases = mo.owing(s, month)
            assert [m.id for m in sql] == [m.id for m in members], month
            assert bases == c.bases_on(s, month, members), month
