"""Members (会员): roster queries, add/edit, lifecycle events, unmasking. One transaction per call."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from union_desk.core import idcard
from union_desk.core.member_fields import LABELS, validate_member
from union_desk.core.members import EventKind, Status, TransitionError, age_on, next_status
from union_desk.core.roles import Perm
from union_desk.core.text import mask_phone
from union_desk.db import member_queries as q
from union_desk.db.base import now_ms
from union_desk.db.member_keys import derived
from union_desk.db.models import Branch, FamilyMember, Honour, Member, MemberEvent
from union_desk.db.models.member import SENSITIVE_FIELDS
from union_desk.db.tracking import audit
from union_desk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from union_desk.services.context import ServiceContext
from union_desk.services.members.dto import (FamilyDTO, HonourDTO, MemberDetail, MemberFilter,
                                            MemberRow)
from union_desk.services.members.search import index_for
from union_desk.services.setup import branch_tree

EDITABLE = ("name", "gender", "ethnicity", "id_number", "birth_date", "political_status",
            "education", "skills", "hobbies", "phone", "branch_id", "position", "joined_on",
            "person_status", "hukou_type", "migrant_worker", "monthly_wage", "member_no",
            "family_note", "remark")
EXITED = frozenset({Status.TRANSFERRED.value, Status.WITHDRAWN.value, Status.AUTO_WITHDRAWN.value})


class MembersService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ---- queries -------------------------------------------------------------------------
    def query_ids(self, flt: MemberFilter = MemberFilter(), sort: str = "name",
                  descending: bool = False) -> list[str]:
        self.ctx.require(Perm.MEMBER_READ)
        filters = dict(branch_id=flt.branch_id, statuses=flt.statuses, migrant=flt.migrant,
                       age_band=flt.age_band, as_of=flt.as_of)
        with self.ctx.read() as s:
            if not flt.text.strip():
                return q.ordered_ids(s, sort=sort, descending=descending, **filters)
            index = index_for(self.ctx.db.engine)
            index.refresh(s)
            hits = index.match(flt.text)
            if flt.is_plain() and sort == "name":
                return hits[::-1] if descending else hits
            return q.ordered_ids(s, sort=sort, descending=descending, restrict_to=hits, **filters)

    def warm_search(self) -> None:
        """Build the search index ahead of the first keystroke (called off the GUI thread)."""
        with self.ctx.read() as s:
            index_for(self.ctx.db.engine).refresh(s)

    def rows(self, ids: list[str], *, unmasked: bool = False) -> list[MemberRow]:
        """Rows for the visible page, in the order asked. IDs/phones masked unless unmasked."""
        self.ctx.require(Perm.MEMBER_READ)
        if unmasked:
            self.ctx.require(Perm.UNMASK)
        today = dt.date.today()
        with self.ctx.read() as s:
            found = q.rows_by_id(s, ids)
            paths = {b.id: b.full_name for b in branch_tree(s)}
        out = []
        for mid in ids:
            r = found.get(mid)
            if r is None:
                continue
            (_id, name, gender, birth, number, branch, phone, status, joined, edu, pol,
             migrant, person, branch_id) = r
            out.append(MemberRow(
                mid, name, gender, age_on(birth, today),
                number if unmasked else idcard.mask(number), paths.get(branch_id, branch),
                phone if unmasked else mask_phone(phone), status, joined, edu, pol, migrant,
                person))
        return out

    def get(self, member_id: str) -> MemberDetail:
        self.ctx.require(Perm.MEMBER_READ)
        with self.ctx.read() as s:
            return self._detail(s, self._member(s, member_id), unmasked=False)

    def reveal(self, member_id: str) -> MemberDetail:
        """Full ID number and phone for a permitted user; every reveal is audit-logged."""
        self.ctx.require(Perm.UNMASK)
        with self.ctx.uow() as s:
            m = self._member(s, member_id)
            audit(s, "unmask", "member", m.id, field="id_number,phone")
            return self._detail(s, m, unmasked=True)

    def log_table_unmask(self) -> None:
        """The roster table was switched to full numbers: log it once."""
        self.ctx.require(Perm.UNMASK)
        with self.ctx.uow() as s:
            audit(s, "unmask", "member", "*", field="roster")

    def export(self, path: Path, *, unmasked: bool = False) -> int:
        """The roster to .xlsx/.csv/.json (services/members/export.py); returns the row count."""
        from union_desk.services.members.export import export_members

        return export_members(self.ctx, path, unmasked=unmasked)

    def transfer_slip(self, member_id: str, path: Path) -> Path:
        """The 会籍接转 slip PDF for a member who transferred out (services/members/slip.py)."""
        from union_desk.services.members.slip import print_transfer_slip

        return print_transfer_slip(self.ctx, member_id, path)

    def find_by_id_number(self, number: str) -> str | None:
        self.ctx.require(Perm.MEMBER_READ)
        with self.ctx.read() as s:
            return s.scalar(select(Member.id).where(Member.id_number == idcard.clean(number),
                                                    Member.deleted.is_(False)))

    # ---- writes --------------------------------------------------------------------------
    def create(self, data: Mapping[str, Any], *, event_date: dt.date | None = None) -> MemberDetail:
        """Register a new member (入会). The join date defaults to today."""
        self.ctx.require(Perm.MEMBER_WRITE)
        clean = self._validate(data, sensitive=True)
        joined = clean.get("joined_on") or event_date or dt.date.today()
        clean["joined_on"] = joined
        with self.ctx.uow() as s:
            # retired copies (an undone import, a merged duplicate) do not hold the number
            existing = s.scalar(select(Member).where(Member.id_number == clean["id_number"],
                                                     Member.deleted.is_(False)))
            if existing is not None:
                hint = ("，该人员已离会，请用“转入”或“重新入会”办理" if existing.status in EXITED
                        else "")
                raise Conflict(f"公民身份号码已登记为会员“{existing.name}”{hint}",
                               field="id_number")
            m = self._insert(s, clean, EventKind.JOIN, event_date or joined, "", "")
            return self._detail(s, m, unmasked=self.ctx.can(Perm.UNMASK))

    def update(self, member_id: str, data: Mapping[str, Any]) -> MemberDetail:
        """Edit fields (not 会籍状态: that changes only through lifecycle events)."""
        sensitive = self._require_edit(data)
        with self.ctx.uow() as s:
            m = self._member(s, member_id)
            self._edit(s, m, data, sensitive=sensitive)
            return self._detail(s, m, unmasked=self.ctx.can(Perm.UNMASK))

    def change_status(self, member_id: str, kind: EventKind | str, *, event_date: dt.date,
                      reason: str = "", approver: str = "", other_union: str = "") -> MemberDetail:
        """A dated 会籍 event with reason and approver; the status follows the rules in core."""
        kind = EventKind(kind)
        self.ctx.require(Perm.MEMBER_STATUS)
        _check_event_date(event_date)
        with self.ctx.uow() as s:
            m = self._member(s, member_id)
            self._transition(s, m, kind, event_date, reason, approver, other_union)
            return self._detail(s, m, unmasked=self.ctx.can(Perm.UNMASK))

    def transfer_in(self, data: Mapping[str, Any], *, event_date: dt.date,
                    other_union: str) -> MemberDetail:
        """转入: matched on ID number; a former member comes back, a new person is created.

        One transaction: when the event is refused (the person is still 在会), the fields sent
        with it are not saved either."""
        self.ctx.require(Perm.MEMBER_STATUS)
        if not other_union.strip():
            raise ValidationError("请填写转出单位（原工会）", field="other_union")
        _check_event_date(event_date)
        number = idcard.clean(str(data.get("id_number") or ""))
        changed = {k: v for k, v in data.items()
                   if k in EDITABLE and k != "id_number" and v not in (None, "")}
        with self.ctx.uow() as s:
            m = s.scalar(select(Member).where(Member.id_number == number,
                                              Member.deleted.is_(False))) if number else None
            if m is None:
                self.ctx.require(Perm.MEMBER_WRITE)
                clean = self._validate(data, sensitive=False)
                clean["joined_on"] = clean.get("joined_on") or event_date
                m = self._insert(s, clean, EventKind.TRANSFER_IN, event_date, "转入", other_union)
            else:
                if changed:
                    self._edit(s, m, changed, sensitive=self._require_edit(changed))
                self._transition(s, m, EventKind.TRANSFER_IN, event_date, "转入", "", other_union)
            return self._detail(s, m, unmasked=self.ctx.can(Perm.UNMASK))

    def add_family(self, member_id: str, name: str, relation: str, birth_date: dt.date | None,
                   work_or_school: str = "", note: str = "") -> None:
        self.ctx.require(Perm.MEMBER_WRITE)
        if not name.strip():
            raise ValidationError("请填写家庭成员姓名", field="name")
        with self.ctx.uow() as s:
            m = self._member(s, member_id)
            s.add(FamilyMember(member_id=m.id, name=name.strip(), relation=relation.strip(),
                               birth_date=birth_date, work_or_school=work_or_school.strip(),
                               note=note.strip()))

    def remove_family(self, family_id: str) -> None:
        self.ctx.require(Perm.MEMBER_WRITE)
        with self.ctx.uow() as s:
            f = s.get(FamilyMember, family_id)
            if f is None or f.deleted:
                raise NotFound("家庭成员不存在")
            f.deleted = True

    def add_honour(self, member_id: str, title: str, year: int, level: str = "",
                   conferred_by: str = "") -> None:
        self.ctx.require(Perm.MEMBER_WRITE)
        if not title.strip():
            raise ValidationError("请填写荣誉名称", field="title")
        if not 1949 <= int(year) <= dt.date.today().year:
            raise ValidationError("年度无效", field="year")
        with self.ctx.uow() as s:
            m = self._member(s, member_id)
            s.add(Honour(member_id=m.id, title=title.strip(), year=int(year), level=level,
                         conferred_by=conferred_by.strip()))

    # ---- helpers: each works inside the caller's transaction ----------------------------
    def _require_edit(self, data: Mapping[str, Any]) -> bool:
        """Permission to edit ``data``; True when it touches the sensitive fields."""
        self.ctx.require(Perm.MEMBER_WRITE)
        sensitive = any(k in data for k in SENSITIVE_FIELDS)
        if sensitive:
            self.ctx.require(Perm.SENSITIVE)
        return sensitive

    def _edit(self, s: Session, m: Member, data: Mapping[str, Any], *, sensitive: bool) -> None:
        current = {k: getattr(m, k) for k in EDITABLE}
        merged = {**current, **{k: v for k, v in data.items() if k in EDITABLE}}
        wanted_id = idcard.clean(str(data.get("id_number") or ""))
        if not self.ctx.can(Perm.UNMASK) and wanted_id and \
                wanted_id not in (m.id_number, idcard.mask(m.id_number).upper()):
            raise PermissionDenied("修改身份证号需要查看完整号码的权限")
        if merged.get("id_number") == idcard.mask(m.id_number):
            merged["id_number"] = m.id_number
        if merged.get("phone") == mask_phone(m.phone):
            merged["phone"] = m.phone
        if "gender" not in data:
            merged["gender"] = ""  # re-derived from the ID
        for key in SENSITIVE_FIELDS:
            if key in data:
                merged[key] = data[key]
        clean = self._validate(merged, sensitive=sensitive)
        self._check_branch(s, clean.get("branch_id"))
        if clean["id_number"] != m.id_number:
            other = s.scalar(select(Member.name).where(Member.id_number == clean["id_number"],
                                                       Member.id != m.id,
                                                       Member.deleted.is_(False)))
            if other:
                raise Conflict(f"公民身份号码已登记为会员“{other}”", field="id_number")
        for key, value in self._row_values(clean).items():
            if key in SENSITIVE_FIELDS and not sensitive:
                continue
            if getattr(m, key) != value:
                setattr(m, key, value)

    def _transition(self, s: Session, m: Member, kind: EventKind, event_date: dt.date,
                    reason: str, approver: str, other_union: str) -> None:
        try:
            tr = next_status(Status(m.status), kind, reason, approver)
        except TransitionError as exc:
            raise ValidationError(str(exc), field="kind") from None
        last = s.scalar(select(MemberEvent.event_date).where(MemberEvent.member_id == m.id)
                        .order_by(MemberEvent.event_date.desc()).limit(1))
        if last and event_date < last:
            raise ValidationError(f"事件日期早于该会员最近一次会籍变动（{last.isoformat()}）",
                                  field="event_date")
        m.status = tr.after.value
        if kind is EventKind.RETAIN and reason in ("退休", "离休"):
            m.person_status = "离退休"
        self._event(s, m, kind, event_date, Status(tr.before), tr.after, reason, approver,
                    other_union)

    def _insert(self, s: Session, clean: dict[str, Any], kind: EventKind, event_date: dt.date,
                reason: str, other_union: str) -> Member:
        self._check_branch(s, clean.get("branch_id"))
        m = Member(status=Status.ACTIVE.value, **self._row_values(clean))
        s.add(m)
        s.flush()
        self._event(s, m, kind, event_date, "", Status.ACTIVE, reason, "", other_union)
        return m

    def _validate(self, data: Mapping[str, Any], *, sensitive: bool) -> dict[str, Any]:
        raw = dict(data)
        clean = validate_member(raw)
        for key in SENSITIVE_FIELDS:
            if key in raw:
                if not self.ctx.can(Perm.SENSITIVE):
                    if raw[key]:
                        raise PermissionDenied(f"只有帮扶专员可以填写{LABELS[key]}")
                    continue
                clean[key] = str(raw[key] or "").strip()
        return clean

    @staticmethod
    def _row_values(clean: dict[str, Any]) -> dict[str, Any]:
        values = {k: v for k, v in clean.items() if k in EDITABLE or k in SENSITIVE_FIELDS}
        values.update(derived(clean["name"], clean["id_number"], clean.get("phone") or ""))
        for key in ("ethnicity", "political_status", "education", "skills", "hobbies", "phone",
                    "position", "hukou_type", "member_no", "family_note", "remark"):
            values.setdefault(key, "")
        return values

    @staticmethod
    def _check_branch(s: Session, branch_id: str | None) -> None:
        if branch_id:
            b = s.get(Branch, branch_id)
            if b is None or b.deleted:
                raise ValidationError("所属分会不存在", field="branch_id")

    @staticmethod
    def _member(s: Session, member_id: str) -> Member:
        m = s.get(Member, member_id)
        if m is None or m.deleted:
            raise NotFound("会员不存在或已被删除")
        return m

    def _event(self, s, m: Member, kind: EventKind, day: dt.date, before, after: Status,
               reason: str, approver: str, other_union: str) -> None:
        s.add(MemberEvent(member_id=m.id, kind=kind.value, event_date=day,
                          status_before=before.value if isinstance(before, Status) else before,
                          status_after=after.value, reason=reason.strip(),
                          approver=approver.strip(), branch_id=m.branch_id,
                          other_union=other_union.strip(),
                          recorded_by=self.ctx.user.username if self.ctx.user else "system",
                          recorded_ms=now_ms()))

    def _detail(self, s: Session, m: Member, *, unmasked: bool) -> MemberDetail:
        sensitive = self.ctx.can(Perm.SENSITIVE)
        branch_path = next((b.full_name for b in branch_tree(s) if b.id == m.branch_id), "")
        family = s.scalars(select(FamilyMember).where(FamilyMember.member_id == m.id,
                                                      FamilyMember.deleted.is_(False))).all()
        honours = s.scalars(select(Honour).where(Honour.member_id == m.id,
                                                 Honour.deleted.is_(False))
                            .order_by(Honour.year.desc())).all()
        return MemberDetail(
            id=m.id, member_no=m.member_no, name=m.name, gender=m.gender, ethnicity=m.ethnicity,
            id_number=m.id_number if unmasked else idcard.mask(m.id_number),
            id_masked=not unmasked, birth_date=m.birth_date,
            political_status=m.political_status, education=m.education, skills=m.skills,
            hobbies=m.hobbies, phone=m.phone if unmasked else mask_phone(m.phone),
            branch_id=m.branch_id, branch=branch_path, position=m.position,
            joined_on=m.joined_on, status=m.status, person_status=m.person_status,
            hukou_type=m.hukou_type, migrant_worker=m.migrant_worker,
            monthly_wage=m.monthly_wage, family_note=m.family_note, remark=m.remark,
            health=m.health if sensitive else None,
            disability=m.disability if sensitive else None,
            bank_name=m.bank_name if sensitive else None,
            bank_account=m.bank_account if sensitive else None,
            family=tuple(FamilyDTO(f.id, f.name, f.relation, f.birth_date, f.work_or_school,
                                   f.note) for f in family),
            honours=tuple(HonourDTO(h.id, h.title, h.year, h.level, h.conferred_by)
                          for h in honours))


def _check_event_date(event_date: dt.date) -> None:
    if event_date > dt.date.today():
        raise ValidationError("事件日期不能晚于今天", field="event_date")
