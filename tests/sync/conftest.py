"""A real sync server on loopback (uvicorn in a thread, SQLite or PostgreSQL) and client offices.

PostgreSQL runs when UNION_DESK_TEST_PG holds a SQLAlchemy URL (`.ci/postgres.sh`
prints one). Under CI (CI=true) a missing URL fails those tests; locally they
are deselected with a note in the header.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass

import pytest
import uvicorn

from union_desk.core.roles import Role
from union_desk.infra.paths import DataPaths
from union_desk.server.app import create_app
from union_desk.server.config import ServerConfig
from union_desk.server.db import ServerDB, open_db
from union_desk.services.context import CurrentUser, Database, ServiceContext
from union_desk.sync.service import SyncService
from union_desk.sync.transport import Transport

PG_URL = os.environ.get("UNION_DESK_TEST_PG", "").strip()
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
ADMIN_TOKEN = "test-admin-token"


def pytest_report_header(config):
    if not PG_URL and not IN_CI:
        return "tests/sync: PostgreSQL variants deselected (set UNION_DESK_TEST_PG, e.g. from .ci/postgres.sh)"
    return None


def pytest_collection_modifyitems(config, items):
    if PG_URL or IN_CI:
        return
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        (drop if callspec and callspec.params.get("backend") == "postgres" else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def _pg_schema_url() -> tuple[str, str]:
    """A private schema per test, so tests never see each other's rows (needs no CREATEDB)."""
    import sqlalchemy as sa

    schema = "t_" + uuid.uuid4().hex[:12]
    engine = sa.create_engine(PG_URL)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine.dispose()
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}", schema


def _drop_schema(schema: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(PG_URL)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite'}"
        return
    if not PG_URL:
        pytest.fail("UNION_DESK_TEST_PG is not set: CI must run the PostgreSQL sync tests "
                    "(.ci/postgres.sh starts a server and prints the URL)")
    url, schema = _pg_schema_url()
    yield url
    _drop_schema(schema)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    db: ServerDB
    config: ServerConfig
    server: uvicorn.Server
    thread: threading.Thread

    def admin(self) -> Transport:
        return Transport(self.url, ADMIN_TOKEN)

    def add_office(self, office_id: str, name: str | None = None) -> None:
        with self.admin() as t:
            t._call("POST", "/admin/offices", json={"office_id": office_id, "name": name or office_id})

    def add_client(self, office_id: str) -> dict:
        with self.admin() as t:
            return t._call("POST", "/admin/clients", json={"office_id": office_id})

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.db.dispose()


def start_server(db_url: str, tmp_path, **config_kw) -> LiveServer:
    config = ServerConfig(db_url=db_url, admin_token=ADMIN_TOKEN, files_dir=tmp_path / "files",
                          **config_kw)
    db = open_db(db_url)
    app = create_app(config, db)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error",
                                           access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, name="sync-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("sync server did not start")
        time.sleep(0.02)
    return LiveServer(f"http://127.0.0.1:{port}", db, config, server, thread)


@pytest.fixture
def live_server(backend, tmp_path):
    srv = start_server(backend, tmp_path)
    yield srv
    srv.stop()


ADMIN_USER = CurrentUser("admin", Role.ADMIN, "管理员")


@dataclass
class Office:
    """One PC of an office: its own data dir and DB, registered with the server."""

    name: str
    db: Database
    ctx: ServiceContext
    token: str
    client_id: str

    def service(self, transport_factory=None, **engine_options) -> SyncService:
        return SyncService(self.ctx, transport_factory=transport_factory,
                           engine_options=engine_options)

    def sync(self, **kw):
        return self.service().run_round(token=self.token, **kw)


@pytest.fixture
def make_pc(live_server, tmp_path):
    opened: list[Database] = []

    def make(office_id: str = "o1", name: str | None = None) -> Office:
        if office_id not in made_offices:
            live_server.add_office(office_id)
            made_offices.add(office_id)
        creds = live_server.add_client(office_id)
        label = name or f"pc{len(opened) + 1}"
        db = Database.open(DataPaths(tmp_path / label))
        opened.append(db)
        # Held open so per-operation connections are never the last one: SQLite checkpoints
        # the WAL when the last connection closes, which dominated the test's run time.
        keeper = sqlite3.connect(db.path)
        keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()  # actually opens the WAL
        keepers.append(keeper)
        ctx = ServiceContext(db, ADMIN_USER)
        SyncService(ctx).register(live_server.url, creds["token"], store_token=False)
        return Office(label, db, ctx, creds["token"], creds["client_id"])

    made_offices: set[str] = set()
    keepers: list[sqlite3.Connection] = []
    yield make
    for conn in keepers:
        conn.close()
    for db in opened:
        db.dispose()
