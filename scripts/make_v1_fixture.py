#!/usr/bin/env python3
"""Build tests/fixtures/v1_office.sqlite: an office at schema 0001 (the first release).

Kept as a committed file so the migration test upgrades a real old database, not one made
by today's models. Re-run only if 0001 itself had to change.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from union_desk.db.migrate import alembic_config

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "v1_office.sqlite"


def main() -> int:
    OUT.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{OUT}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_foundation")
    engine.dispose()
    con = sqlite3.connect(OUT)
    sync = "server_version, dirty, mtime_ms, deleted"
    con.execute(f"insert into union_info (id, name, credit_code, unit_type, {sync}) "
                "values ('u1', '旧版工会', '', '', NULL, 1, 0, 0)")
    con.execute(f"insert into branch (id, name, parent_id, sort_order, {sync}) "
                "values ('b1', '第一分会', NULL, 0, NULL, 1, 0, 0)")
    from union_desk.services.passwords import hash_password

    con.execute("insert into app_user (username, display_name, role, password_hash, active, "
                "failed_attempts, locked_until_ms, language) values (?,?,?,?,1,0,0,'zh_CN')",
                ("admin", "管理员", "admin", hash_password("old-pass-1")))
    people = [("m1", "张伟", "女", "11010519491231002X", "1949-12-31", "13812345678", 456789),
              ("m2", "李娜", "男", "440524188001010014", "1880-01-01", "", None)]
    for mid, name, gender, number, birth, phone, wage in people:
        con.execute(
            "insert into member (id, member_no, name, gender, ethnicity, id_number, birth_date, "
            "political_status, education, skills, hobbies, phone, branch_id, position, joined_on, "
            "status, person_status, hukou_type, migrant_worker, monthly_wage, family_note, remark, "
            f"health, disability, bank_name, bank_account, sort_key, search_text, {sync}) values "
            "(?, '', ?, ?, '汉族', ?, ?, '群众', '', '', '', ?, 'b1', '', '2010-01-01', '在会', '在职',"
            " '', 0, ?, '', '', '', '', '', '', ?, ?, NULL, 1, 0, 0)",
            (mid, name, gender, number, birth, phone, wage, name, name))
        con.execute(
            "insert into member_event (id, member_id, kind, event_date, status_before, status_after,"
            " reason, approver, branch_id, other_union, recorded_by, recorded_ms, "
            f"{sync}) values (?, ?, '入会', '2010-01-01', '', '在会', '', '', 'b1', '', 'admin', 0,"
            " NULL, 1, 0, 0)", (mid + "e", mid))
    con.commit()
    con.close()
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
