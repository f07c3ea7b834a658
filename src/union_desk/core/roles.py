"""Roles and what each may do. Enforced by services, not only by hiding buttons."""

from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    ADMIN = "admin"
    CLERK = "clerk"
    HARDSHIP = "hardship"
    APPROVER = "approver"
    VIEWER = "viewer"


ROLE_LABELS = {Role.ADMIN: "管理员", Role.CLERK: "经办人", Role.HARDSHIP: "帮扶专员",
               Role.APPROVER: "主席/审批人", Role.VIEWER: "只读"}


class Perm(str, Enum):
    MEMBER_READ = "member.read"
    MEMBER_WRITE = "member.write"
    MEMBER_STATUS = "member.status"      # lifecycle events
    UNMASK = "unmask"                    # see full ID numbers and phones (logged)
    SENSITIVE = "sensitive"              # health, disability, bank fields
    IMPORT = "import"
    DUES_READ = "dues.read"
    DUES_WRITE = "dues.write"
    REPORT = "report"
    AUDIT_READ = "audit.read"
    SETTINGS = "settings"
    USERS = "users"
    SYNC = "sync"
    APPROVE = "approve"


P = Perm
_READ = {P.MEMBER_READ, P.DUES_READ, P.REPORT}
PERMISSIONS: dict[Role, frozenset[Perm]] = {
    Role.ADMIN: frozenset(set(Perm) - {P.SENSITIVE}),
    Role.CLERK: frozenset(_READ | {P.MEMBER_WRITE, P.MEMBER_STATUS, P.IMPORT, P.DUES_WRITE,
                                   P.AUDIT_READ, P.SYNC}),
    Role.HARDSHIP: frozenset(_READ | {P.UNMASK, P.SENSITIVE, P.AUDIT_READ}),
    Role.APPROVER: frozenset(_READ | {P.UNMASK, P.APPROVE, P.AUDIT_READ, P.MEMBER_STATUS}),
    Role.VIEWER: frozenset(_READ),
}


def allows(role: Role | str, perm: Perm) -> bool:
    return perm in PERMISSIONS[Role(role)]
