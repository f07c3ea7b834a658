"""Every synced table has one entity spec beside its model, naming only its own columns.

A new module's table is one model plus one spec (db/spec.py): this is the test that says so
when the spec is missing or names a column the table does not have.
"""

from __future__ import annotations

import pytest

import union_desk.db.models  # noqa: F401  (registers every model)
from union_desk.core.roles import Perm
from union_desk.db.base import Base, SyncMixin
from union_desk.db.models import Member
from union_desk.db.spec import HIDDEN, PRIVATE, EntitySpec, spec_for, spec_of, specs


def _synced_tables() -> set[str]:
    return {m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, SyncMixin)}


def test_every_synced_table_has_a_spec_beside_its_model():
    assert set(specs()) == _synced_tables()
    for entity, spec in specs().items():
        assert spec.entity == entity and spec.label, entity
        assert spec.model.__module__.startswith("union_desk.db.models."), entity


def test_every_spec_names_only_real_columns():
    problems = [p for spec in specs().values() for p in spec.problems()]
    assert not problems, "\n".join(problems)


def test_the_column_check_catches_a_typo():
    bad = EntitySpec(Member, "会员", fields={"nmae": "姓名"}, sensitive={"helth": PRIVATE})
    assert len(bad.problems()) == 2


def test_a_model_without_a_spec_is_named():
    class Orphan:
        __module__ = __name__

    with pytest.raises(LookupError, match="declare exactly one beside the model"):
        spec_of(Orphan)


def test_member_sensitive_fields_and_who_reads_them():
    spec = spec_for("member")
    assert spec.sensitive_fields(Perm.UNMASK) == ("id_number", "phone")
    assert spec.sensitive_fields(Perm.SENSITIVE) == ("health", "disability", "bank_name",
                                                     "bank_account")
    assert spec.sensitive["id_number"].mask("110101199003071234") == "110101********1234"
    assert spec.sensitive["phone"].mask("13812345678") == "138****5678"
    assert spec.sensitive["health"].mask("高血压") == HIDDEN
    assert spec.derived_columns == ("sort_key", "search_text")
    assert spec.duplicates.key == "id_number"


def test_append_only_comes_from_the_model():
    assert {e for e, s in specs().items() if s.append_only} == {"member_event", "dues_payment"}
