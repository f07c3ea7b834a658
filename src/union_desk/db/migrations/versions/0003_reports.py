"""reports: report snapshots, covering indexes for member statistics as of a date

Revision ID: 0003_reports
Revises: 0001_foundation
Create Date: 2026-11-25 22:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_reports'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_snapshot',
    sa.Column('report_name', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('parameters', sa.Text(), nullable=False),
    sa.Column('figures', sa.Text(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_format', sa.String(length=8), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('row_count', sa.BigInteger(), nullable=False),
    sa.Column('unmasked', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_ms', sa.BigInteger(), nullable=False),
    sa.Column('sync_batch_id', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('mtime_ms', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_snapshot'))
    )
    with op.batch_alter_table('report_snapshot', schema=None) as batch_op:
        batch_op.create_index('ix_report_snapshot_name', ['report_name', 'created_ms'], unique=False)
        batch_op.create_index(batch_op.f('ix_report_snapshot_deleted'), ['deleted'], unique=False)

    op.create_index('ix_member_stats', 'member',
                    ['id', 'deleted', 'gender', 'migrant_worker', 'education', 'political_status',
                     'birth_date', 'branch_id'], unique=False)
    op.create_index('ix_member_event_asof', 'member_event',
                    ['member_id', 'event_date', 'recorded_ms', 'status_after', 'branch_id', 'deleted'],
                    unique=False)
    op.create_index('ix_member_event_period', 'member_event',
                    ['event_date', 'deleted', 'member_id', 'kind', 'status_before', 'status_after'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_member_event_period', table_name='member_event')
    op.drop_index('ix_member_event_asof', table_name='member_event')
    op.drop_index('ix_member_stats', table_name='member')
    with op.batch_alter_table('report_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_snapshot_deleted'))
        batch_op.drop_index('ix_report_snapshot_name')
    op.drop_table('report_snapshot')
