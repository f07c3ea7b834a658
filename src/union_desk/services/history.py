"""Reading the audit log: per member (with its 会籍 events) and for the whole office.

The log is written only by db.tracking; nothing here can change it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from union_desk.core import dates
from union_desk.core.roles import Perm
from union_desk.db.models import (AuditEntry, FamilyMember, Honour, ImportBatch, ImportBatchItem,
                                  MemberEvent)
from union_desk.db.models.import_batch import UNDONE
from union_desk.services import masking
from union_desk.services.context import ServiceContext
from union_desk.services.members.dto import HistoryItem
from union_desk.services.members.imports.track import CREATE_RANGE, created_members

ACTION_LABELS = {"create": "新建", "update": "修改", "status": "会籍状态", "delete": "删除",
                 "unmask": "查看完整号码", "export": "导出", "login": "登录", "lock": "锁定账号",
                 "unlock": "解锁账号", "password": "修改密码", "import": "导入", "undo": "撤销导入",
                 "bulk": "批量新建", "dedupe": "合并重复登记的"}
IMPORT_LABELS = {"create": "导入新建会员", "update": "导入更新会员", "revive": "导入恢复会员"}
# synced entities are labelled by their spec (db/spec.py); these are the others
OTHER_ENTITY_LABELS = {"app_user": "账号", "import_batch": "导入批次"}


def entity_label(entity: str, default: str | None = None) -> str:
    return OTHER_ENTITY_LABELS.get(entity) or masking.entity_label(entity, default)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    when: str
    actor: str
    action: str
    entity: str
    entity_id: str
    field: str
    old: str
    new: str


def local_time(ts_ms: int) -> str:
    return dates.local_time(ts_ms, seconds=True)  # the audit trail shows seconds


class HistoryService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _shown(self, entity: str, field: str | None, value: str | None) -> str:
        """Masked by the entity spec; the log shows full numbers to a role with Perm.UNMASK."""
        if value is None:
            return ""
        return masking.shown(self.ctx, entity, field or "", value, unmasked=True)

    def _summary(self, entity: str, value: str | None) -> str:
        """A create row stores a JSON snapshot; show it as 字段=值 with masking applied."""
        if not value:
            return ""
        try:
            data = json.loads(value)
        except ValueError:
            return value
        if not isinstance(data, dict):
            return value
        parts = []
        hidden = masking.derived_columns(entity)
        for k, v in data.items():
            if v in (None, "", False) or k in hidden:
                continue
            parts.append(f"{masking.field_label(entity, k)}={self._shown(entity, k, str(v))}")
        return "；".join(parts)

    def member_history(self, member_id: str) -> list[HistoryItem]:
        self.ctx.require(Perm.MEMBER_READ)
        with self.ctx.read() as s:
            events = s.scalars(select(MemberEvent).where(MemberEvent.member_id == member_id)
                               .order_by(MemberEvent.event_date, MemberEvent.recorded_ms)).all()
            related = list(s.scalars(select(FamilyMember.id).where(
                FamilyMember.member_id == member_id))) + list(s.scalars(
                    select(Honour.id).where(Honour.member_id == member_id)))
            audits = s.scalars(select(AuditEntry).where(
                or_(AuditEntry.entity_id == member_id, AuditEntry.entity_id.in_(related)),
                AuditEntry.entity != "member_event").order_by(AuditEntry.seq)).all()
            # rows an import created carry no audit row of their own: the batch records them
            imports = self._imports(s, member_id)
        items: list[HistoryItem] = []
        for e in events:
            detail = "；".join(x for x in (
                f"{e.status_before or '—'} → {e.status_after}",
                f"原因：{e.reason}" if e.reason else "",
                f"审批人：{e.approver}" if e.approver else "",
                f"对方工会：{e.other_union}" if e.other_union else "") if x)
            items.append(HistoryItem(e.recorded_ms, e.event_date.isoformat(), "event",
                                     e.recorded_by, e.kind, detail))
        for a in audits:
            title = f"{ACTION_LABELS.get(a.action, a.action)}{entity_label(a.entity, '')}"
            if a.action == "create":
                detail = self._summary(a.entity, a.new_value)
            elif a.action == "dedupe":
                detail = ("两台电脑离线时各登记了一次同一个人：保留本条，另一条已撤销。"
                          "如另一条上记过会费、家庭成员或荣誉，请核对并补记到本条。")
            elif a.field:
                old, new = (self._shown(a.entity, a.field, v) for v in (a.old_value, a.new_value))
                detail = (f"{masking.field_label(a.entity, a.field)}：{old or '（空）'}"
                          f" → {new or '（空）'}")
            else:
                detail = ""
            items.append(HistoryItem(a.ts_ms, local_time(a.ts_ms), "audit", a.actor, title, detail))
        for action, row, file_name, actor, ts_ms, status in imports:
            title = IMPORT_LABELS.get(action, "导入")
            detail = f"文件：{file_name}，第 {row} 行" + ("（该批次已撤销）" if status == UNDONE else "")
            items.append(HistoryItem(ts_ms, local_time(ts_ms), "audit", actor, title, detail))
        items.sort(key=lambda h: h.ts_ms)
        return items

    @staticmethod
    def _imports(s, member_id: str) -> list[tuple]:
        """(action, sheet row, file, actor, when, batch status) of the imports that touched the
        member: its own items, or the CREATE_RANGE item of the run of ids it was created in
        (same 24-digit prefix, counter at or below its own)."""
        cols = (ImportBatchItem.action, ImportBatchItem.row, ImportBatch.file_name, ImportBatch.actor,
                ImportBatch.created_ms, ImportBatch.status, ImportBatchItem.entity_id,
                ImportBatchItem.old_values)
        rows = s.execute(select(*cols).join(ImportBatch, ImportBatch.id == ImportBatchItem.batch_id)
                         .where(ImportBatchItem.entity == "member",
                                ImportBatchItem.entity_id.between(member_id[:24], member_id))).all()
        out = []
        for action, row, file_name, actor, ts_ms, status, first_id, old_values in rows:
            if action == CREATE_RANGE:
                row = dict(created_members(first_id, old_values)).get(member_id)
                if row is None:
                    continue  # another run under the same prefix
                action = "create"
            elif first_id != member_id:
                continue
            out.append((action, row, file_name, actor, ts_ms, status))
        return out

    def audit_log(self, *, offset: int = 0, limit: int = 200, actor: str | None = None,
                  entity: str | None = None) -> tuple[int, list[AuditRow]]:
        """Newest first, paged (the GUI fetches more as the clerk scrolls)."""
        self.ctx.require(Perm.AUDIT_READ)
        stmt = select(AuditEntry)
        if actor:
            stmt = stmt.where(AuditEntry.actor == actor)
        if entity:
            stmt = stmt.where(AuditEntry.entity == entity)
        with self.ctx.read() as s:
            total = s.scalar(select(func.count()).select_from(stmt.subquery())) or 0
            rows = s.scalars(stmt.order_by(AuditEntry.seq.desc()).offset(offset).limit(limit)).all()
            return total, [AuditRow(
                a.seq, local_time(a.ts_ms), a.actor, ACTION_LABELS.get(a.action, a.action),
                entity_label(a.entity), a.entity_id, masking.field_label(a.entity, a.field or ""),
                self._shown(a.entity, a.field, a.old_value) if a.action != "create" else "",
                self._shown(a.entity, a.field, a.new_value) if a.action != "create"
                else self._summary(a.entity, a.new_value)) for a in rows]
