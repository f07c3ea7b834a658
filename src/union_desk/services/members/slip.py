"""The 会籍接转 slip for a member who transferred out (or is transferring out)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from union_desk.core import idcard
from union_desk.core.members import EventKind
from union_desk.core.roles import Perm
from union_desk.db.models import Branch, Member, MemberEvent
from union_desk.db.tracking import audit
from union_desk.errors import NotFound, ValidationError
from union_desk.reports.output import ExportResult
from union_desk.reports.transfer_slip import SlipData, write_transfer_slip
from union_desk.services.context import ServiceContext
from union_desk.services.setup import union_name_in

TRANSFER_KINDS = (EventKind.TRANSFER_OUT.value, EventKind.TRANSFER_OUT_START.value)


def print_transfer_slip(ctx: ServiceContext, member_id: str, path: Path) -> Path:
    """Write the slip PDF. The receiving union matches on the ID number, so a user who may see
    full numbers prints it in full (logged); others get the masked form."""
    ctx.require(Perm.MEMBER_READ)
    full = ctx.can(Perm.UNMASK)
    with ctx.read() as s:
        m = s.get(Member, member_id)
        if m is None or m.deleted:
            raise NotFound("会员不存在")
        event = s.scalars(select(MemberEvent).where(MemberEvent.member_id == m.id,
                                                    MemberEvent.kind.in_(TRANSFER_KINDS))
                          .order_by(MemberEvent.event_date.desc(),
                                    MemberEvent.recorded_ms.desc()).limit(1)).first()
        if event is None:
            raise ValidationError("该会员没有转出记录：请先办理“转出”或“转出申请”")
        union = union_name_in(s)
        branch = s.get(Branch, m.branch_id) if m.branch_id else None
        data = SlipData(
            slip_no=f"{event.event_date.year}-{event.id[:6].upper()}", union_name=union,
            member_name=m.name, gender=m.gender, birth_date=m.birth_date,
            id_number=m.id_number if full else idcard.mask(m.id_number), joined_on=m.joined_on,
            branch=branch.name if branch else "", other_union=event.other_union or "（接收工会）",
            transfer_date=event.event_date, reason=event.reason,
            recorded_by=event.recorded_by)

    def logged(result: ExportResult) -> None:
        # committed before the slip takes its name (reports.output): none leaves unrecorded
        with ctx.uow() as s:
            audit(s, "export", "member", member_id,
                  field="transfer_slip" + ("_unmasked" if full else ""),
                  new=f"{result.path.name} sha256={result.sha256[:12]}")

    write_transfer_slip(data, path, before_publish=logged)
    return Path(path)
