"""The open database, the signed-in user, and the unit of work every service method uses."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

import union_desk.db.models  # noqa: F401  (registers tables)
from union_desk.db.tracking import flush_pending  # also installs the audit/outbox hook
from union_desk.core.roles import ROLE_LABELS, Perm, Role, allows
from union_desk.db import migrate, writes
from union_desk.db.engine import begin_immediate, enable_wal, make_engine, make_sessionmaker
from union_desk.db.errors import known_storage_error
from union_desk.db.wal import WalKeeper
from union_desk.errors import PermissionDenied, StorageError, UnionDeskError
from union_desk.infra.gcpause import gc_paused
from union_desk.infra.paths import DataPaths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CurrentUser:
    username: str
    role: Role
    display_name: str = ""

    def can(self, perm: Perm) -> bool:
        return allows(self.role, perm)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


SYSTEM = CurrentUser("system", Role.ADMIN, "系统")

# The tables written by the units of work committed on this thread since collect_changes()
_collector: ContextVar[set[str] | None] = ContextVar("union_desk_changes", default=None)


@contextmanager
def collect_changes() -> Iterator[set[str]]:
    """Gather the tables that every unit of work committed in this block wrote (the GUI's
    DbOp wraps its function in this and tells the tabs). A rolled-back unit adds nothing."""
    touched: set[str] = set()
    token = _collector.set(touched)
    try:
        yield touched
    finally:
        _collector.reset(token)


def report_changes(tables: Iterable[str]) -> None:
    """Add committed writes to the collector, if one is open (code that commits on a
    connection of its own, like the sync round, calls this after its commit)."""
    touched = _collector.get()
    if touched is not None:
        touched.update(tables)


class Database:
    """Owns the engine. Opening runs migrations (after a backup) or refuses a newer schema."""

    def __init__(self, engine: Engine, path: Path | None, paths: DataPaths | None = None):
        self.engine = engine
        self.path = path
        self.paths = paths
        self.sessions: sessionmaker[Session] = make_sessionmaker(engine)
        writes.watch(engine)  # each unit of work learns which tables it wrote
        self.last_backup: Path | None = None
        self._wal: WalKeeper | None = None  # file databases: the WAL is copied in lulls

    @classmethod
    def open(cls, paths: DataPaths) -> "Database":
        paths.ensure()
        try:
            engine = make_engine(paths.db, wal=False)
            migrate.refuse_newer(engine, paths.db)
            enable_wal(engine)
            db = cls(engine, paths.db, paths)
            db.last_backup = migrate.upgrade(engine, paths.db, paths.backups)
            db._wal = WalKeeper(engine, paths.db)
        except UnionDeskError:
            raise
        except Exception as exc:  # noqa: BLE001 - environment failures become plain messages
            known = known_storage_error(exc, paths.db)
            if known:
                raise known from exc
            raise
        return db

    @classmethod
    def in_memory(cls) -> "Database":
        """A private in-memory DB for quick tests (StaticPool keeps one connection)."""
        from sqlalchemy import create_engine, event
        from sqlalchemy.pool import StaticPool

        from union_desk.db.engine import _on_connect

        engine = create_engine("sqlite://", poolclass=StaticPool,
                               connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _on_connect)
        db = cls(engine, None)
        migrate.upgrade(engine, None, None)
        return db

    def wrote(self) -> None:
        """Called after each committed unit of work."""
        if self._wal is not None:
            self._wal.wrote()

    def dispose(self) -> None:
        if self._wal is not None:
            self._wal.close()  # a last checkpoint: a closed office is one tidy file
            self._wal = None
        self.engine.dispose()


class ServiceContext:
    def __init__(self, db: Database, user: CurrentUser | None = None):
        self.db = db
        self.user = user

    def as_user(self, user: CurrentUser) -> "ServiceContext":
        return ServiceContext(self.db, user)

    def require(self, perm: Perm) -> CurrentUser:
        if self.user is None:
            raise PermissionDenied("请先登录")
        if not self.user.can(perm):
            raise PermissionDenied(f"当前账号（{self.user.role_label}）没有此项权限")
        return self.user

    def can(self, perm: Perm) -> bool:
        return self.user is not None and self.user.can(perm)

    @contextmanager
    def uow(self, *, batch_id: str | None = None, remote: bool = False) -> Iterator[Session]:
        """One use case = one transaction: commit on success, roll back everything on error.

        The cyclic GC is paused meanwhile: bulk use cases (a month's charges, an import, a
        batch of payments) make millions of short-lived objects (see infra.gcpause)."""
        with gc_paused(), self._uow(batch_id, remote) as session:
            yield session

    @contextmanager
    def _uow(self, batch_id: str | None, remote: bool) -> Iterator[Session]:
        session = self.db.sessions()
        session.info["actor"] = self.user.username if self.user else "system"
        if batch_id:
            session.info["batch_id"] = batch_id
        session.info["remote"] = remote
        try:
            with session.begin():
                # Take the write lock up front: a deferred transaction that reads, then writes
                # after another connection (a sync round on the network thread, the CLI)
                # committed, fails at once with "database is locked" instead of waiting.
                begin_immediate(session)
                with writes.recording(session.connection()) as written:
                    yield session
                    # audit rows queued without an ORM change (unmask, export) still get written
                    session.flush()
                    flush_pending(session)
            self.db.wrote()
            report_changes(written)  # committed: tell the collector (a rollback never gets here)
        except (DBAPIError, sqlite3.Error) as exc:  # bulk writes use the driver directly
            raise self._storage(exc) from exc
        except StorageError:
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self.db.sessions()
        try:
            with gc_paused():  # reports and exports turn 100,000 rows into DTOs
                yield session
        except DBAPIError as exc:
            raise self._storage(exc) from exc
        finally:
            # close() ends the transaction without expiring loaded objects
            session.close()

    def _storage(self, exc: Exception) -> Exception:
        known = known_storage_error(exc, self.db.path)
        if known is not None:
            log.warning("storage error: %s", type(getattr(exc, "orig", exc)).__name__)
            return known
        return exc
