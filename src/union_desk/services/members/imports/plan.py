"""Match accepted roster records against the database and work out what an import would do.

Pure reads: the plan is the dry-run preview, and :mod:`member_import_write` applies it.
Matching is by ID number. Same ID and same name -> update of the changed fields (empty
cells in the file never erase data); same ID, different name -> a conflict held for the
clerk; an ID that exists only as a deleted row (e.g. after an undo) is revived.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from union_desk.core.members import TRANSITIONS, EventKind, Status
from union_desk.db.models import Branch, Member
from union_desk.tabular.roster import status_value

# fields an import may set or update; birth_date and gender follow the ID number
COMPARED = ("gender", "birth_date", "ethnicity", "political_status", "education", "phone",
            "branch_id", "joined_on", "status", "migrant_worker", "monthly_wage", "position",
            "member_no", "hukou_type", "person_status")
TEXT_COLUMNS = ("ethnicity", "political_status", "education", "phone", "position", "member_no",
                "hukou_type")
CHUNK = 500


def transition_kind(before: str, after: str) -> EventKind | None:
    """The lifecycle event that moves ``before`` to ``after``, or None when the rules forbid it."""
    for kind, (allowed, result) in TRANSITIONS.items():
        if result.value == after and Status(before) in allowed:
            return kind
    return None


def norm_branch(name: str) -> str:
    return "".join(name.split())


@dataclass
class Change:
    row: int
    member_id: str
    id_number: str
    name: str
    old: dict[str, Any]
    new: dict[str, Any]
    server_version: int | None
    event: EventKind | None = None  # status change applied as this lifecycle event
    branch_id: str | None = None     # the member's branch before the import (for the event)


@dataclass
class Conflict:
    row: int
    id_number: str
    name_in_file: str
    existing_name: str
    member_id: str
    reason: str = "name_differs"

    @property
    def message(self) -> str:
        return (f"身份证号已登记为会员“{self.existing_name}”，表中姓名为“{self.name_in_file}”，"
                "已暂缓导入，请核实后手工处理")


@dataclass
class Plan:
    new: list[tuple[dict[str, Any], str | None]] = field(default_factory=list)  # (record, branch id)
    revive: list[Change] = field(default_factory=list)            # deleted rows brought back
    updates: list[Change] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    new_branches: dict[str, str] = field(default_factory=dict)    # normalised -> name as written
    branch_names: dict[str, str] = field(default_factory=dict)    # branch id -> name
    warnings: list[tuple[int, str]] = field(default_factory=list)


def member_values(rec: dict[str, Any], branch_id: str | None) -> dict[str, Any]:
    """Member column values from a record; None for what the file did not say."""
    status = status_value(rec.get("status"))
    out = {"name": rec["name"], "gender": rec["gender"], "id_number": rec["id_number"],
           "birth_date": rec["birth_date"], "branch_id": branch_id, "joined_on": rec.get("joined_on"),
           "status": status, "migrant_worker": rec.get("migrant_worker"),
           "monthly_wage": rec.get("monthly_wage"), "person_status": rec.get("person_status")}
    for key in TEXT_COLUMNS:
        out[key] = rec.get(key)
    return out


def load_existing(s: Session, numbers: list[str]) -> dict[str, Any]:
    cols = [Member.id, Member.id_number, Member.name, Member.deleted, Member.server_version,
            *(getattr(Member, c) for c in COMPARED)]
    found: dict[str, Any] = {}
    for i in range(0, len(numbers), CHUNK):
        for row in s.execute(select(*cols).where(Member.id_number.in_(numbers[i:i + CHUNK]))):
            # retired copies may share a number with the live member: the live one counts
            prev = found.get(row.id_number)
            if prev is None or (prev.deleted and not row.deleted):
                found[row.id_number] = row
    return found


def make_plan(s: Session, records: list[dict[str, Any]], *, cancel=None) -> Plan:
    planner = Planner(s, numbers=[r["id_number"] for r in records])
    planner.add(records)
    return planner.finish(s, cancel=cancel)


class Planner:
    """Builds a :class:`Plan` from records given block by block.

    A record whose ID number is not in the database is a new member, known at once (``add``
    returns it, so an import can write it while the next block is checked); the others are
    matched against their rows in :meth:`finish`, after every block is in."""

    def __init__(self, s: Session, numbers: list[str] | None = None):
        """``numbers``: the ID numbers to come, when known (a small file on a big database then
        looks up just those, not every number on file)."""
        self.plan = Plan()
        self._branches: dict[str, str] = {}
        for bid, name in s.execute(select(Branch.id, Branch.name).where(Branch.deleted.is_(False))):
            self._branches.setdefault(norm_branch(name), bid)
            self.plan.branch_names[bid] = name
        if numbers is not None and len(numbers) <= 4 * CHUNK:
            self._known = {n for i in range(0, len(numbers), CHUNK) for n in s.scalars(
                select(Member.id_number).where(Member.id_number.in_(numbers[i:i + CHUNK])))}
        else:  # every ID number on file, live or retired: one scan of the indexed column
            self._known = set(s.scalars(select(Member.id_number)))
        self._resolved: dict[str | None, str | None] = {}  # branch text as written -> id
        self._existing: list[tuple[dict[str, Any], str | None]] = []

    def add(self, records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str | None]]:
        """Plan ``records``; returns the new members among them as (record, branch id)."""
        known, resolved, new = self._known, self._resolved, []
        for rec in records:
            raw_branch = rec.get("branch")
            branch_id = resolved.get(raw_branch)
            if branch_id is None and raw_branch:
                key = norm_branch(raw_branch)
                branch_id = self._branches.get(key)
                if branch_id is None:
                    self.plan.new_branches.setdefault(key, raw_branch)
                    branch_id = "new:" + key  # replaced by the real id when applied
                resolved[raw_branch] = branch_id
            if rec["id_number"] in known:
                self._existing.append((rec, branch_id))
            else:
                new.append((rec, branch_id))
        self.plan.new.extend(new)
        return new

    def finish(self, s: Session, *, cancel=None) -> Plan:
        """Match the records whose ID number is on file: updates, conflicts, revivals."""
        plan = self.plan
        existing = load_existing(s, [rec["id_number"] for rec, _ in self._existing])
        for n, (rec, branch_id) in enumerate(self._existing):
            if cancel is not None and n % 5000 == 0 and cancel.is_set():
                from union_desk.errors import Cancelled

                raise Cancelled("已取消导入")
            _match(plan, rec, branch_id, existing[rec["id_number"]])
        return plan


def _match(plan: Plan, rec: dict[str, Any], branch_id: str | None, ex: Any) -> None:
    values = member_values(rec, branch_id)
    if ex.deleted:
        old = {c: getattr(ex, c) for c in COMPARED} | {"name": ex.name, "deleted": True}
        new = {c: v for c, v in values.items() if c in COMPARED and v is not None}
        new |= {"name": rec["name"], "deleted": False, "status": values["status"] or "在会"}
        plan.revive.append(Change(rec["row"], ex.id, ex.id_number, rec["name"], old, new,
                                  ex.server_version))
        return
    if ex.name != rec["name"]:
        plan.conflicts.append(Conflict(rec["row"], ex.id_number, rec["name"], ex.name, ex.id))
        return
    old, new = {}, {}
    for col in COMPARED:
        value = values.get(col)
        if value is None:
            continue
        current = getattr(ex, col)
        if col in TEXT_COLUMNS and current == "" and value == "":
            continue
        if current != value:
            old[col], new[col] = current, value
    kind = None
    if "status" in new:
        kind = transition_kind(old["status"], new["status"])
        if kind is None:  # e.g. 已转出 -> 保留会籍: not a change an import may make
            plan.warnings.append((rec["row"], f"会籍状态“{old['status']}”不能直接改为"
                                  f"“{new['status']}”，未改动；请在会员页办理相应手续"))
            del old["status"], new["status"]
    if new:
        plan.updates.append(Change(rec["row"], ex.id, ex.id_number, ex.name, old, new,
                                   ex.server_version, kind, ex.branch_id))
    else:
        plan.unchanged += 1
