"""First-run set-up: the union's name, its branches and groups, the first administrator."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from union_desk.core.roles import Perm, Role
from union_desk.db.models import Branch, UnionInfo
from union_desk.errors import Conflict, NotFound, ValidationError
from union_desk.services.auth import add_user
from union_desk.services.context import ServiceContext


@dataclass(frozen=True)
class BranchDTO:
    id: str
    name: str
    parent_id: str | None
    depth: int
    full_name: str


@dataclass
class BranchSpec:
    name: str
    groups: list[str] = field(default_factory=list)


class SetupService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def is_initialized(self) -> bool:
        with self.ctx.read() as s:
            return s.scalar(select(UnionInfo.id).where(UnionInfo.deleted.is_(False))) is not None

    def initialize(self, union_name: str, branches: list[BranchSpec], admin_username: str,
                   admin_password: str) -> None:
        with self.ctx.uow() as s:
            s.info["actor"] = admin_username.strip() or "setup"
            initialize_in(s, union_name, branches, admin_username, admin_password)

    def union_name(self) -> str:
        with self.ctx.read() as s:
            return union_name_in(s)

    def branches(self) -> list[BranchDTO]:
        with self.ctx.read() as s:
            return branch_tree(s)

    def add_branch(self, name: str, parent_id: str | None = None) -> BranchDTO:
        self.ctx.require(Perm.SETTINGS)
        name = name.strip()
        if not name:
            raise ValidationError("请填写分会名称", field="name")
        with self.ctx.uow() as s:
            if parent_id and s.get(Branch, parent_id) is None:
                raise NotFound("上级分会不存在")
            clash = s.scalar(select(Branch.id).where(Branch.name == name,
                                                     Branch.parent_id.is_(parent_id) if parent_id is None
                                                     else Branch.parent_id == parent_id,
                                                     Branch.deleted.is_(False)))
            if clash:
                raise Conflict(f"“{name}”已存在", field="name")
            b = Branch(name=name, parent_id=parent_id, sort_order=999)
            s.add(b)
            s.flush()
            return next(x for x in branch_tree(s) if x.id == b.id)


def union_name_in(s: Session) -> str:
    """The union's name (title of every report and slip); '' before set-up."""
    return s.scalar(select(UnionInfo.name).where(UnionInfo.deleted.is_(False))) or ""


def initialize_in(s: Session, union_name: str, branches: list[BranchSpec], admin_username: str,
                  admin_password: str) -> None:
    """The union, its branches and groups, and the first administrator, in ``s``."""
    union_name = union_name.strip()
    if not union_name:
        raise ValidationError("请填写工会名称", field="union_name")
    names = [b.name.strip() for b in branches if b.name.strip()]
    if len(set(names)) != len(names):
        raise ValidationError("分会名称不能重复", field="branches")
    if s.scalar(select(UnionInfo.id)) is not None:
        raise Conflict("本机已完成初始化")
    s.add(UnionInfo(name=union_name))
    for i, spec in enumerate(b for b in branches if b.name.strip()):
        parent = Branch(name=spec.name.strip(), sort_order=i)
        s.add(parent)
        s.flush()
        for j, g in enumerate(x for x in spec.groups if x.strip()):
            s.add(Branch(name=g.strip(), parent_id=parent.id, sort_order=j))
    add_user(s, admin_username, admin_password, Role.ADMIN.value, "管理员")


def branch_tree(s) -> list[BranchDTO]:
    """Branches in display order, groups (小组) right after their branch."""
    rows = s.execute(select(Branch.id, Branch.name, Branch.parent_id, Branch.sort_order)
                     .where(Branch.deleted.is_(False))
                     .order_by(Branch.sort_order, Branch.name)).all()
    children: dict[str | None, list] = {}
    for r in rows:
        children.setdefault(r.parent_id, []).append(r)
    out: list[BranchDTO] = []

    def walk(parent, depth, prefix):
        for r in children.get(parent, []):
            full = f"{prefix}/{r.name}" if prefix else r.name
            out.append(BranchDTO(r.id, r.name, r.parent_id, depth, full))
            walk(r.id, depth + 1, full)

    walk(None, 0, "")
    return out
