"""Client-side sync bookkeeping: the single sync_state row, the conflict review queue, blobs."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from union_desk.db.base import Base


class SyncState(Base):
    """One row (id=1). ``seq_base`` maps outbox.seq to the per-client sequence the server sees
    (client_seq = seq - seq_base), so a PC registered after working offline starts at 1."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str | None] = mapped_column(String(255), nullable=True)
    ca_file: Mapped[str | None] = mapped_column(String(500), nullable=True)
    client_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    office_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    office_name: Mapped[str | None] = mapped_column(String(128), nullable=True)
    server_epoch: Mapped[str | None] = mapped_column(String(32), nullable=True)
    pull_cursor: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    seq_base: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    last_success_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    last_attempt_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    needs_resync: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class SyncConflict(Base):
    """A field-level conflict (or a rejected op) the server decided; shown for review.

    ``local_fields``/``server_fields`` are JSON objects of the disputed fields only.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(48), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    rule: Mapped[str] = mapped_column(String(16), nullable=False)  # server_wins / delete_wins / rejected
    op_id: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    local_fields: Mapped[str] = mapped_column(Text, nullable=False)
    server_fields: Mapped[str] = mapped_column(Text, nullable=False)
    server_version: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    local_ms: Mapped[int] = mapped_column(BigInteger, nullable=False)
    created_ms: Mapped[int] = mapped_column(BigInteger, nullable=False)
    resolved_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)
    resolution: Mapped[str | None] = mapped_column(Text, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class FileBlob(Base):
    __tablename__ = "file_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    path: Mapped[str] = mapped_column(String(500), nullable=False)
    uploaded: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
