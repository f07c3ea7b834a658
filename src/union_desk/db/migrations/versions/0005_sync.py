"""sync: sync_state, sync_conflict, file_blob

Revision ID: 0005_sync
Revises: 0001_foundation
"""
from alembic import op
import sqlalchemy as sa

revision = "0005_sync"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.String(length=255), nullable=True),
        sa.Column("ca_file", sa.String(length=500), nullable=True),
        sa.Column("client_id", sa.String(length=32), nullable=True),
        sa.Column("office_id", sa.String(length=64), nullable=True),
        sa.Column("office_name", sa.String(length=128), nullable=True),
        sa.Column("server_epoch", sa.String(length=32), nullable=True),
        sa.Column("pull_cursor", sa.BigInteger(), nullable=False),
        sa.Column("seq_base", sa.BigInteger(), nullable=False),
        sa.Column("last_success_ms", sa.BigInteger(), nullable=True),
        sa.Column("last_attempt_ms", sa.BigInteger(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("needs_resync", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=48), nullable=False),
        sa.Column("entity_id", sa.String(length=32), nullable=False),
        sa.Column("rule", sa.String(length=16), nullable=False),
        sa.Column("op_id", sa.String(length=32), nullable=False),
        sa.Column("local_fields", sa.Text(), nullable=False),
        sa.Column("server_fields", sa.Text(), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("local_ms", sa.BigInteger(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("resolved_ms", sa.BigInteger(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
        sa.UniqueConstraint("op_id", name=op.f("uq_sync_conflict_op_id")),
    )
    op.create_index(op.f("ix_sync_conflict_entity_id"), "sync_conflict", ["entity_id"])
    op.create_index(op.f("ix_sync_conflict_resolved_ms"), "sync_conflict", ["resolved_ms"])
    op.create_table(
        "file_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("uploaded", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_file_blob")),
    )


def downgrade() -> None:
    op.drop_table("file_blob")
    op.drop_index(op.f("ix_sync_conflict_resolved_ms"), table_name="sync_conflict")
    op.drop_index(op.f("ix_sync_conflict_entity_id"), table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_state")
