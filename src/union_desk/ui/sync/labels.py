"""Labels for sync screens (change kinds, values, entity and field labels from the entity
specs, which the services hand over in Chinese), times, and the pending-change row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from union_desk.sync.service import PendingChange

_C = "SyncLabels"
# the context scripts/update_translations.py files every entity spec label under
# (db.spec.TRANSLATION_CONTEXT; the GUI does not import db)
SPEC_CONTEXT = "EntitySpec"
KIND_LABELS = {"upsert": QT_TRANSLATE_NOOP("SyncLabels", "新增或修改"), "delete": QT_TRANSLATE_NOOP("SyncLabels", "删除"),
               "append": QT_TRANSLATE_NOOP("SyncLabels", "新增记录")}


@dataclass(frozen=True)
class PendingItem(PendingChange):
    """A pending change as the panel lists it: the service's row plus what it is about."""

    title: str | None   # e.g. the member's name

    @classmethod
    def of(cls, p: PendingChange, title: str | None) -> "PendingItem":
        return cls(**vars(p), title=title)


def spec_text(text: str) -> str:
    """An entity or field label from the entity specs, in the user's language."""
    return QCoreApplication.translate(SPEC_CONTEXT, text) if text else text


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


