"""Chinese labels for sync screens (entities, change kinds, values) and the pending-change row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from union_desk.sync.service import PendingChange

_C = "SyncLabels"
KIND_LABELS = {"upsert": QT_TRANSLATE_NOOP("SyncLabels", "新增或修改"), "delete": QT_TRANSLATE_NOOP("SyncLabels", "删除"),
               "append": QT_TRANSLATE_NOOP("SyncLabels", "新增记录")}
ENTITY_LABELS = {
    "member": QT_TRANSLATE_NOOP("SyncLabels", "会员"), "member_event": QT_TRANSLATE_NOOP("SyncLabels", "会籍变动"),
    "family_member": QT_TRANSLATE_NOOP("SyncLabels", "家庭成员"), "honour": QT_TRANSLATE_NOOP("SyncLabels", "荣誉"),
    "member_rev": QT_TRANSLATE_NOOP("SyncLabels", "会员历史版本"), "branch": QT_TRANSLATE_NOOP("SyncLabels", "分会"),
    "union_info": QT_TRANSLATE_NOOP("SyncLabels", "工会信息"), "setting": QT_TRANSLATE_NOOP("SyncLabels", "设置"),
    "dues_wage_base": QT_TRANSLATE_NOOP("SyncLabels", "会费基数"), "dues_charge": QT_TRANSLATE_NOOP("SyncLabels", "应缴会费"),
    "dues_payment": QT_TRANSLATE_NOOP("SyncLabels", "会费缴纳"),
    "union_funds_record": QT_TRANSLATE_NOOP("SyncLabels", "工会经费"),
    "report_snapshot": QT_TRANSLATE_NOOP("SyncLabels", "报表存档"),
}


@dataclass(frozen=True)
class PendingItem(PendingChange):
    """A pending change as the panel lists it: the service's row plus what it is about."""

    title: str | None   # e.g. the member's name

    @classmethod
    def of(cls, p: PendingChange, title: str | None) -> "PendingItem":
        return cls(p.seq, p.entity, p.entity_id, p.kind, p.created_ms, p.status, title)


def entity_label(entity: str) -> str:
    return QCoreApplication.translate(_C, ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(_C, KIND_LABELS[kind]) if kind in KIND_LABELS else kind


_WORDS = {None: QT_TRANSLATE_NOOP("SyncLabels", "（空）"), True: QT_TRANSLATE_NOOP("SyncLabels", "是"),
          False: QT_TRANSLATE_NOOP("SyncLabels", "否")}


def describe(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate(_C, _WORDS[None])
    if isinstance(value, bool):
        return QCoreApplication.translate(_C, _WORDS[value])
    return str(value)
