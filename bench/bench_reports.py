"""Benchmark the report engine; prints JSON figures (see issue 5 for the targets).

    python bench/bench_reports.py [--members 200000] [--events 1000000] [--keep DIR]

- roster_xlsx: members-roster of 100,000 members through ReportService vs raw
  xlsxwriter writing the same cells in the same run (target ratio <= 1.3);
- roster_pdf: 10,000 members to PDF (target <= 2.5 s);
- stats: member statistics as of a date over 200,000 members / 1,000,000 events (target <= 1 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from union_desk.core import idcard
from union_desk.core.idcard import mask as mask_id
from union_desk.core.members import EDUCATION, POLITICAL, TRANSITIONS, EventKind, Status
from union_desk.core.roles import Role
from union_desk.core.text import mask_phone
from union_desk.db.member_keys import derived
from union_desk.infra.paths import DataPaths
from union_desk.services.context import CurrentUser, Database, ServiceContext
from union_desk.services.members.stats import MemberStatsService
from union_desk.services.members.roster_report import COLUMNS, roster_rows
from union_desk.services.reporting.service import ReportService
from union_desk.services.setup import BranchSpec, SetupService

ROSTER_TITLES = [c.title for c in COLUMNS]

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗欧阳"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
# lifecycle moves the generator may take after joining, with their follow-ups
MOVES = [EventKind.RETAIN, EventKind.RESTORE, EventKind.TRANSFER_OUT_START,
         EventKind.TRANSFER_OUT_CANCEL, EventKind.WITHDRAW, EventKind.REJOIN,
         EventKind.TRANSFER_OUT, EventKind.TRANSFER_IN, EventKind.AUTO_WITHDRAW]


def id_number(rng: random.Random, birth: dt.date, female: bool, serial: int) -> str:
    seq = (serial % 499) * 2 + (0 if female else 1)
    first17 = f"{110101 + serial // 499 % 800:06d}{birth:%Y%m%d}{seq:03d}"
    return first17 + idcard.check_char(first17)


def build(root: Path, members: int, events: int, seed: int = 7) -> Database:
    """A data dir with `members` members and about `events` membership events."""
    db = Database.open(DataPaths(root))
    SetupService(ServiceContext(db)).initialize(
        "基准测试公司工会", [BranchSpec(f"第{i + 1}分会") for i in range(12)], "admin", "bench-pass-1")
    branches = [r[0] for r in db.engine.connect().exec_driver_sql(
        "SELECT id FROM branch ORDER BY sort_order").fetchall()]
    rng = random.Random(seed)
    per_member = events / members
    mrows, erows = [], []
    now = int(time.time() * 1000)
    for n in range(members):
        mid = f"{n:032x}"
        female = rng.random() < 0.45
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 16000))
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < .6 else "")
        idn = id_number(rng, birth, female, n)
        phone = f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
        branch = rng.choice(branches)
        day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(0, 8000))
        joined = day
        status = Status.ACTIVE
        erows.append((mid, EventKind.JOIN.value, day.isoformat(), "", status.value, branch, now, f"e{n:027x}{0:04x}"))
        k = 1
        target = int(per_member + rng.random()) - 1
        while k <= target:
            moves = [m for m in MOVES if status in TRANSITIONS[m][0]]
            kind = rng.choice(moves)
            after = TRANSITIONS[kind][1]
            day += dt.timedelta(days=rng.randrange(1, 400))
            erows.append((mid, kind.value, day.isoformat(), status.value, after.value, branch,
                          now + k, f"e{n:027x}{k:04x}"))
            status = after
            k += 1
        keys = derived(name, idn, phone)
        mrows.append((mid, f"M{n:06d}", name, "女" if female else "男", idn, birth.isoformat(),
                      rng.choice(POLITICAL), rng.choice(EDUCATION), phone, branch, joined.isoformat(),
                      status.value, 1 if rng.random() < 0.2 else 0, keys["sort_key"], keys["search_text"],
                      now))
    con = sqlite3.connect(root / "union_desk.sqlite")
    with con:
        con.executemany(
            "INSERT INTO member (id, member_no, name, gender, ethnicity, id_number, birth_date, "
            "political_status, education, skills, hobbies, phone, branch_id, position, joined_on, status, "
            "person_status, hukou_type, migrant_worker, family_note, remark, health, disability, "
            "bank_name, bank_account, sort_key, search_text, dirty, mtime_ms, deleted) VALUES "
            "(?,?,?,?,'汉族',?,?,?,?,'','',?,?,'',?,?,'在职','',?,'','','','','','',?,?,0,?,0)", mrows)
        con.executemany(
            "INSERT INTO member_event (member_id, kind, event_date, status_before, status_after, reason, "
            "approver, branch_id, other_union, recorded_by, recorded_ms, id, dirty, mtime_ms, deleted) "
            "VALUES (?,?,?,?,?,'','',?,'','bench',?,?,0,0,0)", erows)
    con.execute("ANALYZE")
    con.close()
    return db


def dataset(keep: Path, name: str, members: int, events: int) -> Database:
    root = keep / name
    if (root / "union_desk.sqlite").exists():
        return Database.open(DataPaths(root))
    if root.exists():
        import shutil
        shutil.rmtree(root)
    return build(root, members, events)


def timed(fn) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def raw_roster(rows: list[list], path: Path) -> None:
    """The baseline: plain xlsxwriter writing the same cells (constant memory, typed writes)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet()
    text = wb.add_format({"border": 1})
    day = wb.add_format({"border": 1, "num_format": "yyyy-mm-dd"})
    ws.write_string(0, 0, "会员花名册")
    for c, title in enumerate(ROSTER_TITLES):
        ws.write_string(2, c, title, text)
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            if isinstance(v, str):
                ws.write_string(r, c, v, text)
            elif isinstance(v, dt.date):
                ws.write_datetime(r, c, v, day)
            else:
                ws.write_number(r, c, v, text)
    wb.close()


def best(samples: list[tuple[float, float]]) -> dict[str, float]:
    return {"wall_s": round(min(s[0] for s in samples), 3), "cpu_s": round(min(s[1] for s in samples), 3)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--members", type=int, default=200_000)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--roster", type=int, default=100_000)
    ap.add_argument("--pdf", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep", default=str(Path(tempfile.gettempdir()) / "union_desk_bench"),
                    help="where the generated data dirs are kept between runs")
    args = ap.parse_args()
    keep = Path(args.keep)
    keep.mkdir(parents=True, exist_ok=True)
    out = keep / "out"
    out.mkdir(exist_ok=True)
    admin = CurrentUser("admin", Role.ADMIN)
    result: dict[str, object] = {"load_avg": list(os.getloadavg())}

    # --- members-roster to xlsx vs raw xlsxwriter, interleaved so both see the same load
    db = dataset(keep, f"roster-{args.roster}", args.roster, args.roster)
    svc = ReportService(ServiceContext(db, admin))
    with db.sessions() as s:
        rows = [list(r) for r in roster_rows(s)]
    for r in rows:  # the cells as the report writes them: masked
        r[3], r[8] = mask_id(r[3]), mask_phone(r[8])
    eng, raw = [], []
    for _ in range(args.rounds):
        eng.append(timed(lambda: svc.export("members-roster", out / "roster.xlsx")))
        raw.append(timed(lambda: raw_roster(rows, out / "raw.xlsx")))
    e, r = best(eng), best(raw)
    result["roster_xlsx"] = {"rows": len(rows), "engine": e, "raw_xlsxwriter": r,
                             "ratio_wall": round(e["wall_s"] / r["wall_s"], 3),
                             "ratio_cpu": round(e["cpu_s"] / r["cpu_s"], 3), "target_ratio": 1.3}
    db.dispose()

    # --- 10,000 members to PDF
    db = dataset(keep, f"pdf-{args.pdf}", args.pdf, args.pdf)
    svc = ReportService(ServiceContext(db, admin))
    samples = [timed(lambda: svc.export("members-roster", out / "roster.pdf")) for _ in range(args.rounds)]
    result["roster_pdf"] = {"rows": args.pdf, **best(samples), "target_s": 2.5}
    db.dispose()

    # --- statistics as of a date
    db = dataset(keep, f"stats-{args.members}-{args.events}", args.members, args.events)
    stats = MemberStatsService(ServiceContext(db, admin))
    figures = {}
    per_day = {}
    for day in (dt.date(2015, 6, 30), dt.date(2024, 12, 31)):
        samples = []
        for _ in range(args.rounds):
            samples.append(timed(lambda: figures.__setitem__(day, stats.compute(day))))
        per_day[day.isoformat()] = best(samples)
    with db.sessions() as s:
        n_events = s.connection().exec_driver_sql("SELECT count(*) FROM member_event").scalar()
    last = figures[dt.date(2024, 12, 31)]
    result["stats_as_of"] = {"members": args.members, "events": n_events, "by_date": per_day,
                             "target_s": 1.0, "total_2024_12_31": last.figures.total,
                             "checks_ok": last.ok}
    db.dispose()
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
