"""A committed unit of work reports every table it wrote, however it wrote it; a rolled-back
one reports nothing. The GUI's tabs refresh from this record (ui.tasks.DbOp)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select, update

from tests.unit.tabular.test_tabular_roster import HEADER, make_id, make_xlsx, person
from union_desk.db.models import Branch, Member, Setting
from union_desk.db.writes import table_written
from union_desk.errors import ValidationError
from union_desk.services.context import collect_changes
from union_desk.services.members.imports.service import MemberImportService

DAY = dt.date(2026, 1, 1)


def test_statement_forms_name_their_table():
    assert table_written('INSERT INTO member (id, name) VALUES (?, ?)') == "member"
    assert table_written('INSERT OR REPLACE INTO "setting" (key) VALUES (?)') == "setting"
    assert table_written("REPLACE INTO setting (key) VALUES (?)") == "setting"
    assert table_written("  update OR IGNORE main.member SET name=? WHERE id=?") == "member"
    assert table_written("DELETE FROM family_member WHERE id = ?") == "family_member"
    assert table_written("WITH r(x) AS (SELECT 1) INSERT INTO outbox (op_id) SELECT x FROM r") == "outbox"
    assert table_written("INSERT INTO member_event (id) SELECT id FROM temp.stage") == "member_event"
    # reads, TEMP tables, DDL and SQLite's own are not the office's data
    assert table_written("SELECT * FROM member") is None
    assert table_written("INSERT INTO temp.import_member_stage VALUES (?)") is None
    assert table_written("DELETE FROM import_member_stage") is None
    assert table_written("CREATE TEMP TABLE owing (id)") is None
    assert table_written("BEGIN IMMEDIATE") is None


def test_orm_core_executemany_and_raw_sql_writes_are_all_reported(admin):
    with collect_changes() as written:
        with admin.uow() as s:
            s.add(Setting(key="x.test", value="1", effective_from=DAY))                        # ORM flush
    assert {"setting", "audit_entry"} <= written and "member" not in written

    with collect_changes() as written:
        with admin.uow() as s:
            branch = s.scalars(select(Branch)).first()
            s.execute(update(Branch).where(Branch.id == branch.id).values(name="改名"))  # Core
    assert written == {"branch"}

    with collect_changes() as written:
        with admin.uow() as s:
            s.execute(insert(Setting), [{"key": f"k{i}", "value": "v", "effective_from": DAY}
                                        for i in range(3)])  # executemany
            s.connection().exec_driver_sql(                                        # raw text
                "INSERT INTO setting (id, key, value, effective_from, dirty, mtime_ms, deleted) "
                "SELECT id || 'c', key || '.copy', value, effective_from, 1, 0, 0 FROM setting "
                "WHERE key LIKE 'k%'")
    assert written == {"setting"}


def test_a_rolled_back_unit_reports_nothing_and_reads_report_nothing(admin):
    with collect_changes() as written:
        with pytest.raises(ValidationError):
            with admin.uow() as s:
                s.add(Setting(key="y.test", value="1", effective_from=DAY))
                s.flush()
                raise ValidationError("不行")
        with admin.read() as s:
            s.scalars(select(Member)).all()
    assert written == set()
    # the next unit on the same connection starts afresh
    with collect_changes() as written:
        with admin.uow() as s:
            s.execute(select(Member)).all()
    assert written == set()


def test_units_outside_a_collector_are_not_gathered(admin):
    with admin.uow() as s:
        s.add(Setting(key="z.test", value="1", effective_from=DAY))
    with collect_changes() as written:
        pass
    assert written == set()


def test_the_import_reports_the_members_its_writer_thread_wrote(clerk, tmp_path):
    """The import writes its new members on a helper thread with INSERT … SELECT from a TEMP
    staging table: those writes are in the record too (and the staging table is not)."""
    rows = [HEADER] + [person(i, make_id("110105", f"198003{i % 28 + 1:02d}", f"{i // 28:03d}"),
                              f"王{i}") for i in range(1, 40)]
    path = make_xlsx(tmp_path / "r.xlsx", [("Sheet1", rows)], text_cols=(3,))
    with collect_changes() as written:
        report = MemberImportService(clerk, today=dt.date(2026, 10, 15)).apply(path)
    assert report.created == 39
    assert {"member", "member_event", "outbox", "import_batch", "import_batch_item"} <= written
    assert not any("stage" in t for t in written)
