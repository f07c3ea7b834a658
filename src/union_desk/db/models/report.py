"""Report snapshots: what the office exported or submitted, with its figures and file hash."""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from union_desk.db.base import Base, SyncMixin, now_ms
from union_desk.db.models.member import Member, MemberEvent
from union_desk.db.spec import EntitySpec


class ReportSnapshot(SyncMixin, Base):
    """One exported report: parameters and figures as JSON, the file's sha256.

    Written once; only ``sync_batch_id`` is filled in later, when the report travels
    upstream with a sync batch, so the office can show what it sent and when
    (domain.md §6). That later update is why the row is not marked append-only.
    """

    __tablename__ = "report_snapshot"
    __table_args__ = (Index("ix_report_snapshot_name", "report_name", "created_ms"),)

    report_name: Mapped[str] = mapped_column(String(64), nullable=False)
    title: Mapped[str] = mapped_column(String(128), default="")
    parameters: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    figures: Mapped[str] = mapped_column(Text, default="{}")     # JSON
    file_name: Mapped[str] = mapped_column(String(255), default="")
    file_format: Mapped[str] = mapped_column(String(8), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    row_count: Mapped[int] = mapped_column(BigInteger, default=0)
    unmasked: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_ms: Mapped[int] = mapped_column(BigInteger, default=now_ms, nullable=False)
    sync_batch_id: Mapped[str | None] = mapped_column(String(32), nullable=True)


REPORT_SNAPSHOT_SPEC = EntitySpec(ReportSnapshot, "报表存档", fields={
    "report_name": "报表名称", "title": "标题", "parameters": "参数", "figures": "数据",
    "file_name": "文件名", "file_format": "文件格式", "file_sha256": "文件校验值", "row_count": "行数",
    "unmasked": "含完整号码", "created_by": "生成人", "created_ms": "生成时间",
    "sync_batch_id": "上报的同步批次"})


# Covering indexes for member statistics as of a date (services/members/stats.py). They belong
# to the member tables but are declared here, with the report module's migration, so the
# statistics query reads only index pages: one seek per member for its state on the day,
# one range scan for the period's events.
Index("ix_member_stats", Member.id, Member.deleted, Member.gender, Member.migrant_worker,
      Member.education, Member.political_status, Member.birth_date, Member.branch_id)
Index("ix_member_event_asof", MemberEvent.member_id, MemberEvent.event_date, MemberEvent.recorded_ms,
      MemberEvent.status_after, MemberEvent.branch_id, MemberEvent.deleted)
Index("ix_member_event_period", MemberEvent.event_date, MemberEvent.deleted, MemberEvent.member_id,
      MemberEvent.kind, MemberEvent.status_before, MemberEvent.status_after)
