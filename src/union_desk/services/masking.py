"""How a synced entity's fields read for the signed-in user: the one masking rule, and labels.

The entity spec (db/spec.py) declares which fields are sensitive, how each is masked and which
permission reads it in full. The rule: a user reads a sensitive field in full when the role has
the field's permission and, for fields read only on request (ID numbers, phones), the caller
asks for it (``unmasked=True``: the caller has checked the permission and audited the request,
or the screen always shows them in full to such a role, like the audit log). Everyone else
sees the mask: 110101********1234, 138****5678, （敏感信息）.

The audit log (services/history.py) and the sync conflicts (sync/conflicts.py) mask through
here; the member screens keep their own DTO shaping but use the same spec and masks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import union_desk.db.models  # noqa: F401  (registers every model and its spec)
from union_desk.core.roles import Perm
from union_desk.db.spec import Sensitive, spec_for


class Permissions(Protocol):
    def can(self, perm: Perm) -> bool: ...


def readable(who: Permissions, rule: Sensitive, *, unmasked: bool = False) -> bool:
    return who.can(rule.perm) and (unmasked or not rule.on_request)


def shown(who: Permissions, entity: str, field: str, value: Any, *, unmasked: bool = False) -> Any:
    """``value`` as ``who`` may read it (empty values stay empty: they tell nothing)."""
    spec = spec_for(entity)
    rule = spec.sensitive.get(field) if spec is not None else None
    if rule is None or value is None or value == "" or readable(who, rule, unmasked=unmasked):
        return value
    return rule.mask(str(value))


def mask_fields(who: Permissions, entity: str, values: Mapping[str, Any], *,
                unmasked: bool = False) -> dict[str, Any]:
    """A dict of ``entity``'s field values with every field ``who`` may not read masked."""
    return {k: shown(who, entity, k, v, unmasked=unmasked) for k, v in values.items()}


def on_request(entity: str, fields: list[str] | tuple[str, ...]) -> list[str]:
    """Those of ``fields`` that are read in full only on request (and that request audited)."""
    spec = spec_for(entity)
    if spec is None:
        return []
    return [f for f in fields if f in spec.sensitive and spec.sensitive[f].on_request]


def entity_label(entity: str, default: str | None = None) -> str:
    spec = spec_for(entity)
    if spec is not None:
        return spec.label
    return entity if default is None else default


def field_label(entity: str, field: str) -> str:
    spec = spec_for(entity)
    return spec.field_label(field) if spec is not None else field


def derived_columns(entity: str) -> tuple[str, ...]:
    """Columns computed from others: nothing a person entered, never worth showing."""
    spec = spec_for(entity)
    return spec.derived_columns if spec is not None else ()
