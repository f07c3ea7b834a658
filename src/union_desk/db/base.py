"""Declarative base and the sync columns every syncable row carries (architecture.md §2.3)."""

from __future__ import annotations

import os
import time

from sqlalchemy import BigInteger, Boolean, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """32 hex digits: 48-bit millisecond time, then 80 random bits (the UUIDv7 layout).

    Made on the client, so offline rows never collide across PCs (the random part). Time
    first, because every id lands in B-tree indexes here and on the server: ids that grow
    append to the last page, where uuid4's scatter dirtied a page per insert (a 200-op push
    wrote ~2 MB of WAL on the server instead of ~0.3 MB)."""
    return f"{time.time_ns() // 1_000_000:012x}{os.urandom(10).hex()}"


def now_ms() -> int:
    return int(time.time() * 1000)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncMixin:
    """Columns for sync; `db.tracking` fills them and writes audit + outbox rows.

    ``__sync_append_only__`` marks ledgers whose rows are never updated (they
    never conflict); ``__audit_creates__ = False`` skips the 'create' audit row for rows
    that are themselves an audit-like record. Everything else about the table (labels,
    sensitive fields, derived columns kept out of audit and outbox, the duplicate rule) is
    in the EntitySpec its module declares beside it (db/spec.py).
    """

    __sync_append_only__ = False
    # rows that are themselves a dated record of who did what (会籍 events) skip the
    # 'create' audit row; they still get their outbox row
    __audit_creates__ = True

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    server_version: Mapped[int | None] = mapped_column(BigInteger, nullable=True, default=None)
    dirty: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    mtime_ms: Mapped[int] = mapped_column(BigInteger, default=now_ms, nullable=False)
    # not indexed: almost every row is live, so the flag alone never narrows a query
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


SYNC_COLUMNS = frozenset({"id", "server_version", "dirty", "mtime_ms", "deleted"})

__all__ = ["Base", "SyncMixin", "SYNC_COLUMNS", "new_id", "now_ms", "Integer"]
