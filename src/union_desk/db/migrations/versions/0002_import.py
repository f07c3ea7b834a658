"""import: batches (history + undo journal) and saved column-mapping profiles

Revision ID: 0002_import
Revises: 0001_foundation
Create Date: 2026-11-25 22:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_import'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_batch',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('sheet', sa.String(length=64), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('created_ms', sa.BigInteger(), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('undone_ms', sa.BigInteger(), nullable=True),
    sa.Column('undone_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch'))
    )
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_batch_created_ms'), ['created_ms'], unique=False)
        batch_op.create_index(batch_op.f('ix_import_batch_sha256'), ['sha256'], unique=False)

    op.create_table('import_profile',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('updated_ms', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_profile')),
    sa.UniqueConstraint('kind', 'name', name=op.f('uq_import_profile_kind'))
    )
    op.create_table('import_batch_item',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('batch_id', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=48), nullable=False),
    sa.Column('entity_id', sa.String(length=32), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('row', sa.Integer(), nullable=False),
    sa.Column('old_values', sa.Text(), nullable=True),
    sa.Column('mtime_ms', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_import_batch_item_batch_id_import_batch')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_import_batch_item'))
    )
    with op.batch_alter_table('import_batch_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_batch_item_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_import_batch_item_entity_id'), ['entity_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('import_batch_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_batch_item_entity_id'))
        batch_op.drop_index(batch_op.f('ix_import_batch_item_batch_id'))
    op.drop_table('import_batch_item')
    op.drop_table('import_profile')
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_batch_sha256'))
        batch_op.drop_index(batch_op.f('ix_import_batch_created_ms'))
    op.drop_table('import_batch')
