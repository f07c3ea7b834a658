"""Import history: one batch per applied import, the rows it touched (for undo), mapping profiles.

Local to this PC like the audit log (not synced): the members it wrote sync as usual.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from union_desk.db.base import Base, new_id

APPLIED, UNDONE = "applied", "undone"


class ImportBatch(Base):
    __tablename__ = "import_batch"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # members / dues / ...
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    sheet: Mapped[str] = mapped_column(String(64), default="")
    actor: Mapped[str] = mapped_column(String(64), nullable=False)
    created_ms: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    counts: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON
    status: Mapped[str] = mapped_column(String(10), nullable=False, default=APPLIED)
    undone_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    undone_by: Mapped[str] = mapped_column(String(64), default="")


class ImportBatchItem(Base):
    """A row a batch created or updated; ``mtime_ms`` is the row's stamp right after the import,
    so a later change (which moves mtime) blocks undo."""

    __tablename__ = "import_batch_item"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(ForeignKey("import_batch.id"), nullable=False, index=True)
    entity: Mapped[str] = mapped_column(String(48), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(8), nullable=False)  # create / update / revive
    row: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # sheet row it came from
    old_values: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON, for update/revive
    mtime_ms: Mapped[int] = mapped_column(BigInteger, nullable=False)


class ImportProfile(Base):
    """A saved column mapping for a branch's template (header text or column letter -> field)."""

    __tablename__ = "import_profile"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    mapping: Mapped[str] = mapped_column(Text, nullable=False)  # JSON
    updated_ms: Mapped[int] = mapped_column(BigInteger, nullable=False)
