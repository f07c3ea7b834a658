"""What each synced table means, declared once beside its model: the entity spec.

Every SyncMixin model's module declares, right under the class::

    MEMBER_SPEC = EntitySpec(Member, "会员", fields={"name": "姓名", ...},
                             sensitive={"id_number": ID_NUMBER, "health": PRIVATE, ...},
                             derived=Derived(...), duplicates=DuplicateRule("id_number"))

and everything that needs to know about the table reads it: the tracking hook and the sync
client (derived columns are never sent, each side computes them), the pull (the duplicate
rule), the server's entity list (mutable or append-only), the audit log and the sync conflicts
screen (labels, and masking through services/masking.py). A new module's table is one model
plus one spec, and nothing else to remember: tests/unit/test_entity_specs.py fails when a
SyncMixin table has no spec or a spec names a column its table lacks.

Labels are Chinese (the source language); the GUI shows them through
``QCoreApplication.translate("EntitySpec", text)`` and scripts/update_translations.py puts
every one of them in the translation under that context.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from union_desk.core import idcard
from union_desk.core.roles import Perm
from union_desk.core.text import mask_phone
from union_desk.db.base import Base, SyncMixin

HIDDEN = "（敏感信息）"
# the translation context of every spec label (the GUI's ui/sync/labels.py SPEC_CONTEXT)
TRANSLATION_CONTEXT = "EntitySpec"
# fields every synced row has and a person may see (a conflict over a deletion names it)
COMMON_FIELDS = MappingProxyType({"deleted": "已删除"})


def _hidden(_value: str) -> str:
    return HIDDEN


@dataclass(frozen=True)
class Sensitive:
    """A field not everyone may read: without ``perm`` it reads as ``mask(value)``.

    ``on_request``: even with ``perm`` the full value is shown only when the user asks for it
    (and that request is audited), as with ID numbers and phones; otherwise a user with
    ``perm`` simply sees it. This declaration is what masking reads (services/masking.py),
    and what encryption at rest will read."""

    kind: str
    perm: Perm
    mask: Callable[[str], str]
    on_request: bool = False


ID_NUMBER = Sensitive("id_number", Perm.UNMASK, idcard.mask, on_request=True)  # 110101********1234
PHONE = Sensitive("phone", Perm.UNMASK, mask_phone, on_request=True)           # 138****5678
# PIPL 敏感个人信息 (health, disability, bank, address …): hidden unless Perm.SENSITIVE
PRIVATE = Sensitive("private", Perm.SENSITIVE, _hidden)


@dataclass(frozen=True)
class Derived:
    """Columns computed from others (search keys and the like). Kept out of the outbox and the
    audit log: every PC computes them from ``sources`` with ``compute(values)``."""

    sources: tuple[str, ...]
    columns: tuple[str, ...]
    compute: Callable[[Mapping[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class DuplicateRule:
    """Two PCs may each create a row for one real thing while offline (one person registered
    twice). Live rows sharing ``key`` are one: when a pull brings such a row, the one with the
    smaller id stays and the others are retired on every PC (sync/duplicates.py). ``shown``
    names the field the audit row quotes (the person's name)."""

    key: str
    shown: str | None = None


@dataclass(frozen=True, eq=False)
class EntitySpec:
    model: type
    label: str
    fields: Mapping[str, str] = field(default_factory=dict)   # field -> label, as a person sees it
    sensitive: Mapping[str, Sensitive] = field(default_factory=dict)
    derived: Derived | None = None
    duplicates: DuplicateRule | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))
        object.__setattr__(self, "sensitive", MappingProxyType(dict(self.sensitive)))

    @property
    def entity(self) -> str:
        return self.model.__tablename__

    @property
    def append_only(self) -> bool:
        """Ledger rows are only ever added (declared on the model: ``__sync_append_only__``)."""
        return bool(self.model.__sync_append_only__)

    @property
    def derived_columns(self) -> tuple[str, ...]:
        return self.derived.columns if self.derived else ()

    def field_label(self, name: str) -> str:
        return self.fields.get(name) or COMMON_FIELDS.get(name) or name

    def sensitive_fields(self, perm: Perm | None = None) -> tuple[str, ...]:
        """Sensitive fields in declaration order (only those ``perm`` unlocks, if given)."""
        return tuple(n for n, s in self.sensitive.items() if perm is None or s.perm == perm)

    def texts(self) -> list[str]:
        """Every label a person may see, for the translation."""
        return [self.label, *self.fields.values()]

    def problems(self) -> list[str]:
        """Names this spec uses that are not columns of its table (empty when all is well)."""
        columns = set(self.model.__table__.columns.keys())
        used = [("fields", n) for n in self.fields] + [("sensitive", n) for n in self.sensitive]
        if self.derived:
            used += [("derived", n) for n in (*self.derived.sources, *self.derived.columns)]
        if self.duplicates:
            used += [("duplicates", n) for n in (self.duplicates.key, self.duplicates.shown) if n]
        return [f"{self.entity}: {what} names {n!r}, which is not a column" for what, n in used
                if n not in columns]


# ---- the registry: the one EntitySpec each model's module declares ---------------------------
_by_model: dict[type, EntitySpec] = {}


def spec_of(model: type) -> EntitySpec:
    """The spec declared in ``model``'s own module."""
    found = _by_model.get(model)
    if found is None:
        module = sys.modules[model.__module__]
        mine = [v for v in vars(module).values() if isinstance(v, EntitySpec) and v.model is model]
        if len(mine) != 1:
            raise LookupError(f"{model.__module__} declares {len(mine)} EntitySpec for "
                              f"{model.__name__}: declare exactly one beside the model (db/spec.py)")
        found = _by_model[model] = mine[0]
    return found


def specs() -> Mapping[str, EntitySpec]:
    """Entity (table) name -> spec, for every SyncMixin model."""
    if "union_desk.db.models" not in sys.modules:
        raise RuntimeError("import union_desk.db.models first: it registers every model")
    return _specs(len(Base.registry.mappers))


@lru_cache(maxsize=4)
def _specs(_mappers: int) -> Mapping[str, EntitySpec]:
    models = sorted((m.class_ for m in Base.registry.mappers if issubclass(m.class_, SyncMixin)),
                    key=lambda cls: cls.__tablename__)
    return MappingProxyType({cls.__tablename__: spec_of(cls) for cls in models})


def spec_for(entity: str) -> EntitySpec | None:
    return specs().get(entity)


def texts() -> list[str]:
    """Every spec label and field label (each once), for the translation."""
    out = dict.fromkeys(COMMON_FIELDS.values())
    for spec in specs().values():
        out.update(dict.fromkeys(spec.texts()))
    return list(out)
