"""Sync benchmark (prints JSON).

1. push N changes (member creates, with their join events) from client A to a local server
   (a real `union-desk-server serve` subprocess), then pull them into a fresh client B:
   ops/s each way (target ≥ 10,000/s on SQLite; PostgreSQL too when a URL is given);
2. full sync from scratch of an office with M members (their join events included) into a
   fresh PC: target ≤ 15 s;
3. peak RSS of this (client) process and of the server process.

Run: python bench/bench_sync.py [--changes 100000] [--members 50000] [--pg URL] [--batch-ops 200]
     (--pg defaults to $UNION_DESK_TEST_PG; `bash .ci/postgres.sh` prints one)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import insert

from union_desk.core.roles import Role
from union_desk.db.base import new_id
from union_desk.db.member_keys import derived
from union_desk.db.models import Member, MemberEvent
from union_desk.db.tracking import record_bulk
from union_desk.infra.paths import DataPaths
from union_desk.services.context import CurrentUser, Database, ServiceContext
from union_desk.sync.engine import SyncEngine
from union_desk.sync.report import RoundReport
from union_desk.sync.service import SyncService
from union_desk.sync.transport import Transport

ADMIN = "bench-admin"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宇浩然欣怡子轩梓涵"
USER = CurrentUser("admin", Role.ADMIN, "管理员")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, db_url: str, workdir: Path, max_ops: int = 200, max_bytes: int = 1_000_000):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, UNION_DESK_SERVER_ADMIN_TOKEN=ADMIN)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "union_desk.server.cli", "serve", "--db", db_url,
             "--port", str(self.port), "--max-ops", str(max_ops), "--max-bytes", str(max_bytes)],
            cwd=workdir, env=env, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(self.url + "/sync/meta", timeout=2)
                return
            except httpx.HTTPError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("server did not start")
                time.sleep(0.1)

    def admin(self, path: str, body: dict) -> dict:
        r = httpx.post(self.url + path, json=body, headers={"Authorization": f"Bearer {ADMIN}"})
        r.raise_for_status()
        return r.json()

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
        return -1.0

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def new_pc(server: Server, office: str, root: Path, label: str) -> tuple[ServiceContext, str]:
    token = server.admin("/admin/clients", {"office_id": office})["token"]
    db = Database.open(DataPaths(root / label))
    ctx = ServiceContext(db, USER)
    SyncService(ctx).register(server.url, token, store_token=False)
    return ctx, token


def fill(ctx: ServiceContext, members: int, seed: int) -> int:
    """Members and their join events through the bulk path (Core insert + record_bulk)."""
    rng = random.Random(seed)
    made = 0
    for start in range(0, members, 5000):
        rows, events = [], []
        for i in range(start, min(members, start + 5000)):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            idn = f"{seed % 90 + 10}{i:015d}0"
            phone = f"13{rng.randint(0, 999999999):09d}"
            mid = new_id()
            rows.append(dict(id=mid, member_no=str(i), name=name, gender=rng.choice("男女"),
                             ethnicity="汉族", id_number=idn, birth_date=dt.date(1980, 1, 1),
                             joined_on=dt.date(2020, 1, 1), phone=phone,
                             status="在会", person_status="在职", migrant_worker=rng.random() < .3,
                             remark="", **derived(name, idn, phone)))
            events.append(dict(id=new_id(), member_id=mid, kind="入会", status_before="",
                               status_after="在会", reason="", recorded_ms=1,
                               event_date=dt.date(2020, 1, 1)))
        with ctx.uow() as s:
            s.execute(insert(Member), rows)
            s.execute(insert(MemberEvent), events)
            record_bulk(s, "member", created=[{k: v for k, v in r.items()
                                               if k not in ("sort_key", "search_text")} for r in rows])
            record_bulk(s, "member_event", created=events, append_only=True)
        made += 2 * len(rows)
    return made


def timed_round(ctx: ServiceContext, token: str, url: str, batch_ops: int = 200) -> dict:
    # pull pages keep the engine's default size, as in the app
    engine = SyncEngine(ctx.db, Transport(url, token), batch_ops=batch_ops,
                        batch_bytes=max(1_000_000, batch_ops * 5000))
    report = RoundReport()
    noop = lambda *_a: None  # noqa: E731
    with engine.store.connection():
        meta = engine.transport.meta()
        with engine.store.tx() as s:
            st = engine.store.state(s)
            st.server_epoch = meta.server_epoch
            client_id, seq_base = st.client_id, st.seq_base
        t0 = time.perf_counter()
        engine.push.run(meta, client_id, seq_base, report, None, noop)
        t1 = time.perf_counter()
        engine.pull.run(report, None, noop)
        t2 = time.perf_counter()
    engine.transport.close()
    return {"pushed": report.pushed, "push_s": round(t1 - t0, 2), "pulled": report.pulled,
            "pull_s": round(t2 - t1, 2)}


def run_backend(label: str, db_url: str, args, root: Path) -> dict:
    ops = args.batch_ops
    server = Server(db_url, root, ops, max(1_000_000, ops * 5000))
    try:
        office = "o-" + uuid.uuid4().hex[:6]
        server.admin("/admin/offices", {"office_id": office, "name": "基准工会"})
        a, token_a = new_pc(server, office, root, f"{label}-a")
        made = fill(a, args.changes // 2, 1)
        push = timed_round(a, token_a, server.url, ops)
        b, token_b = new_pc(server, office, root, f"{label}-b")
        pull = timed_round(b, token_b, server.url, ops)
        out = {"changes": made, "batch_ops": ops,
               "push_ops_per_s": round(push["pushed"] / push["push_s"]),
               "push_s": push["push_s"],
               "pull_ops_per_s": round(pull["pulled"] / pull["pull_s"]),
               "pull_s": pull["pull_s"]}
        office2 = "o-" + uuid.uuid4().hex[:6]
        server.admin("/admin/offices", {"office_id": office2, "name": "五万人工会"})
        c, token_c = new_pc(server, office2, root, f"{label}-c")
        fill(c, args.members, 2)
        timed_round(c, token_c, server.url, ops)
        d, token_d = new_pc(server, office2, root, f"{label}-d")
        t0 = time.perf_counter()
        report = SyncService(d).run_round(token=token_d)
        out["full_sync_members"] = args.members
        out["full_sync_changes"] = report.pulled
        out["full_sync_s"] = round(time.perf_counter() - t0, 2)
        out["full_sync_counts_checked"] = report.counts_checked and not report.count_mismatch
        out["server_peak_rss_mb"] = server.peak_rss_mb()
        for ctx in (a, b, c, d):
            ctx.db.dispose()
        return out
    finally:
        server.stop()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--changes", type=int, default=100_000)
    p.add_argument("--members", type=int, default=50_000)
    p.add_argument("--pg", default=os.environ.get("UNION_DESK_TEST_PG"))
    p.add_argument("--keep", help="keep data in this directory")
    p.add_argument("--batch-ops", type=int, default=200,
                   help="ops per push batch (server --max-ops too); 200 is the default limit")
    args = p.parse_args()
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_sync_"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        results = {"sqlite": run_backend("sqlite", f"sqlite:///{root / 'server.sqlite'}", args, root)}
        if args.pg:
            results["postgresql"] = run_backend("pg", args.pg, args, root)
    finally:
        if not args.keep:  # a run leaves ~1.5 GB of databases behind
            shutil.rmtree(root, ignore_errors=True)
    results["client_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    results["targets"] = {"ops_per_s": 10_000, "full_sync_s": 15}
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
