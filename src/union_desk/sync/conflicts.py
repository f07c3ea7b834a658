"""The conflict review queue: list conflicts, resolve them field by field.

A resolution is an ordinary local edit (through the ORM, so the tracking hook
writes audit + outbox rows): "keep mine" re-applies the local value and that
change syncs like any other; "keep server" changes nothing locally.

Both sides' values are masked for the signed-in user by the entity spec
(services/masking.py): ID numbers and phones are shown in full only by :func:`reveal`,
which is audited; health and bank fields only to a role with Perm.SENSITIVE.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from union_desk.db.base import now_ms
from union_desk.db.jsonvalues import dumps
from union_desk.db.models.sync import SyncConflict
from union_desk.db.spec import spec_for
from union_desk.db.tracking import audit
from union_desk.errors import Conflict, NotFound, ValidationError
from union_desk.services import masking
from union_desk.sync.entities import model_for, to_columns

KEEP_SERVER, KEEP_MINE = "server", "mine"
RULE_LABELS = {"server_wins": "双方都修改了同一字段，暂按上级服务器的值",
               "delete_wins": "本机修改时，该记录已在别处删除",
               "rejected": "服务器拒绝了本机的这项改动"}


@dataclass(frozen=True)
class ConflictField:
    field: str
    mine: Any              # both values as the signed-in user may read them
    server: Any
    label: str = ""        # the spec's field label (Chinese; the GUI translates it)
    differs: bool = False  # the stored values differ (their masks may not)


@dataclass(frozen=True)
class ConflictDTO:
    id: int
    entity: str
    entity_id: str
    rule: str
    rule_label: str
    fields: tuple[ConflictField, ...]
    local_ms: int
    created_ms: int
    resolved_ms: int | None
    resolution: dict[str, str] | None
    resolved_by: str | None
    label: str = ""         # the entity's label from its spec
    revealed: bool = False  # ID numbers and phones shown in full (reveal())


def _dto(c: SyncConflict, who: masking.Permissions, unmasked: bool = False) -> ConflictDTO:
    mine, server = json.loads(c.local_fields), json.loads(c.server_fields)
    names = list(dict.fromkeys([*mine, *(k for k in server if k != "reason")]))

    def shown(name: str, value: Any) -> Any:
        return masking.shown(who, c.entity, name, value, unmasked=unmasked)

    fields = tuple(ConflictField(n, shown(n, mine.get(n)), shown(n, server.get(n)),
                                 masking.field_label(c.entity, n), mine.get(n) != server.get(n))
                   for n in names)
    return ConflictDTO(c.id, c.entity, c.entity_id, c.rule, RULE_LABELS.get(c.rule, c.rule),
                       fields, c.local_ms, c.created_ms, c.resolved_ms,
                       json.loads(c.resolution) if c.resolution else None, c.resolved_by,
                       masking.entity_label(c.entity), unmasked)


def list_conflicts(s: Session, who: masking.Permissions,
                   include_resolved: bool = False) -> list[ConflictDTO]:
    q = select(SyncConflict).order_by(SyncConflict.id)
    if not include_resolved:
        q = q.where(SyncConflict.resolved_ms.is_(None))
    return [_dto(c, who) for c in s.scalars(q)]


def reveal(s: Session, conflict_id: int, who: masking.Permissions) -> ConflictDTO:
    """The conflict with its ID numbers and phones in full, and an 'unmask' audit row naming
    them. The caller has checked Perm.UNMASK."""
    c = _get(s, conflict_id)
    names = dict.fromkeys([*json.loads(c.local_fields), *json.loads(c.server_fields)])
    shown = masking.on_request(c.entity, list(names))
    if shown:
        audit(s, "unmask", c.entity, c.entity_id, field=",".join(shown))
    return _dto(c, who, unmasked=True)


def _get(s: Session, conflict_id: int) -> SyncConflict:
    c = s.get(SyncConflict, conflict_id)
    if c is None:
        raise NotFound("找不到这条同步冲突记录")
    return c


def open_count(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(SyncConflict)
                    .where(SyncConflict.resolved_ms.is_(None))) or 0


def resolve(s: Session, conflict_id: int, choices: dict[str, str], actor: str,
            who: masking.Permissions) -> ConflictDTO:
    """``choices`` maps field -> "server" | "mine"; fields left out keep the server value."""
    c = _get(s, conflict_id)
    if c.resolved_ms is not None:
        raise Conflict("这条同步冲突已经处理过了")
    bad = {f: v for f, v in choices.items() if v not in (KEEP_SERVER, KEEP_MINE)}
    if bad:
        raise ValidationError("请为每个字段选择“保留服务器”或“保留本机”",
                              field_errors={f: "无效的选择" for f in bad})
    mine = json.loads(c.local_fields)
    keep = {f: mine[f] for f, v in choices.items() if v == KEEP_MINE and f in mine}
    model = model_for(c.entity)
    if keep and model is not None:
        obj = s.get(model, c.entity_id)
        if obj is None:
            raise NotFound("冲突涉及的记录在本机不存在")
        values = to_columns(c.entity, keep)
        if "deleted" in keep or c.rule == "delete_wins":
            values["deleted"] = bool(keep.get("deleted", False))
        for k, v in values.items():
            setattr(obj, k, v)
        derived = spec_for(c.entity).derived
        if derived is not None and any(k in values for k in derived.sources):
            for k, v in derived.compute({n: getattr(obj, n) for n in derived.sources}).items():
                setattr(obj, k, v)
    c.resolved_ms = now_ms()
    c.resolution = dumps({f: choices.get(f, KEEP_SERVER) for f in mine} | choices)
    c.resolved_by = actor
    s.flush()
    return _dto(c, who)
