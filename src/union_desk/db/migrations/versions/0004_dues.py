"""dues: wage bases, monthly charges, payment ledger, union funds records

Revision ID: 0004_dues
Revises: 0001_foundation
Create Date: 2026-11-25 22:45:00
"""
from alembic import op
import sqlalchemy as sa
import union_desk.db.types


revision = '0004_dues'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None

_LIVE = sa.text('NOT deleted')


def _sync_columns():
    return [
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('server_version', sa.BigInteger(), nullable=True),
        sa.Column('dirty', sa.Boolean(), nullable=False),
        sa.Column('mtime_ms', sa.BigInteger(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('dues_wage_base',
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('base', union_desk.db.types.Money(), nullable=False),
    sa.Column('pay_system', sa.String(length=4), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_dues_wage_base_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_wage_base'))
    )
    with op.batch_alter_table('dues_wage_base', schema=None) as batch_op:
        batch_op.create_index('ix_dues_wage_base_member', ['member_id', 'effective_from'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_wage_base_deleted'), ['deleted'], unique=False)

    op.create_table('dues_charge',
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('branch_id', sa.String(length=32), nullable=True),
    sa.Column('base', union_desk.db.types.Money(), nullable=False),
    sa.Column('rule', sa.String(length=8), nullable=False),
    sa.Column('amount', union_desk.db.types.Money(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_dues_charge_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_charge'))
    )
    with op.batch_alter_table('dues_charge', schema=None) as batch_op:
        batch_op.create_index('ux_dues_charge_member_month', ['member_id', 'month'], unique=True,
                              sqlite_where=_LIVE, postgresql_where=_LIVE)
        batch_op.create_index('ix_dues_charge_month_cover',
                              ['month', 'member_id', 'branch_id', 'amount', 'base'], unique=False,
                              sqlite_where=_LIVE, postgresql_where=_LIVE)
        batch_op.create_index(batch_op.f('ix_dues_charge_deleted'), ['deleted'], unique=False)

    op.create_table('dues_payment',
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('amount', union_desk.db.types.Money(), nullable=False),
    sa.Column('months', sa.String(length=400), nullable=False),
    sa.Column('first_month', sa.String(length=7), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('receipt_no', sa.String(length=40), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('recorded_ms', sa.BigInteger(), nullable=False),
    sa.Column('reverses_id', sa.String(length=32), nullable=True),
    sa.Column('import_batch_id', sa.String(length=32), nullable=True),
    sa.Column('source_key', sa.String(length=64), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_dues_payment_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_payment'))
    )
    with op.batch_alter_table('dues_payment', schema=None) as batch_op:
        batch_op.create_index('ix_dues_payment_member', ['member_id', 'first_month'], unique=False)
        batch_op.create_index('ix_dues_payment_month_cover',
                              ['first_month', 'member_id', 'amount', 'months'], unique=False,
                              sqlite_where=_LIVE, postgresql_where=_LIVE)
        batch_op.create_index('ix_dues_payment_multi', ['member_id', 'first_month'], unique=False,
                              sqlite_where=sa.text("instr(months, ',') > 0"),
                              postgresql_where=sa.text("strpos(months, ',') > 0"))
        batch_op.create_index('ix_dues_payment_reverses', ['reverses_id'], unique=False,
                              sqlite_where=sa.text('reverses_id IS NOT NULL'),
                              postgresql_where=sa.text('reverses_id IS NOT NULL'))
        batch_op.create_index(batch_op.f('ix_dues_payment_deleted'), ['deleted'], unique=False)

    op.create_table('union_funds_record',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('payroll_total', union_desk.db.types.Money(), nullable=False),
    sa.Column('rate', sa.String(length=10), nullable=False),
    sa.Column('amount', union_desk.db.types.Money(), nullable=False),
    sa.Column('upper_share', sa.String(length=10), nullable=False),
    sa.Column('upper_amount', union_desk.db.types.Money(), nullable=False),
    sa.Column('basic_amount', union_desk.db.types.Money(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_union_funds_record'))
    )
    with op.batch_alter_table('union_funds_record', schema=None) as batch_op:
        batch_op.create_index('ux_union_funds_month', ['month'], unique=True,
                              sqlite_where=_LIVE, postgresql_where=_LIVE)
        batch_op.create_index(batch_op.f('ix_union_funds_record_deleted'), ['deleted'], unique=False)


def downgrade() -> None:
    for table in ('union_funds_record', 'dues_payment', 'dues_charge', 'dues_wage_base'):
        op.drop_table(table)
