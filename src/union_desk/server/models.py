"""Server tables (own metadata, own Alembic history in server/migrations).

``change`` is the append-only log clients pull; ``entity_state`` holds the
merged current fields of each row with per-field versions for field-level
merge; ``applied_op`` makes pushes idempotent; ``server_meta.next_seq`` is the
global sequence counter, whose row lock also orders commits (see store.py).
"""

from __future__ import annotations

import time

from sqlalchemy import (BigInteger, Boolean, Column, Index, Integer, MetaData, String, Table,
                        Text)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


def now_ms() -> int:
    # the server's own clock: client clocks never order anything here
    return int(time.time() * 1000)

server_meta = Table(
    "server_meta", metadata,
    Column("id", Integer, primary_key=True),
    Column("epoch", String(32), nullable=False),
    Column("next_seq", BigInteger, nullable=False),
    Column("created_ms", BigInteger, nullable=False),
)

office = Table(
    "office", metadata,
    Column("office_id", String(64), primary_key=True),
    Column("name", String(128), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
)

client = Table(
    "client", metadata,
    Column("client_id", String(32), primary_key=True),
    Column("office_id", String(64), nullable=False, index=True),
    Column("name", String(128), nullable=False, default=""),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("last_client_seq", BigInteger, nullable=False, default=0),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("created_ms", BigInteger, nullable=False),
    Column("last_seen_ms", BigInteger, nullable=True),
)

change = Table(
    "change", metadata,
    Column("server_seq", BigInteger, primary_key=True, autoincrement=False),
    Column("office_id", String(64), nullable=False),
    Column("entity", String(48), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("fields", Text, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("origin_client", String(32), nullable=False),
    Column("origin_op", String(32), nullable=False),
    Column("server_ms", BigInteger, nullable=False),
    Index("ix_change_office_seq", "office_id", "server_seq"),
)

applied_op = Table(
    "applied_op", metadata,
    # keyed by client: an op id forged by another office can never read this result
    Column("client_id", String(32), primary_key=True),
    Column("op_id", String(32), primary_key=True),
    Column("office_id", String(64), nullable=False),
    Column("batch_id", String(32), nullable=False),
    Column("client_seq", BigInteger, nullable=False),
    Column("result", Text, nullable=False),
)

entity_state = Table(
    "entity_state", metadata,
    Column("office_id", String(64), primary_key=True),
    Column("entity", String(48), primary_key=True),
    Column("entity_id", String(64), primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("fields", Text, nullable=False),
    Column("field_versions", Text, nullable=False),
    Column("deleted", Boolean, nullable=False),
)

blob = Table(
    "blob", metadata,
    Column("office_id", String(64), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("complete", Boolean, nullable=False, default=False),
    Column("created_ms", BigInteger, nullable=False),
)
