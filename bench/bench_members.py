#!/usr/bin/env python3
"""Members roster at scale: 200,000 members.

Prints JSON: time to first rows shown in the real members tab (offscreen Qt), search
latency p50/p95 by kind (2-character name, pinyin initials, ID fragment, phone fragment),
the search index build time, the raw SQLite baseline for listing ids, and peak RSS.

    python bench/bench_members.py [--members 200000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(db, n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    from sqlalchemy import insert

    from union_desk.core.members import Status
    from union_desk.db.base import new_id
    from union_desk.db.models import Member
    from union_desk.services.context import SYSTEM, ServiceContext
    from union_desk.services.demo import AREAS, GIVEN, SURNAMES
    from union_desk.core.idcard import check_char
    from union_desk.db.member_keys import derived
    from union_desk.services.setup import BranchSpec, SetupService

    ctx = ServiceContext(db, SYSTEM)
    SetupService(ctx).initialize("基准测试工会", [BranchSpec(f"第{i}分会") for i in range(1, 21)],
                                 "admin", "bench-pass")
    branches = [b.id for b in SetupService(ctx).branches()]
    rng = random.Random(seed)
    people, rows, seen = [], [], set()
    while len(rows) < n:
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 45))
        first17 = f"{rng.choice(AREAS)}{birth:%Y%m%d}{rng.randint(0, 999):03d}"
        number = first17 + check_char(first17)
        if number in seen:
            continue
        seen.add(number)
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        phone = f"1{rng.choice('3578')}{rng.randint(100_000_000, 999_999_999)}"
        rows.append(dict(id=new_id(), name=name, gender="男" if int(number[16]) % 2 else "女",
                         id_number=number, birth_date=birth, phone=phone,
                         branch_id=rng.choice(branches), status=Status.ACTIVE.value,
                         joined_on=dt.date(2015, 1, 1), **derived(name, number, phone)))
        people.append((name, number, phone))
    with ctx.uow() as s:
        for i in range(0, n, 20_000):
            s.execute(insert(Member), rows[i:i + 20_000])
    return people


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=200_000)
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--keep")
    ap.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    root = Path(args.keep or tempfile.mkdtemp(prefix="ud-bench-"))
    if args.build_only:
        from union_desk.infra.paths import DataPaths
        from union_desk.services.context import Database

        t0 = time.perf_counter()
        people = build(Database.open(DataPaths(root)), args.members)
        from union_desk.infra import pinyin

        # queries are prepared here: loading pypinyin in the measuring process would add its
        # ~50 MB of tables to the app's peak RSS (the app itself never loads it to search)
        sample = [(n, i, p, pinyin.initials(n)) for n, i, p in people[:5000]]
        (root / "people.json").write_text(json.dumps(sample, ensure_ascii=False), "utf-8")
        print(round(time.perf_counter() - t0, 2))
        return 0
    if not (root / "union_desk.sqlite").exists():
        # build in a child process so its memory does not count towards peak RSS here
        import subprocess

        out = subprocess.run([sys.executable, __file__, "--build-only", "--keep", str(root),
                              "--members", str(args.members)], check=True, capture_output=True,
                             text=True).stdout
        build_s = float(out.strip().splitlines()[-1])
    else:
        build_s = 0.0

    from union_desk.core.roles import Role
    from union_desk.infra.paths import DataPaths
    from union_desk.services.context import CurrentUser, Database, ServiceContext
    from union_desk.sync.office import Office
    from union_desk.services.members.dto import MemberFilter

    paths = DataPaths(root)
    db = Database.open(paths)
    people = [tuple(p) for p in json.loads((root / "people.json").read_text("utf-8"))]
    services = Office(ServiceContext(db, CurrentUser("bench", Role.CLERK)))

    # raw baseline: the same ordered id list straight from sqlite3
    import sqlite3

    con = sqlite3.connect(paths.db)
    t = time.perf_counter()
    raw_ids = con.execute("SELECT id FROM member WHERE deleted = 0 ORDER BY sort_key").fetchall()
    raw_list_s = time.perf_counter() - t
    con.close()
    del raw_ids  # the baseline's own rows must not count towards the app's peak RSS

    # first rows in the real members tab
    from PySide6.QtWidgets import QApplication

    from union_desk.ui.main_window import MainWindow, import_tab_modules

    import_tab_modules()  # the app loads them while the clerk types the password
    from union_desk.ui.tasks import TaskRunner, set_runner

    from PySide6.QtCore import QEventLoop, QTimer

    def rss_mb() -> dict:
        """Resident now, and the high-water mark so far."""
        with open("/proc/self/status") as fh:
            fields = dict(x.split(":", 1) for x in fh if x.startswith(("VmRSS", "VmHWM")))
        return {k.lower(): round(int(v.split()[0]) / 1024, 1) for k, v in fields.items()}

    rss = {"after_imports": rss_mb()}

    app = QApplication(sys.argv)
    set_runner(TaskRunner(app))
    loop = QEventLoop()
    t = time.perf_counter()
    win = MainWindow(services, union_name="基准测试工会")
    tab = win.members_tab
    # ids_loaded fires when the id list and the first page of rows are in the model;
    # wait in an event loop (a busy processEvents() loop would steal the GIL from the worker)
    tab.ids_loaded.connect(lambda _n: loop.quit())
    QTimer.singleShot(30_000, loop.quit)
    # measure the roster on its own: the 概览 tab (statistics over all members, memory-mapped
    # reads) only loads when shown, and its cost belongs to bench_reports.py
    win.tabs.setCurrentWidget(tab)
    win.show()
    loop.exec()
    app.processEvents()   # let the view paint the first rows
    first_rows_s = time.perf_counter() - t
    rss["after_first_rows"] = rss_mb()
    shown = tab.model.rowCount()

    # search latency through the service (what each keystroke costs after the debounce)
    t = time.perf_counter()
    services.members.warm_search()
    index_build_s = time.perf_counter() - t
    rss["after_search_index"] = rss_mb()
    rng = random.Random(11)
    kinds = {
        "name_2chars": lambda p: p[0][:2],
        "pinyin_initials": lambda p: p[3],
        "id_fragment": lambda p: p[1][6:14] if p[1] else p[0][:1],
        "phone_fragment": lambda p: p[2][-6:] if p[2] else p[0][:1],
    }
    search = {}
    for kind, make in kinds.items():
        times, hits = [], []
        for _ in range(args.queries):
            q = make(rng.choice(people))
            t = time.perf_counter()
            ids = services.members.query_ids(MemberFilter(text=q))
            times.append(time.perf_counter() - t)
            hits.append(len(ids))
        times.sort()
        search[kind] = {"p50_ms": round(statistics.median(times) * 1000, 2),
                        "p95_ms": round(times[int(len(times) * 0.95) - 1] * 1000, 2),
                        "median_hits": int(statistics.median(hits))}
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "members": args.members, "rows_in_table": shown, "build_db_s": round(build_s, 2),
        "raw_sqlite_ordered_ids_s": round(raw_list_s, 3),
        "first_rows_shown_s": round(first_rows_s, 3),
        "first_rows_vs_raw_ratio": round(first_rows_s / raw_list_s, 2) if raw_list_s else None,
        "search_index_build_s": round(index_build_s, 3), "search": search,
        "peak_rss_mb": round(peak_rss_mb, 1), "rss_mb_by_stage": rss,
        "goals": {"first_rows_s": 0.3, "search_p95_ms": 20, "peak_rss_mb": 200},
    }, ensure_ascii=False, indent=1))
    set_runner(None)
    if not args.keep:  # the 200,000-member database
        db.dispose()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
