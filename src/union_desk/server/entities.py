"""Entities the server accepts, and whether they are mutable or append-only.

The server never imports the client's models (layering), so this list is kept
by hand; tests/sync/test_entities.py fails when a client SyncMixin table is
missing here. ``ServerConfig.extra_entities`` adds more without a release.
"""

from __future__ import annotations

MUTABLE, APPEND = "mutable", "append"

ENTITIES: dict[str, str] = {
    "union_info": MUTABLE,
    "branch": MUTABLE,
    "setting": MUTABLE,
    "member": MUTABLE,
    "member_event": APPEND,
    "family_member": MUTABLE,
    "honour": MUTABLE,
    "dues_wage_base": MUTABLE,
    "dues_charge": MUTABLE,
    "dues_payment": APPEND,
    "union_funds_record": MUTABLE,
    "report_snapshot": MUTABLE,  # sync_batch_id is filled in later
}


def registry(extra: dict[str, str] | None = None) -> dict[str, str]:
    merged = dict(ENTITIES)
    merged.update(extra or {})
    return merged
