"""Write an import's new members on a helper thread while the importing thread checks more rows.

The importing thread checks the rows a step at a time, plans them
(services.members.imports.plan.Planner) and turns their new members into rows; whenever the
helper is idle it gets everything made so far and writes it: the member rows, their 入会
events, the outbox ops of both and the batch's item for the run.

Why a staging table: SQLite runs a statement without holding the GIL, but an executemany
takes the GIL back for every row it binds. On the helper thread, beside a busy importing
thread, each row would then wait for the GIL (milliseconds). So the importing thread binds
the rows into a TEMP table (cheap: no index), and the helper moves them into ``member`` with
one ``INSERT ... SELECT``, which costs the index work without the GIL. Checking and writing
so overlap on two cores.

The connection is never used by both threads at once: the importing thread waits for the
helper before it stages more rows, and uses the session itself only once the helper is done
(:meth:`NewMembers.finish`, :meth:`NewMembers.close`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, suppress
from typing import Any, Callable

from sqlalchemy.orm import Session

from union_desk.core.members import EventKind, Status
from union_desk.db.bulk import Ids, fresh_prefix, queue_range
from union_desk.db.member_keys import search_text, sort_key
from union_desk.db.models import Member, MemberEvent
from union_desk.infra.gil import quick_handoff
from union_desk.services.members.imports.track import insert_join_events, record_created
from union_desk.services.members.imports.write import (REASON, branch_rows, event_row, insert_branches,
                                                      write_events)
from union_desk.tabular.roster import status_value

# the event that leads from 在会 to a status a roster may state for a new member
ENTRY_KIND = {Status.RETAINED.value: EventKind.RETAIN,
              Status.TRANSFERRING.value: EventKind.TRANSFER_OUT_START,
              Status.TRANSFERRED.value: EventKind.TRANSFER_OUT,
              Status.WITHDRAWN.value: EventKind.WITHDRAW,
              Status.AUTO_WITHDRAWN.value: EventKind.AUTO_WITHDRAW,
              Status.EXPELLED.value: EventKind.EXPEL}
ACTIVE = Status.ACTIVE.value

# every column of ``member`` in table order (a test checks it: a column added to the table must
# be added here too); a new member's row is built as a tuple of the _STAGED ones (a dict per
# row cost a tenth of the import), the others are the same for every imported member
_MEMBER_COLUMNS = ("member_no", "name", "gender", "ethnicity", "id_number", "birth_date",
                   "political_status", "education", "skills", "hobbies", "phone", "branch_id",
                   "position", "joined_on", "status", "person_status", "hukou_type",
                   "migrant_worker", "monthly_wage", "family_note", "remark", "health",
                   "disability", "bank_name", "bank_account", "sort_key", "search_text", "id",
                   "server_version", "dirty", "mtime_ms", "deleted")
_FIXED = {"skills": "''", "hobbies": "''", "family_note": "''", "remark": "''", "health": "''",
          "disability": "''", "bank_name": "''", "bank_account": "''", "server_version": "NULL",
          "dirty": "1", "mtime_ms": ":stamp", "deleted": "0"}
_STAGED = tuple(c for c in _MEMBER_COLUMNS if c not in _FIXED)
_ID = _STAGED.index("id")
STAGE = "import_member_stage"
_STAGE_COLUMNS = (*_STAGED, "sheet_row")  # and the sheet row it came from, for the batch's items
_STAGE_SQL = f"INSERT INTO temp.{STAGE} VALUES ({', '.join('?' * len(_STAGE_COLUMNS))})"
_MOVE_SQL = (f"INSERT INTO {Member.__tablename__} ({', '.join(_MEMBER_COLUMNS)}) "
             f"SELECT {', '.join(_FIXED.get(c, c) for c in _MEMBER_COLUMNS)} "
             f"FROM temp.{STAGE} ORDER BY rowid")

Record = dict[str, Any]
# The importing thread checks STEP rows at a time (cancel answers within a few hundredths of a
# second) and hands what it made to the helper whenever the helper is idle: the helper's
# statements then cover whatever piled up meanwhile, never waiting long for the next rows.
# Past MOST rows waiting, the importing thread waits for the helper.
STEP, MOST = 1000, 10_000


class NewMembers:
    """Creates the new members of one import, in the caller's transaction.

    ``add`` takes each step's new members (record, branch id or "new:<name>"); branches the
    database lacks are created before the first member that names them. ``finish`` writes the
    rest; ``close`` (always) waits for the helper and re-raises its error, if any."""

    def __init__(self, s: Session, *, batch_id: str, actor: str, today: dt.date, stamp: int,
                 before_first: Callable[[], None] | None = None):
        self.s, self.batch_id, self.actor, self.today, self.stamp = s, batch_id, actor, today, stamp
        self.branch_ids: dict[str, str] = {}   # "new:<key>" -> the id of the branch made for it
        self.created = 0
        self._before_first = before_first      # e.g. add the batch row its items refer to
        self._member_ids, self._status_ids, self._op_ids = Ids(), Ids(), Ids()
        self._join_prefix, self._member_ops, self._event_ops = (fresh_prefix(), fresh_prefix(),
                                                                fresh_prefix())
        self._helper = ThreadPoolExecutor(1, thread_name_prefix="import-writer")
        self._pending: Future | None = None
        self._ready: list[tuple[list, list[tuple], list]] = []  # made, not yet given to the helper
        self._waiting = 0
        self._raw = s.connection().connection.driver_connection  # the sqlite3 connection
        self._raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {STAGE} ({', '.join(_STAGE_COLUMNS)})")
        self._handoff = ExitStack()

    def add(self, new: list[tuple[Record, str | None]], new_branches: dict[str, str]) -> None:
        """Make rows for a step's new members; the helper gets them as soon as it is idle."""
        if new:
            branches = [(key, name) for key, name in new_branches.items()
                        if "new:" + key not in self.branch_ids]
            made = branch_rows(branches, self.branch_ids)
            rows, status_events = self._rows(new)
            self._ready.append((made, rows, status_events))
            self._waiting += len(rows)
        self._feed(wait=self._waiting >= MOST)

    def finish(self) -> None:
        """Write what is left and wait for it (the import's rows are all added)."""
        self._feed(wait=True)
        self._wait()

    def close(self) -> None:
        try:
            self._wait()
        finally:
            self._helper.shutdown(wait=True)
            self._handoff.close()
            with suppress(sqlite3.Error):  # tidy only: the table goes with the connection anyway
                self._raw.execute(f"DROP TABLE IF EXISTS temp.{STAGE}")

    def _feed(self, *, wait: bool) -> None:
        if not self._ready:
            return
        if self._pending is not None and not (wait or self._pending.done()):
            return  # the helper is busy: keep checking rows meanwhile
        self._wait()  # the helper is idle: the connection is free
        if self.created == 0 and self._before_first is not None:
            self._before_first()
        made = [b for m, _r, _e in self._ready for b in m]
        rows = [r for _m, rs, _e in self._ready for r in rs]
        status_events = [e for _m, _r, es in self._ready for e in es]
        self._ready.clear()
        self._waiting = 0
        self._raw.executemany(_STAGE_SQL, rows)
        self.created += len(rows)
        self._pending = self._helper.submit(self._write, made, rows[0][_ID], rows[-1][_ID],
                                            status_events)

    def __enter__(self) -> "NewMembers":
        self._handoff.enter_context(quick_handoff())  # the helper gets the GIL back quickly
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()  # the helper's error, if any, is raised here

    # ---- the importing thread -------------------------------------------------------------
    def _rows(self, new: list[tuple[Record, str | None]]) -> tuple[list[tuple], list]:
        """Rows for the staging table (_STAGE_COLUMNS) and the status events that follow
        their members' 入会 events."""
        rows, status_events = [], []
        member_ids, branch_ids, stamp = self._member_ids, self.branch_ids, self.stamp
        for rec, branch in new:
            mid = member_ids()
            get = rec.get
            status = status_value(get("status")) or ACTIVE
            branch_id = branch_ids.get(branch, branch) if branch else None
            joined, wage, mig = get("joined_on"), get("monthly_wage"), get("migrant_worker")
            name, id_number, phone = rec["name"], rec["id_number"], get("phone") or ""
            rows.append((  # _STAGED order; storage form: ISO dates, integer fen, booleans 0/1
                get("member_no") or "", name, rec["gender"], get("ethnicity") or "", id_number,
                rec["birth_date"].isoformat(), get("political_status") or "",
                get("education") or "", phone, branch_id, get("position") or "",
                joined.isoformat() if joined else None, status, get("person_status") or "在职",
                get("hukou_type") or "", None if mig is None else int(mig),
                int(wage * 100) if wage is not None else None,
                sort_key(name), search_text(name, id_number, phone), mid, rec["row"]))
            if status != ACTIVE:  # after its 入会 event, the status the roster states
                status_events.append(event_row(self._status_ids(), mid, ENTRY_KIND[status],
                                               self.today, ACTIVE, status, REASON.format(s=status),
                                               branch_id, self.actor, stamp))
        return rows, status_events

    # ---- the helper thread ----------------------------------------------------------------
    def _write(self, branches: list[dict[str, Any]], lo: str, hi: str, status_events: list) -> None:
        s, stamp, stage = self.s, self.stamp, f"temp.{STAGE}"
        insert_branches(s, branches, stamp)
        # through SQLAlchemy's connection, not the bare driver: the unit of work sees the write
        s.connection().exec_driver_sql(_MOVE_SQL, {"stamp": stamp})
        # the rows that follow from each new member read the small staging table, not member
        queue_range(s, Member.__tablename__, lo, hi, self._member_ops, source=stage)
        ev_lo, ev_hi = insert_join_events(s, lo, hi, self._join_prefix, kind=EventKind.JOIN.value,
                                          status=ACTIVE, today=self.today.isoformat(),
                                          actor=self.actor, stamp=stamp, source=stage)
        queue_range(s, MemberEvent.__tablename__, ev_lo, ev_hi, self._event_ops, append_only=True)
        write_events(s, status_events, self._op_ids, stamp)  # after the 入会 events, as in time
        record_created(s, self.batch_id, stage, lo, hi, stamp)
        self._raw.execute(f"DELETE FROM {stage}")
