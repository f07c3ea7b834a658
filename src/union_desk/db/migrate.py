"""Run Alembic migrations at start-up: copy the database first, refuse a newer schema.

Every module adds its own revision. Revisions may form several heads (modules
land in parallel); we always upgrade to ``heads``. A database stamped with a
revision this program does not know was made by a newer union_desk: we refuse
to touch it.
"""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import text
from sqlalchemy.engine import Engine

from union_desk.errors import SchemaTooNew, StorageError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None):
    # Alembic costs ~40 MB and a second of start-up: it is imported only when a database
    # actually needs upgrading (or by tools and tests)
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


def _graph() -> dict[str, set[str]]:
    """revision -> its down revisions, read from the version files without importing Alembic."""
    graph: dict[str, set[str]] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text("utf-8")
        rev = _REV.search(source)
        if rev is None:
            continue
        down = _DOWN.search(source)
        graph[rev.group(1)] = set(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1))) if down else set()
    return graph


def known_revisions() -> set[str]:
    return set(_graph())


def head_revisions() -> set[str]:
    graph = _graph()
    parents = set().union(*graph.values()) if graph else set()
    return set(graph) - parents


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        if not sa_inspect(conn).has_table("alembic_version"):
            return set()
        return {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}


def backup_file(db_path: Path, backup_dir: Path, label: str = "pre-migrate") -> Path:
    """A consistent copy via SQLite's online backup (safe with WAL), never a raw file copy."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{db_path.stem}-{label}-{stamp}.sqlite"
    n = 1
    while target.exists():
        target = backup_dir / f"{db_path.stem}-{label}-{stamp}-{n}.sqlite"
        n += 1
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def refuse_newer(engine: Engine, db_path: Path | None) -> set[str]:
    """Raise SchemaTooNew for a database made by a newer union_desk; touches nothing."""
    current = current_revisions(engine)
    unknown = current - known_revisions()
    if unknown:
        raise SchemaTooNew(
            f"数据库文件 {db_path or ''} 由更新版本的 union_desk 创建（架构版本 {', '.join(sorted(unknown))}），"
            "本程序无法打开。请升级 union_desk 后再试；文件未作任何改动。")
    return current


def upgrade(engine: Engine, db_path: Path | None, backup_dir: Path | None) -> Path | None:
    """Bring the schema to the newest heads. Returns the backup path when one was made."""
    current = refuse_newer(engine, db_path)
    if current == head_revisions():
        return None
    backup = None
    if current and db_path is not None and backup_dir is not None and db_path.exists():
        backup = backup_file(db_path, backup_dir)
    from alembic import command

    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
    except Exception as exc:  # noqa: BLE001 - reported with the backup's location
        raise StorageError(f"数据库升级失败：{exc}。升级前的备份在 {backup}。") from exc
    return backup
