"""Wire format (architecture.md §2.3): the protocol range, push/pull DTOs, JSON helpers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

PROTOCOL_MIN = 1
PROTOCOL_MAX = 1
PROTOCOL = PROTOCOL_MAX


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Meta:
    protocol: tuple[int, int]
    server_epoch: str
    server_seq: int
    server_time_ms: int
    max_ops: int
    max_bytes: int
    client_id: str | None = None
    office_id: str | None = None
    office_name: str | None = None
    last_client_seq: int = 0

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Meta":
        limits = d.get("limits") or {}
        lo, hi = d["protocol"]
        return cls((int(lo), int(hi)), str(d["server_epoch"]), int(d["server_seq"]),
                   int(d.get("server_time_ms") or 0), int(limits.get("max_ops", 200)),
                   int(limits.get("max_bytes", 1_000_000)), d.get("client_id"),
                   d.get("office_id"), d.get("office_name"), int(d.get("last_client_seq") or 0))


@dataclass(slots=True)  # built once per pushed op: no frozen __setattr__ cost
class OpResult:
    op_id: str
    status: str  # applied / conflict / rejected (a duplicate carries the original status)
    version: int | None
    duplicate: bool = False
    rule: str | None = None
    reason: str | None = None
    conflict_fields: tuple[str, ...] = ()
    server_fields: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "OpResult":
        if len(d) == 4 and d.get("status") == "applied":  # most answers: op_id, status, versions
            return cls(d["op_id"], "applied", d.get("version"))
        dup = d.get("status") == "duplicate"
        status = d.get("original_status") if dup else d.get("status")
        return cls(str(d["op_id"]), str(status), d.get("version"), dup, d.get("rule"),
                   d.get("reason"), tuple(d.get("conflict_fields") or ()),
                   dict(d.get("server_fields") or {}))


@dataclass(frozen=True)
class Change:
    server_seq: int
    entity: str
    entity_id: str
    version: int
    deleted: bool
    fields: dict[str, Any]
    origin_client: str


@dataclass(frozen=True)
class PullPage:
    changes: list[Change]
    next_cursor: int
    has_more: bool

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "PullPage":
        changes = [Change(c["server_seq"], c["entity"], c["entity_id"], c["version"],
                          bool(c["deleted"]), c["fields"], c.get("origin_client", ""))
                   for c in d["changes"]]
        return cls(changes, int(d["next_cursor"]), bool(d["has_more"]))


def upgrade_message(server: tuple[int, int]) -> str | None:
    """A plain Chinese message naming the side that must be upgraded, or None if compatible."""
    lo, hi = server
    if hi < PROTOCOL_MIN:
        return ("上级工会的同步服务器版本过旧（协议 %d–%d，本机需要 %d–%d）。"
                "请联系上级工会升级同步服务器；本机数据未受影响。" % (lo, hi, PROTOCOL_MIN, PROTOCOL_MAX))
    if lo > PROTOCOL_MAX:
        return ("本机 union_desk 版本过旧，上级工会的同步服务器已不再支持（服务器协议 %d–%d，本机 %d–%d）。"
                "请升级本机的 union_desk 后再同步；本机数据未受影响。" % (lo, hi, PROTOCOL_MIN, PROTOCOL_MAX))
    return None
