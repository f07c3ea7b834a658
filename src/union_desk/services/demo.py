"""A realistic fictional office for newcomers: `union-desk demo` / `--demo`.

Names, ID numbers and phones are made up (valid area codes and GB 11643 check
characters so they pass validation). Modules add their own demo data through
DEMO_FILLERS, each called with (session, rng, member_ids) inside the one transaction
that makes the whole office: a failure leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import insert
from sqlalchemy.orm import Session

from union_desk.core.dates import months_back
from union_desk.core.idcard import check_char
from union_desk.core.members import EventKind, Status
from union_desk.core.roles import Role
from union_desk.db.base import new_id, now_ms
from union_desk.db.member_keys import derived
from union_desk.db.models import Branch, Member, MemberEvent
from union_desk.db.tracking import record_bulk
from union_desk.services.auth import add_user
from union_desk.services.context import SYSTEM, Database, ServiceContext
from union_desk.db.member_keys import derived
from union_desk.services.setup import BranchSpec, branch_tree, initialize_in

DEMO_USER = "admin"
DEMO_PASSWORD = "demo1234"
UNION_NAME = "示例机械制造有限公司工会"
BRANCHES = [BranchSpec("机关分会", ["综合小组", "财务小组"]), BranchSpec("一车间分会", ["甲班", "乙班"]),
            BranchSpec("二车间分会"), BranchSpec("技术中心分会"), BranchSpec("后勤服务分会"),
            BranchSpec("销售分会")]
OTHER_USERS = [("jingban", Role.CLERK, "王经办"), ("bangfu", Role.HARDSHIP, "李帮扶"),
               ("zhuxi", Role.APPROVER, "赵主席"), ("chakan", Role.VIEWER, "孙查看")]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = ("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 华 建华 建国 "
         "志强 海燕 雪梅 晓东 晓燕 文博 子涵 浩然 欣怡 梓萱 宇轩 思远 佳怡 俊杰 丹 斌 鑫 琳 鹏 波 辉").split()
AREAS = ["410105", "410102", "410103", "410104", "410122", "411302", "370102", "320106",
         "110105", "440305", "500103", "510107", "420106", "430103", "450103"]
EDU = ["研究生", "大学本科", "大学本科", "大学专科", "大学专科", "中专", "高中", "初中及以下"]
POL = ["中共党员", "中共党员", "共青团员", "群众", "群众", "群众", "民主党派"]
ETH = ["汉族"] * 18 + ["回族", "满族", "壮族"]
POSITIONS = ["操作工", "技术员", "工程师", "会计", "文员", "班组长", "车间主任", "销售员", "司机", "厨师"]

DemoFiller = Callable[[Session, random.Random, list[str]], None]


def fill_dues(s: Session, rng: random.Random, member_ids: list[str]) -> None:
    """Wage bases from each member's wage; 12 months charged and mostly paid by payroll
    deduction; a few members fall behind (arrears, 自动退会 candidates)."""
    from sqlalchemy import select

    from union_desk.db.models import DuesWageBase
    from union_desk.services.dues.batch import save_batch_in
    from union_desk.services.dues.charges import generate_in
    from union_desk.services.dues.dto import BatchEntry
    from union_desk.services.dues.payments import grid_rows

    rows = s.execute(select(Member.id, Member.monthly_wage, Member.joined_on)
                     .where(Member.id.in_(member_ids))).all()
    s.add_all(DuesWageBase(member_id=mid, base=wage, pay_system="企业",
                           effective_from=min(joined or dt.date(2020, 1, 1), dt.date(2020, 1, 1)),
                           note="演示数据")
              for mid, wage, joined in rows if wage is not None)
    s.flush()
    behind = set(rng.sample(member_ids, k=max(1, len(member_ids) // 40)))
    months = months_back(dt.date.today(), 12)
    for i, month in enumerate(months):
        generate_in(s, month)
        y, m = map(int, month.split("-"))
        paid_on = min(dt.date(y, m, 15), dt.date.today())
        # the newest month is still being collected: about 60% paid so far
        share = 0.6 if i == len(months) - 1 else 0.97
        entries = [BatchEntry(row.member_id) for row in grid_rows(s, month, None, False)
                   if row.member_id not in behind and rng.random() < share]
        if entries:
            save_batch_in(s, month, entries, paid_on)


DEMO_FILLERS: list[DemoFiller] = [fill_dues]


def _person(rng: random.Random, seen: set[str]) -> tuple[str, str, dt.date, str]:
    while True:
        birth = dt.date(1963, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 42))
        gender = rng.choice("男女")
        seq = rng.randint(0, 99) * 10 + (rng.choice((1, 3, 5, 7, 9)) if gender == "男"
                                          else rng.choice((0, 2, 4, 6, 8)))
        first17 = f"{rng.choice(AREAS)}{birth:%Y%m%d}{seq:03d}"
        number = first17 + check_char(first17)
        if number not in seen:
            seen.add(number)
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            return name, number, birth, gender


def fill_demo(db: Database, *, members: int = 2400, seed: int = 20261125) -> str:
    rng = random.Random(seed)
    ctx = ServiceContext(db, SYSTEM)
    with ctx.uow() as s:  # one transaction: a failure leaves no half-made office behind
        return _fill(s, rng, members)


def _fill(s: Session, rng: random.Random, members: int) -> str:
    initialize_in(s, UNION_NAME, BRANCHES, DEMO_USER, DEMO_PASSWORD)
    for username, role, display in OTHER_USERS:
        add_user(s, username, DEMO_PASSWORD, role.value, display)
    branches = branch_tree(s)
    today = dt.date.today()
    seen: set[str] = set()
    member_rows, event_rows = [], []
    for _ in range(members):
        name, number, birth, gender = _person(rng, seen)
        branch = rng.choice(branches)
        earliest = birth.replace(year=birth.year + 18) if not (birth.month == 2 and birth.day == 29) \
            else dt.date(birth.year + 18, 3, 1)
        earliest = max(earliest, dt.date(1995, 1, 1))
        joined = earliest + dt.timedelta(days=rng.randint(0, max(1, (today - earliest).days - 1)))
        wage = Decimal(rng.randint(3200_00, 16800_00)) / 100
        row = dict(id=new_id(), name=name, gender=gender, ethnicity=rng.choice(ETH),
                   id_number=number, birth_date=birth, political_status=rng.choice(POL),
                   education=rng.choice(EDU), skills="", hobbies=rng.choice(["", "", "篮球", "书法", "摄影", "合唱"]),
                   phone=f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}",
                   branch_id=branch.id, position=rng.choice(POSITIONS), joined_on=joined,
                   status=Status.ACTIVE.value, person_status="在职",
                   hukou_type=rng.choice(["非农业", "非农业", "农业"]),
                   migrant_worker=rng.random() < 0.18, monthly_wage=wage, member_no="",
                   family_note="", remark="", health="", disability="", bank_name="",
                   bank_account="", **derived(name, number, ""))
        row["search_text"] = derived(name, number, row["phone"])["search_text"]
        events = [(EventKind.JOIN, joined, "", Status.ACTIVE, "")]
        age = (today - birth).days // 365
        roll = rng.random()
        when = joined + dt.timedelta(days=rng.randint(30, max(31, (today - joined).days)))
        when = min(when, today)
        if age >= 60 and roll < 0.8:
            events.append((EventKind.RETAIN, when, Status.ACTIVE, Status.RETAINED, "退休"))
            row["person_status"] = "离退休"
        elif roll < 0.03:
            events.append((EventKind.TRANSFER_OUT, when, Status.ACTIVE, Status.TRANSFERRED, "工作调动"))
        elif roll < 0.05:
            events.append((EventKind.WITHDRAW, when, Status.ACTIVE, Status.WITHDRAWN, "本人申请"))
        elif roll < 0.06:
            events.append((EventKind.RETAIN, when, Status.ACTIVE, Status.RETAINED, "失业"))
        row["status"] = events[-1][3].value
        member_rows.append(row)
        for kind, day, before, after, reason in events:
            event_rows.append(dict(
                id=new_id(), member_id=row["id"], kind=kind.value, event_date=day,
                status_before=before.value if before else "", status_after=after.value,
                reason=reason, approver="赵主席" if kind is EventKind.WITHDRAW else "",
                branch_id=branch.id, other_union="某区机关工会" if kind is EventKind.TRANSFER_OUT else "",
                recorded_by="system", recorded_ms=now_ms()))
    s.execute(insert(Member), member_rows)
    s.execute(insert(MemberEvent), event_rows)
    record_bulk(s, "member", created=member_rows)
    record_bulk(s, "member_event", created=event_rows, append_only=True, audit_creates=False)
    ids = [r["id"] for r in member_rows]
    for filler in DEMO_FILLERS:
        filler(s, rng, ids)
    return f"{UNION_NAME}，{len(branches)} 个分会/小组，{members} 名会员"


__all__ = ["fill_demo", "DEMO_FILLERS", "DEMO_USER", "DEMO_PASSWORD", "Branch"]
