"""drop indexes that only cost writes: every ``deleted`` flag, two prefixes of event indexes

Revision ID: 0007_lean_indexes
Revises: 0002_import, 0003_reports, 0004_dues, 0005_sync, 0006_member_live_id

An index on the ``deleted`` flag alone never narrows a query (almost every row is live), yet
each insert paid for it; a member's events and a period's events are found through
ix_member_event_asof and ix_member_event_period, whose leading columns are exactly those of
ix_member_event_member and ix_member_event_date. A 50,000-row import and a month's charges
write tens of thousands of rows into these tables in one go.
"""
from alembic import op

revision = "0007_lean_indexes"
down_revision = ("0002_import", "0003_reports", "0004_dues", "0005_sync", "0006_member_live_id")
branch_labels = None
depends_on = None

DELETED_FLAG = ("branch", "report_snapshot", "setting", "union_funds_record", "union_info", "member",
                "dues_charge", "dues_payment", "dues_wage_base", "family_member", "honour",
                "member_event")


def upgrade() -> None:
    for table in DELETED_FLAG:
        op.drop_index(f"ix_{table}_deleted", table_name=table)
    op.drop_index("ix_member_event_member", table_name="member_event")
    op.drop_index("ix_member_event_date", table_name="member_event")


def downgrade() -> None:
    op.create_index("ix_member_event_date", "member_event", ["event_date"])
    op.create_index("ix_member_event_member", "member_event", ["member_id", "event_date"])
    for table in DELETED_FLAG:
        op.create_index(f"ix_{table}_deleted", table, ["deleted"])
