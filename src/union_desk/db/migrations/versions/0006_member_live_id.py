"""member: the ID number is unique among live members only

Revision ID: 0006_member_live_id
Revises: 0001_foundation

Retired members (an undone import, the second of two PCs' offline registrations of one
person, see sync/duplicates.py) keep their ID number; only one live member may hold it.
"""
from alembic import op
import sqlalchemy as sa

revision = "0006_member_live_id"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ux_member_id_number", table_name="member")
    # (id_number, '') for live members, (id_number, id) for retired ones; an expression, not
    # a partial index, so SQLite never prefers it for plain "NOT deleted" scans
    op.create_index("ux_member_id_number", "member",
                    ["id_number", sa.text("(CASE WHEN deleted THEN id ELSE '' END)")], unique=True)


def downgrade() -> None:
    op.drop_index("ux_member_id_number", table_name="member")
    op.create_index("ux_member_id_number", "member", ["id_number"], unique=True)
