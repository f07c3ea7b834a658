"""Start-up migrations: an old database upgrades with its data intact after a backup;
a database from a newer union_desk is refused and left untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from union_desk.db.migrate import head_revisions
from union_desk.errors import SchemaTooNew
from union_desk.infra.paths import DataPaths
from union_desk.services.auth import AuthService
from union_desk.services.context import Database, ServiceContext
from union_desk.services.members.service import MembersService

FIXTURE = Path(__file__).parents[1] / "fixtures" / "v1_office.sqlite"


def _copy_fixture(tmp_path) -> DataPaths:
    paths = DataPaths(tmp_path / "office")
    paths.ensure()
    shutil.copy(FIXTURE, paths.db)
    return paths


def test_old_database_upgrades_with_data_intact_and_a_backup(tmp_path):
    paths = _copy_fixture(tmp_path)
    db = Database.open(paths)
    try:
        assert db.last_backup is not None and db.last_backup.exists()
        with sqlite3.connect(db.last_backup) as old:
            assert old.execute("select version_num from alembic_version").fetchall() == [
                ("0001_foundation",)]
        user = AuthService(ServiceContext(db)).login("admin", "old-pass-1")
        members = MembersService(ServiceContext(db, user))
        rows = members.rows(members.query_ids())
        assert sorted(r.name for r in rows) == ["张伟", "李娜"]
        zhang = members.get(next(r.id for r in rows if r.name == "张伟"))
        assert zhang.monthly_wage == Decimal("4567.89")
        with sqlite3.connect(paths.db) as con:
            versions = {r[0] for r in con.execute("select version_num from alembic_version")}
        assert versions == head_revisions()
    finally:
        db.dispose()


def test_new_database_gets_big_pages_and_an_old_one_keeps_its_own(tmp_path):
    from union_desk.db.engine import PAGE_SIZE

    fresh = DataPaths(tmp_path / "new")
    Database.open(fresh).dispose()
    old = _copy_fixture(tmp_path)
    Database.open(old).dispose()

    def page_size(path):
        with sqlite3.connect(path) as con:
            return con.execute("pragma page_size").fetchone()[0], con.execute(
                "pragma journal_mode").fetchone()[0]

    assert page_size(fresh.db) == (PAGE_SIZE, "wal")
    assert page_size(old.db) == (4096, "wal")


def test_second_start_makes_no_new_backup(tmp_path):
    paths = _copy_fixture(tmp_path)
    Database.open(paths).dispose()
    again = Database.open(paths)
    assert again.last_backup is None
    again.dispose()


def test_newer_schema_is_refused_and_not_touched(tmp_path):
    paths = _copy_fixture(tmp_path)
    with sqlite3.connect(paths.db) as con:
        con.execute("update alembic_version set version_num = '9999_from_the_future'")
    digest = hashlib.sha256(paths.db.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNew) as err:
        Database.open(paths)
    assert "更新版本" in err.value.message and str(paths.db) in err.value.message
    assert hashlib.sha256(paths.db.read_bytes()).hexdigest() == digest


def test_migrations_build_exactly_the_models():
    """Autogenerate finds nothing to do: no model change ships without its migration."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    import union_desk.db.models  # noqa: F401
    from union_desk.db.base import Base
    from union_desk.db.migrate import alembic_config

    import re
    import warnings

    from sqlalchemy import exc
    from sqlalchemy.schema import CreateIndex

    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
        # SQLAlchemy cannot reflect expression indexes from SQLite, so autogenerate sees those
        # as missing; they are compared by their SQL instead
        expression = {ix.name: ix for t in Base.metadata.tables.values() for ix in t.indexes
                      if any(not hasattr(e, "name") for e in ix.expressions)}
        assert "ux_member_id_number" in expression
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based",
                                    exc.SAWarning)
            warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression",
                                    UserWarning)
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d for d in diff if not (d[0] == "add_index" and d[1].name in expression)] == []

        def norm(sql: str) -> str:
            return re.sub(r"\s+", "", sql).replace('"', "").lower()

        for name, ix in expression.items():
            stored = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                          "AND name = ?", (name,)).scalar()
            assert stored and norm(stored) == norm(str(CreateIndex(ix).compile(conn))), name


def test_revision_graph_read_without_alembic_matches_alembic():
    """Start-up reads heads from the version files itself (Alembic loads only to upgrade)."""
    from alembic.script import ScriptDirectory

    from union_desk.db import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revisions() == set(script.get_heads())
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_migrations_form_one_linear_chain():
    """Two modules branching from the same revision would give two heads: a new revision must
    follow the current head (docs/DEVELOPING.md)."""
    from union_desk.db.migrate import _graph

    graph = _graph()
    assert len(head_revisions()) == 1, f"several heads: {sorted(head_revisions())}"
    merges_after_0007 = [rev for rev, downs in graph.items() if len(downs) > 1 and rev != "0007_lean_indexes"]
    assert not merges_after_0007, merges_after_0007
