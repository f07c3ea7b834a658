"""Outbox: every local change to a syncable row, appended in the change's own transaction."""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from union_desk.db.base import Base

PENDING, INFLIGHT, ACKED, REJECTED = "pending", "inflight", "acked", "rejected"
# ``fields`` of an op that creates a row written in bulk: the whole row (tracked columns and
# ``deleted``) as it is when pushed, made then by SQL (sync/snapshot.py). Writing 100,000 JSON
# documents at import time cost more than the import's own rows; nobody waits for the push.
SNAPSHOT = ""


class Outbox(Base):
    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_seq", "status", "seq"),
                      Index("ix_outbox_entity", "entity", "entity_id"))

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    entity: Mapped[str] = mapped_column(String(48), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)  # upsert / delete / append
    fields: Mapped[str] = mapped_column(Text, nullable=False)  # JSON of changed fields, or SNAPSHOT
    base_version: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    created_ms: Mapped[int] = mapped_column(BigInteger, nullable=False)
    batch_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
