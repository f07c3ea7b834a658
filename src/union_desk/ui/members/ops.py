"""The members module's use cases, one function each (Anki's ``aqt/operations``).

Each is called on the GUI thread with the parent widget, the services facade and plain values
read from the widgets there, and returns a :class:`DbOp` for the caller to chain ``.success``
/ ``.failure`` onto and ``.run()``. The op's function closes over those values only: nothing
on the worker thread reads a widget. Tabs learn what changed from the transaction itself
(``TaskRunner.changes_applied``), so no op names the tables it writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from union_desk.services.members.dto import MemberFilter, MemberRow
from union_desk.ui.tasks import DbOp

FIRST_ROWS = 60  # the roster's first screenful comes with its id list


def row_fetcher(services, *, unmasked: bool) -> Callable[[list[str]], list[MemberRow]]:
    """The roster's page fetch for IdTableModel (runs on the worker; masking fixed now)."""
    members = services.members
    return lambda ids: members.rows(ids, unmasked=unmasked)


def load_roster(parent, services, flt: MemberFilter, sort: str, descending: bool, *,
                unmasked: bool) -> DbOp:
    """The ordered ids of the members the filter finds, and the first rows to show."""
    members = services.members

    def query():
        ids = members.query_ids(flt, sort, descending)
        return ids, members.rows(ids[:FIRST_ROWS], unmasked=unmasked)

    return DbOp(parent, query)


def load_branches(parent, services) -> DbOp:
    return DbOp(parent, services.setup.branches)


def load_member(parent, services, member_id: str, *, unmasked: bool = False) -> DbOp:
    """One member's record (full ID number and phone when ``unmasked``: that is audited)."""
    members = services.members
    return DbOp(parent, lambda: members.reveal(member_id) if unmasked else members.get(member_id))


def load_member_page(parent, services, member_id: str, *, unmasked: bool) -> DbOp:
    """The detail panel: the record and its history."""
    members, history = services.members, services.history

    def fetch():
        detail = members.reveal(member_id) if unmasked else members.get(member_id)
        return detail, history.member_history(member_id)

    return DbOp(parent, fetch)


def log_table_unmask(parent, services) -> DbOp:
    return DbOp(parent, services.members.log_table_unmask)


def save_member(parent, services, member_id: str | None, data: Mapping[str, Any]) -> DbOp:
    """Create a member (``member_id`` None) or save the edited fields of one."""
    members, data = services.members, dict(data)
    if member_id is None:
        return DbOp(parent, lambda: members.create(data))
    return DbOp(parent, lambda: members.update(member_id, data))


def change_status(parent, services, member_id: str, kind, *, event_date: dt.date, reason: str,
                  approver: str, other_union: str) -> DbOp:
    members = services.members
    return DbOp(parent, lambda: members.change_status(
        member_id, kind, event_date=event_date, reason=reason, approver=approver,
        other_union=other_union))


def add_family(parent, services, member_id: str, name: str, relation: str,
               birth_date: dt.date | None, work_or_school: str) -> DbOp:
    members = services.members
    return DbOp(parent, lambda: members.add_family(member_id, name, relation, birth_date,
                                                   work_or_school))


def remove_family(parent, services, family_id: str) -> DbOp:
    members = services.members
    return DbOp(parent, lambda: members.remove_family(family_id))


def export_roster(parent, services, path: str | Path, *, unmasked: bool) -> DbOp:
    members, path = services.members, Path(path)
    return DbOp(parent, lambda: members.export(path, unmasked=unmasked))


def transfer_slip(parent, services, member_id: str, path: str | Path) -> DbOp:
    members, path = services.members, Path(path)
    return DbOp(parent, lambda: members.transfer_slip(member_id, path))
