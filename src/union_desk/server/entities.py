"""Entities the server accepts, and whether they are mutable or append-only.

Read from the entity specs the client's models declare (db/spec.py), so a new module's table
is accepted as soon as its model and spec exist. ``ServerConfig.extra_entities`` adds more
without a release (a newer client's table, before the server is updated).
"""

from __future__ import annotations

import union_desk.db.models  # noqa: F401  (registers every model and its spec)
from union_desk.db.spec import specs

MUTABLE, APPEND = "mutable", "append"

ENTITIES: dict[str, str] = {entity: APPEND if spec.append_only else MUTABLE
                            for entity, spec in specs().items()}


def registry(extra: dict[str, str] | None = None) -> dict[str, str]:
    merged = dict(ENTITIES)
    merged.update(extra or {})
    return merged
